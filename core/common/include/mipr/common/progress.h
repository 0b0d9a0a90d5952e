// Progress reporting and cancellation for long core jobs. Core jobs never touch Qt: they take
// a std::stop_token and a callback, and the caller decides how to show progress.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace mipr {

struct Progress {
    std::string stage;       ///< e.g. "train-seg", "predict", "import"
    std::int64_t done = 0;   ///< units finished
    std::int64_t total = 0;  ///< units in all (0 = unknown)
    double loss = 0.0;       ///< last loss, when the stage has one
    std::string message;     ///< free text (an epoch summary, a file name)
    int iteration = 0;       ///< the MIPR iteration the report belongs to (0: none)
    /// Figures of a completed epoch (stage train-seg, train-gan) or iteration (stage "iteration"),
    /// by name, e.g. {"loss", 0.31}, {"dice", 0.84}; `epoch` says which epoch. Such a report is
    /// never dropped by rate limiting: it is what training curves are drawn from.
    std::vector<std::pair<std::string, double>> metrics;
    int epoch = 0;
};

using ProgressFn = std::function<void(const Progress&)>;

/// Calls `fn` at most every `interval`, except for the final report (done == total) and reports
/// with metrics, which are always delivered. Rate limiting at the source keeps GUIs and terminals responsive.
class RateLimitedProgress {
public:
    RateLimitedProgress(ProgressFn fn, std::chrono::milliseconds interval = std::chrono::milliseconds(50))
        : fn_(std::move(fn)), interval_(interval) {}
    void operator()(const Progress& p) {
        if (!fn_) return;
        const auto now = std::chrono::steady_clock::now();
        const bool final_report = p.total > 0 && p.done >= p.total;
        if (final_report || !p.metrics.empty() || now - last_ >= interval_) {
            last_ = now;
            fn_(p);
        }
    }

private:
    ProgressFn fn_;
    std::chrono::milliseconds interval_;
    std::chrono::steady_clock::time_point last_{};
};

inline void throw_if_stopped(const std::stop_token& st);

}  // namespace mipr

#include "mipr/common/error.h"

inline void mipr::throw_if_stopped(const std::stop_token& st) {
    if (st.stop_requested()) throw Cancelled();
}
