// Atomic file writes: write a temporary file beside the target, fsync it, rename it over the
// target, fsync the directory. A crash leaves either the old file or the new one, never half.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <span>
#include <string_view>

namespace mipr {

/// Writes `bytes` to `target` atomically. Throws mipr::InputError naming `target` on failure
/// (disk full, permission denied, missing directory); the target is then left untouched.
void write_file_atomic(const std::filesystem::path& target, std::span<const std::byte> bytes);
void write_file_atomic(const std::filesystem::path& target, std::string_view text);

/// Lets `writer` produce the file at a temporary path (e.g. a library that only writes to a
/// path), then fsyncs and renames it over `target`. The temporary is removed on any failure.
void write_file_atomic_with(const std::filesystem::path& target,
                            const std::function<void(const std::filesystem::path& tmp)>& writer);

/// Reads a whole file; throws mipr::InputError naming it when it cannot be read.
std::string read_file(const std::filesystem::path& file);

}  // namespace mipr
