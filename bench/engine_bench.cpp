// engine_bench: throughput of the engine's training and inference steps, with the achieved
// GFLOP/s counted from the layer shapes beside the machine's float32 matrix-multiply rate
// measured in the same run (the practical limit). Prints one "key value" line per figure.
//   engine_bench [--device cpu|cuda] [--size 128] [--width 16] [--batch 4] [--seconds 8]
//                [--gan-width 32] [--precision auto|fp32|mixed|channels-last] [--label-table on|off]
// --gan-width: G's base width (its SPADE hidden width is twice that) and D's filters; the paper's
// is 64. --precision auto: bfloat16 autocast + channels-last on CUDA, float32 on the CPU.
// --label-table off: SPADE+'s gamma and beta by their convolutions everywhere (the CPU's table of
// label patterns is on by default; see spade.cpp).
#include "mipr/engine/annotator.h"
#include "mipr/engine/device.h"
#include "mipr/engine/gan_trainer.h"
#include "mipr/engine/losses.h"
#include "mipr/engine/precision.h"
#include "mipr/engine/seg_trainer.h"
#include "mipr/engine/spade.h"
#include "mipr/engine/unet_inference.h"

#include <torch/cuda.h>
#include <torch/optim/adam.h>

#include <sys/resource.h>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

using namespace mipr::engine;
using Clock = std::chrono::steady_clock;

namespace {

void sync(const c10::Device& d) {
    if (d.is_cuda()) torch::cuda::synchronize();
}

/// Runs `fn` repeatedly for about `seconds` after `warmup` calls; returns calls per second.
template <typename F>
double rate(F&& fn, double seconds, const c10::Device& d, int warmup = 2) {
    for (int i = 0; i < warmup; ++i)
        fn();
    sync(d);
    int n = 0;
    const auto start = Clock::now();
    double elapsed = 0;
    do {
        fn();
        ++n;
        sync(d);
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < seconds);
    return n / elapsed;
}

double peak_rss_mib() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// Masks shaped like lesions (an ellipse each, random centre and radii), not pixel noise: G's
// label path reads each pixel's 3x3 label pattern from a table on the CPU, and noise would give it
// far more distinct patterns and edges than a real mask has. The convolutions do not care.
torch::Tensor lesion_masks(int64_t n, int64_t size) {
    const auto r = torch::rand({n, 4, 1, 1});
    const auto coords = torch::arange(size, torch::kFloat) / static_cast<double>(size);
    const auto y = coords.view({1, size, 1}), x = coords.view({1, 1, size});
    const auto cy = 0.3 + 0.4 * r.select(1, 0), cx = 0.3 + 0.4 * r.select(1, 1);
    const auto ry = 0.15 + 0.2 * r.select(1, 2), rx = 0.15 + 0.2 * r.select(1, 3);
    const auto inside = ((y - cy) / ry).pow(2) + ((x - cx) / rx).pow(2) < 1;
    return inside.to(torch::kFloat).unsqueeze(1);
}

}  // namespace

