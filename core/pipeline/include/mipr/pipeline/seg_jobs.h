// Jobs of the segmentation network S over a project: train on the labelled split, predict
// pseudo-labels, evaluate on the test split. Torch-free header: the studio and the CLI call
// these without seeing LibTorch. Long jobs take a progress callback and a stop token.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "mipr/common/progress.h"
#include "mipr/common/types.h"
#include "mipr/data/postprocess.h"
#include "mipr/project/project.h"

namespace mipr::pipeline {

/// Where and how fast to compute: `device` is auto | cpu | cuda | cuda:N; threads <= 0 means
/// one intra-op thread per core.
struct ComputeOptions {
    std::string device = "auto";
    int threads = 0;
    /// auto (bfloat16 autocast + channels-last on CUDA, float32 on the CPU) | fp32 | mixed |
    /// channels-last; see mipr/engine/precision.h.
    std::string precision = "auto";
};

struct SegModelConfig {
    std::string architecture = "unet";
    int input_size = 128;  ///< images are resized to input_size² (a multiple of 2^depth)
    int base_width = 16;
    int depth = 4;
    /// JSON text of this config (stored with every model).
    std::string to_json() const;
    /// Parses JSON written by to_json(); missing keys keep their defaults. Throws InputError.
    static SegModelConfig from_json(const std::string& json);
};

struct TrainSegOptions {
    SegModelConfig model;
    int epochs = 40;
    int batch_size = 4;
    double learning_rate = 1e-3;
    bool augment = true;
    unsigned long long seed = 0;
    ComputeOptions compute;
};

/// The largest input size S trains or predicts at: beyond it one image alone outgrows any
/// memory (the command line's --size is bounded by it too).
inline constexpr int kMaxInputSize = 2048;

/// Checks a training configuration; throws InputError naming the setting by its configuration
/// key (epochs, batch_size, learning_rate, input_size, base_width, depth, architecture).
void validate(const TrainSegOptions& options);

struct TrainSegResult {
    std::int64_t model_id = 0;
    int version = 0;
    std::filesystem::path checkpoint;
    int train_images = 0;
    std::vector<double> epoch_losses;
    double seconds = 0.0;
    double images_per_second = 0.0;
    std::string device;  ///< description of the device used
};

/// Trains a fresh S on the labelled split (doctor masks) and stores it in the project as the next
/// segmentation model version (checkpoint under models/, config and metrics in the database).
/// Progress: stage "train-seg", done/total in optimiser steps, loss, message "epoch E/N".
/// Throws InputError (no labelled images with masks, bad settings) or Cancelled (nothing is
/// stored when cancelled).
TrainSegResult train_seg(project::Project& project, const TrainSegOptions& options,
                         const ProgressFn& progress = {}, std::stop_token stop = {});

struct PredictOptions {
    std::optional<std::int64_t> model_id;  ///< default: the newest segmentation model
    std::vector<Split> splits{Split::unlabeled};
    data::PostprocessOptions postprocess{};
    int batch_size = 8;
    ComputeOptions compute;
};

struct PredictResult {
    std::int64_t model_id = 0;
    int predicted = 0;
    double mean_confidence = 0.0;
    double seconds = 0.0;
};

/// Pseudo-labels every image of the chosen splits with S: probability at the model's input size,
/// upsampled to the image's size, post-processed, written as a PNG under masks/ and recorded as
/// a `pseudo` mask with the model id and a confidence (mean over pixels of max(p, 1 - p)).
PredictResult predict(project::Project& project, const PredictOptions& options,
                      const ProgressFn& progress = {}, std::stop_token stop = {});

struct EvalOptions {
    std::optional<std::int64_t> model_id;  ///< default: the newest segmentation model
    double threshold = 0.5;
    int batch_size = 8;
    ComputeOptions compute;
};

struct ImageScore {
    std::string name;
    double dice = 0.0;
    double accuracy = 0.0;
};

struct EvalResult {
    std::int64_t model_id = 0;
    int images = 0;
    double dice_mean = 0.0, dice_std = 0.0;          ///< in [0, 1]
    double accuracy_mean = 0.0, accuracy_std = 0.0;  ///< in [0, 1]
    std::vector<ImageScore> per_image;
};

/// Scores S on the test split against the doctor masks, at each image's own resolution (the
/// probability map is upsampled, then thresholded). DSC and ACC as the paper defines them,
/// mean ± std over images. The result is also stored in the model's metrics.
EvalResult evaluate(project::Project& project, const EvalOptions& options, const ProgressFn& progress = {},
                    std::stop_token stop = {});

}  // namespace mipr::pipeline
