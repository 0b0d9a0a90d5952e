#include "mipr/ui/cockpit/cockpit_panel.h"

#include "mipr/ui/cockpit/curves_view.h"
#include "mipr/ui/cockpit/log_pane.h"
#include "mipr/ui/cockpit/run_controller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace mipr::ui {

QString formatDuration(double seconds) {
    if (seconds < 0 || !std::isfinite(seconds)) return QStringLiteral("?");
    const auto s = static_cast<long long>(std::lround(seconds));
    if (s >= 3600)
        return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60) return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 s").arg(s);
}

QString CockpitPanel::describe(const RunProgress& p) {
    QStringList parts;
    if (p.iteration > 0 && p.iterations > 0)
        parts << tr("iteration %1/%2").arg(p.iteration).arg(p.iterations);
    else if (p.iteration > 0)
        parts << tr("iteration %1").arg(p.iteration);
    static const QHash<QString, QString> stages{
        {QStringLiteral("load"), tr("loading images")},
        {QStringLiteral("train-seg"), tr("training S")},
        {QStringLiteral("train-gan"), tr("training G and D")},
        {QStringLiteral("annotate"), tr("pseudo-labelling and rearranging")},
        {QStringLiteral("predict"), tr("pseudo-labelling")},
        {QStringLiteral("experiment"), tr("experiment")},
        {QStringLiteral("iteration"), tr("iteration done")}};
    if (!p.stage.isEmpty()) parts << stages.value(p.stage, p.stage);
    if (!p.message.isEmpty()) parts << progressText(p.message);
    if (p.total > 0) parts << QStringLiteral("%1%").arg(100.0 * double(p.done) / double(p.total), 0, 'f', 0);
    if (p.paused) parts << tr("paused");
    return parts.join(QStringLiteral(" · "));
}

QString CockpitPanel::runKindText(const QString& kind) {
    if (kind == QLatin1String("train-seg")) return tr("S training");
    if (kind == QLatin1String("predict")) return tr("pseudo-labelling");
    if (kind == QLatin1String("run")) return tr("MIPR iterations");
    if (kind == QLatin1String("experiment")) return tr("experiment");
    return kind;
}

QString CockpitPanel::runStatusText(const QString& status) {
    if (status == QLatin1String("running")) return tr("running");
    if (status == QLatin1String("done")) return tr("done");
    if (status == QLatin1String("stopped")) return tr("stopped");
    if (status == QLatin1String("failed")) return tr("failed");
    return status;
}

QString CockpitPanel::progressText(const QString& message) {
    // The core's messages (run.cpp, seg_jobs.cpp, experiment.cpp) are English with figures;
    // the patterns below are all it sends to a run's progress.
    static const QRegularExpression loop(QStringLiteral("^loop (\\d+)/(\\d+): (.*)$"));
    static const QRegularExpression epoch(QStringLiteral("^epoch (\\d+)/(\\d+)(.*)$"));
    static const QRegularExpression memory(QStringLiteral(" \\(out of memory: batch (\\d+)\\)"));
    static const QRegularExpression done(QStringLiteral("^iteration (\\d+) done$"));
    if (const auto m = loop.match(message); m.hasMatch())
        return tr("loop %1/%2: %3").arg(m.captured(1), m.captured(2), progressText(m.captured(3)));
    if (const auto m = done.match(message); m.hasMatch()) return tr("iteration %1 done").arg(m.captured(1));
    if (const auto m = epoch.match(message); m.hasMatch()) {
        QString rest = m.captured(3);
        if (const auto oom = memory.match(rest); oom.hasMatch())
            rest.replace(oom.capturedStart(), oom.capturedLength(),
                         tr(" (out of memory: batch %1)").arg(oom.captured(1)));
        return tr("epoch %1/%2").arg(m.captured(1), m.captured(2)) + rest;
    }
    return message;
}

CockpitPanel::CockpitPanel(RunController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    setObjectName(QStringLiteral("cockpitPanel"));
    status_ = new QLabel(tr("No run in progress."), this);
    status_->setObjectName(QStringLiteral("runStatus"));
    QFont bold = status_->font();
    bold.setBold(true);
    status_->setFont(bold);
    bar_ = new QProgressBar(this);
    bar_->setObjectName(QStringLiteral("runProgress"));
    bar_->setRange(0, 1000);
    bar_->setValue(0);
    bar_->setTextVisible(false);
    bar_->setMaximumHeight(12);
    eta_ = new QLabel(this);
    eta_->setObjectName(QStringLiteral("runEta"));
    newRun_ = new QPushButton(tr("New Run…"), this);
    newRun_->setObjectName(QStringLiteral("cockpitNewRun"));
    pause_ = new QPushButton(tr("Pause"), this);
    pause_->setObjectName(QStringLiteral("cockpitPause"));
    stop_ = new QPushButton(tr("Stop"), this);
    stop_->setObjectName(QStringLiteral("cockpitStop"));
    stop_->setToolTip(tr("Stop at the next step: what completed is kept, and a new run continues after it"));

    auto* top = new QHBoxLayout;
    top->addWidget(status_, 1);
    top->addWidget(eta_);
    top->addWidget(newRun_);
    top->addWidget(pause_);
    top->addWidget(stop_);

    curves_ = new CurvesView(this);
    log_ = new LogPane(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(curves_);
    split->addWidget(log_);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto* box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(bar_);
    box->addWidget(split, 1);

    connect(newRun_, &QPushButton::clicked, this, &CockpitPanel::newRunRequested);
    connect(pause_, &QPushButton::clicked, this,
            [this] { controller_->isPaused() ? controller_->resume() : controller_->pause(); });
    connect(stop_, &QPushButton::clicked, controller_, &RunController::stop);
    connect(controller_, &RunController::progressed, this, &CockpitPanel::onProgress);
    connect(controller_, &RunController::pausedChanged, this, [this](bool paused) {
        auto p = controller_->lastProgress();
        p.paused = paused;
        onProgress(p);
    });
    connect(controller_, &RunController::started, this, [this] {
        status_->setText(tr("Starting %1…").arg(runKindText(runKindName(controller_->kind()))));
        bar_->setValue(0);
        eta_->clear();
        updateButtons();
    });
    connect(controller_, &RunController::finished, this,
            [this](const QString& status, const QString& message) {
                const QString first = message.section(QLatin1Char('\n'), 0, 0);
                status_->setText(status == QLatin1String("done")      ? tr("Run finished: %1").arg(first)
                                 : status == QLatin1String("stopped") ? tr("Run stopped. %1").arg(first)
                                                                      : tr("Run failed: %1").arg(first));
                if (status == QLatin1String("done")) bar_->setValue(bar_->maximum());
                eta_->clear();
                curves_->poll();
                updateButtons();
            });
    updateButtons();
}

void CockpitPanel::setReadOnly(bool readOnly) {
    readOnly_ = readOnly;
    updateButtons();
}

void CockpitPanel::onProgress(const RunProgress& p) {
    status_->setText(describe(p));
    if (p.total > 0) bar_->setValue(static_cast<int>(1000.0 * double(p.done) / double(p.total)));
    eta_->setText(p.paused            ? tr("paused")
                  : p.etaSeconds >= 0 ? tr("ETA %1").arg(formatDuration(p.etaSeconds))
                                      : QString());
    updateButtons();
}

void CockpitPanel::updateButtons() {
    const bool running = controller_->isRunning();
    newRun_->setEnabled(!running && !readOnly_);
    pause_->setEnabled(running);
    stop_->setEnabled(running);
    pause_->setText(controller_->isPaused() ? tr("Resume") : tr("Pause"));
}

}  // namespace mipr::ui
