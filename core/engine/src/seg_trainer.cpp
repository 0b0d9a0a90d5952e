// Training loop of S: Adam + per-epoch cosine annealing, BCE + soft Dice, joint augmentation.
#include "mipr/engine/seg_trainer.h"

#include "batching.h"
#include "mipr/engine/losses.h"
#include "mipr/engine/precision.h"

#include <torch/optim/adam.h>
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
    net->to(options.device);
    const auto precision = resolve_precision(options.device);
    if (precision.channels_last) to_channels_last(*net);
    net->train();
    torch::optim::Adam optimizer(
        net->parameters(),
        torch::optim::AdamOptions(options.learning_rate).weight_decay(options.weight_decay));
    std::mt19937_64 rng(options.seed);
    const auto n = data.size();
    const int steps = static_cast<int>((n + options.batch_size - 1) / options.batch_size);
    std::vector<int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    const bool sync_each_step = options.device.is_cpu();

    SegTrainResult result;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        const double lr = cosine_lr(options.learning_rate, epoch, options.epochs);
        set_lr(optimizer, lr);
        std::shuffle(order.begin(), order.end(), rng);
        torch::Tensor loss_sum = torch::zeros({}, torch::TensorOptions().device(options.device));
        double loss_host = 0.0;
        for (int step = 0; step < steps; ++step) {
            if (stop.stop_requested()) {
                result.cancelled = true;
                result.seconds =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                return result;
            }
            const auto begin = static_cast<int64_t>(step) * options.batch_size;
            const auto end = std::min<int64_t>(begin + options.batch_size, n);
            auto [x, y] = detail::take_batch(data.images, data.masks, order, begin, end);
            if (options.augment) std::tie(x, y) = augment_batch(x, y, rng, options.augment_options);
            x = maybe_channels_last(normalise_input(x.to(options.device, /*non_blocking=*/true)),
                                    precision.channels_last);
            y = y.to(options.device, /*non_blocking=*/true);

            optimizer.zero_grad();
            torch::Tensor logits;
            {
                AutocastScope autocast(options.device, precision.mixed);
                logits = net->forward(x);
            }
            auto loss = bce_dice_loss(logits.to(torch::kFloat), y);
            loss.backward();
            optimizer.step();
            result.images_seen += end - begin;

            if (sync_each_step) {
                loss_host += loss.item<double>();
            } else {
                loss_sum += loss.detach();
            }
            if (on_step) {
                EpochStats s;
                s.epoch = epoch + 1;
                s.epochs = options.epochs;
                s.step = step + 1;
                s.steps = steps;
                s.loss = sync_each_step ? loss_host / (step + 1) : std::nan("");
                s.learning_rate = lr;
                s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                on_step(s);
            }
        }
        const double epoch_loss = (sync_each_step ? loss_host : loss_sum.item<double>()) / steps;
        result.epoch_losses.push_back(epoch_loss);
        if (on_step && !sync_each_step) {
            EpochStats s;
            s.epoch = epoch + 1;
            s.epochs = options.epochs;
            s.step = steps;
            s.steps = steps;
            s.loss = epoch_loss;
            s.learning_rate = lr;
            s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            on_step(s);
        }
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

torch::Tensor predict_probabilities(UNet& net, const torch::Tensor& images01, const c10::Device& device,
                                    int batch_size) {
    torch::InferenceMode guard;
    net->to(device);
    net->eval();
    const auto precision = resolve_precision(device);
    if (precision.channels_last) to_channels_last(*net);
    AutocastScope autocast(device, precision.mixed);
    const auto out = detail::map_batches(images01.size(0), batch_size, [&](int64_t begin, int64_t end) {
        const auto x = maybe_channels_last(normalise_input(images01.slice(0, begin, end).to(device)),
                                           precision.channels_last);
        return torch::sigmoid(net->forward(x).to(torch::kFloat)).contiguous().to(torch::kCPU);
    });
    return out.defined() ? out : torch::empty({0, 1, images01.size(2), images01.size(3)});
}

}  // namespace mipr::engine
