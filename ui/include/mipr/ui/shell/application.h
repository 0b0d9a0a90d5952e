// Application-wide setup shared by mipr-studio's main() and the studio's tests: names used by
// QSettings, version, window icon and translations.
#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace mipr::ui {

/// The studio's version ("0.1.0"), from the CMake project.
QString studioVersion();

/// Sets organisation/application names (QSettings keys), version, window icon, and installs the
/// translations of the language chosen in Preferences, else of the system locale.
void setupApplication(QApplication& app);

/// The languages the studio is translated into ("en", "de", "es", "zh_CN"), from the .qm files
/// built into it.
QStringList studioLanguages();

/// Installs the studio's translation for `language` (a locale name: "de", "zh_CN", "de_AT" …;
/// empty: Preferences, else the system locale's UI languages), Qt's own (qtbase: standard
/// dialogs and buttons) where found, and English plural forms beneath them. Replaces what an
/// earlier call installed. Returns the studio language in use ("en" when none matched).
QString installTranslations(const QString& language = {});

/// For the offscreen tools (benchmarks, screenshots): Qt's messages go to stderr, except the
/// offscreen platform's "propagateSizeHints" warning at every resize; a fatal one aborts.
void installToolMessageHandler();

}  // namespace mipr::ui
