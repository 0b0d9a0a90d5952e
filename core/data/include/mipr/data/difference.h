// SPDX-License-Identifier: GPL-3.0-or-later
// What G changed: |x' − x_u| per pixel, and a label's border band and shape, for the review
// studio (its difference pane and error-map overlay) and the quality signals of pairs. No Qt,
// no Torch.
#pragma once

#include <opencv2/core/mat.hpp>

namespace mipr::data {

/// |x' − x_u| (mean over the channels) as CV_32FC1 in [0, 1], at x''s size: x_u (RGB, any size)
/// is brought to the generated image's size first, because an upscaled x' would differ from x_u
/// everywhere by its blur, hiding the regions where G actually moved pixels.
cv::Mat difference_map(const cv::Mat& real_rgb, const cv::Mat& generated_rgb);

/// The difference map coloured for display (inferno), RGB CV_8UC3 at `size`, on a fixed scale
/// (0 .. 96/255 over the colour map) so that maps of different cases compare.
cv::Mat difference_heat_map(const cv::Mat& difference, cv::Size size);

/// The band of `radius` pixels on either side of a binary mask's border (CV_8UC1 0/255).
cv::Mat border_band(const cv::Mat& mask, int radius);

struct MaskShape {
    double area = 0;          ///< lesion fraction of the image, [0, 1]
    double irregularity = 0;  ///< perimeter² / (4π area) of the largest region: 1 for a disc; 0 when empty
    int components = 0;       ///< connected regions (8-connected)
};
MaskShape mask_shape(const cv::Mat& mask);

/// Dice of two binary masks of one size (non-zero = lesion); 1 when both are empty.
double mask_dice(const cv::Mat& a, const cv::Mat& b);

}  // namespace mipr::data
