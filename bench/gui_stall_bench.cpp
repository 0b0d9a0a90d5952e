// gui_stall_bench: how late the studio's event loop runs while it works (issue 16). A 1 ms
// precise timer measures its own lateness (the gap between two timeouts minus 1 ms): a late
// timer is a frozen window. Offscreen, the studio shown at 1600x1000.
//   gui_stall_bench --project DIR [--seconds 60] [--points 1000] [--settings FILE]
// Phase "idle": 5 s with nothing to do (the floor of this machine).
// Phase "training": a CPU run of MIPR (train S, train G, annotate) on DIR from the studio's own
//   worker, the cockpit shown with its live curves and log, for --seconds (then stopped).
// Phase "curves": the curves of a run with --points epochs of every series (S, G and D, rates,
//   iterations), all redrawn every 100 ms (smoothing changed) for 10 s, on a temporary project.
// Prints p50 / p99 / max lateness per phase and the time of one full redraw of the curves.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "mipr/common/progress.h"
#include "mipr/pipeline/settings.h"
#include "mipr/project/project.h"
#include "mipr/ui/cockpit/cockpit_panel.h"
#include "mipr/ui/cockpit/curves_view.h"
#include "mipr/ui/cockpit/run_controller.h"
#include "mipr/ui/common/qcustomplot.h"
#include "mipr/ui/shell/application.h"
#include "mipr/ui/shell/main_window.h"

using namespace mipr;
using namespace mipr::ui;

namespace {

struct Lateness {
    std::vector<double> ms;
    void print(const char* phase) const {
        if (ms.empty()) {
            std::printf("%-9s no samples\n", phase);
            return;
        }
        auto v = ms;
        std::sort(v.begin(), v.end());
        const auto at = [&](double q) {
            return v[std::min(v.size() - 1, std::size_t(double(v.size()) * q))];
        };
        std::printf("%-9s %7zu ticks  lateness p50 %6.2f ms  p99 %6.2f ms  p99.9 %6.2f ms  max %7.2f ms\n",
                    phase, v.size(), at(0.5), at(0.99), at(0.999), v.back());
    }
};

/// Runs the event loop for `ms` while a 1 ms precise timer records its lateness.
Lateness measure(int ms, const std::function<bool()>& stop_early = {}) {
    Lateness out;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        out.ms.push_back(std::max(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    tick.start();
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < ms && !(stop_early && stop_early()))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    tick.stop();
    return out;
}

}  // namespace

int main(int argc, char* argv[]) {
    installToolMessageHandler();
    QApplication app(argc, argv);
    setupApplication(app);
    QApplication::setOrganizationName(QStringLiteral("mipr-bench"));
    QApplication::setApplicationName(QStringLiteral("gui_stall_bench"));
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"),
                                     QStringLiteral("Project with labelled images."), QStringLiteral("DIR"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Seconds of training measured."), QStringLiteral("S"),
                                     QStringLiteral("60"));
    const QCommandLineOption points(QStringLiteral("points"), QStringLiteral("Points per series."),
                                    QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption settingsFile(
        QStringLiteral("settings"),
        QStringLiteral("JSON settings applied over the cpu preset (e.g. a short S, "
                       "to measure while G trains)."),
        QStringLiteral("FILE"));
    p.addOptions({project, seconds, points, settingsFile});
    p.process(app);

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!window.openProject(p.value(project))) return 1;
    std::printf("gui_stall_bench: window 1600x1000 (offscreen), a 1 ms precise timer\n");
    measure(1000);  // warm-up
    measure(5000).print("idle");

    // Training: the loop's next iteration, at the cpu preset's scale.
    auto settings = pipeline::Settings::preset_named("cpu");
    {
        const auto counts =
            project::Project::open(p.value(project).toStdString(), project::Project::Access::read).counts();
        settings.set("iterations", std::to_string(counts.iterations + 1));
    }
    settings.set("auto_accept", "false");
    settings.set("compute.device", "cpu");
    if (p.isSet(settingsFile)) {
        QFile f(p.value(settingsFile));
        if (!f.open(QIODevice::ReadOnly)) return 1;
        settings.apply_json(f.readAll().toStdString());
    }
    window.showCockpit();
    QString why;
    if (!window.startRun(RunKind::iterations, settings, &why)) {
        std::fprintf(stderr, "cannot start the run: %s\n", qPrintable(why));
        return 1;
    }
    bool finished = false;
    QObject::connect(window.runController(), &RunController::finished, [&] { finished = true; });
    const auto training = measure(p.value(seconds).toInt() * 1000, [&] { return finished; });
    const QString reached = CockpitPanel::describe(window.runController()->lastProgress());
    window.runController()->stop();
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    training.print("training");
    std::printf("          (the run had reached: %s)\n", qPrintable(reached));

    // Curves at --points epochs per series.
    QTemporaryDir tmp;
    const int n = p.value(points).toInt();
    {
        auto proj = project::Project::create(tmp.filePath(QStringLiteral("curves")).toStdString());
        const auto run = proj.begin_run("run", "{}");
        project::Project::Transaction tx(proj);
        for (int e = 1; e <= n; ++e) {
            const double x = double(e);
            proj.add_run_metrics(run, 1 + e * 5 / n, "train-seg", e,
                                 {{"loss", 1.0 / x}, {"dice", 1 - 1.0 / x}, {"learning_rate", 1e-3 / x}});
            proj.add_run_metrics(run, 1 + e * 5 / n, "train-gan", e,
                                 {{"loss_g", 2 + 1 / x},
                                  {"loss_d", 1 + 1 / x},
                                  {"feature_matching", 0.5 / x},
                                  {"l1", 0.2 / x},
                                  {"consistency", 0.3 / x},
                                  {"lr_g", 1e-4},
                                  {"lr_d", 4e-4}});
        }
        tx.commit();
    }
    CurvesView curves;
    curves.resize(1600, 1000);
    curves.show();
    curves.setProjectRoot(tmp.filePath(QStringLiteral("curves")));
    QElapsedTimer redraw;
    redraw.start();
    curves.setSmoothing(0.5);
    for (int i = 0; i < curves.plotCount(); ++i)
        curves.plot(i)->replot(QCustomPlot::rpImmediateRefresh);
    const double redrawMs = double(redraw.nsecsElapsed()) / 1e6;
    QTimer again;
    int flips = 0;
    std::vector<double> rebuild;  // redraw() itself: the curves' data set anew (replots follow, queued)
    QObject::connect(&again, &QTimer::timeout, [&] {
        QElapsedTimer t;
        t.start();
        curves.setSmoothing((++flips % 2) ? 0.3 : 0.6);
        rebuild.push_back(double(t.nsecsElapsed()) / 1e6);
    });
    again.start(100);
    const auto drawing = measure(10000);
    again.stop();
    drawing.print("curves");
    std::sort(rebuild.begin(), rebuild.end());
    if (!rebuild.empty())
        std::printf("          (setting the curves' data anew: median %.1f ms, max %.1f ms)\n",
                    rebuild[rebuild.size() / 2], rebuild.back());
    std::printf(
        "          (%d points per series, %d curves; one full redraw of the 4 plots: %.1f ms; %d redraws)\n",
        n, curves.pointCount(QStringLiteral("train-seg"), QStringLiteral("loss")) > 0 ? 10 : 0, redrawMs,
        flips);
    return 0;
}
