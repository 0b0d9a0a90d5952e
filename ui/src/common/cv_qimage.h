// Conversions between OpenCV matrices (the core's image type) and QImage. Private to mipr_ui so
// that OpenCV stays out of the library's public headers.
#pragma once

#include <QImage>

#include <opencv2/core/mat.hpp>

namespace mipr::ui {

/// CV_8UC3 in RGB order -> QImage::Format_RGB32 (a deep copy).
QImage rgbMatToImage(const cv::Mat& rgb);
/// CV_8UC1 -> QImage::Format_Grayscale8 (a deep copy).
QImage greyMatToImage(const cv::Mat& grey);
/// QImage (any format) -> CV_8UC1 grey (a deep copy).
cv::Mat imageToGreyMat(const QImage& image);

}  // namespace mipr::ui
