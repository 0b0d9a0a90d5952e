// SPADE+ normalisation, its residual block, and the Sobel edge magnitude that feeds the detail
// path (ARCHITECTURE.md §1.2).
#include "mipr/engine/spade.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/conv.h>
#include <torch/nn/functional/padding.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/nn/modules/activation.h>

#include <ATen/Parallel.h>
#include <ATen/core/grad_mode.h>
#include <torch/csrc/autograd/custom_function.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace mipr::engine {

namespace F = torch::nn::functional;

torch::Tensor sobel_magnitude(const torch::Tensor& images) {
    if (images.dim() != 4 || (images.size(1) != 1 && images.size(1) != 3))
        throw std::invalid_argument("sobel_magnitude: expected [N, 1 or 3, H, W], got " +
                                    c10::str(images.sizes()));
    auto lum = images;
    if (images.size(1) == 3) {
        // ITU-R BT.601 luma: edges of colour changes a person sees, not of each channel.
        lum =
            0.299 * images.narrow(1, 0, 1) + 0.587 * images.narrow(1, 1, 1) + 0.114 * images.narrow(1, 2, 1);
    }
    const auto opts = torch::TensorOptions().dtype(images.dtype()).device(images.device());
    const auto gx = torch::tensor({-1.0, 0.0, 1.0, -2.0, 0.0, 2.0, -1.0, 0.0, 1.0}, opts).view({1, 1, 3, 3});
    const auto kernels = torch::cat({gx, gx.transpose(2, 3)}, 0);  // [2,1,3,3]: d/dx, d/dy
    // Replicate padding: zero padding would draw a false edge around every image border.
    const auto padded = F::pad(lum, F::PadFuncOptions({1, 1, 1, 1}).mode(torch::kReplicate));
    const auto g = F::conv2d(padded, kernels);
    // The 1e-12 keeps sqrt's gradient finite on flat regions.
    return torch::sqrt(g.pow(2).sum(1, /*keepdim=*/true) + 1e-12);
}

namespace {

torch::nn::Conv2d conv3x3(int in, int out) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1));
}

torch::Tensor resize(const torch::Tensor& x, const torch::Tensor& like, bool nearest) {
    if (x.size(2) == like.size(2) && x.size(3) == like.size(3)) return x;
    auto o = F::InterpolateFuncOptions().size(std::vector<int64_t>{like.size(2), like.size(3)});
    if (nearest) return F::interpolate(x, o.mode(torch::kNearest));
    return F::interpolate(x, o.mode(torch::kBilinear).align_corners(false));
}

// The 3x3 neighbourhood (zero padding) of each pixel of a one-channel map [N,1,H,W]:
// [N, 9, H*W], offset k = 3 ky + kx.
torch::Tensor neighbourhoods(const torch::Tensor& x) {
    const int64_t n = x.size(0), h = x.size(2), w = x.size(3);
    const auto padded = F::pad(x, F::PadFuncOptions({1, 1, 1, 1}));
    std::vector<torch::Tensor> shifted;
    for (int64_t ky = 0; ky < 3; ++ky)
        for (int64_t kx = 0; kx < 3; ++kx)
            shifted.push_back(padded.narrow(2, ky, h).narrow(3, kx, w));
    return torch::cat(shifted, 1).view({n, 9, h * w});
}

// A 3x3 convolution (padding 1) of a one-channel map, as a matrix product with its 3x3
// neighbourhoods: on the CPU, LibTorch's convolution of one input channel in NCHW is slow (measured
// 13x slower than this at 128², batch 4); elsewhere the convolution itself.
torch::Tensor conv3x3_of_one_channel(torch::nn::Conv2d conv, const torch::Tensor& x) {
    if (!x.device().is_cpu() || x.size(1) != 1) return conv->forward(x);
    const int64_t out = conv->weight.size(0);
    return (torch::matmul(conv->weight.view({out, 9}), neighbourhoods(x)) + conv->bias.view({1, out, 1}))
        .view({x.size(0), out, x.size(2), x.size(3)});
}

