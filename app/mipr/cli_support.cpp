// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_support.h"

#include <cmath>
#include <cstdio>
#include <fstream>

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
}

json read_config(const std::string& file) {
    if (file.empty()) return json::object();
    std::ifstream in(file);
    if (!in) throw InputError(file, "cannot open the configuration file");
    try {
        json j = json::parse(in);
        if (!j.is_object()) throw InputError(file, "the configuration must be a JSON object");
        return j;
    } catch (const json::exception& e) {
        throw InputError(file, std::string("not valid JSON: ") + e.what());
    }
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
