// The training cockpit (issue 16), driven like a user on a small demo project: a run started
// from the dialog fills the curves and the review queue without a reopen; invalid values are
// refused in the dialog; stop and start again ends where an uninterrupted run does; pause holds
// the run; closing the window during a run stops it cleanly; a run of `mipr` in another process
// shows up live (with an injected out-of-memory error halving its batch).
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>
#include <iterator>
#include <map>

#include "mipr/pipeline/settings.h"
#include "mipr/project/project.h"
#include "mipr/ui/cockpit/cockpit_panel.h"
#include "mipr/ui/cockpit/curves_view.h"
#include "mipr/ui/cockpit/log_pane.h"
#include "mipr/ui/cockpit/run_controller.h"
#include "mipr/ui/cockpit/run_dialog.h"
#include "mipr/ui/common/qcustomplot.h"
#include "mipr/ui/review/review_panel.h"
#include "mipr/ui/review/review_queue.h"
#include "mipr/ui/review/review_session.h"
#include "mipr/ui/shell/main_window.h"
#include "mipr/ui/shell/preferences_dialog.h"
#include "ui_test_support.h"

using namespace mipr;
using namespace mipr::ui;
namespace fs = std::filesystem;

namespace {

constexpr int kRunTimeout = 240000;  // ms: a smoke run takes seconds; the CI machine may be slow

/// The smoke preset, one iteration, pairs left for review, G long enough to be stopped in.
pipeline::Settings tinySettings(int ganEpochs = 4) {
    auto s = pipeline::Settings::preset_named("smoke");
    s.set("iterations", "1");
    s.set("auto_accept", "false");
    s.set("gan.epochs", std::to_string(ganEpochs));
    s.set("compute.device", "cpu");
    return s;
}

/// Pairs of a project: image name -> (status, consistency).
std::map<std::string, std::pair<std::string, double>> pairsOf(const fs::path& dir) {
    auto p = project::Project::open(dir, project::Project::Access::read);
    std::map<std::string, std::pair<std::string, double>> out;
    for (const auto& pair : p.pairs())
        out[pair.image_name] = {pair.status, pair.consistency};
    return out;
}

/// G's epoch in a progress report ("epoch 7/40 D ..."), 0 outside G's training.
int ganEpoch(const RunProgress& p) {
    if (p.stage != QLatin1String("train-gan")) return 0;
    return p.message.section(QLatin1Char(' '), 1, 1).section(QLatin1Char('/'), 0, 0).toInt();
}

QString miprBinary() {
    return QStringLiteral(MIPR_BINARY_DIR "/app/mipr");
}

}  // namespace

