// SPDX-License-Identifier: GPL-3.0-or-later
// Quality signals of generated pairs (see signals.h).
#include "mipr/pipeline/signals.h"

#include "mipr/common/error.h"
#include "mipr/data/difference.h"
#include "mipr/data/image_io.h"
#include "mipr/engine/device.h"
#include "mipr/engine/seg_trainer.h"
#include "seg_internal.h"
#include "tensors.h"

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>

namespace fs = std::filesystem;
using nlohmann::json;

namespace mipr::pipeline {
using namespace detail;
namespace sn = signal_names;

const std::vector<SignalInfo>& signal_table() {
    static const std::vector<SignalInfo> table{
        {sn::kConfidence, "S's mean confidence", +1, true},
        {sn::kEntropy, "S's predictive entropy", -1, true},
        {sn::kTtaAgreement, "S's agreement under flips (TTA)", +1, true},
        {sn::kVersionAgreement, "agreement with the previous S", +1, false},
        {sn::kConsistency, "consistency Dice(S(x'), t')", +1, false},
        {sn::kL1, "L1 of x' against x_u", -1, false},
        {sn::kSsim, "SSIM of x' against x_u", +1, false},
        {sn::kBandChange, "G's changes in the border band", -1, false},
        {sn::kOffBandChange, "G's changes off the border band", -1, false},
        // Small lesions have the lower Dice: a pixel of border error weighs more.
        {sn::kArea, "label area", +1, true},
        {sn::kIrregularity, "label border irregularity", -1, true},
        {sn::kComponents, "components of S's raw mask", -1, true},
        {sn::kEstimatedDice, "learned Dice estimate", +1, false},
    };
    return table;
}

const SignalInfo* find_signal(const std::string& name) {
    for (const auto& s : signal_table())
        if (name == s.name) return &s;
    return nullptr;
}

SignalOptions signal_options(const RunOptions& run) {
    SignalOptions o;
    o.folds = run.signal_folds;
    o.change_threshold = run.change_threshold;
    o.seg = run.seg;
    o.seg.seed = run.seed;
    o.seg.compute = run.compute;
    o.postprocess = run.postprocess;
    return o;
}

double spearman(const std::vector<double>& a, const std::vector<double>& b) {
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 3) return 0;
    const auto ranks = [n](const std::vector<double>& v) {
        std::vector<std::size_t> idx(n);
        std::iota(idx.begin(), idx.end(), 0);
        std::sort(idx.begin(), idx.end(), [&](std::size_t i, std::size_t j) { return v[i] < v[j]; });
        std::vector<double> r(n);
        for (std::size_t i = 0; i < n;) {
            std::size_t j = i;
            while (j + 1 < n && v[idx[j + 1]] == v[idx[i]])
                ++j;
            const double mean_rank = (static_cast<double>(i) + static_cast<double>(j)) / 2.0;
            for (std::size_t k = i; k <= j; ++k)
                r[idx[k]] = mean_rank;
            i = j + 1;
        }
        return r;
    };
    const auto ra = ranks(a), rb = ranks(b);
    const double ma = std::accumulate(ra.begin(), ra.end(), 0.0) / static_cast<double>(n);
    const double mb = std::accumulate(rb.begin(), rb.end(), 0.0) / static_cast<double>(n);
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sab += (ra[i] - ma) * (rb[i] - mb);
        saa += (ra[i] - ma) * (ra[i] - ma);
        sbb += (rb[i] - mb) * (rb[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

namespace {

using Signals = std::vector<std::pair<std::string, double>>;

cv::Mat binary_of(const torch::Tensor& prob) {  // [1,s,s] → CV_8UC1 0/255
    return probability_to_mat(prob) > 0.5;
}

/// S's own signals on a batch x [n,3,s,s] of which `prob` is S's output ([n,1,s,s], the
/// identity view): per image the S-side figures; `labels` are the pseudo-labels at the model's
/// size (0/255).
std::vector<Signals> s_signals(engine::UNet& net, const torch::Tensor& x, const torch::Tensor& prob,
                               const std::vector<cv::Mat>& labels, const c10::Device& device) {
    const int n = static_cast<int>(x.size(0));
    // Flips are their own inverse: the prediction of a flipped view flipped back lines up with x.
    const std::vector<std::vector<int64_t>> flips{{3}, {2}, {2, 3}};
    std::vector<torch::Tensor> views{prob};
    for (const auto& dims : flips)
        views.push_back(engine::predict_probabilities(net, x.flip(dims), device, 8).flip(dims));
    std::vector<Signals> out;
    for (int i = 0; i < n; ++i) {
        const auto p = views[0][i].clamp(1e-6, 1 - 1e-6);
        const double confidence = torch::maximum(p, 1 - p).mean().item<double>();
        const double entropy = (-(p * torch::log2(p) + (1 - p) * torch::log2(1 - p))).mean().item<double>();
        std::vector<cv::Mat> masks;
        for (const auto& v : views)
            masks.push_back(binary_of(v[i]));
        double agreement = 0;
        int pairs = 0;
        for (std::size_t a = 0; a < masks.size(); ++a)
            for (std::size_t b = a + 1; b < masks.size(); ++b, ++pairs)
                agreement += data::mask_dice(masks[a], masks[b]);
        const auto shape = data::mask_shape(labels[static_cast<std::size_t>(i)]);
        const auto raw = data::mask_shape(masks[0]);
        out.push_back({{sn::kConfidence, confidence},
                       {sn::kEntropy, entropy},
                       {sn::kTtaAgreement, agreement / pairs},
                       {sn::kArea, shape.area},
                       {sn::kIrregularity, shape.irregularity},
                       {sn::kComponents, static_cast<double>(raw.components)}});
    }
    return out;
}

double value_of(const Signals& s, const std::string& name) {
    for (const auto& [k, v] : s)
        if (k == name) return v;
    return std::nan("");
}

struct Ridge {
    std::vector<std::string> features;
    std::vector<double> mean, scale, beta;
    double intercept = 0;
    double predict(const Signals& s) const {
        double y = intercept;
        for (std::size_t j = 0; j < features.size(); ++j) {
            const double v = value_of(s, features[j]);
            // Clipped to the fitted range's neighbourhood: an S trained on more images than the
            // folds' may sit outside it, and a linear fit must not extrapolate far.
            if (std::isfinite(v)) y += beta[j] * std::clamp((v - mean[j]) / scale[j], -3.0, 3.0);
        }
        return std::clamp(y, 0.0, 1.0);
    }
};

Ridge fit_ridge_with(const std::vector<Signals>& xs, const std::vector<double>& ys, double lambda) {
    Ridge r;
    for (const auto& s : signal_table())
        if (s.s_side) r.features.emplace_back(s.name);
    const auto n = static_cast<int>(xs.size());
    const auto m = static_cast<int>(r.features.size());
    cv::Mat X(n, m, CV_64F), y(n, 1, CV_64F);
    for (int j = 0; j < m; ++j) {
        double sum = 0, sq = 0;
        for (int i = 0; i < n; ++i) {
            const double v =
                value_of(xs[static_cast<std::size_t>(i)], r.features[static_cast<std::size_t>(j)]);
            sum += v;
            sq += v * v;
        }
        const double mean = sum / n;
        const double sd = std::sqrt(std::max(0.0, sq / n - mean * mean));
        r.mean.push_back(mean);
        r.scale.push_back(sd > 1e-12 ? sd : 1.0);
        for (int i = 0; i < n; ++i)
            X.at<double>(i, j) =
                (value_of(xs[static_cast<std::size_t>(i)], r.features[static_cast<std::size_t>(j)]) - mean) /
                r.scale.back();
    }
    r.intercept = std::accumulate(ys.begin(), ys.end(), 0.0) / n;
    for (int i = 0; i < n; ++i)
        y.at<double>(i) = ys[static_cast<std::size_t>(i)] - r.intercept;
    const cv::Mat A = X.t() * X + lambda * cv::Mat::eye(m, m, CV_64F);
    cv::Mat beta;
    cv::solve(A, X.t() * y, beta, cv::DECOMP_SVD);
    for (int j = 0; j < m; ++j)
        r.beta.push_back(beta.at<double>(j));
    return r;
}

/// The ridge regression with its penalty: `lambda` when positive, else the one of a small grid
/// with the least leave-one-out error on the same out-of-fold images (a handful of labelled
/// images and six correlated features: the penalty decides how far the fit may swing).
Ridge fit_ridge(const std::vector<Signals>& xs, const std::vector<double>& ys, double lambda,
                double* chosen) {
    double best = lambda, best_error = std::numeric_limits<double>::infinity();
    if (lambda <= 0) {
        for (const double candidate : {0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0}) {
            double error = 0;
            for (std::size_t i = 0; i < xs.size(); ++i) {
                std::vector<Signals> x;
                std::vector<double> y;
                for (std::size_t k = 0; k < xs.size(); ++k)
                    if (k != i) {
                        x.push_back(xs[k]);
                        y.push_back(ys[k]);
                    }
                const double e = fit_ridge_with(x, y, candidate).predict(xs[i]) - ys[i];
                error += e * e;
            }
            if (error < best_error) {
                best_error = error;
                best = candidate;
            }
        }
    }
    *chosen = best;
    return fit_ridge_with(xs, ys, best);
}

}  // namespace

SignalsResult compute_signals(project::Project& project, int iteration, const SignalOptions& options,
                              const ProgressFn& progress, std::stop_token stop, bool recompute) {
    const auto started = std::chrono::steady_clock::now();
    std::optional<project::IterationRecord> it;
    if (iteration > 0) {
        it = project.iteration(iteration);
    } else {
        for (const auto& r : project.iterations())
            if (r.status == "done") it = r;
    }
    if (!it)
        throw InputError(project.database_path(),
                         iteration > 0 ? "no iteration " + std::to_string(iteration) + " in the project"
                                       : "no finished iteration in the project (run `mipr run` first)");
    SignalsResult result;
    result.iteration = it->number;
    const auto pairs = project.pairs(it->id);
    if (pairs.empty())
        throw InputError(project.database_path(),
                         "iteration " + std::to_string(it->number) + " has no pairs");
    result.pairs = static_cast<int>(pairs.size());
    if (!recompute) {
        if (const auto done = project.step_result(it->id, "signals")) {
            const json j = json::parse(*done, nullptr, false);
            if (!j.is_discarded()) {
                result.oof_images = j.value("oof_images", 0);
                result.oof_spearman = j.value("oof_spearman", 0.0);
                result.features = j.value("features", std::vector<std::string>{});
                result.coefficients = j.value("coefficients", std::vector<double>{});
                result.ridge = j.value("ridge", 0.0);
            }
            result.reused = true;
            return result;
        }
    }
    if (!pairs.front().seg_model_id)
        throw InputError(project.database_path(), "the pairs of iteration " + std::to_string(it->number) +
                                                      " name no segmentation model");
    auto seg = load_model(project, *pairs.front().seg_model_id);
    const c10::Device device = device_from(options.seg.compute);
    const int size = seg.config.input_size;
    std::optional<ModelHandle> previous;
    for (const auto& m : project.models())
        if (m.kind == kSegKind && m.version == seg.record.version - 1) previous = load_model(project, m.id);

    const int radius = options.band_radius > 0 ? options.band_radius : std::max(1, size / 32);
    const auto total = static_cast<std::int64_t>(pairs.size());
    std::vector<Signals> values(pairs.size());
    constexpr std::size_t kBatch = 8;
    for (std::size_t first = 0; first < pairs.size(); first += kBatch) {
        throw_if_stopped(stop);
        const std::size_t last = std::min(pairs.size(), first + kBatch);
        std::vector<torch::Tensor> xs;
        std::vector<cv::Mat> reals, labels;
        for (std::size_t i = first; i < last; ++i) {
            const auto image = project.image(pairs[i].image_id);
            reals.push_back(data::load_image_rgb8(image->path));
            xs.push_back(model_input(reals.back(), size));
            labels.push_back(data::resize_mask(data::load_mask(pairs[i].label_mask_path), size, size));
        }
        const auto x = torch::stack(xs);
        const auto prob = engine::predict_probabilities(seg.net, x, device, 8);
        auto view = s_signals(seg.net, x, prob, labels, device);
        torch::Tensor prev_prob;
        if (previous) prev_prob = engine::predict_probabilities(previous->net, x, device, 8);
        for (std::size_t i = first; i < last; ++i) {
            const auto k = i - first;
            const auto& pair = pairs[i];
            auto& s = values[i];
            s = std::move(view[k]);
            s.emplace_back(sn::kConsistency, pair.consistency);
            s.emplace_back(sn::kL1, pair.l1);
            s.emplace_back(sn::kSsim, pair.ssim);
            if (previous)
                s.emplace_back(sn::kVersionAgreement,
                               data::mask_dice(binary_of(prob[static_cast<int64_t>(k)]),
                                               binary_of(prev_prob[static_cast<int64_t>(k)])));
            if (pair.generated_path) {
                cv::Mat generated = data::load_image_rgb8(*pair.generated_path);
                if (generated.size() != cv::Size(size, size))
                    generated = data::resize_image(generated, size, size);
                const cv::Mat changed = data::difference_map(reals[k], generated) > options.change_threshold;
                const cv::Mat band = data::border_band(labels[k], radius);
                const double in_band = cv::countNonZero(band);
                const double off_band = static_cast<double>(band.total()) - in_band;
                s.emplace_back(sn::kBandChange,
                               in_band > 0 ? cv::countNonZero(changed & band) / in_band : 0.0);
                s.emplace_back(sn::kOffBandChange,
                               off_band > 0 ? cv::countNonZero(changed & ~band) / off_band : 0.0);
            }
            report(progress, "signals", static_cast<std::int64_t>(i) + 1, total, pair.image_name);
        }
    }

    // The learned estimate: out-of-fold predictions on the labelled split only.
    std::vector<torch::Tensor> lx, ly;
    add_labelled_set(project, size, lx, ly, {}, stop);
    const int n_l = static_cast<int>(lx.size());
    const int folds = std::min(options.folds, n_l);
    std::optional<Ridge> ridge;
    if (n_l >= 4 && folds >= 2) {
        std::vector<Signals> oof_x;
        std::vector<double> oof_y;
        for (int f = 0; f < folds; ++f) {
            throw_if_stopped(stop);
            std::vector<torch::Tensor> tx, ty, hx, hy;
            for (int i = 0; i < n_l; ++i) {
                const bool held_out = i % folds == f;
                (held_out ? hx : tx).push_back(lx[static_cast<std::size_t>(i)]);
                (held_out ? hy : ty).push_back(ly[static_cast<std::size_t>(i)]);
            }
            engine::SegDataset d{torch::stack(tx), torch::stack(ty)};
            engine::SegTrainOptions t;
            t.epochs = options.seg.epochs;
            t.batch_size = options.seg.batch_size;
            t.learning_rate = options.seg.learning_rate;
            t.augment = options.seg.augment;
            t.seed = options.seg.seed + static_cast<unsigned long long>(f);
            t.device = device;
            engine::seed_everything(t.seed);
            engine::UNet net(unet_options(seg.config));
            const auto fold_total = static_cast<std::int64_t>(t.epochs);
            const auto r = engine::train_segmentation(
                net, d, t,
                [&](const engine::EpochStats& e) {
                    if (e.epoch_end)
                        report(progress, "signals-fit", e.epoch, fold_total,
                               "fold " + std::to_string(f + 1) + "/" + std::to_string(folds), e.loss);
                },
                stop);
            if (r.cancelled) throw Cancelled();
            const auto x = torch::stack(hx);
            std::vector<cv::Mat> oof_labels;
            const auto probs = engine::predict_probabilities(net, x, device, 8);
            for (int64_t i = 0; i < probs.size(0); ++i)
                oof_labels.push_back(
                    data::postprocess_probability(probability_to_mat(probs[i]), options.postprocess));
            auto view = s_signals(net, x, probs, oof_labels, device);
            for (std::size_t i = 0; i < oof_labels.size(); ++i) {
                const cv::Mat truth = probability_to_mat(hy[i]) > 0.5;
                oof_y.push_back(data::mask_dice(oof_labels[i], truth));
                oof_x.push_back(std::move(view[i]));
            }
        }
        ridge = fit_ridge(oof_x, oof_y, options.ridge, &result.ridge);
        std::vector<double> fitted;
        for (const auto& s : oof_x)
            fitted.push_back(ridge->predict(s));
        result.oof_images = static_cast<int>(oof_x.size());
        result.oof_spearman = spearman(fitted, oof_y);
        result.features = ridge->features;
        result.coefficients.push_back(ridge->intercept);
        result.coefficients.insert(result.coefficients.end(), ridge->beta.begin(), ridge->beta.end());
    }

    project::Project::Transaction tx(project);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        // An empty pseudo-label misses the lesion an image in the queue is there for: its Dice is
        // 0 whatever S's other figures say (a linear fit would extrapolate from a shapeless label).
        if (ridge)
            values[i].emplace_back(sn::kEstimatedDice,
                                   value_of(values[i], sn::kArea) > 0 ? ridge->predict(values[i]) : 0.0);
        project.set_pair_signals(pairs[i].id, values[i]);
    }
    project.mark_step_done(it->id, "signals",
                           json{{"oof_images", result.oof_images},
                                {"oof_spearman", result.oof_spearman},
                                {"features", result.features},
                                {"coefficients", result.coefficients},
                                {"ridge", result.ridge},
                                {"folds", folds}}
                               .dump());
    tx.commit();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

}  // namespace mipr::pipeline
