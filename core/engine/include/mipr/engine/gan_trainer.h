// Training of G and D (ARCHITECTURE.md §1.2): hinge GAN + feature matching + L1 + S-consistency,
// Adam with betas (0, 0.9) and TTUR learning rates, the encoder reading a patch-shuffled copy of
// the image. A GanTrainer owns G, D, their optimisers and its random generator, so a run can be
// saved at an epoch boundary and resumed to the same weights as an uninterrupted run.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <random>
#include <stop_token>
#include <string>
#include <vector>

#include <c10/core/Device.h>
#include <torch/optim/adam.h>
#include <torch/types.h>

#include "mipr/engine/discriminator.h"
#include "mipr/engine/generator.h"
#include "mipr/engine/unet.h"

namespace mipr::engine {

/// Images [N,3,H,W] in [0,1] and masks [N,1,H,W] in {0,1}, on the CPU.
struct GanDataset {
    torch::Tensor images;
    torch::Tensor masks;
    std::int64_t size() const { return images.defined() ? images.size(0) : 0; }
};

struct GanTrainOptions {
    int epochs = 100;
    int batch_size = 4;
    double lr_g = 1e-4;
    double lr_d = 4e-4;
    double beta1 = 0.0;
    double beta2 = 0.9;
    double lambda_fm = 10.0;
    double lambda_l1 = 10.0;
    double lambda_consistency = 1.0;
    bool consistency = true;  ///< S-consistency loss (needs a segmenter)
    bool shuffle = true;      ///< patch-shuffle G's encoder input (pixel rearrangement)
    std::vector<int> shuffle_k{1, 2, 4};
    bool flips = true;  ///< joint flips / 90° rotations of image and mask
    unsigned long long seed = 0;
    c10::Device device = c10::Device(c10::kCPU);
};

struct GanStepStats {
    int epoch = 0, epochs = 0, step = 0, steps = 0;
    double loss_g = 0, loss_d = 0, l1 = 0, consistency = 0;  ///< epoch means so far
    double feature_matching = 0;                             ///< epoch mean so far
    double seconds = 0;
    /// Images per forward pass: batch_size, or less after an out-of-memory error (see oom.h).
    int micro_batch = 0;
};

struct GanEpochLosses {
    double loss_g = 0, loss_d = 0, l1 = 0, consistency = 0, feature_matching = 0;
};

class GanTrainer {
public:
    /// `segmenter` may be empty (nullptr module) when options.consistency is false.
    GanTrainer(Generator generator, MultiscaleDiscriminator discriminator, UNet segmenter,
               GanTrainOptions options);

    /// Trains until `until_epoch` epochs (default: options.epochs) are done in all, from epoch(),
    /// so a resumed trainer continues. A D or G step that runs out of device memory is retried in
    /// micro-batches of half the size, down to one image (oom.h). Returns false when stopped through `stop`
    /// (the epoch in progress is lost: epoch() stays at the last completed one).
    bool train(const GanDataset& data, const std::function<void(const GanStepStats&)>& on_step = {},
               std::stop_token stop = {}, int until_epoch = -1);

    int epoch() const { return epoch_; }
    const std::vector<GanEpochLosses>& history() const { return history_; }
    double seconds() const { return seconds_; }
    std::int64_t images_seen() const { return images_seen_; }

    /// Saves G, D, both optimisers, the epoch, the loss history and every random state.
    void save(const std::filesystem::path& file, const std::string& config_json) const;
    /// Restores what save() wrote into this trainer (same architecture); returns the config.
    std::string load(const std::filesystem::path& file);

    Generator& generator() { return g_; }
    MultiscaleDiscriminator& discriminator() { return d_; }
    const GanTrainOptions& options() const { return options_; }

private:
    /// Moves G, D and S to the device, in channels-last where the precision policy says so.
    void place_networks();

    Generator g_;
    MultiscaleDiscriminator d_;
    UNet s_;
    GanTrainOptions options_;
    torch::optim::Adam opt_g_;
    torch::optim::Adam opt_d_;
    std::mt19937_64 rng_;
    int epoch_ = 0;
    std::vector<GanEpochLosses> history_;
    double seconds_ = 0;
    std::int64_t images_seen_ = 0;
    int micro_ = 0;  ///< images per forward pass; 0 until the first step (then batch_size)
};

/// Loads only G's weights from a file written by GanTrainer::save (for annotation).
Generator load_generator(const std::filesystem::path& file, const GeneratorOptions& options);

}  // namespace mipr::engine
