// Training loop of S: Adam + per-epoch cosine annealing, BCE + soft Dice, joint augmentation.
#include "mipr/engine/seg_trainer.h"

#include "batching.h"
#include "mipr/engine/losses.h"
#include "mipr/engine/oom.h"
#include "mipr/engine/precision.h"
#include "mipr/engine/train_state.h"
#include "mipr/engine/unet_inference.h"

#include <torch/optim/adam.h>
#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>
#include <torch/utils.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace mipr::engine {
namespace {

double cosine_lr(double base, int epoch, int epochs) {
    // PyTorch's CosineAnnealingLR with T_max = epochs and eta_min = 0, stepped once per epoch.
    constexpr double pi = 3.14159265358979323846;
    return base * 0.5 * (1.0 + std::cos(pi * static_cast<double>(epoch) / static_cast<double>(epochs)));
}

void set_lr(torch::optim::Adam& optimizer, double lr) {
    for (auto& group : optimizer.param_groups()) {
        static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
    }
}

/// The resumable state of one training run (see SegTrainOptions::checkpoint).
struct RunState {
    int epoch = 0;  ///< epochs completed
    std::vector<double> losses;
    std::int64_t images_seen = 0;
    double seconds = 0.0;
};

void save_state(const SegTrainOptions& o, UNet& net, torch::optim::Adam& optimizer,
                const std::mt19937_64& rng, const RunState& st) {
    torch::serialize::OutputArchive archive, model, optim;
    net->save(model);
    optimizer.save(optim);
    archive.write("model", model);
    archive.write("optimizer", optim);
    archive.write("fingerprint", c10::IValue(o.fingerprint));
    archive.write("epoch", c10::IValue(static_cast<int64_t>(st.epoch)));
    archive.write("rng", c10::IValue(rng_state(rng)));
    archive.write("torch_rng", torch_cpu_rng_state());
    archive.write("losses", torch::tensor(st.losses, torch::kDouble));
    archive.write("images_seen", c10::IValue(st.images_seen));
    archive.write("seconds", c10::IValue(st.seconds));
    save_archive_atomic(archive, o.checkpoint);
}

/// Restores a state written by save_state with the same fingerprint. `st` stays a fresh start
/// (epoch 0) when there is none, it belongs to other settings or data, or it cannot be read.
void load_state(const SegTrainOptions& o, UNet& net, torch::optim::Adam& optimizer, std::mt19937_64& rng,
                RunState& st) {
    if (o.checkpoint.empty() || !std::filesystem::exists(o.checkpoint)) return;
    torch::serialize::InputArchive archive, model, optim;
    c10::IValue v;
    torch::Tensor losses, torch_rng;
    std::string rng_text;
    try {
        load_archive(archive, o.checkpoint);
        archive.read("fingerprint", v);
        if (v.toStringRef() != o.fingerprint) return;
        archive.read("model", model);
        archive.read("optimizer", optim);
        archive.read("rng", v);
        rng_text = v.toStringRef();
        archive.read("torch_rng", torch_rng);
        archive.read("losses", losses);
        net->load(model);
        optimizer.load(optim);
    } catch (const std::exception&) {
        return;
    }
    archive.read("epoch", v);
    st.epoch = static_cast<int>(v.toInt());
    archive.read("images_seen", v);
    st.images_seen = v.toInt();
    archive.read("seconds", v);
    st.seconds = v.toDouble();
    const auto l = losses.contiguous();
    st.losses.assign(l.data_ptr<double>(), l.data_ptr<double>() + l.numel());
    set_rng_state(rng, rng_text);
    set_torch_cpu_rng_state(torch_rng);
}

}  // namespace

torch::Tensor normalise_input(const torch::Tensor& images01) {
    return images01 * 2.0 - 1.0;
}

