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

#include "mipr/ui/common/qcustomplot.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace mipr::ui {

struct ResultsPage::Row {
    QString method;
    int amount = 0;
    double dice = 0, diceStd = 0, acc = 0, accStd = 0;  // in [0, 1]
    QString seedDice, seedAcc;                          // ';'-separated, per seed
};

struct ResultsPage::TsnePoint {
    QString name;
    bool generated = false;
    QString iteration;  // empty when tsne.csv has no iteration column
    double x = 0, y = 0;
};

namespace {

// The paper's Table 1 (MIPR paper, §3.3: ISIC 2018 with 1800 unlabelled and 594 test images, at
// 256²), the figures report_writer.cpp prints in report.md. DSC and Acc in %, mean ± std.
struct PaperRow {
    const char* model;  // as the paper names it
    const char* method;
    int amount;
    double dice, diceStd, acc, accStd;
};
constexpr PaperRow kPaperTable1[] = {
    {"Unet", "Doctor", 1800, 68.41, 1.71, 90.46, 1.01},
    {"Unet", "MIPR[1]", 1513, 66.52, 2.56, 89.78, 1.17},
    {"Unet", "MIPR[2]", 1691, 67.61, 1.64, 90.29, 0.90},
    {"Unet", "MIPR[3]", 1781, 68.17, 1.85, 89.82, 1.04},
    {"Att-Unet", "Doctor", 1800, 69.94, 1.67, 91.37, 1.04},
    {"Att-Unet", "MIPR[1]", 1622, 68.57, 2.39, 90.81, 1.21},
    {"Att-Unet", "MIPR[2]", 1780, 68.70, 2.52, 90.54, 1.10},
    {"Att-Unet", "MIPR[3]", 1800, 70.09, 1.91, 90.93, 1.06},
};

enum Column { colMethod, colAmount, colDice, colAcc, colPaperRow, colPaperDice, colPaperAcc, colCount };

constexpr int kMaxListedProblems = 5;  // per file; then "and N more"

QString trc(const char* text) {
    return QCoreApplication::translate("mipr::ui::ResultsPage", text);
}

/// The paper's row for one of ours: "Doctor" and "MIPR[k] …" (any contribution) for k in 1..3.
const PaperRow* paperRowFor(const QString& method, const QString& model) {
    static const QRegularExpression mipr(QStringLiteral("^MIPR\\[(\\d+)\\]"));
    QString key;
    if (method == QLatin1String("Doctor")) {
        key = method;
    } else if (const auto m = mipr.match(method); m.hasMatch()) {
        key = QStringLiteral("MIPR[%1]").arg(m.captured(1));
    }
    if (key.isEmpty()) return nullptr;
    for (const auto& p : kPaperTable1)
        if (model == QLatin1String(p.model) && key == QLatin1String(p.method)) return &p;
    return nullptr;
}

QString percent(double mean, double sd) {
    return QStringLiteral("%1 ± %2").arg(mean, 0, 'f', 2).arg(sd, 0, 'f', 2);
}

bool isInside(const QString& canonicalPath, const QString& canonicalDir) {
    return !canonicalDir.isEmpty() && canonicalPath.startsWith(canonicalDir + QLatin1Char('/'));
}

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

/// Natural order ("-2" before "-10"), for report folders of the same second.
int naturalCompare(const QString& a, const QString& b) {
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isAsciiDigit(a[i]) && isAsciiDigit(b[j])) {
            while (i < a.size() - 1 && a[i] == QLatin1Char('0') && isAsciiDigit(a[i + 1]))
                ++i;
            while (j < b.size() - 1 && b[j] == QLatin1Char('0') && isAsciiDigit(b[j + 1]))
                ++j;
            const qsizetype si = i, sj = j;
            while (i < a.size() && isAsciiDigit(a[i]))
                ++i;
            while (j < b.size() && isAsciiDigit(b[j]))
                ++j;
            if (i - si != j - sj) return i - si < j - sj ? -1 : 1;
            if (const int c = QStringView(a).mid(si, i - si).compare(QStringView(b).mid(sj, j - sj)); c != 0)
                return c;
        } else {
            if (a[i] != b[j]) return a[i] < b[j] ? -1 : 1;
            ++i;
            ++j;
        }
    }
    if (a.size() - i == b.size() - j) return 0;
    return a.size() - i < b.size() - j ? -1 : 1;
}

/// "2025-03-20 14:03:07 UTC (experiment-20250320-140307)" for a stamped folder, else the name.
QString reportTitle(const QString& name) {
    static const QRegularExpression stamp(
        QStringLiteral("^experiment-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(?:-(\\d+))?$"));
    const auto m = stamp.match(name);
    if (!m.hasMatch()) return name;
    QString when =
        QStringLiteral("%1-%2-%3 %4:%5:%6 UTC")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6));
    if (m.hasCaptured(7)) when += QStringLiteral(" #") + m.captured(7);
    return QStringLiteral("%1   (%2)").arg(when, name);
}

struct CsvRecord {
    int line = 0;  // 1-based line where the record starts
    QStringList fields;
};

