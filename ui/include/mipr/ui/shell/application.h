// Application-wide setup shared by mipr-studio's main() and the studio's tests: names used by
// QSettings, version, window icon and translations.
#pragma once

#include <QString>

class QApplication;

namespace mipr::ui {

/// The studio's version ("0.1.0"), from the CMake project.
QString studioVersion();

/// Sets organisation/application names (QSettings keys), version, window icon, and installs
/// the translation for the system locale when one is bundled.
void setupApplication(QApplication& app);

/// For the offscreen tools (benchmarks, screenshots): Qt's messages go to stderr, except the
/// offscreen platform's "propagateSizeHints" warning at every resize; a fatal one aborts.
void installToolMessageHandler();

}  // namespace mipr::ui
