#include "mipr/ui/image_pyramid.h"

#include <QPainter>
#include <QRect>

#include <algorithm>

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

void ImagePyramid::draw(QPainter& painter, const QRect& source, double scale) const {
    if (isNull() || source.isEmpty()) return;
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
