// SPDX-License-Identifier: GPL-3.0-or-later
// `mipr review`: the review decisions of the studio from a terminal or a script: list the pairs
// and the decisions, accept, reject, save an edited mask, undo. Each decision is committed (and
// printed) on its own, so an interrupted command loses none it reported; a decision that the
// pair already carries is not recorded twice, so rerunning a command completes it.
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "mipr/common/error.h"
#include "mipr/data/image_io.h"
#include "mipr/pipeline/review.h"
#include "mipr/project/project.h"

namespace mipr::cli {
namespace {

std::string default_reviewer() {
    for (const char* name : {"MIPR_REVIEWER", "USER", "USERNAME"})
        if (const char* v = std::getenv(name); v && *v) return v;
    return "reviewer";
}

std::string pair_label(const project::PairRecord& pair) {
    return "pair " + std::to_string(pair.id) + " (" + pair.image_name + ", iteration " +
           std::to_string(pair.iteration_number) + ")";
}

/// Prints a line and flushes it: a script that reads our output (or a kill) sees each committed
/// decision the moment it is committed.
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
void say(const char* format, ...) {
    va_list args;
    va_start(args, format);
    std::vprintf(format, args);
    va_end(args);
    std::fflush(stdout);
}

project::PairRecord pair_or_throw(const project::Project& p, std::int64_t id) {
    auto pair = p.pair(id);
    if (!pair)
        throw InputError(p.database_path(), "no pair with id " + std::to_string(id) + " in the project");
    return *pair;
}

void decide(project::Project& p, std::int64_t id, const std::string& status, const std::string& reviewer) {
    const auto pair = pair_or_throw(p, id);
    const auto latest = p.latest_decision(id);
    if (latest && latest->status == status && pair.status == status) {
        say("%s: already %s (decision %lld), nothing recorded\n", pair_label(pair).c_str(), status.c_str(),
            static_cast<long long>(latest->id));
        return;
    }
    const auto decision = p.decide(id, status, reviewer);
    say("%s: %s, decision %lld\n", pair_label(pair).c_str(), status.c_str(),
        static_cast<long long>(decision));
}

void edit(project::Project& p, const std::string& spec, const std::string& reviewer) {
    const auto eq = spec.find('=');
    std::int64_t id = 0;
    try {
        std::size_t used = 0;
        id = std::stoll(spec.substr(0, eq), &used);
        if (eq == std::string::npos || used != eq || eq + 1 == spec.size()) throw std::invalid_argument(spec);
    } catch (const std::exception&) {
        throw InputError("--edit " + spec + ": expected PAIR=MASK_FILE, e.g. --edit 12=corrected.png");
    }
    const std::string file = spec.substr(eq + 1);
    const auto pair = pair_or_throw(p, id);
    const auto image = p.image(pair.image_id);
    std::vector<std::string> warnings;
    const cv::Mat mask = data::load_mask(file, &warnings);
    for (const auto& w : warnings)
        spdlog::warn("{}", w);
    if (image) data::check_mask_size(mask, file, image->width, image->height);
    if (pipeline::edit_matches(p, id, mask)) {
        say("%s: already edited with this mask, nothing recorded\n", pair_label(pair).c_str());
        return;
    }
    const auto saved = pipeline::save_edit(p, id, mask, reviewer);
    say("%s: edited (%s), decision %lld\n", pair_label(pair).c_str(),
        saved.path.lexically_relative(p.root()).string().c_str(), static_cast<long long>(saved.decision_id));
}

void list_pairs(const project::Project& p, const std::string& status) {
    say("%-6s %-9s %-28s %-9s %11s %10s\n", "pair", "iteration", "image", "status", "consistency",
        "confidence");
    for (const auto& pair : p.pairs()) {
        if (!status.empty() && pair.status != status) continue;
        say("%-6lld %-9d %-28s %-9s %11.4f %10.4f%s\n", static_cast<long long>(pair.id),
            pair.iteration_number, pair.image_name.c_str(), pair.status.c_str(), pair.consistency,
            pair.confidence, pair.iteration_done ? "" : "  (iteration unfinished)");
    }
}

void list_decisions(const project::Project& p) {
    say("%-8s %-6s %-9s %-9s %-16s %s\n", "decision", "pair", "from", "to", "reviewer", "decided at");
    for (const auto& d : p.decisions())
        say("%-8lld %-6lld %-9s %-9s %-16s %s%s\n", static_cast<long long>(d.id),
            static_cast<long long>(d.pair_id), d.previous_status.c_str(), d.status.c_str(),
            d.reviewer.c_str(), d.decided_at.c_str(),
            d.undone_at.empty() ? "" : ("  undone " + d.undone_at).c_str());
}

}  // namespace

void add_review(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "review",
        "list pairs and decisions; accept, reject or edit pairs; undo a decision (as in the studio)");
    struct Args {
        std::string project, reviewer = default_reviewer(), status;
        bool list = false, decisions = false;
        std::vector<std::int64_t> accept, reject, undo;
        std::vector<std::string> edits;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("PROJECT", a->project, "project folder")->required();
    cmd->add_flag("--list", a->list, "list the pairs (with --status S: only those)");
    cmd->add_option("--status", a->status, "with --list: pending | held | accepted | rejected | edited")
        ->check(CLI::IsMember({"pending", "held", "accepted", "rejected", "edited"}));
    cmd->add_flag("--decisions", a->decisions, "list every decision, oldest first");
    cmd->add_option("--accept", a->accept, "accept these pairs (ids, comma-separated)")->delimiter(',');
    cmd->add_option("--reject", a->reject, "reject these pairs")->delimiter(',');
    cmd->add_option(
        "--edit", a->edits,
        "PAIR=MASK_FILE: the reviewer's corrected mask (0/255 PNG, the image's size) replaces the "
        "pair's pseudo-label");
    cmd->add_option("--undo", a->undo, "undo these decisions (each must be its pair's newest)")
        ->delimiter(',');
    cmd->add_option("--reviewer", a->reviewer, "name recorded with each decision")->capture_default_str();
    cmd->callback([a] {
        const bool changes =
            !a->accept.empty() || !a->reject.empty() || !a->edits.empty() || !a->undo.empty();
        if (!changes && !a->list && !a->decisions)
            throw InputError("nothing to do: give --list, --decisions, --accept, --reject, --edit or --undo");
        if (a->reviewer.empty()) throw InputError("--reviewer: the name must not be empty");
        auto p = project::Project::open(
            a->project, changes ? project::Project::Access::read_write : project::Project::Access::read);
        for (const auto id : a->accept)
            decide(p, id, "accepted", a->reviewer);
        for (const auto id : a->reject)
            decide(p, id, "rejected", a->reviewer);
        for (const auto& spec : a->edits)
            edit(p, spec, a->reviewer);
        for (const auto id : a->undo) {
            p.undo_decision(id);
            say("decision %lld undone\n", static_cast<long long>(id));
        }
        if (a->list) list_pairs(p, a->status);
        if (a->decisions) list_decisions(p);
    });
}

}  // namespace mipr::cli
