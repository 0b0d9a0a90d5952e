// The Table-1 protocol end to end at smoke scale: every row is trained and scored for every seed,
// and the report folder holds the Markdown table (ours beside the paper's), CSVs, the chart and the
// t-SNE of real vs generated images.
#include "mipr/data/demo_data.h"
#include "mipr/pipeline/experiment.h"
#include "mipr/pipeline/import.h"
#include "mipr/project/project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>

using namespace mipr;
namespace fs = std::filesystem;

class TestExperiment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void smokeExperimentWritesAFullReport() {
        QTemporaryDir tmp;
        const fs::path demo = tmp.filePath("src").toStdString();
        data::DemoOptions d;
        d.count = 14;
        d.width = 48;
        d.height = 40;
        data::generate_demo_data(demo, d);
        auto p = project::Project::create(tmp.filePath("p").toStdString());
        pipeline::ImportOptions io;
        io.split_csv = demo / "split.csv";
        pipeline::import_dataset(p, demo, io);

        auto o = pipeline::ExperimentOptions::preset_named("smoke");
        o.run.compute.device = "cpu";
        const auto r = pipeline::run_experiment(p, o);

        QStringList methods;
        for (const auto& row : r.rows) {
            methods << QString::fromStdString(row.method);
            QCOMPARE(static_cast<int>(row.seed_dice.size()), 2);  // one score per seed
            QVERIFY(row.dice_mean >= 0 && row.dice_mean <= 1);
            QVERIFY(row.acc_mean >= 0 && row.acc_mean <= 1);
            QVERIFY(row.data_amount >= p.counts().labeled);
        }
        for (const char* m :
             {"Labelled only", "Doctor", "MIPR[1] generated pairs", "MIPR[1] real pairs selected by G",
              "MIPR[1] both", "Pseudo-labels[1] of MIPR's S, unselected", "Self-training[1]"}) {
            QVERIFY2(methods.contains(m), m);
        }
        const auto row = [&](const char* m) { return r.rows[static_cast<std::size_t>(methods.indexOf(m))]; };
        QCOMPARE(row("Labelled only").data_amount, p.counts().labeled);
        QCOMPARE(row("Doctor").data_amount, p.counts().labeled + p.counts().unlabeled);
        QCOMPARE(row("Self-training[1]").data_amount, p.counts().labeled + p.counts().unlabeled);
        // The smoke filter keeps every pair: the selected real pairs and the unselected control are
        // the same set, trained once (deterministic) and scored identically.
        QCOMPARE(row("MIPR[1] real pairs selected by G").seed_dice,
                 row("Pseudo-labels[1] of MIPR's S, unselected").seed_dice);
        QCOMPARE(row("MIPR[1] real pairs selected by G").data_amount,
                 row("Pseudo-labels[1] of MIPR's S, unselected").data_amount);

        for (const char* f : {"report.md", "rows.csv", "per_image.csv", "quality.csv", "dice.png"}) {
            QVERIFY2(fs::exists(r.report_dir / f), f);
        }
        QFile md(QString::fromStdString((r.report_dir / "report.md").string()));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.contains("68.41 ± 1.71"));  // the paper's Doctor row beside ours
        QVERIFY(text.contains("Labelled only"));
        QVERIFY(text.contains("Fréchet"));
        QFile rows(QString::fromStdString((r.report_dir / "rows.csv").string()));
        QVERIFY(rows.open(QIODevice::ReadOnly));
        QCOMPARE(QString(rows.readAll()).count('\n'), static_cast<int>(r.rows.size()) + 1);
        verifyTsne(p, r.report_dir, text);
    }

private:
    // The t-SNE of the last iteration's real and generated images: one CSV row per image of each
    // pair, the plot, its number in quality.csv and the report.
    static void verifyTsne(const project::Project& p, const fs::path& dir, const QString& report) {
        int last = 0, pairs = 0;
        for (const auto& pair : p.pairs())
            last = std::max(last, pair.iteration_number);
        for (const auto& pair : p.pairs())
            pairs += pair.iteration_number == last && pair.generated_path ? 1 : 0;
        QVERIFY(pairs >= 2);
        for (const char* f : {"tsne.csv", "tsne.png"}) {
            QVERIFY2(fs::exists(dir / f), f);
        }
        QVERIFY(report.contains("![t-SNE](tsne.png)"));

        QFile csv(QString::fromStdString((dir / "tsne.csv").string()));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString(csv.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 2 * pairs);
        QCOMPARE(lines[0], QString("name,kind,x,y"));
        int real = 0, generated = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(',');
            QCOMPARE(cells.size(), 4);
            real += cells[1] == "real" ? 1 : 0;
            generated += cells[1] == "generated" ? 1 : 0;
            bool okx = false, oky = false;
            QVERIFY(std::isfinite(cells[2].toDouble(&okx)) && okx);
            QVERIFY(std::isfinite(cells[3].toDouble(&oky)) && oky);
        }
        QCOMPARE(real, pairs);
        QCOMPARE(generated, pairs);

        QFile quality(QString::fromStdString((dir / "quality.csv").string()));
        QVERIFY(quality.open(QIODevice::ReadOnly));
        const QStringList q = QString(quality.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(q.size(), 2);
        QVERIFY(q[0].endsWith(",tsne_knn_accuracy"));
        bool ok = false;
        const double accuracy = q[1].split(',').last().toDouble(&ok);
        QVERIFY(ok && accuracy >= 0 && accuracy <= 1);
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "test_experiment.moc"
