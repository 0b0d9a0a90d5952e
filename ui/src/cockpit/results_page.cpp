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

ResultsPage::ResultsPage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("resultsPage"));
    buildLayout();
    setProjectRoot(QString());
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::buildLayout() {
    combo_ = new QComboBox(this);
    combo_->setObjectName(QStringLiteral("resultsReportCombo"));
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo_->setToolTip(
        tr("The project's experiment reports (reports/experiment-*) and review simulations "
           "(reports/simulate-review-*), newest first"));
    reloadButton_ = new QPushButton(tr("Reload"), this);
    reloadButton_->setToolTip(tr("Look for new reports"));
    pngButton_ = new QPushButton(tr("Export PNG…"), this);
    auto* pngMenu = new QMenu(pngButton_);
    connect(pngMenu->addAction(tr("DSC chart…")), &QAction::triggered, this,
            [this] { exportPngDialog(false); });
    connect(pngMenu->addAction(tr("t-SNE plot…")), &QAction::triggered, this,
            [this] { exportPngDialog(true); });
    pngButton_->setMenu(pngMenu);
    csvButton_ = new QPushButton(tr("Export CSV…"), this);
    csvButton_->setToolTip(tr("Save the table as shown (ours and the paper's figures) as CSV"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Report:"), this));
    bar->addWidget(combo_, 1);
    bar->addWidget(reloadButton_);
    bar->addSpacing(12);
    bar->addWidget(pngButton_);
    bar->addWidget(csvButton_);

    empty_ = new QLabel(this);
    empty_->setObjectName(QStringLiteral("resultsEmptyState"));
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setTextFormat(Qt::PlainText);
    empty_->setMargin(24);
    QFont emptyFont = empty_->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    empty_->setFont(emptyFont);

    info_ = new QLabel(this);
    info_->setObjectName(QStringLiteral("resultsInfo"));
    info_->setTextFormat(Qt::RichText);
    info_->setWordWrap(true);
    info_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(info_, &QLabel::linkActivated, this, [this](const QString&) {
        QString text, error;
        const QString file = shownDir_ + QStringLiteral("/report.md");
        if (readReportFile(QStringLiteral("report.md"), text, error))
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    });

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("resultsMessage"));
    message_->setTextFormat(Qt::PlainText);
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f0b4ad; padding: 6px; }"));
    message_->hide();

    paperNote_ = new QLabel(this);
    paperNote_->setWordWrap(true);
    paperNote_->setTextFormat(Qt::RichText);

    table_ = new QTableWidget(0, colCount, this);
    table_->setObjectName(QStringLiteral("resultsTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setVisible(false);
    setTableHeaders(false);

    diceChart_ = new QCustomPlot(this);
    diceChart_->setObjectName(QStringLiteral("resultsDiceChart"));
    setupPlot(diceChart_, diceTitle_);
    tsnePlot_ = new QCustomPlot(this);
    tsnePlot_->setObjectName(QStringLiteral("resultsTsnePlot"));
    setupPlot(tsnePlot_, tsneTitle_);
    tsnePlot_->xAxis->setTickLabels(false);  // t-SNE's axes have no units; only distances matter
    tsnePlot_->yAxis->setTickLabels(false);
    tsnePlot_->xAxis->setLabel(tr("t-SNE 1"));
    tsnePlot_->yAxis->setLabel(tr("t-SNE 2"));
    tsnePlot_->installEventFilter(this);
    diceChart_->yAxis->setLabel(tr("DSC in % (mean ± std over seeds)"));
    diceChart_->xAxis->setTickLabelRotation(-60);
    diceChart_->xAxis->grid()->setVisible(false);

    pointInfo_ = new QLabel(tr("Click a bar or a point for its figures; click a legend entry to hide or "
                               "show it; drag to pan, wheel to zoom."),
                            this);
    pointInfo_->setObjectName(QStringLiteral("resultsPointInfo"));
    pointInfo_->setTextFormat(Qt::PlainText);
    pointInfo_->setWordWrap(true);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(paperNote_);
    tableLayout->addWidget(table_, 1);

    auto* plots = new QSplitter(Qt::Horizontal, this);
    plots->addWidget(diceChart_);
    plots->addWidget(tsnePlot_);
    plots->setStretchFactor(0, 3);
    plots->setStretchFactor(1, 2);
    plots->setSizes({600, 400});  // proportions: the t-SNE plot keeps room for its legend
    plots->setChildrenCollapsible(false);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tableBox);
    split->addWidget(plots);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({300, 500});
    split->setChildrenCollapsible(false);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(info_);
    contentLayout->addWidget(message_);
    contentLayout->addWidget(split, 1);
    contentLayout->addWidget(pointInfo_);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(empty_);
    stack_->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(stack_, 1);

    connect(combo_, &QComboBox::currentIndexChanged, this, [this](int index) { showReport(index); });
    connect(reloadButton_, &QPushButton::clicked, this, &ResultsPage::reload);
    connect(csvButton_, &QPushButton::clicked, this, &ResultsPage::exportCsvDialog);
}

void ResultsPage::setupPlot(QCustomPlot* plot, QCPTextElement*& title) {
    plot->setMinimumSize(320, 260);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectLegend | QCP::iSelectPlottables);
    QFont titleFont = font();
    titleFont.setBold(true);
    plot->plotLayout()->insertRow(0);
    title = new QCPTextElement(plot, QString(), titleFont);
    plot->plotLayout()->addElement(0, 0, title);
    // The legend under the axis rect, one row wide: it hides no bar and no point.
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->addElement(2, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(2, 0.001);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(3);
    plot->legend->setBorderPen(Qt::NoPen);
    // An empty legend's maximum size hint (its margins) would cap the layout's only column at the
    // title's width: a large maximum instead (below QWIDGETSIZE_MAX with the margins added).
    plot->legend->setMaximumSize(100000, QWIDGETSIZE_MAX);
    plot->legend->setSelectableParts(QCPLegend::spItems);
    plot->legend->setVisible(true);
    connect(plot, &QCustomPlot::legendClick, this,
            [this, plot](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
                if (auto* entry = qobject_cast<QCPPlottableLegendItem*>(item))
                    toggleLegendItem(plot, entry->plottable());
            });
    connect(plot, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable* plottable, int dataIndex, QMouseEvent*) {
                showPointInfo(plottable, dataIndex);
            });
}

