#include "mipr/ui/cockpit/curves_view.h"

#include "mipr/ui/cockpit/cockpit_panel.h"

#include "common/qt_paths.h"
#include "mipr/project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTextStream>
#include <QVBoxLayout>

#include "mipr/ui/common/qcustomplot.h"

#include <cmath>

namespace mipr::ui {
namespace {

struct Curve {
    const char* stage;
    const char* name;
    const char* label;
    QColor color;
    bool right_axis;  ///< drawn against the plot's right axis
};

// What each plot draws. Stages of a per-seed loop of `mipr experiment` ("loop-1/train-seg") are
// drawn with the project's loop's.
const QVector<QVector<Curve>>& curveLayout() {
    static const QVector<QVector<Curve>> plots{
        {{"train-seg", "loss", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "S loss"), QColor(31, 119, 180),
          false},
         {"train-seg", "dice", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "S training Dice"),
          QColor(44, 160, 44), true}},
        {{"train-gan", "loss_g", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "G loss"), QColor(31, 119, 180),
          false},
         {"train-gan", "loss_d", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "D loss"), QColor(214, 39, 40),
          false},
         {"train-gan", "feature_matching", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "feature matching"),
          QColor(148, 103, 189), false},
         {"train-gan", "l1", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "L1"), QColor(255, 127, 14), true},
         {"train-gan", "consistency", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "S-consistency"),
          QColor(44, 160, 44), true}},
        {{"train-seg", "learning_rate", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "S learning rate"),
          QColor(31, 119, 180), false},
         {"train-gan", "lr_g", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "G learning rate"),
          QColor(255, 127, 14), false},
         {"train-gan", "lr_d", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "D learning rate"),
          QColor(214, 39, 40), false}},
        {{"iteration", "pairs", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "pairs"), QColor(127, 127, 127),
          false},
         {"iteration", "kept", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "kept"), QColor(44, 160, 44), false},
         {"iteration", "held", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "held back"), QColor(214, 39, 40),
          false},
         {"iteration", "mean_consistency", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "mean consistency"),
          QColor(148, 103, 189), true},
         {"iteration", "mean_confidence", QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "mean confidence"),
          QColor(23, 190, 207), true}},
    };
    return plots;
}

// Marked for lupdate; translated where they are shown (tr() with the CurvesView context).
const char* const kTitles[] = {
    QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "S: loss and training Dice per epoch"),
    QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "G and D: losses per epoch"),
    QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "Learning rates per epoch"),
    QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "Pairs and scores per iteration")};
const char* const kEpochAxis =
    QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "epoch (iterations one after another)");
const char* const kXLabels[] = {kEpochAxis, kEpochAxis, kEpochAxis,
                                QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "iteration")};
const char* const kLeftLabels[] = {QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "loss"),
                                   QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "loss"),
                                   QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "learning rate"),
                                   QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "pairs")};
const char* const kRightLabels[] = {QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "Dice"),
                                    QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "L1 / consistency"), "",
                                    QT_TRANSLATE_NOOP("mipr::ui::CurvesView", "score")};

QString baseStage(const QString& stage) {
    const int slash = stage.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? stage : stage.mid(slash + 1);
}

QVector<double> smoothed(const QVector<double>& y, double factor) {
    if (factor <= 0 || y.isEmpty()) return y;
    QVector<double> out(y.size());
    double value = y.front();
    for (int i = 0; i < y.size(); ++i) {
        value = factor * value + (1 - factor) * y[i];
        out[i] = value;
    }
    return out;
}

}  // namespace