// ---- The label path from a table (float32 on the CPU) ---------------------------------------
//
// With a binary one-channel label t, the shared conv's output at a pixel depends only on the 3x3
// pattern of t around it (2^9 = 512 patterns; zero padding reads as 0), so
//   actv(q)  = lut[idx(q)],                      idx(q) = sum_k t(q + off_k) << k
//   gamma(p) = b_g + sum_k W_g[:, :, k] . actv(p + off_k)  (actv = 0 outside the image)
//            = b_g + sum_k T_k[idx(p + off_k)]   with T_k[j] = W_g[:, :, k] . lut[j], T_k[512] = 0.
// Gamma and beta then cost 9 row additions per pixel instead of 2 x 9 x hidden x C multiply-adds
// (about half of G's arithmetic). The backward pass is the same in reverse: each pixel's
// d(out)/d(gamma, beta) is added to the 9 table rows it read, and autograd carries the table's
// gradient on to W_g, W_b, the biases and (through lut) the shared conv. The results equal the
// convolutions' up to float rounding.

std::atomic<std::uint64_t> table_evaluations{0};
std::atomic<bool> table_enabled{true};

constexpr int64_t kOutside = 512;  // table row for a neighbour outside the image: actv there is 0
constexpr int64_t kRows = kOutside + 1;

// Row j: the 9 label bits of pattern j, bit k at offset k = 3 (dy + 1) + (dx + 1).
torch::Tensor pattern_bits() {
    std::vector<float> bits(512 * 9);
    for (int j = 0; j < 512; ++j)
        for (int k = 0; k < 9; ++k)
            bits[static_cast<std::size_t>(j * 9 + k)] = static_cast<float>((j >> k) & 1);
    return torch::from_blob(bits.data(), {512, 9}, torch::kFloat).clone();
}

// idx of each pixel, padded by one row/column of kOutside: [N, H+2, W+2] int32.
torch::Tensor pattern_index(const torch::Tensor& t) {
    at::NoGradGuard no_grad;
    const auto powers = torch::pow(2.0, torch::arange(9, t.options())).view({1, 9});  // exact in float
    const auto idx = torch::matmul(powers, neighbourhoods(t)).view_as(t).round_();
    return F::pad(idx, F::PadFuncOptions({1, 1, 1, 1}).value(static_cast<double>(kOutside)))
        .squeeze(1)
        .to(torch::kInt)
        .contiguous();
}

struct TableShape {
    int64_t n_images, channels, height, width, row_len, padded_width, rows;
    TableShape(const torch::Tensor& normalised, const torch::Tensor& table)
        : n_images(normalised.size(0)),
          channels(normalised.size(1)),
          height(normalised.size(2)),
          width(normalised.size(3)),
          row_len(2 * normalised.size(1)),
          padded_width(normalised.size(3) + 2),
          rows(table.size(1)) {}
};

// The 9 table indices a pixel reads; `uniform` is the index when all 9 are the same (inside a
// region of the mask, far from its edge: most pixels), else -1.
struct Neighbours {
    const int32_t* row[3];
    int32_t at(int64_t x, int64_t ky, int64_t kx) const { return row[ky][x + kx]; }
    int32_t uniform(int64_t x) const {
        const int32_t j = row[0][x];
        for (int64_t ky = 0; ky < 3; ++ky)
            for (int64_t kx = 0; kx < 3; ++kx)
                if (row[ky][x + kx] != j) return -1;
        return j;
    }
};

Neighbours neighbours(const TableShape& s, const int32_t* idx, int64_t n, int64_t y) {
    Neighbours nb{};
    for (int64_t ky = 0; ky < 3; ++ky)
        nb.row[ky] = idx + (n * (s.height + 2) + y + ky) * s.padded_width;
    return nb;
}

// sums[j] = bias + sum_k table[k][j]: gamma' and beta of a pixel whose 9 neighbours all read row j.
std::vector<float> uniform_sums(const TableShape& s, const float* tab, const float* bias) {
    std::vector<float> sums(static_cast<std::size_t>(s.rows * s.row_len));
    for (int64_t j = 0; j < s.rows; ++j) {
        float* dst = sums.data() + j * s.row_len;
        std::copy(bias, bias + s.row_len, dst);
        for (int64_t k = 0; k < 9; ++k) {
            const float* src = tab + (k * s.rows + j) * s.row_len;
            for (int64_t c = 0; c < s.row_len; ++c)
                dst[c] += src[c];
        }
    }
    return sums;
}

