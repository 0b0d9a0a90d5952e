// U-Net (Ronneberger et al. 2015) with configurable depth and width: the first segmentation
// network S. Input [N, C, H, W] with H and W divisible by 2^depth; output logits [N, 1, H, W].
#pragma once

#include <cstdint>
#include <string>

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

namespace mipr::engine {

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

    int in_channels_ = 3;
    int out_channels_ = 1;
    int base_width_ = 16;  ///< channels at full resolution; doubled at each level
    int depth_ = 4;        ///< number of 2x down-samplings
    bool batch_norm_ = true;

    /// Throws std::invalid_argument for values out of range.
    void validate() const;
    /// The input side length must be a multiple of this.
    int size_multiple() const { return 1 << depth_; }
};

/// conv3x3 → (BN) → ReLU, twice.
torch::nn::Sequential double_conv(int in, int out, bool batch_norm);

class UNetImpl : public torch::nn::Module {
public:
    explicit UNetImpl(const UNetOptions& options = {});
    torch::Tensor forward(const torch::Tensor& x);
    const UNetOptions& options() const { return options_; }
    /// Multiply-accumulate count of one forward pass at the given input size (layer shapes).
    std::int64_t forward_macs(int height, int width) const;

private:
    UNetOptions options_;
    torch::nn::ModuleList down_{nullptr};  // double_conv per level (level 0 at full resolution)
    torch::nn::ModuleList up_{nullptr};    // transposed conv per decoder level
    torch::nn::ModuleList dec_{nullptr};   // double_conv after concatenation
    torch::nn::Conv2d head_{nullptr};
};
TORCH_MODULE(UNet);

}  // namespace mipr::engine
