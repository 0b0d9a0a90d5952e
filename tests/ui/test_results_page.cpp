// Drives the results page like a user (offscreen) on a fake project with two `mipr experiment`
// reports written by hand in report_writer.cpp's formats: the combo box newest first, the Table-1
// rows beside the paper's figures, the DSC bar chart, the t-SNE plot and its legend, the empty
// state, the messages for malformed, missing, oversized and linked-out files, and the exports.
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

#include "mipr/ui/common/qcustomplot.h"
#include "mipr/ui/shell/application.h"

#include "mipr/ui/cockpit/results_page.h"

using mipr::ui::ResultsPage;

namespace {

const QString kOlder = QStringLiteral("experiment-20250318-091500");
const QString kNewer = QStringLiteral("experiment-20250320-140307");

void writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(content), content.size());
}

// As report_writer.cpp writes them: values in [0, 1], a method with a comma quoted.
const QByteArray kRowsCsv =
    "method,data_amount,dice_mean,dice_std,acc_mean,acc_std,dice_image_std,seed_dice,seed_acc\n"
    "Labelled only,40,0.712,0.012,0.901,0.006,0.18,0.70;0.71;0.726,0.895;0.90;0.908\n"
    "Doctor,160,0.781,0.009,0.927,0.004,0.15,0.77;0.78;0.793,0.92;0.93;0.931\n"
    "\"MIPR[1] both, \"\"filtered\"\"\",98,0.745,0.013,0.912,0.006,0.17,0.73;0.75;0.755,0.90;0.91;0.926\n";

const QByteArray kQualityCsv =
    "iteration,pairs,psnr_mean,psnr_std,ssim_mean,ssim_std,frechet,tsne_knn_accuracy\n"
    "1,3,21.3,2.1,0.61,0.08,0.412,0.5\n";

const QByteArray kTsneCsv =
    "name,kind,x,y\n"
    "IMD001,real,-3.5,1.25\n"
    "\"IMD,002\",real,-2,0.5\n"
    "IMD003,real,-4.25,-1\n"
    "IMD001,generated,3,2.5\n"
    "\"IMD,002\",generated,2.5,-0.75\n"
    "IMD003,generated,4,1e-1\n";

/// A project with two reports (the newer without t-SNE) and the loops folder, which is no report.
void writeProject(const QString& root) {
    const QString reports = root + QStringLiteral("/reports/");
    writeFile(reports + kOlder + QStringLiteral("/rows.csv"), kRowsCsv);
    writeFile(reports + kOlder + QStringLiteral("/report.md"),
              "# MIPR experiment\n\n| U-Net (ours, 256², width 32) | Labelled only (40) | 71.20 ± 1.20 |\n");
    writeFile(reports + kOlder + QStringLiteral("/quality.csv"), kQualityCsv);
    writeFile(reports + kOlder + QStringLiteral("/tsne.csv"), kTsneCsv);
    writeFile(reports + kNewer + QStringLiteral("/rows.csv"), kRowsCsv);
    writeFile(reports + kNewer + QStringLiteral("/report.md"), "| Att-U-Net (ours, 256², width 32) |\n");
    writeFile(
        reports + kNewer + QStringLiteral("/quality.csv"),
        "iteration,pairs,psnr_mean,psnr_std,ssim_mean,ssim_std,frechet,tsne_knn_accuracy\n1,1,0,0,0,0,0,\n");
    QVERIFY(QDir().mkpath(reports + QStringLiteral("experiment-loops/loop-1")));
}

QList<QCPBars*> barsOf(QCustomPlot* plot) {
    QList<QCPBars*> out;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* bars = qobject_cast<QCPBars*>(plot->plottable(i))) out << bars;
    return out;
}

QStringList itemTexts(QCustomPlot* plot) {
    QStringList out;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) out << text->text();
    return out;
}

QCPGraph* graphNamed(QCustomPlot* plot, const QString& prefix) {
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->name().startsWith(prefix)) return plot->graph(i);
    return nullptr;
}

}  // namespace

class TestResultsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // As the studio does: English plural forms ("40 decisions") come from its English translation.
    void initTestCase() { mipr::ui::installTranslations(QStringLiteral("en")); }
    void init();

    void listsReportsNewestFirst();
    void tableShowsRowsBesideThePaper();
    void diceChartHasOneBarPerRow();
    void tsnePlotShowsRealAndGenerated();
    void legendClickTogglesAGraph();
    void reportWithoutTsneSaysSo();
    void emptyStateWithoutReports();
    void malformedRowsCsvNamesTheFile();
    void missingAndOversizedFilesNameTheFile();
    void exportCsvWritesTheTable();
    void exportPngWritesAnImage();
    void linksOutOfTheProjectAreNotFollowed();
    void reloadKeepsTheChoice();
    void reviewSimulationShowsStrategiesAndCostCurves();

private:
    std::unique_ptr<QTemporaryDir> dir_;
    QString root_;
};

void TestResultsPage::init() {
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    root_ = dir_->filePath(QStringLiteral("project"));
    writeProject(root_);
}

void TestResultsPage::listsReportsNewestFirst() {
    ResultsPage page;
    page.setProjectRoot(root_);
    QCOMPARE(page.reportCount(), 2);  // not experiment-loops
    QCOMPARE(page.reportCombo()->count(), 2);
    QCOMPARE(page.reportCombo()->itemData(0).toString(), kNewer);
    QCOMPARE(page.reportCombo()->itemData(1).toString(), kOlder);
    QVERIFY(page.reportCombo()->itemText(0).contains(QStringLiteral("2025-03-20 14:03:07")));
    QCOMPARE(page.currentReport(), kNewer);
    QVERIFY(page.messageLabel()->text().isEmpty());
    QVERIFY(page.infoLabel()->text().contains(QStringLiteral("report.md")));
    QVERIFY(page.infoLabel()->text().contains(kNewer));
}

void TestResultsPage::tableShowsRowsBesideThePaper() {
    ResultsPage page;
    page.setProjectRoot(root_);
    QVERIFY(page.setCurrentReport(kOlder));
    QTableWidget* table = page.table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Labelled only"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("MIPR[1] both, \"filtered\""));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("40"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("71.20 ± 1.20"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("90.10 ± 0.60"));
    QCOMPARE(table->item(2, 2)->text(), QStringLiteral("74.50 ± 1.30"));
    QVERIFY(table->item(0, 2)->toolTip().contains(QStringLiteral("72.60")));  // per seed
    // The paper's Table 1 (U-Net in this report): none for labelled only, Doctor and MIPR[1].
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("—"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("Unet Doctor (1800)"));
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("68.41 ± 1.71"));
    QCOMPARE(table->item(1, 6)->text(), QStringLiteral("90.46 ± 1.01"));
    QCOMPARE(table->item(2, 5)->text(), QStringLiteral("66.52 ± 2.56"));
    QCOMPARE(table->item(2, 6)->text(), QStringLiteral("89.78 ± 1.17"));
    bool saysIsic = false;
    for (auto* label : page.findChildren<QLabel*>())
        saysIsic = saysIsic || (label->text().contains(QStringLiteral("ISIC 2018 at 256²")) &&
                                label->text().contains(QStringLiteral("this project's data")));
    QVERIFY(saysIsic);
    // The newer report is Att-U-Net's: the paper's Att-Unet rows.
    QVERIFY(page.setCurrentReport(kNewer));
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("69.94 ± 1.67"));
    QCOMPARE(table->item(2, 5)->text(), QStringLiteral("68.57 ± 2.39"));
}

void TestResultsPage::diceChartHasOneBarPerRow() {
    ResultsPage page;
    page.setProjectRoot(root_);
    QCustomPlot* chart = page.diceChart();
    std::map<double, double> valueAt;
    for (QCPBars* bars : barsOf(chart))
        for (int i = 0; i < bars->data()->size(); ++i)
            valueAt[bars->data()->at(i)->key] = bars->data()->at(i)->value;
    QCOMPARE(valueAt.size(), std::size_t(3));
    QVERIFY(qFuzzyCompare(valueAt[1], 71.2));
    QVERIFY(qFuzzyCompare(valueAt[2], 78.1));
    QVERIFY(qFuzzyCompare(valueAt[3], 74.5));
    int errorPoints = 0;
    for (int i = 0; i < chart->plottableCount(); ++i)
        if (auto* errors = qobject_cast<QCPErrorBars*>(chart->plottable(i))) {
            errorPoints += errors->dataCount();
            for (int k = 0; k < errors->dataCount(); ++k)
                QVERIFY(errors->data()->at(k).errorPlus > 0.8 && errors->data()->at(k).errorPlus < 1.4);
        }
    QCOMPARE(errorPoints, 3);
    auto ticker = chart->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().value(1), QStringLiteral("Labelled only"));
    QCOMPARE(ticker->ticks().value(3), QStringLiteral("MIPR[1] both, \"filtered\""));
    QVERIFY(chart->xAxis->tickLabelRotation() != 0);
    QVERIFY(chart->yAxis->range().lower <= 70 && chart->yAxis->range().upper >= 79);
    QVERIFY(chart->interactions().testFlag(QCP::iSelectLegend));
    QVERIFY(chart->interactions().testFlag(QCP::iRangeZoom));
}

