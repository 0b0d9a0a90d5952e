// SPDX-License-Identifier: GPL-3.0-or-later
// `mipr signals` and `mipr simulate-review` (issue 17): the quality signals of an iteration's pairs,
// and the headless reviewer that measures which review order reaches doctor-level training data
// in the fewest reviewer minutes.
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "cli_support.h"
#include "commands.h"
#include "mipr/pipeline/settings.h"
#include "mipr/pipeline/signals.h"
#include "mipr/pipeline/simulate_review.h"
#include "mipr/project/project_lock.h"
#include "terminal_progress.h"

namespace mipr::cli {

void add_signals(CLI::App& app, std::stop_token stop) {
    auto* cmd =
        app.add_subcommand("signals",
                           "compute the quality signals of an iteration's pairs (confidence, entropy, "
                           "flip agreement, G's fidelity, label shape, a learned Dice estimate)");
    struct Args {
        std::string project;
        SettingsArgs settings;
        Common common;
        int iteration = 0;
        bool recompute = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("PROJECT", a->project, "project folder")->required();
    add_settings_options(cmd, a->settings);
    cmd->add_option("--iteration", a->iteration, "iteration (0: the newest finished one)")
        ->check(CLI::Range(0, 100));
    cmd->add_flag("--recompute", a->recompute, "compute again even when the iteration has signals");
    add_compute_options(cmd, a->common);
    cmd->callback([a, stop] {
        const auto settings = resolve_settings(a->settings, a->common, [](pipeline::Settings&) {});
        if (a->settings.print) {
            std::printf("%s\n", settings.to_json().c_str());
            return;
        }
        std::optional<project::ProjectLock> lock;
        auto p = open_to_change(a->project, "mipr signals", lock);
        TerminalProgress bar(a->common.quiet);
        const auto r = journaled(p, "signals", settings, bar.callback(), [&](const ProgressFn& progress) {
            return pipeline::compute_signals(p, a->iteration, settings.simulate_options().signal_options,
                                             progress, stop, a->recompute);
        });
        bar.finish();
        std::printf("iteration %d: signals of %d pairs%s", r.iteration, r.pairs,
                    r.reused ? " (already stored)" : "");
        if (r.oof_images > 0)
            std::printf(
                "; learned Dice estimate fitted on %d out-of-fold labelled images (in-sample Spearman %.3f)",
                r.oof_images, r.oof_spearman);
        else
            std::printf("; no learned estimate (fewer than 4 labelled images)");
        std::printf("\n");
    });
}

void add_simulate_review(CLI::App& app, std::stop_token stop) {
    auto* cmd = app.add_subcommand(
        "simulate-review",
        "a headless reviewer with the unlabelled split's doctor masks as oracle: per review order, the "
        "correlation of its signal with the true Dice and the test Dice of S against reviewer minutes; "
        "writes "
        "reports/simulate-review-<timestamp>/ in the project");
    struct Args {
        std::string project;
        SettingsArgs settings;
        Common common;
        int iteration = 0;
        std::optional<int> retrain_every, curves, seeds;
        std::optional<double> accept_dice;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("PROJECT", a->project, "project folder")->required();
    add_settings_options(cmd, a->settings);
    cmd->add_option("--iteration", a->iteration, "iteration (0: the newest finished one)")
        ->check(CLI::Range(0, 100));
    cmd->add_option("--retrain-every", a->retrain_every,
                    "decisions between retrainings of S (review.retrain_every)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option(
           "--curves", a->curves,
           "strategies with a cost curve besides random, the best by Spearman; 0: all (review.curves)")
        ->check(CLI::Range(0, 100));
    cmd->add_option("--seeds", a->seeds, "S's per point of a curve, averaged (review.seeds)")
        ->check(CLI::Range(1, 100));
    cmd->add_option("--accept-dice", a->accept_dice,
                    "the oracle accepts a pseudo-label with at least this Dice (review.accept_dice)")
        ->check(CLI::Range(0.0, 1.0));
    add_compute_options(cmd, a->common);
    cmd->callback([a, stop] {
        const auto settings = resolve_settings(a->settings, a->common, [&](pipeline::Settings& s) {
            if (a->retrain_every) s.simulate.retrain_every = *a->retrain_every;
            if (a->curves) s.simulate.curves = *a->curves;
            if (a->seeds) s.simulate.seeds = *a->seeds;
            if (a->accept_dice) s.simulate.accept_dice = *a->accept_dice;
        });
        if (a->settings.print) {
            std::printf("%s\n", settings.to_json().c_str());
            return;
        }
        auto options = settings.simulate_options();
        options.iteration = a->iteration;
        std::optional<project::ProjectLock> lock;
        auto p = open_to_change(a->project, "mipr simulate-review", lock);
        TerminalProgress bar(a->common.quiet);
        const auto r =
            journaled(p, "simulate-review", settings, bar.callback(), [&](const ProgressFn& progress) {
                return pipeline::simulate_review(p, options, progress, stop);
            });
        bar.finish();
        std::printf("iteration %d: %d pairs, mean true Dice %.3f; pixel AUROC of |x' - x_u| %.3f\n",
                    r.iteration, r.pairs, r.mean_true_dice, r.pixel_auroc);
        std::printf(
            "test Dice: labelled only %.1f, MIPR pairs without review %.1f, all labelled by hand %.1f "
            "(%.0f min)\n",
            100 * r.labelled_only, 100 * r.no_review, 100 * r.all_by_hand, r.all_by_hand_minutes);
        std::printf("%-20s %9s %8s %s\n", "strategy", "spearman", "aurc", "doctor-level");
        for (const auto& s : r.strategies) {
            std::string reached = s.curve.empty() ? "-" : "not reached";
            if (s.doctor_level)
                reached = std::to_string(s.doctor_level->decisions) + " decisions, " +
                          std::to_string(static_cast<int>(s.doctor_level->minutes + 0.5)) + " min";
            std::printf("%-20s %+9.3f %8.4f %s\n", s.name.c_str(), s.spearman, s.aurc, reached.c_str());
        }
        std::printf("report: %s (%.0f s, %d trainings of S)\n", (r.report_dir / "report.md").string().c_str(),
                    r.seconds, r.trainings);
        std::printf("%s\n", r.last_line.c_str());
    });
}

}  // namespace mipr::cli
