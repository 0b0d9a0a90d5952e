// cockpit_screenshot: the studio's cockpit mid-run, its run dialog, results page and review tab
// as PNGs, for looking at them without a display:
//   cockpit_screenshot --project DIR --out PREFIX [--settings FILE] [--seconds 90]
// Writes PREFIX-dialog.png, PREFIX-cockpit.png (after --seconds of a run started with the
// settings of FILE, or the cpu preset's next iteration), PREFIX-results.png, PREFIX-review.png.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

#include "mipr/pipeline/settings.h"
#include "mipr/project/project.h"
#include "mipr/ui/cockpit/run_controller.h"
#include "mipr/ui/cockpit/run_dialog.h"
#include "mipr/ui/shell/application.h"
#include "mipr/ui/shell/main_window.h"

using namespace mipr;
using namespace mipr::ui;

namespace {

void spin(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

}  // namespace

int main(int argc, char* argv[]) {
    installToolMessageHandler();
    QApplication app(argc, argv);
    setupApplication(app);
    QApplication::setOrganizationName(QStringLiteral("mipr-screenshots"));
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Prefix of the PNGs."),
                                 QStringLiteral("PREFIX"));
    const QCommandLineOption settingsFile(
        QStringLiteral("settings"), QStringLiteral("Settings JSON of the run."), QStringLiteral("FILE"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Seconds of run before the shot."), QStringLiteral("S"),
                                     QStringLiteral("90"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Language: de, es, zh_CN."),
                                      QStringLiteral("LANG"));
    p.addOptions({project, out, settingsFile, seconds, language});
    p.process(app);
    if (p.isSet(language)) installTranslations(p.value(language));
    const QString prefix = p.value(out);

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!window.openProject(p.value(project))) return 1;

    window.newRunDialog();
    spin(300);
    if (auto* dialog = window.findChild<RunDialog*>()) {
        dialog->grab().save(prefix + QStringLiteral("-dialog.png"));
        dialog->reject();
    }

    auto settings = pipeline::Settings::preset_named("cpu");
    if (p.isSet(settingsFile)) {
        QFile f(p.value(settingsFile));
        if (!f.open(QIODevice::ReadOnly)) return 1;
        settings.apply_json(f.readAll().toStdString());
    } else {
        const auto counts =
            project::Project::open(p.value(project).toStdString(), project::Project::Access::read).counts();
        settings.set("iterations", std::to_string(counts.iterations + 1));
        settings.set("auto_accept", "false");
    }
    QString why;
    if (!window.startRun(RunKind::iterations, settings, &why)) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(why));
        return 1;
    }
    bool finished = false;
    QObject::connect(window.runController(), &RunController::finished, [&] { finished = true; });
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < p.value(seconds).toInt() * 1000 && !finished)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    window.pollProject();
    spin(300);
    window.grab().save(prefix + QStringLiteral("-cockpit.png"));
    window.runController()->stop();
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    window.showResults();
    spin(500);
    window.grab().save(prefix + QStringLiteral("-results.png"));
    window.showReview(true);
    spin(1500);
    window.grab().save(prefix + QStringLiteral("-review.png"));
    std::printf("wrote %s-{dialog,cockpit,results,review}.png\n", qPrintable(prefix));
    return 0;
}
