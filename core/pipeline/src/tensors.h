// Conversions between OpenCV images/masks and LibTorch tensors (private to the pipeline).
#pragma once

#include <torch/types.h>

#include <opencv2/core/mat.hpp>

namespace mipr::pipeline {

/// RGB CV_8UC3 → float [3,H,W] in [0,1] (owns its memory).
torch::Tensor rgb_to_tensor(const cv::Mat& rgb);
/// CV_8UC1 0/255 → float [1,H,W] in {0,1} (owns its memory).
torch::Tensor mask_to_tensor(const cv::Mat& mask);
/// float [1,H,W] or [H,W] probability → CV_32FC1 (a copy).
cv::Mat probability_to_mat(const torch::Tensor& prob);
/// The same, resized (bilinear) to an image's own size: S works at its input size, masks and
/// scores live at the image's.
cv::Mat probability_at(const torch::Tensor& prob, cv::Size size);

}  // namespace mipr::pipeline
