// OpenCV ⇄ LibTorch conversions. Tensors made from cv::Mat memory are cloned so that they
// outlive the Mat (STYLE.md, LibTorch).
#include "tensors.h"

#include <opencv2/imgproc.hpp>

#include <cstring>
#include <stdexcept>

namespace mipr::pipeline {

torch::Tensor rgb_to_tensor(const cv::Mat& rgb) {
    if (rgb.type() != CV_8UC3) throw std::invalid_argument("rgb_to_tensor: expected CV_8UC3");
    const cv::Mat m = rgb.isContinuous() ? rgb : rgb.clone();
    auto t = torch::from_blob(const_cast<unsigned char*>(m.ptr<unsigned char>()), {m.rows, m.cols, 3},
                              torch::kUInt8);
    return t.permute({2, 0, 1}).to(torch::kFloat).div_(255.0).contiguous();
}

torch::Tensor mask_to_tensor(const cv::Mat& mask) {
    if (mask.type() != CV_8UC1) throw std::invalid_argument("mask_to_tensor: expected CV_8UC1");
    const cv::Mat m = mask.isContinuous() ? mask : mask.clone();
    auto t = torch::from_blob(const_cast<unsigned char*>(m.ptr<unsigned char>()), {1, m.rows, m.cols},
                              torch::kUInt8);
    return t.gt(0).to(torch::kFloat).contiguous();
}

cv::Mat probability_to_mat(const torch::Tensor& prob) {
    auto p = prob.to(torch::kCPU).to(torch::kFloat).contiguous();
    if (p.dim() == 3) p = p.squeeze(0);
    if (p.dim() != 2) throw std::invalid_argument("probability_to_mat: expected [1,H,W] or [H,W]");
    cv::Mat m(static_cast<int>(p.size(0)), static_cast<int>(p.size(1)), CV_32FC1);
    std::memcpy(m.data, p.data_ptr<float>(), sizeof(float) * static_cast<std::size_t>(p.numel()));
    return m;
}

cv::Mat probability_at(const torch::Tensor& prob, cv::Size size) {
    cv::Mat m = probability_to_mat(prob);
    cv::resize(m, m, size, 0, 0, cv::INTER_LINEAR);
    return m;
}

}  // namespace mipr::pipeline