SegTrainResult train_segmentation(UNet& net, const SegDataset& data, const SegTrainOptions& options,
                                  const std::function<void(const EpochStats&)>& on_step,
                                  std::stop_token stop) {
    if (data.size() == 0) throw std::invalid_argument("training set is empty: there is nothing to train on");
    if (!data.masks.defined() || data.masks.size(0) != data.size()) {
        throw std::invalid_argument("training set: images and masks differ in number");
    }
    if (options.epochs < 1 || options.batch_size < 1) {
        throw std::invalid_argument("training: epochs and batch size must be at least 1");
    }
    const auto start = std::chrono::steady_clock::now();
    // The optimiser holds the parameters themselves, which moving the net keeps: it can be made,
    // and a saved state restored, before the net and the moments go to the device once.
    torch::optim::Adam optimizer(
        net->parameters(),
        torch::optim::AdamOptions(options.learning_rate).weight_decay(options.weight_decay));
    std::mt19937_64 rng(options.seed);
    RunState resumed;
    load_state(options, net, optimizer, rng, resumed);
    net->to(options.device);
    const auto precision = resolve_precision(options.device);
    if (precision.channels_last) to_channels_last(*net);
    move_adam_state(optimizer, options.device);
    net->train();
    const auto n = data.size();
    const int steps = static_cast<int>((n + options.batch_size - 1) / options.batch_size);
    std::vector<int64_t> order(static_cast<std::size_t>(n));
    const bool sync_each_step = options.device.is_cpu();
    int micro = options.batch_size;  // images per forward pass (halved on out-of-memory)

    SegTrainResult result;
    result.epoch_losses = resumed.losses;
    result.images_seen = resumed.images_seen;
    result.resumed_from_epoch = resumed.epoch;
    const auto elapsed = [&] {
        return resumed.seconds +
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    for (int epoch = resumed.epoch; epoch < options.epochs; ++epoch) {
        const double lr = cosine_lr(options.learning_rate, epoch, options.epochs);
        set_lr(optimizer, lr);
        // A fresh permutation every epoch (not a shuffle of the last one), so that an epoch's order
        // depends on the saved generator state alone and a resumed run draws the same batches.
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), rng);
        torch::Tensor loss_sum = torch::zeros({}, torch::TensorOptions().device(options.device));
        // Training Dice pooled over the epoch: intersection and the two sums, kept on the device.
        torch::Tensor dice_parts = torch::zeros({3}, torch::TensorOptions().device(options.device));
        double loss_host = 0.0;
        const auto dice_of = [](const torch::Tensor& parts) {
            const auto p = parts.to(torch::kCPU).to(torch::kDouble);
            const double denominator = p[1].item<double>() + p[2].item<double>();
            return denominator > 0 ? 2.0 * p[0].item<double>() / denominator : 1.0;
        };
        for (int step = 0; step < steps; ++step) {
            if (stop.stop_requested()) {
                result.cancelled = true;
                result.seconds = elapsed();
                return result;
            }
            const auto begin = static_cast<int64_t>(step) * options.batch_size;
            const auto end = std::min<int64_t>(begin + options.batch_size, n);
            auto [x, y] = detail::take_batch(data.images, data.masks, order, begin, end);
            if (options.augment) std::tie(x, y) = augment_batch(x, y, rng, options.augment_options);
            x = maybe_channels_last(normalise_input(x.to(options.device, /*non_blocking=*/true)),
                                    precision.channels_last);
            y = y.to(options.device, /*non_blocking=*/true);

            // The step over micro-batches of `micro` images, gradients accumulated and each
            // micro-batch's loss weighted by its share; retried with half the size when the device
            // runs out of memory.
            torch::Tensor loss, parts;
            for (;;) {
                try {
                    optimizer.zero_grad();
                    loss = torch::zeros({}, torch::TensorOptions().device(options.device));
                    parts = torch::zeros({3}, torch::TensorOptions().device(options.device));
                    const auto rows = x.size(0);
                    for (int64_t m = 0; m < rows; m += micro) {
                        const auto m_end = std::min<int64_t>(m + micro, rows);
                        check_injected_out_of_memory(m_end - m);
                        const auto xm = micro >= rows ? x : x.slice(0, m, m_end);
                        const auto ym = micro >= rows ? y : y.slice(0, m, m_end);
                        torch::Tensor logits;
                        {
                            AutocastScope autocast(options.device, precision.mixed);
                            logits = net->forward(xm);
                        }
                        // in float32 whatever the forward ran in
                        const auto part = bce_dice_loss(logits, ym) *
                                          (static_cast<double>(m_end - m) / static_cast<double>(rows));
                        part.backward();
                        loss = loss + part.detach();
                        torch::NoGradGuard no_grad;
                        const auto predicted = (logits.detach().to(torch::kFloat) > 0).to(torch::kFloat);
                        parts = parts + torch::stack({(predicted * ym).sum(), predicted.sum(), ym.sum()});
                    }
                    break;
                } catch (const std::exception& e) {
                    if (!is_out_of_memory(e) || micro <= 1) throw;
                    micro = std::max(1, micro / 2);
                }
            }
            optimizer.step();
            result.images_seen += end - begin;
            dice_parts += parts;

            if (sync_each_step) {
                loss_host += loss.item<double>();
            } else {
                loss_sum += loss;
            }
            if (on_step) {
                EpochStats s;
                s.epoch = epoch + 1;
                s.epochs = options.epochs;
                s.step = step + 1;
                s.steps = steps;
                s.loss = sync_each_step ? loss_host / (step + 1) : std::nan("");
                s.dice = sync_each_step ? dice_of(dice_parts) : std::nan("");
                s.learning_rate = lr;
                s.seconds = elapsed();
                s.micro_batch = micro;
                s.epoch_end = sync_each_step && step + 1 == steps;
                on_step(s);
            }
        }
        const double epoch_loss = (sync_each_step ? loss_host : loss_sum.item<double>()) / steps;
        result.epoch_losses.push_back(epoch_loss);
        const bool last = epoch + 1 == options.epochs;
        if (!options.checkpoint.empty() && !last &&
            (epoch + 1) % std::max(1, options.checkpoint_every) == 0) {
            save_state(options, net, optimizer, rng,
                       {epoch + 1, result.epoch_losses, result.images_seen, elapsed()});
        }
        if (on_step && !sync_each_step) {
            EpochStats s;
            s.epoch = epoch + 1;
            s.epochs = options.epochs;
            s.step = steps;
            s.steps = steps;
            s.loss = epoch_loss;
            s.dice = dice_of(dice_parts);
            s.learning_rate = lr;
            s.seconds = elapsed();
            s.micro_batch = micro;
            s.epoch_end = true;
            on_step(s);
        }
    }
    result.seconds = elapsed();
    return result;
}

torch::Tensor predict_probabilities(UNet& net, const torch::Tensor& images01, const c10::Device& device,
                                    int batch_size) {
    torch::InferenceMode guard;
    net->to(device);
    net->eval();
    FrozenUNet frozen(net);  // its own copy of the weights, channels-last (unet_inference.h)
    AutocastScope autocast(device, resolve_precision(device).mixed);
    const auto out = detail::map_batches(images01.size(0), batch_size, [&](int64_t begin, int64_t end) {
        const auto x = normalise_input(images01.slice(0, begin, end).to(device));
        return torch::sigmoid(frozen.forward(x).to(torch::kFloat)).contiguous().to(torch::kCPU);
    });
    return out.defined() ? out : torch::empty({0, 1, images01.size(2), images01.size(3)});
}

}  // namespace mipr::engine
