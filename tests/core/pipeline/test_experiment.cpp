// The Table-1 protocol end to end at smoke scale: every row is trained and scored for every seed,
// and the report folder holds the Markdown table (ours beside the paper's), CSVs, the chart and the
// t-SNE of real vs generated images.
#include "mipr/common/error.h"
#include "mipr/data/demo_data.h"
#include "mipr/pipeline/experiment.h"
#include "mipr/pipeline/import.h"
#include "mipr/pipeline/settings.h"
#include "mipr/project/project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <string>

using namespace mipr;
namespace fs = std::filesystem;

namespace {

project::Project demo_project(const QTemporaryDir& tmp) {
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
    return p;
}

/// The smoke preset on the CPU with `iterations` MIPR iterations.
pipeline::ExperimentOptions smoke_options(int iterations) {
    auto o = pipeline::Settings::preset_named("smoke").experiment_options();
    o.run.compute.device = "cpu";
    o.run.iterations = iterations;
    return o;
}

}  // namespace

class TestExperiment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void smokeExperimentWritesAFullReport() {
        QTemporaryDir tmp;
        auto p = demo_project(tmp);
        auto o = smoke_options(1);
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
             {"Labelled only", "Doctor", "MIPR[1] generated pairs", "MIPR[1] real pairs selected",
              "MIPR[1] both", "Pseudo-labels[1] of MIPR's S, unselected", "Self-training[1]"}) {
            QVERIFY2(methods.contains(m), m);
        }
        const auto row = [&](const char* m) { return r.rows[static_cast<std::size_t>(methods.indexOf(m))]; };
        QCOMPARE(row("Labelled only").data_amount, p.counts().labeled);
        QCOMPARE(row("Doctor").data_amount, p.counts().labeled + p.counts().unlabeled);
        QCOMPARE(row("Self-training[1]").data_amount, p.counts().labeled + p.counts().unlabeled);
        // The smoke filter keeps every pair: the selected real pairs and the unselected control are
        // the same set, trained once (deterministic) and scored identically.
        QCOMPARE(row("MIPR[1] real pairs selected").seed_dice,
                 row("Pseudo-labels[1] of MIPR's S, unselected").seed_dice);
        QCOMPARE(row("MIPR[1] real pairs selected").data_amount,
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
        verifyPairedGains(r, text);
        QFile rows(QString::fromStdString((r.report_dir / "rows.csv").string()));
        QVERIFY(rows.open(QIODevice::ReadOnly));
        QCOMPARE(QString(rows.readAll()).count('\n'), static_cast<int>(r.rows.size()) + 1);
        verifyTsne(p, r.report_dir, text);
        verifyLoopPerSeed(p, r, text, o);
    }

    // With the filter keeping a fraction, MIPR[k]'s selected rows hold what the loop's S learns
    // from after k iterations: the latest accepted pair of each image from iterations 1..k.
    void selectedRowsGrowWithTheIterations() {
        QTemporaryDir tmp;
        auto p = demo_project(tmp);
        auto o = smoke_options(2);
        o.run.filter.keep_fraction = 0.25;  // leaves images that no iteration accepted
        o.seeds = {0};
        o.self_training = false;
        const auto r = pipeline::run_experiment(p, o);
        const auto amount = [&](const std::string& m) {
            for (const auto& row : r.rows)
                if (row.method == m) return row.data_amount;
            return -1;
        };
        const int labelled = p.counts().labeled, unlabelled = p.counts().unlabeled;
        std::set<std::string> union_of_accepted;
        for (int k = 1; k <= 2; ++k) {
            int accepted = 0;
            for (const auto& pair : p.pairs())
                if (pair.iteration_number == k && pair.status == "accepted") {
                    ++accepted;
                    union_of_accepted.insert(pair.image_name);
                }
            QCOMPARE(accepted, std::max(1, static_cast<int>(std::lround(0.25 * unlabelled))));
            const auto k_name = "[" + std::to_string(k) + "]";
            QCOMPARE(amount("MIPR" + k_name + " real pairs selected"),
                     labelled + static_cast<int>(union_of_accepted.size()));
            QCOMPARE(amount("Pseudo-labels" + k_name + " of MIPR's S, unselected"), labelled + unlabelled);
        }
        QCOMPARE(amount("MIPR[2] generated pairs"), labelled + static_cast<int>(union_of_accepted.size()));
        QCOMPARE(amount("MIPR[2] both"), labelled + 2 * static_cast<int>(union_of_accepted.size()));

        // A reviewer edits the mask of a held pair of iteration 2 whose image no iteration accepted:
        // it joins every MIPR[2] row once, as the real image with the reviewer's mask.
        const auto pairs = p.pairs();
        const auto held = std::find_if(pairs.begin(), pairs.end(), [&](const auto& q) {
            return q.iteration_number == 2 && q.status == "held" && !union_of_accepted.count(q.image_name);
        });
        QVERIFY(held != pairs.end());
        const fs::path rel = fs::path("masks") / (held->image_name + "_edited.png");
        fs::copy_file(held->label_mask_path, p.root() / rel);
        p.decide(held->id, "edited", "dr. test", p.add_mask(held->image_id, project::MaskKind::edited, rel));
        const auto again = pipeline::run_experiment(p, o);
        const auto amount_again = [&](const std::string& m) {
            for (const auto& row : again.rows)
                if (row.method == m) return row.data_amount;
            return -1;
        };
        const int n = labelled + static_cast<int>(union_of_accepted.size());
        QCOMPARE(amount_again("MIPR[2] real pairs selected"), n + 1);
        QCOMPARE(amount_again("MIPR[2] generated pairs"), n + 1);
        QCOMPARE(amount_again("MIPR[2] both"), n + static_cast<int>(union_of_accepted.size()) + 1);
        QCOMPARE(amount_again("MIPR[1] real pairs selected"), amount("MIPR[1] real pairs selected"));
    }

    // On the CPU the fresh S's train side by side. The figures do not depend on which training
    // finishes first, the rows keep their order, and a stop ends every training.
    void trainingsSideBySide() {
        QTemporaryDir tmp;
        auto p = demo_project(tmp);
        auto o = smoke_options(2);
        o.seeds = {0, 1, 2};
        o.loop_per_seed = false;
        o.unselected_every_iteration = false;
        o.run.compute.threads = 1;  // each of the 3 trainings gets 1 thread, as the one at a time below
        o.eval_workers = 3;
        const auto a = pipeline::run_experiment(p, o);
        const auto b = pipeline::run_experiment(p, o);
        QStringList methods;
        for (const auto& row : a.rows)
            methods << QString::fromStdString(row.method);
        const QStringList expected{"Labelled only",
                                   "Doctor",
                                   "MIPR[1] real pairs selected",
                                   "MIPR[2] generated pairs",
                                   "MIPR[2] real pairs selected",
                                   "MIPR[2] both",
                                   "Pseudo-labels[2] of MIPR's S, unselected",
                                   "Self-training[1]",
                                   "Self-training[2]"};
        QCOMPARE(methods, expected);  // no unselected control at iteration 1
        QCOMPARE(b.rows.size(), a.rows.size());
        for (std::size_t i = 0; i < a.rows.size(); ++i) {
            QCOMPARE(b.rows[i].method, a.rows[i].method);
            QCOMPARE(b.rows[i].seed_dice, a.rows[i].seed_dice);
            QCOMPARE(static_cast<int>(a.rows[i].seed_dice.size()), 3);
        }
        // One thread per training either way: one after the other gives the very same figures.
        auto one = o;
        one.eval_workers = 1;
        const auto c = pipeline::run_experiment(p, one);
        QCOMPARE(c.rows.size(), a.rows.size());
        for (std::size_t i = 0; i < a.rows.size(); ++i)
            QCOMPARE(c.rows[i].seed_dice, a.rows[i].seed_dice);
        // Three experiments, maybe within one second: three report folders.
        QVERIFY(a.report_dir != b.report_dir && b.report_dir != c.report_dir && a.report_dir != c.report_dir);
        const auto text = [](const fs::path& dir) {
            QFile md(QString::fromStdString((dir / "report.md").string()));
            return md.open(QIODevice::ReadOnly) ? QString::fromUtf8(md.readAll()) : QString();
        };
        QVERIFY(text(a.report_dir).contains(" 3 side by side)"));
        QVERIFY(text(c.report_dir).contains(" 1 at a time)"));

        // A stop while the trainings run: every worker ends, nothing is reported or written.
        const auto reports_before =
            std::distance(fs::directory_iterator(p.reports_dir()), fs::directory_iterator());
        std::stop_source stop;
        int experiment_reports = 0;
        const auto progress = [&](const Progress& pr) {
            if (pr.stage == "experiment" && ++experiment_reports == 20) stop.request_stop();
        };
        bool cancelled = false;
        try {
            pipeline::run_experiment(p, o, progress, stop.get_token());
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(experiment_reports >= 20);
        QCOMPARE(std::distance(fs::directory_iterator(p.reports_dir()), fs::directory_iterator()),
                 reports_before);
    }

private:
    // The seed-by-seed table: each row's gain over labelled only, computed from the rows' seeds.
    static void verifyPairedGains(const pipeline::ExperimentResult& r, const QString& report) {
        QVERIFY(report.contains("### Gain over labelled only, seed by seed"));
        const auto& base = r.rows.front();
        QCOMPARE(QString::fromStdString(base.method), QString("Labelled only"));
        const auto& doctor = r.rows[1];
        double sum = 0;
        int gained = 0;
        QStringList each;
        for (std::size_t i = 0; i < doctor.seed_dice.size(); ++i) {
            const double d = 100.0 * (doctor.seed_dice[i] - base.seed_dice[i]);
            sum += d;
            gained += d > 0 ? 1 : 0;
            each << QString::asprintf("%+.2f", d);
        }
        const QString line =
            QString::asprintf("| Doctor | %+.2f | ", sum / static_cast<double>(each.size())) +
            each.join(", ") + QString(" | %1 of %2 |").arg(gained).arg(each.size());
        QVERIFY2(report.contains(line), qPrintable(line));
        QVERIFY(!report.contains("| Labelled only | +"));  // not against itself
    }

    // Seed 1's MIPR rows come from a second loop, run on a copy of the project's images and
    // labelled masks; a later experiment reuses that copy; --single-loop uses the project's loop only.
    static void verifyLoopPerSeed(project::Project& p, const pipeline::ExperimentResult& r,
                                  const QString& report, pipeline::ExperimentOptions o) {
        QCOMPARE(static_cast<int>(r.loops.size()), 2);
        QVERIFY(r.warnings.empty());  // the project's loop ran with the experiment's settings
        const fs::path dir = p.reports_dir() / "experiment-loops" / "loop-1";
        QVERIFY(project::Project::exists(dir));
        {
            auto copy = project::Project::open(dir);
            QCOMPARE(copy.counts().labeled, p.counts().labeled);
            QCOMPARE(copy.counts().unlabeled, p.counts().unlabeled);
            QCOMPARE(copy.counts().test, p.counts().test);
            QCOMPARE(copy.counts().iterations, 1);
            QCOMPARE(copy.counts().pairs, p.counts().unlabeled);  // one scored pair per unlabelled image
            for (const auto& img : copy.images(Split::labeled)) {
                const auto m = copy.latest_mask(img.id, project::MaskKind::doctor);
                QVERIFY(m && fs::exists(m->path) && m->path.parent_path() == copy.masks_dir());
            }
            // Its own seed: G and S of the copy differ from the project's, so do the scores.
            const auto a = p.pairs(), b = copy.pairs();
            bool any_different = false;
            for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
                any_different |= a[i].l1 != b[i].l1;
            QVERIFY(any_different);
        }
        QVERIFY(report.contains("own run of the MIPR loop"));
        QVERIFY(report.contains("| 2 (seed 1) | 1 | "));
        for (const auto& row : r.rows)
            QCOMPARE(static_cast<int>(row.seed_amount.size()), 2);

        // A second experiment reuses the copy (a file put there survives) and, being deterministic
        // on the CPU, gives the same rows.
        const fs::path marker = dir / "marker.txt";
        {
            std::ofstream(marker) << "kept";
        }
        const auto again = pipeline::run_experiment(p, o);
        QVERIFY(fs::exists(marker));
        QCOMPARE(again.rows.size(), r.rows.size());
        for (std::size_t i = 0; i < r.rows.size(); ++i)
            QCOMPARE(again.rows[i].seed_dice, r.rows[i].seed_dice);

        // One loop for every seed: seed 1's MIPR rows now come from the project's loop.
        o.loop_per_seed = false;
        const auto single = pipeline::run_experiment(p, o);
        QCOMPARE(static_cast<int>(single.loops.size()), 1);
        QFile md(QString::fromStdString((single.report_dir / "report.md").string()));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(md.readAll()).contains("one run of the MIPR loop"));
        const auto row = [](const pipeline::ExperimentResult& e, const std::string& m) {
            for (const auto& x : e.rows)
                if (x.method == m) return x;
            return pipeline::ExperimentRow{};
        };
        QCOMPARE(row(single, "Labelled only").seed_dice, row(r, "Labelled only").seed_dice);
        QCOMPARE(row(single, "MIPR[1] generated pairs").seed_dice[0],
                 row(r, "MIPR[1] generated pairs").seed_dice[0]);
        QVERIFY(single.warnings.empty());

        // The project's loop no longer is the one the experiment asks for: its iteration ran with
        // fewer G epochs, and a reviewer rejected one of its pairs. The report says so.
        p.decide(p.pairs().front().id, "rejected", "dr. test");
        o.run.gan.epochs += 1;
        const auto differs = pipeline::run_experiment(p, o);
        QCOMPARE(static_cast<int>(differs.warnings.size()), 2);
        const auto epochs = QString::number(o.run.gan.epochs - 1), asked = QString::number(o.run.gan.epochs);
        QVERIFY2(
            QString::fromStdString(differs.warnings[0])
                .contains("iteration 1 ran with gan.epochs " + epochs + " (the experiment's: " + asked + ")"),
            differs.warnings[0].c_str());
        QVERIFY2(QString::fromStdString(differs.warnings[1])
                     .startsWith("1 of its pairs carry a reviewer's decision"),
                 differs.warnings[1].c_str());
        QFile warned(QString::fromStdString((differs.report_dir / "report.md").string()));
        QVERIFY(warned.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(warned.readAll()).contains("**Warning: the project's own MIPR loop"));
    }

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
