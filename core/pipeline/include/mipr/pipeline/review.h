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
