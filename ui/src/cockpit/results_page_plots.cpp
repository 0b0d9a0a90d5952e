// The results page's table and plots (results_page.cpp builds the page and reads the report):
// the Table-1 table beside the paper's figures, the DSC bars with error bars, the t-SNE scatter.
#include "mipr/ui/cockpit/results_page.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include "cockpit/results_support.h"
#include "mipr/ui/common/qcustomplot.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace mipr::ui {

using namespace results;

void ResultsPage::fillTable(const QList<Row>& rows, const QString& model) {
    const QString paperModel = model.isEmpty() ? QStringLiteral("Unet") : model;
    const QString shownModel = paperModel == QLatin1String("Att-Unet") ? tr("Att-U-Net") : tr("U-Net");
    QString note =
        tr("<b>Ours</b>: this project's data, split and preset (mean ± std over seeds). <b>Paper</b>: the "
           "MIPR "
           "paper's Table 1 for %1, on <b>ISIC 2018 at 256²</b> (1800 unlabelled, 594 test images); shown "
           "for "
           "Doctor and MIPR[k], the rows the paper has. Different data: compare the trend, not the numbers.")
            .arg(shownModel);
    if (model.isEmpty() && !rows.isEmpty()) note += tr(" (report.md names no model; U-Net assumed.)");
    paperNote_->setText(note);

    const QColor paperBackground(246, 243, 235);
    const QColor paperText(90, 90, 90);
    table_->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        auto set = [&](int column, const QString& text, Qt::Alignment align) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(align | Qt::AlignVCenter);
            table_->setItem(r, column, item);
            return item;
        };
        set(colMethod, row.method, Qt::AlignLeft)->setToolTip(row.method);
        set(colAmount, QString::number(row.amount), Qt::AlignRight);
        auto* dice = set(colDice, percent(100 * row.dice, 100 * row.diceStd), Qt::AlignRight);
        auto* acc = set(colAcc, percent(100 * row.acc, 100 * row.accStd), Qt::AlignRight);
        auto perSeed = [](const QString& list) {
            QStringList out;
            for (const QString& v : list.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                double value = 0;
                if (finiteNumber(v, value)) out << QString::number(100 * value, 'f', 2);
            }
            return out.join(QStringLiteral(", "));
        };
        if (const QString s = perSeed(row.seedDice); !s.isEmpty())
            dice->setToolTip(tr("Per seed: %1").arg(s));
        if (const QString s = perSeed(row.seedAcc); !s.isEmpty()) acc->setToolTip(tr("Per seed: %1").arg(s));

        const PaperRow* paper = paperRowFor(row.method, paperModel);
        const QString none = QStringLiteral("—");
        QTableWidgetItem* cells[] = {
            set(colPaperRow,
                paper ? QStringLiteral("%1 %2 (%3)")
                            .arg(QLatin1String(paper->model), QLatin1String(paper->method))
                            .arg(paper->amount)
                      : none,
                Qt::AlignLeft),
            set(colPaperDice, paper ? percent(paper->dice, paper->diceStd) : none, Qt::AlignRight),
            set(colPaperAcc, paper ? percent(paper->acc, paper->accStd) : none, Qt::AlignRight)};
        for (auto* cell : cells) {
            cell->setBackground(paperBackground);
            cell->setForeground(paperText);
            cell->setToolTip(paper ? tr("The MIPR paper's Table 1 (ISIC 2018, 256²)")
                                   : tr("The paper has no such row"));
        }
    }
}

