// Rearrangement and pair scores (see annotator.h).
#include "mipr/engine/annotator.h"

#include "batching.h"
#include "mipr/engine/precision.h"
#include "mipr/engine/seg_trainer.h"

#include <torch/nn/functional/conv.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace mipr::engine {

torch::Tensor rearrange(Generator& generator, const torch::Tensor& images01, const torch::Tensor& labels,
                        const c10::Device& device, int batch_size) {
    torch::InferenceMode guard;
    generator->to(device);
    generator->eval();
    const auto precision = resolve_precision(device);
    if (precision.channels_last) to_channels_last(*generator);
    AutocastScope autocast(device, precision.mixed);
    const auto out = detail::map_batches(images01.size(0), batch_size, [&](int64_t begin, int64_t end) {
        const auto x = maybe_channels_last((images01.slice(0, begin, end) * 2.0 - 1.0).to(device),
                                           precision.channels_last);
        const auto t = maybe_channels_last(labels.slice(0, begin, end).to(device), precision.channels_last);
        const auto y = generator->forward(x, t).to(torch::kFloat);
        return ((y + 1.0) * 0.5).clamp(0.0, 1.0).contiguous().to(torch::kCPU);
    });
    return out.defined() ? out : torch::empty_like(images01);
}

torch::Tensor ssim(const torch::Tensor& a01, const torch::Tensor& b01) {
    // Wang et al. 2004 with the usual constants; a Gaussian window of 11 (sigma 1.5), on the
    // luminance so that colour shifts and structure count once.
    auto lum = [](const torch::Tensor& x) {
        if (x.size(1) == 1) return x;
        return (0.299 * x.select(1, 0) + 0.587 * x.select(1, 1) + 0.114 * x.select(1, 2)).unsqueeze(1);
    };
    const auto a = lum(a01.to(torch::kFloat));
    const auto b = lum(b01.to(torch::kFloat));
    const int size = std::min<int64_t>({11, a.size(2), a.size(3)}) | 1;  // odd, fits the image
    auto coords = torch::arange(size, torch::kFloat) - (size - 1) / 2.0;
    auto g = torch::exp(-(coords * coords) / (2 * 1.5 * 1.5));
    g = g / g.sum();
    const auto window = (g.unsqueeze(1) * g.unsqueeze(0)).view({1, 1, size, size}).to(a.device());
    auto blur = [&](const torch::Tensor& x) { return torch::conv2d(x, window); };
    const auto mu_a = blur(a), mu_b = blur(b);
    const auto var_a = blur(a * a) - mu_a * mu_a;
    const auto var_b = blur(b * b) - mu_b * mu_b;
    const auto cov = blur(a * b) - mu_a * mu_b;
    constexpr double c1 = 0.01 * 0.01, c2 = 0.03 * 0.03;
    const auto map =
        ((2 * mu_a * mu_b + c1) * (2 * cov + c2)) / ((mu_a * mu_a + mu_b * mu_b + c1) * (var_a + var_b + c2));
    return map.flatten(1).mean(1);
}

std::vector<PairScores> score_pairs(UNet& segmenter, const torch::Tensor& images01,
                                    const torch::Tensor& labels, const torch::Tensor& generated01,
                                    const torch::Tensor& probabilities, const c10::Device& device,
                                    int batch_size) {
    const auto s_on_generated = predict_probabilities(segmenter, generated01, device, batch_size);
    const auto pred = (s_on_generated > 0.5).to(torch::kFloat).flatten(1);
    const auto t = (labels > 0.5).to(torch::kFloat).flatten(1);
    const auto inter = (pred * t).sum(1);
    const auto denom = pred.sum(1) + t.sum(1);
    // Both empty: S agrees with the (empty) label perfectly.
    const auto dice = torch::where(denom > 0, 2 * inter / denom.clamp_min(1e-12), torch::ones_like(denom));
    const auto confidence = torch::max(probabilities, 1.0 - probabilities).flatten(1).mean(1);
    const auto l1 = (generated01 - images01).abs().flatten(1).mean(1);
    const auto s = ssim(generated01, images01);
    std::vector<PairScores> out(static_cast<std::size_t>(images01.size(0)));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto k = static_cast<int64_t>(i);
        out[i] = {dice[k].item<double>(), confidence[k].item<double>(), l1[k].item<double>(),
                  s[k].item<double>()};
    }
    return out;
}

bool passes(const PairScores& s, const FilterThresholds& f) {
    return s.consistency >= f.min_consistency && s.confidence >= f.min_confidence && s.l1 <= f.max_l1 &&
           s.ssim >= f.min_ssim;
}

std::vector<bool> select(const std::vector<PairScores>& scores, const FilterThresholds& f) {
    if (!(f.keep_fraction > 0.0 && f.keep_fraction <= 1.0))
        throw std::invalid_argument("the filter's keep fraction is " + std::to_string(f.keep_fraction) +
                                    ": expected more than 0 and at most 1");
    std::vector<std::size_t> passing;
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (passes(scores[i], f)) passing.push_back(i);
    const auto limit = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::lround(f.keep_fraction * static_cast<double>(scores.size()))));
    if (passing.size() > limit) {
        std::stable_sort(passing.begin(), passing.end(), [&scores](std::size_t a, std::size_t b) {
            return scores[a].confidence > scores[b].confidence;
        });
        passing.resize(limit);
    }
    std::vector<bool> kept(scores.size(), false);
    for (const auto i : passing)
        kept[i] = true;
    return kept;
}

}  // namespace mipr::engine
