// Segmentation checkpoints through LibTorch's serialize archives, written atomically.
#include "mipr/engine/checkpoint.h"

#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>

#include <random>
#include <stdexcept>

namespace fs = std::filesystem;

namespace mipr::engine {
namespace {
constexpr const char* kConfigKey = "mipr_config_json";
constexpr const char* kFormatKey = "mipr_checkpoint_format";
constexpr int64_t kFormat = 1;
}  // namespace

void save_unet_checkpoint(const fs::path& file, UNet& net, const std::string& config_json) {
    torch::serialize::OutputArchive archive;
    net->save(archive);
    archive.write(kConfigKey, c10::IValue(config_json));
    archive.write(kFormatKey, c10::IValue(kFormat));
    // Atomic: a crash while saving leaves the previous checkpoint (or none), never half of one.
    const fs::path tmp =
        file.parent_path() / (file.filename().string() + ".tmp-" + std::to_string(std::random_device{}()));
    try {
        archive.save_to(tmp.string());
        fs::rename(tmp, file);
    } catch (const std::exception& e) {
        std::error_code ec;
        fs::remove(tmp, ec);
        throw std::runtime_error(file.string() + ": cannot write the checkpoint: " + e.what());
    }
}

LoadedUNet load_unet_checkpoint(const fs::path& file, const UNetOptions& options) {
    if (!fs::exists(file)) throw std::runtime_error(file.string() + ": checkpoint file not found");
    LoadedUNet out;
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(file.string(), c10::Device(c10::kCPU));
        out.net = UNet(options);
        out.net->load(archive);
        c10::IValue config;
        if (archive.try_read(kConfigKey, config)) out.config_json = config.toStringRef();
    } catch (const std::exception& e) {
        throw std::runtime_error(file.string() + ": not a usable MIPR checkpoint (" +
                                 std::string(e.what()).substr(0, 300) + ")");
    }
    return out;
}

std::string read_checkpoint_config(const fs::path& file) {
    if (!fs::exists(file)) throw std::runtime_error(file.string() + ": checkpoint file not found");
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(file.string(), c10::Device(c10::kCPU));
        c10::IValue config;
        if (archive.try_read(kConfigKey, config)) return config.toStringRef();
        return {};
    } catch (const std::exception& e) {
        throw std::runtime_error(file.string() + ": not a usable MIPR checkpoint (" +
                                 std::string(e.what()).substr(0, 300) + ")");
    }
}

}  // namespace mipr::engine
