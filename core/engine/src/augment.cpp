// Joint image/mask flips and 90° rotations, per sample.
#include "mipr/engine/augment.h"

namespace mipr::engine {

std::pair<torch::Tensor, torch::Tensor> augment_batch(const torch::Tensor& images, const torch::Tensor& masks,
                                                      std::mt19937_64& rng, const AugmentOptions& options) {
    const auto n = images.size(0);
    const bool square = images.size(2) == images.size(3);
    std::vector<torch::Tensor> xs, ys;
    xs.reserve(static_cast<std::size_t>(n));
    ys.reserve(static_cast<std::size_t>(n));
    std::uniform_int_distribution<int> coin(0, 1), quarter(0, 3);
    for (int64_t i = 0; i < n; ++i) {
        auto x = images[i];
        auto y = masks[i];
        std::vector<int64_t> flip_dims;
        if (options.flips) {
            if (coin(rng)) flip_dims.push_back(2);
            if (coin(rng)) flip_dims.push_back(1);
        }
        if (!flip_dims.empty()) {
            x = x.flip(flip_dims);
            y = y.flip(flip_dims);
        }
        if (options.rotate90 && square) {
            const int k = quarter(rng);
            if (k) {
                x = x.rot90(k, {1, 2});
                y = y.rot90(k, {1, 2});
            }
        }
        xs.push_back(x);
        ys.push_back(y);
    }
    return {torch::stack(xs), torch::stack(ys)};
}

}  // namespace mipr::engine
