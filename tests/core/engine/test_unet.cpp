// U-Net shapes and options, losses and metrics on hand-computed inputs, joint augmentation.
#include "mipr/engine/augment.h"
#include "mipr/engine/losses.h"
#include "mipr/engine/metrics.h"
#include "mipr/engine/seg_trainer.h"
#include "mipr/engine/unet.h"
#include "mipr/engine/unet_inference.h"

#include <QtTest/QtTest>

#include <torch/cuda.h>
#include <torch/types.h>

using namespace mipr::engine;

class TestUNet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::manual_seed(1); }

    void outputShape_data() {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("widthPx");
        QTest::newRow("depth 1, width 4, 8x8") << 1 << 4 << 8 << 8;
        QTest::newRow("depth 3, width 8, 32x48") << 3 << 8 << 32 << 48;
        QTest::newRow("depth 4, width 16, 64x64") << 4 << 16 << 64 << 64;
    }
    void outputShape() {
        QFETCH(int, depth);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, widthPx);
        UNet net(UNetOptions().depth(depth).base_width(width));
        net->eval();
        torch::NoGradGuard no_grad;
        const auto y = net->forward(torch::randn({2, 3, height, widthPx}));
        QCOMPARE(y.dim(), 4);
        QCOMPARE(y.size(0), 2);
        QCOMPARE(y.size(1), 1);
        QCOMPARE(y.size(2), height);
        QCOMPARE(y.size(3), widthPx);
        // Width doubles per level: the bottleneck conv has width << depth output channels.
        const auto params = net->named_parameters();
        const std::string bottleneck = "down." + std::to_string(depth) + ".0.weight";
        QVERIFY(params.contains(bottleneck));
        QCOMPARE(params[bottleneck].size(0), static_cast<int64_t>(width) << depth);
    }

    void rejectsBadInput() {
        UNet net(UNetOptions().depth(3).base_width(4));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, net->forward(torch::randn({1, 3, 20, 20})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, net->forward(torch::randn({1, 1, 16, 16})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, UNet(UNetOptions().depth(0)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, UNet(UNetOptions().base_width(0)));
    }

    // FrozenUNet computes UNet::forward (eval mode) with batch norm folded, transposed convs as
    // 1x1 convs + pixel shuffle, channels-last: same logits to float rounding, for every variant.
    void frozenMatchesForward_data() {
        QTest::addColumn<bool>("batchNorm");
        QTest::addColumn<bool>("gates");
        QTest::addColumn<bool>("channelsLast");
        QTest::addColumn<int>("depth");
        QTest::newRow("U-Net, BN, NHWC") << true << false << true << 4;
        QTest::newRow("U-Net, BN, NCHW") << true << false << false << 3;
        QTest::newRow("U-Net, no BN, NHWC") << false << false << true << 2;
        QTest::newRow("Attention U-Net, BN, NHWC") << true << true << true << 3;
        QTest::newRow("Attention U-Net, BN, NCHW") << true << true << false << 2;
    }
    void frozenMatchesForward() {
        QFETCH(bool, batchNorm);
        QFETCH(bool, gates);
        QFETCH(bool, channelsLast);
        QFETCH(int, depth);
        UNet net(UNetOptions().depth(depth).base_width(6).batch_norm(batchNorm).attention_gates(gates));
        {
            // Statistics and affine terms far from the identity, as after training; non-zero
            // transposed-conv biases so that the pixel shuffle of the bias is checked too.
            torch::NoGradGuard no_grad;
            for (auto& b : net->named_buffers()) {
                if (b.key().find("running_mean") != std::string::npos) b.value().uniform_(-0.5, 0.5);
                if (b.key().find("running_var") != std::string::npos) {
                    b.value().uniform_(0.3, 2.0);
                    b.value()[0] = 1e-3;  // where batch norm's eps (1e-5) matters: 0.5 % of the scale
                }
            }
            for (auto& p : net->named_parameters())
                if (p.key().find("bias") != std::string::npos ||
                    p.key().find(".1.weight") != std::string::npos)
                    p.value().uniform_(-0.5, 1.5);
        }
        net->eval();
        const auto x = torch::randn({3, 3, 32, 48});
        torch::Tensor expected, got;
        {
            torch::InferenceMode guard;
            expected = net->forward(x);
            FrozenUNet frozen(net, channelsLast);
            got = frozen.forward(x);
        }
        QCOMPARE(got.sizes(), expected.sizes());
        QVERIFY(got.is_contiguous());  // one output channel: NHWC and NCHW coincide
        const double scale = expected.abs().max().item<double>();
        QVERIFY2(scale > 0.1, "the check needs logits that are not all near zero");
        const double diff = (got - expected).abs().max().item<double>();
        QVERIFY2(diff < 1e-4 * scale,
                 qPrintable(QString("max |frozen - forward| = %1 (scale %2)").arg(diff).arg(scale)));

        // Differentiable with respect to the input (frozen S inside a loss): same gradient.
        // The copy's weights are constants: no gradient reaches the net's parameters.
        auto xa = x.clone().requires_grad_(true);
        auto xb = x.clone().requires_grad_(true);
        net->forward(xa).sum().backward();
        std::vector<torch::Tensor> grads;
        for (const auto& p : net->parameters())
            grads.push_back(p.grad().defined() ? p.grad().clone() : torch::Tensor());
        FrozenUNet(net, channelsLast).forward(xb).sum().backward();
        const double gscale = xa.grad().abs().max().item<double>();
        QVERIFY(gscale > 0);
        const double gdiff = (xa.grad() - xb.grad()).abs().max().item<double>();
        QVERIFY2(gdiff < 1e-4 * gscale,
                 qPrintable(QString("gradient: max diff %1 (scale %2)").arg(gdiff).arg(gscale)));
        const auto params = net->parameters();
        for (std::size_t i = 0; i < params.size(); ++i) {
            QCOMPARE(params[i].grad().defined(), grads[i].defined());
            if (grads[i].defined()) QVERIFY(torch::equal(params[i].grad(), grads[i]));
        }
    }

    void frozenRejectsBadInputAsForwardDoes() {
        UNet net(UNetOptions().depth(3).base_width(4));
        net->eval();
        FrozenUNet frozen(net);
        try {
            (void)frozen.forward(torch::randn({1, 3, 20, 20}));
            QFAIL("a 20x20 input reached a depth-3 U-Net");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString(e.what()).contains("multiples of 8"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, frozen.forward(torch::randn({1, 1, 16, 16})));
    }

    void predictProbabilitiesUsesTheSameFunction() {
        // predict_probabilities runs FrozenUNet: probabilities equal sigmoid(forward) of the
        // normalised images, in batches that do not divide the count.
        UNet net(UNetOptions().depth(2).base_width(4));
        net->eval();
        const auto images = torch::rand({5, 3, 16, 16});
        const auto probs = predict_probabilities(net, images, torch::kCPU, 2);
        torch::NoGradGuard no_grad;
        const auto expected = torch::sigmoid(net->forward(normalise_input(images)));
        QCOMPARE(probs.sizes(), expected.sizes());
        QVERIFY((probs - expected).abs().max().item<double>() < 1e-5);
    }

    void macsCountMatchesHandCount() {
        // depth 1, width 2, 4x4 input, 3 channels in:
        // level 0: 16 px * 9 * (3*2 + 2*2) = 1440; level 1: 4 px * 9 * (2*4 + 4*4) = 864
        // up: 16 px * 4 * 2 = 128; dec: 16 * 9 * (2*2*2 + 2*2) = 1728; head: 16 * 2 * 1 = 32
        UNet net(UNetOptions().depth(1).base_width(2));
        QCOMPARE(net->forward_macs(4, 4), static_cast<std::int64_t>(1440 + 864 + 128 + 1728 + 32));
    }

    void attentionUNet() {
        const int depth = 3;
        UNet net(UNetOptions().depth(depth).base_width(8).attention_gates(true));
        QVERIFY(net->last_attention_maps().empty());
        const auto x = torch::randn({2, 3, 32, 48});
        const auto y = net->forward(x);
        QCOMPARE(y.sizes(), (std::vector<int64_t>{2, 1, 32, 48}));
        const auto params = net->named_parameters();
        for (int i = 0; i < depth; ++i) {
            for (const char* p : {".wx.weight", ".wg.weight", ".wg.bias", ".psi.weight", ".psi.bias"})
                QVERIFY2(params.contains("gates." + std::to_string(i) + p), p);
        }
        // F_int = skip channels / 2: the finest gate (8 skip channels) has 4.
        QCOMPARE(params["gates.2.wx.weight"].size(0), int64_t{4});
        QCOMPARE(params["gates.2.wg.weight"].size(1), int64_t{16});
        // Every plain U-Net parameter keeps its name, so plain checkpoints still load.
        UNet plain(UNetOptions().depth(depth).base_width(8));
        for (const auto& item : plain->named_parameters()) {
            QVERIFY(params.contains(item.key()));
            QVERIFY(item.key().rfind("gates.", 0) != 0);
        }
        QCOMPARE(plain->named_parameters().size() + static_cast<std::size_t>(depth) * 5, params.size());
        // One map per decoder step, coarsest first, at the skip's resolution, values in [0, 1].
        const auto maps = net->last_attention_maps();
        QCOMPARE(static_cast<int>(maps.size()), depth);
        for (int i = 0; i < depth; ++i) {
            const int level = depth - 1 - i;
            QCOMPARE(maps[i].sizes(), (std::vector<int64_t>{2, 1, 32 >> level, 48 >> level}));
            QVERIFY(maps[i].min().item<double>() >= 0.0 && maps[i].max().item<double>() <= 1.0);
            QVERIFY(!maps[i].requires_grad());
        }
        // The gates are trained: gradients reach them.
        y.mean().backward();
        QVERIFY(params["gates.0.wg.weight"].grad().defined());
        QVERIFY(params["gates.0.wg.weight"].grad().abs().sum().item<double>() > 0);
    }

    void attentionMacs() {
        // depth 1, width 2, 4x4: the plain count 4192 plus one gate on the 2x2 grid of g with
        // F_int = 1: 4 px * 1 * (2 skip + 4 gating + 1 psi) = 28.
        UNet net(UNetOptions().depth(1).base_width(2).attention_gates(true));
        QCOMPARE(net->forward_macs(4, 4), static_cast<std::int64_t>(4192 + 28));
    }

    void diceLoss() {
        const auto target = torch::tensor({1.f, 1.f, 0.f, 0.f}).view({1, 1, 2, 2});
        // Perfect, confident logits → loss near 0; inverted → near 1.
        const auto good = soft_dice_loss(target * 40 - 20, target, 1e-6).item<double>();
        const auto bad = soft_dice_loss(20 - target * 40, target, 1e-6).item<double>();
        QVERIFY(good < 1e-6);
        QVERIFY(bad > 1 - 1e-6);
        // logits 0 → p = 0.5 everywhere: dice = 2 * 1 / (2 + 2) = 0.5 (eps negligible)
        const auto half = soft_dice_loss(torch::zeros({1, 1, 2, 2}), target, 1e-9).item<double>();
        QVERIFY(std::abs(half - 0.5) < 1e-6);
        // BCE part at logits 0 is log 2.
        const auto both = bce_dice_loss(torch::zeros({1, 1, 2, 2}), target).item<double>();
        QVERIFY(std::abs(both - (std::log(2.0) + 0.5 - 0.5 * 1.0 / 5.0 * 0.0)) < 0.2);
    }

    void metricsAsInThePaper() {
        const std::uint8_t pred[] = {1, 1, 0, 0, 1, 0};
        const std::uint8_t truth[] = {1, 0, 0, 1, 1, 0};
        const auto c = confusion(pred, truth, 6);
        QCOMPARE(c.tp, 2);
        QCOMPARE(c.fp, 1);
        QCOMPARE(c.fn, 1);
        QCOMPARE(c.tn, 2);
        QCOMPARE(c.dice(), 4.0 / 6.0);      // 2TP / (FP + 2TP + FN)
        QCOMPARE(c.accuracy(), 4.0 / 6.0);  // (TP + TN) / all
        const std::uint8_t empty[] = {0, 0};
        QCOMPARE(confusion(empty, empty, 2).dice(), 1.0);
        const auto ms = mean_std({1.0, 3.0});
        QCOMPARE(ms.mean, 2.0);
        QCOMPARE(ms.std, 1.0);
    }

    void augmentationKeepsImageAndMaskAligned() {
        // The mask is the image's first channel thresholded: after any flip/rotation they must
        // still agree pixel for pixel.
        auto img = torch::rand({8, 3, 16, 16});
        auto mask = (img.select(1, 0) > 0.5).to(torch::kFloat).unsqueeze(1);
        std::mt19937_64 rng(3);
        bool changed = false;
        for (int round = 0; round < 4; ++round) {
            auto [x, y] = augment_batch(img, mask, rng);
            QCOMPARE(x.sizes(), img.sizes());
            QVERIFY(torch::equal((x.select(1, 0) > 0.5).to(torch::kFloat).unsqueeze(1), y));
            changed = changed || !torch::equal(x, img);
            // Pixel multiset per sample preserved (only moved).
            QVERIFY(torch::allclose(std::get<0>(x.flatten(1).sort(1)), std::get<0>(img.flatten(1).sort(1))));
        }
        QVERIFY(changed);
    }
};

QTEST_APPLESS_MAIN(TestUNet)
#include "test_unet.moc"
