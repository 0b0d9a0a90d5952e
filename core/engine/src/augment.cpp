// Joint image/mask augmentation, per sample: flips and 90° rotations (exact pixel moves), then the
// optional small affine, colour jitter and patch shuffle. Random draws come from the caller's
// generator only, so a seed reproduces a run; disabled steps draw nothing, so the default
// options give exactly the flips/rot90 sequence they always gave.
#include "mipr/engine/augment.h"

#include "mipr/engine/patch_shuffle.h"

#include <torch/nn/functional/vision.h>

#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

namespace mipr::engine {
namespace {

namespace F = torch::nn::functional;

// Per-sample factors as a [N,1,1,1] tensor on the images' device and dtype.
torch::Tensor per_sample(const std::vector<double>& v, const torch::Tensor& like) {
    return torch::tensor(v, torch::kDouble).to(like.device(), like.scalar_type()).view({-1, 1, 1, 1});
}

// Luma (ITU-R 601) for RGB; plain channel mean otherwise. Keeps the channel dim: [N,1,H,W].
torch::Tensor grey(const torch::Tensor& x) {
    if (x.size(1) != 3) return x.mean(1, /*keepdim=*/true);
    return 0.299 * x.select(1, 0).unsqueeze(1) + 0.587 * x.select(1, 1).unsqueeze(1) +
           0.114 * x.select(1, 2).unsqueeze(1);
}

std::pair<torch::Tensor, torch::Tensor> affine(const torch::Tensor& images, const torch::Tensor& masks,
                                               std::mt19937_64& rng, const AugmentOptions& o) {
    const auto n = images.size(0);
    const double h = static_cast<double>(images.size(2));
    const double w = static_cast<double>(images.size(3));
    std::uniform_real_distribution<double> angle(-o.max_rotate_deg, o.max_rotate_deg);
    std::uniform_real_distribution<double> scale(1.0 - o.max_scale, 1.0 + o.max_scale);
    std::uniform_real_distribution<double> shift(-o.max_translate, o.max_translate);
    std::vector<double> theta;
    theta.reserve(static_cast<std::size_t>(n) * 6);
    for (int64_t i = 0; i < n; ++i) {
        const double a = angle(rng) * std::numbers::pi / 180.0;
        const double s = scale(rng);
        const double tx = shift(rng), ty = shift(rng);
        // theta maps output to input coordinates in [-1, 1]. The rotation is made in pixel
        // space, so non-square images are not sheared: off-diagonal terms carry the aspect ratio.
        const double c = std::cos(a) / s, sn = std::sin(a) / s;
        theta.insert(theta.end(), {c, -sn * h / w, 2.0 * tx, sn * w / h, c, 2.0 * ty});
    }
    const auto t = torch::tensor(theta, torch::kDouble).view({n, 2, 3});
    const auto grid = F::affine_grid(t.to(images.device(), images.scalar_type()), images.sizes(),
                                     /*align_corners=*/false);
    auto x = F::grid_sample(
        images, grid,
        F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kBorder).align_corners(false));
    // Nearest sampling only copies mask values (or the zero padding), so a binary mask stays binary.
    const auto mask_type = masks.is_floating_point() ? masks.scalar_type() : images.scalar_type();
    auto y = F::grid_sample(
        masks.to(mask_type), grid.to(mask_type),
        F::GridSampleFuncOptions().mode(torch::kNearest).padding_mode(torch::kZeros).align_corners(false));
    return {x, y.to(masks.scalar_type())};
}

torch::Tensor colour_jitter(torch::Tensor x, std::mt19937_64& rng, const AugmentOptions& o) {
    const auto n = static_cast<std::size_t>(x.size(0));
    std::uniform_real_distribution<double> bright(1.0 - o.brightness, 1.0 + o.brightness);
    std::uniform_real_distribution<double> contrast(1.0 - o.contrast, 1.0 + o.contrast);
    std::uniform_real_distribution<double> sat(1.0 - o.saturation, 1.0 + o.saturation);
    std::uniform_real_distribution<double> hue(-o.hue, o.hue);
    std::vector<double> b(n), c(n), s(n), hu(n);
    for (std::size_t i = 0; i < n; ++i) {
        b[i] = bright(rng);
        c[i] = contrast(rng);
        s[i] = sat(rng);
        hu[i] = hue(rng);
    }
    x = (x * per_sample(b, x)).clamp(0.0, 1.0);
    const auto mean = grey(x).mean({1, 2, 3}, /*keepdim=*/true);
    x = ((x - mean) * per_sample(c, x) + mean).clamp(0.0, 1.0);
    if (x.size(1) != 3) return x;
    const auto g = grey(x);
    x = ((x - g) * per_sample(s, x) + g).clamp(0.0, 1.0);
    // Hue: rotate the chroma plane (I, Q) of YIQ about the luma axis; RGB -> YIQ -> rotate -> RGB
    // folds into one 3x3 matrix per sample.
    const auto to_yiq =
        torch::tensor({0.299, 0.587, 0.114, 0.596, -0.274, -0.322, 0.211, -0.523, 0.312}, torch::kDouble)
            .view({3, 3});
    const auto from_yiq = torch::inverse(to_yiq);
    std::vector<torch::Tensor> ms;
    ms.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double a = hu[i] * 2.0 * std::numbers::pi;
        const auto rot =
            torch::tensor({1.0, 0.0, 0.0, 0.0, std::cos(a), -std::sin(a), 0.0, std::sin(a), std::cos(a)},
                          torch::kDouble)
                .view({3, 3});
        ms.push_back(from_yiq.matmul(rot).matmul(to_yiq));
    }
    const auto m = torch::stack(ms).to(x.device(), x.scalar_type());
    const auto sizes = x.sizes().vec();
    return m.bmm(x.reshape({x.size(0), 3, -1})).view(sizes).clamp(0.0, 1.0);
}

