// mipr: the headless MIPR Studio command. Parses the command line, runs one subcommand, maps
// errors to exit codes: 0 success, 1 error (message on stderr), 2 usage, 130 cancelled (Ctrl-C).
// Messages go through the log (spdlog): "mipr: error: ..." on the terminal, and into the
// project's logs/mipr.log for the commands that change a project.
#include "cli_support.h"
#include "commands.h"

#include "mipr/common/allocator.h"
#include "mipr/common/error.h"
#include "mipr/common/platform.h"

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <stop_token>
#include <string>

namespace {

/// Ctrl-C requests a stop instead of killing the process, so jobs end cleanly (nothing
/// half-written); a second one ends the process at once. (POSIX: SIGINT and SIGTERM; Windows:
/// Ctrl-C, Ctrl-Break and closing the console; see mipr::platform::on_interrupt.)
std::stop_source install_interrupt_handler() {
    static std::stop_source source;
    mipr::platform::on_interrupt([](int count) {
        if (count == 1) {
            spdlog::warn("stopping (press Ctrl-C again to abort at once)...");
            source.request_stop();
        } else {
            std::_Exit(130);
        }
    });
    return source;
}

/// What an unexpected error says to a user: its first lines, without the stack trace a
/// LibTorch error carries ("Exception raised from ... frame #0 ...").
std::string user_message(const char* what) {
    std::string text(what);
    if (const auto at = text.find("Exception raised from"); at != std::string::npos) text.resize(at);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    if (text.size() > 1000) text = text.substr(0, 997) + "...";
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    mipr::tune_allocator(argv);
    mipr::cli::log_to_terminal();
    const std::stop_source stop = install_interrupt_handler();
    CLI::App app{
        "mipr — MIPR Studio on the command line: automatic annotation of medical images with pixel "
        "rearrangement",
        "mipr"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "mipr 0.1.0");
    mipr::cli::add_commands(app, stop.get_token());
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    } catch (const mipr::Cancelled&) {
        spdlog::warn("cancelled; nothing half-written was kept");
        return 130;
    } catch (const mipr::InputError& e) {
        spdlog::error("{}", e.what());
        return 1;
    } catch (const std::exception& e) {
        spdlog::error("{}", user_message(e.what()));
        return 1;
    }
    return 0;
}