void TestResultsPage::tsnePlotShowsRealAndGenerated() {
    ResultsPage page;
    page.setProjectRoot(root_);
    QVERIFY(page.setCurrentReport(kOlder));
    QCustomPlot* plot = page.tsnePlot();
    QCOMPARE(plot->graphCount(), 2);
    QCPGraph* real = graphNamed(plot, QStringLiteral("real"));
    QCPGraph* generated = graphNamed(plot, QStringLiteral("generated"));
    QVERIFY(real && generated);
    QCOMPARE(real->dataCount(), 3);
    QCOMPARE(generated->dataCount(), 3);
    QVERIFY(real->name().contains(QStringLiteral("iteration 1")));
    QVERIFY(real->scatterStyle().shape() != generated->scatterStyle().shape());
    QVERIFY(real->scatterStyle().brush().color() != generated->scatterStyle().brush().color());
    bool found = false;
    for (int i = 0; i < generated->dataCount(); ++i)
        found = found || (qFuzzyCompare(generated->data()->at(i)->key, 4.0) &&
                          qFuzzyCompare(generated->data()->at(i)->value, 0.1));
    QVERIFY(found);
    // Every point inside the axes' ranges.
    for (QCPGraph* g : {real, generated})
        for (int i = 0; i < g->dataCount(); ++i) {
            QVERIFY(plot->xAxis->range().contains(g->data()->at(i)->key));
            QVERIFY(plot->yAxis->range().contains(g->data()->at(i)->value));
        }
    QVERIFY(itemTexts(plot).isEmpty());
    QVERIFY(plot->legend->visible());
    QCOMPARE(plot->legend->itemCount(), 2);
    QVERIFY(page.messageLabel()->text().isEmpty());
}

void TestResultsPage::legendClickTogglesAGraph() {
    ResultsPage page;
    page.resize(1200, 800);
    page.setProjectRoot(root_);
    QVERIFY(page.setCurrentReport(kOlder));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCustomPlot* plot = page.tsnePlot();
    plot->replot();
    auto* entry = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(0));
    QVERIFY(entry);
    QVERIFY(entry->plottable()->visible());
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, entry->rect().center());
    QVERIFY(!entry->plottable()->visible());
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, entry->rect().center());
    QVERIFY(entry->plottable()->visible());
}

void TestResultsPage::reportWithoutTsneSaysSo() {
    ResultsPage page;
    page.setProjectRoot(root_);
    QCOMPARE(page.currentReport(), kNewer);
    QCOMPARE(page.tsnePlot()->graphCount(), 0);
    const QStringList texts = itemTexts(page.tsnePlot());
    QCOMPARE(texts.size(), 1);
    QVERIFY(texts.front().contains(QStringLiteral("No t-SNE in this report")));
    QVERIFY(texts.front().contains(QStringLiteral("at least 2 pairs")));
    QVERIFY(page.messageLabel()->text().isEmpty());  // not a problem: the report has none
    QVERIFY(!page.exportTsnePng(dir_->filePath(QStringLiteral("tsne.png"))));
}

