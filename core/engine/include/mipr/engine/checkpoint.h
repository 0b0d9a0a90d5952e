// Segmentation checkpoints: weights, buffers and the JSON config that rebuilds the network,
// written atomically (temporary file, then rename).
#pragma once

#include <filesystem>
#include <string>

#include "mipr/engine/unet.h"

namespace mipr::engine {

/// Saves the network and a JSON config string. Throws std::runtime_error naming the file.
void save_unet_checkpoint(const std::filesystem::path& file, UNet& net, const std::string& config_json);

struct LoadedUNet {
    UNet net{nullptr};
    std::string config_json;
};

/// Loads a checkpoint written by save_unet_checkpoint; `options` must match the saved shapes
/// (the pipeline rebuilds them from the config JSON). Throws std::runtime_error naming the file.
LoadedUNet load_unet_checkpoint(const std::filesystem::path& file, const UNetOptions& options);

/// Reads only the config string of a checkpoint.
std::string read_checkpoint_config(const std::filesystem::path& file);

}  // namespace mipr::engine
