// What the `mipr` subcommands share: option validators and common options, the --config file,
// opening a project to change it (under its writer lock), and the lines info and check print.
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "mipr/common/error.h"
#include "mipr/pipeline/journal.h"
#include "mipr/pipeline/seg_jobs.h"
#include "mipr/pipeline/settings.h"
#include "mipr/project/project.h"
#include "mipr/project/project_lock.h"

namespace mipr::cli {

/// A number from lo to hi; NaN and infinities are refused (CLI::Range lets NaN through).
CLI::Validator finite_in(double lo, double hi);

/// More intra-op threads than this only stall a machine.
constexpr int kMaxThreads = 256;

/// The options of every command that computes (device, threads, precision, quiet).
struct Common {
    std::string device = "auto";
    int threads = 0;
    std::string precision = "auto";
    bool quiet = false;
    CLI::App* command = nullptr;  ///< set by add_compute_options: which options were given

    pipeline::ComputeOptions compute() const { return {device, threads, precision}; }
};

/// The options of the commands that train (train-seg, run, experiment): where their settings come
/// from (pipeline::Settings), in this order: --preset, --config FILE, each --set KEY=VALUE, the
/// command's own flags, then --device / --threads / --precision when given.
struct SettingsArgs {
    std::string preset = "cpu";
    std::string config;
    std::vector<std::string> assignments;
    bool print = false;
};

/// --preset, --config, --set and --print-settings.
void add_settings_options(CLI::App* cmd, SettingsArgs& a);

/// The settings a command runs with, validated (InputError naming the key; for a value from the
/// --config file, the file too). `flags` applies the command's own flags.
pipeline::Settings resolve_settings(const SettingsArgs& a, const Common& common,
                                    const std::function<void(pipeline::Settings&)>& flags);

/// --device, --threads, --precision and --quiet.
void add_compute_options(CLI::App* cmd, Common& c);

/// Runs `job(progress)` as a run of the project journaled in it (its settings, curves, and how it
/// ended), its progress going on to `next`.
template <class Job>
auto journaled(const project::Project& p, const std::string& kind, const pipeline::Settings& s,
               ProgressFn next, Job&& job) {
    pipeline::RunJournal journal(p.root(), kind, s.to_json());
    return journal.run(std::move(next), std::forward<Job>(job));
}

/// Sends the log to the terminal (warnings and errors, as "mipr: warning: ...").
void log_to_terminal();

/// "mean ± sd" in percent, two decimals.
std::string percent(double mean, double sd);

/// The image counts line of `info`.
void print_counts(const project::Project& p);

/// Opens a project to change it, holding its writer lock for as long as `lock` lives: a second
/// writer (another `mipr` command, the studio) is refused with a message naming the holder.
project::Project open_to_change(const std::string& dir, const std::string& holder,
                                std::optional<project::ProjectLock>& lock);

/// Lines about unfinished work, if any: unfinished iterations, and temporary files an
/// interrupted write left (or a write in progress is making).
std::vector<std::string> unfinished_notes(const project::Project& p);

}  // namespace mipr::cli
