// U-Net: encoder of double convs with max-pooling, decoder of transposed convs + skip
// concatenation + double convs, 1x1 head; optional attention gates on the skips.
#include "mipr/engine/unet.h"

#include <torch/nn/functional/pooling.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>

#include <algorithm>
#include <stdexcept>

namespace mipr::engine {

void UNetOptions::validate() const {
    if (in_channels_ < 1 || out_channels_ < 1)
        throw std::invalid_argument("U-Net: channel counts must be >= 1");
    if (base_width_ < 1 || base_width_ > 1024)
        throw std::invalid_argument("U-Net: base width must be 1..1024");
    if (depth_ < 1 || depth_ > 7) throw std::invalid_argument("U-Net: depth must be 1..7");
}

torch::nn::Sequential double_conv(int in, int out, bool batch_norm) {
    namespace nn = torch::nn;
    nn::Sequential seq;
    for (int i = 0; i < 2; ++i) {
        seq->push_back(nn::Conv2d(nn::Conv2dOptions(i == 0 ? in : out, out, 3).padding(1).bias(!batch_norm)));
        if (batch_norm) seq->push_back(nn::BatchNorm2d(out));
        seq->push_back(nn::ReLU(nn::ReLUOptions().inplace(true)));
    }
    return seq;
}

AttentionGateImpl::AttentionGateImpl(int x_channels, int g_channels, int inter_channels)
    : x_channels_(x_channels), g_channels_(g_channels), inter_channels_(inter_channels) {
    namespace nn = torch::nn;
    // As in Oktay's reference code: W_x has no bias (W_g's bias covers the sum), psi has one.
    wx_ = register_module("wx",
                          nn::Conv2d(nn::Conv2dOptions(x_channels, inter_channels, 1).stride(2).bias(false)));
    wg_ = register_module("wg", nn::Conv2d(nn::Conv2dOptions(g_channels, inter_channels, 1)));
    psi_ = register_module("psi", nn::Conv2d(nn::Conv2dOptions(inter_channels, 1, 1)));
}

torch::Tensor gate_coefficients(const torch::Tensor& x, const torch::Tensor& theta, torch::Tensor phi,
                                const torch::Tensor& psi_weight, const torch::Tensor& psi_bias) {
    namespace F = torch::nn::functional;
    if (phi.sizes().slice(2) != theta.sizes().slice(2)) {
        // Only reached when a caller's g is not exactly half of x (the U-Net never does this).
        phi = F::interpolate(phi, F::InterpolateFuncOptions()
                                      .size(theta.sizes().slice(2).vec())
                                      .mode(torch::kBilinear)
                                      .align_corners(false));
    }
    auto alpha = torch::sigmoid(torch::conv2d(torch::relu(theta + phi), psi_weight, psi_bias));
    // Sigmoid output is in (0, 1) and bilinear resampling is a convex combination: still in [0, 1].
    return F::interpolate(alpha, F::InterpolateFuncOptions()
                                     .size(std::vector<int64_t>{x.size(2), x.size(3)})
                                     .mode(torch::kBilinear)
                                     .align_corners(false));
}

torch::Tensor AttentionGateImpl::attention(const torch::Tensor& x, const torch::Tensor& g) {
    return gate_coefficients(x, wx_->forward(x), wg_->forward(g), psi_->weight, psi_->bias);
}

torch::Tensor AttentionGateImpl::forward(const torch::Tensor& x, const torch::Tensor& g) {
    return x * attention(x, g);
}

std::int64_t AttentionGateImpl::forward_macs(int height, int width) const {
    // 1x1 convs on g's grid (half resolution); the elementwise product and resampling are not
    // counted, like the BN and ReLU elsewhere.
    const std::int64_t px = static_cast<std::int64_t>((height + 1) / 2) * ((width + 1) / 2);
    return px * inter_channels_ * (x_channels_ + g_channels_ + 1);
}

UNetImpl::UNetImpl(const UNetOptions& options) : options_(options) {
    namespace nn = torch::nn;
    options_.validate();
    down_ = register_module("down", nn::ModuleList());
    up_ = register_module("up", nn::ModuleList());
    dec_ = register_module("dec", nn::ModuleList());
    const int d = options_.depth_;
    const int w = options_.base_width_;
    int in = options_.in_channels_;
    for (int level = 0; level <= d; ++level) {
        const int out = w << level;
        down_->push_back(double_conv(in, out, options_.batch_norm_));
        in = out;
    }
    for (int level = d - 1; level >= 0; --level) {
        const int out = w << level;
        up_->push_back(nn::ConvTranspose2d(nn::ConvTranspose2dOptions(out * 2, out, 2).stride(2)));
        dec_->push_back(double_conv(out * 2, out, options_.batch_norm_));
    }
    // Registered only when on, so a plain U-Net keeps its parameter names and old checkpoints load.
    if (options_.attention_gates_) {
        gates_ = register_module("gates", nn::ModuleList());
        for (int level = d - 1; level >= 0; --level) {
            const int out = w << level;
            gates_->push_back(AttentionGate(out, out * 2, std::max(1, out / 2)));
        }
    }
    head_ = register_module("head", nn::Conv2d(nn::Conv2dOptions(w, options_.out_channels_, 1)));
}

torch::Tensor UNetImpl::encode(const torch::Tensor& x) {
    return encode_levels(x, nullptr);
}

void UNetImpl::check_input(const torch::Tensor& x) const {
    const int m = options_.size_multiple();
    if (x.dim() != 4 || x.size(1) != options_.in_channels_ || x.size(2) % m != 0 || x.size(3) % m != 0) {
        throw std::invalid_argument("U-Net: expected input [N, " + std::to_string(options_.in_channels_) +
                                    ", H, W] with H and W multiples of " + std::to_string(m) + ", got " +
                                    c10::str(x.sizes()));
    }
}

torch::Tensor UNetImpl::encode_levels(const torch::Tensor& x, std::vector<torch::Tensor>* skips) {
    check_input(x);
    torch::Tensor h = x;
    for (std::size_t level = 0; level < down_->size(); ++level) {
        if (level > 0)
            h = torch::nn::functional::max_pool2d(h, torch::nn::functional::MaxPool2dFuncOptions(2));
        h = down_[level]->as<torch::nn::Sequential>()->forward(h);
        if (skips && level + 1 < down_->size()) skips->push_back(h);
    }
    return h;
}

torch::Tensor UNetImpl::forward(const torch::Tensor& x) {
    std::vector<torch::Tensor> skips;
    skips.reserve(static_cast<std::size_t>(options_.depth_));
    torch::Tensor h = encode_levels(x, &skips);
    last_attention_.clear();
    for (std::size_t i = 0; i < up_->size(); ++i) {
        auto skip = skips[skips.size() - 1 - i];
        if (gates_) {
            // Gating signal: the coarser decoder feature before up-sampling (Oktay et al.).
            auto* gate = gates_[i]->as<AttentionGateImpl>();
            const auto alpha = gate->attention(skip, h);
            last_attention_.push_back(alpha.detach());
            skip = skip * alpha;
        }
        h = up_[i]->as<torch::nn::ConvTranspose2d>()->forward(h);
        h = torch::cat({skip, h}, 1);
        h = dec_[i]->as<torch::nn::Sequential>()->forward(h);
    }
    return head_->forward(h);
}

std::int64_t UNetImpl::forward_macs(int height, int width) const {
    const std::int64_t w = options_.base_width_;
    std::int64_t macs = 0;
    std::int64_t in = options_.in_channels_;
    for (int level = 0; level <= options_.depth_; ++level) {
        const std::int64_t px = static_cast<std::int64_t>(height >> level) * (width >> level);
        const std::int64_t out = w << level;
        macs += px * 9 * (in * out + out * out);
        in = out;
    }
    for (int level = options_.depth_ - 1; level >= 0; --level) {
        const std::int64_t px = static_cast<std::int64_t>(height >> level) * (width >> level);
        const std::int64_t out = w << level;
        macs += px * (2 * out) * out;  // transposed 2x2 stride-2 conv: one tap per output pixel
        macs += px * 9 * (2 * out * out + out * out);
        if (gates_) {
            const auto i = static_cast<std::size_t>(options_.depth_ - 1 - level);
            macs += gates_->at<AttentionGateImpl>(i).forward_macs(height >> level, width >> level);
        }
    }
    macs += static_cast<std::int64_t>(height) * width * w * options_.out_channels_;
    return macs;
}

}  // namespace mipr::engine
