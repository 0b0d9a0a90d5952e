// The label-to-image generator G (ARCHITECTURE.md §1.2): an encoder of stride-2 conv blocks
// (pix2pix style) reads the (patch-shuffled) real image; a decoder of SPADE+ residual blocks with
// 2x up-sampling turns the encoder's features back into an image whose layout follows the mask
// t. No VAE, no reparametrisation. Output tanh in [-1, 1], the size of the input.
#pragma once

#include <cstdint>
#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include "mipr/engine/spade.h"

namespace mipr::engine {

struct GeneratorOptions {
    int image_channels = 3;
    int label_channels = 1;
    int base_width = 64;  ///< channels of the first encoder block; doubled per block up to max_width
    int max_width = 512;
    int down_blocks = 4;  ///< stride-2 encoder blocks (input side must be a multiple of 2^down_blocks)
    int spade_hidden = 128;
    bool use_alpha = true;  ///< SPADE+ detail path (false: plain SPADE, the ablation)
    void validate() const;  ///< throws std::invalid_argument
};

class GeneratorImpl : public torch::nn::Module {
public:
    explicit GeneratorImpl(const GeneratorOptions& options = {});
    /// x_in [N,3,H,W] in [-1,1] (the encoder's input, a patch-shuffled copy of x during
    /// training); label [N,1,H,W] in {0,1}. The detail path reads sobel_magnitude(x_in).
    torch::Tensor forward(const torch::Tensor& x_in, const torch::Tensor& label);
    const GeneratorOptions& options() const { return options_; }

private:
    GeneratorOptions options_;
    torch::nn::ModuleList encoder_{nullptr};  // conv blocks, the first at stride 1, then stride 2
    torch::nn::ModuleList decoder_{nullptr};  // SpadePlusResBlock per scale
    torch::nn::Conv2d to_image_{nullptr};
};
TORCH_MODULE(Generator);

}  // namespace mipr::engine
