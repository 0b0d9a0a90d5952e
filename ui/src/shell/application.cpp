#include "mipr/ui/shell/application.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

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

    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("mipr_studio"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

}  // namespace mipr::ui
