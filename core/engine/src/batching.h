// Batch helpers shared by the engine's trainers and inference loops (private to the engine).
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include <torch/types.h>

#include "mipr/engine/oom.h"

namespace mipr::engine::detail {

/// Rows order[begin, end) of `images` and `masks`, for one training step.
inline std::pair<torch::Tensor, torch::Tensor> take_batch(const torch::Tensor& images,
                                                          const torch::Tensor& masks,
                                                          std::vector<int64_t>& order, int64_t begin,
                                                          int64_t end) {
    const auto index = torch::from_blob(order.data() + begin, {end - begin}, torch::kLong).clone();
    return {images.index_select(0, index), masks.index_select(0, index)};
}

/// Applies `fn(begin, end)` to consecutive slices of n rows and concatenates the results. Inference
/// only (fn must have no lasting effect): a slice that runs out of device memory is computed again
/// in slices of half the size, down to one row, and the smaller size is kept (oom.h).
template <typename Fn>
torch::Tensor map_batches(int64_t n, int batch_size, Fn&& fn) {
    std::vector<torch::Tensor> out;
    int64_t size = std::max(1, batch_size);
    for (int64_t begin = 0; begin < n;) {
        const int64_t end = std::min<int64_t>(begin + size, n);
        try {
            check_injected_out_of_memory(end - begin);
            out.push_back(fn(begin, end));
            begin = end;
        } catch (const std::exception& e) {
            if (!is_out_of_memory(e) || end - begin <= 1) throw;
            size = std::max<int64_t>(1, (end - begin) / 2);
            note_out_of_memory_retry();
        }
    }
    return out.empty() ? torch::Tensor() : torch::cat(out, 0);
}

}  // namespace mipr::engine::detail
