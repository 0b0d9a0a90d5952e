// The experiment's report: Markdown table with the paper's figures beside ours, CSV files and a
// PNG chart; plus the statistics it needs (private to the pipeline).
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <torch/types.h>

#include "mipr/engine/metrics.h"
#include "mipr/engine/unet.h"
#include "mipr/pipeline/experiment.h"

namespace mipr::pipeline {

struct QualityFigures {
    int iteration = 0;
    int pairs = 0;
    engine::MeanStd psnr, ssim;
    double frechet = 0;  ///< between real and generated images, on S-encoder features
};

struct ReportInputs {
    const std::vector<ExperimentRow>& rows;
    const QualityFigures& quality;
    const std::vector<std::pair<std::string, std::vector<double>>>&
        per_image;  ///< (row + seed, dice per test image)
    const std::vector<std::string>& test_names;
    const ExperimentOptions& options;
    double seconds;
    int trainings;
    int labelled, unlabelled, test;
};

std::vector<double> to_vector(const torch::Tensor& t);

/// Fréchet distance between Gaussians fitted to features of `real` and `generated` ([N,3,s,s]
/// in [0,1]): global-average-pooled bottleneck features of `encoder`.
double frechet_distance(engine::UNet& encoder, const torch::Tensor& real, const torch::Tensor& generated,
                        const c10::Device& device);

/// Writes report.md, rows.csv, per_image.csv, quality.csv and dice.png into `dir`; returns the
/// Markdown table.
std::string write_experiment_report(const std::filesystem::path& dir, const ReportInputs& in);

}  // namespace mipr::pipeline
