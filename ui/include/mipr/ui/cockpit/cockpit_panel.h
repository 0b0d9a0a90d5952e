// The cockpit tab (issue 16): the run in progress (what it does, iteration, epoch, progress with
// ETA, Pause / Resume / Stop, New Run…), its live curves, and the log.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace mipr::ui {

class CurvesView;
class LogPane;
class RunController;
struct RunProgress;

class CockpitPanel : public QWidget {
    Q_OBJECT

public:
    CockpitPanel(RunController* controller, QWidget* parent = nullptr);

    CurvesView* curves() const { return curves_; }
    LogPane* log() const { return log_; }
    QLabel* statusLabel() const { return status_; }
    QProgressBar* progressBar() const { return bar_; }
    QPushButton* pauseButton() const { return pause_; }
    QPushButton* stopButton() const { return stop_; }
    QPushButton* newRunButton() const { return newRun_; }
    /// "iteration 1/2 · train-gan · epoch 3/8 · 42% · ETA 1 min 5 s" (what the title bar also shows).
    static QString describe(const RunProgress& p);
    /// A run's kind and status as the runs table stores them ("train-seg", "running"), in the
    /// studio's language.
    static QString runKindText(const QString& kind);
    static QString runStatusText(const QString& status);
    /// A progress message of the core ("epoch 3/8 D 0.693 L1 0.131", "iteration 2 done") in the
    /// studio's language: its words translated, its figures kept.
    static QString progressText(const QString& message);
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void newRunRequested();

private:
    void onProgress(const RunProgress& p);
    void updateButtons();

    RunController* controller_;
    QLabel* status_ = nullptr;
    QLabel* eta_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QPushButton* newRun_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* stop_ = nullptr;
    CurvesView* curves_ = nullptr;
    LogPane* log_ = nullptr;
    bool readOnly_ = false;
};

/// "1 h 02 min", "3 min 05 s", "12 s".
QString formatDuration(double seconds);

}  // namespace mipr::ui
