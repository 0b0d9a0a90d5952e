// Geometric augmentation applied jointly to images and masks: random horizontal / vertical
// flips and 90° rotations, drawn per sample from a seeded generator (reproducible runs).
#pragma once

#include <cstdint>
#include <random>

#include <torch/types.h>

namespace mipr::engine {

struct AugmentOptions {
    bool flips = true;
    bool rotate90 = true;  ///< requires square inputs; skipped otherwise
};

/// `images` [N,C,H,W], `masks` [N,1,H,W]; returns augmented copies (same device).
std::pair<torch::Tensor, torch::Tensor> augment_batch(const torch::Tensor& images, const torch::Tensor& masks,
                                                      std::mt19937_64& rng,
                                                      const AugmentOptions& options = {});

}  // namespace mipr::engine
