// SPDX-License-Identifier: GPL-3.0-or-later
#include "mipr/pipeline/review.h"

#include <opencv2/core.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <exception>
#include <system_error>

#include "mipr/common/error.h"
#include "mipr/data/image_io.h"
#include "mipr/project/project.h"

namespace fs = std::filesystem;

namespace mipr::pipeline {
namespace {

/// yyyymmddThhmmssmmm, UTC: sorts like time, and tells two edits of one image apart.
std::string utc_stamp() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%S", &tm);
    char out[48];
    std::snprintf(out, sizeof out, "%s%03d", buf, static_cast<int>(ms));
    return out;
}

}  // namespace

SavedEdit save_edit(project::Project& project, std::int64_t pair_id, const cv::Mat& mask,
                    const std::string& reviewer) {
    const auto pair = project.pair(pair_id);
    if (!pair)
        throw InputError(project.root() / "project.mipr", "no pair with id " + std::to_string(pair_id));
    const auto image = project.image(pair->image_id);
    if (!image)
        throw InputError(project.root() / "project.mipr",
                         "pair " + std::to_string(pair_id) + " has no image");
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

    // A name no file has yet: the program never overwrites what it did not write.
    const std::string base =
        pair->image_name + "_it" + std::to_string(pair->iteration_number) + "_edited_" + utc_stamp();
    fs::path relative = fs::path("masks") / (base + ".png");
    for (int n = 2; fs::exists(project.root() / relative) || project.references_file(relative); ++n)
        relative = fs::path("masks") / (base + "_" + std::to_string(n) + ".png");
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
        std::error_code ec;
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