void check_range(double v, double lo, double hi, bool hi_open, const char* name) {
    if (!(v >= lo && (hi_open ? v < hi : v <= hi)))
        throw std::invalid_argument(std::string("augment: ") + name + " out of range: " + std::to_string(v));
}

}  // namespace

void AugmentOptions::validate() const {
    check_range(max_rotate_deg, 0.0, 180.0, false, "max_rotate_deg");
    check_range(max_scale, 0.0, 1.0, true, "max_scale");
    check_range(max_translate, 0.0, 1.0, false, "max_translate");
    check_range(brightness, 0.0, 1.0, false, "brightness");
    check_range(contrast, 0.0, 1.0, false, "contrast");
    check_range(saturation, 0.0, 1.0, false, "saturation");
    check_range(hue, 0.0, 0.5, false, "hue");
    for (const int k : patch_shuffle_k)
        if (k < 1)
            throw std::invalid_argument("augment: patch shuffle K must be >= 1, got " + std::to_string(k));
}

std::pair<torch::Tensor, torch::Tensor> augment_batch(const torch::Tensor& images, const torch::Tensor& masks,
                                                      std::mt19937_64& rng, const AugmentOptions& options) {
    options.validate();
    if (images.dim() != 4 || masks.dim() != 4 || masks.size(0) != images.size(0) ||
        masks.size(2) != images.size(2) || masks.size(3) != images.size(3)) {
        throw std::invalid_argument(
            "augment: expected images [N,C,H,W] and masks [N,1,H,W] of one size, got " +
            c10::str(images.sizes()) + " and " + c10::str(masks.sizes()));
    }
    const auto n = images.size(0);
    if (n == 0) return {images.clone(), masks.clone()};
    const bool square = images.size(2) == images.size(3);
    std::vector<torch::Tensor> xs, ys;
    xs.reserve(static_cast<std::size_t>(n));
    ys.reserve(static_cast<std::size_t>(n));
    std::uniform_int_distribution<int> coin(0, 1), quarter(0, 3);
    for (int64_t i = 0; i < n; ++i) {
        auto x = images[i];
        auto y = masks[i];
        std::vector<int64_t> flip_dims;
        if (options.flips) {
            if (coin(rng)) flip_dims.push_back(2);
            if (coin(rng)) flip_dims.push_back(1);
        }
        if (!flip_dims.empty()) {
            x = x.flip(flip_dims);
            y = y.flip(flip_dims);
        }
        if (options.rotate90 && square) {
            const int k = quarter(rng);
            if (k) {
                x = x.rot90(k, {1, 2});
                y = y.rot90(k, {1, 2});
            }
        }
        xs.push_back(x);
        ys.push_back(y);
    }
    auto x = torch::stack(xs);
    auto y = torch::stack(ys);
    if (options.affine) std::tie(x, y) = affine(x, y, rng, options);
    if (options.colour_jitter) x = colour_jitter(x, rng, options);
    if (!options.patch_shuffle_k.empty())
        std::tie(x, y) = patch_shuffle_pair(x, y, rng, options.patch_shuffle_k);
    return {x, y};
}

}  // namespace mipr::engine
