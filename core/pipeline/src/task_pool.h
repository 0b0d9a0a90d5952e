// Independent jobs run on a few threads, the costliest first (the experiment's fresh S trainings).
#pragma once

#include <cstdint>
#include <functional>
#include <stop_token>
#include <vector>

namespace mipr::pipeline::detail {

struct PoolTask {
    std::int64_t cost;  ///< e.g. training samples: the costliest start first
    std::function<void(const std::stop_token&)> run;
};

/// Runs every task on `workers` threads (1: in the calling thread; at most one per task is
/// useful). With more than one, each thread gets its share of the intra-op threads, and the count
/// is restored afterwards. The first task to throw, or the caller's stop, stops the others (their
/// stop token); then the stop is thrown as Cancelled, or else the first error is rethrown.
void run_tasks(std::vector<PoolTask> tasks, int workers, const std::stop_token& stop);

}  // namespace mipr::pipeline::detail
