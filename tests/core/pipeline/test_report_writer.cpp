// The experiment report from given rows, without training anything: the Markdown table with each
// row's data amount, the seed-by-seed gains over labelled only, the table of MIPR loops and the
// sentence that says what the ± covers.
#include "mipr/pipeline/settings.h"
#include "report_writer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mipr;
using namespace mipr::pipeline;
namespace fs = std::filesystem;

namespace {

ExperimentRow row(const std::string& method, std::vector<double> dice, std::vector<int> amount) {
    ExperimentRow r;
    r.method = method;
    r.seed_dice = dice;
    r.seed_acc = dice;
    r.seed_amount = amount;
    double a = 0;
    for (const int x : amount)
        a += x;
    r.data_amount = static_cast<int>(a / static_cast<double>(amount.size()) + 0.5);
    const auto d = engine::mean_std(dice);
    r.dice_mean = r.acc_mean = d.mean;
    r.dice_std = r.acc_std = d.std;
    return r;
}

RunSummary loop(std::vector<int> kept) {
    RunSummary s;
    int number = 0;
    for (const int k : kept) {
        IterationSummary it;
        it.number = ++number;
        it.train_images = number == 1 ? 15 : 15 + kept[static_cast<std::size_t>(number - 2)];
        it.pairs = 100;
        it.kept = k;
        it.held = 100 - k;
        it.mean_consistency = 0.9 + 0.001 * k / 10.0;
        s.iterations.push_back(it);
    }
    return s;
}

QString write(const std::vector<ExperimentRow>& rows, const std::vector<RunSummary>& loops,
              const fs::path& dir, const std::vector<std::string>& warnings = {}) {
    const QualityFigures quality;
    const std::vector<std::pair<std::string, std::vector<double>>> per_image;
    const std::vector<std::string> names;
    auto options = mipr::pipeline::Settings::preset_named("cpu").experiment_options();
    options.run.seed = 10;
    const ReportInputs in{rows, quality, per_image, names, options, 12.0,  9,
                          8.0,  2,       15,        100,   35,      loops, warnings};
    write_experiment_report(dir, in);
    QFile f(QString::fromStdString((dir / "report.md").string()));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll());
}

}  // namespace

class TestReportWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsLoopsAndPairedGains() {
        QTemporaryDir tmp;
        const std::vector<ExperimentRow> rows{
            row("Labelled only", {0.80, 0.85, 0.90}, {15, 15, 15}),
            row("Doctor", {0.82, 0.88, 0.89}, {115, 115, 115}),
            row("MIPR[1] real pairs selected", {0.79, 0.84, 0.91}, {36, 104, 109}),
        };
        const QString md =
            write(rows, {loop({21, 93}), loop({89, 99}), loop({94, 96})}, tmp.path().toStdString());
        // The data amount: the range where the loops kept different numbers of pairs.
        QVERIFY2(md.contains("| MIPR[1] real pairs selected (36–109) | "), qPrintable(md));
        QVERIFY(md.contains("| Doctor (115) | "));
        // Gains over labelled only, seed by seed, in DSC points.
        QVERIFY2(md.contains("| Doctor | +1.33 | +2.00, +3.00, -1.00 | 2 of 3 |"), qPrintable(md));
        QVERIFY2(md.contains("| MIPR[1] real pairs selected | -0.33 | -1.00, -1.00, +1.00 | 1 of 3 |"),
                 qPrintable(md));
        QVERIFY(!md.contains("| Labelled only | +"));
        // One line per loop and iteration; the others' seeds follow the project's run seed.
        QVERIFY2(md.contains("| 1 (the project's) | 1 | 15 | 100 | 21 | 0.902 |"), qPrintable(md));
        QVERIFY(md.contains("| 1 (the project's) | 2 | 36 | 100 | 93 | 0.909 |"));
        QVERIFY(md.contains("| 2 (seed 11) | 1 | 15 | 100 | 89 | 0.909 |"));
        QVERIFY(md.contains("| 3 (seed 12) | 2 | 109 | 100 | 96 | 0.910 |"));
        QVERIFY(md.contains("own run of the MIPR loop"));
        QVERIFY(!md.contains("one run of the MIPR loop"));
        QVERIFY(fs::exists(fs::path(tmp.path().toStdString()) / "dice.png"));
        QVERIFY(!fs::exists(fs::path(tmp.path().toStdString()) / "tsne.png"));  // nothing embedded
    }

    void oneLoopForEverySeed() {
        QTemporaryDir tmp;
        const std::vector<ExperimentRow> rows{row("Labelled only", {0.80, 0.85}, {15, 15}),
                                              row("MIPR[1] both", {0.81, 0.86}, {80, 80})};
        const QString md = write(rows, {loop({40})}, tmp.path().toStdString());
        QVERIFY(md.contains("one run of the MIPR loop"));
        QVERIFY(md.contains("| MIPR[1] both (80) | "));
        QVERIFY(md.contains("| MIPR[1] both | +1.00 | +1.00, +1.00 | 2 of 2 |"));
        QVERIFY(!md.contains("| 2 (seed"));
        QVERIFY(!md.contains("Warning"));
    }

    void warnsWhenTheProjectsLoopDiffers() {
        QTemporaryDir tmp;
        const std::vector<ExperimentRow> rows{row("Labelled only", {0.80, 0.85}, {15, 15})};
        const QString md = write(rows, {loop({40}), loop({50})}, tmp.path().toStdString(),
                                 {"iteration 1 ran with seg_epochs 60 (the experiment's: 40)",
                                  "3 of its pairs carry a reviewer's decision"});
        const auto warning = md.indexOf("**Warning: the project's own MIPR loop");
        QVERIFY2(warning > 0 && warning < md.indexOf("## Ours"), qPrintable(md));
        QVERIFY(md.contains("- iteration 1 ran with seg_epochs 60 (the experiment's: 40)\n"));
        QVERIFY(md.contains("- 3 of its pairs carry a reviewer's decision\n"));
    }
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "test_report_writer.moc"
