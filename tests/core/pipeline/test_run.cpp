// `run_mipr` on a small demo project: scored pairs with provenance, filter statuses, versioned
// models per iteration, and a stopped run that continues from its last completed step.
#include "mipr/common/error.h"
#include "mipr/data/demo_data.h"
#include "mipr/engine/oom.h"
#include "mipr/pipeline/import.h"
#include "mipr/pipeline/journal.h"
#include "mipr/pipeline/run.h"
#include "mipr/pipeline/settings.h"
#include "mipr/project/project.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <map>

using namespace mipr;
namespace fs = std::filesystem;

namespace {

pipeline::RunOptions tiny(int iterations) {
    auto o = pipeline::Settings::preset_named("cpu").run();
    o.iterations = iterations;
    o.seg.model.input_size = 32;
    o.seg.model.base_width = 4;
    o.seg.model.depth = 2;
    o.seg.epochs = 4;
    o.gan.base_width = 4;
    o.gan.max_width = 16;
    o.gan.down_blocks = 2;
    o.gan.spade_hidden = 8;
    o.gan.disc_width = 4;
    o.gan.epochs = 8;  // one step per epoch here (under 5 labelled images)
    o.filter.min_consistency = 0.5;
    o.compute.device = "cpu";
    return o;
}

fs::path make_project(const QTemporaryDir& tmp, const char* name) {
    const fs::path demo = tmp.filePath(QString(name) + "-src").toStdString();
    data::DemoOptions d;
    d.count = 12;
    d.width = 48;
    d.height = 40;
    data::generate_demo_data(demo, d);
    const fs::path dir = tmp.filePath(name).toStdString();
    auto p = project::Project::create(dir);
    pipeline::ImportOptions io;
    io.split_csv = demo / "split.csv";
    pipeline::import_dataset(p, demo, io);
    return dir;
}

}  // namespace

class TestRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void producesScoredPairsWithProvenance() {
        QTemporaryDir tmp;
        auto p = project::Project::open(make_project(tmp, "a"));
        const int unlabelled = p.counts().unlabeled;
        QVERIFY(unlabelled > 0);
        const auto summary = pipeline::run_mipr(p, tiny(2));
        QCOMPARE(static_cast<int>(summary.iterations.size()), 2);
        QCOMPARE(static_cast<int>(p.iterations().size()), 2);
        for (const auto& it : p.iterations())
            QCOMPARE(QString::fromStdString(it.status), QString("done"));
        // One S and one G per iteration, versioned.
        int seg = 0, gen = 0;
        for (const auto& m : p.models())
            (m.kind == "segmentation" ? seg : gen) += 1;
        QCOMPARE(seg, 2);
        QCOMPARE(gen, 2);

