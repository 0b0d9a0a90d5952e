// SPADE+ normalisation, its residual block, and the Sobel edge magnitude that feeds the detail
// path (ARCHITECTURE.md §1.2).
#include "mipr/engine/spade.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/conv.h>
#include <torch/nn/functional/padding.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/nn/modules/activation.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace mipr::engine {

namespace F = torch::nn::functional;

torch::Tensor sobel_magnitude(const torch::Tensor& images) {
    if (images.dim() != 4 || (images.size(1) != 1 && images.size(1) != 3))
        throw std::invalid_argument("sobel_magnitude: expected [N, 1 or 3, H, W], got " +
                                    c10::str(images.sizes()));
    auto lum = images;
    if (images.size(1) == 3) {
        // ITU-R BT.601 luma: edges of colour changes a person sees, not of each channel.
        lum =
            0.299 * images.narrow(1, 0, 1) + 0.587 * images.narrow(1, 1, 1) + 0.114 * images.narrow(1, 2, 1);
    }
    const auto opts = torch::TensorOptions().dtype(images.dtype()).device(images.device());
    const auto gx = torch::tensor({-1.0, 0.0, 1.0, -2.0, 0.0, 2.0, -1.0, 0.0, 1.0}, opts).view({1, 1, 3, 3});
    const auto kernels = torch::cat({gx, gx.transpose(2, 3)}, 0);  // [2,1,3,3]: d/dx, d/dy
    // Replicate padding: zero padding would draw a false edge around every image border.
    const auto padded = F::pad(lum, F::PadFuncOptions({1, 1, 1, 1}).mode(torch::kReplicate));
    const auto g = F::conv2d(padded, kernels);
    // The 1e-12 keeps sqrt's gradient finite on flat regions.
    return torch::sqrt(g.pow(2).sum(1, /*keepdim=*/true) + 1e-12);
}

namespace {

torch::nn::Conv2d conv3x3(int in, int out) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1));
}

torch::Tensor resize(const torch::Tensor& x, const torch::Tensor& like, bool nearest) {
    if (x.size(2) == like.size(2) && x.size(3) == like.size(3)) return x;
    auto o = F::InterpolateFuncOptions().size(std::vector<int64_t>{like.size(2), like.size(3)});
    if (nearest) return F::interpolate(x, o.mode(torch::kNearest));
    return F::interpolate(x, o.mode(torch::kBilinear).align_corners(false));
}

}  // namespace

SpadePlusImpl::SpadePlusImpl(const SpadePlusOptions& options) : options_(options) {
    namespace nn = torch::nn;
    if (options_.channels < 1 || options_.label_channels < 1 || options_.hidden < 1)
        throw std::invalid_argument("SPADE+: channels, label_channels and hidden must be >= 1");
    shared_ = register_module("shared",
                              nn::Sequential(conv3x3(options_.label_channels, options_.hidden), nn::ReLU()));
    gamma_ = register_module("gamma", conv3x3(options_.hidden, options_.channels));
    beta_ = register_module("beta", conv3x3(options_.hidden, options_.channels));
    // Not registered at all without alpha, so a plain-SPADE checkpoint has no dead weights.
    if (options_.use_alpha) {
        alpha_ = register_module("alpha", nn::Sequential(conv3x3(1, options_.hidden), nn::ReLU(),
                                                         conv3x3(options_.hidden, options_.channels)));
    }
}

torch::Tensor SpadePlusImpl::forward(const torch::Tensor& h, const torch::Tensor& label,
                                     const torch::Tensor& detail) {
    if (h.dim() != 4 || h.size(1) != options_.channels)
        throw std::invalid_argument("SPADE+: expected h [N, " + std::to_string(options_.channels) +
                                    ", H, W], got " + c10::str(h.sizes()));
    const auto normalised = torch::instance_norm(h, {}, {}, {}, {}, /*use_input_stats=*/true, 0.1, 1e-5,
                                                 /*cudnn_enabled=*/false);
    const auto t = resize(label.to(h.scalar_type()), h, /*nearest=*/true);
    const auto actv = shared_->forward(t);
    auto out = normalised * (1 + gamma_->forward(actv)) + beta_->forward(actv);
    if (options_.use_alpha)
        out = out + alpha_->forward(resize(detail.to(h.scalar_type()), h, /*nearest=*/false));
    return out;
}

SpadePlusResBlockImpl::SpadePlusResBlockImpl(int in_channels, int out_channels,
                                             const SpadePlusOptions& norm_options) {
    namespace nn = torch::nn;
    if (in_channels < 1 || out_channels < 1)
        throw std::invalid_argument("SPADE+ res block: channel counts must be >= 1");
    const int middle = std::min(in_channels, out_channels);
    learned_shortcut_ = in_channels != out_channels;
    auto with_channels = [&](int c) {
        SpadePlusOptions o = norm_options;
        o.channels = c;
        return SpadePlus(o);
    };
    norm0_ = register_module("norm_0", with_channels(in_channels));
    conv0_ = register_module("conv_0", conv3x3(in_channels, middle));
    norm1_ = register_module("norm_1", with_channels(middle));
    conv1_ = register_module("conv_1", conv3x3(middle, out_channels));
    if (learned_shortcut_) {
        norm_s_ = register_module("norm_s", with_channels(in_channels));
        conv_s_ = register_module("conv_s",
                                  nn::Conv2d(nn::Conv2dOptions(in_channels, out_channels, 1).bias(false)));
    }
}

torch::Tensor SpadePlusResBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& label,
                                             const torch::Tensor& detail) {
    const auto lrelu = [](const torch::Tensor& t) {
        return F::leaky_relu(t, F::LeakyReLUFuncOptions().negative_slope(0.2));
    };
    // GauGAN's shortcut: norm then 1x1 conv, no activation.
    const auto shortcut = learned_shortcut_ ? conv_s_->forward(norm_s_->forward(x, label, detail)) : x;
    auto dx = conv0_->forward(lrelu(norm0_->forward(x, label, detail)));
    dx = conv1_->forward(lrelu(norm1_->forward(dx, label, detail)));
    return shortcut + dx;
}

}  // namespace mipr::engine