CurvesView::CurvesView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("curvesView"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Run:"), this));
    runCombo_ = new QComboBox(this);
    runCombo_->setObjectName(QStringLiteral("curvesRunCombo"));
    runCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    controls->addWidget(runCombo_);
    overlayBox_ = new QCheckBox(tr("Overlay earlier runs"), this);
    overlayBox_->setObjectName(QStringLiteral("curvesOverlay"));
    controls->addWidget(overlayBox_);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Smoothing:"), this));
    smoothingSlider_ = new QSlider(Qt::Horizontal, this);
    smoothingSlider_->setObjectName(QStringLiteral("curvesSmoothing"));
    smoothingSlider_->setRange(0, 95);
    smoothingSlider_->setMaximumWidth(140);
    smoothingSlider_->setToolTip(tr("Exponential moving average of each curve (0: the raw values)"));
    controls->addWidget(smoothingSlider_);
    controls->addStretch(1);
    auto* png = new QPushButton(tr("Export PNG…"), this);
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    controls->addWidget(png);
    controls->addWidget(csv);

    auto* grid = new QGridLayout;
    grid->setSpacing(4);
    for (int i = 0; i < curveLayout().size(); ++i) {
        auto* plot = new QCustomPlot(this);
        plot->setObjectName(QStringLiteral("curvesPlot%1").arg(i));
        plot->setMinimumSize(320, 200);
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectLegend);
        // Polylines drawn as one path, not segment by segment: a redraw of 1,000-point curves stays
        // within a frame (bench/gui_stall_bench).
        plot->setPlottingHints(QCP::phFastPolylines | QCP::phCacheLabels);
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(
            0, 0, new QCPTextElement(plot, tr(kTitles[i]), QFont(font().family(), 10, QFont::Bold)));
        plot->xAxis->setLabel(tr(kXLabels[i]));
        plot->yAxis->setLabel(tr(kLeftLabels[i]));
        if (kRightLabels[i][0] != '\0') {
            plot->yAxis2->setVisible(true);
            plot->yAxis2->setLabel(tr(kRightLabels[i]));
        }
        if (i == 2) plot->yAxis->setNumberFormat(QStringLiteral("gb"));
        if (i == 3) {  // one tick per iteration
            QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
            ticker->setTickStep(1.0);
            ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
            plot->xAxis->setTicker(ticker);
        }
        plot->legend->setVisible(true);
        plot->legend->setFont(QFont(font().family(), 8));
        plot->legend->setBrush(QColor(255, 255, 255, 200));
        plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
        connect(plot, &QCustomPlot::legendClick, this,
                [this, plot](QCPLegend* legend, QCPAbstractLegendItem* item, QMouseEvent*) {
                    onLegendClick(plot, legend, item);
                });
        plots_.push_back(plot);
        grid->addWidget(plot, i / 2, i % 2);
    }
    emptyLabel_ = new QLabel(this);
    emptyLabel_->setObjectName(QStringLiteral("curvesEmpty"));
    emptyLabel_->setAlignment(Qt::AlignCenter);
    emptyLabel_->setWordWrap(true);
    emptyLabel_->setText(
        tr("No training curves yet: start a run (Run ▸ New Run…, or `mipr run` in a terminal); "
           "its curves appear here as it trains."));

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addLayout(controls);
    box->addWidget(emptyLabel_);
    box->addLayout(grid, 1);

    connect(runCombo_, &QComboBox::activated, this,
            [this](int index) { showRun(runCombo_->itemData(index).toLongLong()); });
    connect(overlayBox_, &QCheckBox::toggled, this, &CurvesView::setOverlay);
    connect(smoothingSlider_, &QSlider::valueChanged, this, [this](int v) { setSmoothing(v / 100.0); });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export curves as PNG"), QStringLiteral("curves.png"), tr("PNG images (*.png)"));
        if (!file.isEmpty()) exportPng(file);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export curves as CSV"), QStringLiteral("curves.csv"), tr("CSV files (*.csv)"));
        if (!file.isEmpty()) exportCsv(file);
    });
    redraw();
}

CurvesView::~CurvesView() = default;

void CurvesView::setProjectRoot(const QString& root) {
    project_.reset();
    root_ = root;
    curves_.clear();
    runTitles_.clear();
    runOrder_.clear();
    lastId_ = 0;
    chosenRun_ = 0;
    if (!root.isEmpty()) {
        try {
            project_ = std::make_unique<project::Project>(
                project::Project::open(toPath(root), project::Project::Access::read));
        } catch (const std::exception&) {
            project_.reset();  // the main window reports a project it cannot open
        }
    }
    poll();
    redraw();
}

