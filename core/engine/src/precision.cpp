// Mixed precision and channels-last (see precision.h).
#include "mipr/engine/precision.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <atomic>
#include <stdexcept>

// LibTorch 2.4 generalised the autocast API over device types and deprecated the CUDA-only one.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
#define MIPR_AUTOCAST_BY_DEVICE 1
#else
#define MIPR_AUTOCAST_BY_DEVICE 0
#endif

namespace mipr::engine {
namespace {

std::atomic<Switch> g_mixed{Switch::automatic};
std::atomic<Switch> g_channels_last{Switch::automatic};

bool resolve(Switch s, const c10::Device& device) {
    if (s == Switch::automatic) return device.is_cuda();
    return s == Switch::on;
}

void set_autocast(bool enabled, c10::ScalarType dtype) {
#if MIPR_AUTOCAST_BY_DEVICE
    at::autocast::set_autocast_dtype(at::kCUDA, dtype);
    at::autocast::set_autocast_enabled(at::kCUDA, enabled);
#else
    at::autocast::set_autocast_gpu_dtype(dtype);
    at::autocast::set_enabled(enabled);
#endif
}

}  // namespace

bool cuda_autocast_enabled() {
#if MIPR_AUTOCAST_BY_DEVICE
    return at::autocast::is_autocast_enabled(at::kCUDA);
#else
    return at::autocast::is_enabled();
#endif
}

c10::ScalarType cuda_autocast_dtype() {
#if MIPR_AUTOCAST_BY_DEVICE
    return at::autocast::get_autocast_dtype(at::kCUDA);
#else
    return at::autocast::get_autocast_gpu_dtype();
#endif
}

void set_precision_policy(const PrecisionPolicy& policy) {
    g_mixed = policy.mixed_precision;
    g_channels_last = policy.channels_last;
}

PrecisionPolicy precision_policy() {
    return {g_mixed.load(), g_channels_last.load()};
}

Precision resolve_precision(const c10::Device& device) {
    return {resolve(g_mixed.load(), device), resolve(g_channels_last.load(), device)};
}

PrecisionPolicy parse_precision(const std::string& name) {
    if (name == "auto") return {};
    if (name == "fp32") return {Switch::off, Switch::off};
    if (name == "mixed") return {Switch::on, Switch::on};
    if (name == "channels-last") return {Switch::off, Switch::on};
    throw std::invalid_argument("precision '" + name + "': expected auto, fp32, mixed or channels-last");
}

AutocastScope::AutocastScope(const c10::Device& device, bool enabled) {
    // Autocast is used on CUDA only: CPU runs stay float32 and reproducible.
    if (!device.is_cuda()) return;
    previous_enabled_ = cuda_autocast_enabled();
    previous_dtype_ = cuda_autocast_dtype();
    if (previous_enabled_ == enabled) return;
    active_ = true;
    set_autocast(enabled, c10::ScalarType::BFloat16);
    if (enabled) at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope() {
    if (!active_) return;
    // Casts of the weights are cached while autocast is on; drop them when the outermost scope
    // ends so that the next step sees the updated weights.
    if (!previous_enabled_ && at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
    set_autocast(previous_enabled_, previous_dtype_);
}

void to_channels_last(torch::nn::Module& module) {
    torch::NoGradGuard no_grad;
    for (auto& p : module.parameters()) {
        if (p.dim() == 4) p.set_data(p.data().contiguous(c10::MemoryFormat::ChannelsLast));
    }
    for (auto& b : module.buffers()) {
        if (b.dim() == 4) b.set_data(b.data().contiguous(c10::MemoryFormat::ChannelsLast));
    }
}

torch::Tensor maybe_channels_last(const torch::Tensor& x, bool on) {
    return on && x.dim() == 4 ? x.contiguous(c10::MemoryFormat::ChannelsLast) : x;
}

}  // namespace mipr::engine