void ResultsPage::setProjectRoot(const QString& root) {
    root_ = root;
    reload();
}

void ResultsPage::reload() {
    const QString keep = currentReport();
    reports_.clear();
    reportsDir_.clear();
    QString problem;
    if (!root_.isEmpty()) {
        const QString canonicalRoot = QFileInfo(root_).canonicalFilePath();
        const QFileInfo reportsInfo(root_ + QStringLiteral("/reports"));
        const QString canonicalReports = reportsInfo.canonicalFilePath();
        if (canonicalRoot.isEmpty() || !QFileInfo(canonicalRoot).isDir()) {
            problem = tr("The project folder %1 does not exist.").arg(QDir::toNativeSeparators(root_));
        } else if (!canonicalReports.isEmpty() && !isInside(canonicalReports, canonicalRoot)) {
            problem = tr("The project's reports folder leads outside the project (a link); it is not read.");
        } else if (!canonicalReports.isEmpty() && QFileInfo(canonicalReports).isDir()) {
            reportsDir_ = canonicalReports;
        }
    }
    if (!reportsDir_.isEmpty()) {
        const QFileInfoList entries =
            QDir(reportsDir_)
                .entryInfoList({QStringLiteral("experiment-*"), QStringLiteral("simulate-review-*")},
                               QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QFileInfo& entry : entries) {
            // A report folder (or a link to one) must stay inside reports/; experiment-loops/ and
            // a folder whose experiment has not written its files yet are not reports.
            const QString dir = entry.canonicalFilePath();
            if (!isInside(dir, reportsDir_)) continue;
            if (!QFileInfo::exists(dir + QStringLiteral("/rows.csv")) &&
                !QFileInfo::exists(dir + QStringLiteral("/curves.csv")) &&
                !QFileInfo::exists(dir + QStringLiteral("/report.md")))
                continue;
            reports_.append(entry.fileName());
        }
        // Newest first by the time stamp in the name, whatever the kind of report.
        std::sort(reports_.begin(), reports_.end(), [&](const QString& a, const QString& b) {
            const QString sa = isSimulationReport(a) ? a.mid(16) : a.mid(11);
            const QString sb = isSimulationReport(b) ? b.mid(16) : b.mid(11);
            return sa != sb ? naturalCompare(sa, sb) > 0 : naturalCompare(a, b) > 0;
        });
    }

    {
        const QSignalBlocker block(combo_);
        combo_->clear();
        for (const QString& name : std::as_const(reports_)) {
            combo_->addItem(reportTitle(name), name);
            combo_->setItemData(combo_->count() - 1,
                                QDir::toNativeSeparators(reportsDir_ + QLatin1Char('/') + name),
                                Qt::ToolTipRole);
        }
        const int index = static_cast<int>(reports_.indexOf(keep));
        combo_->setCurrentIndex(index >= 0 ? index : (reports_.isEmpty() ? -1 : 0));
    }
    const bool any = !reports_.isEmpty();
    combo_->setEnabled(any);
    reloadButton_->setEnabled(!root_.isEmpty());
    if (!any) {
        if (root_.isEmpty()) {
            empty_->setText(tr("No project open."));
        } else {
            QString text =
                tr("No experiment report yet: run the Table-1 experiment from Run ▸ New run, or `mipr "
                   "experiment "
                   "PROJECT`");
            if (!problem.isEmpty()) text += QStringLiteral("\n\n") + problem;
            empty_->setText(text);
        }
    }
    showReport(combo_->currentIndex());
}

