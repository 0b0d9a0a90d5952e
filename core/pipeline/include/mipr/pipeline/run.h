// The MIPR loop over a project (ARCHITECTURE.md §1): per iteration, train S on the current
// training set, train G with S-consistency, pseudo-label and post-process every unlabelled
// image, rearrange x' = G(x_u, t'), score and filter the pairs. Every step that completes is
// recorded in the project, so a stopped run (Ctrl-C included) continues from the last completed
// step when started again. Torch-free header.
#pragma once

#include <cstdint>
#include <stop_token>
#include <string>
#include <vector>

#include "mipr/common/progress.h"
#include "mipr/data/postprocess.h"
#include "mipr/pipeline/seg_jobs.h"
#include "mipr/project/project.h"

namespace mipr::pipeline {

/// The defaults below are the "cpu" preset (128², narrow nets, few epochs); the other presets and
/// the table every command and the studio use are in settings.h.
struct GanConfig {
    int base_width = 32;  ///< encoder's first width (paper scale: 64)
    int max_width = 256;  ///< (paper scale: 512)
    int down_blocks = 4;
    int spade_hidden = 64;  ///< (paper scale: 128)
    int disc_width = 32;    ///< discriminator base filters (paper scale: 64)
    int epochs = 40;
    int batch_size = 4;
    double lr_g = 1e-4, lr_d = 4e-4;
    double lambda_fm = 10, lambda_l1 = 10, lambda_consistency = 1;
    bool use_alpha = true;                ///< SPADE+ detail path (false: plain SPADE ablation)
    bool shuffle = true;                  ///< patch-shuffled encoder input (false: ablation)
    std::vector<int> shuffle_k{1, 2, 4};  ///< patch grids K×K, one drawn per step
    bool consistency = true;              ///< S-consistency loss (false: ablation)
    std::string to_json() const;
    static GanConfig from_json(const std::string& json);
};

/// What an accepted pair adds to S's training set (ARCHITECTURE.md §1.6).
enum class Contribution { generated, real, both };
std::string to_string(Contribution c);
Contribution parse_contribution(const std::string& name);  ///< throws InputError

struct FilterConfig {
    double min_consistency = 0.85;
    double min_confidence = 0.0;
    double max_l1 = 1.0;
    double min_ssim = -1.0;
    /// Of an iteration's pairs, at most this fraction is kept, in (0, 1]: of the pairs that pass
    /// the thresholds, those on which S is most confident (its mean confidence on x_u). Measured on
    /// PH² (4 loops, 13 iterations, pseudo-labels scored against the doctors' masks): S's confidence
    /// predicts a pseudo-label's Dice (r = 0.29–0.74, median 0.63) better than G's consistency
    /// (0.03–0.65, median 0.31), and the most confident half had Dice 0.86–0.92 against 0.80–0.86
    /// for all. 1 keeps every pair that passes the thresholds.
    double keep_fraction = 0.5;
};

struct RunOptions {
    int iterations = 3;
    TrainSegOptions seg;  ///< S per iteration (a fresh S each time)
    GanConfig gan;
    data::PostprocessOptions postprocess;
    FilterConfig filter;
    Contribution contribution = Contribution::real;
    /// Pairs that pass the filter are accepted without review (the paper's automatic mode);
    /// otherwise they wait as 'pending' for a reviewer.
    bool auto_accept = true;
    unsigned long long seed = 0;
    /// Unlabelled images per S and G inference batch while annotating (the next batch is decoded
    /// meanwhile); each pair is still committed on its own. Measured on 2 CPU cores, 100 PH² images
    /// at 128²: 15–18 s at batch 1, 14 at 2, 11–14 at 4, 15–17 at 8, 54 at 16 (large activations).
    int annotate_batch = 4;
    /// After annotating, the quality signals of the iteration's pairs (mipr/pipeline/signals.h):
    /// S under flips, G's fidelity, the label's shape and the learned Dice estimate, which costs
    /// `signal_folds` short trainings of S on folds of the labelled split. The review studio shows
    /// them beside each pair and orders its queue by them.
    bool quality_signals = true;
    int signal_folds = 3;
    /// A pixel counts as changed by G when |x' − x_u| (mean over channels, in [0,1]) exceeds this.
    double change_threshold = 0.15;
    ComputeOptions compute;
};

struct IterationSummary {
    int number = 0;
    int train_images = 0;  ///< S's training set in this iteration
    int pairs = 0;
    int kept = 0;  ///< passed the filter
    int held = 0;  ///< held back
    double mean_consistency = 0;
    std::int64_t seg_model_id = 0;
    std::int64_t gen_model_id = 0;
    bool resumed = false;  ///< some of its steps were done by an earlier run
};

struct RunSummary {
    std::vector<IterationSummary> iterations;
    std::string to_text() const;
};

/// Runs iterations 1..options.iterations (completed ones are skipped). Throws Cancelled when
/// stopped: the steps completed so far stay recorded and a rerun continues after them.
RunSummary run_mipr(project::Project& project, const RunOptions& options, const ProgressFn& progress = {},
                    std::stop_token stop = {});

}  // namespace mipr::pipeline
