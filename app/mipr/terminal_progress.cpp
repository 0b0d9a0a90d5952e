// Terminal progress bar (see terminal_progress.h).
#include "terminal_progress.h"

#include "mipr/common/platform.h"

#include <cmath>
#include <cstdio>

namespace mipr::cli {

std::string format_duration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) return "--:--";
    const long s = std::lround(seconds);
    char buf[32];
    if (s >= 3600) {
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    } else {
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    }
    return buf;
}

TerminalProgress::TerminalProgress(bool quiet) : tty_(platform::stderr_is_terminal()), quiet_(quiet) {}

TerminalProgress::~TerminalProgress() {
    finish();
}

void TerminalProgress::finish() {
    if (open_line_) {
        std::fputc('\n', stderr);
        open_line_ = false;
    }
}

void TerminalProgress::operator()(const Progress& p) {
    if (quiet_) return;
    const auto now = std::chrono::steady_clock::now();
    if (p.stage != stage_) {
        finish();
        stage_ = p.stage;
        stage_start_ = now;
        last_draw_ = {};
        last_message_.clear();
    }
    const bool final_report = p.total > 0 && p.done >= p.total;
    const double elapsed = std::chrono::duration<double>(now - stage_start_).count();
    const double fraction = p.total > 0 ? static_cast<double>(p.done) / static_cast<double>(p.total) : 0.0;
    const double eta = fraction > 0 ? elapsed * (1.0 - fraction) / fraction : NAN;
    const bool has_loss = p.loss != 0.0 && std::isfinite(p.loss);

    if (tty_) {
        if (!final_report && now - last_draw_ < std::chrono::milliseconds(100)) return;
        last_draw_ = now;
        constexpr int width = 28;
        const int filled = static_cast<int>(fraction * width);
        std::string bar(static_cast<std::size_t>(filled), '#');
        bar.append(static_cast<std::size_t>(width - filled), '.');
        char loss[32] = "";
        if (has_loss) std::snprintf(loss, sizeof loss, " loss %.4f", p.loss);
        std::fprintf(stderr, "\r%-9s [%s] %3d%% %s%s  %s elapsed, ETA %s\x1b[K", p.stage.c_str(), bar.c_str(),
                     static_cast<int>(fraction * 100), p.message.c_str(), loss,
                     format_duration(elapsed).c_str(), format_duration(eta).c_str());
        std::fflush(stderr);
        open_line_ = true;
        if (final_report) finish();
        return;
    }
    // Not a terminal: one line per new message (an epoch, a batch of files) at most every 2 s.
    if (!final_report && (p.message == last_message_ || now - last_draw_ < std::chrono::seconds(2))) return;
    last_draw_ = now;
    last_message_ = p.message;
    std::fprintf(stderr, "%s: %lld/%lld %s%s%s, %s elapsed, ETA %s\n", p.stage.c_str(),
                 static_cast<long long>(p.done), static_cast<long long>(p.total), p.message.c_str(),
                 has_loss ? " loss " : "", has_loss ? std::to_string(p.loss).c_str() : "",
                 format_duration(elapsed).c_str(), format_duration(eta).c_str());
}

}  // namespace mipr::cli
