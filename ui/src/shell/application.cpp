#include "mipr/ui/shell/application.h"

#include <QApplication>
#include <QDirIterator>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace mipr::ui {

QString studioVersion() {
    return QStringLiteral(MIPR_STUDIO_VERSION);
}

void setupApplication(QApplication& app) {
    QApplication::setOrganizationName(QStringLiteral("MIPR"));
    QApplication::setApplicationName(QStringLiteral("MIPR Studio"));
    QApplication::setApplicationVersion(studioVersion());
    QApplication::setDesktopFileName(QStringLiteral("mipr-studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mipr-studio.svg")));

    installTranslations();
}

QStringList studioLanguages() {
    QStringList languages;
    QDirIterator it(QStringLiteral(":/i18n"), {QStringLiteral("mipr_studio_*.qm")});
    while (it.hasNext())
        languages << it.next()
                         .section(QLatin1Char('/'), -1)
                         .section(QLatin1Char('_'), 2)
                         .section(QLatin1Char('.'), 0, 0);
    languages.sort();
    return languages;
}

QString installTranslations(const QString& language) {
    // Installed translators are asked newest first: the chosen language, then Qt's own, then
    // English (plural forms of the source strings: "1 pair", "2 pairs").
    static QList<QTranslator*> installed;
    for (QTranslator* t : std::as_const(installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed.clear();
    const auto install = [](QTranslator* t) {
        QCoreApplication::installTranslator(t);
        installed << t;
    };

    auto* english = new QTranslator;
    if (english->load(QStringLiteral(":/i18n/mipr_studio_en.qm")))
        install(english);
    else
        delete english;

    QString chosen = language;
    if (chosen.isEmpty()) chosen = QSettings().value(QStringLiteral("preferences/language")).toString();
    // QTranslator::load(QLocale) walks the locale's UI languages (de_AT -> de, zh_Hans_CN -> zh_CN).
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    auto* studio = new QTranslator;
    QString inUse = QStringLiteral("en");
    if (studio->load(locale, QStringLiteral("mipr_studio"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        studio->language() != QLatin1String("en")) {
        inUse = studio->language();
        // Qt's own strings (QDialogButtonBox's buttons, QFileDialog, QMessageBox …) in the same
        // language, from Qt's translations folder (Debian: qt6-translations-l10n; Windows: what
        // windeployqt copied beside the program).
        auto* qt = new QTranslator;
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qt->load(QLocale(inUse), QStringLiteral("qtbase"), QStringLiteral("_"), qtDir) ||
            qt->load(QLocale(inUse), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QCoreApplication::applicationDirPath() + QStringLiteral("/translations")))
            install(qt);
        else
            delete qt;
        install(studio);
    } else {
        delete studio;
    }
    return inUse;
}

void installToolMessageHandler() {
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& msg) {
        if (!msg.contains(QLatin1String("propagateSizeHints"))) std::fprintf(stderr, "%s\n", qPrintable(msg));
        if (type == QtFatalMsg) std::abort();
    });
}

}  // namespace mipr::ui
