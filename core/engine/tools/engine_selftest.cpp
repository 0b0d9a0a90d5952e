// mipr-engine-selftest: proves the engine builds and learns with nothing but LibTorch. Trains a
// small U-Net on synthetic discs for a few epochs and checks that the loss falls; prints the
// device, the loss curve and throughput. Exit 0 on success.
#include "mipr/engine/device.h"
#include "mipr/engine/seg_trainer.h"

#include <torch/types.h>

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    std::string device_spec = "cpu";
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--device") == 0) device_spec = argv[i + 1];
    }
    try {
        using namespace mipr::engine;
        const c10::Device device = resolve_device(device_spec);
        configure_threads(0);
        seed_everything(7);
        const int n = 16, size = 32;
        auto yy = torch::arange(size).view({1, size, 1}).expand({n, size, size}).to(torch::kFloat);
        auto xx = torch::arange(size).view({1, 1, size}).expand({n, size, size}).to(torch::kFloat);
        auto cy = torch::randint(10, 22, {n, 1, 1}).to(torch::kFloat);
        auto cx = torch::randint(10, 22, {n, 1, 1}).to(torch::kFloat);
        auto r = torch::randint(4, 9, {n, 1, 1}).to(torch::kFloat);
        auto disc = ((yy - cy).pow(2) + (xx - cx).pow(2) <= r * r).to(torch::kFloat).unsqueeze(1);
        SegDataset data;
        data.masks = disc;
        data.images = (0.7 - 0.4 * disc).expand({n, 3, size, size}).contiguous() +
                      0.05 * torch::randn({n, 3, size, size});
        UNet net(UNetOptions().base_width(8).depth(2));
        SegTrainOptions opt;
        opt.epochs = 40;
        opt.batch_size = 4;
        opt.device = device;
        const auto result = train_segmentation(net, data, opt);
        std::printf("device %s\n", describe_device(device).c_str());
        std::printf("loss first %.4f last %.4f, %.1f img/s\n", result.epoch_losses.front(),
                    result.epoch_losses.back(), static_cast<double>(result.images_seen) / result.seconds);
        if (!(result.epoch_losses.back() < 0.7 * result.epoch_losses.front())) {
            std::printf("FAIL: the loss did not fall enough\n");
            return 1;
        }
        std::printf("engine self-test passed\n");
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "engine self-test failed: %s\n", e.what());
        return 2;
    }
}
