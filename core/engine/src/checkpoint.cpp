// Segmentation checkpoints through LibTorch's serialize archives, written atomically.
#include "mipr/engine/checkpoint.h"

#include "mipr/engine/train_state.h"

#include <stdexcept>

namespace fs = std::filesystem;

namespace mipr::engine {
namespace {
constexpr const char* kConfigKey = "mipr_config_json";
constexpr const char* kFormatKey = "mipr_checkpoint_format";
constexpr int64_t kFormat = 1;

[[noreturn]] void unusable(const fs::path& file, const std::exception& e) {
    throw std::runtime_error(file.string() + ": not a usable MIPR checkpoint (" +
                             std::string(e.what()).substr(0, 300) + ")");
}
}  // namespace

void save_unet_checkpoint(const fs::path& file, UNet& net, const std::string& config_json) {
    torch::serialize::OutputArchive archive;
    net->save(archive);
    archive.write(kConfigKey, c10::IValue(config_json));
    archive.write(kFormatKey, c10::IValue(kFormat));
    // Atomic: a crash while saving leaves the previous checkpoint (or none), never half of one.
    save_archive_atomic(archive, file);
}

LoadedUNet load_unet_checkpoint(const fs::path& file, const UNetOptions& options) {
    LoadedUNet out;
    torch::serialize::InputArchive archive;
    load_archive(archive, file);
    try {
        out.net = UNet(options);
        out.net->load(archive);
        c10::IValue config;
        if (archive.try_read(kConfigKey, config)) out.config_json = config.toStringRef();
    } catch (const std::exception& e) {
        unusable(file, e);
    }
    return out;
}

std::string read_checkpoint_config(const fs::path& file) {
    torch::serialize::InputArchive archive;
    load_archive(archive, file);
    c10::IValue config;
    if (archive.try_read(kConfigKey, config)) return config.toStringRef();
    return {};
}

}  // namespace mipr::engine
