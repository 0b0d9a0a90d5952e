// Spectral normalisation (Miyato et al. 2018) for convolutions. LibTorch's C++ API has none.
// The weight is divided by an estimate of its largest singular value, refined by one power
// iteration per training forward with a persistent `u` vector (eps 1e-12), as in PyTorch's
// torch.nn.utils.spectral_norm. In eval mode the stored `u`/`v` are used unchanged.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/options/conv.h>
#include <torch/nn/pimpl.h>

namespace mipr::engine {

class SNConv2dImpl : public torch::nn::Module {
public:
    explicit SNConv2dImpl(const torch::nn::Conv2dOptions& options, int power_iterations = 1,
                          double eps = 1e-12);
    torch::Tensor forward(const torch::Tensor& x);
    /// The normalised weight W / sigma with the current u, v (no power iteration).
    torch::Tensor normalised_weight() const;
    /// The current estimate of the largest singular value of weight_orig (reshaped to [out, -1]).
    double sigma() const;

    torch::Tensor weight_orig;  ///< parameter
    torch::Tensor bias;         ///< parameter (undefined when options.bias(false))
    torch::Tensor u, v;         ///< buffers, persistent across forwards and saved in checkpoints

private:
    torch::Tensor normalised_for_forward();  ///< power iteration when training, then W / sigma
    torch::Tensor convolve(const torch::Tensor& x, const torch::Tensor& weight) const;

    torch::nn::Conv2dOptions options_;
    int power_iterations_;
    double eps_;
};
TORCH_MODULE(SNConv2d);

}  // namespace mipr::engine