/// RFC 4180 CSV as report_writer.cpp's csv_escape writes it: fields quoted when they hold a comma,
/// a quote or a newline, a quote doubled. Blank lines are skipped. False with `error` when malformed.
bool parseCsv(const QString& text, QList<CsvRecord>& out, QString& error) {
    CsvRecord record;
    QString field;
    bool quoted = false, afterQuote = false;
    int line = 1;
    record.line = 1;
    auto endRecord = [&] {
        record.fields.append(field);
        field.clear();
        if (!(record.fields.size() == 1 && record.fields.front().isEmpty())) out.append(record);
        record = CsvRecord{};
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')) ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) ++i;
            ++line;
            endRecord();
            afterQuote = false;
        } else if (afterQuote) {
            error = trc("line %1: text after a closing quote").arg(line);
            return false;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else {
            field += c;
        }
    }
    if (quoted) {
        error = trc("line %1: a quoted field is not closed").arg(record.line);
        return false;
    }
    if (!field.isEmpty() || !record.fields.isEmpty()) endRecord();
    return true;
}

/// The header's columns by name; false with `error` naming the first missing one.
bool columnsOf(const QList<CsvRecord>& records, const QStringList& required, QHash<QString, int>& columns,
               QString& error) {
    if (records.isEmpty()) {
        error = trc("the file is empty");
        return false;
    }
    const QStringList& header = records.front().fields;
    for (int i = 0; i < header.size(); ++i)
        columns.insert(header[i].trimmed(), i);
    for (const auto& name : required) {
        if (!columns.contains(name)) {
            error = trc("no '%1' column in the header line").arg(name);
            return false;
        }
    }
    return true;
}

/// The data records of a report CSV: parsed, its header checked for `required`, and the records
/// of the header's width (each other one is a problem in `found`). False when the file is unusable
/// (its reason in `found`).
bool dataRecords(const QString& text, const QStringList& required, QHash<QString, int>& columns,
                 QList<CsvRecord>& data, QStringList& found) {
    QList<CsvRecord> records;
    QString error;
    if (!parseCsv(text, records, error) || !columnsOf(records, required, columns, error)) {
        found << error;
        return false;
    }
    const auto width = records.front().fields.size();
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (records[r].fields.size() != width) {
            found << trc("line %1: %2 fields, the header has %3")
                         .arg(records[r].line)
                         .arg(records[r].fields.size())
                         .arg(width);
            continue;
        }
        data.push_back(records[r]);
    }
    return true;
}

bool finiteNumber(const QString& text, double& value) {
    bool ok = false;
    value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value);
}

/// Problems of one file, at most kMaxListedProblems listed.
void addProblems(QStringList& problems, const QString& file, const QStringList& found) {
    for (int i = 0; i < std::min<int>(kMaxListedProblems, static_cast<int>(found.size())); ++i)
        problems << QStringLiteral("%1: %2").arg(file, found[i]);
    if (found.size() > kMaxListedProblems)
        problems << trc("%1: and %2 more problems").arg(file).arg(found.size() - kMaxListedProblems);
}

QString csvField(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString quotedText = s;
    quotedText.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quotedText + QLatin1Char('"');
}

QString elided(const QString& s, int length) {
    return s.size() <= length ? s : s.left(length - 1) + QStringLiteral("…");
}

/// Elided in the middle: a row's name differs at both ends ("Pseudo-labels[1] …unselected").
QString elidedMiddle(const QString& s, int length) {
    if (s.size() <= length) return s;
    const int left = (length * 3 + 4) / 5;
    return s.left(left) + QStringLiteral("…") + s.right(length - left - 1);
}

// tab10, as matplotlib (and the report's tsne.png: real blue, generated orange).
const QColor kTab10[] = {QColor(31, 119, 180),  QColor(255, 127, 14),  QColor(44, 160, 44),
                         QColor(214, 39, 40),   QColor(148, 103, 189), QColor(140, 86, 75),
                         QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                         QColor(23, 190, 207)};

}  // namespace

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
    combo_->setToolTip(tr("The project's experiment reports (reports/experiment-*), newest first"));
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
    bar->addWidget(new QLabel(tr("Experiment report:"), this));
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
    table_->setHorizontalHeaderLabels({tr("Method[iter]"), tr("Training images"), tr("DSC % (ours)"),
                                       tr("ACC % (ours)"), tr("Paper row"), tr("DSC % (paper)"),
                                       tr("ACC % (paper)")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(colMethod, QHeaderView::Stretch);
    const QString paperTip = tr("The MIPR paper's Table 1: ISIC 2018 at 256², not this project's data");
    for (int c : {colPaperRow, colPaperDice, colPaperAcc})
        table_->horizontalHeaderItem(c)->setToolTip(paperTip);

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
                .entryInfoList({QStringLiteral("experiment-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QFileInfo& entry : entries) {
            // A report folder (or a link to one) must stay inside reports/; experiment-loops/ and
            // a folder whose experiment has not written its files yet are not reports.
            const QString dir = entry.canonicalFilePath();
            if (!isInside(dir, reportsDir_)) continue;
            if (!QFileInfo::exists(dir + QStringLiteral("/rows.csv")) &&
                !QFileInfo::exists(dir + QStringLiteral("/report.md")))
                continue;
            reports_.append(entry.fileName());
        }
        std::sort(reports_.begin(), reports_.end(),
                  [](const QString& a, const QString& b) { return naturalCompare(a, b) > 0; });
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

    info_->setText(
        tr("Report folder: <code>%1</code> &nbsp;·&nbsp; the full report: <a "
           "href=\"report.md\">report.md</a> "
           "(the MIPR loop, the gain per seed and the image quality)")
            .arg(QDir::toNativeSeparators(shownDir_.isEmpty() ? name : shownDir_).toHtmlEscaped()));

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
        pointTexts_[s.bars].append(tr("%1 (%2 training images): DSC %3 %, ACC %4 %")
                                       .arg(row.method)
                                       .arg(row.amount)
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
