// A tiny training run lowers the loss and learns; cancellation stops it; checkpoints round-trip.
#include "mipr/engine/checkpoint.h"
#include "mipr/engine/device.h"
#include "mipr/engine/seg_trainer.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <torch/cuda.h>
#include <torch/types.h>

using namespace mipr::engine;

namespace {
SegDataset discs(int n, int size, unsigned seed) {
    torch::manual_seed(seed);
    auto yy = torch::arange(size).view({1, size, 1}).expand({n, size, size}).to(torch::kFloat);
    auto xx = torch::arange(size).view({1, 1, size}).expand({n, size, size}).to(torch::kFloat);
    auto cy = torch::randint(size / 3, 2 * size / 3, {n, 1, 1}).to(torch::kFloat);
    auto cx = torch::randint(size / 3, 2 * size / 3, {n, 1, 1}).to(torch::kFloat);
    auto r = torch::randint(size / 8, size / 4, {n, 1, 1}).to(torch::kFloat);
    auto disc = ((yy - cy).pow(2) + (xx - cx).pow(2) <= r * r).to(torch::kFloat).unsqueeze(1);
    SegDataset d;
    d.masks = disc;
    d.images = ((0.75 - 0.45 * disc).expand({n, 3, size, size}) + 0.05 * torch::randn({n, 3, size, size}))
                   .clamp(0, 1)
                   .contiguous();
    return d;
}
}  // namespace

class TestTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configure_threads(0); }

    void trainingLowersTheLossAndSegments() {
        seed_everything(11);
        const auto data = discs(16, 32, 5);
        UNet net(UNetOptions().base_width(8).depth(2));
        SegTrainOptions opt;
        opt.epochs = 40;
        int steps_seen = 0;
        const auto result = train_segmentation(net, data, opt, [&](const EpochStats& s) {
            ++steps_seen;
            QVERIFY(s.epoch >= 1 && s.epoch <= 40);
            QVERIFY(s.learning_rate <= 1e-3 + 1e-12);
        });
        QCOMPARE(static_cast<int>(result.epoch_losses.size()), 40);
        QCOMPARE(steps_seen, 40 * 4);
        QVERIFY2(result.epoch_losses.back() < 0.75 * result.epoch_losses.front(),
                 qPrintable(QString("first %1 last %2")
                                .arg(result.epoch_losses.front())
                                .arg(result.epoch_losses.back())));
        // It learned something real: held-out discs are segmented far better than chance.
        const auto held = discs(8, 32, 99);
        const auto prob = predict_probabilities(net, held.images, c10::Device(c10::kCPU));
        const auto pred = (prob > 0.5).to(torch::kFloat);
        const double dice = (2 * (pred * held.masks).sum() / (pred.sum() + held.masks.sum())).item<double>();
        QVERIFY2(dice > 0.6, qPrintable(QString("held-out dice %1").arg(dice)));
    }

    void stopsWhenAsked() {
        const auto data = discs(8, 16, 1);
        UNet net(UNetOptions().base_width(4).depth(2));
        std::stop_source source;
        SegTrainOptions opt;
        opt.epochs = 1000;
        int steps = 0;
        const auto result = train_segmentation(
            net, data, opt,
            [&](const EpochStats&) {
                if (++steps == 5) source.request_stop();
            },
            source.get_token());
        QVERIFY(result.cancelled);
        QCOMPARE(steps, 5);
    }

    void stopAndResumeGivesTheSameWeights() {
        QTemporaryDir dir;
        const auto data = discs(8, 16, 5);
        const auto make = [](unsigned long long init) {
            seed_everything(init);
            return UNet(UNetOptions().base_width(4).depth(2));
        };
        SegTrainOptions opt;
        opt.epochs = 4;
        opt.batch_size = 2;
        opt.seed = 3;
        auto full = make(21);
        const auto uninterrupted = train_segmentation(full, data, opt);

        opt.checkpoint = dir.filePath("s.partial.pt").toStdString();
        opt.fingerprint = "unet w4 d2; 8 discs";
        auto first = make(21);
        std::stop_source source;
        const auto stopped = train_segmentation(
            first, data, opt,
            [&](const EpochStats& s) {
                if (s.epoch == 3 && s.step == 2) source.request_stop();
            },
            source.get_token());
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.epoch_losses.size(), std::size_t{2});
        QVERIFY(std::filesystem::exists(opt.checkpoint));

        // As a new process would: other initial weights, another global random state.
        auto second = make(999);
        const auto resumed = train_segmentation(second, data, opt);
        QCOMPARE(resumed.resumed_from_epoch, 2);
        QVERIFY(!resumed.cancelled);
        QCOMPARE(resumed.epoch_losses, uninterrupted.epoch_losses);
        const auto a = full->named_parameters(), b = second->named_parameters();
        QCOMPARE(b.size(), a.size());
        for (const auto& item : a)
            QVERIFY2(torch::equal(item.value(), b[item.key()]),
                     qPrintable(QString::fromStdString(item.key())));
        const auto ab = full->named_buffers(), bb = second->named_buffers();
        for (const auto& item : ab)
            QVERIFY2(torch::equal(item.value(), bb[item.key()]),
                     qPrintable(QString::fromStdString(item.key())));

        // A state written for other settings or data is not resumed from.
        opt.fingerprint = "unet w4 d2; other data";
        auto third = make(21);
        QCOMPARE(train_segmentation(third, data, opt).resumed_from_epoch, 0);
        // Nor is an unreadable one: training starts afresh.
        QFile bad(QString::fromStdString(opt.checkpoint.string()));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("torn");
        bad.close();
        auto fourth = make(21);
        const auto fresh = train_segmentation(fourth, data, opt);
        QCOMPARE(fresh.resumed_from_epoch, 0);
        QCOMPARE(fresh.epoch_losses.size(), std::size_t{4});
    }

    void rejectsEmptyData() {
        UNet net(UNetOptions().base_width(4).depth(2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 train_segmentation(net, SegDataset{}, SegTrainOptions{}));
    }

    void checkpointRoundTrip() {
        QTemporaryDir dir;
        const UNetOptions o = UNetOptions().base_width(4).depth(2);
        UNet net(o);
        const auto x = torch::rand({2, 3, 16, 16});
        net->eval();
        const auto before = net->forward(x);
        const std::filesystem::path file = dir.filePath("seg.pt").toStdString();
        save_unet_checkpoint(file, net, R"({"base_width":4})");
        QVERIFY(std::filesystem::exists(file));
        auto loaded = load_unet_checkpoint(file, o);
        QCOMPARE(QString::fromStdString(loaded.config_json), QString(R"({"base_width":4})"));
        QCOMPARE(QString::fromStdString(read_checkpoint_config(file)), QString(R"({"base_width":4})"));
        loaded.net->eval();
        QVERIFY(torch::equal(loaded.net->forward(x), before));
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
        // A corrupt checkpoint gives an error naming the file.
        QFile bad(dir.filePath("bad.pt"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a checkpoint");
        bad.close();
        try {
            load_unet_checkpoint(dir.filePath("bad.pt").toStdString(), o);
            QFAIL("no error for a corrupt checkpoint");
        } catch (const std::runtime_error& e) {
            QVERIFY(QString(e.what()).contains("bad.pt"));
        }
    }

    void deviceNames() {
        QVERIFY(resolve_device("cpu").is_cpu());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resolve_device("gpu"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resolve_device("cuda:x"));
        if (!torch::cuda::is_available()) {
            QVERIFY(resolve_device("auto").is_cpu());
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resolve_device("cuda"));
        }
        QCOMPARE(configure_threads(2), 2);
        QVERIFY(configure_threads(0) >= 1);
    }
};

QTEST_APPLESS_MAIN(TestTraining)
#include "test_training.moc"