// acc[x] = bias + sum_k table[k][idx(y + dy_k, x + dx_k)] for one image row: [W, 2C].
void gather_row(const TableShape& s, const Neighbours& nb, const float* tab, const float* bias,
                const float* sums, float* acc) {
    for (int64_t x = 0; x < s.width; ++x) {
        float* a = acc + x * s.row_len;
        const int32_t u = nb.uniform(x);
        if (u >= 0) {
            const float* src = sums + u * s.row_len;
            std::copy(src, src + s.row_len, a);
            continue;
        }
        std::copy(bias, bias + s.row_len, a);
        for (int64_t ky = 0; ky < 3; ++ky) {
            for (int64_t kx = 0; kx < 3; ++kx) {
                const float* src = tab + ((ky * 3 + kx) * s.rows + nb.at(x, ky, kx)) * s.row_len;
                for (int64_t c = 0; c < s.row_len; ++c)
                    a[c] += src[c];
            }
        }
    }
}

// out = normalised * gb[:C] + gb[C:] (+ alpha), gb(p) = bias + sum_k table[k][idx(p + off_k)].
torch::Tensor table_forward(const torch::Tensor& normalised, const torch::Tensor& idxpad,
                            const torch::Tensor& table, const torch::Tensor& bias,
                            const torch::Tensor& alpha) {
    const TableShape s(normalised, table);
    auto out = torch::empty_like(normalised);
    const float* norm = normalised.data_ptr<float>();
    // alpha, float32 of normalised's shape, is read in NCHW (pixel stride 1) or channels-last
    // (pixel stride C, channel stride 1): the alpha path's conv gives the latter on the CPU.
    TORCH_CHECK(
        !alpha.defined() || (alpha.sizes() == normalised.sizes() && alpha.scalar_type() == torch::kFloat),
        "SPADE+ table: alpha must be float32 ", normalised.sizes());
    const auto alpha_in =
        !alpha.defined() || alpha.is_contiguous(c10::MemoryFormat::ChannelsLast) ? alpha : alpha.contiguous();
    const float* alp = alpha_in.defined() ? alpha_in.data_ptr<float>() : nullptr;
    const bool alpha_nhwc = alpha_in.defined() && !alpha_in.is_contiguous();
    const int32_t* idx = idxpad.data_ptr<int32_t>();
    const float* tab = table.data_ptr<float>();
    const float* b = bias.data_ptr<float>();
    const auto sums = uniform_sums(s, tab, b);
    float* dst = out.data_ptr<float>();
    // Per row: runs of pixels whose 3x3 label neighbourhood is uniform (inside or outside the
    // lesion: most of the image) share one (gamma, beta) per channel from `sums`, so each channel's
    // run is a contiguous multiply-add the compiler vectorises; only edge pixels gather the table.
    at::parallel_for(0, s.n_images * s.height, 4, [&](int64_t begin, int64_t end) {
        std::vector<float> acc(static_cast<std::size_t>(s.width * s.row_len));  // edge pixels, packed
        std::vector<float> alpha_row(alpha_nhwc ? static_cast<std::size_t>(s.width * s.channels) : 0);
        struct Run {
            int64_t x0, x1;
            int32_t pattern;  // -1: one edge pixel, its gamma/beta in acc at `packed`
            int64_t packed;
        };
        std::vector<Run> runs;
        for (int64_t r = begin; r < end; ++r) {
            const int64_t n = r / s.height, y = r % s.height;
            const auto nb = neighbours(s, idx, n, y);
            runs.clear();
            int64_t packed = 0;
            for (int64_t x = 0; x < s.width; ++x) {
                const int32_t u = nb.uniform(x);
                if (u >= 0 && !runs.empty() && runs.back().pattern == u && runs.back().x1 == x) {
                    ++runs.back().x1;
                    continue;
                }
                if (u >= 0) {
                    runs.push_back({x, x + 1, u, 0});
                    continue;
                }
                float* a = acc.data() + packed * s.row_len;
                std::copy(b, b + s.row_len, a);
                for (int64_t ky = 0; ky < 3; ++ky)
                    for (int64_t kx = 0; kx < 3; ++kx) {
                        const float* src = tab + ((ky * 3 + kx) * s.rows + nb.at(x, ky, kx)) * s.row_len;
                        for (int64_t c = 0; c < s.row_len; ++c)
                            a[c] += src[c];
                    }
                runs.push_back({x, x + 1, -1, packed++});
            }
            if (alpha_nhwc) {  // this row of alpha, channel-major
                const float* src = alp + ((n * s.height + y) * s.width) * s.channels;
                for (int64_t x = 0; x < s.width; ++x)
                    for (int64_t c = 0; c < s.channels; ++c)
                        alpha_row[static_cast<std::size_t>(c * s.width + x)] = src[x * s.channels + c];
            }
            for (int64_t c = 0; c < s.channels; ++c) {
                const int64_t off = ((n * s.channels + c) * s.height + y) * s.width;
                const float* h = norm + off;
                float* o = dst + off;
                const float* al = !alp ? nullptr : alpha_nhwc ? alpha_row.data() + c * s.width : alp + off;
                for (const auto& run : runs) {
                    const float* gb = run.pattern >= 0 ? sums.data() + run.pattern * s.row_len
                                                       : acc.data() + run.packed * s.row_len;
                    const float g = gb[c], be = gb[s.channels + c];
                    if (al) {
                        for (int64_t x = run.x0; x < run.x1; ++x)
                            o[x] = h[x] * g + be + al[x];
                    } else {
                        for (int64_t x = run.x0; x < run.x1; ++x)
                            o[x] = h[x] * g + be;
                    }
                }
            }
        }
    });
    return out;
}

