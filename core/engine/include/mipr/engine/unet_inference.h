// S frozen for inference (pseudo-labelling, scoring, evaluation): the same function as
// UNet::forward in eval mode, computed with fewer passes over memory.
//  - Batch norm folded into the convolution before it (running statistics: W' = W·γ/σ,
//    b' = β − μ·γ/σ), so a double conv is two convolutions and two in-place ReLUs.
//  - Each 2×2 stride-2 transposed convolution as a 1×1 convolution with 4× the output channels
//    (a matrix multiply, instead of LibTorch's slow_conv_transpose2d on the CPU) whose output is
//    pixel-shuffled straight into the concatenation with the skip: one pass writes both halves.
//  - Channels-last activations on the CPU, oneDNN's native layout: no reorder around each conv.
// engine_bench (128², base width 16, batch 8, 2 threads, this 2-core VM): 189-193 img/s against
// 127-129 for UNet::forward (PyTorch eager with the same heap settings: 118-128).
#pragma once

#include "mipr/engine/unet.h"

#include <torch/types.h>

#include <vector>

namespace mipr::engine {

class FrozenUNet {
public:
    /// Copies `net`'s weights on their device, detached (rebuild after they change; gradients never
    /// reach `net`). With `channels_last` the activations run in NHWC; the default follows the
    /// precision policy's channels-last switch, where `automatic` means on (on the CPU it is the
    /// fast layout here, unlike for training).
    explicit FrozenUNet(UNet& net);
    FrozenUNet(UNet& net, bool channels_last);

    /// Logits [N, out_channels, H, W] for inputs [N, C, H, W] already normalised as for
    /// UNet::forward (same checks, same messages). Differentiable with respect to `x` (the weights
    /// are constants), so it can also stand in for a frozen S inside a loss.
    torch::Tensor forward(const torch::Tensor& x);

private:
    struct Conv {
        torch::Tensor weight, bias;
        int64_t padding = 0, stride = 1;
    };
    struct Gate {  // AttentionGateImpl's convs, copied
        Conv wx, wg, psi;
    };
    Conv copy(const torch::nn::Conv2dImpl& conv) const;
    Conv fold(const torch::nn::SequentialImpl& block, std::size_t index) const;
    torch::Tensor conv(const torch::Tensor& x, const Conv& c, bool relu) const;
    torch::Tensor double_conv(const torch::Tensor& x, const std::vector<Conv>& convs) const;
    torch::Tensor up_and_concat(const torch::Tensor& skip, const torch::Tensor& coarse,
                                std::size_t level) const;

    UNet net_;  // for the input checks only
    bool channels_last_ = false;
    std::vector<std::vector<Conv>> down_, dec_;
    std::vector<Conv> up_;  // 1×1 form: output channels ordered (row a, column b, channel o)
    std::vector<int64_t> up_channels_;
    std::vector<Gate> gates_;  // empty for a plain U-Net
    Conv head_;
};

}  // namespace mipr::engine
