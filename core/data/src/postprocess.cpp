// Probability map to clean binary mask (see postprocess.h).
//
// Order: threshold, opening, closing, largest component, hole filling, minimum area. The
// morphology runs first because opening can split a region and closing can merge two; choosing
// the largest component and filling holes afterwards guarantees the result really is one region
// without holes whenever those steps are on.
#include "mipr/data/postprocess.h"

#include <stdexcept>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace mipr::data {
namespace {

cv::Mat ellipse_kernel(int radius) {
    return cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * radius + 1, 2 * radius + 1));
}

// Keeps the largest 8-connected foreground region; ties go to the first in raster order.
cv::Mat largest_component(const cv::Mat& mask) {
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
    if (n <= 2) return mask;  // background plus at most one region
    int best = 1;
    for (int i = 2; i < n; ++i)
        if (stats.at<int>(i, cv::CC_STAT_AREA) > stats.at<int>(best, cv::CC_STAT_AREA)) best = i;
    return labels == best;
}

// A hole is background not 4-connected to the image border (4-connectivity for background is
// the dual of 8-connectivity for the foreground). Flood-fills the outside from a 1-pixel frame.
cv::Mat fill_holes(const cv::Mat& mask) {
    cv::Mat padded;
    cv::copyMakeBorder(mask, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::floodFill(padded, cv::Point(0, 0), cv::Scalar(128), nullptr, cv::Scalar(0), cv::Scalar(0), 4);
    const cv::Mat inner = padded(cv::Rect(1, 1, mask.cols, mask.rows));
    return inner != 128;  // foreground and holes
}

}  // namespace

cv::Mat postprocess_probability(const cv::Mat& prob, const PostprocessOptions& options) {
    if (prob.empty() || prob.channels() != 1 || (prob.depth() != CV_32F && prob.depth() != CV_64F))
        throw std::invalid_argument("postprocess_probability: expected a non-empty single-channel float map");
    if (options.open_radius < 0 || options.close_radius < 0)
        throw std::invalid_argument("postprocess_probability: morphology radii must be >= 0");

    cv::Mat mask = prob > options.threshold;  // NaN compares false: background
    if (options.open_radius > 0)
        cv::morphologyEx(mask, mask, cv::MORPH_OPEN, ellipse_kernel(options.open_radius));
    if (options.close_radius > 0) {
        // Pads first so that closing near the border behaves as in the middle of the image.
        const int r = options.close_radius;
        cv::Mat padded;
        cv::copyMakeBorder(mask, padded, r, r, r, r, cv::BORDER_CONSTANT, cv::Scalar(0));
        cv::morphologyEx(padded, padded, cv::MORPH_CLOSE, ellipse_kernel(r));
        mask = padded(cv::Rect(r, r, mask.cols, mask.rows)).clone();
    }
    if (options.largest_component) mask = largest_component(mask);
    if (options.fill_holes) mask = fill_holes(mask);
    if (options.min_area_fraction > 0 &&
        cv::countNonZero(mask) < options.min_area_fraction * static_cast<double>(mask.total()))
        mask.setTo(0);
    return mask;
}

}  // namespace mipr::data