// The gradients of table_forward (without alpha): d normalised, d table, d bias. Each part of the
// rows adds into its own copy of the table's gradient; the copies are summed in order, so the
// result does not depend on thread timing.
std::array<torch::Tensor, 3> table_backward(const torch::Tensor& grad_out, const torch::Tensor& normalised,
                                            const torch::Tensor& idxpad, const torch::Tensor& table,
                                            const torch::Tensor& bias) {
    const TableShape s(normalised, table);
    const auto go = grad_out.contiguous();
    auto grad_norm = torch::empty_like(normalised);
    const int64_t rows = s.n_images * s.height;
    const int64_t parts = std::max<int64_t>(1, std::min<int64_t>(at::get_num_threads(), rows));
    auto grad_table = torch::zeros({parts, 9, s.rows, s.row_len}, table.options());
    auto grad_bias = torch::zeros({parts, s.row_len}, bias.options());
    const float* g_out = go.data_ptr<float>();
    const float* norm = normalised.data_ptr<float>();
    const int32_t* idx = idxpad.data_ptr<int32_t>();
    const float* tab = table.data_ptr<float>();
    const float* b = bias.data_ptr<float>();
    const auto sums = uniform_sums(s, tab, b);
    float* g_norm = grad_norm.data_ptr<float>();
    float* g_tab_all = grad_table.data_ptr<float>();
    float* g_bias_all = grad_bias.data_ptr<float>();
    at::parallel_for(0, parts, 1, [&](int64_t part_begin, int64_t part_end) {
        std::vector<float> acc(static_cast<std::size_t>(s.width * s.row_len));
        std::vector<float> d(static_cast<std::size_t>(s.width * s.row_len));
        // Pixels whose 9 neighbours all read row j add to all 9 tables' row j: summed here first.
        std::vector<float> uniform(static_cast<std::size_t>(s.rows * s.row_len));
        for (int64_t part = part_begin; part < part_end; ++part) {
            float* g_tab = g_tab_all + part * 9 * s.rows * s.row_len;
            float* g_bias = g_bias_all + part * s.row_len;
            std::fill(uniform.begin(), uniform.end(), 0.0f);
            for (int64_t r = part * rows / parts; r < (part + 1) * rows / parts; ++r) {
                const int64_t n = r / s.height, y = r % s.height;
                const auto nb = neighbours(s, idx, n, y);
                gather_row(s, nb, tab, b, sums.data(), acc.data());
                // d out / d gamma' = normalised, d out / d beta = 1, d out / d normalised = gamma'.
                for (int64_t c = 0; c < s.channels; ++c) {
                    const int64_t off = ((n * s.channels + c) * s.height + y) * s.width;
                    for (int64_t x = 0; x < s.width; ++x) {
                        const float g = g_out[off + x];
                        g_norm[off + x] = g * acc[static_cast<std::size_t>(x * s.row_len + c)];
                        d[static_cast<std::size_t>(x * s.row_len + c)] = g * norm[off + x];
                        d[static_cast<std::size_t>(x * s.row_len + s.channels + c)] = g;
                    }
                }
                for (int64_t x = 0; x < s.width; ++x) {
                    const float* dx = d.data() + x * s.row_len;
                    for (int64_t c = 0; c < s.row_len; ++c)
                        g_bias[c] += dx[c];
                    const int32_t u = nb.uniform(x);
                    if (u >= 0) {
                        float* dst = uniform.data() + u * s.row_len;
                        for (int64_t c = 0; c < s.row_len; ++c)
                            dst[c] += dx[c];
                        continue;
                    }
                    for (int64_t ky = 0; ky < 3; ++ky) {
                        for (int64_t kx = 0; kx < 3; ++kx) {
                            float* dst = g_tab + ((ky * 3 + kx) * s.rows + nb.at(x, ky, kx)) * s.row_len;
                            for (int64_t c = 0; c < s.row_len; ++c)
                                dst[c] += dx[c];
                        }
                    }
                }
            }
            for (int64_t k = 0; k < 9; ++k) {
                for (int64_t j = 0; j < s.rows; ++j) {
                    float* dst = g_tab + (k * s.rows + j) * s.row_len;
                    const float* src = uniform.data() + j * s.row_len;
                    for (int64_t c = 0; c < s.row_len; ++c)
                        dst[c] += src[c];
                }
            }
        }
    });
    return {grad_norm, grad_table.sum(0), grad_bias.sum(0)};
}

