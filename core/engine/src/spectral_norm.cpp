// SNConv2d: a 2-D convolution whose weight is divided by its spectral norm, estimated by power
// iteration on persistent u, v buffers (the algorithm of torch.nn.utils.spectral_norm).
#include "mipr/engine/spectral_norm.h"

#include "mipr/engine/precision.h"

#include <torch/nn/init.h>

#include <cmath>
#include <stdexcept>

namespace mipr::engine {

namespace {

// x / max(||x||, eps), as F.normalize: eps keeps a zero vector from dividing by zero.
torch::Tensor normalise(const torch::Tensor& x, double eps) {
    return x / x.norm().clamp_min(eps);
}

}  // namespace

SNConv2dImpl::SNConv2dImpl(const torch::nn::Conv2dOptions& options, int power_iterations, double eps)
    : options_(options), power_iterations_(power_iterations), eps_(eps) {
    const auto in = options_.in_channels();
    const auto out = options_.out_channels();
    const auto groups = options_.groups();
    if (in < 1 || out < 1 || groups < 1 || in % groups != 0 || out % groups != 0)
        throw std::invalid_argument("SNConv2d: channel counts must be >= 1 and divisible by groups");
    if (power_iterations_ < 0) throw std::invalid_argument("SNConv2d: power_iterations must be >= 0");
    if (!holds_alternative<torch::enumtype::kZeros>(options_.padding_mode()))
        throw std::invalid_argument("SNConv2d: only zero padding is supported");
    const auto kh = (*options_.kernel_size())[0];
    const auto kw = (*options_.kernel_size())[1];

    // Conv2d's default initialisation, so that an SN conv starts where a plain one would.
    weight_orig = register_parameter("weight_orig", torch::empty({out, in / groups, kh, kw}));
    torch::nn::init::kaiming_uniform_(weight_orig, std::sqrt(5.0));
    if (options_.bias()) {
        const double bound = 1.0 / std::sqrt(static_cast<double>(in / groups * kh * kw));
        bias = register_parameter("bias", torch::empty({out}));
        torch::nn::init::uniform_(bias, -bound, bound);
    }
    // Buffers, not parameters: they are state the optimiser must not touch, yet they move with
    // ->to() and are saved, so a resumed run continues the same power iteration.
    const auto cols = weight_orig.numel() / out;
    u = register_buffer("u", normalise(torch::randn({out}), eps_));
    v = register_buffer("v", normalise(torch::randn({cols}), eps_));
}

torch::Tensor SNConv2dImpl::forward(const torch::Tensor& x) {
    torch::Tensor weight;
    {
        // sigma in float32 even under autocast: a bfloat16 power iteration would be too coarse.
        AutocastScope float32(x.device(), false);
        weight = normalised_for_forward();
    }
    return convolve(x, weight);
}

torch::Tensor SNConv2dImpl::normalised_for_forward() {
    const auto w = weight_orig.reshape({weight_orig.size(0), -1});
    torch::Tensor uu = u;
    torch::Tensor vv = v;
    if (is_training() && power_iterations_ > 0) {
        {
            torch::NoGradGuard no_grad;
            const auto wd = w.detach();
            for (int i = 0; i < power_iterations_; ++i) {
                v.copy_(normalise(torch::mv(wd.t(), u), eps_));
                u.copy_(normalise(torch::mv(wd, v), eps_));
            }
        }
        // Clones, as PyTorch does: the buffers are updated in place on the next forward, which
        // must not invalidate the tensors saved for this forward's backward pass.
        uu = u.clone();
        vv = v.clone();
    }
    // sigma carries gradient through W (not through u, v): d(W/sigma) is the SN gradient.
    const auto sigma = torch::dot(uu, torch::mv(w, vv));
    return weight_orig / sigma;
}

// Unqualified holds_alternative / get (C++20 ADL with explicit template arguments): options'
// variants are c10::variant in older LibTorch and std::variant in newer.
torch::Tensor SNConv2dImpl::convolve(const torch::Tensor& x, const torch::Tensor& weight) const {
    const auto& padding = options_.padding();
    if (holds_alternative<torch::enumtype::kSame>(padding)) {
        return torch::conv2d(x, weight, bias, *options_.stride(), "same", *options_.dilation(),
                             options_.groups());
    }
    if (holds_alternative<torch::enumtype::kValid>(padding)) {
        return torch::conv2d(x, weight, bias, *options_.stride(), "valid", *options_.dilation(),
                             options_.groups());
    }
    return torch::conv2d(x, weight, bias, *options_.stride(), *get<torch::ExpandingArray<2>>(padding),
                         *options_.dilation(), options_.groups());
}

torch::Tensor SNConv2dImpl::normalised_weight() const {
    const auto w = weight_orig.reshape({weight_orig.size(0), -1});
    return weight_orig / torch::dot(u, torch::mv(w, v));
}

double SNConv2dImpl::sigma() const {
    torch::NoGradGuard no_grad;
    const auto w = weight_orig.reshape({weight_orig.size(0), -1});
    return torch::dot(u, torch::mv(w, v)).item<double>();
}

}  // namespace mipr::engine
