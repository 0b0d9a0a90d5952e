// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue without Qt: the generated pairs a reviewer works through, as a snapshot of the
// project's pairs, filtered by iteration, status and score range and ordered by a chosen score.
// The snapshot keeps its rows while the reviewer decides, so a decided pair stays where it was (its
// status changes in place) and "previous" and undo find it again; changing the filter or order
// rebuilds it. The studio's list model and `mipr simulate-review` both sit on it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mipr/project/project.h"

namespace mipr::pipeline {

/// One pair as a reviewer needs it.
struct ReviewItem {
    std::int64_t pair_id = 0;
    std::int64_t image_id = 0;
    std::string image_name;
    std::filesystem::path image_path;  ///< x_u
    int iteration = 0;
    std::filesystem::path label_mask_path;   ///< t', at the image's size
    std::filesystem::path generated_path;    ///< x' (model resolution); empty when the pair has none
    std::filesystem::path edited_mask_path;  ///< the reviewer's mask while the status is edited
    double consistency = 0, confidence = 0, l1 = 0, ssim = 0;
    project::PairStatus status = project::PairStatus::pending;
    int seg_model_version = 0, gen_model_version = 0;  ///< 0 = unknown
    std::map<std::string, double> quality;             ///< quality signals (mipr/pipeline/signals.h)

    bool decided() const { return project::is_decided(status); }
    /// The mask the reviewer judges: the edit when there is one, else t'.
    const std::filesystem::path& reviewed_mask_path() const {
        return edited_mask_path.empty() ? label_mask_path : edited_mask_path;
    }
    std::optional<double> signal(const std::string& name) const;
    /// The learned estimate of the pseudo-label's Dice, when the pair's signals have one.
    std::optional<double> estimated_dice() const;
};

/// Every pair of the project with its model versions and signals.
std::vector<ReviewItem> read_review_items(const project::Project& project);

enum class ReviewOrder {
    leastConsistentFirst,  ///< S disagrees with its own label on x': the likeliest errors first
    mostConsistentFirst,
    leastConfidentFirst,
    mostConfidentFirst,
    mostChangedFirst,  ///< largest L1 between x' and x_u: where G had to move the most pixels
    byName,
    lowestEstimatedDiceFirst,  ///< the learned Dice estimate, lowest first (unknown ones last)
    bySignal,                  ///< one named signal (ReviewQueue::set_signal_order)
    random,                    ///< a shuffle fixed by a seed
};
inline constexpr int kReviewOrderCount = static_cast<int>(ReviewOrder::random) + 1;

/// 0 .. n-1 shuffled by `seed` (Fisher-Yates on mt19937_64's raw output, so every standard
/// library gives the same order): the random review order, in the studio and the simulation.
std::vector<std::size_t> seeded_permutation(std::size_t n, unsigned long long seed);

enum class StatusFilter { toReview, pending, held, accepted, rejected, edited, decided, all };
inline constexpr int kStatusFilterCount = static_cast<int>(StatusFilter::all) + 1;
bool status_matches(StatusFilter filter, project::PairStatus status);

struct ReviewFilter {
    int iteration = 0;                             ///< 0 = every iteration
    StatusFilter status = StatusFilter::toReview;  ///< pending and held
    /// Range of the order's score (ReviewQueue::score), inclusive; not applied to the order by a
    /// signal (signals have their own scales).
    double min_score = 0.0;
    double max_score = 1.0;
    friend bool operator==(const ReviewFilter&, const ReviewFilter&) = default;
};

class ReviewQueue {
public:
    /// Replaces every pair (after opening a project or a run) and rebuilds the snapshot.
    void set_items(std::vector<ReviewItem> items);
    /// Each returns whether the snapshot was rebuilt.
    bool set_filter(const ReviewFilter& filter);
    bool set_order(ReviewOrder order);
    /// Orders by one signal: lowest first when `ascending`; pairs without it come last.
    bool set_signal_order(const std::string& signal, bool ascending);
    bool set_random_order(unsigned long long seed);
    const ReviewFilter& filter() const { return filter_; }
    ReviewOrder order() const { return order_; }
    const std::string& order_signal() const { return signal_; }

    int count() const { return static_cast<int>(rows_.size()); }
    const ReviewItem& item(int row) const {
        return all_.at(static_cast<std::size_t>(rows_.at(static_cast<std::size_t>(row))));
    }
    int row_of(std::int64_t pair_id) const;  ///< -1 when not in the snapshot
    /// Any pair of the project by id (also those filtered out), or nullptr.
    const ReviewItem* find(std::int64_t pair_id) const;
    const std::vector<ReviewItem>& all() const { return all_; }
    /// Records a new status (and edited mask) for a pair; returns its row, or -1 when filtered out
    /// (or unknown).
    int update_status(std::int64_t pair_id, project::PairStatus status,
                      const std::filesystem::path& edited_mask_path);
    int reviewed_count() const;           ///< decided pairs in the snapshot
    std::vector<int> iterations() const;  ///< the iterations that have pairs, ascending
    /// Pending or held pairs in the snapshot whose consistency is at least `threshold`.
    std::vector<std::int64_t> pending_at_least(double threshold) const;
    /// The score the order sorts by and the filter's range applies to: confidence for the
    /// confidence orders, the estimate or signal for those orders (0 when the pair has none),
    /// else consistency.
    double score(const ReviewItem& item) const;
    /// The estimated gain left: of the Dice the queue's pairs are estimated to miss
    /// (sum of 1 − estimated Dice), the share still in pairs to review; nothing without estimates.
    std::optional<double> estimated_gain_left() const;

private:
    void rebuild();
    bool accepts(const ReviewItem& item) const;

    std::vector<ReviewItem> all_;
    std::vector<int> rows_;  ///< indices into all_
    ReviewFilter filter_;
    ReviewOrder order_ = ReviewOrder::leastConsistentFirst;
    std::string signal_;
    bool ascending_ = true;
    unsigned long long seed_ = 0;
};

}  // namespace mipr::pipeline
