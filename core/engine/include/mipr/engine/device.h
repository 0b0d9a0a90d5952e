// Device selection and CPU thread set-up for the engine (ARCHITECTURE.md §5).
#pragma once

#include <string>

#include <c10/core/Device.h>

namespace mipr::engine {

/// Parses "auto", "cpu", "cuda" or "cuda:N". "auto" picks CUDA device 0 when one is available,
/// else the CPU. Throws std::invalid_argument with a readable message for a malformed name or a
/// CUDA device that is not present.
c10::Device resolve_device(const std::string& spec);

/// Keeps freed tensor memory in the process (glibc: no mmap below 32 MiB, no trimming below
/// 1 GiB) instead of returning it to the system after every layer; once per process. Called by
/// configure_threads.
void tune_cpu_allocator();
/// Sets LibTorch's intra-op threads to `threads`, or to the number of cores when threads <= 0
/// (Debian's LibTorch starts with one), after tune_cpu_allocator(). Returns the number in effect.
int configure_threads(int threads = 0);

/// A one-line description of the device, e.g. "cpu (2 threads)" or "cuda:0 (NVIDIA H100)".
std::string describe_device(const c10::Device& device);

/// Makes training on the CPU reproducible (deterministic algorithms where LibTorch has them)
/// and seeds LibTorch's global generators.
void seed_everything(unsigned long long seed);

}  // namespace mipr::engine
