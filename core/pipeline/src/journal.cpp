#include "mipr/pipeline/journal.h"

#include <spdlog/spdlog.h>

#include <exception>

namespace mipr::pipeline {

RunJournal::RunJournal(const std::filesystem::path& root, const std::string& kind,
                       const std::string& settings_json)
    : project_(project::Project::open(root, project::Project::Access::read_write)) {
    id_ = project_.begin_run(kind, settings_json);
    spdlog::info("run {} ({}) started", id_, kind);
}

RunJournal::~RunJournal() {
    if (finished_) return;
    try {
        finish("failed", "interrupted");
    } catch (const std::exception& e) {
        spdlog::warn("run {}: could not record its end: {}", id_, e.what());
    }
}

ProgressFn RunJournal::wrap(ProgressFn next) {
    return [this, next = std::move(next)](const Progress& p) {
        if (!p.metrics.empty()) {
            try {
                const std::lock_guard lock(mutex_);
                project_.add_run_metrics(id_, p.iteration, p.stage, p.epoch, p.metrics);
            } catch (const std::exception& e) {
                spdlog::warn("run {}: figures of {} epoch {} not recorded: {}", id_, p.stage, p.epoch,
                             e.what());
            }
        }
        if (next) next(p);
    };
}

void RunJournal::finish(const std::string& status, const std::string& message) {
    const std::lock_guard lock(mutex_);
    if (finished_) return;
    finished_ = true;
    project_.finish_run(id_, status, message);
    if (status == "failed") {
        spdlog::error("run {} failed: {}", id_, message);
    } else {
        spdlog::info("run {} {}{}{}", id_, status, message.empty() ? "" : ": ", message);
    }
}

}  // namespace mipr::pipeline