int ResultsPage::reportCount() const {
    return static_cast<int>(reports_.size());
}

QString ResultsPage::currentReport() const {
    return combo_ ? combo_->currentData().toString() : QString();
}

bool ResultsPage::setCurrentReport(const QString& name) {
    const int index = static_cast<int>(reports_.indexOf(name));
    if (index < 0) return false;
    combo_->setCurrentIndex(index);
    return true;
}

bool ResultsPage::readReportFile(const QString& name, QString& text, QString& error) const {
    text.clear();
    if (shownDir_.isEmpty()) {
        error = tr("%1: no report is shown").arg(name);
        return false;
    }
    const QFileInfo info(shownDir_ + QLatin1Char('/') + name);
    if (!info.exists()) {
        error = info.isSymLink() ? tr("%1 is a broken link").arg(name) : tr("%1 is missing").arg(name);
        return false;
    }
    const QString canonical = info.canonicalFilePath();
    if (!isInside(canonical, reportsDir_)) {
        error = tr("%1 leads outside the project's reports folder (a link); it is not read").arg(name);
        return false;
    }
    const QFileInfo real(canonical);
    if (!real.isFile()) {
        error = tr("%1 is not a regular file").arg(name);
        return false;
    }
    if (real.size() > kMaxFileBytes) {
        error = tr("%1 is %2 MB, more than the %3 MB this page reads; it is not read")
                    .arg(name)
                    .arg(static_cast<double>(real.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                    .arg(kMaxFileBytes / (1024 * 1024));
        return false;
    }
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {  // it grew since
        error = tr("%1 is more than %2 MB; it is not read").arg(name).arg(kMaxFileBytes / (1024 * 1024));
        return false;
    }
    text = QString::fromUtf8(bytes);
    return true;
}

void ResultsPage::clearReport() {
    shownDir_.clear();
    hasTsne_ = false;
    pointTexts_.clear();
    table_->setRowCount(0);
    for (QCustomPlot* plot : {diceChart_, tsnePlot_}) {
        plot->clearItems();
        plot->clearPlottables();
    }
    diceTitle_->setText(QString());
    tsneTitle_->setText(QString());
    message_->clear();
    message_->hide();
    info_->clear();
    paperNote_->clear();
    diceChart_->xAxis->setLabel(QString());
    diceChart_->yAxis->setLabel(tr("DSC in % (mean ± std over seeds)"));
    diceChart_->xAxis->setTickLabelRotation(-60);
    setTableHeaders(false);
}

void ResultsPage::showReport(int index) {
    clearReport();
    const bool shown = index >= 0 && index < reports_.size();
    stack_->setCurrentIndex(shown ? 1 : 0);
    pngButton_->setEnabled(shown);
    csvButton_->setEnabled(shown);
    if (!shown) {
        diceChart_->replot();
        tsnePlot_->replot();
        return;
    }
    const QString name = reports_[index];
    const QString dir = QFileInfo(reportsDir_ + QLatin1Char('/') + name).canonicalFilePath();
    QStringList problems;
    if (!isInside(dir, reportsDir_)) {  // changed since the scan
        problems << tr("%1 is no longer a folder inside the project's reports").arg(name);
    } else {
        shownDir_ = dir;
    }

    const QString folder = QDir::toNativeSeparators(shownDir_.isEmpty() ? name : shownDir_).toHtmlEscaped();
    info_->setText(isSimulationReport(name)
                       ? tr("Report folder: <code>%1</code> &nbsp;·&nbsp; the full report: <a "
                            "href=\"report.md\">report.md</a> (each order's decisions are in its "
                            "review-&lt;order&gt; project)")
                             .arg(folder)
                       : tr("Report folder: <code>%1</code> &nbsp;·&nbsp; the full report: <a "
                            "href=\"report.md\">report.md</a> "
                            "(the MIPR loop, the gain per seed and the image quality)")
                             .arg(folder));

    if (isSimulationReport(name)) {
        if (!shownDir_.isEmpty()) showSimulation(problems);
        if (!problems.isEmpty()) {
            message_->setText(problems.join(QLatin1Char('\n')));
            message_->show();
        }
        diceChart_->replot();
        tsnePlot_->replot();
        return;
    }

    // report.md: which model S was (the paper's rows differ for U-Net and Att-U-Net).
    QString text, error, model;
    if (readReportFile(QStringLiteral("report.md"), text, error)) {
        if (text.contains(QLatin1String("| Att-U-Net (ours")))
            model = QStringLiteral("Att-Unet");
        else if (text.contains(QLatin1String("| U-Net (ours")))
            model = QStringLiteral("Unet");
    } else if (!shownDir_.isEmpty()) {
        problems << error;
    }

    // rows.csv: the Table-1 rows.
    QList<Row> rows;
    if (readReportFile(QStringLiteral("rows.csv"), text, error)) {
        QList<CsvRecord> records;
        QHash<QString, int> col;
        const QStringList required = {QStringLiteral("method"),    QStringLiteral("data_amount"),
                                      QStringLiteral("dice_mean"), QStringLiteral("dice_std"),
                                      QStringLiteral("acc_mean"),  QStringLiteral("acc_std")};
        QStringList found;
        if (dataRecords(text, required, col, records, found)) {
            for (const CsvRecord& rec : std::as_const(records)) {
                Row row;
                row.method = rec.fields[col.value(QStringLiteral("method"))].trimmed();
                bool ok = false;
                row.amount = rec.fields[col.value(QStringLiteral("data_amount"))].trimmed().toInt(&ok);
                if (!ok || row.amount < 0) {
                    found << tr("line %1: data_amount is not a count ('%2')")
                                 .arg(rec.line)
                                 .arg(elided(rec.fields[col.value(QStringLiteral("data_amount"))], 20));
                    continue;
                }
                const std::pair<const char*, double*> numbers[] = {{"dice_mean", &row.dice},
                                                                   {"dice_std", &row.diceStd},
                                                                   {"acc_mean", &row.acc},
                                                                   {"acc_std", &row.accStd}};
                bool good = true;
                for (const auto& [column, value] : numbers) {
                    const QString cell = rec.fields[col.value(QLatin1String(column))];
                    if (!finiteNumber(cell, *value) || *value < 0 || *value > 1) {
                        found << tr("line %1: %2 is not a number in [0, 1] ('%3')")
                                     .arg(rec.line)
                                     .arg(QLatin1String(column), elided(cell, 20));
                        good = false;
                        break;
                    }
                }
                if (!good) continue;
                if (col.contains(QStringLiteral("seed_dice")))
                    row.seedDice = rec.fields[col.value(QStringLiteral("seed_dice"))];
                if (col.contains(QStringLiteral("seed_acc")))
                    row.seedAcc = rec.fields[col.value(QStringLiteral("seed_acc"))];
                rows.append(row);
            }
            if (records.size() == 1) found << tr("no rows under the header");
        }
        addProblems(problems, QStringLiteral("rows.csv"), found);
    } else if (!shownDir_.isEmpty()) {
        problems << error;
    }
    fillTable(rows, model);
    fillDiceChart(rows);

    // quality.csv: the iteration the t-SNE is of and its 5-NN accuracy.
    QString iteration, knn;
    if (readReportFile(QStringLiteral("quality.csv"), text, error)) {
        QList<CsvRecord> records;
        QHash<QString, int> col;
        if (!parseCsv(text, records, error) ||
            !columnsOf(records, {QStringLiteral("iteration"), QStringLiteral("tsne_knn_accuracy")}, col,
                       error)) {
            problems << QStringLiteral("quality.csv: %1").arg(error);
        } else if (records.size() > 1 && records[1].fields.size() == records.front().fields.size()) {
            iteration = records[1].fields[col.value(QStringLiteral("iteration"))].trimmed();
            double value = 0;
            if (finiteNumber(records[1].fields[col.value(QStringLiteral("tsne_knn_accuracy"))], value))
                knn = QStringLiteral("%1%").arg(100 * value, 0, 'f', 0);
        }
    } else if (!shownDir_.isEmpty()) {
        problems << error;
    }

    // tsne.csv: only when the last iteration had at least 2 pairs.
    const QFileInfo tsneInfo(shownDir_ + QStringLiteral("/tsne.csv"));
    if (!shownDir_.isEmpty() && (tsneInfo.exists() || tsneInfo.isSymLink())) {
        QList<TsnePoint> points;
        QStringList found;
        if (readReportFile(QStringLiteral("tsne.csv"), text, error)) {
            QList<CsvRecord> records;
            QHash<QString, int> col;
            const QStringList required = {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("x"),
                                          QStringLiteral("y")};
            if (dataRecords(text, required, col, records, found)) {
                const int iterationCol = col.value(QStringLiteral("iteration"), -1);
                for (const CsvRecord& rec : std::as_const(records)) {
                    TsnePoint p;
                    p.name = rec.fields[col.value(QStringLiteral("name"))];
                    const QString kind = rec.fields[col.value(QStringLiteral("kind"))].trimmed();
                    if (kind != QLatin1String("real") && kind != QLatin1String("generated")) {
                        found << tr("line %1: kind '%2' is neither real nor generated")
                                     .arg(rec.line)
                                     .arg(elided(kind, 20));
                        continue;
                    }
                    p.generated = kind == QLatin1String("generated");
                    if (!finiteNumber(rec.fields[col.value(QStringLiteral("x"))], p.x) ||
                        !finiteNumber(rec.fields[col.value(QStringLiteral("y"))], p.y)) {
                        found << tr("line %1: x or y is not a number").arg(rec.line);
                        continue;
                    }
                    // report_writer.cpp's tsne.csv is of one iteration, quality.csv's.
                    p.iteration = iterationCol >= 0 ? rec.fields[iterationCol].trimmed() : iteration;
                    points.append(p);
                }
                if (points.isEmpty() && found.isEmpty()) found << tr("no points under the header");
            }
        } else {
            found << error;  // names the file already
        }
        if (!found.isEmpty()) {
            // readReportFile's own messages already name the file; the parser's do not.
            QStringList named;
            for (const QString& f : std::as_const(found))
                named << (f.startsWith(QLatin1String("tsne.csv")) ? f : QStringLiteral("tsne.csv: ") + f);
            for (int i = 0; i < std::min<int>(kMaxListedProblems, static_cast<int>(named.size())); ++i)
                problems << named[i];
        }
        if (points.isEmpty())
            showNoTsne(tr("The t-SNE points could not be read\n(see the message above the table)"));
        else
            fillTsne(points, iteration, knn);
    } else {
        showNoTsne(tr("No t-SNE in this report\n(needs at least 2 pairs\nin the last iteration)"));
    }

    if (!problems.isEmpty()) {
        message_->setText(problems.join(QLatin1Char('\n')));
        message_->show();
    }
    diceChart_->replot();
    tsnePlot_->replot();
}

bool ResultsPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == tsnePlot_ && event->type() == QEvent::Resize && hasTsne_) {
        // After QCustomPlot has laid itself out at the new size.
        QTimer::singleShot(0, this, [this] {
            fitTsneRanges();
            tsnePlot_->replot(QCustomPlot::rpQueuedReplot);
        });
    }
    return QWidget::eventFilter(watched, event);
}

