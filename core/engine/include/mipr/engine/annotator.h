// The annotator's tensor work (ARCHITECTURE.md §1.4–1.5): rearrangement x' = G(x_u, t') and the
// scores of each pair — consistency Dice(S(x'), t'), S's mean confidence on x_u, and the L1 and
// SSIM distances of x' to x_u — plus the filter that holds pairs back. Post-processing of the
// probability map into t' is image work and lives in mipr_data.
#pragma once

#include <vector>

#include <c10/core/Device.h>
#include <torch/types.h>

#include "mipr/engine/generator.h"
#include "mipr/engine/unet.h"

namespace mipr::engine {

/// x' in [0,1] for images [N,3,H,W] in [0,1] and labels [N,1,H,W], in batches, on the CPU.
torch::Tensor rearrange(Generator& generator, const torch::Tensor& images01, const torch::Tensor& labels,
                        const c10::Device& device, int batch_size = 8);

struct PairScores {
    double consistency = 0;  ///< Dice(S(x') > 0.5, t') in [0,1]
    double confidence = 0;   ///< mean over pixels of max(p, 1 - p) of S on x_u, in [0.5,1]
    double l1 = 0;           ///< mean |x' - x_u| over pixels and channels, images in [0,1]
    double ssim = 0;         ///< SSIM (Gaussian window 11, sigma 1.5) on luminance, in [-1,1]
};

/// Scores each pair. `probabilities` are S's outputs on x_u ([N,1,H,W]).
std::vector<PairScores> score_pairs(UNet& segmenter, const torch::Tensor& images01,
                                    const torch::Tensor& labels, const torch::Tensor& generated01,
                                    const torch::Tensor& probabilities, const c10::Device& device,
                                    int batch_size = 8);

/// SSIM per image of [N,C,H,W] tensors in [0,1] (luminance), [N].
torch::Tensor ssim(const torch::Tensor& a01, const torch::Tensor& b01);

/// The filter's thresholds. Default-constructed it holds nothing back: the application's
/// defaults are the pipeline's (mipr/pipeline/settings.h), set in one place.
struct FilterThresholds {
    double min_consistency = 0.0;
    double min_confidence = 0.0;
    double max_l1 = 1.0;     ///< L1 of images in [0,1] is at most 1
    double min_ssim = -1.0;  ///< SSIM is at least -1
    /// At most this fraction of a set of pairs is kept (see select), in (0, 1]; 1 keeps every pair
    /// that passes the thresholds.
    double keep_fraction = 1.0;
};

/// True when the pair passes every threshold, false when it is held back (keep_fraction aside).
bool passes(const PairScores& scores, const FilterThresholds& thresholds);

/// The filter over one iteration's pairs: a pair is kept when it passes the thresholds and is among
/// the max(1, round(keep_fraction × scores.size())) pairs that pass with the highest confidence (S's
/// mean confidence on x_u; ties go to the earlier pair). Throws std::invalid_argument for a keep_fraction
/// outside (0, 1].
std::vector<bool> select(const std::vector<PairScores>& scores, const FilterThresholds& thresholds);

}  // namespace mipr::engine
