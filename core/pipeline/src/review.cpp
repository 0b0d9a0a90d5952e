// SPDX-License-Identifier: GPL-3.0-or-later
#include "mipr/pipeline/review.h"

#include <opencv2/core.hpp>

#include <exception>
#include <system_error>

#include "mipr/common/error.h"
#include "mipr/data/image_io.h"
#include "mipr/project/project.h"
#include "mipr/project/project_lock.h"

namespace fs = std::filesystem;

namespace mipr::pipeline {

SavedEdit save_edit(project::Project& project, std::int64_t pair_id, const cv::Mat& mask,
                    const std::string& reviewer) {
    const auto pair = project.pair(pair_id);
    if (!pair) throw InputError(project.database_path(), "no pair with id " + std::to_string(pair_id));
    const auto image = project.image(pair->image_id);
    if (!image)
        throw InputError(project.database_path(), "pair " + std::to_string(pair_id) + " has no image");
    const std::string what = "the edited mask of " + pair->image_name;
    if (mask.empty() || mask.type() != CV_8UC1)
        throw InputError(what, "expected a single-channel 8-bit mask");
    if (mask.cols != image->width || mask.rows != image->height)
        throw InputError(what, "is " + std::to_string(mask.cols) + " x " + std::to_string(mask.rows) +
                                   " px, the image " + std::to_string(image->width) + " x " +
                                   std::to_string(image->height) + " px");
    const int binary = cv::countNonZero(mask == 0) + cv::countNonZero(mask == 255);
    if (binary != mask.cols * mask.rows)
        throw InputError(what, "has values other than 0 and 255 (" +
                                   std::to_string(mask.cols * mask.rows - binary) + " pixels)");

    // One edit saved at a time across processes (milliseconds): the name below is then the
    // only one an edit writes now, and temporaries of edits are leftovers of killed ones.
    const auto lock = project::ProjectLock::acquire_for_edit(project.root(), "saving a reviewer's edit");
    std::error_code ec;
    for (const auto& tmp : project.leftover_temporaries())
        if (tmp.filename().string().find("_edited_v") != std::string::npos) fs::remove(tmp, ec);

    // Versions are numbered: v<k> where k - 1 edited masks of the image are recorded. An edit
    // interrupted between its PNG and its record left that name behind, no record referring to
    // it; the edit made again writes it again, so no leftover stays. A name a record holds is
    // never written over.
    int version = 1;
    for (const auto& m : project.masks(pair->image_id))
        version += m.kind == project::MaskKind::edited ? 1 : 0;
    auto name = [&](int k) {
        return fs::path("masks") / (pair->image_name + "_it" + std::to_string(pair->iteration_number) +
                                    "_edited_v" + std::to_string(k) + ".png");
    };
    fs::path relative = name(version);
    while (project.references_file(relative))
        relative = name(++version);
    const fs::path file = project.root() / relative;

    SavedEdit saved;
    saved.path = file;
    data::write_mask_png(file, mask);
    try {
        project::Project::Transaction tx(project);
        saved.mask_id = project.add_mask(pair->image_id, project::MaskKind::edited, relative, std::nullopt,
                                         std::nullopt, reviewer);
        saved.decision_id = project.decide(pair_id, "edited", reviewer, saved.mask_id);
        tx.commit();
    } catch (...) {
        if (!project.references_file(file)) fs::remove(file, ec);
        throw;
    }
    return saved;
}

bool edit_matches(const project::Project& project, std::int64_t pair_id, const cv::Mat& mask) {
    const auto pair = project.pair(pair_id);
    if (!pair || pair->status != "edited" || !pair->edited_mask_path) return false;
    try {
        const cv::Mat current = data::load_mask(*pair->edited_mask_path);
        return current.size() == mask.size() && current.type() == mask.type() &&
               cv::countNonZero(current != mask) == 0;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace mipr::pipeline

namespace mipr::pipeline {

using project::PairStatus;

ReviewService::ReviewService(project::Project& project, ReviewQueue& queue, std::string reviewer)
    : project_(project), queue_(queue), reviewer_(std::move(reviewer)) {}

void ReviewService::refuse_read_only() const {
    if (project_.read_only())
        throw InputError(project_.database_path(),
                         "the project is open read-only: decisions cannot be recorded");
}

DecisionStep ReviewService::begin(const std::vector<std::int64_t>& pair_ids, PairStatus status) const {
    refuse_read_only();
    DecisionStep step;
    step.pair_ids = pair_ids;
    step.status = status;
    for (const auto id : pair_ids) {
        const ReviewItem* item = queue_.find(id);
        if (!item)
            throw InputError(project_.database_path(),
                             "no pair with id " + std::to_string(id) + " in the queue");
        step.previous.push_back(item->status);
        step.previous_edited.push_back(item->edited_mask_path);
        if (pair_ids.size() == 1) step.image_name = item->image_name;
    }
    return step;
}

void ReviewService::apply(std::int64_t pair_id, PairStatus status, const fs::path& edited) {
    const ReviewItem* item = queue_.find(pair_id);
    const bool label_changed = item && item->edited_mask_path != edited;
    queue_.update_status(pair_id, status, edited);
    if (listener_) listener_(pair_id, status, label_changed);
}

DecisionStep ReviewService::decide(std::int64_t pair_id, PairStatus status) {
    if (status == PairStatus::edited)
        throw InputError(project_.database_path(),
                         "an edited decision needs the reviewer's mask (save_edit)");
    auto step = begin({pair_id}, status);
    step.decision_id = project_.decide(pair_id, project::to_string(status), reviewer_);
    apply(pair_id, status, {});
    return step;
}

DecisionStep ReviewService::save_edit(std::int64_t pair_id, const cv::Mat& mask) {
    auto step = begin({pair_id}, PairStatus::edited);
    const auto saved = pipeline::save_edit(project_, pair_id, mask, reviewer_);
    step.decision_id = saved.decision_id;
    step.edited_mask_id = saved.mask_id;
    step.edited_mask_path = saved.path;
    apply(pair_id, PairStatus::edited, saved.path);
    return step;
}

DecisionStep ReviewService::accept_batch(const std::vector<std::int64_t>& pair_ids) {
    auto step = begin(pair_ids, PairStatus::accepted);
    step.batch_id = project_.decide_batch(pair_ids, "accepted", reviewer_);
    for (const auto id : pair_ids)
        apply(id, PairStatus::accepted, {});
    return step;
}

void ReviewService::undo(const DecisionStep& step) {
    refuse_read_only();
    if (step.batch_id != 0)
        project_.undo_batch(step.batch_id);
    else
        project_.undo_decision(step.decision_id);
    for (std::size_t i = 0; i < step.pair_ids.size(); ++i)
        apply(step.pair_ids[i], step.previous[i], step.previous_edited[i]);
}

void ReviewService::redo(DecisionStep& step) {
    refuse_read_only();
    if (step.batch_id != 0) {
        step.batch_id = project_.decide_batch(step.pair_ids, project::to_string(step.status), reviewer_);
    } else {
        step.decision_id = project_.decide(step.pair_ids.front(), project::to_string(step.status), reviewer_,
                                           step.edited_mask_id);
    }
    for (const auto id : step.pair_ids)
        apply(id, step.status, step.edited_mask_path);
}

}  // namespace mipr::pipeline