void ResultsPage::toggleLegendItem(QCustomPlot* plot, QCPAbstractPlottable* plottable) {
    if (!plottable) return;
    const bool visible = !plottable->visible();
    plottable->setVisible(visible);
    for (int i = 0; i < plot->plottableCount(); ++i)  // the bars' error bars
        if (auto* errors = qobject_cast<QCPErrorBars*>(plot->plottable(i));
            errors && errors->dataPlottable() == plottable)
            errors->setVisible(visible);
    for (int i = 0; i < plot->itemCount(); ++i)  // the bars' value labels
        if (plot->item(i)->property("miprBars").value<QObject*>() == plottable)
            plot->item(i)->setVisible(visible);
    if (QCPPlottableLegendItem* entry = plot->legend->itemWithPlottable(plottable))
        entry->setTextColor(visible ? QColor(Qt::black) : QColor(160, 160, 160));
    plot->replot();
}

void ResultsPage::showPointInfo(QCPAbstractPlottable* plottable, int dataIndex) {
    const QString text = pointTexts_.value(plottable).value(dataIndex);
    if (!text.isEmpty()) pointInfo_->setText(text);
}

bool ResultsPage::exportPng(const QString& file) {
    if (currentReport().isEmpty() || file.isEmpty()) return false;
    const bool onScreen =
        diceChart_->isVisible() && diceChart_->width() >= 200 && diceChart_->height() >= 150;
    return diceChart_->savePng(file, onScreen ? 0 : 1000, onScreen ? 0 : 600);
}

