#include "mipr/ui/common/image_pyramid.h"

#include <QPainter>
#include <QRect>

#include <algorithm>
#include <cmath>

namespace mipr::ui {

ImagePyramid ImagePyramid::build(const QImage& image, int minSide) {
    ImagePyramid pyramid;
    if (image.isNull()) return pyramid;
    pyramid.levels_.push_back(image);
    QImage level = image;
    while (std::min(level.width(), level.height()) / 2 >= minSide) {
        // Qt's smooth downscale averages the source pixels (a box filter), so each level is a
        // proper half-resolution copy of the previous one.
        level = level.scaled(level.width() / 2, level.height() / 2, Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation);
        pyramid.levels_.push_back(level);
    }
    return pyramid;
}

int ImagePyramid::levelFor(double scale) const {
    int index = 0;
    for (int i = 1; i < levelCount(); ++i) {
        const double levelScale = double(levels_[i].width()) / double(base().width());
        if (levelScale < scale) break;
        index = i;
    }
    return index;
}

void ImagePyramid::setDisplayScale(double scale) {
    display_ = QImage();
    displayScale_ = 0.0;
    if (isNull() || scale <= 0.0 || scale >= 1.0) return;  // zoomed in: nearest-neighbour is cheap
    const QImage& from = levels_[levelFor(scale)];
    const QSize size(qRound(base().width() * scale), qRound(base().height() * scale));
    if (size.isEmpty()) return;
    display_ = from.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    displayScale_ = scale;
}

void ImagePyramid::draw(QPainter& painter, const QRect& source, double scale) const {
    if (isNull() || source.isEmpty()) return;
    const QTransform t = painter.transform();
    if (!display_.isNull() && scale == displayScale_ && t.type() <= QTransform::TxScale) {
        // The prepared copy: blit it at the device position of the image's origin (whole pixels,
        // as the fit offsets are). The painter's clip limits the work to the exposed region.
        painter.save();
        painter.resetTransform();
        painter.drawImage(QPointF(std::round(t.dx()), std::round(t.dy())), display_);
        painter.restore();
        return;
    }
    const int index = levelFor(scale);
    const QImage& image = levels_[index];
    const double sx = double(image.width()) / double(base().width());
    const double sy = double(image.height()) / double(base().height());
    const QRectF levelSource(source.x() * sx, source.y() * sy, source.width() * sx, source.height() * sy);
    painter.save();
    // Zoomed in: nearest-neighbour, each pixel a crisp square. Zoomed out: bilinear from a
    // level at most twice the displayed size.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1.0);
    painter.drawImage(QRectF(source), image, levelSource);
    painter.restore();
}

}  // namespace mipr::ui
