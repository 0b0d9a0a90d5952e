// Live training curves (issue 16), drawn with QCustomPlot from the project's run_metrics table:
// S's loss and training Dice per epoch; G's, D's, feature-matching, L1 and consistency losses;
// learning rates; pairs and scores per iteration. They come from the project, not from a
// process, so a run started by `mipr` in a terminal shows as well as the studio's own. Zoom and
// pan with the mouse, a click on a legend entry hides or shows its curve, smoothing, earlier runs
// overlaid, export as PNG and CSV.
#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPLegend;
class QCPAbstractLegendItem;
class QLabel;
class QSlider;

namespace mipr::project {
class Project;
}

namespace mipr::ui {

class CurvesView : public QWidget {
    Q_OBJECT

public:
    explicit CurvesView(QWidget* parent = nullptr);
    ~CurvesView() override;

    /// Reads the curves of the project in `root` (read-only, a connection of its own); "" clears.
    void setProjectRoot(const QString& root);
    /// Reads what was written since the last call and redraws when anything is new. Cheap when
    /// nothing is (one indexed query); the cockpit calls it on a timer.
    void poll();

    /// The run shown (its id; 0 when there is none) and the runs known, oldest first. Unless one
    /// was chosen: the newest run if it is running, else the newest with epoch curves (an
    /// experiment on a finished loop has none), else the newest.
    qint64 shownRun() const;
    QVector<qint64> runs() const { return runOrder_; }
    /// Points of one curve of the shown run, e.g. ("train-seg", "loss").
    int pointCount(const QString& stage, const QString& name) const;
    /// Follow the newest run as runs start (default), or keep the one chosen.
    void showRun(qint64 runId);
    void setOverlay(bool on);
    void setSmoothing(double factor);  ///< 0 (none) to 0.95: exponential moving average

    QCustomPlot* plot(int index) const { return plots_.value(index); }  ///< 0 S, 1 G and D, 2 rates, 3 pairs
    int plotCount() const { return plots_.size(); }
    bool exportPng(const QString& file) const;
    bool exportCsv(const QString& file) const;

Q_SIGNALS:
    void runsChanged();

private:
    struct Series {
        QVector<double> x, y;
    };
    /// stage/name of each curve of a run: its points in order
    using RunCurves = QMap<QString, Series>;

    void redraw();
    void rebuildRunCombo();
    void drawRun(qint64 runId, bool faded);
    void onLegendClick(QCustomPlot* plot, QCPLegend* legend, QCPAbstractLegendItem* item);

    std::unique_ptr<project::Project> project_;
    QString root_;
    qint64 lastId_ = 0;
    QHash<qint64, RunCurves> curves_;
    QHash<qint64, QString> runTitles_;
    QHash<qint64, bool> running_;  ///< runs whose status is "running"
    QVector<qint64> runOrder_;
    qint64 chosenRun_ = 0;  ///< 0: follow the newest
    bool overlay_ = false;
    double smoothing_ = 0;
    QHash<QString, bool> hidden_;  ///< legend names the user hid

    QComboBox* runCombo_ = nullptr;
    QCheckBox* overlayBox_ = nullptr;
    QSlider* smoothingSlider_ = nullptr;
    QLabel* emptyLabel_ = nullptr;
    QVector<QCustomPlot*> plots_;
};

}  // namespace mipr::ui
