// Progress on a terminal: a one-line bar with stage, counts, loss and ETA when stderr is a
// terminal; plain, rate-limited lines otherwise (logs, CI).
#pragma once

#include <chrono>
#include <string>

#include "mipr/common/progress.h"

namespace mipr::cli {

class TerminalProgress {
public:
    explicit TerminalProgress(bool quiet = false);
    ~TerminalProgress();
    void operator()(const Progress& p);
    /// Ends the bar's line (call before printing results).
    void finish();
    ProgressFn callback() {
        return [this](const Progress& p) { (*this)(p); };
    }

private:
    bool tty_;
    bool quiet_;
    bool open_line_ = false;
    std::string stage_;
    std::chrono::steady_clock::time_point stage_start_;
    std::chrono::steady_clock::time_point last_draw_{};
    std::string last_message_;
};

/// "1:05", "12:03:09"
std::string format_duration(double seconds);

}  // namespace mipr::cli