class TestCockpit : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    int projects_ = 0;

    /// A fresh demo project (12 images: 3 labelled, 6 unlabelled, 3 test).
    QString newProject() {
        const QString name = QStringLiteral("p%1").arg(++projects_);
        const fs::path data = test::toPath(tmp_.filePath(name + QStringLiteral("-data")));
        const fs::path dir = test::toPath(tmp_.filePath(name));
        test::createDemoProject(data, dir, 12);
        return tmp_.filePath(name);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("MIPR-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test_cockpit"));
        QSettings().clear();
    }

    void dialogRefusesInvalidValuesWithTheReason() {
        MainWindow w;
        QVERIFY(w.openProject(newProject()));
        w.findChild<QAction*>(QStringLiteral("actionNewRun"))->trigger();
        auto* dialog = w.findChild<RunDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("runError"));
        QVERIFY(dialog->startButton()->isEnabled());
        auto* epochs = qobject_cast<QLineEdit*>(dialog->editor(QStringLiteral("seg.epochs")));
        QVERIFY(epochs);
        epochs->selectAll();
        QTest::keyClicks(epochs, QStringLiteral("0"));
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY2(error->text().contains(QStringLiteral("seg.epochs")), qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("out of range")));
        epochs->selectAll();
        QTest::keyClicks(epochs, QStringLiteral("many"));
        QVERIFY(error->text().contains(QStringLiteral("not a number")));
        epochs->selectAll();
        QTest::keyClicks(epochs, QStringLiteral("12"));
        QVERIFY(dialog->startButton()->isEnabled());
        QVERIFY(error->text().isEmpty());
        // A joint check, as `mipr` makes it.
        QVERIFY(dialog->setValue(QStringLiteral("seg.input_size"), QStringLiteral("120")));
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY(error->text().contains(QStringLiteral("seg.input_size")));
        // A preset replaces every value.
        dialog->applyPreset(QStringLiteral("paper"));
        QCOMPARE(dialog->settings().run().seg.model.input_size, 256);
        QVERIFY(dialog->startButton()->isEnabled());
        // Start is refused while invalid: the dialog stays open.
        QVERIFY(dialog->setValue(QStringLiteral("filter.keep_fraction"), QStringLiteral("0")));
        dialog->startButton()->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(!w.runController()->isRunning());
        dialog->reject();
    }

    void runFromTheDialogDrawsCurvesAndFillsTheQueue() {
        MainWindow w;
        const QString root = newProject();
        QVERIFY(w.openProject(root));
        QCOMPARE(w.reviewPanel()->session()->queue()->count(), 0);
        QCOMPARE(w.reviewPanel()->progressBar()->text(), QStringLiteral("no pairs"));
        w.findChild<QAction*>(QStringLiteral("actionNewRun"))->trigger();
        auto* dialog = w.findChild<RunDialog*>();
        QVERIFY(dialog);
        dialog->applyPreset(QStringLiteral("smoke"));
        dialog->setKind(RunKind::iterations);
        QVERIFY(dialog->setValue(QStringLiteral("auto_accept"), QStringLiteral("false")));
        QVERIFY(dialog->setValue(QStringLiteral("compute.device"), QStringLiteral("cpu")));
        QSignalSpy finished(w.runController(), &RunController::finished);
        QSignalSpy progressed(w.runController(), &RunController::progressed);
        dialog->startButton()->click();
        QVERIFY(w.runController()->isRunning());
        QCOMPARE(w.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->currentWidget(), w.cockpit());
        QVERIFY(progressed.wait(kRunTimeout));
        QTRY_VERIFY(w.windowTitle().startsWith(QStringLiteral("[running")));
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("runLabel"))->isHidden());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("runLabel"))->text().startsWith(QStringLiteral("Run: ")));
        QVERIFY(finished.wait(kRunTimeout));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("done"));
        QVERIFY(!w.windowTitle().startsWith(QStringLiteral("[")));
        // A point per epoch: S's 3 epochs and G's 2 of the smoke preset, and the iteration's pairs.
        auto* curves = w.cockpit()->curves();
        QCOMPARE(curves->pointCount(QStringLiteral("train-seg"), QStringLiteral("loss")), 3);
        QCOMPARE(curves->pointCount(QStringLiteral("train-seg"), QStringLiteral("dice")), 3);
        QCOMPARE(curves->pointCount(QStringLiteral("train-gan"), QStringLiteral("loss_d")), 2);
        QCOMPARE(curves->pointCount(QStringLiteral("iteration"), QStringLiteral("pairs")), 1);
        QVERIFY(curves->plot(0)->graphCount() >= 2);
        // The review queue grew without a reopen: one pending pair per unlabelled image.
        const int unlabelled =
            project::Project::open(test::toPath(root), project::Project::Access::read).counts().unlabeled;
        QTRY_COMPARE(w.reviewPanel()->session()->queue()->count(), unlabelled);
        QCOMPARE(w.reviewPanel()->progressBar()->text(), QStringLiteral("0 / %1 reviewed").arg(unlabelled));
        QVERIFY(w.countsText().contains(QStringLiteral("%1 with pseudo-label").arg(unlabelled)));
        // The run is in the project with its settings; the log pane told the story.
        auto p = project::Project::open(test::toPath(root), project::Project::Access::read);
        QCOMPARE(p.runs().size(), std::size_t{1});
        QCOMPARE(p.runs().front().status, std::string("done"));
        QVERIFY(p.runs().front().settings_json.find("\"preset\": \"smoke\"") != std::string::npos);
        QTRY_VERIFY(
            w.cockpit()->log()->shownLines().join(QLatin1Char('\n')).contains(QStringLiteral("iteration 1")));
        // The dialog remembers the choices for the project.
        RunDialog again(root);
        QCOMPARE(again.settings().preset, std::string("smoke"));
        QVERIFY(!again.settings().run().auto_accept);
    }

    void stopAndStartAgainEndsLikeAnUninterruptedRun() {
        // Reference: the same settings, uninterrupted.
        const QString reference = newProject();
        {
            RunController c;
            QSignalSpy finished(&c, &RunController::finished);
            QVERIFY(c.start(reference, RunKind::iterations, tinySettings(40)));
            QVERIFY(finished.wait(kRunTimeout));
            QCOMPARE(finished.first().at(0).toString(), QStringLiteral("done"));
        }
        MainWindow w;
        const QString root = newProject();
        QVERIFY(w.openProject(root));
        QSignalSpy finished(w.runController(), &RunController::finished);
        QVERIFY(w.startRun(RunKind::iterations, tinySettings(40)));
        // Stop while G trains (after its 6th epoch: a partial checkpoint is saved every 5).
        QTRY_VERIFY_WITH_TIMEOUT(ganEpoch(w.runController()->lastProgress()) >= 6, kRunTimeout);
        w.cockpit()->stopButton()->click();
        QVERIFY(finished.wait(kRunTimeout));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("stopped"));
        QVERIFY(pairsOf(test::toPath(root)).empty());
        // Start again: it continues after the last completed step.
        QVERIFY(w.startRun(RunKind::iterations, tinySettings(40)));
        QVERIFY(finished.wait(kRunTimeout));
        QCOMPARE(finished.at(1).at(0).toString(), QStringLiteral("done"));
        const auto got = pairsOf(test::toPath(root));
        const auto want = pairsOf(test::toPath(reference));
        QCOMPARE(got.size(), want.size());
        QVERIFY(!got.empty());
        for (const auto& [name, value] : want) {
            QVERIFY2(got.count(name) == 1, name.c_str());
            QCOMPARE(got.at(name).first, value.first);
            QVERIFY2(std::abs(got.at(name).second - value.second) < 1e-6, name.c_str());
        }
        auto p = project::Project::open(test::toPath(root), project::Project::Access::read);
        QCOMPARE(p.runs().size(), std::size_t{2});
        QCOMPARE(p.runs()[0].status, std::string("stopped"));
        QCOMPARE(p.runs()[1].status, std::string("done"));
        QVERIFY(p.check().empty());
    }

    void pauseHoldsTheStepCounter() {
        MainWindow w;
        QVERIFY(w.openProject(newProject()));
        auto* c = w.runController();
        QSignalSpy finished(c, &RunController::finished);
        QSignalSpy paused(c, &RunController::pausedChanged);
        QVERIFY(w.startRun(RunKind::iterations, tinySettings(40)));
        QTRY_VERIFY_WITH_TIMEOUT(c->lastProgress().stage == QLatin1String("train-seg"), kRunTimeout);
        w.cockpit()->pauseButton()->click();
        QCOMPARE(paused.count(), 1);
        QCOMPARE(w.cockpit()->pauseButton()->text(), QStringLiteral("Resume"));
        // The worker reports that it waits, then nothing moves. Its "paused" report is posted just
        // before it holds: wait for both, or that report could arrive during the quiet second below.
        QTRY_VERIFY_WITH_TIMEOUT(c->isHeld() && c->lastProgress().paused, 10000);
        const qint64 held = c->stepsSeen();
        QSignalSpy progressed(c, &RunController::progressed);
        QVERIFY(!progressed.wait(1500));  // no report for 1.5 s while paused
        QCOMPARE(c->stepsSeen(), held);
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("[paused")));
        w.cockpit()->pauseButton()->click();  // Resume
        QVERIFY(finished.wait(kRunTimeout));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("done"));
        QVERIFY(c->stepsSeen() > held);
    }

    void closingDuringARunAsksThenStopsCleanly() {
        auto* w = new MainWindow;
        const QString root = newProject();
        QVERIFY(w->openProject(root));
        w->show();
        QSignalSpy finished(w->runController(), &RunController::finished);
        QVERIFY(w->startRun(RunKind::iterations, tinySettings(30)));
        QTRY_VERIFY_WITH_TIMEOUT(w->runController()->lastProgress().stage == QLatin1String("train-gan"),
                                 kRunTimeout);
        QVERIFY(!w->close());  // asks first
        auto* box = w->findChild<QMessageBox*>(QStringLiteral("closeDuringRun"));
        QVERIFY(box);
        QVERIFY(w->isVisible());
        box->findChild<QPushButton*>(QStringLiteral("stopAndClose"))->click();
        QVERIFY(finished.wait(kRunTimeout));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("stopped"));
        QTRY_VERIFY(!w->isVisible());
        delete w;
        auto p = project::Project::open(test::toPath(root), project::Project::Access::read);
        QCOMPARE(p.runs().back().status, std::string("stopped"));
        QVERIFY(p.check().empty());
        QVERIFY(p.leftover_temporaries().empty());
    }

    // Edit > Preferences: the reviewer's name is what decisions record; new runs start on the
    // preferred device and threads.
    void preferencesApply() {
        MainWindow w;
        const QString root = newProject();
        QVERIFY(w.openProject(root));
        w.findChild<QAction*>(QStringLiteral("actionPreferences"))->trigger();
        auto* dialog = w.findChild<PreferencesDialog*>();
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("prefReviewer"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Dr. Ada"));
        auto* threads = dialog->findChild<QSpinBox*>(QStringLiteral("prefThreads"));
        threads->setValue(1);
        auto* device = dialog->findChild<QComboBox*>(QStringLiteral("prefDevice"));
        device->setCurrentIndex(device->findData(QStringLiteral("cpu")));
        dialog->accept();
        QCOMPARE(w.reviewPanel()->session()->reviewer(), QStringLiteral("Dr. Ada"));
        MainWindow again;  // kept for the next start
        QCOMPARE(again.reviewPanel()->session()->reviewer(), QStringLiteral("Dr. Ada"));
        const QString other = newProject();  // no remembered run choices: the preferences apply
        RunDialog runDialog(other);
        QCOMPARE(runDialog.settings().run().compute.threads, 1);
        QCOMPARE(runDialog.settings().run().compute.device, std::string("cpu"));
    }

    // One writer: while `mipr run` trains in a terminal, the studio's run is refused, naming it.
    void aRunWhileMiprWritesIsRefusedNamingTheHolder() {
        MainWindow w;
        const QString root = newProject();
        QVERIFY(w.openProject(root));
        QProcess run;
        run.start(miprBinary(),
                  {QStringLiteral("run"), root, QStringLiteral("--preset"), QStringLiteral("smoke"),
                   QStringLiteral("--set"), QStringLiteral("gan.epochs=100000"), QStringLiteral("--device"),
                   QStringLiteral("cpu"), QStringLiteral("-q")});
        QVERIFY(run.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            w.cockpit()->curves()->pointCount(QStringLiteral("train-seg"), QStringLiteral("loss")) > 0,
            kRunTimeout);  // it holds the writer lock by now
        QSignalSpy finished(w.runController(), &RunController::finished);
        QVERIFY(w.startRun(RunKind::iterations, tinySettings()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("failed"));
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("mipr run")),
                 qPrintable(finished.first().at(1).toString()));
        run.terminate();  // SIGTERM: mipr stops cleanly, as with Ctrl-C
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 130);
    }

    void runOfMiprInAnotherProcessShowsLive() {
        MainWindow w;
        const QString root = newProject();
        QVERIFY(w.openProject(root));
        QCOMPARE(w.reviewPanel()->session()->queue()->count(), 0);
        QProcess run;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MIPR_INJECT_OOM_ABOVE"), QStringLiteral("1"));  // every batch over 1 fails
        run.setProcessEnvironment(env);
        run.start(miprBinary(), {QStringLiteral("run"), root, QStringLiteral("--preset"),
                                 QStringLiteral("smoke"), QStringLiteral("--review"),
                                 QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("-q")});
        QVERIFY(run.waitForStarted());
        // The studio's timer reads the project: curves and pairs appear without a reopen.
        QTRY_VERIFY_WITH_TIMEOUT(run.state() == QProcess::NotRunning, kRunTimeout);
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(w.reviewPanel()->session()->queue()->count() > 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            w.cockpit()->curves()->pointCount(QStringLiteral("train-seg"), QStringLiteral("loss")), 3, 5000);
        // The injected out-of-memory error halved S's and G's batches down to 1.
        auto p = project::Project::open(test::toPath(root), project::Project::Access::read);
        int batches = 0;
        for (const auto& m : p.run_metrics())
            if (m.name == "batch") {
                QCOMPARE(m.value, 1.0);
                ++batches;
            }
        QVERIFY(batches > 0);
        std::ifstream log(test::toPath(root) / "logs" / "mipr.log");
        const std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
        QVERIFY(text.find("ran out of device memory") != std::string::npos);
    }
};

QTEST_MAIN(TestCockpit)
#include "test_cockpit.moc"
