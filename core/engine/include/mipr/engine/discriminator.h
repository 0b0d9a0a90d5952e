// GauGAN's multi-scale PatchGAN discriminator D (ARCHITECTURE.md §1.2): `scales` discriminators
// on the input and its average-pooled (3/2/1) copies; each has `layers` 4x4 convs (stride 2 but
// the last ones), spectral norm on every conv and instance norm on the middle layers, LeakyReLU
// 0.2, input cat(t, image). forward returns, per scale, every layer's output (the last one is the
// patch logits): the intermediate outputs feed the feature-matching loss.
#pragma once

#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/pimpl.h>

namespace mipr::engine {

struct DiscriminatorOptions {
    int input_channels = 4;  ///< label channels + image channels
    int base_width = 64;
    int layers = 4;
    int scales = 2;
};

using DiscriminatorOutputs = std::vector<std::vector<torch::Tensor>>;  // [scale][layer]

class PatchDiscriminatorImpl : public torch::nn::Module {
public:
    PatchDiscriminatorImpl(int input_channels, int base_width, int layers);
    std::vector<torch::Tensor> forward(const torch::Tensor& x);

private:
    torch::nn::ModuleList blocks_{nullptr};
};
TORCH_MODULE(PatchDiscriminator);

class MultiscaleDiscriminatorImpl : public torch::nn::Module {
public:
    explicit MultiscaleDiscriminatorImpl(const DiscriminatorOptions& options = {});
    /// label [N,1,H,W], image [N,3,H,W] in [-1,1].
    DiscriminatorOutputs forward(const torch::Tensor& label, const torch::Tensor& image);
    const DiscriminatorOptions& options() const { return options_; }

private:
    DiscriminatorOptions options_;
    torch::nn::ModuleList scales_{nullptr};
};
TORCH_MODULE(MultiscaleDiscriminator);

}  // namespace mipr::engine
