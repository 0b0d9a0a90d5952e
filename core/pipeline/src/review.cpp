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