void TestResultsPage::emptyStateWithoutReports() {
    const QString empty = dir_->filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    ResultsPage page;
    page.setProjectRoot(empty);
    page.show();
    QCOMPARE(page.reportCount(), 0);
    QVERIFY(page.currentReport().isEmpty());
    QVERIFY(page.emptyStateLabel()->isVisible());
    QVERIFY(page.emptyStateLabel()->text().contains(QStringLiteral("No experiment report yet")));
    QVERIFY(page.emptyStateLabel()->text().contains(QStringLiteral("mipr experiment PROJECT")));
    QVERIFY(!page.table()->isVisible());
    QVERIFY(!page.exportCsv(dir_->filePath(QStringLiteral("none.csv"))));
    QVERIFY(!page.exportPng(dir_->filePath(QStringLiteral("none.png"))));
    QVERIFY(!QFileInfo::exists(dir_->filePath(QStringLiteral("none.csv"))));
    // A project that gets its first report.
    writeFile(empty + QStringLiteral("/reports/") + kOlder + QStringLiteral("/rows.csv"), kRowsCsv);
    page.reload();
    QCOMPARE(page.reportCount(), 1);
    QVERIFY(!page.emptyStateLabel()->isVisible());
    QVERIFY(page.table()->isVisible());
    // No project at all.
    page.setProjectRoot(QString());
    QCOMPARE(page.reportCount(), 0);
    QVERIFY(page.emptyStateLabel()->isVisible());
}

void TestResultsPage::malformedRowsCsvNamesTheFile() {
    const QString rows = root_ + QStringLiteral("/reports/") + kNewer + QStringLiteral("/rows.csv");
    ResultsPage page;
    page.show();

    writeFile(rows, "this is not,the header\n1,2\n");
    page.setProjectRoot(root_);
    QCOMPARE(page.currentReport(), kNewer);
    QVERIFY(page.messageLabel()->isVisible());
    QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("rows.csv")),
             qPrintable(page.messageLabel()->text()));
    QVERIFY(page.messageLabel()->text().contains(QStringLiteral("method")));
    QCOMPARE(page.table()->rowCount(), 0);
    QVERIFY(barsOf(page.diceChart()).isEmpty());

    // A bad row among good ones: the good ones stay, the message names the line.
    writeFile(rows, kRowsCsv + "Self-training[1],160,not-a-number,0.01,0.9,0.01,0.1,,\n\"unterminated,1\n");
    page.reload();
    const QString message = page.messageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("rows.csv")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not closed")), qPrintable(message));

    writeFile(rows, kRowsCsv + "Self-training[1],160,not-a-number,0.01,0.9,0.01,0.1,,\nShort,1\n");
    page.reload();
    QCOMPARE(page.table()->rowCount(), 3);
    QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("rows.csv: line 5: dice_mean")),
             qPrintable(page.messageLabel()->text()));
    QVERIFY(page.messageLabel()->text().contains(QStringLiteral("rows.csv: line 6: 2 fields")));

    // A malformed tsne.csv in the other report: named too, and the plot says it could not read it.
    writeFile(root_ + QStringLiteral("/reports/") + kOlder + QStringLiteral("/tsne.csv"),
              "name,kind,x,y\na,alien,1,2\n");
    QVERIFY(page.setCurrentReport(kOlder));
    QVERIFY(page.messageLabel()->text().contains(QStringLiteral("tsne.csv")));
    QCOMPARE(page.tsnePlot()->graphCount(), 0);
    QCOMPARE(itemTexts(page.tsnePlot()).size(), 1);
}

void TestResultsPage::missingAndOversizedFilesNameTheFile() {
    const QString report = root_ + QStringLiteral("/reports/") + kNewer;
    QVERIFY(QFile::remove(report + QStringLiteral("/rows.csv")));
    ResultsPage page;
    page.setProjectRoot(root_);
    QCOMPARE(page.reportCount(), 2);  // report.md is there: still a report
    QVERIFY(page.messageLabel()->text().contains(QStringLiteral("rows.csv is missing")));

    QFile big(report + QStringLiteral("/rows.csv"));  // sparse: no 50 MB written
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(ResultsPage::kMaxFileBytes + 1));
    big.close();
    page.reload();
    QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("rows.csv is 50.0 MB")),
             qPrintable(page.messageLabel()->text()));
    QCOMPARE(page.table()->rowCount(), 0);
}