struct TableModulate : public torch::autograd::Function<TableModulate> {
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& normalised,
                                 const torch::Tensor& table, const torch::Tensor& bias,
                                 const torch::Tensor& idxpad) {
        ctx->save_for_backward({normalised, table, bias, idxpad});
        return table_forward(normalised, idxpad, table, bias, {});
    }
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grad_outputs) {
        const auto saved = ctx->get_saved_variables();
        auto [grad_norm, grad_table, grad_bias] =
            table_backward(grad_outputs[0], saved[0], saved[3], saved[1], saved[2]);
        return {grad_norm, grad_table, grad_bias, torch::Tensor()};
    }
};

}  // namespace

std::uint64_t spade_label_table_evaluations() {
    return table_evaluations.load(std::memory_order_relaxed);
}

void set_spade_label_table(bool enabled) {
    table_enabled.store(enabled, std::memory_order_relaxed);
}

SpadePlusImpl::SpadePlusImpl(const SpadePlusOptions& options) : options_(options) {
    namespace nn = torch::nn;
    if (options_.channels < 1 || options_.label_channels < 1 || options_.hidden < 1)
        throw std::invalid_argument("SPADE+: channels, label_channels and hidden must be >= 1");
    shared_ = register_module("shared",
                              nn::Sequential(conv3x3(options_.label_channels, options_.hidden), nn::ReLU()));
    gamma_ = register_module("gamma", conv3x3(options_.hidden, options_.channels));
    beta_ = register_module("beta", conv3x3(options_.hidden, options_.channels));
    // Not registered at all without alpha, so a plain-SPADE checkpoint has no dead weights.
    if (options_.use_alpha) {
        alpha_ = register_module("alpha", nn::Sequential(conv3x3(1, options_.hidden), nn::ReLU(),
                                                         conv3x3(options_.hidden, options_.channels)));
    }
}

