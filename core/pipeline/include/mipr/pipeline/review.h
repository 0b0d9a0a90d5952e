// Review decisions that need more than one database row: a reviewer's edited mask (its PNG, its
// mask record with the reviewer as author, and the "edited" decision). Torch-free; the studio
// and `mipr review` share it, so an edit saved from either looks the same in the project.
//
// Decisions do not take the project's writer lock (ProjectLock): each is one SQLite transaction
// (BEGIN IMMEDIATE), the pipeline never overrides a pair a person decided on (its filter reads
// the decisions inside the transaction that sets statuses), and a reviewer may go on deciding
// while a run of the same project trains. The lock serialises jobs, which write many files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <opencv2/core/mat.hpp>

namespace mipr::project {
class Project;
}

namespace mipr::pipeline {

struct SavedEdit {
    std::int64_t decision_id = 0;
    std::int64_t mask_id = 0;
    std::filesystem::path path;  ///< absolute, under the project's masks/
};

/// Saves `mask` (CV_8UC1, values 0 and 255 only, the size of the pair's image) as `reviewer`'s
/// annotation of the pair's real image, a mask of kind `edited` named
/// `masks/<image>_it<N>_edited_v<k>.png` (the image's k-th edited mask), and decides the pair
/// "edited", in one transaction. The PNG is written first (atomically); if the database
/// refuses, the PNG is removed again; if the process dies before the commit, the next edit of
/// the image writes the same name, so the leftover does not stay. Throws mipr::InputError naming the pair or
/// the mask's problem: unknown pair, wrong size, wrong type, values other than 0 and 255.
SavedEdit save_edit(project::Project& project, std::int64_t pair_id, const cv::Mat& mask,
                    const std::string& reviewer);

/// Whether the pair's current edited mask has exactly `mask`'s pixels (a repeated edit).
bool edit_matches(const project::Project& project, std::int64_t pair_id, const cv::Mat& mask);

}  // namespace mipr::pipeline

#include <functional>
#include <optional>
#include <vector>

#include "mipr/pipeline/review_queue.h"

namespace mipr::pipeline {

/// One act of the reviewer, as committed: what an undo gives back and a redo does again.
struct DecisionStep {
    std::vector<std::int64_t> pair_ids;  ///< one, or a batch's
    project::PairStatus status = project::PairStatus::accepted;
    std::vector<project::PairStatus> previous;           ///< per pair, before the step
    std::vector<std::filesystem::path> previous_edited;  ///< per pair, its edited mask before
    std::optional<std::int64_t> edited_mask_id;          ///< with edited
    std::filesystem::path edited_mask_path;              ///< with edited
    std::int64_t decision_id = 0;                        ///< of a single decision
    std::int64_t batch_id = 0;                           ///< of a batch
    std::string image_name;                              ///< of a single decision, for its label
};

/// The review's decisions over a project and a queue, without Qt: each decision is committed to
/// the project the instant it is made (Project::decide, with the reviewer's name, the time and the
/// pair's model versions), then applied to the queue; undo marks it undone and gives the pair
/// back what it had. The studio wraps each DecisionStep in a QUndoCommand; `mipr simulate-review`
/// drives the same calls. Errors throw (InputError naming the pair or the file), leaving the
/// project and the queue as they were.
class ReviewService {
public:
    /// Told of every status change a step or its undo makes, after the queue has it: the pair, its
    /// new status, and whether the mask under review changed (an edit made or undone).
    using Listener = std::function<void(std::int64_t, project::PairStatus, bool)>;

    ReviewService(project::Project& project, ReviewQueue& queue, std::string reviewer);
    void set_reviewer(std::string reviewer) { reviewer_ = std::move(reviewer); }
    const std::string& reviewer() const { return reviewer_; }
    void set_listener(Listener listener) { listener_ = std::move(listener); }

    /// accepted, rejected (or pending / held) for one pair.
    DecisionStep decide(std::int64_t pair_id, project::PairStatus status);
    /// Saves `mask` (CV_8UC1 0/255, the image's size) as the reviewer's annotation (save_edit) and
    /// decides the pair edited.
    DecisionStep save_edit(std::int64_t pair_id, const cv::Mat& mask);
    /// Accepts every pair of `pair_ids` in one transaction under one batch id.
    DecisionStep accept_batch(const std::vector<std::int64_t>& pair_ids);
    void undo(const DecisionStep& step);
    /// Makes the step again (after its undo); its decision or batch id is renewed.
    void redo(DecisionStep& step);

private:
    DecisionStep begin(const std::vector<std::int64_t>& pair_ids, project::PairStatus status) const;
    void refuse_read_only() const;
    void apply(std::int64_t pair_id, project::PairStatus status, const std::filesystem::path& edited);

    project::Project& project_;
    ReviewQueue& queue_;
    std::string reviewer_;
    Listener listener_;
};

}  // namespace mipr::pipeline
