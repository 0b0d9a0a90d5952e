// SPADE+ (ARCHITECTURE.md §1.2): out = IN(h) * (1 + gamma(t)) + beta(t) + alpha(sobel(x)).
// gamma and beta come from the mask t through a shared 3x3 conv (hidden channels, ReLU) and two
// 3x3 convs; alpha — the detail path — is 3x3 convs on the Sobel edge magnitude of the
// generator's input image, resized to h. With use_alpha = false it is plain SPADE (ablation).
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include <cstdint>

namespace mipr::engine {

/// Sobel gradient magnitude of the images' luminance: [N,C,H,W] (C = 1 or 3) → [N,1,H,W].
torch::Tensor sobel_magnitude(const torch::Tensor& images);

/// How many SPADE+ evaluations in this process took gamma and beta from the label table
/// (SpadePlusImpl::modulate); for diagnostics and tests.
std::uint64_t spade_label_table_evaluations();
/// Lets SPADE+ use the label table where it applies (the default) or always the convolutions;
/// for tests and benchmarks that compare the two.
void set_spade_label_table(bool enabled);

struct SpadePlusOptions {
    int channels = 64;       ///< channels of h
    int label_channels = 1;  ///< channels of the mask t
    int hidden = 128;        ///< shared hidden channels of the mask MLP
    bool use_alpha = true;   ///< the detail path (false: plain SPADE)
};

class SpadePlusImpl : public torch::nn::Module {
public:
    explicit SpadePlusImpl(const SpadePlusOptions& options);
    /// h [N,C,H,W]; label [N,Lc,H',W'] (resized to h, nearest); detail [N,1,H'',W''] Sobel
    /// magnitude (resized to h, bilinear).
    torch::Tensor forward(const torch::Tensor& h, const torch::Tensor& label, const torch::Tensor& detail);
    /// forward() on an already instance-normalised h (a residual block normalises x once for two
    /// norms). In float32 on the CPU, a binary one-channel label's gamma and beta come from a table
    /// of its 3x3 patterns instead of two convolutions (same result and gradients up to rounding).
    torch::Tensor modulate(const torch::Tensor& normalised, const torch::Tensor& label,
                           const torch::Tensor& detail);
    static torch::Tensor instance_norm(const torch::Tensor& h);
    void check_input(const torch::Tensor& h) const;  ///< throws unless h is [N, channels, H, W]
    const SpadePlusOptions& options() const { return options_; }

private:
    bool label_table_applies(const torch::Tensor& normalised, const torch::Tensor& t) const;
    /// alpha(d) for the detail map d already resized to h: conv3x3 → ReLU → conv3x3.
    torch::Tensor alpha_path(const torch::Tensor& d);

    SpadePlusOptions options_;
    torch::nn::Sequential shared_{nullptr};
    torch::nn::Conv2d gamma_{nullptr}, beta_{nullptr};
    torch::nn::Sequential alpha_{nullptr};
};
TORCH_MODULE(SpadePlus);

/// SPADE+ residual block (GauGAN's SPADEResnetBlock with SPADE+ norms): norm-ReLU-conv twice,
/// with a learned norm-conv shortcut when the channel count changes.
class SpadePlusResBlockImpl : public torch::nn::Module {
public:
    SpadePlusResBlockImpl(int in_channels, int out_channels, const SpadePlusOptions& norm_options);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& label, const torch::Tensor& detail);

private:
    SpadePlus norm0_{nullptr}, norm1_{nullptr}, norm_s_{nullptr};
    torch::nn::Conv2d conv0_{nullptr}, conv1_{nullptr}, conv_s_{nullptr};
    bool learned_shortcut_ = false;
};
TORCH_MODULE(SpadePlusResBlock);

}  // namespace mipr::engine
