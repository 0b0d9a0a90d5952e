#include "common/cv_qimage.h"

#include <stdexcept>

#include <opencv2/core.hpp>

namespace mipr::ui {

QImage rgbMatToImage(const cv::Mat& rgb) {
    if (rgb.empty()) return {};
    if (rgb.type() != CV_8UC3) throw std::invalid_argument("rgbMatToImage: expected CV_8UC3");
    const QImage view(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888);
    // RGB32 draws several times faster than RGB888 and the conversion copies the pixels.
    return view.convertToFormat(QImage::Format_RGB32);
}

QImage greyMatToImage(const cv::Mat& grey) {
    if (grey.empty()) return {};
    if (grey.type() != CV_8UC1) throw std::invalid_argument("greyMatToImage: expected CV_8UC1");
    const QImage view(grey.data, grey.cols, grey.rows, int(grey.step), QImage::Format_Grayscale8);
    return view.copy();
}

cv::Mat imageToGreyMat(const QImage& image) {
    if (image.isNull()) return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat view(grey.height(), grey.width(), CV_8UC1, const_cast<uchar*>(grey.constBits()),
                       size_t(grey.bytesPerLine()));
    return view.clone();
}

}  // namespace mipr::ui