torch::Tensor SpadePlusImpl::forward(const torch::Tensor& h, const torch::Tensor& label,
                                     const torch::Tensor& detail) {
    check_input(h);
    return modulate(instance_norm(h), label, detail);
}

void SpadePlusImpl::check_input(const torch::Tensor& h) const {
    if (h.dim() != 4 || h.size(1) != options_.channels)
        throw std::invalid_argument("SPADE+: expected h [N, " + std::to_string(options_.channels) +
                                    ", H, W], got " + c10::str(h.sizes()));
}

torch::Tensor SpadePlusImpl::instance_norm(const torch::Tensor& h) {
    return torch::instance_norm(h, {}, {}, {}, {}, /*use_input_stats=*/true, 0.1, 1e-5,
                                /*cudnn_enabled=*/false);
}

bool SpadePlusImpl::label_table_applies(const torch::Tensor& normalised, const torch::Tensor& t) const {
    // float32 on the CPU, one binary label channel, and enough pixels that building the table
    // (a few rows per offset) costs less than the convolutions it replaces.
    if (!table_enabled.load(std::memory_order_relaxed) || !normalised.device().is_cpu() ||
        normalised.scalar_type() != torch::kFloat || !normalised.is_contiguous() ||
        options_.label_channels != 1 || normalised.size(0) * normalised.size(2) * normalised.size(3) < 1024)
        return false;
    at::NoGradGuard no_grad;
    return ((t == 0) | (t == 1)).all().item<bool>();
}

torch::Tensor SpadePlusImpl::modulate(const torch::Tensor& normalised, const torch::Tensor& label,
                                      const torch::Tensor& detail) {
    check_input(normalised);
    const auto t = resize(label.to(normalised.scalar_type()), normalised, /*nearest=*/true);
    torch::Tensor alpha;
    if (options_.use_alpha) {
        const auto d = resize(detail.to(normalised.scalar_type()), normalised, /*nearest=*/false);
        alpha = alpha_path(d);
    }
    if (label_table_applies(normalised, t)) {
        // The patterns that occur (a mask's edges make few of the 512) and, last, the row for
        // outside the image; idx is renumbered into that list.
        auto idxpad = pattern_index(t);
        const auto present = torch::bincount(idxpad.flatten(), {}, kRows).slice(0, 0, kOutside);
        const auto used = torch::nonzero(present).squeeze(1);  // [u] pattern numbers
        const int64_t u = used.size(0);
        auto renumber = torch::full({kRows}, u, torch::kInt);
        renumber.index_put_({used}, torch::arange(u, torch::kInt));
        idxpad = renumber.index_select(0, idxpad.flatten().to(torch::kLong)).view_as(idxpad).contiguous();
        // The table from the weights, differentiably: autograd takes its gradient to the weights.
        const auto& shared = shared_->ptr(0)->as<torch::nn::Conv2dImpl>();
        const auto bits = pattern_bits().index_select(0, used);  // [u, 9]
        const auto lut =
            torch::relu(bits.matmul(shared->weight.view({options_.hidden, 9}).t()) + shared->bias);
        const auto lut_out = torch::cat({lut, torch::zeros({1, options_.hidden})});  // [u + 1, hidden]
        const auto w = torch::cat({gamma_->weight, beta_->weight})                   // [2C, hidden, 3, 3]
                           .permute({2, 3, 1, 0})
                           .reshape({9, options_.hidden, 2 * options_.channels});
        const auto table = torch::matmul(lut_out.unsqueeze(0), w).contiguous();  // [9, u + 1, 2C]
        const auto bias = torch::cat({gamma_->bias + 1, beta_->bias}).contiguous();
        table_evaluations.fetch_add(1, std::memory_order_relaxed);
        if (!at::GradMode::is_enabled()) {  // inference: a float32 alpha is added in the same pass
            if (alpha.defined() && alpha.scalar_type() != torch::kFloat)
                return table_forward(normalised, idxpad, table, bias, {}) + alpha;
            return table_forward(normalised, idxpad, table, bias, alpha);
        }
        auto out = TableModulate::apply(normalised, table, bias, idxpad);
        return alpha.defined() ? out + alpha : out;
    }
    const auto actv =
        torch::relu(conv3x3_of_one_channel(torch::nn::Conv2d(shared_->ptr<torch::nn::Conv2dImpl>(0)), t));
    auto out = normalised * (1 + gamma_->forward(actv)) + beta_->forward(actv);
    if (alpha.defined()) out = out + alpha;
    return out;
}

