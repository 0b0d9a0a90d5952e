// One image of the open project as the studio shows it: a Qt value snapshot read on the GUI
// thread, so views, models and workers never touch the project store themselves.
#pragma once

#include <QString>
#include <QVector>

#include <cstdint>

#include "mipr/common/types.h"

namespace mipr::project {
class Project;
}

namespace mipr::ui {

/// Which mask the viewer overlays on the image.
enum class MaskChoice { none, doctor, pseudo };

struct ImageEntry {
    std::int64_t id = 0;
    QString name;  ///< unique in the project, e.g. "IMD003"
    QString path;  ///< absolute path of the source image
    int width = 0;
    int height = 0;
    mipr::Split split = mipr::Split::unlabeled;
    QString doctorMaskPath;  ///< latest doctor (or reviewer-edited) mask; empty when none
    QString pseudoMaskPath;  ///< latest pseudo-label; empty when none

    bool hasDoctorMask() const { return !doctorMaskPath.isEmpty(); }
    bool hasPseudoLabel() const { return !pseudoMaskPath.isEmpty(); }
    bool hasMask(MaskChoice choice) const;
    QString maskPath(MaskChoice choice) const;

    friend bool operator==(const ImageEntry&, const ImageEntry&) = default;
};

/// Reads every image of `project` with its latest masks, ordered by name.
QVector<ImageEntry> readImageEntries(const project::Project& project);

/// "Labelled", "Unlabelled", "Test".
QString splitLabel(mipr::Split split);
/// What the image list shows under a name: "Labelled", "Unlabelled · pseudo-label", ...
QString statusText(const ImageEntry& entry);

}  // namespace mipr::ui
