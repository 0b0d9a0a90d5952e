// Fixtures shared by the studio's GUI tests and the screenshot tool: a demo project made with
// the real core code (demo data, Project::create, import_dataset) and fake pseudo-labels.
#pragma once

#include <QString>

#include <filesystem>
#include <string>

#include <fstream>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

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

/// Records a MIPR iteration with one pending pair per unlabelled image, as `mipr run --review`
/// leaves them: t' = the image's doctor mask shifted (or an ellipse), x' = the image blurred at
/// 64×64, scores spread so that no two pairs tie (consistency 0.50 + 0.04·k, confidence
/// 0.99 − 0.03·k for the k-th unlabelled image by name). Returns the pair ids in image-name order.
inline std::vector<std::int64_t> addReviewPairs(project::Project& project, int iteration = 1) {
    namespace fs = std::filesystem;
    const auto writeModel = [&](const std::string& name) {
        std::ofstream(project.models_dir() / name) << "weights";
        return fs::path("models") / name;
    };
    const std::string it = std::to_string(iteration);
    const auto seg = project.add_model("segmentation", writeModel("seg_v" + it + ".pt"), "{}", "{}");
    const auto gen = project.add_model("generator", writeModel("gen_v" + it + ".pt"), "{}", "{}");
    const auto iterationId = project.begin_iteration(iteration, "{}");
    std::vector<std::int64_t> ids;
    int k = 0;
    for (const auto& image : project.images(Split::unlabeled)) {
        const cv::Mat rgb = data::load_image_rgb8(image.path);
        cv::Mat label;
        if (const auto doctor = project.latest_mask(image.id, project::MaskKind::doctor)) {
            label = shiftedMask(data::load_mask(doctor->path), 3, 2);
        } else {
            label = cv::Mat::zeros(rgb.size(), CV_8UC1);
            cv::ellipse(label, cv::Point(rgb.cols / 2, rgb.rows / 2), cv::Size(rgb.cols / 4, rgb.rows / 5), 0,
                        0, 360, cv::Scalar(255), cv::FILLED);
        }
        const std::string stem = image.name + "_it" + it;
        const fs::path labelRel = fs::path("masks") / (stem + "_pseudo.png");
        const fs::path genMaskRel = fs::path("masks") / (stem + "_generated.png");
        const fs::path genRel = fs::path("generated") / (stem + ".png");
        data::write_mask_png(project.root() / labelRel, label);
        data::write_mask_png(project.root() / genMaskRel, data::resize_mask(label, 64, 64));
        cv::Mat small = data::resize_image(rgb, 64, 64);
        cv::GaussianBlur(small, small, cv::Size(5, 5), 0);
        data::write_rgb_png(project.root() / genRel, small);
        const auto labelId =
            project.add_mask(image.id, project::MaskKind::pseudo, labelRel, seg, 0.9, "mipr");
        const auto genMaskId = project.add_mask(image.id, project::MaskKind::generated, genMaskRel, gen);
        project::NewPair pair;
        pair.iteration_id = iterationId;
        pair.image_id = image.id;
        pair.label_mask_id = labelId;
        pair.generated_relative_path = genRel;
        pair.generated_mask_id = genMaskId;
        pair.seg_model_id = seg;
        pair.gen_model_id = gen;
        pair.consistency = 0.50 + 0.04 * k;
        pair.confidence = 0.99 - 0.03 * k;
        pair.l1 = 0.05 + 0.01 * k;
        pair.ssim = 0.7;
        pair.status = "pending";
        ids.push_back(project.add_pair(pair));
        ++k;
    }
    project.finish_iteration(iterationId);
    return ids;
}

}  // namespace mipr::ui::test
