// review_bench: next-case latency and memory of the review studio on a real project (PH² pairs
// made by `mipr run --review`). Drives the studio offscreen like a reviewer pressing → (Right):
// latency = from the key press until the new case is painted in every pane.
//   review_bench --project DIR [--presses 1000] [--burst 200] [--size 1600x1000]
// Phase 1 ("reviewer"): after each case is on screen the reviewer looks at it until the prefetch
// of the next ones has finished (any human look is longer than that), then presses →.
// Phase 2 ("burst"): presses → as fast as cases appear, so prefetch can only partly keep up.
// Resident memory (VmRSS) is read after 10 presses and after all of phase 1.
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <vector>

#include "mipr/pipeline/settings.h"
#include "mipr/project/project.h"
#include "mipr/ui/cockpit/cockpit_panel.h"
#include "mipr/ui/cockpit/run_controller.h"
#include "mipr/ui/review/review_panel.h"
#include "mipr/ui/review/review_session.h"
#include "mipr/ui/review/review_view.h"
#include "mipr/ui/shell/application.h"
#include "mipr/ui/shell/main_window.h"

using namespace mipr::ui;

namespace {

double rssMiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return -1;
}

struct Stats {
    double median = 0, p95 = 0, max = 0, mean = 0;
};

Stats stats(std::vector<double> v) {
    Stats s;
    if (v.empty()) return s;
    std::sort(v.begin(), v.end());
    s.median = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
    s.max = v.back();
    for (double x : v)
        s.mean += x;
    s.mean /= double(v.size());
    return s;
}

template <typename F>
bool spinUntil(F done, int ms) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

}  // namespace

int main(int argc, char* argv[]) {
    installToolMessageHandler();
    QApplication app(argc, argv);
    setupApplication(app);  // as mipr-studio does (memory settings included)
    QApplication::setOrganizationName(QStringLiteral("mipr-bench"));
    QApplication::setApplicationName(QStringLiteral("review_bench"));
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project with pairs."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption presses(QStringLiteral("presses"), QStringLiteral("Presses in phase 1."),
                                     QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption burst(QStringLiteral("burst"), QStringLiteral("Presses in phase 2."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size."),
                                  QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption background(
        QStringLiteral("background-run"),
        QStringLiteral(
            "Measure while the studio trains the project's next MIPR iteration on the CPU (issue 16)."));
    p.addOptions({project, presses, burst, size, background});
    p.process(app);

    MainWindow window;
    const QStringList wh = p.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    if (!window.openProject(p.value(project))) return 1;
    window.showReview(true);
    ReviewPanel* panel = window.reviewPanel();
    ReviewSession* session = panel->session();
    ReviewView* view = panel->view();
    // Every pair, whatever its status: the benchmark must not change the project, only look.
    panel->statusCombo()->setCurrentIndex(panel->statusCombo()->findText(QStringLiteral("All pairs")));
    const int count = session->queue()->count();
    if (count < 3) {
        std::cerr << "the project has " << count << " pairs; the benchmark needs at least 3\n";
        return 1;
    }
    auto shown = [&] {
        const auto c = session->currentCase();
        return c && view->currentCase() == c.get();
    };
    if (!spinUntil(shown, 30000)) return 1;
    const QSize imageSize = view->currentCase()->real.size();
    // A run in the background: the next iteration at the cpu preset (S, then G, then annotation).
    bool runFinished = false;
    if (p.isSet(background)) {
        auto s = mipr::pipeline::Settings::preset_named("cpu");
        const auto counts =
            mipr::project::Project::open(p.value(project).toStdString(), mipr::project::Project::Access::read)
                .counts();
        s.set("iterations", std::to_string(counts.iterations + 1));
        s.set("auto_accept", "false");
        s.set("compute.device", "cpu");
        QString why;
        if (!window.startRun(RunKind::iterations, s, &why)) {
            std::cerr << "cannot start the background run: " << why.toStdString() << "\n";
            return 1;
        }
        QObject::connect(window.runController(), &RunController::finished, [&] { runFinished = true; });
        window.showReview(true);
        // Wait until S is training (the run has loaded its images).
        spinUntil([&] { return window.runController()->lastProgress().stage == QLatin1String("train-seg"); },
                  120000);
    }

    auto pressNext = [&] {
        QElapsedTimer t;
        t.start();
        if (session->currentRow() + 1 >= session->queue()->count()) {
            QTest::keyClick(view, Qt::Key_Home);  // wrap around: another "next case"
        } else {
            QTest::keyClick(view, Qt::Key_Right);
        }
        if (!spinUntil(shown, 30000)) return -1.0;
        return double(t.nsecsElapsed()) / 1e6;
    };

    std::vector<double> reviewer, burstLat;
    double rss10 = 0;
    QStringList curve;
    const int n1 = p.value(presses).toInt();
    for (int i = 0; i < n1; ++i) {
        spinUntil([&] { return session->loadsInFlight() == 0; }, 30000);  // the reviewer looks
        const double ms = pressNext();
        if (ms < 0) return 1;
        reviewer.push_back(ms);
        if (i + 1 == 10) rss10 = rssMiB();
        if (i + 1 == 10 || (i + 1) % 100 == 0)
            curve << QStringLiteral("%1: %2").arg(i + 1).arg(rssMiB(), 0, 'f', 1);
    }
    spinUntil([&] { return session->loadsInFlight() == 0; }, 30000);
    const double rssEnd = rssMiB();
    const int n2 = p.value(burst).toInt();
    for (int i = 0; i < n2; ++i) {
        const double ms = pressNext();
        if (ms < 0) return 1;
        burstLat.push_back(ms);
    }
    const Stats a = stats(reviewer), b = stats(burstLat);
    if (p.isSet(background)) {
        std::printf("background run: %s at the end of the presses%s\n",
                    qPrintable(CockpitPanel::describe(window.runController()->lastProgress())),
                    runFinished ? " (it had finished)" : "");
        window.runController()->stop();
        spinUntil([&] { return runFinished; }, 600000);
    }
    std::printf("review_bench: %d pairs, images %d x %d, window %s, panes %d\n", count, imageSize.width(),
                imageSize.height(), qPrintable(p.value(size)), int(view->visiblePanes().size()));
    std::printf(
        "next case, reviewer pace (%d presses): median %.2f ms, p95 %.2f ms, max %.2f ms, mean %.2f ms\n", n1,
        a.median, a.p95, a.max, a.mean);
    std::printf(
        "next case, burst (%d presses):          median %.2f ms, p95 %.2f ms, max %.2f ms, mean %.2f ms\n",
        n2, b.median, b.p95, b.max, b.mean);
    std::printf("resident memory: %.1f MiB after 10 presses, %.1f MiB after %d presses (ratio %.3f)\n", rss10,
                rssEnd, n1, rss10 > 0 ? rssEnd / rss10 : 0.0);
    std::printf("resident memory by press (MiB): %s\n", qPrintable(curve.join(QStringLiteral(", "))));
    return 0;
}
