// Loading what the image view shows (image, pyramid, doctor mask, pseudo-label) in a worker:
// a plain function from an ImageEntry to values, so it runs on any thread and tests call it.
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

#include "mipr/ui/browse/image_entry.h"
#include "mipr/ui/common/image_pyramid.h"
#include "mipr/ui/common/mask_overlay.h"

namespace mipr::ui {

struct ViewImage {
    quint64 ticket = 0;  ///< which request this answers; the view drops stale answers
    QString name;
    QImage image;  ///< RGB32
    ImagePyramid pyramid;
    MaskOverlay doctor;
    MaskOverlay pseudo;
    QString error;         ///< non-empty when the image itself could not be loaded
    QStringList warnings;  ///< e.g. a mask that could not be loaded (the image still shows)
};

/// Loads the image and its masks (a mask whose size differs from the image's is resized with
/// nearest-neighbour and reported in warnings). Never throws: errors go into `error`.
ViewImage loadViewImage(const ImageEntry& entry, quint64 ticket = 0);

/// Loads an image and scales it to fit in `box` keeping its aspect ratio (area filter).
/// Throws mipr::InputError naming the file.
QImage loadThumbnail(const QString& path, QSize box);

}  // namespace mipr::ui
