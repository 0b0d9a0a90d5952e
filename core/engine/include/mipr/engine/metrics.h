// Segmentation metrics as the paper defines them (§3.1): DSC = 2TP / (FP + 2TP + FN) and
// ACC = (TP + TN) / (TP + FP + TN + FN), per image, then mean ± std over images.
#pragma once

#include <cstdint>
#include <vector>

namespace mipr::engine {

struct Confusion {
    std::int64_t tp = 0, fp = 0, tn = 0, fn = 0;
    /// DSC; 1 when both prediction and truth are empty (nothing to find, nothing found).
    double dice() const;
    double accuracy() const;
};

/// Counts over two binary masks of equal length (non-zero = lesion).
Confusion confusion(const std::uint8_t* prediction, const std::uint8_t* truth, std::size_t n);

struct MeanStd {
    double mean = 0.0;
    double std = 0.0;  ///< population standard deviation over the values
};
MeanStd mean_std(const std::vector<double>& values);

}  // namespace mipr::engine
