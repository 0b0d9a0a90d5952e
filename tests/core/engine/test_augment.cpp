// Patch shuffle (exact pixel moves on the patch grid) and the joint image/mask augmentation:
// affine, colour jitter and patch shuffle keep masks binary and aligned with their images.
#include "mipr/engine/augment.h"
#include "mipr/engine/patch_shuffle.h"

#include <QtTest/QtTest>

#include <torch/cuda.h>
#include <torch/types.h>

using namespace mipr::engine;

namespace {

// Sorted pixel values per (sample, channel): equal iff the pixels were only moved.
torch::Tensor sorted_pixels(const torch::Tensor& x) {
    return std::get<0>(x.flatten(2).sort(2));
}

torch::Tensor threshold(const torch::Tensor& images) {
    return (images.select(1, 0) > 0.5).to(torch::kFloat).unsqueeze(1);
}

bool binary(const torch::Tensor& m) {
    return ((m == 0) | (m == 1)).all().item<bool>();
}

// A bright square on a dark background, and its mask.
std::pair<torch::Tensor, torch::Tensor> square_pair(int n, int size) {
    auto img = torch::full({n, 3, size, size}, 0.1);
    img.slice(2, size / 4, 3 * size / 4).slice(3, size / 4, 3 * size / 4).fill_(0.9);
    return {img, threshold(img)};
}

AugmentOptions only(bool affine, bool jitter, std::vector<int> k = {}) {
    AugmentOptions o;
    o.flips = false;
    o.rotate90 = false;
    o.affine = affine;
    o.colour_jitter = jitter;
    o.patch_shuffle_k = std::move(k);
    return o;
}

}  // namespace

