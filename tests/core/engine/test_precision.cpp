// Precision policy: parsing, what `automatic` means per device, channels-last conversion keeping
// parameter identity, and training in channels-last computing the same function as NCHW (checked
// on the CPU; mixed precision itself needs CUDA and is exercised by bench/gpu_bench.sh).
#include "mipr/engine/device.h"
#include "mipr/engine/gan_trainer.h"
#include "mipr/engine/precision.h"
#include "mipr/engine/seg_trainer.h"
#include "tiny_gan.h"

#include <QtTest/QtTest>

#include <torch/types.h>
#include <torch/version.h>

#include <stdexcept>

using namespace mipr::engine;

namespace {

/// Sets the process-wide policy (optionally) and restores the previous one when a test ends.
struct PolicyGuard {
    PrecisionPolicy saved = precision_policy();
    PolicyGuard() = default;
    explicit PolicyGuard(const std::string& precision) { set_precision_policy(parse_precision(precision)); }
    ~PolicyGuard() { set_precision_policy(saved); }
};

const char* float32_layout(bool channels_last) {
    return channels_last ? "channels-last" : "fp32";
}

SegDataset squares(int n, int size) {
    torch::manual_seed(3);
    SegDataset d;
    d.masks = torch::zeros({n, 1, size, size});
    d.masks.slice(2, size / 4, 3 * size / 4).slice(3, size / 4, 3 * size / 4).fill_(1.0);
    d.images = (0.8 - 0.5 * d.masks).expand({n, 3, size, size}) + 0.05 * torch::rand({n, 3, size, size});
    d.images = d.images.contiguous();
    return d;
}

std::vector<double> train_losses(bool channels_last) {
    PolicyGuard guard(float32_layout(channels_last));
    seed_everything(5);
    UNet net(UNetOptions().base_width(4).depth(2));
    SegTrainOptions opt;
    opt.epochs = 3;
    opt.batch_size = 2;
    opt.augment = false;
    return train_segmentation(net, squares(4, 16), opt).epoch_losses;
}

std::vector<GanEpochLosses> gan_losses(bool channels_last) {
    PolicyGuard guard(float32_layout(channels_last));
    seed_everything(42);
    UNet s(UNetOptions().base_width(4).depth(2));
    GanTrainOptions o;
    o.epochs = 2;
    o.batch_size = 2;
    o.seed = 9;
    seed_everything(7);
    GanTrainer trainer(Generator(testing::tiny_g()), MultiscaleDiscriminator(testing::tiny_d()), s, o);
    const auto data = squares(4, 32);
    trainer.train({data.images, data.masks});
    return trainer.history();
}

}  // namespace

