// What the `mipr` subcommands share: option validators and common options, the --config file,
// opening a project to change it (under its writer lock), and the lines info and check print.
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "mipr/common/error.h"
#include "mipr/pipeline/seg_jobs.h"
#include "mipr/project/project.h"
#include "mipr/project/project_lock.h"

namespace mipr::cli {

/// A number from lo to hi; NaN and infinities are refused (CLI::Range lets NaN through).
CLI::Validator finite_in(double lo, double hi);

/// More intra-op threads than this only stall a machine.
constexpr int kMaxThreads = 256;

/// The options of every command that computes (device, threads, precision, seed, --config).
struct Common {
    std::string device = "auto";
    int threads = 0;
    std::string precision = "auto";
    unsigned long long seed = 0;
    std::string config;
    bool quiet = false;

    pipeline::ComputeOptions compute() const { return {device, threads, precision}; }
};

/// --device, --threads, --precision and --quiet.
void add_compute_options(CLI::App* cmd, Common& c);

/// A value of a --config file, with a message naming the file and the key on a wrong type.
template <class T>
T config_value(const nlohmann::json& cfg, const std::string& file, const char* key, const T& fallback) {
    if (!cfg.contains(key)) return fallback;
    try {
        return cfg.at(key).get<T>();
    } catch (const nlohmann::json::exception&) {
        const std::string got = cfg.at(key).dump();
        throw InputError(file, std::string("key \"") + key + "\": expected " +
                                   (std::is_same_v<T, bool>       ? "true or false"
                                    : std::is_floating_point_v<T> ? "a number"
                                    : std::is_integral_v<T>       ? "a whole number"
                                                                  : "a string") +
                                   ", got " + (got.size() > 40 ? got.substr(0, 37) + "..." : got));
    }
}

/// The --config file as a JSON object (an empty object without one); InputError naming it otherwise.
nlohmann::json read_config(const std::string& file);

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
