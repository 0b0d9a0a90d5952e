// Fixtures shared by the studio's GUI tests and the screenshot tool: a demo project made with
// the real core code (demo data, Project::create, import_dataset) and fake pseudo-labels.
#pragma once

#include <QString>

#include <filesystem>
#include <string>

#include <opencv2/core.hpp>

#include "mipr/data/demo_data.h"
#include "mipr/data/image_io.h"
#include "mipr/pipeline/import.h"
#include "mipr/project/project.h"

namespace mipr::ui::test {

inline std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(path.toStdString());
}

/// Imports `source` (a folders/ISIC/PH² dataset, with its split.csv when present) into a new
/// project at `projectDir`.
inline pipeline::ImportSummary createProjectFrom(const std::filesystem::path& projectDir,
                                                 const std::filesystem::path& source) {
    auto project = project::Project::create(projectDir);
    pipeline::ImportOptions options;
    if (std::filesystem::exists(source / "split.csv")) options.split_csv = source / "split.csv";
    return pipeline::import_dataset(project, source, options);
}

/// Generates `count` demo images in `dataDir` and imports them into a new project.
inline void createDemoProject(const std::filesystem::path& dataDir, const std::filesystem::path& projectDir,
                              int count, std::uint64_t seed = 7) {
    data::DemoOptions options;
    options.count = count;
    options.seed = seed;
    options.labeled_fraction = 0.25;
    options.test_fraction = 0.25;
    data::generate_demo_data(dataDir, options);
    createProjectFrom(projectDir, dataDir);
}

/// Adds a pseudo-label for `imageId`: `mask` written as a PNG in the project's masks folder.
inline void addPseudoLabel(project::Project& project, std::int64_t imageId, const cv::Mat& mask,
                           const std::string& fileName) {
    data::write_mask_png(project.masks_dir() / fileName, mask);
    project.add_mask(imageId, project::MaskKind::pseudo, std::filesystem::path("masks") / fileName,
                     std::nullopt, 0.9, "mipr");
}

/// The mask shifted by (dx, dy) pixels, for a plausible-looking but different pseudo-label.
inline cv::Mat shiftedMask(const cv::Mat& mask, int dx, int dy) {
    cv::Mat out = cv::Mat::zeros(mask.size(), mask.type());
    const cv::Rect src(std::max(0, -dx), std::max(0, -dy), mask.cols - std::abs(dx),
                       mask.rows - std::abs(dy));
    const cv::Rect dst(std::max(0, dx), std::max(0, dy), src.width, src.height);
    mask(src).copyTo(out(dst));
    return out;
}

}  // namespace mipr::ui::test