void TestResultsPage::exportCsvWritesTheTable() {
    ResultsPage page;
    page.setProjectRoot(root_);
    const QString file = dir_->filePath(QStringLiteral("table.csv"));
    QVERIFY(page.exportCsv(file));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith(QStringLiteral("Method[iter],Training images,DSC % (ours)")));
    QVERIFY(lines[1].startsWith(QStringLiteral("Labelled only,40,71.20 ± 1.20,90.10 ± 0.60")));
    QVERIFY(lines[3].startsWith(QStringLiteral("\"MIPR[1] both, \"\"filtered\"\"\",98,74.50 ± 1.30")));
    QVERIFY(lines[2].contains(QStringLiteral("69.94 ± 1.67")));  // the paper's, for Att-U-Net
}

void TestResultsPage::exportPngWritesAnImage() {
    ResultsPage page;
    page.setProjectRoot(root_);
    QVERIFY(page.setCurrentReport(kOlder));
    const QString file = dir_->filePath(QStringLiteral("dice.png"));
    QVERIFY(page.exportPng(file));
    QVERIFY(QFileInfo(file).size() > 0);
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1000, 600));  // not shown: the default size
    const QString tsne = dir_->filePath(QStringLiteral("tsne.png"));
    QVERIFY(page.exportTsnePng(tsne));
    QVERIFY(!QImage(tsne).isNull());
}

void TestResultsPage::linksOutOfTheProjectAreNotFollowed() {
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    const QString foreign = outside.filePath(QStringLiteral("experiment-20991231-235959"));
    writeFile(foreign + QStringLiteral("/rows.csv"), kRowsCsv);
    writeFile(outside.filePath(QStringLiteral("secret.csv")), kRowsCsv);
    const QString reports = root_ + QStringLiteral("/reports/");
    QVERIFY(QFile::link(foreign, reports + QStringLiteral("experiment-20991231-235959")));
    // A link to a folder inside the reports is fine; a rows.csv linked out is not read.
    QVERIFY(QFile::link(reports + kOlder, reports + QStringLiteral("experiment-20250101-000000")));
    const QString linkedRows = reports + kNewer + QStringLiteral("/rows.csv");
    QVERIFY(QFile::remove(linkedRows));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.csv")), linkedRows));

    ResultsPage page;
    page.setProjectRoot(root_);
    QCOMPARE(page.reportCount(), 3);
    for (int i = 0; i < page.reportCombo()->count(); ++i)
        QVERIFY(page.reportCombo()->itemData(i).toString() != QStringLiteral("experiment-20991231-235959"));
    QVERIFY(!page.setCurrentReport(QStringLiteral("experiment-20991231-235959")));
    QCOMPARE(page.currentReport(), kNewer);
    QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("rows.csv leads outside")),
             qPrintable(page.messageLabel()->text()));
    QCOMPARE(page.table()->rowCount(), 0);

    // A project whose reports folder itself leads out of it: nothing listed.
    const QString other = dir_->filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    QVERIFY(QFile::link(outside.path(), other + QStringLiteral("/reports")));
    page.setProjectRoot(other);
    QCOMPARE(page.reportCount(), 0);
    QVERIFY(page.emptyStateLabel()->text().contains(QStringLiteral("outside the project")));
}

void TestResultsPage::reloadKeepsTheChoice() {
    ResultsPage page;
    page.setProjectRoot(root_);
    QVERIFY(page.setCurrentReport(kOlder));
    writeFile(root_ + QStringLiteral("/reports/experiment-20250401-000000/rows.csv"), kRowsCsv);
    page.reload();
    QCOMPARE(page.reportCount(), 3);
    QCOMPARE(page.currentReport(), kOlder);
    QCOMPARE(page.reportCombo()->itemData(0).toString(), QStringLiteral("experiment-20250401-000000"));
    QCOMPARE(page.tsnePlot()->graphCount(), 2);
    // The shown one removed: the newest.
    QVERIFY(QDir(root_ + QStringLiteral("/reports/") + kOlder).removeRecursively());
    page.reload();
    QCOMPARE(page.reportCount(), 2);
    QCOMPARE(page.currentReport(), QStringLiteral("experiment-20250401-000000"));
}

