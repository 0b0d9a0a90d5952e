// S frozen for inference (see unet_inference.h).
#include "mipr/engine/unet_inference.h"

#include "mipr/engine/precision.h"

#include <torch/nn/modules/batchnorm.h>

#include <ATen/Parallel.h>

#include <cstring>
#include <stdexcept>

namespace mipr::engine {

namespace {

c10::MemoryFormat format_of(bool channels_last) {
    return channels_last ? c10::MemoryFormat::ChannelsLast : c10::MemoryFormat::Contiguous;
}

bool default_channels_last() {
    // `automatic` means on, on every device: on the CPU NHWC is what makes this path fast (for
    // training the automatic choice stays NCHW on the CPU, see precision.h).
    return precision_policy().channels_last != Switch::off;
}

}  // namespace

FrozenUNet::FrozenUNet(UNet& net) : FrozenUNet(net, default_channels_last()) {}

FrozenUNet::FrozenUNet(UNet& net, bool channels_last) : net_(net), channels_last_(channels_last) {
    // Ordinary tensors, not inference tensors, even when built under InferenceMode: the copy can
    // then also serve inside a loss with gradients on. Every weight is a detached copy, so no
    // gradient reaches `net` and later changes to `net` do not reach this copy.
    c10::InferenceMode not_inference(false);
    torch::NoGradGuard no_grad;
    auto convs_of = [this](const torch::nn::ModuleList& list) {
        std::vector<std::vector<Conv>> out;
        for (const auto& m : *list) {
            const auto block = std::dynamic_pointer_cast<torch::nn::SequentialImpl>(m);
            std::vector<Conv> convs;
            for (std::size_t i = 0; i < block->size(); ++i)
                if (block->ptr(i)->as<torch::nn::Conv2d>()) convs.push_back(fold(*block, i));
            out.push_back(std::move(convs));
        }
        return out;
    };
    down_ = convs_of(net->down_);
    dec_ = convs_of(net->dec_);
    for (const auto& m : *net->up_) {
        const auto* up = m->as<torch::nn::ConvTranspose2d>();
        // weight [C, O, 2, 2] → [(a, b, o), C, 1, 1]: output channel (a·2 + b)·O + o is the
        // contribution to pixel (2i + a, 2j + b) of channel o.
        const auto w = up->weight.detach();
        const int64_t c = w.size(0), o = w.size(1);
        Conv conv;
        conv.weight = w.permute({2, 3, 1, 0}).reshape({4 * o, c, 1, 1}).clone(format_of(channels_last_));
        conv.bias = up->bias.defined() ? up->bias.detach().repeat({4}) : torch::zeros({4 * o}, w.options());
        up_.push_back(conv);
        up_channels_.push_back(o);
    }
    if (net->gates_) {
        for (const auto& m : *net->gates_) {
            const auto* gate = m->as<AttentionGateImpl>();
            gates_.push_back({copy(*gate->wx_), copy(*gate->wg_), copy(*gate->psi_)});
        }
    }
    head_ = copy(*net->head_);
}

FrozenUNet::Conv FrozenUNet::copy(const torch::nn::Conv2dImpl& conv) const {
    Conv out;
    out.weight = conv.weight.detach().clone(format_of(channels_last_));
    if (conv.bias.defined()) out.bias = conv.bias.detach().clone();
    out.padding = conv.weight.size(2) / 2;  // the U-Net's convs keep the size (3x3: padding 1)
    out.stride = (*conv.options.stride())[0];
    return out;
}

FrozenUNet::Conv FrozenUNet::fold(const torch::nn::SequentialImpl& block, std::size_t index) const {
    Conv out = copy(*block.ptr(index)->as<torch::nn::Conv2d>());
    const auto* bn = index + 1 < block.size() ? block.ptr(index + 1)->as<torch::nn::BatchNorm2d>() : nullptr;
    if (!bn) return out;
    if (!bn->running_mean.defined())
        throw std::logic_error("FrozenUNet: batch norm without running statistics cannot be folded");
    const auto inv_std = torch::rsqrt(bn->running_var + bn->options.eps());
    const auto scale = bn->weight.defined() ? bn->weight.detach() * inv_std : inv_std;
    const auto shift = bn->bias.defined() ? bn->bias.detach() : torch::zeros_like(scale);
    const auto bias = out.bias.defined() ? out.bias : torch::zeros_like(scale);
    out.weight = (out.weight * scale.view({-1, 1, 1, 1})).contiguous(format_of(channels_last_));
    out.bias = (bias - bn->running_mean) * scale + shift;
    return out;
}

torch::Tensor FrozenUNet::conv(const torch::Tensor& x, const Conv& c, bool relu) const {
    auto y = torch::conv2d(x, c.weight, c.bias, c.stride, c.padding);
    return relu ? torch::relu_(y) : y;
}

torch::Tensor FrozenUNet::double_conv(const torch::Tensor& x, const std::vector<Conv>& convs) const {
    auto h = x;
    for (const auto& c : convs)
        h = conv(h, c, true);
    return h;
}

torch::Tensor FrozenUNet::up_and_concat(const torch::Tensor& skip, const torch::Tensor& coarse,
                                        std::size_t level) const {
    const auto y = conv(coarse, up_[level], false);  // [N, 4·O, H, W]
    const int64_t n = y.size(0), o = up_channels_[level], h = y.size(2), w = y.size(3);
    const int64_t cs = skip.size(1);
    const bool fast = channels_last_ && y.device().is_cpu() && y.scalar_type() == torch::kFloat &&
                      skip.scalar_type() == torch::kFloat && !y.requires_grad() && !skip.requires_grad() &&
                      y.is_contiguous(c10::MemoryFormat::ChannelsLast) &&
                      skip.is_contiguous(c10::MemoryFormat::ChannelsLast) && skip.size(2) == 2 * h &&
                      skip.size(3) == 2 * w;
    if (!fast) {
        // [N, (a, b, o), H, W] → [N, o, H, a, W, b] → [N, O, 2H, 2W]; differentiable, any device.
        const auto up = y.view({n, 2, 2, o, h, w}).permute({0, 3, 4, 1, 5, 2}).reshape({n, o, 2 * h, 2 * w});
        return torch::cat({skip, up.contiguous(format_of(channels_last_))}, 1);
    }
    // One pass over the output, NHWC: each output pixel is the skip's channels then the O
    // channels of its (a, b) phase of the coarse pixel.
    const int64_t c = cs + o, h2 = 2 * h, w2 = 2 * w;
    auto out = torch::empty({n, c, h2, w2}, skip.options().memory_format(c10::MemoryFormat::ChannelsLast));
    float* dst = out.data_ptr<float>();
    const float* s = skip.data_ptr<float>();
    const float* u = y.data_ptr<float>();
    at::parallel_for(0, n * h2, 1, [&](int64_t begin, int64_t end) {
        for (int64_t r = begin; r < end; ++r) {
            const int64_t img = r / h2, row = r % h2;
            float* d = dst + r * w2 * c;
            const float* sk = s + r * w2 * cs;
            const float* coarse_row = u + ((img * h + row / 2) * w) * 4 * o + (row % 2) * 2 * o;
            for (int64_t x = 0; x < w2; ++x, d += c, sk += cs) {
                std::memcpy(d, sk, static_cast<std::size_t>(cs) * sizeof(float));
                std::memcpy(d + cs, coarse_row + (x / 2) * 4 * o + (x % 2) * o,
                            static_cast<std::size_t>(o) * sizeof(float));
            }
        }
    });
    return out;
}

torch::Tensor FrozenUNet::forward(const torch::Tensor& x) {
    net_->check_input(x);
    std::vector<torch::Tensor> skips;
    auto h = x.contiguous(format_of(channels_last_));
    for (std::size_t level = 0; level < down_.size(); ++level) {
        if (level > 0) h = torch::max_pool2d(h, {2, 2});
        h = double_conv(h, down_[level]);
        if (level + 1 < down_.size()) skips.push_back(h);
    }
    for (std::size_t i = 0; i < up_.size(); ++i) {
        auto skip = skips[skips.size() - 1 - i];
        if (!gates_.empty()) {
            const auto& g = gates_[i];
            const auto alpha = gate_coefficients(skip, conv(skip, g.wx, false), conv(h, g.wg, false),
                                                 g.psi.weight, g.psi.bias);
            skip = (skip * alpha).contiguous(format_of(channels_last_));
        }
        h = double_conv(up_and_concat(skip, h, i), dec_[i]);
    }
    return conv(h, head_, false);
}

}  // namespace mipr::engine