        const auto pairs = p.pairs();
        QCOMPARE(static_cast<int>(pairs.size()), 2 * unlabelled);
        // The filter (auto-accept on): of the pairs with consistency >= 0.5, the most confident
        // keep_fraction (0.5) of the iteration's pairs are accepted, the rest held.
        for (const int number : {1, 2}) {
            std::vector<project::PairRecord> passing;
            int accepted = 0;
            for (const auto& pair : pairs) {
                if (pair.iteration_number != number) continue;
                if (pair.consistency >= 0.5) passing.push_back(pair);
                if (pair.status == "accepted")
                    ++accepted;
                else
                    QCOMPARE(QString::fromStdString(pair.status), QString("held"));
            }
            std::stable_sort(passing.begin(), passing.end(),
                             [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
            const auto limit =
                std::min(passing.size(), static_cast<std::size_t>(std::lround(0.5 * unlabelled)));
            QCOMPARE(accepted, static_cast<int>(limit));
            for (std::size_t i = 0; i < passing.size(); ++i)
                QCOMPARE(QString::fromStdString(passing[i].status), QString(i < limit ? "accepted" : "held"));
            QCOMPARE(summary.iterations[static_cast<std::size_t>(number - 1)].kept, accepted);
            QCOMPARE(summary.iterations[static_cast<std::size_t>(number - 1)].held, unlabelled - accepted);
        }
        for (const auto& pair : pairs) {
            QVERIFY(pair.generated_path && fs::exists(*pair.generated_path));
            QVERIFY(fs::exists(pair.label_mask_path));
            QVERIFY(pair.consistency >= 0 && pair.consistency <= 1);
            QVERIFY(pair.confidence >= 0.5 && pair.confidence <= 1);
            QVERIFY(pair.l1 >= 0 && pair.l1 <= 1);
            QVERIFY(pair.ssim >= -1 && pair.ssim <= 1);
            // Provenance: t' is a pseudo-label of this iteration's S; the pair's label mask of G.
            const auto masks = p.masks(pair.image_id);
            const auto label =
                std::find_if(masks.begin(), masks.end(), [&](auto& m) { return m.id == pair.label_mask_id; });
            QVERIFY(label != masks.end());
            QVERIFY(label->kind == project::MaskKind::pseudo);
            QCOMPARE(label->model_id.value_or(-1), pair.seg_model_id.value_or(-2));
            const auto gm = std::find_if(masks.begin(), masks.end(),
                                         [&](auto& m) { return m.id == *pair.generated_mask_id; });
            QVERIFY(gm != masks.end());
            QVERIFY(gm->kind == project::MaskKind::generated);
            QCOMPARE(gm->model_id.value_or(-1), pair.gen_model_id.value_or(-2));
        }
        QVERIFY(p.check().empty());
        // Running again with the same number of iterations does nothing new.
        const auto again = pipeline::run_mipr(p, tiny(2));
        QVERIFY(again.iterations[0].resumed && again.iterations[1].resumed);
        QCOMPARE(static_cast<int>(p.models().size()), 4);
    }

    void stoppedRunContinuesFromTheLastCompletedStep() {
        QTemporaryDir tmp;
        const auto dir = make_project(tmp, "b");
        {
            auto p = project::Project::open(dir);
            std::stop_source stop;
            // Stop while G trains in iteration 1: S of iteration 1 is already stored.
            QVERIFY_THROWS_EXCEPTION(Cancelled, pipeline::run_mipr(
                                                    p, tiny(1),
                                                    [&](const Progress& pr) {
                                                        if (pr.stage == "train-gan" && pr.done >= 7)
                                                            stop.request_stop();
                                                    },
                                                    stop.get_token()));
            QCOMPARE(static_cast<int>(p.models().size()), 1);
            QVERIFY(p.pairs().empty());
            // A partial G checkpoint was kept (5 epochs done).
            QVERIFY(fs::exists(dir / "models" / "gen_it1.partial.pt"));
        }
        auto p = project::Project::open(dir);
        int seg_reports = 0, gan_first = -1;
        const auto summary = pipeline::run_mipr(p, tiny(1), [&](const Progress& pr) {
            if (pr.stage == "train-seg") ++seg_reports;
            if (pr.stage == "train-gan" && gan_first < 0) gan_first = static_cast<int>(pr.done);
        });
        QCOMPARE(seg_reports, 0);                                         // S was not trained again
        QVERIFY2(gan_first > 5, qPrintable(QString::number(gan_first)));  // G went on from its checkpoint
        QVERIFY(summary.iterations[0].resumed);
        QCOMPARE(static_cast<int>(p.models().size()), 2);
        QCOMPARE(static_cast<int>(p.pairs().size()), p.counts().unlabeled);
        QVERIFY(!fs::exists(dir / "models" / "gen_it1.partial.pt"));
    }

    // Annotation runs S and G in batches: the pairs are the same whatever the batch size, and a
    // stop in the middle of a batch keeps the pairs committed so far; the rerun makes only the rest.
    void annotationInBatchesStopsAndContinues() {
        QTemporaryDir tmp;
        const auto dir_a = make_project(tmp, "batch-a");
        const auto dir_b = make_project(tmp, "batch-b");
        auto a = project::Project::open(dir_a);
        auto one = tiny(1);
        one.annotate_batch = 1;
        pipeline::run_mipr(a, one);
        const int unlabelled = a.counts().unlabeled;
        QVERIFY(unlabelled >= 5);

        auto b = project::Project::open(dir_b);
        auto three = tiny(1);
        three.annotate_batch = 3;
        std::stop_source stop;
        QVERIFY_THROWS_EXCEPTION(Cancelled, pipeline::run_mipr(
                                                b, three,
                                                [&](const Progress& pr) {
                                                    if (pr.stage == "annotate" && pr.done == 4)
                                                        stop.request_stop();  // inside the second batch
                                                },
                                                stop.get_token()));
        const auto before = b.pairs();
        QCOMPARE(static_cast<int>(before.size()), 4);
        // A reviewer accepts the least confident pair made so far before the run goes on: the
        // filter's ranking at the end of the step leaves a person's decision as it is.
        const auto least = *std::min_element(before.begin(), before.end(), [](const auto& x, const auto& y) {
            return x.confidence < y.confidence;
        });
        b.decide(least.id, "accepted", "dr-test");
        std::int64_t first_annotated = -1;
        pipeline::run_mipr(b, three, [&](const Progress& pr) {
            if (pr.stage == "annotate" && first_annotated < 0) first_annotated = pr.done;
        });
        QCOMPARE(first_annotated, std::int64_t{5});  // the first four were not made again
        const auto after = b.pairs();
        QCOMPARE(static_cast<int>(after.size()), unlabelled);
        int held = 0;
        for (const auto& q : after) {
            if (q.id == least.id) QCOMPARE(QString::fromStdString(q.status), QString("accepted"));
            if (q.status == "held") ++held;
        }
        QVERIFY(held > 0);  // the ranking did run
        for (const auto& p : before) {
            const auto it =
                std::find_if(after.begin(), after.end(), [&](const auto& q) { return q.id == p.id; });
            QVERIFY(it != after.end() && it->consistency == p.consistency);
        }
        // Same data and seeds: the same S and G, so each image gets the same scores in batches of 3
        // (interrupted) as one at a time.
        for (const auto& pa : a.pairs()) {
            const auto it = std::find_if(after.begin(), after.end(),
                                         [&](const auto& q) { return q.image_name == pa.image_name; });
            QVERIFY(it != after.end());
            QVERIFY2(std::abs(it->l1 - pa.l1) < 1e-4, pa.image_name.c_str());
            QVERIFY2(std::abs(it->ssim - pa.ssim) < 1e-4, pa.image_name.c_str());
            QVERIFY2(std::abs(it->confidence - pa.confidence) < 1e-4, pa.image_name.c_str());
            QVERIFY2(std::abs(it->consistency - pa.consistency) < 1e-3, pa.image_name.c_str());
        }
    }

    void stoppedSegTrainingResumesFromItsLastSavedEpoch() {
        QTemporaryDir tmp;
        const auto dir = make_project(tmp, "c");
        auto options = tiny(1);
        options.seg.epochs = 6;
        {
            auto p = project::Project::open(dir);
            std::stop_source stop;
            // Stop S of iteration 1 in its fifth epoch: epochs 1-4 are saved (every 2 epochs).
            QVERIFY_THROWS_EXCEPTION(
                Cancelled, pipeline::run_mipr(
                               p, options,
                               [&](const Progress& pr) {
                                   if (pr.stage == "train-seg" && pr.message.rfind("epoch 5/", 0) == 0)
                                       stop.request_stop();
                               },
                               stop.get_token()));
            QVERIFY(p.models().empty());
            QVERIFY(fs::exists(dir / "models" / "seg_it1.partial.pt"));
        }
        auto p = project::Project::open(dir);
        std::string first_message;
        pipeline::run_mipr(p, options, [&](const Progress& pr) {
            if (pr.stage == "train-seg" && first_message.empty()) first_message = pr.message;
        });
        QVERIFY2(first_message.rfind("epoch 5/6", 0) == 0, first_message.c_str());  // not from epoch 1
        const auto models = p.models();
        QVERIFY(!models.empty());
        const auto metrics = nlohmann::json::parse(models.front().metrics_json);
        QCOMPARE(metrics.value("resumed_from_epoch", 0), 4);
        QCOMPARE(metrics["epoch_losses"].size(), std::size_t{6});
        QVERIFY(!fs::exists(dir / "models" / "seg_it1.partial.pt"));
    }

    // The run's record (issue 16): its settings, a figure set per epoch of S and of G per
    // iteration (training Dice, never the test split), one per iteration, and how it ended.
    void journalHoldsEveryEpochsFigures() {
        QTemporaryDir tmp;
        const auto dir = make_project(tmp, "j");
        auto p = project::Project::open(dir);
        const auto options = tiny(1);
        std::int64_t id = 0;
        {
            pipeline::RunJournal journal(dir, "run", R"({"iterations": 1})");
            id = journal.id();
            pipeline::run_mipr(p, options, journal.wrap({}));
            journal.finish("done", "1 iteration");
        }
        const auto runs = p.runs();
        QCOMPARE(runs.size(), std::size_t{1});
        QCOMPARE(runs[0].status, std::string("done"));
        QCOMPARE(runs[0].settings_json, std::string(R"({"iterations": 1})"));
        std::map<std::string, int> count;
        for (const auto& m : p.run_metrics(id)) {
            count[m.stage + ":" + m.name] += 1;
            QCOMPARE(m.iteration, 1);
            if (m.name == "dice") QVERIFY(m.value >= 0 && m.value <= 1);
        }
        QCOMPARE(count["train-seg:loss"], options.seg.epochs);
        QCOMPARE(count["train-seg:dice"], options.seg.epochs);
        QCOMPARE(count["train-gan:loss_g"], options.gan.epochs);
        QCOMPARE(count["train-gan:feature_matching"], options.gan.epochs);
        QCOMPARE(count["iteration:pairs"], 1);
        // Polling readers ask for what is new.
        const auto all = p.run_metrics();
        QVERIFY(p.run_metrics(std::nullopt, all.back().id).empty());
        QCOMPARE(p.run_metrics(std::nullopt, all[all.size() - 2].id).size(), std::size_t{1});
        // A journal dropped unfinished (the process went on after an error) says so.
        {
            pipeline::RunJournal dropped(dir, "train-seg", "{}");
        }
        QCOMPARE(p.runs().back().status, std::string("failed"));
        QCOMPARE(p.runs().back().message, std::string("interrupted"));
    }

    // A step that runs out of device memory is retried with half the batch, down to 1; the run
    // completes and says so (an injected failure: no GPU needed).
    void outOfMemoryHalvesTheBatch() {
        QTemporaryDir tmp;
        const auto dir = make_project(tmp, "m");
        auto p = project::Project::open(dir);
        auto options = tiny(1);
        options.seg.batch_size = 4;
        options.gan.batch_size = 4;
        engine::inject_out_of_memory_above(1);
        const auto retries = engine::out_of_memory_retries();
        std::vector<std::string> messages;
        std::vector<double> batches;
        try {
            pipeline::run_mipr(p, options, [&](const Progress& pr) {
                messages.push_back(pr.message);
                for (const auto& [name, value] : pr.metrics)
                    if (name == "batch") batches.push_back(value);
            });
        } catch (...) {
            engine::inject_out_of_memory_above(0);
            throw;
        }
        engine::inject_out_of_memory_above(0);
        QCOMPARE(p.iterations().size(), std::size_t{1});
        QVERIFY(!batches.empty());
        for (const double b : batches)
            QCOMPARE(b, 1.0);
        const auto said = std::any_of(messages.begin(), messages.end(), [](const std::string& m) {
            return m.find("out of memory: batch 1") != std::string::npos;
        });
        QVERIFY(said);
        // Inference too: the annotation's batches of 4 were computed again in halves.
        QVERIFY(engine::out_of_memory_retries() > retries);
    }

    void refusesBadSettings() {
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::Settings::preset_named("gpu-farm"));
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::parse_contribution("some"));
        QTemporaryDir tmp;
        auto p = project::Project::create(tmp.filePath("empty").toStdString());
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::run_mipr(p, tiny(1)));
        auto zero = tiny(1);
        zero.filter.keep_fraction = 0;
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::run_mipr(p, zero));
    }
};

QTEST_GUILESS_MAIN(TestRun)
#include "test_run.moc"
