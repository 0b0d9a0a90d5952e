#include "mipr/ui/shell/application.h"

#include <QApplication>
#include <QIcon>
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

    // The language of Edit ▸ Preferences, else the system's.
    const QString language = QSettings().value(QStringLiteral("preferences/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("mipr_studio"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

void installToolMessageHandler() {
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& msg) {
        if (!msg.contains(QLatin1String("propagateSizeHints"))) std::fprintf(stderr, "%s\n", qPrintable(msg));
        if (type == QtFatalMsg) std::abort();
    });
}

}  // namespace mipr::ui
