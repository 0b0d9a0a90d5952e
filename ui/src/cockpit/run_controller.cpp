#include "mipr/ui/cockpit/run_controller.h"

#include "common/qt_paths.h"
#include "mipr/common/error.h"
#include "mipr/pipeline/experiment.h"
#include "mipr/pipeline/journal.h"
#include "mipr/pipeline/logging.h"
#include "mipr/pipeline/run.h"
#include "mipr/pipeline/seg_jobs.h"
#include "mipr/project/project.h"
#include "mipr/project/project_lock.h"

#include <QMetaObject>

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>

namespace mipr::ui {

QString runKindName(RunKind kind) {
    switch (kind) {
        case RunKind::trainSeg:
            return QStringLiteral("train-seg");
        case RunKind::predict:
            return QStringLiteral("predict");
        case RunKind::iterations:
            return QStringLiteral("run");
        case RunKind::experiment:
            return QStringLiteral("experiment");
    }
    return QStringLiteral("run");
}

RunController::RunController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<RunProgress>("mipr::ui::RunProgress");
}

RunController::~RunController() {
    if (worker_.joinable()) {
        worker_.request_stop();
        resumed_.notify_all();
        worker_.join();
    }
}

bool RunController::start(const QString& root, RunKind kind, const pipeline::Settings& settings,
                          QString* why) {
    if (running_) {
        if (why) *why = tr("A run is in progress: stop it first.");
        return false;
    }
    if (worker_.joinable()) worker_.join();  // a finished worker: returns at once
    running_ = true;
    kind_ = kind;
    iterations_ = kind == RunKind::iterations ? settings.run().iterations : 0;
    last_ = RunProgress{};
    {
        const std::lock_guard lock(mutex_);
        paused_ = false;
        steps_ = 0;
        etaStage_.clear();
    }
    worker_ = std::jthread(
        [this, root, kind, settings](std::stop_token stop) { work(stop, root, kind, settings); });
    Q_EMIT started();
    return true;
}

void RunController::pause() {
    {
        const std::lock_guard lock(mutex_);
        if (!running_ || paused_) return;
        paused_ = true;
    }
    spdlog::info("run paused: it holds at its next step");
    Q_EMIT pausedChanged(true);
}

void RunController::resume() {
    {
        const std::lock_guard lock(mutex_);
        if (!paused_) return;
        paused_ = false;
        etaStage_.clear();  // the pause is not part of the rate
    }
    resumed_.notify_all();
    spdlog::info("run resumed");
    last_.paused = false;
    Q_EMIT pausedChanged(false);
}

void RunController::stop() {
    if (!running_) return;
    spdlog::info("stopping the run...");
    worker_.request_stop();
    resumed_.notify_all();
}

bool RunController::isPaused() const {
    const std::lock_guard lock(mutex_);
    return paused_;
}

bool RunController::isHeld() const {
    const std::lock_guard lock(mutex_);
    return held_;
}

qint64 RunController::stepsSeen() const {
    const std::lock_guard lock(mutex_);
    return steps_;
}

