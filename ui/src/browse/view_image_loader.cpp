#include "mipr/ui/browse/view_image_loader.h"

#include "common/qt_paths.h"

#include <exception>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "common/cv_qimage.h"
#include "mipr/data/image_io.h"

namespace mipr::ui {

namespace {

MaskOverlay loadOverlay(const ImageEntry& entry, MaskChoice choice, const QSize& imageSize,
                        QStringList& warnings) {
    const QString path = entry.maskPath(choice);
    if (path.isEmpty()) return {};
    try {
        std::vector<std::string> notes;
        cv::Mat mask = data::load_mask(toPath(path), &notes);
        for (const auto& note : notes)
            warnings << QString::fromStdString(note);
        if (mask.cols != imageSize.width() || mask.rows != imageSize.height()) {
            warnings << QStringLiteral("%1: mask is %2×%3, image is %4×%5; resized to fit")
                            .arg(path)
                            .arg(mask.cols)
                            .arg(mask.rows)
                            .arg(imageSize.width())
                            .arg(imageSize.height());
            mask = data::resize_mask(mask, imageSize.width(), imageSize.height());
        }
        return MaskOverlay::build(greyMatToImage(mask), maskColour(choice));
    } catch (const std::exception& e) {
        warnings << QString::fromUtf8(e.what());
        return {};
    }
}

}  // namespace

ViewImage loadViewImage(const ImageEntry& entry, quint64 ticket) {
    ViewImage out;
    out.ticket = ticket;
    out.name = entry.name;
    try {
        out.image = rgbMatToImage(data::load_image_rgb8(toPath(entry.path)));
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
        return out;
    }
    out.pyramid = ImagePyramid::build(out.image);
    out.doctor = loadOverlay(entry, MaskChoice::doctor, out.image.size(), out.warnings);
    out.pseudo = loadOverlay(entry, MaskChoice::pseudo, out.image.size(), out.warnings);
    return out;
}

QImage loadThumbnail(const QString& path, QSize box) {
    const cv::Mat rgb = data::load_image_rgb8(toPath(path));
    const QSize fitted = QSize(rgb.cols, rgb.rows).scaled(box, Qt::KeepAspectRatio).expandedTo({1, 1});
    return rgbMatToImage(data::resize_image(rgb, fitted.width(), fitted.height()));
}

}  // namespace mipr::ui
