// The experiment's report: Markdown table with the paper's figures beside ours, CSV files and a
// PNG chart; plus the statistics it needs (private to the pipeline).
#pragma once

#include <filesystem>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <torch/types.h>

#include "mipr/engine/metrics.h"
#include "mipr/engine/unet.h"
#include "mipr/pipeline/experiment.h"

namespace mipr::pipeline {

struct TsnePoint {
    std::string name;  ///< the unlabelled image x_u (a generated point is its x')
    bool generated = false;
    double x = 0, y = 0;
};

/// t-SNE of real and generated images' S-encoder features.
struct TsneFigures {
    std::vector<TsnePoint> points;  ///< empty when there was nothing to embed: see `skipped`
    std::string skipped = "there are no generated images";  ///< why there is no embedding
    int feature_dim = 0;
    double perplexity = 0;
    double knn_accuracy = std::numeric_limits<double>::quiet_NaN();  ///< 5-NN real/generated, in 2-D
};

struct QualityFigures {
    int iteration = 0;
    int pairs = 0;
    engine::MeanStd psnr, ssim;
    double frechet = 0;  ///< between real and generated images, on S-encoder features
    TsneFigures tsne;
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
    double training_seconds;  ///< of the fresh S trainings
    int workers;              ///< trainings side by side
    int labelled, unlabelled, test;
    const std::vector<RunSummary>& loops;      ///< the MIPR loop(s) of the rows, the project's first
    const std::vector<std::string>& warnings;  ///< how the project's loop differs from the others
};

std::vector<double> to_vector(const torch::Tensor& t);

/// Features of `images` ([N,3,s,s] in [0,1]) for the image-quality figures: global-average-pooled
/// bottleneck features of `encoder` (S's encoder), [N,C] double on the CPU.
torch::Tensor encoder_features(engine::UNet& encoder, const torch::Tensor& images, const c10::Device& device);

/// Fréchet distance between Gaussians fitted to two feature sets ([N,C] each).
double frechet_distance(const torch::Tensor& real_features, const torch::Tensor& generated_features);

/// t-SNE (fixed seed) of both feature sets together, and the 5-NN real/generated accuracy in the
/// embedding. No points (and a reason) for fewer than 4 images in all or non-finite features, so
/// that the report still gets written. `names` label both sets' rows.
TsneFigures embed_real_and_generated(const torch::Tensor& real_features,
                                     const torch::Tensor& generated_features,
                                     const std::vector<std::string>& names);

/// Writes report.md, rows.csv, per_image.csv, quality.csv, dice.png and, when there is an embedding,
/// tsne.csv and tsne.png into `dir`; returns the Markdown table.
std::string write_experiment_report(const std::filesystem::path& dir, const ReportInputs& in);

}  // namespace mipr::pipeline
