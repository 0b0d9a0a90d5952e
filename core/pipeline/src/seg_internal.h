// Pieces of the S jobs shared with the MIPR loop (private to the pipeline).
#pragma once

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include <c10/core/Device.h>
#include <torch/types.h>

#include <opencv2/core/mat.hpp>

#include "mipr/engine/metrics.h"
#include "mipr/engine/seg_trainer.h"
#include "mipr/engine/unet.h"
#include "mipr/pipeline/run.h"
#include "mipr/pipeline/seg_jobs.h"

namespace mipr::pipeline {
namespace detail {

inline constexpr const char* kSegKind = "segmentation";
inline constexpr const char* kGenKind = "generator";

c10::Device device_from(const ComputeOptions& compute);
engine::UNetOptions unet_options(const SegModelConfig& c);
/// The newest doctor annotation of an image: an edited mask beats an imported one when newer.
std::optional<project::MaskRecord> doctor_mask(const project::Project& p, std::int64_t image_id);

struct LoadedImage {
    project::ImageRecord record;
    cv::Mat rgb;  // original size
};
LoadedImage load_image(const project::ImageRecord& r);
/// RGB at its own size → [3,size,size] in [0,1].
torch::Tensor model_input(const cv::Mat& rgb, int size);

struct ModelHandle {
    project::ModelRecord record;
    SegModelConfig config;
    engine::UNet net{nullptr};
};
/// The MIPR loop's settings as JSON, as each iteration records them.
std::string run_config_json(const RunOptions& options);

ModelHandle load_model(const project::Project& p, std::optional<std::int64_t> id);

double confidence_of(const torch::Tensor& prob);
/// Confusion of S's probability map (at the model's size) against a doctor mask at the image's
/// size: upsampled, thresholded, counted as the paper does.
engine::Confusion confusion_against(const torch::Tensor& prob, const cv::Mat& truth, double threshold);
void report(const ProgressFn& progress, const std::string& stage, std::int64_t done, std::int64_t total,
            const std::string& message, double loss = 0.0);

}  // namespace detail

/// Appends the labelled split (doctor or edited masks) at size² to xs / ys.
void add_labelled_set(const project::Project& project, int size, std::vector<torch::Tensor>& xs,
                      std::vector<torch::Tensor>& ys, const ProgressFn& progress,
                      const std::stop_token& stop);
/// Trains a fresh S on `dataset` and stores it as the next segmentation model version;
/// `note` describes the training set in the model's metrics. `partial` (a file name in the
/// project's models folder) makes the training resumable: its state is saved there every few
/// epochs, a later call with the same settings and data continues from it, and it is removed once
/// the model is stored.
TrainSegResult fit_and_store_seg(project::Project& project, const engine::SegDataset& dataset,
                                 const TrainSegOptions& options, const ProgressFn& progress,
                                 std::stop_token stop, const std::string& note,
                                 const std::string& partial = {});

}  // namespace mipr::pipeline
