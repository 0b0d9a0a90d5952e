// Training and inference of the segmentation network S on in-memory tensors. No file I/O, no
// project knowledge: the pipeline layer loads data and stores results.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include <c10/core/Device.h>
#include <torch/types.h>

#include "mipr/engine/augment.h"
#include "mipr/engine/unet.h"

namespace mipr::engine {

/// Images [N,3,H,W] float in [0,1]; masks [N,1,H,W] float in {0,1}. Kept on the CPU; batches
/// move to the training device.
struct SegDataset {
    torch::Tensor images;
    torch::Tensor masks;
    std::int64_t size() const { return images.defined() ? images.size(0) : 0; }
};

struct SegTrainOptions {
    int epochs = 40;
    int batch_size = 4;
    double learning_rate = 1e-3;  ///< Adam; annealed to ~0 with a cosine schedule over all epochs
    double weight_decay = 0.0;
    bool augment = true;
    AugmentOptions augment_options{};
    unsigned long long seed = 0;
    c10::Device device = c10::Device(c10::kCPU);
    /// Resumable training: when set, the whole state (weights, optimiser, epoch, random
    /// generators, losses so far) is written to this file atomically every `checkpoint_every`
    /// epochs, and a call that finds a file written with the same `fingerprint` continues from
    /// it; a file with another fingerprint is ignored and replaced. The caller removes the file
    /// once the trained model is stored.
    std::filesystem::path checkpoint;
    int checkpoint_every = 1;
    std::string fingerprint;  ///< what must match to resume: model config, data, settings
};

struct EpochStats {
    int epoch = 0;  ///< 1-based
    int epochs = 0;
    int step = 0;          ///< steps done in this epoch
    int steps = 0;         ///< steps per epoch
    double loss = 0.0;     ///< mean loss over the epoch so far
    double seconds = 0.0;  ///< since training started
    double learning_rate = 0.0;
    /// Training Dice of the epoch so far: S's thresholded outputs on the (augmented) training
    /// batches against their masks, pooled over pixels. Never a test image.
    double dice = 0.0;
    bool epoch_end = false;  ///< this report closes the epoch (loss and dice are the epoch's)
    /// Images per forward pass: batch_size, or less after an out-of-memory error (see oom.h).
    int micro_batch = 0;
};

struct SegTrainResult {
    std::vector<double> epoch_losses;  ///< every epoch done, those before a resume included
    int resumed_from_epoch = 0;        ///< epochs restored from options.checkpoint (0: fresh start)
    double seconds = 0.0;
    std::int64_t images_seen = 0;
    bool cancelled = false;
};

/// Trains `net` in place. `on_step` is called after every optimiser step (rate-limit in the
/// callee). A step that runs out of device memory is retried in micro-batches of half the size,
/// down to one image (oom.h); the smaller size is kept for the rest of the training. `stop` is checked every
/// step: when it is requested, training returns early and result.cancelled is set (result.epoch_losses holds
/// the epochs completed).
SegTrainResult train_segmentation(UNet& net, const SegDataset& data, const SegTrainOptions& options,
                                  const std::function<void(const EpochStats&)>& on_step = {},
                                  std::stop_token stop = {});

/// Normalises [0,1] images to the network's input range ([-1, 1]).
torch::Tensor normalise_input(const torch::Tensor& images01);

/// Sigmoid probabilities [N,1,H,W] on the CPU for images [N,3,H,W] in [0,1], in batches.
torch::Tensor predict_probabilities(UNet& net, const torch::Tensor& images01, const c10::Device& device,
                                    int batch_size = 8);

}  // namespace mipr::engine
