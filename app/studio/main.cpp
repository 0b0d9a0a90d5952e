// mipr-studio: the desktop application. A thin shell; everything lives in mipr_ui.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStringList>
#include <QTimer>

#include <cstdio>

#include "mipr/common/allocator.h"
#include "mipr/ui/shell/application.h"
#include "mipr/ui/shell/main_window.h"

int main(int argc, char* argv[]) {
    mipr::tune_allocator(argv);
    QApplication app(argc, argv);
    mipr::ui::setupApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "MIPR Studio: semi-automatic annotation of dermoscopy images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "Project folder, or its project.mipr file, to open (optional)."),
        QStringLiteral("[project]"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main",
                                "Language of this session (de, en, es, zh_CN); default: Preferences, else "
                                "the system's."),
        QStringLiteral("lang"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QApplication::translate("main", "Page to show first: browse, review, cockpit or results."),
        QStringLiteral("page"), QStringLiteral("browse"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Save a picture of the window to this PNG file once the project is "
                                "shown, then quit (with QT_QPA_PLATFORM=offscreen: no display needed)."),
        QStringLiteral("file"));
    parser.addOptions({language, page, screenshot});
    parser.process(app);
    if (parser.isSet(language)) mipr::ui::installTranslations(parser.value(language));

    mipr::ui::MainWindow window;
    window.resize(1280, 860);
    window.show();
    const QStringList args = parser.positionalArguments();
    bool opened = true;
    if (!args.isEmpty()) {
        // The desktop's file association passes the project's database file (project.mipr).
        const QFileInfo target(args.first());
        opened = window.openProject(target.isFile() ? target.absolutePath() : target.absoluteFilePath());
    }
    const QString first = parser.value(page);
    if (first == QLatin1String("review")) window.showReview(true);
    if (first == QLatin1String("cockpit")) window.showCockpit();
    if (first == QLatin1String("results")) window.showResults();
    if (parser.isSet(screenshot)) {
        // Long enough for the first image (or review case) to be loaded and drawn.
        QTimer::singleShot(2500, &window, [&window, &parser, &screenshot, opened] {
            const QString file = parser.value(screenshot);
            const bool saved = window.grab().save(file);
            std::fprintf(stderr, "mipr-studio: %s %s\n", saved ? "saved" : "could not save",
                         qPrintable(file));
            QApplication::exit(saved && opened ? 0 : 1);
        });
    }
    return QApplication::exec();
}
