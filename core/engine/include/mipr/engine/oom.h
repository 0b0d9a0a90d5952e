// Out-of-memory during training (issue 16): a step that runs out of device memory is retried
// with its batch cut into micro-batches of half the size (gradients accumulated, so the
// optimiser step is the same), down to one image; only then does the error reach the caller.
// Inference (S's probabilities, G's rearrangement, the scores) does the same per batch.
// Without a GPU the path is exercised through an injected failure.
#pragma once

#include <cstdint>
#include <exception>

namespace mipr::engine {

/// True for an allocator's out-of-memory error (c10::OutOfMemoryError, or a c10::Error whose
/// message says "out of memory", as CUDA's does).
bool is_out_of_memory(const std::exception& e);

/// Test hook: from now on, a forward pass over more than `images` images throws an
/// out-of-memory error (0 turns it off). The environment variable MIPR_INJECT_OOM_ABOVE sets it
/// for a whole process (the command line and the studio's tests use it).
void inject_out_of_memory_above(std::int64_t images);

/// Inference batches computed again in halves after an out-of-memory error, since the process
/// started (the pipeline tells the user when it grows).
std::int64_t out_of_memory_retries();
void note_out_of_memory_retry();

/// Called by the trainers before a forward pass over `images` images: throws the injected
/// out-of-memory error when `images` exceeds the injected limit.
void check_injected_out_of_memory(std::int64_t images);

}  // namespace mipr::engine
