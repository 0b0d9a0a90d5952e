// The GAN's parts on tiny sizes: spectral norm against an SVD, SPADE+ and its detail path,
// generator and discriminator shapes, and the G/D losses on hand-computed inputs.
#include "mipr/engine/discriminator.h"
#include "mipr/engine/gan_losses.h"
#include "mipr/engine/generator.h"
#include "mipr/engine/spade.h"
#include "mipr/engine/spectral_norm.h"
#include "mipr/engine/unet.h"

#include <QtTest/QtTest>

#include <ATen/ops/linalg_svdvals.h>
#include <torch/serialize.h>
#include <torch/types.h>

#include <map>
#include <sstream>
#include <stdexcept>

using namespace mipr::engine;

namespace {

GeneratorOptions tiny_generator(int down_blocks, bool use_alpha = true) {
    GeneratorOptions o;
    o.base_width = 8;
    o.max_width = 32;
    o.down_blocks = down_blocks;
    o.spade_hidden = 16;
    o.use_alpha = use_alpha;
    return o;
}

torch::Tensor random_image(int64_t n, int64_t h, int64_t w) {
    return torch::rand({n, 3, h, w}) * 2 - 1;
}
torch::Tensor random_mask(int64_t n, int64_t h, int64_t w) {
    return (torch::rand({n, 1, h, w}) > 0.5).to(torch::kFloat);
}
// A lesion-like mask: an ellipse per image (one cut by the border), so that most 3x3
// neighbourhoods are uniform, inside or outside, and rows hold long runs of them.
torch::Tensor blob_mask(int64_t n, int64_t h, int64_t w) {
    const auto y = torch::arange(h, torch::kFloat).view({1, 1, h, 1}) / h;
    const auto x = torch::arange(w, torch::kFloat).view({1, 1, 1, w}) / w;
    const auto cy = torch::linspace(0.4, 0.9, n).view({n, 1, 1, 1});
    return (((y - cy) / 0.3).pow(2) + ((x - 0.45) / 0.35).pow(2) < 1).to(torch::kFloat);
}
double max_abs_diff(const torch::Tensor& a, const torch::Tensor& b) {
    return (a - b).abs().max().item<double>();
}

}  // namespace

class TestGan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        torch::manual_seed(7);
        torch::set_num_threads(2);
    }

    void spadeShape() {
        SpadePlusOptions o;
        o.channels = 8;
        o.hidden = 16;
        SpadePlus spade(o);
        // Label and detail at full resolution, h at a quarter: both are resized inside.
        const auto out =
            spade->forward(torch::randn({2, 8, 8, 12}), random_mask(2, 32, 48), torch::rand({2, 1, 32, 48}));
        QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{2, 8, 8, 12}));
        QVERIFY(torch::isfinite(out).all().item<bool>());
    }

    void sobelMagnitude() {
        // A vertical step of 1 in luminance: Sobel x response 4 at the two columns beside it.
        auto img = torch::zeros({1, 3, 5, 6});
        img.narrow(3, 3, 3).fill_(1.0);
        const auto mag = sobel_magnitude(img);
        QCOMPARE(mag.sizes().vec(), (std::vector<int64_t>{1, 1, 5, 6}));
        QVERIFY(std::abs(mag[0][0][2][2].item<double>() - 4.0) < 1e-4);
        QVERIFY(std::abs(mag[0][0][2][3].item<double>() - 4.0) < 1e-4);
        // Replicate padding: no false edge at the image border.
        QVERIFY(mag[0][0][0][0].item<double>() < 1e-4);
        QVERIFY(mag[0][0][2][5].item<double>() < 1e-4);
    }

    void alphaUsesDetail_data() {
        QTest::addColumn<bool>("useAlpha");
        QTest::newRow("SPADE+") << true;
        QTest::newRow("plain SPADE") << false;
    }
    void alphaUsesDetail() {
        QFETCH(bool, useAlpha);
        SpadePlusOptions o;
        o.channels = 8;
        o.hidden = 16;
        o.use_alpha = useAlpha;
        SpadePlus spade(o);
        bool has_alpha = false;
        for (const auto& p : spade->named_parameters())
            has_alpha |= p.key().rfind("alpha", 0) == 0;
        QCOMPARE(has_alpha, useAlpha);
        const auto h = torch::randn({2, 8, 16, 16});
        const auto label = random_mask(2, 32, 32);
        const auto a = spade->forward(h, label, torch::rand({2, 1, 32, 32}));
        const auto b = spade->forward(h, label, torch::rand({2, 1, 32, 32}));
        if (useAlpha)
            QVERIFY(max_abs_diff(a, b) > 1e-3);
        else
            QCOMPARE(max_abs_diff(a, b), 0.0);
    }

    void spadeMatchesItsFormula() {
        // SPADE+ against its formula written with plain convolutions, whichever way the engine
        // computes it (the label table or not; with gradients or in inference).
        namespace F = torch::nn::functional;
        torch::manual_seed(13);
        SpadePlusOptions o;
        o.channels = 4;
        o.hidden = 6;
        SpadePlus spade(o);
        const auto h = torch::randn({2, 4, 24, 40});
        for (const auto& label : {random_mask(2, 48, 80), blob_mask(2, 48, 80)})
            checkSpadeFormula(spade, h, label);
        // One channel: alpha is contiguous in both layouts (the NCHW branch of the table pass).
        o.channels = 1;
        SpadePlus narrow(o);
        checkSpadeFormula(narrow, torch::randn({2, 1, 24, 40}), blob_mask(2, 48, 80));
    }