// Worker thread from here to onFinished.
void RunController::work(std::stop_token stop, QString root, RunKind kind, pipeline::Settings settings) {
    QString status = QStringLiteral("done"), message;
    try {
        const auto dir = toPath(root);
        settings.validate();
        auto lock = project::ProjectLock::acquire(dir, "MIPR Studio (run)");
        auto project = project::Project::open(dir);
        project.remove_leftover_temporaries();
        pipeline::attach_project_log(project.root());
        pipeline::RunJournal journal(project.root(), runKindName(kind).toStdString(), settings.to_json());
        const ProgressFn progress = [this, stop](const Progress& p) { onProgress(p, stop); };
        switch (kind) {
            case RunKind::trainSeg: {
                const auto r = journal.run(progress, [&](const ProgressFn& pr) {
                    return pipeline::train_seg(project, settings.train_seg(), pr, stop);
                });
                message =
                    tr("S v%1 trained on %n image(s) in %2 s, final loss %3", nullptr, int(r.train_images))
                        .arg(r.version)
                        .arg(r.seconds, 0, 'f', 0)
                        .arg(r.epoch_losses.empty() ? 0.0 : r.epoch_losses.back(), 0, 'f', 4);
                break;
            }
            case RunKind::predict: {
                pipeline::PredictOptions o;
                o.postprocess = settings.run().postprocess;
                o.compute = settings.run().compute;
                const auto r = journal.run(
                    progress, [&](const ProgressFn& pr) { return pipeline::predict(project, o, pr, stop); });
                message = tr("%n image(s) pseudo-labelled, mean confidence %1", nullptr, int(r.predicted))
                              .arg(r.mean_confidence, 0, 'f', 3);
                break;
            }
            case RunKind::iterations: {
                const auto r = journal.run(progress, [&](const ProgressFn& pr) {
                    return pipeline::run_mipr(project, settings.run(), pr, stop);
                });
                message = QString::fromStdString(r.to_text()).trimmed();
                break;
            }
            case RunKind::experiment: {
                const auto r = journal.run(progress, [&](const ProgressFn& pr) {
                    return pipeline::run_experiment(project, settings.experiment_options(), pr, stop);
                });
                message = tr("report: %1").arg(QString::fromStdString((r.report_dir / "report.md").string()));
                break;
            }
        }
    } catch (const Cancelled&) {
        status = QStringLiteral("stopped");
        message = tr("Stopped. What completed is kept; a new run continues after it.");
    } catch (const std::exception& e) {
        status = QStringLiteral("failed");
        message = QString::fromUtf8(e.what());
        if (const auto at = message.indexOf(QStringLiteral("Exception raised from")); at > 0)
            message = message.left(at).trimmed();
        spdlog::error("run failed: {}", message.toStdString());
    }
    QMetaObject::invokeMethod(
        this, [this, status, message] { onFinished(status, message); }, Qt::QueuedConnection);
}

void RunController::onProgress(const Progress& p, const std::stop_token& stop) {
    RunProgress r;
    r.stage = QString::fromStdString(p.stage);
    r.done = p.done;
    r.total = p.total;
    r.iteration = p.iteration;
    r.iterations = iterations_;
    r.message = QString::fromStdString(p.message);
    r.loss = p.loss;
    bool deliver_now = false;
    {
        std::unique_lock lock(mutex_);
        ++steps_;
        // Pause: the job waits here, between two steps, until resumed or stopped.
        if (paused_) {
            r.paused = true;
            lock.unlock();
            QMetaObject::invokeMethod(this, [this, r] { deliver(r); }, Qt::QueuedConnection);
            lock.lock();
            held_ = true;
            resumed_.wait(lock, stop, [this] { return !paused_; });
            held_ = false;
            r.paused = false;
        }
        const auto now = std::chrono::steady_clock::now();
        if (r.stage != etaStage_ || p.done < etaStartDone_) {
            etaStage_ = r.stage;
            etaStart_ = now;
            etaStartDone_ = p.done;
        } else if (p.total > 0 && p.done > etaStartDone_) {
            const double seconds = std::chrono::duration<double>(now - etaStart_).count();
            r.etaSeconds =
                seconds / static_cast<double>(p.done - etaStartDone_) * static_cast<double>(p.total - p.done);
        }
        // At most 10 reports a second reach the GUI, and every one that closes an epoch or a stage.
        deliver_now = !p.metrics.empty() || (p.total > 0 && p.done >= p.total) ||
                      now - lastDelivered_ >= std::chrono::milliseconds(100);
        if (deliver_now) lastDelivered_ = now;
    }
    if (deliver_now) QMetaObject::invokeMethod(this, [this, r] { deliver(r); }, Qt::QueuedConnection);
}

void RunController::deliver(const RunProgress& p) {
    if (!running_) return;  // a report overtaken by the end
    last_ = p;
    Q_EMIT progressed(p);
}

void RunController::onFinished(const QString& status, const QString& message) {
    running_ = false;
    {
        const std::lock_guard lock(mutex_);
        paused_ = false;
    }
    if (worker_.joinable()) worker_.join();  // it has returned: posting this was its last act
    Q_EMIT finished(status, message);
}

}  // namespace mipr::ui
