// A run's record in the project (schema v5): its settings when it starts, the figures of every
// completed epoch and iteration as it goes (from the progress reports that carry metrics), and
// how it ended. `mipr` and the studio both journal their runs this way, so the studio's curves
// come from the project, whichever process trains. Torch-free header.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "mipr/common/error.h"
#include "mipr/common/progress.h"
#include "mipr/project/project.h"

namespace mipr::pipeline {

class RunJournal {
public:
    /// Records a run of `kind` ("run", "experiment", "train-seg") with its settings in the
    /// project at `root`, through a connection of its own (the job may write from another
    /// thread at the same time). Throws InputError when the project cannot be written.
    RunJournal(const std::filesystem::path& root, const std::string& kind, const std::string& settings_json);
    RunJournal(const RunJournal&) = delete;
    RunJournal& operator=(const RunJournal&) = delete;
    /// A journal destroyed unfinished records the run as failed ("interrupted").
    ~RunJournal();

    std::int64_t id() const { return id_; }
    /// A progress callback that writes the figures of reports with metrics to the project, then
    /// passes every report on to `next`. Safe to call from several threads. A failure to write a
    /// figure is logged, never thrown into the job.
    ProgressFn wrap(ProgressFn next);
    /// done | stopped | failed, with a message (a summary, or what failed).
    void finish(const std::string& status, const std::string& message = {});

    /// Runs `job(progress)` with wrap(next) as its progress and records how it ended: done,
    /// stopped (Cancelled) or failed (any other error, which is rethrown, as Cancelled is).
    template <class Job>
    auto run(ProgressFn next, Job&& job) {
        try {
            auto result = job(wrap(std::move(next)));
            finish("done");
            return result;
        } catch (const Cancelled&) {
            finish("stopped", "stopped by the user");
            throw;
        } catch (const std::exception& e) {
            finish("failed", e.what());
            throw;
        }
    }

private:
    std::mutex mutex_;
    project::Project project_;
    std::int64_t id_ = 0;
    bool finished_ = false;
};

}  // namespace mipr::pipeline
