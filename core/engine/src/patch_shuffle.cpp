// Patch shuffle as tensor ops on the patch grid: view the covered region as [C, K, ph, K, pw],
// bring the K*K patches to the front, gather them in permuted order, and fold back. No per-pixel
// loops, and everything stays on the input's device.
#include "mipr/engine/patch_shuffle.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

namespace mipr::engine {
namespace {

void check_choices(const std::vector<int>& k_choices) {
    if (k_choices.empty()) throw std::invalid_argument("patch shuffle: no grid sizes to draw from");
    for (const int k : k_choices)
        if (k < 1)
            throw std::invalid_argument("patch shuffle: grid size K must be >= 1, got " + std::to_string(k));
}

void check_permutation(int k, const std::vector<int>& permutation) {
    if (k < 1)
        throw std::invalid_argument("patch shuffle: grid size K must be >= 1, got " + std::to_string(k));
    const auto n = static_cast<std::size_t>(k) * static_cast<std::size_t>(k);
    std::vector<bool> seen(n, false);
    bool ok = permutation.size() == n;
    for (std::size_t i = 0; ok && i < permutation.size(); ++i) {
        const int p = permutation[i];
        ok = p >= 0 && static_cast<std::size_t>(p) < n && !seen[static_cast<std::size_t>(p)];
        if (ok) seen[static_cast<std::size_t>(p)] = true;
    }
    if (!ok)
        throw std::invalid_argument("patch shuffle: not a permutation of the " + std::to_string(n) +
                                    " patches");
}

// Shuffle without re-validating; `index` is the permutation as a Long tensor on x's device.
torch::Tensor shuffle_chw(const torch::Tensor& x, int k, const torch::Tensor& index) {
    const int64_t c = x.size(0);
    const int64_t ph = x.size(1) / k;
    const int64_t pw = x.size(2) / k;
    auto out = x.clone();
    if (k == 1 || ph == 0 || pw == 0) return out;  // identity, or a grid with empty patches
    const int64_t hc = ph * k;
    const int64_t wc = pw * k;
    auto core = x.slice(1, 0, hc).slice(2, 0, wc);
    auto patches =
        core.reshape({c, k, ph, k, pw}).permute({1, 3, 0, 2, 4}).reshape({int64_t{k} * k, c, ph, pw});
    auto moved = patches.index_select(0, index).reshape({k, k, c, ph, pw}).permute({2, 0, 3, 1, 4});
    out.slice(1, 0, hc).slice(2, 0, wc).copy_(moved.reshape({c, hc, wc}));
    return out;
}

torch::Tensor index_tensor(const std::vector<int>& permutation, const torch::Device& device) {
    std::vector<int64_t> idx(permutation.begin(), permutation.end());
    return torch::tensor(idx, torch::kLong).to(device);
}

void check_batch(const torch::Tensor& images, const char* what) {
    if (images.dim() != 4)
        throw std::invalid_argument(std::string("patch shuffle: expected ") + what + " [N,C,H,W], got " +
                                    c10::str(images.sizes()));
}

}  // namespace

PatchShuffleDraw draw_patch_shuffle(std::mt19937_64& rng, const std::vector<int>& k_choices) {
    check_choices(k_choices);
    std::uniform_int_distribution<std::size_t> pick(0, k_choices.size() - 1);
    PatchShuffleDraw draw;
    draw.k = k_choices[pick(rng)];
    draw.permutation.resize(static_cast<std::size_t>(draw.k) * static_cast<std::size_t>(draw.k));
    std::iota(draw.permutation.begin(), draw.permutation.end(), 0);
    std::shuffle(draw.permutation.begin(), draw.permutation.end(), rng);
    return draw;
}

torch::Tensor patch_shuffle_with(const torch::Tensor& image_chw, int k, const std::vector<int>& permutation) {
    if (image_chw.dim() != 3)
        throw std::invalid_argument("patch shuffle: expected an image [C,H,W], got " +
                                    c10::str(image_chw.sizes()));
    check_permutation(k, permutation);
    return shuffle_chw(image_chw, k, index_tensor(permutation, image_chw.device()));
}

torch::Tensor patch_shuffle(const torch::Tensor& images, std::mt19937_64& rng,
                            const std::vector<int>& k_choices) {
    check_batch(images, "images");
    check_choices(k_choices);
    std::vector<torch::Tensor> out;
    out.reserve(static_cast<std::size_t>(images.size(0)));
    for (int64_t i = 0; i < images.size(0); ++i) {
        const auto draw = draw_patch_shuffle(rng, k_choices);
        out.push_back(shuffle_chw(images[i], draw.k, index_tensor(draw.permutation, images.device())));
    }
    return out.empty() ? images.clone() : torch::stack(out);
}

std::pair<torch::Tensor, torch::Tensor> patch_shuffle_pair(const torch::Tensor& images,
                                                           const torch::Tensor& masks, std::mt19937_64& rng,
                                                           const std::vector<int>& k_choices) {
    check_batch(images, "images");
    check_batch(masks, "masks");
    if (masks.size(0) != images.size(0) || masks.size(2) != images.size(2) || masks.size(3) != images.size(3))
        throw std::invalid_argument("patch shuffle: images " + c10::str(images.sizes()) + " and masks " +
                                    c10::str(masks.sizes()) + " differ in batch or spatial size");
    check_choices(k_choices);
    std::vector<torch::Tensor> xs, ys;
    xs.reserve(static_cast<std::size_t>(images.size(0)));
    ys.reserve(static_cast<std::size_t>(images.size(0)));
    for (int64_t i = 0; i < images.size(0); ++i) {
        const auto draw = draw_patch_shuffle(rng, k_choices);
        xs.push_back(shuffle_chw(images[i], draw.k, index_tensor(draw.permutation, images.device())));
        ys.push_back(shuffle_chw(masks[i], draw.k, index_tensor(draw.permutation, masks.device())));
    }
    if (xs.empty()) return {images.clone(), masks.clone()};
    return {torch::stack(xs), torch::stack(ys)};
}

}  // namespace mipr::engine
