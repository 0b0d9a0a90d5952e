// A mip-map of an image (full size, 1/2, 1/4, ...) so that zoomed-out views are drawn from a
// level at most twice the displayed size with bilinear filtering: smooth, without the aliasing
// of a large bilinear step, and without rescaling the whole image at every zoom step.
#pragma once

#include <QImage>
#include <QVector>

class QPainter;
class QRect;

namespace mipr::ui {

class ImagePyramid {
public:
    ImagePyramid() = default;
    /// Builds the levels (thread-safe: runs in workers). Stops below `minSide` pixels.
    static ImagePyramid build(const QImage& image, int minSide = 64);

    bool isNull() const { return levels_.isEmpty(); }
    int levelCount() const { return int(levels_.size()); }
    const QImage& level(int index) const { return levels_.at(index); }
    const QImage& base() const { return levels_.at(0); }
    /// The coarsest level still at least as large as the image displayed at `scale`.
    int levelFor(double scale) const;

    /// Adds a copy scaled by exactly `scale` (box-filtered; call it in a worker): drawing at that
    /// scale is then a plain copy of pixels, not a resampling at every paint. One at a time.
    void setDisplayScale(double scale);
    double displayScale() const { return displayScale_; }
    /// Draws `source` (a rectangle in base-image pixels) into the same rectangle of the
    /// painter's current coordinates, which map base-image pixels to the device at `scale`.
    /// Zoomed in (scale >= 1) uses nearest-neighbour, so pixels (and masks) stay crisp.
    void draw(QPainter& painter, const QRect& source, double scale) const;

private:
    QVector<QImage> levels_;
    QImage display_;
    double displayScale_ = 0.0;
};

}  // namespace mipr::ui
