// SPDX-License-Identifier: GPL-3.0-or-later
// Quality signals of generated pairs (issue 17): figures, stored with each pair, that predict how
// good its pseudo-label t' is, so that a reviewer looks first where looking pays. From S on x_u:
// mean confidence, predictive entropy, agreement under flips (test-time augmentation), agreement
// with the previous S; from G: consistency Dice(S(x'), t'), L1 and SSIM of x' against x_u, and how
// much of the label's border band (and of the rest) G had to change; from t' itself: area,
// irregularity, and the components of S's raw mask before post-processing; and a learned estimate
// of the pseudo-label's Dice, a ridge regression on the S-side signals fitted only on out-of-fold
// predictions on the labelled split (S trained on the other folds, scored against the labelled
// doctor masks): it never reads an unlabelled or test image's doctor mask. Torch-free header.
#pragma once

#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "mipr/common/progress.h"
#include "mipr/data/postprocess.h"
#include "mipr/pipeline/run.h"
#include "mipr/pipeline/seg_jobs.h"
#include "mipr/project/project.h"

namespace mipr::pipeline {

namespace signal_names {
inline constexpr const char* kConfidence = "confidence";
inline constexpr const char* kEntropy = "entropy";
inline constexpr const char* kTtaAgreement = "tta_agreement";
inline constexpr const char* kVersionAgreement = "version_agreement";
inline constexpr const char* kConsistency = "consistency";
inline constexpr const char* kL1 = "l1";
inline constexpr const char* kSsim = "ssim";
inline constexpr const char* kBandChange = "band_change";
inline constexpr const char* kOffBandChange = "off_band_change";
inline constexpr const char* kArea = "area";
inline constexpr const char* kIrregularity = "irregularity";
inline constexpr const char* kComponents = "components";
inline constexpr const char* kEstimatedDice = "estimated_dice";
}  // namespace signal_names

struct SignalInfo {
    const char* name;
    const char* label;
    /// +1: a higher value is expected to mean a better pseudo-label, -1 a worse one. A prior fixed
    /// here, never fitted on the oracle: a ranking strategy reviews the likeliest errors first.
    int direction;
    bool s_side;  ///< computed from S and t' alone: a feature of the learned estimate
};
/// Every signal, in report order (the learned estimate last).
const std::vector<SignalInfo>& signal_table();
const SignalInfo* find_signal(const std::string& name);

/// The loop's settings of them (RunOptions::signal_folds, change_threshold) and of S.
struct SignalOptions {
    /// Folds of the labelled split for the out-of-fold predictions (at most one per image); with
    /// fewer than 4 labelled images no estimate is fitted.
    int folds = 3;
    /// S of each fold: its architecture and size are the iteration's S's, the rest comes from here.
    TrainSegOptions seg;
    data::PostprocessOptions postprocess;
    /// A pixel counts as changed by G when |x' − x_u| (mean over channels, in [0,1]) exceeds this.
    double change_threshold = 0.15;
    /// Half-width of the border band in pixels at the model's size; 0: size / 32.
    int band_radius = 0;
    /// The regression's L2 penalty on standardised features; 0: chosen by leave-one-out error on
    /// the out-of-fold images.
    double ridge = 0.0;
};

/// The signal options of a MIPR loop: its S (seed and compute included), post-processing, folds
/// and change threshold.
SignalOptions signal_options(const RunOptions& run);

struct SignalsResult {
    int iteration = 0;
    int pairs = 0;
    int oof_images = 0;  ///< labelled images the estimate was fitted on (0: no estimate)
    std::vector<std::string> features;
    std::vector<double> coefficients;  ///< intercept first, then one per feature (standardised)
    double ridge = 0;                  ///< the penalty used
    /// Spearman correlation of the estimate with the true Dice on the out-of-fold images
    /// themselves (in-sample: an optimistic figure, for the report).
    double oof_spearman = 0;
    double seconds = 0;
    bool reused = false;  ///< the iteration's signals were already stored
};

/// Computes the signals of every pair of an iteration (0: the newest done one) and stores them
/// (Project::set_pair_signals); records the step "signals" of the iteration with the fit. Signals
/// already recorded for the iteration are kept unless `recompute`. Throws InputError (no such
/// iteration, no pairs) or Cancelled.
SignalsResult compute_signals(project::Project& project, int iteration, const SignalOptions& options,
                              const ProgressFn& progress = {}, std::stop_token stop = {},
                              bool recompute = false);

/// Spearman's rank correlation (average ranks for ties); 0 when undefined.
double spearman(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace mipr::pipeline
