// G/D training loop (see gan_trainer.h).
#include "mipr/engine/gan_trainer.h"

#include "batching.h"
#include "mipr/engine/augment.h"
#include "mipr/engine/gan_losses.h"
#include "mipr/engine/oom.h"
#include "mipr/engine/patch_shuffle.h"
#include "mipr/engine/precision.h"
#include "mipr/engine/train_state.h"

#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>

#include <chrono>
#include <functional>
#include <numeric>
#include <optional>
#include <stdexcept>

namespace mipr::engine {
namespace {

torch::optim::Adam make_adam(const std::vector<torch::Tensor>& params, double lr, double b1, double b2) {
    return torch::optim::Adam(params, torch::optim::AdamOptions(lr).betas(std::make_tuple(b1, b2)));
}

void set_requires_grad(torch::nn::Module& m, bool on) {
    for (auto& p : m.parameters())
        p.requires_grad_(on);
}

}  // namespace

GanTrainer::GanTrainer(Generator generator, MultiscaleDiscriminator discriminator, UNet segmenter,
                       GanTrainOptions options)
    : g_(std::move(generator)),
      d_(std::move(discriminator)),
      s_(std::move(segmenter)),
      options_(std::move(options)),
      opt_g_(make_adam(g_->parameters(), options_.lr_g, options_.beta1, options_.beta2)),
      opt_d_(make_adam(d_->parameters(), options_.lr_d, options_.beta1, options_.beta2)),
      rng_(options_.seed) {
    if (options_.consistency && s_.is_empty()) {
        throw std::invalid_argument("GAN training: the consistency loss needs a segmentation network S");
    }
    if (options_.epochs < 1 || options_.batch_size < 1) {
        throw std::invalid_argument("GAN training: epochs and batch size must be at least 1");
    }
    place_networks();
    if (!s_.is_empty()) s_->eval();
}

void GanTrainer::place_networks() {
    g_->to(options_.device);
    d_->to(options_.device);
    if (!s_.is_empty()) s_->to(options_.device);
    if (resolve_precision(options_.device).channels_last) {
        to_channels_last(*g_);
        to_channels_last(*d_);
        if (!s_.is_empty()) to_channels_last(*s_);
    }
}

bool GanTrainer::train(const GanDataset& data, const std::function<void(const GanStepStats&)>& on_step,
                       std::stop_token stop, int until_epoch) {
    const int target = until_epoch < 0 ? options_.epochs : std::min(until_epoch, options_.epochs);
    if (data.size() == 0)
        throw std::invalid_argument("GAN training set is empty: there is nothing to train on");
    const auto start = std::chrono::steady_clock::now();
    const auto n = data.size();
    const int steps = static_cast<int>((n + options_.batch_size - 1) / options_.batch_size);
    std::vector<int64_t> order(static_cast<std::size_t>(n));
    const auto& dev = options_.device;
    const auto precision = resolve_precision(dev);
    g_->train();
    d_->train();

    while (epoch_ < target) {
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), rng_);
        GanEpochLosses sum;
        // The epoch's random draws come from a copy: a stop mid-epoch leaves rng_ as it was at the
        // last completed epoch, so a saved state resumes exactly.
        std::mt19937_64 rng = rng_;
        for (int step = 0; step < steps; ++step) {
            if (stop.stop_requested()) {
                seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                return false;
            }
            const auto begin = static_cast<int64_t>(step) * options_.batch_size;
            const auto end = std::min<int64_t>(begin + options_.batch_size, n);
            auto [x01, t] = detail::take_batch(data.images, data.masks, order, begin, end);
            if (options_.flips) std::tie(x01, t) = augment_batch(x01, t, rng);
            const auto x = maybe_channels_last((x01 * 2.0 - 1.0).to(dev), precision.channels_last);
            t = maybe_channels_last(t.to(dev), precision.channels_last);
            const auto x_in = maybe_channels_last(
                options_.shuffle ? patch_shuffle(x, rng, options_.shuffle_k) : x, precision.channels_last);
            // Forward passes under autocast (bfloat16 on CUDA), losses and backward in float32.
            // Each of the D and G steps runs over micro-batches of micro_ images with gradients
            // accumulated (one pass when nothing ran out of memory); a step that runs out of
            // memory is retried with half the size before its optimiser steps.
            if (micro_ <= 0) micro_ = options_.batch_size;
            const auto rows = x.size(0);
            const auto share = [rows](int64_t a, int64_t b) {
                return static_cast<double>(b - a) / static_cast<double>(rows);
            };
            const auto with_retry = [this](const std::function<void()>& phase) {
                for (;;) {
                    try {
                        phase();
                        return;
                    } catch (const std::exception& e) {
                        if (!is_out_of_memory(e) || micro_ <= 1) throw;
                        micro_ = std::max(1, micro_ / 2);
                    }
                }
            };
            // In one pass, the D step's fake is reused by the G step (as before micro-batches). D's
            // features of the real pairs, from before its step, are what G's feature matching aims
            // at: kept for the whole batch (micro-batches concatenated), detached.
            torch::Tensor whole_fake;
            DiscriminatorOutputs real_features;
            double step_d = 0;
            set_requires_grad(*d_, true);
            with_retry([&] {
                opt_d_.zero_grad();
                step_d = 0;
                whole_fake = torch::Tensor();
                std::vector<DiscriminatorOutputs> parts;
                for (int64_t m = 0; m < rows; m += micro_) {
                    const auto m_end = std::min<int64_t>(m + micro_, rows);
                    check_injected_out_of_memory(m_end - m);
                    const bool whole = m == 0 && m_end == rows;
                    const auto xm = whole ? x : x.slice(0, m, m_end);
                    const auto tm = whole ? t : t.slice(0, m, m_end);
                    const auto xim = whole ? x_in : x_in.slice(0, m, m_end);
                    std::optional<AutocastScope> autocast(std::in_place, dev, precision.mixed);
                    const auto fake = whole ? g_->forward(xim, tm) : g_->forward(xim, tm).detach();
                    // D step: real pairs up, generated pairs down (hinge).
                    const auto d_real = d_->forward(tm, xm);
                    const auto d_fake_detached = d_->forward(tm, fake.detach());
                    autocast.reset();
                    const auto loss_d = hinge_d_loss(d_real, d_fake_detached) * share(m, m_end);
                    loss_d.backward();
                    step_d += loss_d.item<double>();
                    if (whole) whole_fake = fake;
                    DiscriminatorOutputs detached;
                    for (const auto& scale : d_real) {
                        std::vector<torch::Tensor> features;
                        for (const auto& f : scale)
                            features.push_back(f.detach());
                        detached.push_back(std::move(features));
                    }
                    parts.push_back(std::move(detached));
                }
                real_features = parts.front();
                for (std::size_t s = 0; s < real_features.size() && parts.size() > 1; ++s)
                    for (std::size_t f = 0; f < real_features[s].size(); ++f) {
                        std::vector<torch::Tensor> pieces;
                        for (const auto& part : parts)
                            pieces.push_back(part[s][f]);
                        real_features[s][f] = torch::cat(pieces, 0);
                    }
            });
            opt_d_.step();

            // G step: fool D, match its features on real pairs, stay close to x, and let S
            // find the mask in what G draws.
            double step_g = 0, step_l1 = 0, step_cons = 0, step_fm = 0;
            set_requires_grad(*d_, false);
            with_retry([&] {
                opt_g_.zero_grad();
                step_g = step_l1 = step_cons = step_fm = 0;
                for (int64_t m = 0; m < rows; m += micro_) {
                    const auto m_end = std::min<int64_t>(m + micro_, rows);
                    check_injected_out_of_memory(m_end - m);
                    const bool whole = m == 0 && m_end == rows;
                    const auto xm = whole ? x : x.slice(0, m, m_end);
                    const auto tm = whole ? t : t.slice(0, m, m_end);
                    std::optional<AutocastScope> autocast(std::in_place, dev, precision.mixed);
                    const auto fake =
                        whole && whole_fake.defined() ? whole_fake : g_->forward(x_in.slice(0, m, m_end), tm);
                    DiscriminatorOutputs real_m = real_features;
                    if (!whole)
                        for (auto& scale : real_m)
                            for (auto& f : scale)
                                f = f.slice(0, m, m_end);
                    const auto d_fake = d_->forward(tm, fake);
                    const auto fm = feature_matching_loss(real_m, d_fake);
                    auto loss_g = hinge_g_loss(d_fake) + options_.lambda_fm * fm;
                    const auto l1 = torch::l1_loss(fake.to(torch::kFloat), xm);
                    loss_g = loss_g + options_.lambda_l1 * l1;
                    torch::Tensor cons;
                    if (options_.consistency) {
                        cons = consistency_loss(s_, fake, tm);
                        loss_g = loss_g + options_.lambda_consistency * cons;
                    }
                    autocast.reset();
                    const double w = share(m, m_end);
                    (loss_g * w).backward();
                    step_g += loss_g.item<double>() * w;
                    step_l1 += l1.item<double>() * w;
                    step_fm += fm.item<double>() * w;
                    if (cons.defined()) step_cons += cons.item<double>() * w;
                }
            });
            opt_g_.step();
            set_requires_grad(*d_, true);
            images_seen_ += end - begin;

            sum.loss_g += step_g;
            sum.loss_d += step_d;
            sum.l1 += step_l1;
            sum.consistency += step_cons;
            sum.feature_matching += step_fm;
            if (on_step) {
                GanStepStats s;
                s.epoch = epoch_ + 1;
                s.epochs = options_.epochs;
                s.step = step + 1;
                s.steps = steps;
                s.loss_g = sum.loss_g / (step + 1);
                s.loss_d = sum.loss_d / (step + 1);
                s.l1 = sum.l1 / (step + 1);
                s.consistency = sum.consistency / (step + 1);
                s.feature_matching = sum.feature_matching / (step + 1);
                s.micro_batch = micro_;
                s.seconds = seconds_ +
                            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                on_step(s);
            }
        }
        rng_ = rng;
        history_.push_back({sum.loss_g / steps, sum.loss_d / steps, sum.l1 / steps, sum.consistency / steps,
                            sum.feature_matching / steps});
        ++epoch_;
    }
    seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return true;
}

