// GauGAN's NLayerDiscriminator per scale and the multi-scale wrapper (ARCHITECTURE.md §1.2).
#include "mipr/engine/discriminator.h"

#include <torch/nn/functional/pooling.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/instancenorm.h>

#include <algorithm>
#include <stdexcept>
#include <string>

#include "mipr/engine/spectral_norm.h"

namespace mipr::engine {

PatchDiscriminatorImpl::PatchDiscriminatorImpl(int input_channels, int base_width, int layers) {
    namespace nn = torch::nn;
    if (input_channels < 1 || base_width < 1 || layers < 1)
        throw std::invalid_argument("discriminator: input_channels, base_width and layers must be >= 1");
    auto sn_conv = [](int in, int out, int stride) {
        // Kernel 4, padding ceil((4 - 1) / 2) = 2 as GauGAN: stride-1 layers grow by one pixel.
        return SNConv2d(nn::Conv2dOptions(in, out, 4).stride(stride).padding(2));
    };
    auto lrelu = [] { return nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)); };
    blocks_ = register_module("blocks", nn::ModuleList());
    int nf = base_width;
    blocks_->push_back(nn::Sequential(sn_conv(input_channels, nf, 2), lrelu()));
    for (int n = 1; n < layers; ++n) {
        const int prev = nf;
        nf = std::min(nf * 2, 512);
        const int stride = n == layers - 1 ? 1 : 2;
        blocks_->push_back(nn::Sequential(sn_conv(prev, nf, stride),
                                          nn::InstanceNorm2d(nn::InstanceNorm2dOptions(nf)), lrelu()));
    }
    blocks_->push_back(nn::Sequential(sn_conv(nf, 1, 1)));
}

std::vector<torch::Tensor> PatchDiscriminatorImpl::forward(const torch::Tensor& x) {
    std::vector<torch::Tensor> outputs;
    outputs.reserve(blocks_->size());
    auto h = x;
    for (const auto& block : *blocks_) {
        h = block->as<torch::nn::Sequential>()->forward(h);
        outputs.push_back(h);
    }
    return outputs;
}

MultiscaleDiscriminatorImpl::MultiscaleDiscriminatorImpl(const DiscriminatorOptions& options)
    : options_(options) {
    if (options_.scales < 1) throw std::invalid_argument("discriminator: scales must be >= 1");
    scales_ = register_module("scales", torch::nn::ModuleList());
    for (int s = 0; s < options_.scales; ++s)
        scales_->push_back(PatchDiscriminator(options_.input_channels, options_.base_width, options_.layers));
}

DiscriminatorOutputs MultiscaleDiscriminatorImpl::forward(const torch::Tensor& label,
                                                          const torch::Tensor& image) {
    if (label.dim() != 4 || image.dim() != 4 || label.size(0) != image.size(0) ||
        label.size(2) != image.size(2) || label.size(3) != image.size(3) ||
        label.size(1) + image.size(1) != options_.input_channels) {
        throw std::invalid_argument("discriminator: expected label and image [N, C, H, W] of one size with " +
                                    std::to_string(options_.input_channels) + " channels together, got " +
                                    c10::str(label.sizes()) + " and " + c10::str(image.sizes()));
    }
    namespace F = torch::nn::functional;
    auto x = torch::cat({label.to(image.scalar_type()), image}, 1);
    DiscriminatorOutputs outputs;
    outputs.reserve(scales_->size());
    for (std::size_t s = 0; s < scales_->size(); ++s) {
        if (s > 0) {
            // count_include_pad = false: border pixels are averaged over real pixels only.
            x = F::avg_pool2d(x, F::AvgPool2dFuncOptions(3).stride(2).padding(1).count_include_pad(false));
        }
        outputs.push_back(scales_[s]->as<PatchDiscriminator>()->forward(x));
    }
    return outputs;
}

}  // namespace mipr::engine
