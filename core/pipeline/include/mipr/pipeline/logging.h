// The log (issue 16): everything goes through spdlog's default logger, whose one sink routes
// to the sinks attached here: the terminal (`mipr`, warnings and errors), the studio's log pane,
// and a rotating file in the project (logs/mipr.log, 5 MiB, 3 files kept). Sinks may be added
// and removed while other threads log.
#pragma once

#include <filesystem>
#include <memory>

#include <spdlog/sinks/sink.h>

namespace mipr::pipeline {

/// Makes the router the default logger's sink (once; later calls do nothing). Level: info.
void init_logging();
void add_log_sink(std::shared_ptr<spdlog::sinks::sink> sink);
void remove_log_sink(const std::shared_ptr<spdlog::sinks::sink>& sink);

/// Also logs to <root>/logs/mipr.log (created), replacing the file of a project attached before.
/// Returns false, with a warning in the log, when the folder cannot be used: logs/ a link or
/// outside the project, or not writable. The project is untrusted: nothing is written elsewhere.
bool attach_project_log(const std::filesystem::path& root);
void detach_project_log();

}  // namespace mipr::pipeline
