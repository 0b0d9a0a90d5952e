// SPDX-License-Identifier: GPL-3.0-or-later
#include "mipr/data/difference.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <numbers>
#include <stdexcept>
#include <vector>

namespace mipr::data {

cv::Mat difference_map(const cv::Mat& real_rgb, const cv::Mat& generated_rgb) {
    if (real_rgb.empty() || generated_rgb.empty() || real_rgb.type() != CV_8UC3 ||
        generated_rgb.type() != CV_8UC3)
        throw std::invalid_argument("difference_map: two RGB 8-bit images expected");
    cv::Mat small;
    if (real_rgb.size() == generated_rgb.size())
        small = real_rgb;
    else
        cv::resize(real_rgb, small, generated_rgb.size(), 0, 0, cv::INTER_AREA);
    cv::Mat diff;
    cv::absdiff(small, generated_rgb, diff);
    cv::Mat grey;
    cv::transform(diff, grey, cv::Matx13f(1.f / 3, 1.f / 3, 1.f / 3));  // CV_8UC1, rounded
    cv::Mat out;
    grey.convertTo(out, CV_32F, 1.0 / 255.0);
    return out;
}

cv::Mat difference_heat_map(const cv::Mat& difference, cv::Size size) {
    cv::Mat scaled;
    difference.convertTo(scaled, CV_8U, 255.0 * 255.0 / 96.0);
    cv::Mat big;
    cv::resize(scaled, big, size, 0, 0, cv::INTER_LINEAR);
    cv::Mat colour;
    cv::applyColorMap(big, colour, cv::COLORMAP_INFERNO);  // BGR
    cv::cvtColor(colour, colour, cv::COLOR_BGR2RGB);
    return colour;
}

cv::Mat border_band(const cv::Mat& mask, int radius) {
    const int r = std::max(1, radius);
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, {2 * r + 1, 2 * r + 1});
    cv::Mat binary = mask > 0, grown, shrunk;
    cv::dilate(binary, grown, kernel);
    cv::erode(binary, shrunk, kernel, {-1, -1}, 1, cv::BORDER_CONSTANT, cv::Scalar(255));
    return grown & ~shrunk;
}

MaskShape mask_shape(const cv::Mat& mask) {
    MaskShape s;
    const cv::Mat binary = mask > 0;
    const double pixels = static_cast<double>(binary.total());
    if (pixels == 0) return s;
    s.area = cv::countNonZero(binary) / pixels;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(binary.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    cv::Mat labels;
    s.components = cv::connectedComponents(binary, labels, 8) - 1;
    double best_area = 0, best_perimeter = 0;
    for (const auto& c : contours) {
        const double a = cv::contourArea(c);
        if (a > best_area) {
            best_area = a;
            best_perimeter = cv::arcLength(c, true);
        }
    }
    if (best_area > 0) s.irregularity = best_perimeter * best_perimeter / (4 * std::numbers::pi * best_area);
    return s;
}

double mask_dice(const cv::Mat& a, const cv::Mat& b) {
    if (a.size() != b.size()) throw std::invalid_argument("mask_dice: masks of different sizes");
    const cv::Mat ba = a > 0, bb = b > 0;
    const double na = cv::countNonZero(ba), nb = cv::countNonZero(bb);
    if (na + nb == 0) return 1.0;
    return 2.0 * cv::countNonZero(ba & bb) / (na + nb);
}

}  // namespace mipr::data