void ResultsPage::fillDiceChart(const QList<Row>& rows) {
    diceTitle_->setText(tr("Test DSC per row, in % (mean ± std over seeds)"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    diceChart_->xAxis->setTicker(ticker);
    if (rows.isEmpty()) {
        auto* text = new QCPItemText(diceChart_);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(tr("No rows to chart"));
        text->setClipToAxisRect(false);
        diceChart_->xAxis->setRange(0, 1);
        diceChart_->yAxis->setRange(0, 100);
        return;
    }
    struct Series {
        QCPBars* bars;
        QVector<double> errors;
    };
    Series mipr{new QCPBars(diceChart_->xAxis, diceChart_->yAxis), {}};
    Series other{new QCPBars(diceChart_->xAxis, diceChart_->yAxis), {}};
    mipr.bars->setName(tr("MIPR rows"));
    mipr.bars->setBrush(QColor(40, 140, 200));
    mipr.bars->setPen(QPen(QColor(25, 95, 140)));
    other.bars->setName(tr("Baselines (labelled only, Doctor, pseudo-labels, self-training)"));
    other.bars->setBrush(QColor(170, 170, 170));
    other.bars->setPen(QPen(QColor(120, 120, 120)));
    double low = 100, high = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        const double key = i + 1, value = 100 * row.dice, sd = 100 * row.diceStd;
        Series& s = row.method.startsWith(QLatin1String("MIPR")) ? mipr : other;
        s.bars->addData(key, value);
        s.errors.append(sd);
        pointTexts_[s.bars].append(
            tr("%1 (%n training image(s)): DSC %2 %, ACC %3 %", nullptr, int(row.amount))
                .arg(row.method)
                .arg(percent(value, sd), percent(100 * row.acc, 100 * row.accStd)));
        ticker->addTick(key, elidedMiddle(row.method, 28));
        low = std::min(low, value - sd);
        high = std::max(high, value + sd);
        auto* label = new QCPItemText(diceChart_);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(key, value + sd);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(QString::number(value, 'f', 1));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        label->setFont(small);
        label->setSelectable(false);
        label->setProperty("miprBars", QVariant::fromValue(static_cast<QObject*>(s.bars)));
    }
    for (Series* s : {&mipr, &other}) {
        if (s->errors.isEmpty()) {
            diceChart_->removePlottable(s->bars);
            continue;
        }
        s->bars->setWidth(0.65);
        auto* errors = new QCPErrorBars(diceChart_->xAxis, diceChart_->yAxis);
        errors->setDataPlottable(s->bars);
        errors->setData(s->errors);
        errors->setPen(QPen(Qt::black, 1.5));
        errors->setWhiskerWidth(6);
        errors->setSymbolGap(0);  // the default gap (for scatter symbols) would cut the bar's top
        errors->setSelectable(QCP::stNone);
        errors->removeFromLegend();
    }
    // As the report's dice.png: the axis spans the rows' range in steps of 5 points, not 0-100 (the
    // differences that matter are a point or two); headroom above for the value labels.
    const double lo = std::clamp(std::floor((low - 1) / 5) * 5, 0.0, 95.0);
    const double hi = std::clamp(std::ceil((high + 1) / 5) * 5, lo + 5, 100.0);
    diceChart_->yAxis->setRange(lo, hi + 0.08 * (hi - lo));
    diceChart_->xAxis->setRange(0.4, static_cast<double>(rows.size()) + 0.6);
    diceTitle_->setText(
        tr("Test DSC per row, in % (mean ± std over seeds; axis from %1)").arg(lo, 0, 'f', 0));
}

void ResultsPage::fillTsne(const QList<TsnePoint>& points, const QString& iteration, const QString& knn) {
    hasTsne_ = true;
    tsnePlot_->xAxis->setVisible(true);
    tsnePlot_->yAxis->setVisible(true);
    QString title = iteration.isEmpty() ? tr("t-SNE of S-encoder features")
                                        : tr("t-SNE of S-encoder features, iteration %1").arg(iteration);
    if (!knn.isEmpty())
        title += QLatin1Char('\n') + tr("5-NN real/generated accuracy %1 (50% = indistinguishable)").arg(knn);
    tsneTitle_->setText(title);

    // One graph per (kind, iteration), real before generated, iterations in natural order.
    std::map<std::pair<QString, bool>, QList<TsnePoint>,
             bool (*)(const std::pair<QString, bool>&, const std::pair<QString, bool>&)>
        groups([](const std::pair<QString, bool>& a, const std::pair<QString, bool>& b) {
            if (const int c = naturalCompare(a.first, b.first); c != 0) return c < 0;
            return a.second < b.second;
        });
    for (const TsnePoint& p : points)
        groups[{p.iteration, p.generated}].append(p);
    QStringList iterations;
    for (const auto& [key, list] : groups)
        if (!iterations.contains(key.first)) iterations << key.first;

    const QCPScatterStyle::ScatterShape realShapes[] = {QCPScatterStyle::ssDisc, QCPScatterStyle::ssTriangle,
                                                        QCPScatterStyle::ssStar};
    const QCPScatterStyle::ScatterShape generatedShapes[] = {
        QCPScatterStyle::ssSquare, QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangleInverted};
    for (auto& [key, list] : groups) {
        const auto iterIndex = static_cast<int>(iterations.indexOf(key.first));
        const bool generated = key.second;
        std::stable_sort(list.begin(), list.end(),
                         [](const TsnePoint& a, const TsnePoint& b) { return a.x < b.x; });
        QVector<double> xs, ys;
        QStringList texts;
        for (const TsnePoint& p : std::as_const(list)) {
            xs << p.x;
            ys << p.y;
            texts << (generated ? tr("Generated x' of %1") : tr("Real x_u %1")).arg(p.name);
        }
        QCPGraph* graph = tsnePlot_->addGraph();
        graph->setData(xs, ys, true);
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor colour = kTab10[(2 * iterIndex + (generated ? 1 : 0)) % 10];
        const auto shape = generated ? generatedShapes[iterIndex % 3] : realShapes[iterIndex % 3];
        QColor fill = colour;
        fill.setAlpha(200);
        graph->setScatterStyle(QCPScatterStyle(shape, colour.darker(130), fill, 7));
        QString name =
            generated ? tr("generated x' (%1)").arg(list.size()) : tr("real x_u (%1)").arg(list.size());
        if (!key.first.isEmpty()) name += tr(", iteration %1").arg(key.first);
        graph->setName(name);
        pointTexts_.insert(graph, texts);
    }
    fitTsneRanges();
}

void ResultsPage::showNoTsne(const QString& why) {
    hasTsne_ = false;
    tsneTitle_->setText(tr("t-SNE of real and generated images"));
    auto* text = new QCPItemText(tsnePlot_);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.5, 0.5);
    text->setText(why);
    text->setTextAlignment(Qt::AlignCenter);
    text->setColor(QColor(90, 90, 90));
    text->setSelectable(false);
    text->setClipToAxisRect(false);
    tsnePlot_->xAxis->setVisible(false);
    tsnePlot_->yAxis->setVisible(false);
    tsnePlot_->xAxis->setRange(0, 1);
    tsnePlot_->yAxis->setRange(0, 1);
}

