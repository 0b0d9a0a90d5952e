// Background runs of the studio (issue 16): one pipeline job at a time on a worker thread the
// studio owns, through the same functions `mipr` calls (train_seg, predict, run_mipr,
// run_experiment), under the project's writer lock and journaled in the project like a `mipr`
// run. Pause holds the job at its next step; stop is safe at any moment (what completed stays
// recorded, and the next start resumes after it). The GUI thread never waits on the worker:
// requests return at once and the outcome arrives as a signal.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>

#include "mipr/pipeline/settings.h"

namespace mipr::ui {

/// What a run does.
enum class RunKind { trainSeg, predict, iterations, experiment };
QString runKindName(RunKind kind);  ///< "train-seg", "predict", "run", "experiment" (as journaled)

/// A progress report as the GUI sees it.
struct RunProgress {
    QString stage;  ///< load, train-seg, train-gan, annotate, predict, experiment, iteration
    qint64 done = 0, total = 0;
    int iteration = 0;   ///< MIPR iteration, 0 outside the loop
    int iterations = 0;  ///< of the run (0 when not a loop)
    QString message;     ///< e.g. "epoch 3/40"
    double loss = 0;
    double etaSeconds = -1;  ///< of the stage, -1 when unknown
    bool paused = false;
};

class RunController : public QObject {
    Q_OBJECT

public:
    explicit RunController(QObject* parent = nullptr);
    /// Stops a running job and waits for it (only here: closing the studio asks first and waits
    /// for finished() instead).
    ~RunController() override;

    /// Starts a run on the project in `root`. Returns false (with `why`) when one is running.
    /// The writer lock, the project and bad settings are checked on the worker: a refusal
    /// arrives as finished("failed", reason).
    bool start(const QString& root, RunKind kind, const pipeline::Settings& settings, QString* why = nullptr);
    void pause();
    void resume();
    /// Asks the job to stop at its next step; finished("stopped", ...) follows.
    void stop();

    bool isRunning() const { return running_; }
    bool isPaused() const;
    /// Whether the job is waiting at the pause gate (paused and reached its next step).
    bool isHeld() const;
    RunKind kind() const { return kind_; }
    const RunProgress& lastProgress() const { return last_; }
    /// Steps completed since the start (every progress report of a training counts one).
    qint64 stepsSeen() const;

Q_SIGNALS:
    void started();
    void progressed(const mipr::ui::RunProgress& progress);
    void pausedChanged(bool paused);
    /// status: done | stopped | failed; message: the summary or the reason.
    void finished(const QString& status, const QString& message);

private:
    void work(std::stop_token stop, QString root, RunKind kind, pipeline::Settings settings);
    void onProgress(const Progress& p, const std::stop_token& stop);
    void deliver(const RunProgress& p);
    void onFinished(const QString& status, const QString& message);

    std::jthread worker_;
    bool running_ = false;  ///< GUI thread's view: from start() to finished()
    RunKind kind_ = RunKind::iterations;
    int iterations_ = 0;
    RunProgress last_;

    mutable std::mutex mutex_;  ///< guards paused_, steps_ and the rate limit below
    std::condition_variable_any resumed_;
    bool paused_ = false;
    bool held_ = false;
    qint64 steps_ = 0;
    std::chrono::steady_clock::time_point lastDelivered_{};
    // ETA of the stage: when it began and at which count.
    QString etaStage_;
    std::chrono::steady_clock::time_point etaStart_{};
    qint64 etaStartDone_ = 0;
};

}  // namespace mipr::ui

Q_DECLARE_METATYPE(mipr::ui::RunProgress)
