// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_support.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "mipr/pipeline/logging.h"

namespace mipr::cli {

using nlohmann::json;

CLI::Validator finite_in(double lo, double hi) {
    auto text = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", v);
        return std::string(buf);
    };
    return CLI::Validator(
        [=](std::string& s) -> std::string {
            double v = 0;
            try {
                std::size_t used = 0;
                v = std::stod(s, &used);
                if (used != s.size()) return "'" + s + "' is not a number";
            } catch (const std::exception&) {
                return "'" + s + "' is not a number";
            }
            if (!std::isfinite(v) || v < lo || v > hi)
                return "must be a number from " + text(lo) + " to " + text(hi) + ", not " + s;
            return {};
        },
        "NUMBER in [" + text(lo) + ", " + text(hi) + "]");
}

void add_compute_options(CLI::App* cmd, Common& c) {
    cmd->add_option("--device", c.device, "auto | cpu | cuda | cuda:N")->capture_default_str();
    cmd->add_option("--threads", c.threads, "intra-op CPU threads (0 = one per core)")
        ->capture_default_str()
        ->check(CLI::Range(0, kMaxThreads));
    cmd->add_option(
           "--precision", c.precision,
           "auto (bfloat16 + channels-last on CUDA, float32 on the CPU) | fp32 | mixed | channels-last")
        ->check(CLI::IsMember({"auto", "fp32", "mixed", "channels-last"}))
        ->capture_default_str();
    cmd->add_flag("-q,--quiet", c.quiet, "no progress output");
    c.command = cmd;
}

namespace {

/// The --config file as a JSON text; InputError naming it when it cannot be read.
std::string read_config(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file, "cannot open the configuration file");
    std::ostringstream text;
    text << in.rdbuf();
    if (text.str().size() > 1024 * 1024)
        throw InputError(file, "a configuration file of over 1 MiB is not one");
    return text.str();
}

}  // namespace

void add_settings_options(CLI::App* cmd, SettingsArgs& a) {
    std::vector<std::string> names = pipeline::Settings::preset_names();
    std::string list;
    for (const auto& n : names)
        list += (list.empty() ? "" : " | ") + n;
    cmd->add_option("--preset", a.preset, list + " (`mipr settings --preset NAME` shows one)")
        ->capture_default_str()
        ->check(CLI::IsMember(names));
    cmd->add_option("--config", a.config,
                    "JSON file of settings, nested ({\"seg\": {\"epochs\": 20}}) or with dotted keys "
                    "({\"seg.epochs\": 20}); `mipr settings` lists every key");
    cmd->add_option("--set", a.assignments, "KEY=VALUE: one setting (repeatable), e.g. --set gan.epochs=10")
        ->allow_extra_args(false);
    cmd->add_flag("--print-settings", a.print, "print the settings as JSON (a --config file) and exit");
}

pipeline::Settings resolve_settings(const SettingsArgs& a, const Common& common,
                                    const std::function<void(pipeline::Settings&)>& flags) {
    auto s = pipeline::Settings::preset_named(a.preset);
    if (!a.config.empty()) {
        try {
            s.apply_json(read_config(a.config));
            s.validate();
        } catch (const InputError& e) {
            if (!e.file().empty()) throw;
            throw InputError(a.config, e.reason());
        }
    }
    for (const auto& assignment : a.assignments) {
        const auto [key, value] = pipeline::split_assignment(assignment);
        try {
            s.set(key, value);
        } catch (const InputError& e) {
            throw InputError("--set " + assignment + ": " + e.reason());
        }
    }
    if (flags) flags(s);
    if (common.command != nullptr) {
        if (common.command->count("--device") > 0) s.set("compute.device", common.device);
        if (common.command->count("--threads") > 0) s.set("compute.threads", std::to_string(common.threads));
        if (common.command->count("--precision") > 0) s.set("compute.precision", common.precision);
    }
    s.validate();
    return s;
}

void log_to_terminal() {
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    sink->set_level(spdlog::level::warn);
    sink->set_pattern("mipr: %l: %v");
    pipeline::add_log_sink(sink);
}

std::string percent(double mean, double sd) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f ± %.2f", 100.0 * mean, 100.0 * sd);
    return buf;
}

void print_counts(const project::Project& p) {
    const auto c = p.counts();
    std::printf(
        "images: %d labelled, %d unlabelled, %d test (%d in all); %d with a pseudo-label; %d model(s)\n",
        c.labeled, c.unlabeled, c.test, c.labeled + c.unlabeled + c.test, c.with_pseudo, c.models);
}

project::Project open_to_change(const std::string& dir, const std::string& holder,
                                std::optional<project::ProjectLock>& lock) {
    if (!project::Project::exists(dir)) return project::Project::open(dir);  // its message
    lock.emplace(project::ProjectLock::acquire(dir, holder));
    auto p = project::Project::open(dir);
    pipeline::attach_project_log(p.root());
    spdlog::info("{} opened the project to change it", holder);
    // Holding the lock, no write is in progress: temporaries are an interrupted write's leftovers.
    p.remove_leftover_temporaries();
    return p;
}

std::vector<std::string> unfinished_notes(const project::Project& p) {
    std::vector<std::string> out;
    std::string numbers;
    for (const auto& it : p.iterations())
        if (it.status != "done") numbers += (numbers.empty() ? "" : ", ") + std::to_string(it.number);
    if (!numbers.empty())
        out.push_back("unfinished iteration(s) " + numbers +
                      " (running, or interrupted): their pairs stay out of exports, training and counts "
                      "until `mipr run` completes them");
    const auto unreferenced = p.unreferenced_files();
    if (!unreferenced.empty())
        out.push_back(std::to_string(unreferenced.size()) + " file(s) no record refers to, e.g. " +
                      unreferenced.front().string() +
                      ": left by an interrupted write; a rerun of the interrupted command writes them again");
    const auto temporaries = p.leftover_temporaries();
    if (!temporaries.empty())
        out.push_back(std::to_string(temporaries.size()) + " temporary file(s), e.g. " +
                      temporaries.front().string() +
                      ": a write in progress, or left by an interrupted one; the next command that changes "
                      "the project removes them");
    return out;
}

}  // namespace mipr::cli
