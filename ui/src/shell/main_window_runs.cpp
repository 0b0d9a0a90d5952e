// The main window's runs, live project and preferences (issue 16): the run dialog and the
// run controller's signals, the title and status bar of a run in progress, the poll that shows
// what other connections committed, Edit > Preferences. The rest is in main_window.cpp.
#include "mipr/ui/shell/main_window.h"

#include "common/qt_paths.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

#include <exception>

#include "mipr/pipeline/settings.h"
#include "mipr/project/project.h"
#include "mipr/ui/browse/overlay_presenter.h"
#include "mipr/ui/cockpit/cockpit_panel.h"
#include "mipr/ui/cockpit/curves_view.h"
#include "mipr/ui/cockpit/results_page.h"
#include "mipr/ui/cockpit/run_controller.h"
#include "mipr/ui/cockpit/run_dialog.h"
#include "mipr/ui/review/review_panel.h"
#include "mipr/ui/review/review_session.h"
#include "mipr/ui/shell/preferences_dialog.h"

namespace mipr::ui {

void MainWindow::showCockpit() {
    tabs_->setCurrentWidget(cockpit_);
}

void MainWindow::showResults() {
    results_->reload();
    tabs_->setCurrentWidget(results_);
}

void MainWindow::newRunDialog() {
    if (!project_) {
        showError(tr("No project"), tr("Open or create a project first (File menu)."));
        return;
    }
    if (runs_->isRunning()) {
        showCockpit();
        return;
    }
    auto* dialog = new RunDialog(projectPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString why;
        if (!startRun(dialog->kind(), dialog->settings(), &why)) showError(tr("Cannot start the run"), why);
    });
    dialog->open();
}

bool MainWindow::startRun(RunKind kind, const pipeline::Settings& settings, QString* why) {
    if (!project_) {
        if (why) *why = tr("No project is open.");
        return false;
    }
    if (project_->read_only()) {
        if (why) *why = tr("This project is open read-only: runs would change it.");
        return false;
    }
    if (!runs_->start(projectPath(), kind, settings, why)) return false;
    showCockpit();
    return true;
}

void MainWindow::onRunFinished(const QString& status, const QString& message) {
    updateRunIndicators();
    pollProject();
    results_->reload();
    if (closeAfterRun_) {
        close();
        return;
    }
    if (status == QLatin1String("failed")) showError(tr("The run failed"), message);
    statusBar()->showMessage(status == QLatin1String("done")      ? tr("Run finished.")
                             : status == QLatin1String("stopped") ? tr("Run stopped.")
                                                                  : tr("Run failed."),
                             8000);
}

void MainWindow::updateRunIndicators() {
    const bool running = runs_->isRunning();
    const QString what = running ? CockpitPanel::describe(runs_->lastProgress()) : QString();
    runLabel_->setVisible(running);
    runLabel_->setText(running ? tr("Run: %1").arg(what.isEmpty() ? tr("starting") : what) : QString());
    runAction_->setEnabled(!running && project_ && !project_->read_only());
    pauseAction_->setEnabled(running);
    pauseAction_->setText(runs_->isPaused() ? tr("&Resume") : tr("&Pause"));
    stopAction_->setEnabled(running);
    updateTitle();
}

QString MainWindow::projectSignature() const {
    // What the image list and the review queue show: images, models, iterations and the pairs of
    // finished iterations. Pairs and pseudo-labels of an iteration still annotating are left
    // out, so that the queue is reloaded once when the iteration ends, not at every pair.
    if (!project_) return {};
    const auto c = project_->counts();
    QString s = QStringLiteral("%1/%2/%3/%4").arg(c.labeled).arg(c.unlabeled).arg(c.test).arg(c.models);
    for (const auto& it : project_->iterations())
        s += QStringLiteral(";%1:%2").arg(it.number).arg(QString::fromStdString(it.status));
    qlonglong done = 0;
    for (const auto& pair : project_->pairs())
        if (pair.iteration_done) ++done;
    s += QStringLiteral(";pairs %1").arg(done);
    return s;
}

void MainWindow::pollProject() {
    if (!project_) return;
    try {
        const qint64 version = project_->data_version();
        if (version == dataVersion_ && !refreshPending_) return;
        dataVersion_ = version;
        cockpit_->curves()->poll();
        const QString signature = projectSignature();
        if (signature == signature_ && !refreshPending_) return;
        // Pairs, iterations or counts changed: the image list and the review queue follow, but
        // never under a reviewer's brush (the refresh waits for the edit to end).
        if (review_->isEditing()) {
            refreshPending_ = true;
            return;
        }
        signature_ = signature;
        refreshPending_ = false;
        refresh();
        results_->reload();
    } catch (const std::exception&) {
        // A database being written or migrated: the next tick reads it.
    }
}

void MainWindow::preferencesDialog() {
    auto* dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->preferences().save();
        applyPreferences();
    });
    dialog->open();
}

void MainWindow::applyPreferences() {
    const auto p = Preferences::load();
    if (!p.reviewer.isEmpty()) review_->session()->setReviewer(p.reviewer);
    presenter_->setOpacityPercent(p.overlayOpacity);
    presenter_->setStyle(p.overlayOutline ? OverlayStyle::outline : OverlayStyle::fill);
}

}  // namespace mipr::ui