bool ResultsPage::exportTsnePng(const QString& file) {
    if (!hasTsne_ || file.isEmpty()) return false;
    const bool onScreen = tsnePlot_->isVisible() && tsnePlot_->width() >= 200 && tsnePlot_->height() >= 150;
    return tsnePlot_->savePng(file, onScreen ? 0 : 700, onScreen ? 0 : 600);
}

bool ResultsPage::exportCsv(const QString& file) {
    if (currentReport().isEmpty() || file.isEmpty()) return false;
    QStringList lines;
    QStringList header;
    for (int c = 0; c < table_->columnCount(); ++c)
        header << csvField(table_->horizontalHeaderItem(c)->text());
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < table_->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table_->columnCount(); ++c) {
            const QTableWidgetItem* item = table_->item(r, c);
            cells << csvField(item ? item->text() : QString());
        }
        lines << cells.join(QLatin1Char(','));
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    const QByteArray bytes = (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return false;
    }
    return out.commit();
}

void ResultsPage::exportPngDialog(bool tsne) {
    if (tsne && !hasTsne_) {
        QMessageBox::information(this, tr("Export PNG"), tr("This report has no t-SNE plot."));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = (dir.isEmpty() ? QDir::homePath() : dir) + QLatin1Char('/') + currentReport() +
                              (tsne ? QStringLiteral("-tsne.png") : QStringLiteral("-dice.png"));
    QString file =
        QFileDialog::getSaveFileName(this, tsne ? tr("Export the t-SNE plot") : tr("Export the DSC chart"),
                                     suggested, tr("PNG images (*.png)"));
    if (file.isEmpty()) return;
    if (QFileInfo(file).suffix().isEmpty()) file += QStringLiteral(".png");
    if (!(tsne ? exportTsnePng(file) : exportPng(file)))
        QMessageBox::warning(this, tr("Export PNG"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(file)));
}

void ResultsPage::exportCsvDialog() {
    const QString suggested =
        QDir::homePath() + QLatin1Char('/') + currentReport() + QStringLiteral("-table1.csv");
    QString file =
        QFileDialog::getSaveFileName(this, tr("Export the table"), suggested, tr("CSV files (*.csv)"));
    if (file.isEmpty()) return;
    if (QFileInfo(file).suffix().isEmpty()) file += QStringLiteral(".csv");
    if (!exportCsv(file))
        QMessageBox::warning(this, tr("Export CSV"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(file)));
}

}  // namespace mipr::ui