void ResultsPage::fitTsneRanges() {
    if (!hasTsne_) return;
    bool any = false;
    QCPRange xr, yr;
    for (int i = 0; i < tsnePlot_->graphCount(); ++i) {
        bool foundX = false, foundY = false;
        const QCPRange gx = tsnePlot_->graph(i)->getKeyRange(foundX);
        const QCPRange gy = tsnePlot_->graph(i)->getValueRange(foundY);
        if (!foundX || !foundY) continue;
        xr = any ? QCPRange(std::min(xr.lower, gx.lower), std::max(xr.upper, gx.upper)) : gx;
        yr = any ? QCPRange(std::min(yr.lower, gy.lower), std::max(yr.upper, gy.upper)) : gy;
        any = true;
    }
    if (!any) return;
    // One scale on both axes (t-SNE's distances are what mean something), all points inside.
    const double spanX = std::max(xr.size(), 1e-9) * 1.1, spanY = std::max(yr.size(), 1e-9) * 1.1;
    const QRect rect = tsnePlot_->axisRect()->rect();
    double halfX = spanX / 2, halfY = spanY / 2;
    if (rect.width() > 10 && rect.height() > 10) {
        const double perPixel = std::max(spanX / rect.width(), spanY / rect.height());
        halfX = perPixel * rect.width() / 2;
        halfY = perPixel * rect.height() / 2;
    }
    tsnePlot_->xAxis->setRange(xr.center() - halfX, xr.center() + halfX);
    tsnePlot_->yAxis->setRange(yr.center() - halfY, yr.center() + halfY);
}

}  // namespace mipr::ui