int main(int argc, char** argv) {
    std::string device_spec = "cpu";
    int size = 128, width = 16, batch = 4, threads = 0, gan_width = 32;
    double seconds = 8;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--device")
            device_spec = v;
        else if (k == "--size")
            size = std::stoi(v);
        else if (k == "--width")
            width = std::stoi(v);
        else if (k == "--batch")
            batch = std::stoi(v);
        else if (k == "--seconds")
            seconds = std::stod(v);
        else if (k == "--threads")
            threads = std::stoi(v);
        else if (k == "--gan-width")
            gan_width = std::stoi(v);
        else if (k == "--precision")
            set_precision_policy(parse_precision(v));
        else if (k == "--label-table")  // on (default) | off: SPADE+'s gamma/beta by convolutions
            set_spade_label_table(v != "off");
    }
    const c10::Device device = resolve_device(device_spec);
    const int used_threads = configure_threads(threads);
    torch::manual_seed(0);
    const Precision precision = resolve_precision(device);
    std::printf("device %s\nthreads %d\nsize %d\nwidth %d\nbatch %d\nmixed_precision %d\nchannels_last %d\n",
                describe_device(device).c_str(), used_threads, size, width, batch, precision.mixed ? 1 : 0,
                precision.channels_last ? 1 : 0);

    // The limit: float32 matrix multiply.
    {
        const int n = device.is_cuda() ? 8192 : 2048;
        auto a = torch::randn({n, n}, torch::TensorOptions().device(device));
        auto b = torch::randn({n, n}, torch::TensorOptions().device(device));
        const double per_s = rate([&] { (void)torch::mm(a, b); }, seconds / 2, device);
        std::printf("matmul_gflops %.1f\n", per_s * 2.0 * n * n * n / 1e9);
    }
    if (device.is_cuda()) {
        // The tensor cores' rate, the limit under mixed precision.
        const int n = 8192;
        auto a = torch::randn({n, n}, torch::TensorOptions().device(device).dtype(torch::kBFloat16));
        auto b = torch::randn({n, n}, torch::TensorOptions().device(device).dtype(torch::kBFloat16));
        const double per_s = rate([&] { (void)torch::mm(a, b); }, seconds / 2, device);
        std::printf("matmul_bf16_gflops %.1f\n", per_s * 2.0 * n * n * n / 1e9);
    }
    // The same limit through the convolution library the nets run on (oneDNN on the CPU, cuDNN on
    // CUDA): a 1x1 convolution is a matrix multiply. On CPUs where the BLAS picks narrower vector
    // kernels than oneDNN (OpenBLAS 0.3.21 runs its AVX2 kernels on AVX-512 machines) this one is
    // the higher, truer ceiling; the report takes the larger of the two.
    {
        const int64_t c = device.is_cuda() ? 1024 : 512, hw = device.is_cuda() ? 128 : 64;
        auto in = torch::randn({1, c, hw, hw}, torch::TensorOptions().device(device));
        auto w = torch::randn({c, c, 1, 1}, torch::TensorOptions().device(device));
        torch::InferenceMode guard;
        const double per_s = rate([&] { (void)torch::conv2d(in, w); }, seconds / 2, device);
        std::printf("conv1x1_gflops %.1f\n", per_s * 2.0 * double(c) * double(c) * double(hw * hw) / 1e9);
    }

    // S: U-Net training step (forward, backward, Adam) and inference.
    UNet net(UNetOptions().base_width(width).depth(4));
    net->to(device);
    const double macs = static_cast<double>(net->forward_macs(size, size));
    auto x = torch::rand({batch, 3, size, size}, torch::TensorOptions().device(device));
    auto y =
        (torch::rand({batch, 1, size, size}, torch::TensorOptions().device(device)) > 0.5).to(torch::kFloat);
    if (precision.channels_last) {
        to_channels_last(*net);
        x = maybe_channels_last(x, true);
    }
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-3));
    net->train();
    // The same step as train_segmentation's (without its data loading and augmentation).
    const double train_steps = rate(
        [&] {
            opt.zero_grad();
            torch::Tensor logits;
            {
                AutocastScope autocast(device, precision.mixed);
                logits = net->forward(normalise_input(x));
            }
            auto loss = bce_dice_loss(logits, y);
            loss.backward();
            opt.step();
        },
        seconds, device);
    // Training counts forward + backward as 3 forward passes (2 FLOPs per MAC).
    std::printf("seg_train_img_per_s %.2f\nseg_train_gflops %.1f\n", train_steps * batch,
                train_steps * batch * 3 * 2 * macs / 1e9);
    net->eval();
    auto xi = maybe_channels_last(torch::rand({8, 3, size, size}, torch::TensorOptions().device(device)),
                                  precision.channels_last);
    // Inference as predict_probabilities runs it (FrozenUNet: batch norm folded, transposed convs
    // as 1x1 convs, channels-last on the CPU), and the plain module's forward beside it.
    double infer_steps = 0, plain_steps = 0;
    {
        torch::InferenceMode guard;
        AutocastScope autocast(device, precision.mixed);
        FrozenUNet frozen(net);
        infer_steps =
            rate([&] { (void)torch::sigmoid(frozen.forward(normalise_input(xi))); }, seconds, device);
        plain_steps = rate([&] { (void)torch::sigmoid(net->forward(normalise_input(xi))); }, seconds, device);
    }
    std::printf("seg_infer_img_per_s %.2f\nseg_infer_gflops %.1f\nseg_infer_plain_img_per_s %.2f\n",
                infer_steps * 8, infer_steps * 8 * 2 * macs / 1e9, plain_steps * 8);
    if (precision.mixed) {
        // What bfloat16 costs in the answer: the same net and images in float32.
        torch::InferenceMode guard;
        torch::Tensor p16, p32;
        {
            AutocastScope autocast(device, true);
            p16 = torch::sigmoid(net->forward(normalise_input(xi)).to(torch::kFloat));
        }
        p32 = torch::sigmoid(net->forward(normalise_input(xi)));
        std::printf("seg_infer_mixed_mean_abs_diff %.5f\nseg_infer_mixed_label_flips %.5f\n",
                    (p16 - p32).abs().mean().item<double>(),
                    ((p16 > 0.5) != (p32 > 0.5)).to(torch::kFloat).mean().item<double>());
    }

    // G + D: one GAN training epoch over synthetic pairs, then G inference (rearrangement).
    {
        GeneratorOptions go;
        go.base_width = gan_width;
        go.max_width = 8 * gan_width;
        go.spade_hidden = 2 * gan_width;
        DiscriminatorOptions dopt;
        dopt.base_width = gan_width;
        GanTrainOptions t;
        t.epochs = 1;
        t.batch_size = batch;
        t.device = device;
        GanDataset data{torch::rand({batch * 6, 3, size, size}), lesion_masks(batch * 6, size)};
        GanTrainer warm(Generator(go), MultiscaleDiscriminator(dopt), UNet(UNetOptions().base_width(width)),
                        t);
        t.epochs = 1;
        GanDataset small{data.images.slice(0, 0, batch), data.masks.slice(0, 0, batch)};
        warm.train(small);  // warm-up
        GanTrainer gan(Generator(go), MultiscaleDiscriminator(dopt), UNet(UNetOptions().base_width(width)),
                       t);
        gan.train(data);
        std::printf("gan_train_img_per_s %.2f\n", static_cast<double>(gan.images_seen()) / gan.seconds());
        auto labels = data.masks.slice(0, 0, 8);
        const double g_rate =
            rate([&] { (void)rearrange(gan.generator(), data.images.slice(0, 0, 8), labels, device); },
                 seconds, device, 1);
        std::printf("gen_infer_img_per_s %.2f\n", g_rate * 8);
    }
    std::printf("peak_rss_mib %.0f\n", peak_rss_mib());
    return 0;
}
