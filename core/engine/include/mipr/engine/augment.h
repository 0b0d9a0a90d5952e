// Augmentation applied jointly to images and masks, drawn per sample from a seeded generator
// (reproducible runs): random horizontal / vertical flips and 90° rotations (on by default),
// and, when asked, a small random affine transform, colour jitter (image only) and patch shuffle.
#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include <torch/types.h>

namespace mipr::engine {

struct AugmentOptions {
    bool flips = true;
    bool rotate90 = true;  ///< requires square inputs; skipped otherwise

    /// Small affine: rotation, isotropic scale and translation drawn uniformly per sample. Image
    /// resampled bilinearly (border padding), mask nearest (zero padding: outside is background).
    bool affine = false;
    double max_rotate_deg = 15;   ///< angle in [-max, max] degrees
    double max_scale = 0.1;       ///< scale in [1 - max, 1 + max]; max in [0, 1)
    double max_translate = 0.05;  ///< shift in [-max, max] of the image size, per axis

    /// Colour jitter on the image only (masks untouched); factors drawn per sample as in
    /// torchvision's ColorJitter, applied in the order brightness, contrast, saturation, hue, and
    /// the result clamped to [0, 1]. Saturation and hue need 3 channels; skipped otherwise.
    bool colour_jitter = false;
    double brightness = 0.1;  ///< multiply by a factor in [1 - b, 1 + b]; b in [0, 1]
    double contrast = 0.1;    ///< blend with the mean grey level, factor in [1 - c, 1 + c]; c in [0, 1]
    double saturation = 0.1;  ///< blend with the grey image, factor in [1 - s, 1 + s]; s in [0, 1]
    double hue = 0.02;        ///< rotate chroma in YIQ by up to hue * 360°; hue in [0, 0.5]

    /// Patch-shuffle grid sizes K to draw from per sample (empty = off). The same permutation is
    /// applied to image and mask, so the pair stays consistent.
    std::vector<int> patch_shuffle_k{};

    /// Throws std::invalid_argument for values out of range.
    void validate() const;
};

/// `images` [N,C,H,W] floating point in [0,1], `masks` [N,1,H,W]; returns augmented copies (same
/// device). Steps in order: flips, rot90, affine, colour jitter, patch shuffle. Binary masks stay
/// exactly binary.
std::pair<torch::Tensor, torch::Tensor> augment_batch(const torch::Tensor& images, const torch::Tensor& masks,
                                                      std::mt19937_64& rng,
                                                      const AugmentOptions& options = {});

}  // namespace mipr::engine