void TestResultsPage::reviewSimulationShowsStrategiesAndCostCurves() {
    // As simulate_review.cpp writes them; newer than both experiments, so listed first.
    const QString name = QStringLiteral("simulate-review-20991231-235959");
    const QString dir = root_ + QStringLiteral("/reports/") + name;
    writeFile(dir + QStringLiteral("/strategies.csv"),
              "strategy,label,spearman,aurc,accepted,edited,minutes_all,curve,doctor_level_decisions,"
              "doctor_level_minutes,doctor_level_percent\n"
              "random,\"random order\",0.02,0.15,50,50,35,1,,,\n"
              "estimated_dice,\"learned Dice estimate\",0.61,0.09,50,50,35,1,40,24.5,36.75\n"
              "l1,\"L1 of x' against x_u\",0.1,0.14,50,50,35,0,,,\n");
    writeFile(dir + QStringLiteral("/curves.csv"),
              "strategy,decisions,minutes,test_dice\nlabelled only,0,0,0.70\nall by hand,0,66.7,0.80\n"
              "random,0,0,0.75\nrandom,50,17.5,0.77\nrandom,100,35,0.80\n"
              "estimated_dice,0,0,0.75\nestimated_dice,40,24.5,0.795\nestimated_dice,100,35,0.80\n");
    writeFile(
        dir + QStringLiteral("/summary.json"),
        R"j({"last_line": "doctor-level reached: 40 decisions, 24.5 min, 37 % of labelling all by hand )j"
        R"j((strategy estimated_dice)", "best": "estimated_dice", "labelled_only": 0.7, "no_review": 0.75, "all_by_hand": 0.8, )j"
        R"j("pixel_auroc": 0.61})j");
    ResultsPage page;
    page.setProjectRoot(root_);
    QCOMPARE(page.reportCount(), 3);
    QCOMPARE(page.currentReport(), name);
    QVERIFY(page.reportCombo()->itemText(0).startsWith(QStringLiteral("Review simulation, 2099-12-31")));
    QVERIFY2(page.messageLabel()->text().isEmpty(), qPrintable(page.messageLabel()->text()));
    QTableWidget* t = page.table();
    QCOMPARE(t->rowCount(), 3);
    QCOMPARE(t->horizontalHeaderItem(1)->text(), QStringLiteral("Spearman with true Dice"));
    QCOMPARE(t->item(1, 4)->text(), QStringLiteral("40 decisions"));
    QCOMPARE(t->item(0, 4)->text(), QStringLiteral("not reached"));
    QCOMPARE(t->item(2, 4)->text(), QStringLiteral("no curve"));
    QCOMPARE(t->item(1, 6)->text(), QStringLiteral("37"));
    // Strategies by their label; the headline composed from the best one's row.
    QCOMPARE(t->item(1, 0)->text(), QStringLiteral("learned Dice estimate"));
    QVERIFY2(page.noteLabel()->text().contains(QStringLiteral(
                 "Doctor-level reached with learned Dice estimate after 40 decisions, 24.5 min: 37 % "
                 "of labelling all by hand.")),
             qPrintable(page.noteLabel()->text()));
    // One graph per curve, and the two references.
    QCPGraph* learned = graphNamed(page.diceChart(), QStringLiteral("learned Dice estimate"));
    QVERIFY(learned);
    QCOMPARE(learned->dataCount(), 3);
    QCOMPARE(learned->data()->at(1)->value, 79.5);
    QVERIFY(graphNamed(page.diceChart(), QStringLiteral("random order")));
    QVERIFY(graphNamed(page.diceChart(), QStringLiteral("labelled only")));
    QVERIFY(graphNamed(page.diceChart(), QStringLiteral("all labelled by hand")));
    // In German the report's English words do not show: names, headline and legend translated.
    QCOMPARE(mipr::ui::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    page.reload();
    QVERIFY(page.table()->item(1, 0)->text() != QStringLiteral("learned Dice estimate"));
    QVERIFY2(!page.noteLabel()->text().contains(QStringLiteral("reached")),
             qPrintable(page.noteLabel()->text()));
    QVERIFY(graphNamed(page.diceChart(), QStringLiteral("random order")) == nullptr);
    mipr::ui::installTranslations(QStringLiteral("en"));
    page.reload();
    // Back to an experiment: its headers and bars again.
    page.setCurrentReport(kNewer);
    QCOMPARE(page.table()->horizontalHeaderItem(0)->text(), QStringLiteral("Method[iter]"));
    QCOMPARE(page.diceChart()->graphCount(), 0);
}

QTEST_MAIN(TestResultsPage)
#include "test_results_page.moc"