private:
    void checkSpadeFormula(SpadePlus& spade, const torch::Tensor& h, const torch::Tensor& label) {
        namespace F = torch::nn::functional;
        const auto detail = torch::rand({2, 1, 48, 80});
        std::map<std::string, torch::Tensor> w;
        for (const auto& p : spade->named_parameters())
            w[p.key()] = p.value().detach();
        const auto conv = [&](const torch::Tensor& x, const std::string& name) {
            return F::conv2d(x, w.at(name + ".weight"),
                             F::Conv2dFuncOptions().padding(1).bias(w.at(name + ".bias")));
        };
        const auto t = F::interpolate(
            label, F::InterpolateFuncOptions().size(std::vector<int64_t>{24, 40}).mode(torch::kNearest));
        const auto d = F::interpolate(detail, F::InterpolateFuncOptions()
                                                  .size(std::vector<int64_t>{24, 40})
                                                  .mode(torch::kBilinear)
                                                  .align_corners(false));
        const auto normalised = torch::instance_norm(h, {}, {}, {}, {}, true, 0.1, 1e-5, false);
        const auto actv = torch::relu(conv(t, "shared.0"));
        const auto expected = normalised * (1 + conv(actv, "gamma")) + conv(actv, "beta") +
                              conv(torch::relu(conv(d, "alpha.0")), "alpha.2");
        for (const bool table : {true, false}) {
            set_spade_label_table(table);
            const auto trained = spade->forward(h, label, detail).detach();
            torch::Tensor inferred;
            {
                torch::InferenceMode guard;
                inferred = spade->forward(h, label, detail);
            }
            set_spade_label_table(true);
            QVERIFY2(max_abs_diff(trained, expected) < 1e-4,
                     qPrintable(QString::number(max_abs_diff(trained, expected))));
            QVERIFY(max_abs_diff(inferred, expected) < 1e-4);
        }
    }

