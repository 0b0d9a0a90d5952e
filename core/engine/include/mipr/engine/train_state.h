// Serialising the state that makes a training run resumable bit for bit: random generators
// (ours and LibTorch's CPU generator) beside models and optimisers, written atomically.
#pragma once

#include <filesystem>
#include <functional>
#include <random>
#include <string>

#include <c10/core/Device.h>
#include <torch/optim/adam.h>
#include <torch/serialize/input-archive.h>
#include <torch/serialize/output-archive.h>

namespace mipr::engine {

/// Saves `archive` to `file` through a temporary file and a rename (a crash leaves the previous
/// file intact). Throws std::runtime_error naming the file.
void save_archive_atomic(torch::serialize::OutputArchive& archive, const std::filesystem::path& file);
/// Loads an archive onto the CPU; throws std::runtime_error naming the file.
void load_archive(torch::serialize::InputArchive& archive, const std::filesystem::path& file);

/// std::mt19937_64 ⇄ string (the standard's textual state).
std::string rng_state(const std::mt19937_64& rng);
void set_rng_state(std::mt19937_64& rng, const std::string& state);

/// Moves an Adam optimiser's state (moments) to `device`: a loaded state lands on the CPU.
void move_adam_state(torch::optim::Adam& optimizer, const c10::Device& device);

/// LibTorch's default CPU generator state, as a byte tensor, and back.
torch::Tensor torch_cpu_rng_state();
void set_torch_cpu_rng_state(const torch::Tensor& state);

}  // namespace mipr::engine
