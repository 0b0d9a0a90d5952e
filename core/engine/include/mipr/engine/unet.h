// U-Net (Ronneberger et al. 2015) with configurable depth and width: the first segmentation
// network S. Input [N, C, H, W] with H and W divisible by 2^depth; output logits [N, 1, H, W].
// Optionally an Attention U-Net (Oktay et al. 2018): additive attention gates on the skips.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

namespace mipr::engine {

class FrozenUNet;

struct UNetOptions {
    UNetOptions& in_channels(int v) {
        in_channels_ = v;
        return *this;
    }
    UNetOptions& out_channels(int v) {
        out_channels_ = v;
        return *this;
    }
    UNetOptions& base_width(int v) {
        base_width_ = v;
        return *this;
    }
    UNetOptions& depth(int v) {
        depth_ = v;
        return *this;
    }
    UNetOptions& batch_norm(bool v) {
        batch_norm_ = v;
        return *this;
    }
    UNetOptions& attention_gates(bool v) {
        attention_gates_ = v;
        return *this;
    }

    int in_channels_ = 3;
    int out_channels_ = 1;
    int base_width_ = 16;  ///< channels at full resolution; doubled at each level
    int depth_ = 4;        ///< number of 2x down-samplings
    bool batch_norm_ = true;
    bool attention_gates_ = false;  ///< Attention U-Net: gate each skip before concatenation

    /// Throws std::invalid_argument for values out of range.
    void validate() const;
    /// The input side length must be a multiple of this.
    int size_multiple() const { return 1 << depth_; }
};

/// conv3x3 → (BN) → ReLU, twice.
torch::nn::Sequential double_conv(int in, int out, bool batch_norm);

/// An attention gate's coefficients from its two projections theta = W_x(x) and phi = W_g(g):
/// sigmoid(psi(ReLU(theta + phi))) with psi a 1x1 conv, resampled bilinearly to x's size (phi is
/// first resampled to theta's size if they differ). AttentionGateImpl and FrozenUNet both use it.
torch::Tensor gate_coefficients(const torch::Tensor& x, const torch::Tensor& theta, torch::Tensor phi,
                                const torch::Tensor& psi_weight, const torch::Tensor& psi_bias);

/// Additive attention gate (Oktay et al. 2018, Fig. 2): alpha = sigmoid(psi(ReLU(W_x(x) + W_g(g)))),
/// computed at the gating signal's (coarser) resolution, resampled bilinearly to x's size.
/// `x` [N, x_channels, H, W] is the skip feature; `g` [N, g_channels, H/2, W/2] the decoder
/// feature before up-sampling. W_x is a 1x1 conv with stride 2 so that both terms meet on g's grid.
class AttentionGateImpl : public torch::nn::Module {
public:
    AttentionGateImpl(int x_channels, int g_channels, int inter_channels);
    /// Attention coefficients [N, 1, H, W] in [0, 1].
    torch::Tensor attention(const torch::Tensor& x, const torch::Tensor& g);
    /// x * attention(x, g).
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& g);
    /// Multiply-accumulate count for a skip of `height` x `width` pixels.
    std::int64_t forward_macs(int height, int width) const;

private:
    friend class FrozenUNet;  // copies the three convs' weights
    int x_channels_, g_channels_, inter_channels_;
    torch::nn::Conv2d wx_{nullptr}, wg_{nullptr}, psi_{nullptr};
};
TORCH_MODULE(AttentionGate);

class UNetImpl : public torch::nn::Module {
public:
    explicit UNetImpl(const UNetOptions& options = {});
    torch::Tensor forward(const torch::Tensor& x);
    /// The encoder's bottleneck features [N, base_width << depth, H >> depth, W >> depth]
    /// (image-quality statistics use them as S's view of an image).
    torch::Tensor encode(const torch::Tensor& x);
    const UNetOptions& options() const { return options_; }
    /// Multiply-accumulate count of one forward pass at the given input size (layer shapes).
    std::int64_t forward_macs(int height, int width) const;
    /// With attention gates: the coefficients of the last forward pass, one [N, 1, H_l, W_l]
    /// tensor per decoder step (coarsest first), detached. Empty otherwise or before a forward.
    std::vector<torch::Tensor> last_attention_maps() const { return last_attention_; }
    /// Throws std::invalid_argument unless x is [N, in_channels, H, W] with H and W multiples of
    /// size_multiple().
    void check_input(const torch::Tensor& x) const;

private:
    friend class FrozenUNet;  // reads the layers to fold them (unet_inference.h)
    torch::Tensor encode_levels(const torch::Tensor& x, std::vector<torch::Tensor>* skips);

    UNetOptions options_;
    torch::nn::ModuleList down_{nullptr};   // double_conv per level (level 0 at full resolution)
    torch::nn::ModuleList up_{nullptr};     // transposed conv per decoder level
    torch::nn::ModuleList dec_{nullptr};    // double_conv after concatenation
    torch::nn::ModuleList gates_{nullptr};  // attention gate per decoder level (only when enabled)
    torch::nn::Conv2d head_{nullptr};
    std::vector<torch::Tensor> last_attention_;
};
TORCH_MODULE(UNet);

}  // namespace mipr::engine
