// One review case loaded for display: the real image x_u, the generated image x' brought to
// x_u's size, the difference heat map of x' against x_u, and the label with its overlay. A plain
// function builds it from a ReviewItem in a worker (prefetch), so the GUI thread only swaps
// pointers when the reviewer moves on.
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

#include "mipr/ui/common/image_pyramid.h"
#include "mipr/ui/common/mask_overlay.h"
#include "mipr/ui/review/review_queue.h"

namespace mipr::ui {

struct ReviewCase {
    qint64 pairId = 0;
    QString name;
    QImage real;  ///< RGB32, the image's own size
    ImagePyramid realPyramid;
    QImage generated;  ///< RGB32 at real's size (linear upscale of x'); null when the pair has none
    ImagePyramid generatedPyramid;
    QImage difference;  ///< heat map (RGB32, real's size) of |x' − x_u| at x' resolution
    ImagePyramid differencePyramid;
    double meanDifference = 0.0;  ///< mean absolute difference, 0..255
    QImage label;                 ///< Grayscale8 0/255 at real's size: the mask under review
    MaskOverlay labelOverlay;
    QString error;  ///< the real image could not be loaded
    QStringList warnings;

    bool isNull() const { return real.isNull(); }
    /// Approximate memory held (for the prefetch cache's budget and the benchmark).
    qint64 bytes() const;
};

/// The colour of the label overlay in the review view (orange: distinct from the browser's
/// doctor cyan and pseudo-label lime, and readable on skin and on dark lesions).
QColor reviewLabelColour();

/// The zoom at which an image of `image` pixels fits a pane of `pane` pixels (the review view's
/// fit-to-window); the loader prepares its images at this zoom.
double reviewFitScale(QSize pane, QSize image);

/// Loads everything for `item`. Never throws: errors go into `error` / `warnings`. With a
/// non-empty `pane`, the images are also prepared at the zoom that fits them into it.
ReviewCase loadReviewCase(const ReviewItem& item, QSize pane = {});

}  // namespace mipr::ui
