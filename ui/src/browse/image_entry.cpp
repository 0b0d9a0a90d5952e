#include "mipr/ui/browse/image_entry.h"

#include "common/qt_paths.h"

#include <QCoreApplication>

#include "mipr/project/project.h"

namespace mipr::ui {

bool ImageEntry::hasMask(MaskChoice choice) const {
    return !maskPath(choice).isEmpty();
}

QString ImageEntry::maskPath(MaskChoice choice) const {
    switch (choice) {
        case MaskChoice::doctor:
            return doctorMaskPath;
        case MaskChoice::pseudo:
            return pseudoMaskPath;
        case MaskChoice::none:
            break;
    }
    return {};
}

QVector<ImageEntry> readImageEntries(const project::Project& project) {
    using project::MaskKind;
    QVector<ImageEntry> entries;
    const auto images = project.images();
    entries.reserve(qsizetype(images.size()));
    for (const auto& image : images) {
        ImageEntry e;
        e.id = image.id;
        e.name = QString::fromStdString(image.name);
        e.path = toQString(image.path);
        e.width = image.width;
        e.height = image.height;
        e.split = image.split;
        // A reviewer's edit is a doctor annotation of the real image, and newer than the import.
        auto doctor = project.latest_mask(image.id, MaskKind::edited);
        if (!doctor) doctor = project.latest_mask(image.id, MaskKind::doctor);
        if (doctor) e.doctorMaskPath = toQString(doctor->path);
        if (const auto pseudo = project.latest_mask(image.id, MaskKind::pseudo)) {
            e.pseudoMaskPath = toQString(pseudo->path);
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

QString splitLabel(mipr::Split split) {
    switch (split) {
        case mipr::Split::labeled:
            return QCoreApplication::translate("mipr::ui", "Labelled");
        case mipr::Split::unlabeled:
            return QCoreApplication::translate("mipr::ui", "Unlabelled");
        case mipr::Split::test:
            return QCoreApplication::translate("mipr::ui", "Test");
    }
    return {};
}

QString statusText(const ImageEntry& entry) {
    QString text = splitLabel(entry.split);
    if (entry.hasPseudoLabel()) {
        text += QStringLiteral(" · ") + QCoreApplication::translate("mipr::ui", "pseudo-label");
    }
    return text;
}

}  // namespace mipr::ui
