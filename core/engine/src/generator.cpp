// Generator G: stride-2 conv encoder, SPADE+ residual decoder with nearest 2x up-sampling, tanh.
// No encoder-decoder skips: G must rebuild the image through the bottleneck and the detail path,
// which is what lets it move (patch-shuffled) content to where the mask puts the lesion.
#include "mipr/engine/generator.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/instancenorm.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace mipr::engine {

namespace F = torch::nn::functional;

void GeneratorOptions::validate() const {
    if (image_channels != 1 && image_channels != 3)
        throw std::invalid_argument("generator: image_channels must be 1 or 3");
    if (label_channels < 1) throw std::invalid_argument("generator: label_channels must be >= 1");
    if (base_width < 1 || max_width < base_width)
        throw std::invalid_argument("generator: need 1 <= base_width <= max_width");
    if (down_blocks < 0 || down_blocks > 8)
        throw std::invalid_argument("generator: down_blocks must be 0..8");
    if (spade_hidden < 1) throw std::invalid_argument("generator: spade_hidden must be >= 1");
}

GeneratorImpl::GeneratorImpl(const GeneratorOptions& options) : options_(options) {
    namespace nn = torch::nn;
    options_.validate();
    const int d = options_.down_blocks;
    std::vector<int> widths;  // channels at each scale, full resolution first
    for (int i = 0; i <= d; ++i)
        widths.push_back(i == 0 ? options_.base_width : std::min(widths.back() * 2, options_.max_width));

    auto block = [](nn::Conv2d conv, int out) {
        return nn::Sequential(conv, nn::InstanceNorm2d(nn::InstanceNorm2dOptions(out)),
                              nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)));
    };
    encoder_ = register_module("encoder", nn::ModuleList());
    encoder_->push_back(
        block(nn::Conv2d(nn::Conv2dOptions(options_.image_channels, widths[0], 3).padding(1)), widths[0]));
    for (int i = 1; i <= d; ++i) {
        encoder_->push_back(block(
            nn::Conv2d(nn::Conv2dOptions(widths[i - 1], widths[i], 4).stride(2).padding(1)), widths[i]));
    }

    SpadePlusOptions norm;
    norm.label_channels = options_.label_channels;
    norm.hidden = options_.spade_hidden;
    norm.use_alpha = options_.use_alpha;
    decoder_ = register_module("decoder", nn::ModuleList());
    decoder_->push_back(SpadePlusResBlock(widths[d], widths[d], norm));  // at the bottleneck
    for (int i = d - 1; i >= 0; --i)
        decoder_->push_back(SpadePlusResBlock(widths[i + 1], widths[i], norm));
    to_image_ = register_module(
        "to_image", nn::Conv2d(nn::Conv2dOptions(widths[0], options_.image_channels, 3).padding(1)));
}

torch::Tensor GeneratorImpl::forward(const torch::Tensor& x_in, const torch::Tensor& label) {
    const int64_t m = int64_t{1} << options_.down_blocks;
    if (x_in.dim() != 4 || x_in.size(1) != options_.image_channels || x_in.size(2) % m != 0 ||
        x_in.size(3) % m != 0) {
        throw std::invalid_argument("generator: expected input [N, " +
                                    std::to_string(options_.image_channels) +
                                    ", H, W] with H and W multiples of 2^down_blocks = " + std::to_string(m) +
                                    ", got " + c10::str(x_in.sizes()));
    }
    if (label.dim() != 4 || label.size(0) != x_in.size(0) || label.size(1) != options_.label_channels)
        throw std::invalid_argument("generator: expected label [N, " +
                                    std::to_string(options_.label_channels) +
                                    ", H, W] with N matching the image, got " + c10::str(label.sizes()));
    // Computed once at full resolution; each SPADE+ resizes it to its own h.
    const auto detail = sobel_magnitude(x_in);
    auto h = x_in;
    for (const auto& block : *encoder_)
        h = block->as<torch::nn::Sequential>()->forward(h);
    for (std::size_t i = 0; i < decoder_->size(); ++i) {
        if (i > 0) {
            h = F::interpolate(h, F::InterpolateFuncOptions()
                                      .scale_factor(std::vector<double>{2.0, 2.0})
                                      .mode(torch::kNearest));
        }
        h = decoder_[i]->as<SpadePlusResBlock>()->forward(h, label, detail);
    }
    h = F::leaky_relu(h, F::LeakyReLUFuncOptions().negative_slope(0.2));
    return torch::tanh(to_image_->forward(h));
}

}  // namespace mipr::engine
