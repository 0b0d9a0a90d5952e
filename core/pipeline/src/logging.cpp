#include "mipr/pipeline/logging.h"

#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <system_error>

namespace fs = std::filesystem;

namespace mipr::pipeline {
namespace {

std::shared_ptr<spdlog::sinks::dist_sink_mt>& router() {
    static auto sink = std::make_shared<spdlog::sinks::dist_sink_mt>();
    return sink;
}

std::mutex& file_mutex() {
    static std::mutex m;
    return m;
}

std::shared_ptr<spdlog::sinks::sink>& project_file() {
    static std::shared_ptr<spdlog::sinks::sink> sink;
    return sink;
}

}  // namespace

void init_logging() {
    static std::once_flag once;
    std::call_once(once, [] {
        auto logger = std::make_shared<spdlog::logger>("mipr", router());
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
    });
}

void add_log_sink(std::shared_ptr<spdlog::sinks::sink> sink) {
    init_logging();
    router()->add_sink(std::move(sink));
}

void remove_log_sink(const std::shared_ptr<spdlog::sinks::sink>& sink) {
    router()->remove_sink(sink);
}

bool attach_project_log(const fs::path& root) {
    init_logging();
    const std::lock_guard lock(file_mutex());
    if (project_file()) {
        router()->remove_sink(project_file());
        project_file().reset();
    }
    std::error_code ec;
    const fs::path dir = root / "logs";
    if (fs::is_symlink(dir, ec) || (fs::exists(dir, ec) && !fs::is_directory(dir, ec))) {
        spdlog::warn("{}: not a folder of the project (a link, or a file): the log stays out of it",
                     dir.string());
        return false;
    }
    fs::create_directories(dir, ec);
    const fs::path file = dir / "mipr.log";
    if (ec || fs::is_symlink(file, ec) || (fs::exists(file, ec) && !fs::is_regular_file(file, ec))) {
        spdlog::warn("{}: cannot be used for the log", file.string());
        return false;
    }
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.string(), 5 * 1024 * 1024, 3);
        sink->set_pattern("%Y-%m-%d %H:%M:%S.%e %l [%t] %v");
        project_file() = sink;
        router()->add_sink(sink);
    } catch (const spdlog::spdlog_ex& e) {
        spdlog::warn("{}: cannot write the log: {}", file.string(), e.what());
        return false;
    }
    return true;
}

void detach_project_log() {
    const std::lock_guard lock(file_mutex());
    if (!project_file()) return;
    router()->remove_sink(project_file());
    project_file()->flush();
    project_file().reset();
}

}  // namespace mipr::pipeline
