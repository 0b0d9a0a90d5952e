// SPDX-License-Identifier: GPL-3.0-or-later
// `mipr simulate-review`: a headless reviewer that measures review economics (issue 17). It walks
// an iteration's queue in the order of each ranking strategy (random; each quality signal; the
// learned Dice estimate) through the review service the studio uses, with the doctor masks of the
// unlabelled split as the oracle (the only reader of those masks): a pseudo-label whose Dice
// against the doctor mask is at least `accept_dice` is accepted, any other is edited (the doctor
// mask replaces it). Each strategy's decisions land in a scratch project of its own in the report
// folder (the project itself is not changed), with the oracle as the reviewer. After every
// `retrain_every` decisions a fresh S trains on the labelled split + the reviewed pairs + the
// unreviewed pairs the filter kept, and is scored on the test split: test Dice against modelled
// reviewer minutes. Torch-free header.
#pragma once

#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "mipr/common/progress.h"
#include "mipr/pipeline/signals.h"
#include "mipr/project/project.h"

namespace mipr::pipeline {

/// The name of the random review order in reports (the signals' names are in signal_table()).
inline constexpr const char* kRandomOrderLabel = "random order";

struct SimulateOptions {
    int iteration = 0;            ///< 0: the newest finished iteration
    double accept_dice = 0.90;    ///< the oracle accepts a pseudo-label with at least this Dice
    double accept_seconds = 3;    ///< modelled cost of looking at a pair and accepting it
    double edit_seconds = 40;     ///< of correcting a pseudo-label
    double scratch_seconds = 40;  ///< of labelling one image from scratch
    int retrain_every = 20;       ///< B: S is retrained and scored after every B decisions
    /// Strategies with a cost curve besides random: the best `curves` by Spearman correlation
    /// (0: every strategy; each curve costs a few trainings of S).
    int curves = 3;
    unsigned long long seed = 0;  ///< of the random order and of the first S of every point
    /// S's trained per point of a curve (seeds seed, seed + 1, ...), their test Dice averaged: on
    /// PH² at the cpu preset one S's seed moved the test Dice by 2–3 points, more than the orders
    /// differ.
    int seeds = 1;
    /// Fresh S's: epochs on the labelled split alone; larger sets get the same samples, at least
    /// `min_epochs` epochs (as the experiment's rows).
    int epochs_labelled = 40;
    int min_epochs = 20;
    SignalOptions signal_options;  ///< S's settings (seg) also train the fresh S's
    /// Doctor-level: within this many Dice points (0.01 = 1 point) of S on all doctor labels.
    double doctor_level_margin = 0.01;
};

struct CurvePoint {
    int decisions = 0;
    double minutes = 0;
    double dice = 0;  ///< S's mean test Dice
};

struct StrategyResult {
    std::string name;     ///< "random", or a signal's name (signals.h)
    std::string label;    ///< for people
    double spearman = 0;  ///< of the oriented signal with the pseudo-labels' true Dice
    double aurc = 0;      ///< area under the risk–coverage curve (risk 1 − Dice); lower is better
    int accepted = 0, edited = 0;
    double minutes = 0;                      ///< reviewing every pair in this order
    std::vector<CurvePoint> curve;           ///< empty for strategies without a curve
    std::optional<CurvePoint> doctor_level;  ///< the first point within the margin of doctor-level
    std::filesystem::path scratch;           ///< the scratch project with its decisions
};

struct SimulateResult {
    int iteration = 0;
    int pairs = 0;
    int kept = 0;  ///< pairs the filter kept (in S's training set before any review)
    double mean_true_dice = 0;
    double labelled_only = 0;  ///< test Dice: S on the labelled split
    double no_review = 0;      ///< S on labelled + the kept pairs (MIPR, nobody reviewing)
    double all_by_hand = 0;    ///< S on labelled + every unlabelled image's doctor mask
    double all_by_hand_minutes = 0;
    double pixel_auroc = 0.5;  ///< |x' − x_u| as a per-pixel predictor of where t' is wrong
    double optimal_aurc = 0, random_aurc = 0;
    std::vector<StrategyResult> strategies;
    std::string best;  ///< the strategy reaching doctor-level in the fewest minutes (or the highest curve)
    std::string last_line;
    std::filesystem::path report_dir;
    SignalsResult fit;  ///< the quality signals and their learned estimate
    int trainings = 0;  ///< of S: training sets × seeds
    double seconds = 0;
};

/// Throws InputError (no finished iteration; unlabelled images without a doctor mask) or Cancelled.
SimulateResult simulate_review(project::Project& project, const SimulateOptions& options,
                               const ProgressFn& progress = {}, std::stop_token stop = {});

}  // namespace mipr::pipeline