private Q_SLOTS:
    void labelTableMatchesConvolutions_data() { alphaUsesDetail_data(); }
    void labelTableMatchesConvolutions() {
        // On the CPU in float32, a binary label's gamma and beta come from a table of its 3x3
        // patterns; switched off, from the convolutions. Outputs and every gradient must agree,
        // borders included (h smaller than the label, not square, several images).
        QFETCH(bool, useAlpha);
        torch::manual_seed(11);
        SpadePlusOptions o;
        o.channels = 6;
        o.hidden = 5;
        o.use_alpha = useAlpha;
        SpadePlus spade(o);
        const auto h = torch::randn({3, 6, 30, 34});
        const auto label = random_mask(3, 60, 68);
        const auto detail = torch::rand({3, 1, 60, 68});
        const auto weights = torch::randn({3, 6, 30, 34});  // a loss that weighs every output
        struct Result {
            torch::Tensor out, grad_h;
            std::map<std::string, torch::Tensor> grads;
        };
        const auto run = [&](bool table, const torch::Tensor& lab) {
            set_spade_label_table(table);
            spade->zero_grad();
            const auto x = h.clone().requires_grad_(true);
            const auto out = spade->forward(x, lab, detail);
            (out * weights).sum().backward();
            Result r{out.detach(), x.grad().clone(), {}};
            for (const auto& p : spade->named_parameters())
                r.grads[p.key()] = p.value().grad().defined() ? p.value().grad().clone() : torch::Tensor();
            set_spade_label_table(true);
            return r;
        };
        auto before = spade_label_table_evaluations();
        const auto dense = run(false, label);
        QCOMPARE(spade_label_table_evaluations(), before);
        const auto table = run(true, label);
        QCOMPARE(spade_label_table_evaluations(), before + 1);
        QVERIFY2(max_abs_diff(dense.out, table.out) < 1e-4,
                 qPrintable(QString::number(max_abs_diff(dense.out, table.out))));
        QVERIFY(max_abs_diff(dense.grad_h, table.grad_h) < 1e-3);
        QCOMPARE(table.grads.size(), dense.grads.size());
        for (const auto& [name, g] : dense.grads) {
            QVERIFY2(g.defined() && table.grads.at(name).defined(), name.c_str());
            const double scale = std::max(1.0, g.abs().max().item<double>());
            QVERIFY2(max_abs_diff(g, table.grads.at(name)) < 1e-4 * scale,
                     qPrintable(QString::fromStdString(name) + " " +
                                QString::number(max_abs_diff(g, table.grads.at(name)))));
        }
        // Without gradients (inference) the table path adds alpha in the same pass.
        torch::Tensor inferred;
        {
            torch::InferenceMode guard;
            inferred = spade->forward(h, label, detail);
        }
        QVERIFY(max_abs_diff(dense.out, inferred) < 1e-4);

        // The edges of the label matter: flipping one pixel changes the output around it.
        auto flipped = label.clone();
        flipped[1][0][30][34] = 1 - flipped[1][0][30][34];
        const auto table_flipped = run(true, flipped);
        QVERIFY(max_abs_diff(run(false, flipped).out, table_flipped.out) < 1e-4);
        QVERIFY(max_abs_diff(table.out, table_flipped.out) > 1e-4);

        // A soft label has no table: the convolutions run.
        before = spade_label_table_evaluations();
        const auto soft = torch::rand({3, 1, 60, 68});
        QVERIFY(max_abs_diff(run(false, soft).out, run(true, soft).out) < 1e-5);
        QCOMPARE(spade_label_table_evaluations(), before);
    }
    void generatorTableMatchesConvolutions() {
        // The whole generator, one training step's gradients and inference, table against
        // convolutions.
        torch::manual_seed(12);
        Generator g(tiny_generator(2));
        const auto x = random_image(2, 64, 64);
        const auto label = random_mask(2, 64, 64);
        const auto grads = [&](bool table) {
            set_spade_label_table(table);
            g->zero_grad();
            const auto out = g->forward(x, label);
            out.pow(2).sum().backward();
            std::vector<torch::Tensor> r{out.detach()};
            for (const auto& p : g->parameters())
                r.push_back(p.grad().clone());
            set_spade_label_table(true);
            return r;
        };
        const auto before = spade_label_table_evaluations();
        const auto dense = grads(false);
        const auto table = grads(true);
        QVERIFY(spade_label_table_evaluations() > before);
        for (std::size_t i = 0; i < dense.size(); ++i) {
            const double scale = std::max(1.0, dense[i].abs().max().item<double>());
            QVERIFY2(
                max_abs_diff(dense[i], table[i]) < 1e-3 * scale,
                qPrintable(QString::number(i) + ": " + QString::number(max_abs_diff(dense[i], table[i]))));
        }
        torch::Tensor inferred;
        {
            torch::InferenceMode guard;
            inferred = g->forward(x, label);
        }
        QVERIFY(max_abs_diff(dense[0], inferred) < 1e-4);
    }

    void generatorShape_data() {
        QTest::addColumn<int>("downBlocks");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::newRow("1 down, 16x16") << 1 << 16 << 16;
        QTest::newRow("2 down, 32x32") << 2 << 32 << 32;
        QTest::newRow("3 down, 32x48") << 3 << 32 << 48;
    }
    void generatorShape() {
        QFETCH(int, downBlocks);
        QFETCH(int, height);
        QFETCH(int, width);
        Generator g(tiny_generator(downBlocks));
        const auto out = g->forward(random_image(2, height, width), random_mask(2, height, width));
        QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{2, 3, height, width}));
        QVERIFY(out.min().item<double>() >= -1.0);
        QVERIFY(out.max().item<double>() <= 1.0);
        QVERIFY(out.std().item<double>() > 0.0);
    }

    void generatorRejectsBadSize() {
        Generator g(tiny_generator(3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 g->forward(random_image(1, 20, 32), random_mask(1, 20, 32)));
        GeneratorOptions bad = tiny_generator(2);
        bad.max_width = 4;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Generator{bad});
    }

    void generatorSeesFineTexture() {
        Generator g(tiny_generator(2));
        g->eval();
        const auto x = random_image(1, 32, 32);
        // A one-pixel checkerboard: texture only, the coarse content is the same.
        const auto ii = torch::arange(32).view({32, 1});
        const auto jj = torch::arange(32).view({1, 32});
        const auto checker = ((ii + jj) % 2).to(torch::kFloat) * 0.2 - 0.1;
        const auto t = random_mask(1, 32, 32);
        const auto a = g->forward(x, t);
        const auto b = g->forward((x + checker).clamp(-1, 1), t);
        QVERIFY(max_abs_diff(a, b) > 1e-4);
    }

    void spectralNormMatchesSvd_data() {
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("forwards");
        // One power iteration per forward converges at the rate of the gap between the top two
        // singular values; a random 16x128 matrix has a small gap, so it needs more forwards.
        QTest::newRow("3->8, 3x3") << 3 << 8 << 3 << 30;
        QTest::newRow("8->16, 4x4 (a D layer)") << 8 << 16 << 4 << 400;
        QTest::newRow("16->1, 4x4 (D's logits)") << 16 << 1 << 4 << 30;
    }
    void spectralNormMatchesSvd() {
        QFETCH(int, in);
        QFETCH(int, out);
        QFETCH(int, kernel);
        QFETCH(int, forwards);
        SNConv2d conv(torch::nn::Conv2dOptions(in, out, kernel).padding(1));
        conv->train();
        const auto x = torch::randn({1, in, 6, 6});
        for (int i = 0; i < forwards; ++i)
            conv->forward(x);
        // ATen's op, not torch::linalg: its header is not in every LibTorch (Debian's 2.6 lacks it).
        const double top_orig =
            at::linalg_svdvals(conv->weight_orig.detach().reshape({out, -1}))[0].item<double>();
        const double top_norm =
            at::linalg_svdvals(conv->normalised_weight().detach().reshape({out, -1}))[0].item<double>();
        QVERIFY2(std::abs(top_norm - 1.0) < 1e-2, qPrintable(QString::number(top_norm)));
        QVERIFY2(std::abs(conv->sigma() - top_orig) < 1e-2 * top_orig,
                 qPrintable(QStringLiteral("%1 vs %2").arg(conv->sigma()).arg(top_orig)));
        // The forward really uses the normalised weight.
        const auto expected = torch::conv2d(x, conv->normalised_weight(), conv->bias, 1, 1);
        QVERIFY(max_abs_diff(conv->forward(x), expected) < 1e-3);
    }

    void spectralNormGradientReachesWeight() {
        SNConv2d conv(torch::nn::Conv2dOptions(2, 4, 3));
        conv->forward(torch::randn({1, 2, 6, 6})).sum().backward();
        QVERIFY(conv->weight_orig.grad().defined());
        QVERIFY(conv->weight_orig.grad().abs().sum().item<double>() > 0);
        QVERIFY(!conv->u.requires_grad());
    }

    void spectralNormEvalAndBuffers() {
        SNConv2d conv(torch::nn::Conv2dOptions(3, 4, 4).stride(2).padding(2));
        const auto buffers = conv->named_buffers();
        QVERIFY(buffers.contains("u"));
        QVERIFY(buffers.contains("v"));
        QCOMPARE(conv->named_parameters().size(), std::size_t{2});  // weight_orig and bias only
        const auto x = torch::randn({1, 3, 8, 8});
        conv->train();
        const auto u0 = conv->u.clone();
        conv->forward(x);
        QVERIFY(max_abs_diff(conv->u, u0) > 0);  // training forward iterates
        conv->eval();
        const auto u1 = conv->u.clone();
        conv->forward(x);
        QCOMPARE(max_abs_diff(conv->u, u1), 0.0);

        std::stringstream stream;
        torch::serialize::OutputArchive out;
        conv->save(out);
        out.save_to(stream);
        SNConv2d loaded(torch::nn::Conv2dOptions(3, 4, 4).stride(2).padding(2));
        QVERIFY(max_abs_diff(loaded->u, conv->u) > 0);
        torch::serialize::InputArchive in;
        in.load_from(stream);
        loaded->load(in);
        QCOMPARE(max_abs_diff(loaded->u, conv->u), 0.0);
        QCOMPARE(max_abs_diff(loaded->v, conv->v), 0.0);
        QCOMPARE(loaded->sigma(), conv->sigma());
    }

    void hingeLosses() {
        const auto t = [](std::vector<float> v) { return torch::tensor(v).view({1, 1, 1, -1}); };
        const auto dummy = torch::zeros({1, 1, 1, 1});
        // Scale 0 logits: real [2, 0.5, -1, 0] → relu(1 - r) = [0, 0.5, 2, 1], mean 0.875;
        // fake [-2, 0.5, 1, -0.5] → relu(1 + f) = [0, 1.5, 2, 0.5], mean 1.0. Scale 0: 1.875.
        // Scale 1: real 3 → 0, fake -3 → 0. D loss = (1.875 + 0) / 2 = 0.9375.
        const DiscriminatorOutputs real{{dummy, t({2, 0.5, -1, 0})}, {dummy, t({3})}};
        const DiscriminatorOutputs fake{{dummy, t({-2, 0.5, 1, -0.5})}, {dummy, t({-3})}};
        QVERIFY(std::abs(hinge_d_loss(real, fake).item<double>() - 0.9375) < 1e-6);
        // G: -mean(fake): scale 0 → 0.25, scale 1 → 3; mean over scales 1.625.
        QVERIFY(std::abs(hinge_g_loss(fake).item<double>() - 1.625) < 1e-6);
    }

    void featureMatchingLoss() {
        // Scale 0: layer 0 real 0 vs fake [1,2,3,4] → L1 2.5; layer 1 real [1,1] vs fake [1,3] →
        // 1.0; mean over layers 1.75. Scale 1: real 0.5 vs fake -0.5 → 1.0. Mean: 1.375.
        // The logits (last outputs) differ wildly and must not count.
        auto real_l0 = torch::zeros({1, 1, 2, 2}).requires_grad_(true);
        auto fake_l0 = torch::tensor({1.0f, 2.0f, 3.0f, 4.0f}).view({1, 1, 2, 2}).requires_grad_(true);
        const DiscriminatorOutputs real{
            {real_l0, torch::ones({1, 2, 1, 1}), torch::full({1, 1, 2, 2}, 100.0)},
            {torch::full({1, 1, 1, 1}, 0.5), torch::full({1, 1, 1, 1}, -50.0)}};
        const DiscriminatorOutputs fake{
            {fake_l0, torch::tensor({1.0f, 3.0f}).view({1, 2, 1, 1}), torch::full({1, 1, 2, 2}, -100.0)},
            {torch::full({1, 1, 1, 1}, -0.5), torch::full({1, 1, 1, 1}, 50.0)}};
        const auto loss = feature_matching_loss(real, fake);
        QVERIFY(std::abs(loss.item<double>() - 1.375) < 1e-6);
        loss.backward();
        QVERIFY(fake_l0.grad().defined());
        QVERIFY(!real_l0.grad().defined());  // the real features are targets, detached
    }

    void consistencyTrainsGeneratorOnly() {
        UNet s(UNetOptions().base_width(4).depth(2));
        s->train();
        auto s_params = s->parameters();
        s_params[0].requires_grad_(false);  // a mixed state, to check it is restored exactly
        std::vector<bool> flags;
        for (const auto& p : s_params)
            flags.push_back(p.requires_grad());
        Generator g(tiny_generator(2));
        const auto x = random_image(2, 32, 32);
        const auto t = random_mask(2, 32, 32);
        const auto loss = consistency_loss(s, g->forward(x, t), t);
        QVERIFY(loss.item<double>() > 0 && loss.item<double>() < 1);
        loss.backward();

        bool g_has_grad = false;
        for (const auto& p : g->parameters())
            g_has_grad |= p.grad().defined() && p.grad().abs().sum().item<double>() > 0;
        QVERIFY(g_has_grad);
        for (const auto& p : s->parameters())
            QVERIFY(!p.grad().defined() || p.grad().abs().sum().item<double>() == 0);
        QVERIFY(s->is_training());
        s_params = s->parameters();
        for (std::size_t i = 0; i < s_params.size(); ++i)
            QCOMPARE(s_params[i].requires_grad(), bool(flags[i]));
    }

    void discriminatorShapes() {
        DiscriminatorOptions o;
        o.input_channels = 4;
        o.base_width = 8;
        o.layers = 4;
        o.scales = 2;
        MultiscaleDiscriminator d(o);
        const auto t = random_mask(2, 32, 32);
        const auto real = d->forward(t, random_image(2, 32, 32));
        const auto fake = d->forward(t, random_image(2, 32, 32));
        QCOMPARE(real.size(), std::size_t{2});
        // k4 s2 p2 grows by one: 32 → 17 → 9 → 5, then the stride-1 layers 6 and 7 (logits).
        const std::vector<std::vector<int64_t>> shapes0{
            {2, 8, 17, 17}, {2, 16, 9, 9}, {2, 32, 5, 5}, {2, 64, 6, 6}, {2, 1, 7, 7}};
        // Second scale, on the 16x16 average-pooled input: 9, 5, 3, 4, 5.
        const std::vector<std::vector<int64_t>> shapes1{
            {2, 8, 9, 9}, {2, 16, 5, 5}, {2, 32, 3, 3}, {2, 64, 4, 4}, {2, 1, 5, 5}};
        for (const auto* out : {&real, &fake}) {
            QCOMPARE((*out)[0].size(), std::size_t{5});
            QCOMPARE((*out)[1].size(), std::size_t{5});
            for (std::size_t j = 0; j < 5; ++j) {
                QCOMPARE((*out)[0][j].sizes().vec(), shapes0[j]);
                QCOMPARE((*out)[1][j].sizes().vec(), shapes1[j]);
            }
        }
        QVERIFY(hinge_d_loss(real, fake).item<double>() > 0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d->forward(t, torch::zeros({2, 1, 32, 32})));
    }
};

QTEST_APPLESS_MAIN(TestGan)
#include "test_gan.moc"
