#include "mipr/ui/common/mask_overlay.h"

#include <QPainter>
#include <QPen>

#include <algorithm>
#include <vector>

namespace mipr::ui {

QColor maskColour(MaskChoice choice) {
    switch (choice) {
        case MaskChoice::doctor:
            return QColor(0, 229, 255);  // cyan
        case MaskChoice::pseudo:
            return QColor(170, 255, 0);  // lime
        case MaskChoice::none:
            break;
    }
    return QColor(255, 255, 255);
}

void drawMaskOutline(QPainter& painter, const QPainterPath& outline, const QColor& colour) {
    // Cosmetic pens keep the same on-screen width at every zoom. A dark halo under the coloured
    // line keeps it readable on light skin and on pale lesions alike. Square caps: the outline is
    // many short pixel-edge segments, and round caps would make the stroker build curves for each
    // of them (measured: most of a repaint's time).
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    QPen halo(QColor(0, 0, 0, 150), 3.5, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
    halo.setCosmetic(true);
    painter.setPen(halo);
    painter.drawPath(outline);
    QPen line(colour, 2.0, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
    line.setCosmetic(true);
    painter.setPen(line);
    painter.drawPath(outline);
    painter.restore();
}

QPainterPath traceMaskOutline(const QImage& maskImage) {
    QPainterPath path;
    if (maskImage.isNull()) return path;
    const QImage mask = maskImage.format() == QImage::Format_Grayscale8
                            ? maskImage
                            : maskImage.convertToFormat(QImage::Format_Grayscale8);
    const int w = mask.width();
    const int h = mask.height();
    auto inside = [&](int x, int y) {
        if (x < 0 || y < 0 || x >= w || y >= h) return false;
        return mask.constScanLine(y)[x] != 0;
    };
    // Horizontal edges lie between rows y-1 and y; a run of them becomes one segment.
    for (int y = 0; y <= h; ++y) {
        int start = -1;
        for (int x = 0; x <= w; ++x) {
            const bool edge = x < w && inside(x, y - 1) != inside(x, y);
            if (edge && start < 0) start = x;
            if (!edge && start >= 0) {
                path.moveTo(start, y);
                path.lineTo(x, y);
                start = -1;
            }
        }
    }
    // Vertical edges lie between columns x-1 and x; scanned row by row (cache friendly) while
    // remembering where each column's open run started.
    std::vector<int> runStart(size_t(w) + 1, -1);
    for (int y = 0; y <= h; ++y) {
        for (int x = 0; x <= w; ++x) {
            const bool edge = y < h && inside(x - 1, y) != inside(x, y);
            int& start = runStart[size_t(x)];
            if (edge && start < 0) start = y;
            if (!edge && start >= 0) {
                path.moveTo(x, start);
                path.lineTo(x, y);
                start = -1;
            }
        }
    }
    return path;
}

MaskOverlay MaskOverlay::build(const QImage& maskImage, const QColor& colour) {
    MaskOverlay overlay;
    if (maskImage.isNull()) return overlay;
    overlay.mask_ = maskImage.format() == QImage::Format_Grayscale8
                        ? maskImage
                        : maskImage.convertToFormat(QImage::Format_Grayscale8);
    overlay.colour_ = colour;

    QImage fill(overlay.mask_.size(), QImage::Format_ARGB32_Premultiplied);
    const QRgb on = colour.rgb() | 0xff000000u;
    int left = overlay.mask_.width(), top = overlay.mask_.height(), right = -1, bottom = -1;
    qint64 area = 0;
    for (int y = 0; y < overlay.mask_.height(); ++y) {
        const uchar* in = overlay.mask_.constScanLine(y);
        auto* out = reinterpret_cast<QRgb*>(fill.scanLine(y));
        for (int x = 0; x < overlay.mask_.width(); ++x) {
            if (in[x]) {
                out[x] = on;
                ++area;
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            } else {
                out[x] = 0;
            }
        }
    }
    overlay.area_ = area;
    if (area > 0) overlay.bounds_ = QRect(QPoint(left, top), QPoint(right, bottom));
    overlay.fill_ = ImagePyramid::build(fill);
    overlay.outline_ = traceMaskOutline(overlay.mask_);
    return overlay;
}

void MaskOverlay::paint(QPainter& painter, const QRect& source, double scale, OverlayStyle style,
                        double opacity) const {
    if (isNull() || area_ == 0 || opacity <= 0.0) return;
    // The outline's stroke reaches a little beyond the mask's pixels.
    if (!bounds_.adjusted(-2, -2, 2, 2).intersects(source)) return;
    painter.save();
    painter.setOpacity(painter.opacity() * opacity);
    if (style == OverlayStyle::fill) {
        fill_.draw(painter, source, scale);
    } else {
        drawMaskOutline(painter, outline_, colour_);
    }
    painter.restore();
}

}  // namespace mipr::ui