void CurvesView::poll() {
    if (!project_) return;
    bool changed = false;
    try {
        // Runs: new ones, and the status of known ones.
        const auto runs = project_->runs();
        if (static_cast<int>(runs.size()) != runOrder_.size()) changed = true;
        for (const auto& r : runs) {
            const QString title = tr("#%1 %2 · %3 · %4")
                                      .arg(r.id)
                                      .arg(CockpitPanel::runKindText(QString::fromStdString(r.kind)),
                                           QString::fromStdString(r.started_at).left(16),
                                           CockpitPanel::runStatusText(QString::fromStdString(r.status)));
            if (runTitles_.value(r.id) != title) {
                runTitles_[r.id] = title;
                running_[r.id] = r.status == "running";
                changed = true;
            }
            if (!runOrder_.contains(r.id)) runOrder_.push_back(r.id);
        }
        for (const auto& m : project_->run_metrics(std::nullopt, lastId_)) {
            lastId_ = m.id;
            const QString key =
                QString::fromStdString(m.stage) + QLatin1Char('/') + QString::fromStdString(m.name);
            auto& s = curves_[m.run_id][key];
            // Epoch curves: x counts the stage's epochs through the run; iteration curves: its number.
            s.x.push_back(m.stage == "iteration" ? m.iteration : static_cast<double>(s.x.size() + 1));
            s.y.push_back(m.value);
            changed = true;
        }
    } catch (const std::exception&) {
        return;  // a database being migrated or replaced: the next poll reads it
    }
    if (!changed) return;
    rebuildRunCombo();
    redraw();
    Q_EMIT runsChanged();
}

qint64 CurvesView::shownRun() const {
    if (chosenRun_ != 0) return chosenRun_;
    if (runOrder_.isEmpty()) return 0;
    if (running_.value(runOrder_.back())) return runOrder_.back();
    for (auto it = runOrder_.crbegin(); it != runOrder_.crend(); ++it) {
        const auto run = curves_.value(*it);
        for (auto c = run.cbegin(); c != run.cend(); ++c)
            if (!c.key().startsWith(QLatin1String("iteration/"))) return *it;
    }
    return runOrder_.back();
}

int CurvesView::pointCount(const QString& stage, const QString& name) const {
    const auto run = curves_.value(shownRun());
    int n = 0;
    for (auto it = run.cbegin(); it != run.cend(); ++it) {
        const int slash = it.key().lastIndexOf(QLatin1Char('/'));
        if (baseStage(it.key().left(slash)) == stage && it.key().mid(slash + 1) == name)
            n += it.value().y.size();
    }
    return n;
}

void CurvesView::showRun(qint64 runId) {
    chosenRun_ = 0;
    if (runId != shownRun()) chosenRun_ = runId;  // else keep following
    rebuildRunCombo();
    redraw();
}

void CurvesView::setOverlay(bool on) {
    overlay_ = on;
    if (overlayBox_->isChecked() != on) overlayBox_->setChecked(on);
    redraw();
}

void CurvesView::setSmoothing(double factor) {
    smoothing_ = std::clamp(factor, 0.0, 0.95);
    redraw();
}

void CurvesView::rebuildRunCombo() {
    QSignalBlocker block(runCombo_);
    runCombo_->clear();
    for (auto it = runOrder_.crbegin(); it != runOrder_.crend(); ++it)
        runCombo_->addItem(runTitles_.value(*it), *it);
    const int index = runCombo_->findData(shownRun());
    runCombo_->setCurrentIndex(index < 0 ? 0 : index);
}

