// SPDX-License-Identifier: GPL-3.0-or-later
#include "mipr/pipeline/review_queue.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "mipr/pipeline/signals.h"

namespace mipr::pipeline {

using project::PairStatus;

std::optional<double> ReviewItem::signal(const std::string& name) const {
    const auto it = quality.find(name);
    if (it == quality.end()) return std::nullopt;
    return it->second;
}

std::optional<double> ReviewItem::estimated_dice() const {
    return signal(signal_names::kEstimatedDice);
}

std::vector<ReviewItem> read_review_items(const project::Project& project) {
    std::map<std::int64_t, int> versions;
    for (const auto& m : project.models())
        versions[m.id] = m.version;
    auto version = [&](const std::optional<std::int64_t>& id) {
        if (!id) return 0;
        const auto it = versions.find(*id);
        return it == versions.end() ? 0 : it->second;
    };
    std::map<std::int64_t, std::filesystem::path> image_paths;
    for (const auto& image : project.images())
        image_paths[image.id] = image.path;
    auto signals = project.pair_signals();

    std::vector<ReviewItem> items;
    for (const auto& pair : project.pairs()) {
        ReviewItem item;
        item.pair_id = pair.id;
        item.image_id = pair.image_id;
        item.image_name = pair.image_name;
        item.image_path = image_paths[pair.image_id];
        item.iteration = pair.iteration_number;
        item.label_mask_path = pair.label_mask_path;
        if (pair.generated_path) item.generated_path = *pair.generated_path;
        if (pair.edited_mask_path) item.edited_mask_path = *pair.edited_mask_path;
        item.consistency = pair.consistency;
        item.confidence = pair.confidence;
        item.l1 = pair.l1;
        item.ssim = pair.ssim;
        item.status = pair.state();
        item.seg_model_version = version(pair.seg_model_id);
        item.gen_model_version = version(pair.gen_model_id);
        if (const auto it = signals.find(pair.id); it != signals.end()) item.quality = std::move(it->second);
        items.push_back(std::move(item));
    }
    return items;
}

std::vector<std::size_t> seeded_permutation(std::size_t n, unsigned long long seed) {
    std::vector<std::size_t> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = i;
    // Fisher-Yates with the engine's raw output: the same order from every standard library.
    std::mt19937_64 rng(seed);
    for (std::size_t i = n; i > 1; --i)
        std::swap(out[i - 1], out[static_cast<std::size_t>(rng() % i)]);
    return out;
}

bool status_matches(StatusFilter filter, PairStatus s) {
    switch (filter) {
        case StatusFilter::toReview:
            return project::is_to_review(s);
        case StatusFilter::pending:
            return s == PairStatus::pending;
        case StatusFilter::held:
            return s == PairStatus::held;
        case StatusFilter::accepted:
            return s == PairStatus::accepted;
        case StatusFilter::rejected:
            return s == PairStatus::rejected;
        case StatusFilter::edited:
            return s == PairStatus::edited;
        case StatusFilter::decided:
            return project::is_decided(s);
        case StatusFilter::all:
            return true;
    }
    return true;
}

void ReviewQueue::set_items(std::vector<ReviewItem> items) {
    all_ = std::move(items);
    rebuild();
}

bool ReviewQueue::set_filter(const ReviewFilter& filter) {
    if (filter == filter_) return false;
    filter_ = filter;
    rebuild();
    return true;
}

bool ReviewQueue::set_order(ReviewOrder order) {
    if (order == order_ && order != ReviewOrder::bySignal) return false;
    order_ = order;
    rebuild();
    return true;
}

bool ReviewQueue::set_signal_order(const std::string& signal, bool ascending) {
    if (order_ == ReviewOrder::bySignal && signal_ == signal && ascending_ == ascending) return false;
    order_ = ReviewOrder::bySignal;
    signal_ = signal;
    ascending_ = ascending;
    rebuild();
    return true;
}

bool ReviewQueue::set_random_order(unsigned long long seed) {
    if (order_ == ReviewOrder::random && seed_ == seed) return false;
    order_ = ReviewOrder::random;
    seed_ = seed;
    rebuild();
    return true;
}

int ReviewQueue::row_of(std::int64_t pair_id) const {
    for (std::size_t r = 0; r < rows_.size(); ++r)
        if (all_[static_cast<std::size_t>(rows_[r])].pair_id == pair_id) return static_cast<int>(r);
    return -1;
}

const ReviewItem* ReviewQueue::find(std::int64_t pair_id) const {
    for (const auto& item : all_)
        if (item.pair_id == pair_id) return &item;
    return nullptr;
}

int ReviewQueue::update_status(std::int64_t pair_id, PairStatus status,
                               const std::filesystem::path& edited_mask_path) {
    for (std::size_t i = 0; i < all_.size(); ++i) {
        if (all_[i].pair_id != pair_id) continue;
        all_[i].status = status;
        all_[i].edited_mask_path = edited_mask_path;
        const auto row = std::find(rows_.begin(), rows_.end(), static_cast<int>(i));
        return row == rows_.end() ? -1 : static_cast<int>(row - rows_.begin());
    }
    return -1;
}

int ReviewQueue::reviewed_count() const {
    return static_cast<int>(std::count_if(
        rows_.begin(), rows_.end(), [this](int i) { return all_[static_cast<std::size_t>(i)].decided(); }));
}

std::vector<int> ReviewQueue::iterations() const {
    std::vector<int> out;
    for (const auto& item : all_)
        if (std::find(out.begin(), out.end(), item.iteration) == out.end()) out.push_back(item.iteration);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::int64_t> ReviewQueue::pending_at_least(double threshold) const {
    std::vector<std::int64_t> out;
    for (int i : rows_) {
        const auto& item = all_[static_cast<std::size_t>(i)];
        if (project::is_to_review(item.status) && item.consistency >= threshold) out.push_back(item.pair_id);
    }
    return out;
}

double ReviewQueue::score(const ReviewItem& item) const {
    switch (order_) {
        case ReviewOrder::leastConfidentFirst:
        case ReviewOrder::mostConfidentFirst:
            return item.confidence;
        case ReviewOrder::lowestEstimatedDiceFirst:
            return item.estimated_dice().value_or(0.0);
        case ReviewOrder::bySignal:
            return item.signal(signal_).value_or(0.0);
        default:
            return item.consistency;
    }
}

std::optional<double> ReviewQueue::estimated_gain_left() const {
    double all = 0, left = 0;
    bool any = false;
    for (int i : rows_) {
        const auto& item = all_[static_cast<std::size_t>(i)];
        const auto d = item.estimated_dice();
        if (!d) continue;
        any = true;
        const double miss = std::clamp(1.0 - *d, 0.0, 1.0);
        all += miss;
        if (!item.decided()) left += miss;
    }
    if (!any) return std::nullopt;
    return all > 0 ? left / all : 0.0;
}

bool ReviewQueue::accepts(const ReviewItem& item) const {
    if (filter_.iteration != 0 && item.iteration != filter_.iteration) return false;
    if (!status_matches(filter_.status, item.status)) return false;
    // A signal has its own scale (irregularity is 1 for a disc and grows): the score range, in
    // [0, 1], is for the orders by consistency, confidence or the estimate. Pairs without the
    // estimate are ranked last, not hidden.
    if (order_ == ReviewOrder::bySignal ||
        (order_ == ReviewOrder::lowestEstimatedDiceFirst && !item.estimated_dice()))
        return true;
    const double v = score(item);
    return v >= filter_.min_score && v <= filter_.max_score;
}

void ReviewQueue::rebuild() {
    rows_.clear();
    for (std::size_t i = 0; i < all_.size(); ++i)
        if (accepts(all_[i])) rows_.push_back(static_cast<int>(i));
    const auto at = [this](int i) -> const ReviewItem& { return all_[static_cast<std::size_t>(i)]; };
    // Ties keep a stable, readable order: by image name, then iteration.
    const auto by_name = [&](int a, int b) {
        if (at(a).image_name != at(b).image_name) return at(a).image_name < at(b).image_name;
        return at(a).iteration < at(b).iteration;
    };
    const auto by_key = [&](auto key, bool ascending) {
        std::stable_sort(rows_.begin(), rows_.end(), [&](int a, int b) {
            const double ka = key(at(a)), kb = key(at(b));
            if (ka != kb) return ascending ? ka < kb : ka > kb;
            return by_name(a, b);
        });
    };
    static constexpr double kLast = std::numeric_limits<double>::infinity();
    switch (order_) {
        case ReviewOrder::leastConsistentFirst:
            by_key([](const ReviewItem& r) { return r.consistency; }, true);
            break;
        case ReviewOrder::mostConsistentFirst:
            by_key([](const ReviewItem& r) { return r.consistency; }, false);
            break;
        case ReviewOrder::leastConfidentFirst:
            by_key([](const ReviewItem& r) { return r.confidence; }, true);
            break;
        case ReviewOrder::mostConfidentFirst:
            by_key([](const ReviewItem& r) { return r.confidence; }, false);
            break;
        case ReviewOrder::mostChangedFirst:
            by_key([](const ReviewItem& r) { return r.l1; }, false);
            break;
        case ReviewOrder::byName:
            std::stable_sort(rows_.begin(), rows_.end(), by_name);
            break;
        case ReviewOrder::lowestEstimatedDiceFirst:
            by_key([](const ReviewItem& r) { return r.estimated_dice().value_or(kLast); }, true);
            break;
        case ReviewOrder::bySignal:
            by_key(
                [&](const ReviewItem& r) {
                    const auto v = r.signal(signal_);
                    return v ? (ascending_ ? *v : -*v) : kLast;
                },
                true);
            break;
        case ReviewOrder::random: {
            std::stable_sort(rows_.begin(), rows_.end(), by_name);  // the shuffle's input is fixed
            const std::vector<int> sorted = rows_;
            const auto order = seeded_permutation(sorted.size(), seed_);
            for (std::size_t k = 0; k < order.size(); ++k)
                rows_[k] = sorted[order[k]];
            break;
        }
    }
}

}  // namespace mipr::pipeline
