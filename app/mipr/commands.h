// The `mipr` subcommands (ARCHITECTURE.md §6). Each shares its code path with the studio: the
// work is done by mipr_pipeline / mipr_project / mipr_data; this file only parses and prints.
#pragma once

#include <stop_token>

namespace CLI {
class App;
}

namespace mipr::cli {

/// Registers every subcommand on `app`. `stop` is requested on Ctrl-C.
void add_commands(CLI::App& app, std::stop_token stop);

/// `mipr review` (review_command.cpp).
void add_review(CLI::App& app);
/// `mipr signals` and `mipr simulate-review` (simulate_command.cpp).
void add_signals(CLI::App& app, std::stop_token stop);
void add_simulate_review(CLI::App& app, std::stop_token stop);

}  // namespace mipr::cli
