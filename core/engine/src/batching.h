// Batch helpers shared by the engine's trainers and inference loops (private to the engine).
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include <torch/types.h>

namespace mipr::engine::detail {

/// Rows order[begin, end) of `images` and `masks`, for one training step.
inline std::pair<torch::Tensor, torch::Tensor> take_batch(const torch::Tensor& images,
                                                          const torch::Tensor& masks,
                                                          std::vector<int64_t>& order, int64_t begin,
                                                          int64_t end) {
    const auto index = torch::from_blob(order.data() + begin, {end - begin}, torch::kLong).clone();
    return {images.index_select(0, index), masks.index_select(0, index)};
}

/// Applies `fn(begin, end)` to consecutive slices of n rows and concatenates the results.
template <typename Fn>
torch::Tensor map_batches(int64_t n, int batch_size, Fn&& fn) {
    std::vector<torch::Tensor> out;
    for (int64_t begin = 0; begin < n; begin += batch_size)
        out.push_back(fn(begin, std::min<int64_t>(begin + batch_size, n)));
    return out.empty() ? torch::Tensor() : torch::cat(out, 0);
}

}  // namespace mipr::engine::detail
