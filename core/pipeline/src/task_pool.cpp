#include "task_pool.h"

#include "mipr/common/progress.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace mipr::pipeline::detail {

void run_tasks(std::vector<PoolTask> tasks, int workers, const std::stop_token& stop) {
    std::stable_sort(tasks.begin(), tasks.end(),
                     [](const PoolTask& a, const PoolTask& b) { return a.cost > b.cost; });
    workers = std::max(1, workers);
    const int threads = at::get_num_threads();
    std::stop_source failed;  // one task's error (or the caller's stop) stops the others
    std::stop_callback forward(stop, [&] { failed.request_stop(); });
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::exception_ptr error;
    const auto work = [&] {
        if (workers > 1) at::set_num_threads(std::max(1, threads / workers));
        try {
            for (std::size_t i; (i = next++) < tasks.size() && !failed.stop_requested();)
                tasks[i].run(failed.get_token());
        } catch (...) {
            std::lock_guard lock(mutex);
            if (!error) error = std::current_exception();
            failed.request_stop();
        }
    };
    if (workers == 1) {
        work();
    } else {
        std::vector<std::jthread> pool;
        for (int w = 0; w < workers; ++w)
            pool.emplace_back(work);
        pool.clear();  // joins
        at::set_num_threads(threads);
    }
    throw_if_stopped(stop);
    if (error) std::rethrow_exception(error);
}

}  // namespace mipr::pipeline::detail