void CurvesView::redraw() {
    for (auto* plot : plots_) {
        plot->clearGraphs();
    }
    const qint64 shown = shownRun();
    emptyLabel_->setVisible(shown == 0);
    if (overlay_)
        for (qint64 id : runOrder_)
            if (id != shown) drawRun(id, true);
    if (shown != 0) drawRun(shown, false);
    for (int i = 0; i < plots_.size(); ++i) {
        auto* plot = plots_[i];
        plot->rescaleAxes(true);        // visible curves only
        if (plot->graphCount() == 0) {  // nothing yet: a plain frame, not QCustomPlot's -1..6
            plot->xAxis->setRange(0, 1);
            plot->yAxis->setRange(0, 1);
            plot->yAxis2->setRange(0, 1);
        }
        // A margin around the curves, so that none runs along a frame.
        for (QCPAxis* axis : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
            const QCPRange r = axis->range();
            const double pad = r.size() > 0 ? 0.05 * r.size() : std::max(0.05, 0.05 * std::abs(r.upper));
            axis->setRange(r.lower - pad, r.upper + pad);
        }
        if (i == 0 || i == 3) plot->yAxis2->setRange(0, 1.02);  // Dice and scores are in [0, 1]
        if (i == 3) {                                           // whole iterations; counts from 0
            int last = 1;
            for (int g = 0; g < plot->graphCount(); ++g)
                if (!plot->graph(g)->data()->isEmpty())
                    last = std::max(
                        last, static_cast<int>(std::lround(
                                  plot->graph(g)->data()->at(plot->graph(g)->data()->size() - 1)->key)));
            plot->xAxis->setRange(0.5, last + 0.5);
            plot->yAxis->setRange(0, std::max(1.0, plot->yAxis->range().upper * 1.1));
        }
        if (i == 1 || i == 2) plot->xAxis->setRangeLower(std::max(0.0, plot->xAxis->range().lower));
        plot->legend->setVisible(plot->graphCount() > 0);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void CurvesView::drawRun(qint64 runId, bool faded) {
    const auto run = curves_.value(runId);
    for (int i = 0; i < curveLayout().size(); ++i) {
        auto* plot = plots_[i];
        for (const auto& c : curveLayout()[i]) {
            // The project's loop and the per-seed loops of an experiment, each a curve.
            for (auto it = run.cbegin(); it != run.cend(); ++it) {
                const int slash = it.key().lastIndexOf(QLatin1Char('/'));
                const QString stage = it.key().left(slash);
                if (baseStage(stage) != QLatin1String(c.stage) ||
                    it.key().mid(slash + 1) != QLatin1String(c.name))
                    continue;
                const QString prefix =
                    stage.contains(QLatin1Char('/'))
                        ? stage.left(stage.lastIndexOf(QLatin1Char('/'))) + QStringLiteral(": ")
                        : QString();
                QString name = prefix + tr(c.label);
                if (faded) name = tr("run #%1: %2").arg(runId).arg(name);
                auto* g = plot->addGraph(plot->xAxis, c.right_axis ? plot->yAxis2 : plot->yAxis);
                g->setName(name);
                QColor color = c.color;
                if (faded) color.setAlpha(70);
                QPen pen(color, faded ? 1.0 : 1.6);
                if (!prefix.isEmpty()) pen.setStyle(Qt::DashLine);
                g->setPen(pen);
                if (i == 3) {
                    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
                } else if (it.value().x.size() <= 40) {
                    // Few epochs yet: a dot per epoch, so that the first one shows at all.
                    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
                }
                g->setData(it.value().x, i == 3 ? it.value().y : smoothed(it.value().y, smoothing_), true);
                g->setVisible(!hidden_.value(name, false));
                if (faded) g->removeFromLegend();
                if (auto* item = plot->legend->itemWithPlottable(g))
                    item->setTextColor(g->visible() ? Qt::black : Qt::gray);
            }
        }
    }
}

void CurvesView::onLegendClick(QCustomPlot* plot, QCPLegend*, QCPAbstractLegendItem* item) {
    auto* plItem = qobject_cast<QCPPlottableLegendItem*>(item);
    if (!plItem) return;
    auto* plottable = plItem->plottable();
    plottable->setVisible(!plottable->visible());
    hidden_[plottable->name()] = !plottable->visible();
    plItem->setTextColor(plottable->visible() ? Qt::black : Qt::gray);
    plItem->setSelected(false);
    plot->replot();
}

bool CurvesView::exportPng(const QString& file) const {
    return const_cast<CurvesView*>(this)->grab().save(file, "PNG");
}

bool CurvesView::exportCsv(const QString& file) const {
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return false;
    QTextStream s(&out);
    s << "run,stage,name,x,value\n";
    QVector<qint64> ids = overlay_ ? runOrder_ : QVector<qint64>{shownRun()};
    for (qint64 id : ids) {
        const auto run = curves_.value(id);
        for (auto it = run.cbegin(); it != run.cend(); ++it) {
            const int slash = it.key().lastIndexOf(QLatin1Char('/'));
            for (int i = 0; i < it.value().x.size(); ++i)
                s << id << ',' << it.key().left(slash) << ',' << it.key().mid(slash + 1) << ','
                  << it.value().x[i] << ',' << QString::number(it.value().y[i], 'g', 10) << '\n';
        }
    }
    s.flush();
    return out.error() == QFileDevice::NoError;
}

}  // namespace mipr::ui
