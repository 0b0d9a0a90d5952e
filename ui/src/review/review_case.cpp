#include "mipr/ui/review/review_case.h"

#include "common/qt_paths.h"

#include <QCoreApplication>

#include <algorithm>
#include <exception>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "common/cv_qimage.h"
#include "mipr/data/image_io.h"

namespace mipr::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("mipr::ui::ReviewCase", text);
}

// The difference is computed where x' was made (model resolution): an upscaled x' would differ
// from x_u everywhere by its blur, hiding the regions where G actually moved pixels. Fixed scale
// (0..96 grey levels over the colour map) so maps of different cases compare.
cv::Mat differenceHeatMap(const cv::Mat& realRgb, const cv::Mat& generatedRgb, double* mean) {
    cv::Mat small;
    cv::resize(realRgb, small, generatedRgb.size(), 0, 0, cv::INTER_AREA);
    cv::Mat diff;
    cv::absdiff(small, generatedRgb, diff);
    cv::Mat grey;
    cv::transform(diff, grey, cv::Matx13f(1.f / 3, 1.f / 3, 1.f / 3));
    *mean = cv::mean(grey)[0];
    cv::Mat scaled;
    grey.convertTo(scaled, CV_8U, 255.0 / 96.0);
    cv::Mat big;
    cv::resize(scaled, big, realRgb.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat colour;
    cv::applyColorMap(big, colour, cv::COLORMAP_INFERNO);  // BGR
    cv::cvtColor(colour, colour, cv::COLOR_BGR2RGB);
    return colour;
}

}  // namespace

QColor reviewLabelColour() {
    return QColor(255, 145, 0);
}

qint64 ReviewCase::bytes() const {
    auto img = [](const QImage& i) { return qint64(i.sizeInBytes()); };
    auto pyr = [](const ImagePyramid& p) {
        qint64 n = 0;
        for (int l = 0; l < p.levelCount(); ++l)
            n += p.level(l).sizeInBytes();
        return n;
    };
    return img(real) + pyr(realPyramid) + img(generated) + pyr(generatedPyramid) + img(difference) +
           pyr(differencePyramid) + img(label) + 2 * img(label) * 4;
}

double reviewFitScale(QSize pane, QSize image) {
    constexpr int kFitMargin = 4;
    if (image.isEmpty() || pane.isEmpty()) return 1.0;
    const double w = std::max(1, pane.width() - 2 * kFitMargin);
    const double h = std::max(1, pane.height() - 2 * kFitMargin);
    return std::clamp(std::min(w / image.width(), h / image.height()), 0.02, 64.0);
}

ReviewCase loadReviewCase(const ReviewItem& item, QSize pane) {
    ReviewCase c;
    c.pairId = item.pairId;
    c.name = item.imageName;
    cv::Mat real;
    try {
        real = data::load_image_rgb8(toPath(item.imagePath));
    } catch (const std::exception& e) {
        c.error = QString::fromStdString(e.what());
        return c;
    }
    c.real = rgbMatToImage(real);
    c.realPyramid = ImagePyramid::build(c.real);

    const QString maskPath = item.reviewedMaskPath();
    try {
        cv::Mat mask = data::load_mask(toPath(maskPath));
        if (mask.size() != real.size()) {
            c.warnings << tr("%1: the label is %2 × %3 px, the image %4 × %5 px; resized to the image")
                              .arg(maskPath)
                              .arg(mask.cols)
                              .arg(mask.rows)
                              .arg(real.cols)
                              .arg(real.rows);
            mask = data::resize_mask(mask, real.cols, real.rows);
        }
        c.label = greyMatToImage(mask);
    } catch (const std::exception& e) {
        c.warnings << QString::fromStdString(e.what());
        c.label = QImage(c.real.size(), QImage::Format_Grayscale8);
        c.label.fill(0);
    }
    c.labelOverlay = MaskOverlay::build(c.label, reviewLabelColour());

    if (!item.generatedPath.isEmpty()) {
        try {
            const cv::Mat generated = data::load_image_rgb8(toPath(item.generatedPath));
            c.generated = rgbMatToImage(data::resize_image(generated, real.cols, real.rows));
            c.generatedPyramid = ImagePyramid::build(c.generated);
            c.difference = rgbMatToImage(differenceHeatMap(real, generated, &c.meanDifference));
            c.differencePyramid = ImagePyramid::build(c.difference);
        } catch (const std::exception& e) {
            c.warnings << QString::fromStdString(e.what());
        }
    }
    if (!pane.isEmpty()) {
        const double scale = reviewFitScale(pane, c.real.size());
        c.realPyramid.setDisplayScale(scale);
        c.generatedPyramid.setDisplayScale(scale);
        c.differencePyramid.setDisplayScale(scale);
    }
    return c;
}

}  // namespace mipr::ui
