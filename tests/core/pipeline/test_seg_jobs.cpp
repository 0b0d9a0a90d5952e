// The segmentation jobs over a demo project: training stores a versioned model and lowers the
// loss, predict stores pseudo-labels with provenance, eval scores the test split, a cancelled
// training stores nothing, bad settings are refused with clear messages.
#include "mipr/common/error.h"
#include "mipr/data/demo_data.h"
#include "mipr/data/image_io.h"
#include "mipr/pipeline/import.h"
#include "mipr/pipeline/seg_jobs.h"
#include "mipr/project/project.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace mipr;
namespace fs = std::filesystem;

class TestSegJobs : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    fs::path project_dir_;

    pipeline::TrainSegOptions tiny() const {
        pipeline::TrainSegOptions o;
        o.model.input_size = 64;
        o.model.base_width = 8;
        o.model.depth = 3;
        o.epochs = 25;
        o.seed = 2;
        o.compute.device = "cpu";
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        const fs::path demo = tmp_.filePath("demo").toStdString();
        data::DemoOptions d;
        d.count = 30;
        d.width = 96;
        d.height = 80;
        d.seed = 4;
        data::generate_demo_data(demo, d);
        project_dir_ = tmp_.filePath("project").toStdString();
        auto p = project::Project::create(project_dir_);
        pipeline::ImportOptions io;
        io.split_csv = demo / "split.csv";
        const auto summary = pipeline::import_dataset(p, demo, io);
        QCOMPARE(summary.imported, 30);
    }

    void trainingStoresAVersionedModelAndLearns() {
        auto p = project::Project::open(project_dir_);
        int reports = 0;
        const auto r = pipeline::train_seg(p, tiny(), [&](const Progress& pr) {
            if (pr.stage == "train-seg") {
                ++reports;
                QVERIFY(pr.done <= pr.total);
            }
        });
        QVERIFY(reports > 0);
        QCOMPARE(r.version, 1);
        QCOMPARE(r.train_images, p.counts().labeled);
        QVERIFY(fs::exists(r.checkpoint));
        QVERIFY2(r.epoch_losses.back() < 0.8 * r.epoch_losses.front(),
                 qPrintable(QString("%1 -> %2").arg(r.epoch_losses.front()).arg(r.epoch_losses.back())));
        const auto model = p.latest_model("segmentation");
        QVERIFY(model);
        QCOMPARE(model->id, r.model_id);
        const auto config = pipeline::SegModelConfig::from_json(model->config_json);
        QCOMPARE(config.input_size, 64);
        QCOMPARE(config.base_width, 8);
        const auto metrics = nlohmann::json::parse(model->metrics_json);
        QCOMPARE(metrics["epochs"].get<int>(), 25);
    }

    void predictStoresPseudoLabelsWithProvenance() {
        auto p = project::Project::open(project_dir_);
        const auto model = p.latest_model("segmentation");
        QVERIFY(model);
        const auto r = pipeline::predict(p, {});
        QCOMPARE(r.predicted, p.counts().unlabeled);
        QCOMPARE(p.counts().with_pseudo, p.counts().unlabeled);
        for (const auto& img : p.images(Split::unlabeled)) {
            const auto m = p.latest_mask(img.id, project::MaskKind::pseudo);
            QVERIFY(m);
            QCOMPARE(m->model_id.value_or(-1), model->id);
            QVERIFY(m->confidence && *m->confidence >= 0.5 && *m->confidence <= 1.0);
            const auto mask = data::load_mask(m->path);
            QCOMPARE(mask.cols, img.width);  // stored at the image's own size
            QCOMPARE(mask.rows, img.height);
        }
        // Labelled and test images get none unless asked.
        for (const auto& img : p.images(Split::test))
            QVERIFY(!p.latest_mask(img.id, project::MaskKind::pseudo));
    }

    void evaluateScoresTheTestSplit() {
        auto p = project::Project::open(project_dir_);
        const auto r = pipeline::evaluate(p, {});
        QCOMPARE(r.images, p.counts().test);
        QCOMPARE(static_cast<int>(r.per_image.size()), r.images);
        QVERIFY(r.dice_mean >= 0.0 && r.dice_mean <= 1.0);
        QVERIFY2(r.accuracy_mean > 0.6, qPrintable(QString::number(r.accuracy_mean)));
        const auto metrics = nlohmann::json::parse(p.latest_model("segmentation")->metrics_json);
        QVERIFY(metrics.contains("test"));
        QCOMPARE(metrics["test"]["images"].get<int>(), r.images);
    }

    void cancelledTrainingStoresNothing() {
        auto p = project::Project::open(project_dir_);
        const int models = p.counts().models;
        std::stop_source stop;
        auto o = tiny();
        o.epochs = 1000;
        QVERIFY_THROWS_EXCEPTION(Cancelled, pipeline::train_seg(
                                                p, o,
                                                [&](const Progress& pr) {
                                                    if (pr.stage == "train-seg" && pr.done >= 3)
                                                        stop.request_stop();
                                                },
                                                stop.get_token()));
        QCOMPARE(p.counts().models, models);
        QVERIFY(!fs::exists(project_dir_ / "models" / "seg_v2.pt"));
    }

    void badSettingsAreRefused() {
        auto p = project::Project::open(project_dir_);
        auto o = tiny();
        o.model.input_size = 60;  // not a multiple of 2^3
        try {
            pipeline::train_seg(p, o);
            QFAIL("input size 60 accepted");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("60"), e.what());
        }
        o = tiny();
        o.compute.device = "quantum";
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::train_seg(p, o));
        pipeline::PredictOptions po;
        po.model_id = 12345;
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::predict(p, po));
    }
};

QTEST_GUILESS_MAIN(TestSegJobs)
#include "test_seg_jobs.moc"
