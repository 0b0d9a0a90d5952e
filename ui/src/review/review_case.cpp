#include "mipr/ui/review/review_case.h"

#include "common/qt_paths.h"

#include <QCoreApplication>

#include <algorithm>
#include <exception>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "common/cv_qimage.h"
#include "mipr/data/difference.h"
#include "mipr/data/image_io.h"

namespace mipr::ui {

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
    c.pairId = item.pair_id;
    c.name = QString::fromStdString(item.image_name);
    cv::Mat real;
    try {
        real = data::load_image_rgb8(item.image_path);
    } catch (const std::exception& e) {
        c.error = QString::fromStdString(e.what());
        return c;
    }
    c.real = rgbMatToImage(real);
    c.realPyramid = ImagePyramid::build(c.real);

    const QString maskPath = toQString(item.reviewed_mask_path());
    try {
        cv::Mat mask = data::load_mask(item.reviewed_mask_path());
        if (mask.size() != real.size()) {
            c.warnings << QCoreApplication::translate(
                              "mipr::ui::ReviewCase",
                              "%1: the label is %2 × %3 px, the image %4 × %5 px; resized to the image")
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

    if (!item.generated_path.empty()) {
        try {
            const cv::Mat generated = data::load_image_rgb8(item.generated_path);
            c.generated = rgbMatToImage(data::resize_image(generated, real.cols, real.rows));
            c.generatedPyramid = ImagePyramid::build(c.generated);
            const cv::Mat difference = data::difference_map(real, generated);
            c.meanDifference = cv::mean(difference)[0] * 255.0;
            c.difference = rgbMatToImage(data::difference_heat_map(difference, real.size()));
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
