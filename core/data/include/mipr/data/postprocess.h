// Post-processing of a probability map into a clean binary mask (ARCHITECTURE.md §1.3).
#pragma once

#include <opencv2/core/mat.hpp>

namespace mipr::data {

struct PostprocessOptions {
    double threshold = 0.5;         ///< probability above which a pixel is lesion
    bool largest_component = true;  ///< keep only the largest connected component
    bool fill_holes = true;
    int open_radius = 0;             ///< morphological opening radius in pixels (0 = off)
    int close_radius = 0;            ///< morphological closing radius in pixels (0 = off)
    double min_area_fraction = 0.0;  ///< masks with less lesion than this fraction become empty
};

/// `prob` is CV_32FC1 in [0, 1]; returns CV_8UC1 0/255.
cv::Mat postprocess_probability(const cv::Mat& prob, const PostprocessOptions& options = {});

}  // namespace mipr::data
