// A mask prepared for drawing over its image: a colour fill (with its own pyramid for zoomed-out
// views) and the outline as a path along pixel edges, both computed once per mask in a worker.
#pragma once

#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QRect>

#include "mipr/ui/browse/image_entry.h"
#include "mipr/ui/common/image_pyramid.h"

class QPainter;

namespace mipr::ui {

enum class OverlayStyle { fill, outline };

/// What the viewer overlays and how; computed by OverlayPresenter, consumed by ImageView.
struct OverlaySettings {
    bool visible = true;
    MaskChoice mask = MaskChoice::doctor;
    OverlayStyle style = OverlayStyle::fill;
    double opacity = 0.5;  ///< 0..1

    friend bool operator==(const OverlaySettings&, const OverlaySettings&) = default;
};

/// Overlay colours chosen to read well on skin tones: cyan for doctor masks, lime for
/// pseudo-labels (so the two kinds are never confused on screen).
QColor maskColour(MaskChoice choice);

/// The outline of a 0/255 Grayscale8 mask as a path of pixel edges (runs of collinear edges
/// merged into one segment), in image pixel coordinates.
QPainterPath traceMaskOutline(const QImage& mask);

/// Strokes a mask outline (from traceMaskOutline) in `colour` over a dark halo, with cosmetic
/// pens: the same width on screen at every zoom.
void drawMaskOutline(QPainter& painter, const QPainterPath& outline, const QColor& colour);

class MaskOverlay {
public:
    MaskOverlay() = default;
    /// Builds fill and outline from a Grayscale8 mask (nonzero = inside). Thread-safe.
    static MaskOverlay build(const QImage& mask, const QColor& colour);

    bool isNull() const { return mask_.isNull(); }
    QSize size() const { return mask_.size(); }
    const QImage& mask() const { return mask_; }
    const QPainterPath& outline() const { return outline_; }
    QColor colour() const { return colour_; }
    QRect boundingRect() const { return bounds_; }  ///< of the inside pixels
    qint64 area() const { return area_; }           ///< inside pixels

    /// Draws the part of the overlay inside `source` (image pixels). The painter maps image
    /// pixels to the device at `scale`.
    void paint(QPainter& painter, const QRect& source, double scale, OverlayStyle style,
               double opacity) const;

private:
    QImage mask_;
    ImagePyramid fill_;
    QPainterPath outline_;
    QColor colour_;
    QRect bounds_;
    qint64 area_ = 0;
};

}  // namespace mipr::ui
