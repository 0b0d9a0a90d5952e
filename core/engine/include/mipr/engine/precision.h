// Mixed precision and memory format for the nets (ARCHITECTURE.md §5): on CUDA, bfloat16
// autocast and channels-last tensors let the tensor cores and cuDNN's NHWC kernels run; on the
// CPU both stay off unless asked for (float32 keeps CPU runs deterministic and reproducible;
// channels-last measured on a 2-core AVX-512 VM with LibTorch 1.13, engine_bench at 128²: S
// training 36.5 vs 33.6 img/s, S inference 113 vs 117, G+D training 1.86 vs 3.14, G inference
// 7.9 vs 12.1 — no gain for S, a loss for G). S's inference path (FrozenUNet, unet_inference.h)
// is the exception: with batch norm folded and the transposed convs as 1x1 convs it is fastest in
// NHWC on the CPU too, so there `automatic` means channels-last on every device.
#pragma once

#include <c10/core/Device.h>
#include <torch/nn/module.h>
#include <torch/types.h>

#include <string>

namespace mipr::engine {

enum class Switch { automatic, on, off };

/// The process-wide choice, read by the trainers and by inference. `automatic` means on for
/// CUDA devices and off for the CPU.
struct PrecisionPolicy {
    Switch mixed_precision = Switch::automatic;  ///< bfloat16 autocast of forward passes
    Switch channels_last = Switch::automatic;    ///< NHWC parameters and activations
};

/// What the policy means on one device.
struct Precision {
    bool mixed = false;
    bool channels_last = false;
};

void set_precision_policy(const PrecisionPolicy& policy);
PrecisionPolicy precision_policy();
Precision resolve_precision(const c10::Device& device);
/// Parses "auto", "fp32" (both off), "mixed" (bf16 + channels-last), "channels-last" (fp32 NHWC).
/// Throws std::invalid_argument naming the accepted values.
PrecisionPolicy parse_precision(const std::string& name);

/// Enables (or, with enabled = false, suspends) bfloat16 autocast for `device`'s type for the
/// lifetime of the scope, restoring the previous state afterwards. A no-op on the CPU.
class AutocastScope {
public:
    AutocastScope(const c10::Device& device, bool enabled);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool active_ = false;
    bool previous_enabled_ = false;
    c10::ScalarType previous_dtype_ = c10::ScalarType::Float;
};

/// CUDA autocast's state on this thread (what AutocastScope sets). The state is per thread and
/// needs no GPU, so the tests check AutocastScope, and the LibTorch-version branch behind these
/// calls, on any machine.
bool cuda_autocast_enabled();
c10::ScalarType cuda_autocast_dtype();

/// Converts every 4-D parameter and buffer of `module` to channels-last in place (the tensors
/// keep their identity, so optimisers created before still hold them).
void to_channels_last(torch::nn::Module& module);
/// `x` in channels-last when `on` and x is 4-D, else x.
torch::Tensor maybe_channels_last(const torch::Tensor& x, bool on);

}  // namespace mipr::engine