torch::Tensor SpadePlusImpl::alpha_path(const torch::Tensor& d) {
    const auto* first = alpha_->ptr(0)->as<torch::nn::Conv2dImpl>();
    auto* second = alpha_->ptr(2)->as<torch::nn::Conv2dImpl>();
    if (at::GradMode::is_enabled() || !d.device().is_cpu() || d.scalar_type() != torch::kFloat)
        return second->forward(
            torch::relu(conv3x3_of_one_channel(torch::nn::Conv2d(alpha_->ptr<torch::nn::Conv2dImpl>(0)), d)));
    // Inference on the CPU: the hidden layer comes out pixel-major ([N·H·W, hidden], one matrix
    // multiply with the bias, ReLU in place), which is channels-last for the 3x3 conv after it:
    // oneDNN then reads and writes NHWC without reordering. table_forward reads alpha in either
    // layout. Measured (8 images of 128², hidden 64 → 64, 2 threads): 33 ms against 47 for the NCHW path.
    const int64_t n = d.size(0), h = d.size(2), w = d.size(3), hidden = first->weight.size(0);
    const auto pixels = neighbourhoods(d).transpose(1, 2).reshape({n * h * w, 9});
    const auto actv = torch::addmm(first->bias, pixels, first->weight.view({hidden, 9}).t()).relu_();
    return torch::conv2d(actv.view({n, h, w, hidden}).permute({0, 3, 1, 2}),
                         second->weight.contiguous(c10::MemoryFormat::ChannelsLast), second->bias, 1, 1);
}

SpadePlusResBlockImpl::SpadePlusResBlockImpl(int in_channels, int out_channels,
                                             const SpadePlusOptions& norm_options) {
    namespace nn = torch::nn;
    if (in_channels < 1 || out_channels < 1)
        throw std::invalid_argument("SPADE+ res block: channel counts must be >= 1");
    const int middle = std::min(in_channels, out_channels);
    learned_shortcut_ = in_channels != out_channels;
    auto with_channels = [&](int c) {
        SpadePlusOptions o = norm_options;
        o.channels = c;
        return SpadePlus(o);
    };
    norm0_ = register_module("norm_0", with_channels(in_channels));
    conv0_ = register_module("conv_0", conv3x3(in_channels, middle));
    norm1_ = register_module("norm_1", with_channels(middle));
    conv1_ = register_module("conv_1", conv3x3(middle, out_channels));
    if (learned_shortcut_) {
        norm_s_ = register_module("norm_s", with_channels(in_channels));
        conv_s_ = register_module("conv_s",
                                  nn::Conv2d(nn::Conv2dOptions(in_channels, out_channels, 1).bias(false)));
    }
}

torch::Tensor SpadePlusResBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& label,
                                             const torch::Tensor& detail) {
    const auto lrelu = [](const torch::Tensor& t) {
        return F::leaky_relu(t, F::LeakyReLUFuncOptions().negative_slope(0.2));
    };
    // GauGAN's shortcut: norm then 1x1 conv, no activation.
    // norm_s and norm_0 normalise the same x: once is enough.
    norm0_->check_input(x);
    const auto normalised = SpadePlusImpl::instance_norm(x);
    const auto shortcut =
        learned_shortcut_ ? conv_s_->forward(norm_s_->modulate(normalised, label, detail)) : x;
    auto dx = conv0_->forward(lrelu(norm0_->modulate(normalised, label, detail)));
    dx = conv1_->forward(lrelu(norm1_->forward(dx, label, detail)));
    return shortcut + dx;
}

}  // namespace mipr::engine
