// Helpers shared by the mask-editing tests (test_mask_delta.cpp, test_mask_edit.cpp): hand-made
// masks, comparisons, and readable QCOMPARE output for OpenCV types.
#pragma once

#include <QtTest>

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "mipr/data/mask_edit.h"

using namespace mipr::data;

// Readable QCOMPARE failures (found by argument-dependent lookup).
namespace cv {
inline char* toString(const Rect& r) {
    return QTest::toString(QString("Rect(%1, %2, %3×%4)").arg(r.x).arg(r.y).arg(r.width).arg(r.height));
}
inline char* toString(const Point& p) {
    return QTest::toString(QString("Point(%1, %2)").arg(p.x).arg(p.y));
}
}  // namespace cv

Q_DECLARE_METATYPE(cv::Rect)
Q_DECLARE_METATYPE(cv::Point)
Q_DECLARE_METATYPE(cv::Size)
Q_DECLARE_METATYPE(std::vector<cv::Point>)

namespace mask_test {

inline cv::Mat blank(int w = 40, int h = 30) {
    return cv::Mat(h, w, CV_8UC1, cv::Scalar(0));
}

inline bool is_binary(const cv::Mat& m) {
    return m.type() == CV_8UC1 && cv::countNonZero((m != 0) & (m != 255)) == 0;
}

inline bool same(const cv::Mat& a, const cv::Mat& b) {
    return a.size() == b.size() && a.type() == b.type() && cv::countNonZero(a != b) == 0;
}

// Tight box of the pixels where a and b differ, by a plain scan (independent of the code under test).
inline cv::Rect diff_box(const cv::Mat& a, const cv::Mat& b) {
    int x0 = a.cols, y0 = a.rows, x1 = -1, y1 = -1;
    for (int y = 0; y < a.rows; ++y)
        for (int x = 0; x < a.cols; ++x)
            if (a.at<uchar>(y, x) != b.at<uchar>(y, x)) {
                x0 = std::min(x0, x);
                y0 = std::min(y0, y);
                x1 = std::max(x1, x);
                y1 = std::max(y1, y);
            }
    return x1 < 0 ? cv::Rect() : cv::Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
}

// Distance from pixel `p` to the segment a–b.
inline double distance_to_segment(cv::Point p, cv::Point a, cv::Point b) {
    const cv::Point2d ab = b - a, ap = p - a;
    const double len2 = ab.dot(ab);
    const double t = len2 == 0 ? 0.0 : std::clamp(ap.dot(ab) / len2, 0.0, 1.0);
    return cv::norm(cv::Point2d(p) - (cv::Point2d(a) + t * ab));
}

inline bool contains(cv::Rect outer, cv::Rect inner) {
    return inner.empty() || (outer & inner) == inner;
}

inline uchar at(const cv::Mat& m, int x, int y) {
    return m.at<uchar>(y, x);
}

// A deterministic irregular 0/255 mask: blurred noise, thresholded.
inline cv::Mat noise_mask(int w, int h, int seed) {
    cv::RNG rng(static_cast<uint64>(seed));
    cv::Mat f(h, w, CV_32FC1);
    rng.fill(f, cv::RNG::UNIFORM, 0.0, 1.0);
    cv::GaussianBlur(f, f, cv::Size(0, 0), 2.0);
    return f > 0.5;
}

// One stroke step: a dab at `centre`, recorded as a delta from the state before.
inline MaskDelta dab_step(cv::Mat& mask, cv::Point centre, int radius, bool value) {
    const cv::Mat before = mask.clone();
    const cv::Rect changed = paint_dab(mask, centre, radius, value);
    return MaskDelta::between(before, mask, changed);
}

}  // namespace mask_test

using namespace mask_test;
