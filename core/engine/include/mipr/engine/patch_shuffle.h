// Patch-shuffle augmentation (paper §2.4, Fig. 3): each image is cut into K x K patches which are
// permuted; K is drawn per sample. K = 1 is the identity. The pixels are only moved: their
// multiset is preserved. Used on S's inputs (optionally) and on G's encoder input (always in
// training: "pixel rearrangement").
#pragma once

#include <random>
#include <utility>
#include <vector>

#include <torch/types.h>

namespace mipr::engine {

/// `images` [N,C,H,W]; `k_choices` the grid sizes to draw from (e.g. {1, 2, 4}). When H or W is
/// not a multiple of K, the patch grid covers the largest multiple and the remaining border
/// stays in place. Returns a new tensor (same device).
/// Throws std::invalid_argument for an empty `k_choices`, a K < 1 or a tensor that is not 4-D.
torch::Tensor patch_shuffle(const torch::Tensor& images, std::mt19937_64& rng,
                            const std::vector<int>& k_choices);

/// The same with one fixed K for every sample and a given permutation of the K*K patches (row
/// major): for tests and for reproducing a shuffle. Patch i of the result is patch
/// `permutation[i]` of the input. Throws std::invalid_argument unless `permutation` is a
/// permutation of 0 .. K*K-1.
torch::Tensor patch_shuffle_with(const torch::Tensor& image_chw, int k, const std::vector<int>& permutation);

/// One sample's draw: K uniformly from `k_choices`, then a uniform permutation of the K*K patches
/// (std::shuffle with `rng`). This is the draw `patch_shuffle` makes per sample, in order.
struct PatchShuffleDraw {
    int k = 1;
    std::vector<int> permutation{0};
};
PatchShuffleDraw draw_patch_shuffle(std::mt19937_64& rng, const std::vector<int>& k_choices);

/// Joint variant for (image, mask) pairs: `images` [N,C,H,W] and `masks` [N,Cm,H,W] receive the
/// same K and the same permutation per sample, so the pair stays aligned. Makes the same draws
/// as `patch_shuffle(images, rng, k_choices)`.
std::pair<torch::Tensor, torch::Tensor> patch_shuffle_pair(const torch::Tensor& images,
                                                           const torch::Tensor& masks, std::mt19937_64& rng,
                                                           const std::vector<int>& k_choices);

}  // namespace mipr::engine