class TestPrecision : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configure_threads(0); }

    void parsesNamesAndRejectsOthers() {
        QCOMPARE(parse_precision("auto").mixed_precision, Switch::automatic);
        QCOMPARE(parse_precision("fp32").mixed_precision, Switch::off);
        QCOMPARE(parse_precision("fp32").channels_last, Switch::off);
        QCOMPARE(parse_precision("mixed").mixed_precision, Switch::on);
        QCOMPARE(parse_precision("mixed").channels_last, Switch::on);
        QCOMPARE(parse_precision("channels-last").mixed_precision, Switch::off);
        QCOMPARE(parse_precision("channels-last").channels_last, Switch::on);
        try {
            parse_precision("fp16");
            QFAIL("fp16 was accepted");
        } catch (const std::invalid_argument& e) {
            QVERIFY(QString(e.what()).contains("fp16"));
            QVERIFY(QString(e.what()).contains("mixed"));
        }
    }

    void automaticIsFloat32OnTheCpuAndMixedOnCuda() {
        PolicyGuard guard("auto");
        const auto cpu = resolve_precision(c10::Device(c10::kCPU));
        QVERIFY(!cpu.mixed);
        QVERIFY(!cpu.channels_last);
        const auto cuda = resolve_precision(c10::Device(c10::kCUDA, 0));
        QVERIFY(cuda.mixed);
        QVERIFY(cuda.channels_last);
        set_precision_policy(parse_precision("fp32"));
        QVERIFY(!resolve_precision(c10::Device(c10::kCUDA, 0)).mixed);
        set_precision_policy(parse_precision("channels-last"));
        QVERIFY(resolve_precision(c10::Device(c10::kCPU)).channels_last);
    }

    void autocastScopeLeavesTheCpuAlone() {
        {
            AutocastScope scope(c10::Device(c10::kCPU), true);
            const auto y = torch::mm(torch::rand({4, 4}), torch::rand({4, 4}));
            QCOMPARE(y.scalar_type(), torch::kFloat);
            const auto z = torch::conv2d(torch::rand({1, 2, 5, 5}), torch::rand({3, 2, 3, 3}));
            QCOMPARE(z.scalar_type(), torch::kFloat);
        }
    }

    // CUDA autocast's state is per thread and needs no GPU, so this runs the LibTorch-version
    // branch behind AutocastScope (the device-type API of 2.4+, the CUDA-only one before) here.
    void autocastScopeSetsAndRestoresCudaAutocast() {
        qInfo("LibTorch %s", TORCH_VERSION);
        QVERIFY(!cuda_autocast_enabled());
        const auto dtype_before = cuda_autocast_dtype();
        const c10::Device cuda(c10::kCUDA, 0);
        {
            AutocastScope on(cuda, true);
            QVERIFY(cuda_autocast_enabled());
            QCOMPARE(cuda_autocast_dtype(), c10::ScalarType::BFloat16);
            {
                AutocastScope suspended(cuda, false);  // as spectral norm's power iteration does
                QVERIFY(!cuda_autocast_enabled());
            }
            QVERIFY(cuda_autocast_enabled());
            AutocastScope nested(cuda, true);  // already on: leaves the state alone
            QVERIFY(cuda_autocast_enabled());
        }
        QVERIFY(!cuda_autocast_enabled());
        QCOMPARE(cuda_autocast_dtype(), dtype_before);
        {
            AutocastScope off(cuda, false);  // already off: nothing to do
            QVERIFY(!cuda_autocast_enabled());
        }
        QVERIFY(!cuda_autocast_enabled());
    }

    void channelsLastKeepsParameterIdentity() {
        UNet net(UNetOptions().base_width(4).depth(2));
        auto params = net->parameters();
        std::vector<torch::Tensor> before;
        for (const auto& p : params)
            before.push_back(p.detach().clone());
        std::vector<const void*> impls;
        for (const auto& p : params)
            impls.push_back(p.unsafeGetTensorImpl());
        to_channels_last(*net);
        int converted = 0;
        auto after = net->parameters();
        QCOMPARE(after.size(), params.size());
        for (std::size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(static_cast<const void*>(after[i].unsafeGetTensorImpl()), impls[i]);
            QVERIFY(torch::equal(after[i], before[i]));
            if (after[i].dim() == 4) {
                QVERIFY(after[i].is_contiguous(c10::MemoryFormat::ChannelsLast));
                ++converted;
            }
        }
        QVERIFY(converted >= 6);
        const auto x = torch::rand({2, 3, 8, 8});
        QVERIFY(maybe_channels_last(x, true).is_contiguous(c10::MemoryFormat::ChannelsLast));
        QVERIFY(maybe_channels_last(x, false).is_contiguous());
        QCOMPARE(maybe_channels_last(torch::rand({3, 4}), true).dim(), 2);
    }

    void segTrainingInChannelsLastMatchesNchw() {
        const auto a = train_losses(false);
        const auto b = train_losses(true);
        QCOMPARE(a.size(), std::size_t{3});
        QCOMPARE(b.size(), a.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY2(std::abs(a[i] - b[i]) < 1e-3 * std::max(1.0, std::abs(a[i])),
                     qPrintable(QString("epoch %1: %2 vs %3").arg(i).arg(a[i]).arg(b[i])));
    }

    void ganTrainingInChannelsLastMatchesNchw() {
        const auto a = gan_losses(false);
        const auto b = gan_losses(true);
        QCOMPARE(a.size(), std::size_t{2});
        QCOMPARE(b.size(), a.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QVERIFY2(std::abs(a[i].loss_g - b[i].loss_g) < 1e-3 * std::max(1.0, std::abs(a[i].loss_g)),
                     qPrintable(QString("G epoch %1: %2 vs %3").arg(i).arg(a[i].loss_g).arg(b[i].loss_g)));
            QVERIFY2(std::abs(a[i].loss_d - b[i].loss_d) < 1e-3 * std::max(1.0, std::abs(a[i].loss_d)),
                     qPrintable(QString("D epoch %1: %2 vs %3").arg(i).arg(a[i].loss_d).arg(b[i].loss_d)));
            QVERIFY(std::isfinite(a[i].consistency) && std::abs(a[i].consistency - b[i].consistency) < 1e-3);
        }
    }

    void predictionInChannelsLastMatchesNchw() {
        PolicyGuard guard;
        seed_everything(1);
        UNet net(UNetOptions().base_width(4).depth(2));
        const auto images = squares(3, 16).images;
        set_precision_policy(parse_precision("fp32"));
        const auto a = predict_probabilities(net, images, c10::Device(c10::kCPU));
        set_precision_policy(parse_precision("channels-last"));
        const auto b = predict_probabilities(net, images, c10::Device(c10::kCPU));
        QCOMPARE(b.sizes(), a.sizes());
        QVERIFY(b.is_contiguous());
        QVERIFY2((a - b).abs().max().item<double>() < 1e-5,
                 qPrintable(QString::number((a - b).abs().max().item<double>())));
    }
};

QTEST_GUILESS_MAIN(TestPrecision)
#include "test_precision.moc"
