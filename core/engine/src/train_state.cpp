// Atomic archive writes and random-generator state (see train_state.h).
#include "mipr/engine/train_state.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/core/Generator.h>

#include <mutex>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace mipr::engine {

void save_archive_atomic(torch::serialize::OutputArchive& archive, const fs::path& file) {
    const fs::path tmp =
        file.parent_path() / (file.filename().string() + ".tmp-" + std::to_string(std::random_device{}()));
    try {
        archive.save_to(tmp.string());
        fs::rename(tmp, file);
    } catch (const std::exception& e) {
        std::error_code ec;
        fs::remove(tmp, ec);
        throw std::runtime_error(file.string() + ": cannot write: " + e.what());
    }
}

void load_archive(torch::serialize::InputArchive& archive, const fs::path& file) {
    if (!fs::exists(file)) throw std::runtime_error(file.string() + ": file not found");
    try {
        archive.load_from(file.string(), c10::Device(c10::kCPU));
    } catch (const std::exception& e) {
        throw std::runtime_error(file.string() + ": not a readable checkpoint (" +
                                 std::string(e.what()).substr(0, 300) + ")");
    }
}

std::string rng_state(const std::mt19937_64& rng) {
    std::ostringstream out;
    out << rng;
    return out.str();
}

void set_rng_state(std::mt19937_64& rng, const std::string& state) {
    std::istringstream in(state);
    in >> rng;
    if (!in) throw std::runtime_error("corrupt random-generator state in checkpoint");
}

void move_adam_state(torch::optim::Adam& optimizer, const c10::Device& device) {
    for (auto& item : optimizer.state()) {
        auto& s = static_cast<torch::optim::AdamParamState&>(*item.second);
        s.exp_avg(s.exp_avg().to(device));
        s.exp_avg_sq(s.exp_avg_sq().to(device));
        if (s.max_exp_avg_sq().defined()) s.max_exp_avg_sq(s.max_exp_avg_sq().to(device));
    }
}

torch::Tensor torch_cpu_rng_state() {
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    return gen.get_state();
}

void set_torch_cpu_rng_state(const torch::Tensor& state) {
    auto gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(state);
}

}  // namespace mipr::engine
