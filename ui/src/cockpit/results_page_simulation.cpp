// The results page's view of a `mipr simulate-review` report (issue 17): per ranking strategy, its
// correlation with the pseudo-labels' true Dice, its AURC and when it reached doctor-level (the
// table), and the cost curves: S's test Dice against reviewer minutes (the chart).
#include "mipr/ui/cockpit/results_page.h"

#include "common/core_texts.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>

#include "cockpit/results_support.h"
#include "mipr/ui/common/qcustomplot.h"

#include <algorithm>
#include <map>

namespace mipr::ui {

using namespace results;

bool ResultsPage::isSimulationReport(const QString& name) {
    return name.startsWith(QLatin1String("simulate-review-"));
}

void ResultsPage::setTableHeaders(bool simulation) {
    if (simulation) {
        table_->setColumnCount(7);
        table_->setHorizontalHeaderLabels({tr("Review order (strategy)"), tr("Spearman with true Dice"),
                                           tr("AURC"), tr("Accepted / edited"), tr("Doctor-level after"),
                                           tr("Minutes"), tr("% of labelling all by hand")});
    } else {
        table_->setColumnCount(colCount);
        table_->setHorizontalHeaderLabels({tr("Method[iter]"), tr("Training images"), tr("DSC % (ours)"),
                                           tr("ACC % (ours)"), tr("Paper row"), tr("DSC % (paper)"),
                                           tr("ACC % (paper)")});
        const QString paperTip = tr("The MIPR paper's Table 1: ISIC 2018 at 256², not this project's data");
        for (int c : {colPaperRow, colPaperDice, colPaperAcc})
            table_->horizontalHeaderItem(c)->setToolTip(paperTip);
    }
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void ResultsPage::showSimulation(QStringList& problems) {
    setTableHeaders(true);
    QString text, error;
    // summary.json: the references, the pixel AUROC and the best strategy; its headline is
    // composed below in the studio's language from the best strategy's row (the report's own
    // English `last_line` only when that row is missing).
    QJsonObject summary;
    if (readReportFile(QStringLiteral("summary.json"), text, error))
        summary = QJsonDocument::fromJson(text.toUtf8()).object();
    else
        problems << error;
    const QString best = summary.value(QStringLiteral("best")).toString();
    QString headline = summary.value(QStringLiteral("last_line")).toString().toHtmlEscaped();
    // A strategy as the studio names it: its label in the studio's language ("random order",
    // a signal's name); the report's id where it gives no label.
    QHash<QString, QString> strategyNames;
    const auto nameOf = [&strategyNames](const QString& id) { return strategyNames.value(id, id); };

    // strategies.csv: the table.
    if (readReportFile(QStringLiteral("strategies.csv"), text, error)) {
        QList<CsvRecord> records;
        QHash<QString, int> col;
        QStringList found;
        const QStringList required = {QStringLiteral("strategy"), QStringLiteral("label"),
                                      QStringLiteral("spearman"), QStringLiteral("aurc"),
                                      QStringLiteral("accepted"), QStringLiteral("edited")};
        if (dataRecords(text, required, col, records, found)) {
            for (const CsvRecord& rec : std::as_const(records)) {
                const auto field = [&](const char* name) {
                    const int c = col.value(QString::fromLatin1(name), -1);
                    return c >= 0 && c < rec.fields.size() ? rec.fields[c].trimmed() : QString();
                };
                const int r = table_->rowCount();
                table_->insertRow(r);
                const auto number = [](const QString& s, int digits) {
                    double v = 0;
                    return finiteNumber(s, v) ? QString::number(v, 'f', digits) : QStringLiteral("–");
                };
                const QString decisions = field("doctor_level_decisions");
                const QString id = field("strategy");
                const QString label = field("label");
                const QString name = label.isEmpty() ? id : signalText(label.toUtf8().constData());
                strategyNames.insert(id, name);
                if (id == best && !decisions.isEmpty())
                    headline =
                        tr("Doctor-level reached with %1 after %n decision(s), %2 min: %3 % of labelling "
                           "all by hand.",
                           nullptr, decisions.toInt())
                            .arg(name.toHtmlEscaped(), number(field("doctor_level_minutes"), 1),
                                 number(field("doctor_level_percent"), 0));
                else if (id == best)
                    headline =
                        tr("Doctor-level not reached; the highest curve is %1's.").arg(name.toHtmlEscaped());
                const QStringList cells = {name,
                                           number(field("spearman"), 3),
                                           number(field("aurc"), 4),
                                           QStringLiteral("%1 / %2").arg(field("accepted"), field("edited")),
                                           !decisions.isEmpty()
                                               ? tr("%n decision(s)", nullptr, decisions.toInt())
                                           : field("curve") == QLatin1String("1") ? tr("not reached")
                                                                                  : tr("no curve"),
                                           number(field("doctor_level_minutes"), 1),
                                           number(field("doctor_level_percent"), 0)};
                for (int c = 0; c < cells.size(); ++c)
                    table_->setItem(r, c, new QTableWidgetItem(cells[c]));
                table_->item(r, 0)->setToolTip(tr("%1 in the report (mipr simulate-review)").arg(id));
            }
        }
        for (const QString& f : std::as_const(found))
            problems << QStringLiteral("strategies.csv: ") + f;
    } else {
        problems << error;
    }

    // curves.csv: the cost curves, and the references.
    diceChart_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    diceChart_->xAxis->setTickLabelRotation(0);
    diceChart_->xAxis->setLabel(tr("reviewer minutes (modelled)"));
    diceChart_->yAxis->setLabel(tr("test Dice of S, %"));
    diceTitle_->setText(tr("Cost curves: S's test Dice against the reviewer's minutes, per review order"));
    std::map<QString, QVector<QPointF>> curves;
    double labelledOnly = -1, byHand = -1, byHandMinutes = 0;
    if (readReportFile(QStringLiteral("curves.csv"), text, error)) {
        QList<CsvRecord> records;
        QHash<QString, int> col;
        QStringList found;
        const QStringList required = {QStringLiteral("strategy"), QStringLiteral("minutes"),
                                      QStringLiteral("test_dice")};
        if (dataRecords(text, required, col, records, found)) {
            for (const CsvRecord& rec : std::as_const(records)) {
                const QString name = rec.fields[col.value(QStringLiteral("strategy"))].trimmed();
                double minutes = 0, dice = 0;
                if (!finiteNumber(rec.fields[col.value(QStringLiteral("minutes"))], minutes) ||
                    !finiteNumber(rec.fields[col.value(QStringLiteral("test_dice"))], dice)) {
                    found << tr("line %1: minutes or test_dice is not a number").arg(rec.line);
                    continue;
                }
                if (name == QLatin1String("labelled only")) {
                    labelledOnly = 100 * dice;
                } else if (name == QLatin1String("all by hand")) {
                    byHand = 100 * dice;
                    byHandMinutes = minutes;
                } else {
                    curves[name].append(QPointF(minutes, 100 * dice));
                }
            }
        }
        for (const QString& f : std::as_const(found))
            problems << QStringLiteral("curves.csv: ") + f;
    } else {
        problems << error;
    }
    const QColor colours[] = {QColor(120, 120, 120), QColor(31, 119, 180),  QColor(214, 39, 40),
                              QColor(255, 127, 14),  QColor(148, 103, 189), QColor(23, 190, 207),
                              QColor(140, 86, 75),   QColor(227, 119, 194)};
    double lo = 100, hi = 0, right = byHandMinutes;
    int index = 0;
    // Random first, in grey: the order to beat.
    std::vector<QString> names;
    if (curves.count(QStringLiteral("random"))) names.push_back(QStringLiteral("random"));
    for (const auto& [name, points] : curves)
        if (name != QLatin1String("random")) names.push_back(name);
    for (const QString& name : names) {
        auto* graph = diceChart_->addGraph();
        graph->setName(nameOf(name));
        const QColor c = colours[index++ % std::size(colours)];
        graph->setPen(QPen(c, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, 6));
        for (const QPointF& p : curves[name]) {
            graph->addData(p.x(), p.y());
            pointTexts_[graph].append(tr("%1: test Dice %2 % after %3 reviewer minutes")
                                          .arg(nameOf(name))
                                          .arg(p.y(), 0, 'f', 1)
                                          .arg(p.x(), 0, 'f', 1));
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
            right = std::max(right, p.x());
        }
    }
    const auto reference = [&](double value, const QString& name, const QColor& colour) {
        if (value < 0) return;
        auto* graph = diceChart_->addGraph();
        graph->setName(name);
        graph->setPen(QPen(colour, 1.5, Qt::DashLine));
        graph->addData(0, value);
        graph->addData(std::max(1.0, right), value);
        lo = std::min(lo, value);
        hi = std::max(hi, value);
    };
    reference(labelledOnly, tr("labelled only"), QColor(150, 150, 150));
    reference(byHand, tr("all labelled by hand (%1 min)").arg(byHandMinutes, 0, 'f', 0), QColor(44, 160, 44));
    if (lo > hi) {
        lo = 0;
        hi = 100;
    }
    diceChart_->xAxis->setRange(0, std::max(1.0, right) * 1.03);
    diceChart_->yAxis->setRange(lo - 1, hi + 1);
    showNoTsne(tr("A review simulation has no t-SNE:\nsee its cost curves on the left"));
    paperNote_->setText(
        tr("<b>%1</b><br>Test Dice: labelled only %2, MIPR pairs without review %3, every image "
           "labelled by hand %4. Per pixel, |x' − x_u| predicts a wrong label with AUROC %5.")
            .arg(headline)
            .arg(100 * summary.value(QStringLiteral("labelled_only")).toDouble(), 0, 'f', 1)
            .arg(100 * summary.value(QStringLiteral("no_review")).toDouble(), 0, 'f', 1)
            .arg(100 * summary.value(QStringLiteral("all_by_hand")).toDouble(), 0, 'f', 1)
            .arg(summary.value(QStringLiteral("pixel_auroc")).toDouble(), 0, 'f', 3));
}

}  // namespace mipr::ui