class TestAugment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::manual_seed(7); }

    void patchShufflePreservesPixels() {
        const auto img = torch::rand({6, 3, 17, 23});  // neither side a multiple of 2, 3 or 4
        std::mt19937_64 rng(11);
        bool changed = false;
        for (int round = 0; round < 3; ++round) {
            const auto out = patch_shuffle(img, rng, {1, 2, 3, 4});
            QCOMPARE(out.sizes(), img.sizes());
            QVERIFY(torch::equal(sorted_pixels(out), sorted_pixels(img)));
            changed = changed || !torch::equal(out, img);
        }
        QVERIFY(changed);
    }

    void kOneIsIdentity() {
        const auto img = torch::rand({3, 2, 8, 8});
        std::mt19937_64 rng(1);
        QVERIFY(torch::equal(patch_shuffle(img, rng, {1}), img));
        QVERIFY(torch::equal(patch_shuffle_with(img[0], 1, {0}), img[0]));
    }

    void knownPermutationMovesKnownPatch() {
        // 1 channel, 4x4, K = 2: patches are 2x2, numbered row-major 0 1 / 2 3.
        const auto img = torch::arange(16, torch::kFloat).view({1, 4, 4});
        const auto out = patch_shuffle_with(img, 2, {3, 2, 1, 0});  // patch i <- input patch perm[i]
        const auto patch = [](const torch::Tensor& t, int r, int c) {
            return t.slice(1, 2 * r, 2 * r + 2).slice(2, 2 * c, 2 * c + 2);
        };
        QVERIFY(torch::equal(patch(out, 0, 0), patch(img, 1, 1)));
        QVERIFY(torch::equal(patch(out, 0, 1), patch(img, 1, 0)));
        QVERIFY(torch::equal(patch(out, 1, 0), patch(img, 0, 1)));
        QVERIFY(torch::equal(patch(out, 1, 1), patch(img, 0, 0)));
        // A 3-cycle on a 3x3 grid of a non-square image.
        const auto wide = torch::arange(2 * 3 * 6, torch::kFloat).view({2, 3, 6});
        const auto cyc = patch_shuffle_with(wide, 3, {1, 2, 0, 3, 4, 5, 6, 7, 8});
        QVERIFY(torch::equal(cyc.slice(1, 0, 1).slice(2, 0, 2), wide.slice(1, 0, 1).slice(2, 2, 4)));
        QVERIFY(torch::equal(cyc.slice(1, 0, 1).slice(2, 4, 6), wide.slice(1, 0, 1).slice(2, 0, 2)));
        QVERIFY(torch::equal(cyc.slice(1, 1, 3), wide.slice(1, 1, 3)));
    }

    void nonDivisibleSizeKeepsBorder() {
        const auto img = torch::rand({2, 7, 9});
        const auto out = patch_shuffle_with(img, 2, {3, 2, 1, 0});  // grid covers 6 x 8
        QVERIFY(torch::equal(out.slice(1, 6, 7), img.slice(1, 6, 7)));
        QVERIFY(torch::equal(out.slice(2, 8, 9), img.slice(2, 8, 9)));
        QVERIFY(!torch::equal(out.slice(1, 0, 6).slice(2, 0, 8), img.slice(1, 0, 6).slice(2, 0, 8)));
        // K larger than the image: empty patches, nothing moves.
        const auto tiny = torch::rand({1, 2, 2});
        QVERIFY(torch::equal(patch_shuffle_with(tiny, 3, {8, 7, 6, 5, 4, 3, 2, 1, 0}), tiny));
    }

    void rejectsBadArguments() {
        const auto img = torch::rand({1, 4, 4});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, patch_shuffle_with(img, 2, {0, 1, 2}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, patch_shuffle_with(img, 2, {0, 1, 1, 3}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, patch_shuffle_with(img, 0, {}));
        std::mt19937_64 rng(1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, patch_shuffle(img.unsqueeze(0), rng, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, patch_shuffle(img.unsqueeze(0), rng, {2, 0}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, patch_shuffle(img, rng, {2}));
        AugmentOptions o;
        o.max_scale = 1.0;
        const auto [x, y] = square_pair(1, 8);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, augment_batch(x, y, rng, o));
    }

    void pairStaysAligned() {
        const auto img = torch::rand({8, 3, 32, 32});
        const auto mask = threshold(img);
        std::mt19937_64 rng(5), same(5);
        const auto [x, y] = patch_shuffle_pair(img, mask, rng, {1, 2, 4, 8});
        QVERIFY(torch::equal(threshold(x), y));
        QVERIFY(!torch::equal(x, img));
        // The joint variant makes the same draws as the image-only one.
        QVERIFY(torch::equal(patch_shuffle(img, same, {1, 2, 4, 8}), x));
        // Through augment_batch too, with flips and rotations.
        AugmentOptions o;
        o.patch_shuffle_k = {2, 4};
        const auto [xa, ya] = augment_batch(img, mask, rng, o);
        QVERIFY(torch::equal(threshold(xa), ya));
    }

    void affineKeepsMaskBinaryAndAligned() {
        const auto [img, mask] = square_pair(8, 64);
        std::mt19937_64 rng(9);
        const auto [x, y] = augment_batch(img, mask, rng, only(true, false));
        QCOMPARE(x.sizes(), img.sizes());
        QCOMPARE(y.sizes(), mask.sizes());
        QVERIFY(binary(y));
        QVERIFY(!torch::equal(y, mask));
        const auto t = threshold(x);
        for (int64_t i = 0; i < x.size(0); ++i) {
            const double inter = (t[i] * y[i]).sum().item<double>();
            const double uni = ((t[i] + y[i]) > 0).sum().item<double>();
            QVERIFY2(inter / uni > 0.9,
                     qPrintable(QStringLiteral("sample %1: IoU %2").arg(i).arg(inter / uni)));
        }
        // Values stay in the input's range (bilinear with border padding does not overshoot).
        QVERIFY(x.min().item<double>() >= 0.1 - 1e-6 && x.max().item<double>() <= 0.9 + 1e-6);
    }

    void affineOnNonSquareAndByteMasks() {
        auto img = torch::full({2, 3, 32, 48}, 0.1);
        img.slice(2, 8, 24).slice(3, 12, 36).fill_(0.9);
        const auto mask = threshold(img).to(torch::kUInt8);
        std::mt19937_64 rng(2);
        const auto [x, y] = augment_batch(img, mask, rng, only(true, false));
        QCOMPARE(y.scalar_type(), torch::kUInt8);
        QVERIFY(binary(y));
        const auto agree = (threshold(x).to(torch::kUInt8) == y).to(torch::kFloat).mean().item<double>();
        QVERIFY(agree > 0.97);
    }

    void colourJitterTouchesImageOnly() {
        const auto img = torch::rand({6, 3, 16, 16});
        const auto mask = threshold(img);
        auto o = only(false, true);
        o.brightness = o.contrast = o.saturation = 0.4;
        o.hue = 0.1;
        std::mt19937_64 rng(4);
        const auto [x, y] = augment_batch(img, mask, rng, o);
        QVERIFY(torch::equal(y, mask));
        QVERIFY(x.min().item<double>() >= 0.0 && x.max().item<double>() <= 1.0);
        QVERIFY((x - img).abs().max().item<double>() > 1e-2);
        // Zero-strength jitter is the identity (the YIQ round trip included).
        o.brightness = o.contrast = o.saturation = o.hue = 0.0;
        const auto [x0, y0] = augment_batch(img, mask, rng, o);
        QVERIFY(torch::allclose(x0, img, 1e-5, 1e-5));
        // Grey images: brightness and contrast only.
        const auto grey = torch::rand({2, 1, 8, 8});
        o.brightness = 0.5;
        const auto [xg, yg] = augment_batch(grey, threshold(grey), rng, o);
        QCOMPARE(xg.sizes(), grey.sizes());
        QVERIFY(xg.min().item<double>() >= 0.0 && xg.max().item<double>() <= 1.0);
    }

    void everythingOnKeepsMasksBinary() {
        const auto [img, mask] = square_pair(8, 32);
        AugmentOptions o;
        o.affine = o.colour_jitter = true;
        o.patch_shuffle_k = {1, 2, 4};
        std::mt19937_64 rng(21);
        for (int round = 0; round < 3; ++round) {
            const auto [x, y] = augment_batch(img, mask, rng, o);
            QVERIFY(binary(y));
            QVERIFY(x.min().item<double>() >= 0.0 && x.max().item<double>() <= 1.0);
        }
    }

    void sameSeedSameResult() {
        const auto img = torch::rand({4, 3, 32, 32});
        const auto mask = threshold(img);
        AugmentOptions o;
        o.affine = o.colour_jitter = true;
        o.patch_shuffle_k = {1, 2, 4};
        std::mt19937_64 a(13), b(13), c(14);
        const auto [xa, ya] = augment_batch(img, mask, a, o);
        const auto [xb, yb] = augment_batch(img, mask, b, o);
        const auto [xc, yc] = augment_batch(img, mask, c, o);
        QVERIFY(torch::equal(xa, xb) && torch::equal(ya, yb));
        QVERIFY(!torch::equal(xa, xc));
    }

    void defaultsAreFlipsAndRotationsOnly() {
        // The pre-existing behaviour, draw for draw: the new steps must not consume the generator.
        const auto img = torch::rand({5, 3, 8, 8});
        const auto mask = threshold(img);
        std::mt19937_64 rng(17), ref(17);
        const auto [x, y] = augment_batch(img, mask, rng);
        std::uniform_int_distribution<int> coin(0, 1), quarter(0, 3);
        for (int64_t i = 0; i < img.size(0); ++i) {
            auto e = img[i];
            std::vector<int64_t> dims;
            if (coin(ref)) dims.push_back(2);
            if (coin(ref)) dims.push_back(1);
            if (!dims.empty()) e = e.flip(dims);
            if (const int k = quarter(ref)) e = e.rot90(k, {1, 2});
            QVERIFY(torch::equal(x[i], e));
        }
        QCOMPARE(rng(), ref());
        QVERIFY(torch::equal(threshold(x), y));
    }

    void cudaMatchesCpu() {
        if (!torch::cuda::is_available()) QSKIP("no CUDA device");
        const auto img = torch::rand({4, 3, 33, 31});
        const auto mask = threshold(img);
        std::mt19937_64 a(3), b(3);
        const auto cpu = patch_shuffle_pair(img, mask, a, {1, 2, 3, 4});
        const auto gpu = patch_shuffle_pair(img.cuda(), mask.cuda(), b, {1, 2, 3, 4});
        QVERIFY(gpu.first.is_cuda());
        QVERIFY(torch::equal(gpu.first.cpu(), cpu.first));
        QVERIFY(torch::equal(gpu.second.cpu(), cpu.second));
        AugmentOptions o;
        o.affine = o.colour_jitter = true;
        o.patch_shuffle_k = {2, 4};
        const auto [x, y] = augment_batch(img.cuda(), mask.cuda(), a, o);
        QVERIFY(x.is_cuda() && y.is_cuda());
        QVERIFY(binary(y));
    }
};

QTEST_APPLESS_MAIN(TestAugment)
#include "test_augment.moc"
