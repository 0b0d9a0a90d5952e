// G/D training loop (see gan_trainer.h).
#include "mipr/engine/gan_trainer.h"

#include "batching.h"
#include "mipr/engine/augment.h"
#include "mipr/engine/gan_losses.h"
#include "mipr/engine/patch_shuffle.h"
#include "mipr/engine/precision.h"
#include "mipr/engine/train_state.h"

#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>

#include <chrono>
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
            std::optional<AutocastScope> autocast(std::in_place, dev, precision.mixed);

            const auto fake = g_->forward(x_in, t);

            // D step: real pairs up, generated pairs down (hinge).
            set_requires_grad(*d_, true);
            const auto d_real = d_->forward(t, x);
            const auto d_fake_detached = d_->forward(t, fake.detach());
            autocast.reset();
            const auto loss_d = hinge_d_loss(d_real, d_fake_detached);
            opt_d_.zero_grad();
            loss_d.backward();
            opt_d_.step();

            // G step: fool D, match its features on real pairs, stay close to x, and let S
            // find the mask in what G draws.
            set_requires_grad(*d_, false);
            autocast.emplace(dev, precision.mixed);
            const auto d_fake = d_->forward(t, fake);
            DiscriminatorOutputs real_features;
            for (const auto& scale : d_real) {
                std::vector<torch::Tensor> detached;
                for (const auto& f : scale)
                    detached.push_back(f.detach());
                real_features.push_back(std::move(detached));
            }
            auto loss_g =
                hinge_g_loss(d_fake) + options_.lambda_fm * feature_matching_loss(real_features, d_fake);
            const auto l1 = torch::l1_loss(fake.to(torch::kFloat), x);
            loss_g = loss_g + options_.lambda_l1 * l1;
            torch::Tensor cons;
            if (options_.consistency) {
                cons = consistency_loss(s_, fake, t);
                loss_g = loss_g + options_.lambda_consistency * cons;
            }
            autocast.reset();
            opt_g_.zero_grad();
            loss_g.backward();
            opt_g_.step();
            set_requires_grad(*d_, true);
            images_seen_ += end - begin;

            sum.loss_g += loss_g.item<double>();
            sum.loss_d += loss_d.item<double>();
            sum.l1 += l1.item<double>();
            if (cons.defined()) sum.consistency += cons.item<double>();
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
                s.seconds = seconds_ +
                            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                on_step(s);
            }
        }
        rng_ = rng;
        history_.push_back({sum.loss_g / steps, sum.loss_d / steps, sum.l1 / steps, sum.consistency / steps});
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
