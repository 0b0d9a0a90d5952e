// GAN training: the losses move, stop-and-resume from a checkpoint gives the same weights as an
// uninterrupted run (deterministic CPU), and the annotator's scores behave on known inputs.
#include "mipr/engine/annotator.h"
#include "mipr/engine/device.h"
#include "mipr/engine/gan_trainer.h"
#include "tiny_gan.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <torch/types.h>

using namespace mipr::engine;
using mipr::engine::testing::tiny_d;
using mipr::engine::testing::tiny_g;

namespace {

GanDataset blobs(int n, int size) {
    torch::manual_seed(5);
    auto yy = torch::arange(size).view({1, size, 1}).expand({n, size, size}).to(torch::kFloat);
    auto xx = torch::arange(size).view({1, 1, size}).expand({n, size, size}).to(torch::kFloat);
    auto c = torch::randint(size / 3, 2 * size / 3, {n, 1, 1}).to(torch::kFloat);
    auto m =
        ((yy - c).pow(2) + (xx - c).pow(2) <= (size / 5.0) * (size / 5.0)).to(torch::kFloat).unsqueeze(1);
    GanDataset d;
    d.masks = m;
    d.images =
        ((0.8 - 0.5 * m).expand({n, 3, size, size}) + 0.05 * torch::rand({n, 3, size, size})).contiguous();
    return d;
}

GanTrainOptions options(int epochs) {
    GanTrainOptions o;
    o.epochs = epochs;
    o.batch_size = 2;
    o.seed = 9;
    return o;
}

GanTrainer make_trainer(int epochs, unsigned long long init_seed) {
    // S is given (a stored model in the pipeline), not part of G's state: always the same here.
    seed_everything(42);
    UNet s(UNetOptions().base_width(4).depth(2));
    seed_everything(init_seed);
    return GanTrainer(Generator(tiny_g()), MultiscaleDiscriminator(tiny_d()), s, options(epochs));
}

bool same_parameters(torch::nn::Module& a, torch::nn::Module& b) {
    const auto pa = a.named_parameters();
    const auto pb = b.named_parameters();
    if (pa.size() != pb.size()) return false;
    for (const auto& item : pa) {
        if (!torch::equal(item.value(), pb[item.key()])) return false;
    }
    return true;
}

}  // namespace

class TestGanTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configure_threads(0); }

    void trainsAndReports() {
        const auto data = blobs(6, 16);
        auto trainer = make_trainer(3, 1);
        int steps = 0;
        QVERIFY(trainer.train(data, [&](const GanStepStats& s) {
            ++steps;
            QVERIFY(std::isfinite(s.loss_g) && std::isfinite(s.loss_d));
            QVERIFY(s.consistency >= 0 && s.consistency <= 1);
        }));
        QCOMPARE(steps, 3 * 3);
        QCOMPARE(trainer.epoch(), 3);
        QCOMPARE(static_cast<int>(trainer.history().size()), 3);
        QCOMPARE(trainer.images_seen(), static_cast<std::int64_t>(18));
    }

    void resumeGivesTheSameWeights() {
        const auto data = blobs(6, 16);
        auto straight = make_trainer(4, 3);
        QVERIFY(straight.train(data));
        {
            // The premise: on the CPU two uninterrupted runs agree exactly.
            auto twin = make_trainer(4, 3);
            QVERIFY(twin.train(data));
            QVERIFY(same_parameters(*twin.generator(), *straight.generator()));
        }
        {
            // Two runs of 2 + 2 epochs in one trainer agree with 4 in one go.
            auto chunked = make_trainer(4, 3);
            QVERIFY(chunked.train(data, {}, {}, 2));
            QVERIFY(chunked.train(data));
            QVERIFY(same_parameters(*chunked.generator(), *straight.generator()));
        }

        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("gan.pt").toStdString();
        {
            auto first = make_trainer(4, 3);
            QVERIFY(first.train(data, {}, {}, 2));
            QCOMPARE(first.epoch(), 2);
            first.save(file, R"({"k":1})");
        }
        // A fresh process would start with other weights: make them different on purpose.
        auto resumed = make_trainer(4, 777);
        QVERIFY(!same_parameters(*resumed.generator(), *straight.generator()));
        QCOMPARE(QString::fromStdString(resumed.load(file)), QString(R"({"k":1})"));
        QCOMPARE(resumed.epoch(), 2);
        QVERIFY(resumed.train(data));
        QCOMPARE(resumed.epoch(), 4);
        QVERIFY(same_parameters(*resumed.generator(), *straight.generator()));
        QVERIFY(same_parameters(*resumed.discriminator(), *straight.discriminator()));
        QCOMPARE(resumed.history().size(), straight.history().size());
        QCOMPARE(resumed.history().back().loss_g, straight.history().back().loss_g);
        // G's weights alone load for annotation.
        auto g = load_generator(file, tiny_g());
        QVERIFY(g->parameters().size() == resumed.generator()->parameters().size());
    }

    void stopMidEpochKeepsTheLastCompletedEpoch() {
        const auto data = blobs(6, 16);
        auto trainer = make_trainer(5, 1);
        std::stop_source stop;
        int steps = 0;
        const bool finished = trainer.train(
            data,
            [&](const GanStepStats&) {
                if (++steps == 4) stop.request_stop();  // during epoch 2
            },
            stop.get_token());
        QVERIFY(!finished);
        QCOMPARE(trainer.epoch(), 1);
    }

    void ssimAndScores() {
        const auto a = torch::rand({2, 3, 24, 24});
        const auto same = ssim(a, a);
        QVERIFY(torch::allclose(same, torch::ones({2}), 1e-4, 1e-4));
        const auto noisy = ssim(a, (a + 0.3 * torch::randn_like(a)).clamp(0, 1));
        QVERIFY(noisy[0].item<double>() < 0.9);

        // A segmenter that finds what the label says scores consistency 1; the image distances
        // of x' = x_u are 0 (L1) and 1 (SSIM).
        const auto data = blobs(2, 16);
        UNet s(UNetOptions().base_width(4).depth(2));
        const auto probs = torch::full({2, 1, 16, 16}, 0.9);
        const auto scores =
            score_pairs(s, data.images, data.masks, data.images, probs, c10::Device(c10::kCPU));
        QCOMPARE(static_cast<int>(scores.size()), 2);
        QVERIFY(std::abs(scores[0].l1) < 1e-9);
        QVERIFY(std::abs(scores[0].ssim - 1.0) < 1e-4);
        QVERIFY(std::abs(scores[0].confidence - 0.9) < 1e-6);
        QVERIFY(scores[0].consistency >= 0 && scores[0].consistency <= 1);
    }

    void filterDropsPairsUnderItsThresholds() {
        FilterThresholds f;
        f.min_consistency = 0.8;
        f.min_confidence = 0.7;
        f.max_l1 = 0.2;
        f.min_ssim = 0.3;
        QVERIFY(passes({0.9, 0.8, 0.1, 0.5}, f));
        QVERIFY(!passes({0.79, 0.8, 0.1, 0.5}, f));  // consistency
        QVERIFY(!passes({0.9, 0.6, 0.1, 0.5}, f));   // confidence
        QVERIFY(!passes({0.9, 0.8, 0.3, 0.5}, f));   // L1
        QVERIFY(!passes({0.9, 0.8, 0.1, 0.2}, f));   // SSIM
    }

    // The ranked part of the filter: of the pairs that pass the thresholds, at most
    // round(keep_fraction × all) are kept, the most confident first.
    void filterKeepsTheMostConfidentFraction() {
        FilterThresholds f;
        f.min_consistency = 0.8;
        f.keep_fraction = 0.5;
        // Pair 1 is the most confident but fails consistency; pairs 3 and 5 tie.
        const std::vector<PairScores> scores{{0.9, 0.70, 0, 1}, {0.5, 0.99, 0, 1}, {0.9, 0.95, 0, 1},
                                             {0.9, 0.80, 0, 1}, {0.9, 0.60, 0, 1}, {0.9, 0.80, 0, 1}};
        QCOMPARE(select(scores, f), (std::vector<bool>{false, false, true, true, false, true}));
        f.keep_fraction = 0.34;  // 2 of 6: the tie between pairs 3 and 5 goes to the earlier
        QCOMPARE(select(scores, f), (std::vector<bool>{false, false, true, true, false, false}));
        f.keep_fraction = 1.0;  // every pair that passes the thresholds
        QCOMPARE(select(scores, f), (std::vector<bool>{true, false, true, true, true, true}));
        f.keep_fraction = 0.01;  // at least one
        QCOMPARE(select(scores, f), (std::vector<bool>{false, false, true, false, false, false}));
        f.keep_fraction = 0.75;  // 4.5 rounds to 5, but only 5 pass
        QCOMPARE(select(scores, f), (std::vector<bool>{true, false, true, true, true, true}));
        f.min_consistency = 0.95;  // none passes
        QCOMPARE(select(scores, f), std::vector<bool>(6, false));
        QVERIFY(select({}, f).empty());
        f.keep_fraction = 0.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, select(scores, f));
        f.keep_fraction = 1.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, select(scores, f));
    }
};

QTEST_APPLESS_MAIN(TestGanTraining)
#include "test_gan_training.moc"