void GanTrainer::save(const std::filesystem::path& file, const std::string& config_json) const {
    torch::serialize::OutputArchive archive, g, d, og, od;
    g_->save(g);
    d_->save(d);
    opt_g_.save(og);
    opt_d_.save(od);
    archive.write("generator", g);
    archive.write("discriminator", d);
    archive.write("optimizer_g", og);
    archive.write("optimizer_d", od);
    archive.write("config_json", c10::IValue(config_json));
    archive.write("epoch", c10::IValue(static_cast<int64_t>(epoch_)));
    archive.write("rng", c10::IValue(rng_state(rng_)));
    archive.write("torch_rng", torch_cpu_rng_state());
    archive.write("images_seen", c10::IValue(images_seen_));
    archive.write("seconds", c10::IValue(seconds_));
    std::vector<double> h;
    for (const auto& e : history_)
        h.insert(h.end(), {e.loss_g, e.loss_d, e.l1, e.consistency});
    archive.write("history", torch::tensor(h, torch::kDouble));
    save_archive_atomic(archive, file);
}

std::string GanTrainer::load(const std::filesystem::path& file) {
    torch::serialize::InputArchive archive, g, d, og, od;
    load_archive(archive, file);
    try {
        archive.read("generator", g);
        archive.read("discriminator", d);
        archive.read("optimizer_g", og);
        archive.read("optimizer_d", od);
        g_->load(g);
        d_->load(d);
        place_networks();
        opt_g_.load(og);
        opt_d_.load(od);
        move_adam_state(opt_g_, options_.device);
        move_adam_state(opt_d_, options_.device);
        c10::IValue v;
        archive.read("epoch", v);
        epoch_ = static_cast<int>(v.toInt());
        archive.read("rng", v);
        set_rng_state(rng_, v.toStringRef());
        torch::Tensor torch_rng;
        archive.read("torch_rng", torch_rng);
        set_torch_cpu_rng_state(torch_rng);
        archive.read("images_seen", v);
        images_seen_ = v.toInt();
        archive.read("seconds", v);
        seconds_ = v.toDouble();
        torch::Tensor h;
        archive.read("history", h);
        history_.clear();
        const auto acc = h.contiguous();
        for (int64_t i = 0; i + 3 < acc.numel(); i += 4) {
            history_.push_back({acc[i].item<double>(), acc[i + 1].item<double>(), acc[i + 2].item<double>(),
                                acc[i + 3].item<double>()});
        }
        archive.read("config_json", v);
        return v.toStringRef();
    } catch (const c10::Error& e) {
        throw std::runtime_error(file.string() + ": not a GAN checkpoint of this architecture (" +
                                 std::string(e.what_without_backtrace()).substr(0, 300) + ")");
    }
}

Generator load_generator(const std::filesystem::path& file, const GeneratorOptions& options) {
    torch::serialize::InputArchive archive, g;
    load_archive(archive, file);
    Generator gen(options);
    try {
        archive.read("generator", g);
        gen->load(g);
    } catch (const c10::Error& e) {
        throw std::runtime_error(file.string() + ": not a generator checkpoint of this architecture (" +
                                 std::string(e.what_without_backtrace()).substr(0, 300) + ")");
    }
    return gen;
}

}  // namespace mipr::engine
