// What differs between Linux (glibc), other POSIX systems and Windows, behind one interface, so
// no other file of ours needs a POSIX- or Windows-only header. scripts/check-windows-compile.sh
// compiles this (and core/common, core/project, the applications' platform code) for Windows.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <system_error>

namespace mipr::platform {

/// This process's id (for temporary file names and lock holders' descriptions).
long process_id();

/// This computer's name ("this computer" when the system does not say).
std::string host_name();

/// Whether standard error is a terminal (progress bars redraw in place only there).
bool stderr_is_terminal();

/// Whether this user may write `path` (permissions, a read-only file system or share).
bool can_write(const std::filesystem::path& path);

/// Writes `size` bytes to a new file `path` (created; an existing one is truncated) and flushes
/// them to the disk (fsync / FlushFileBuffers) before returning. Throws mipr::InputError naming
/// `report_as` and the system's reason.
void write_and_flush(const std::filesystem::path& path, const void* data, std::size_t size,
                     const std::filesystem::path& report_as);

/// Flushes a file or, on POSIX, a folder's entries to the disk; best effort (Windows cannot open
/// a folder for flushing, and its rename below is write-through instead).
void flush_to_disk(const std::filesystem::path& path, bool directory);

/// Moves `from` over `to`, replacing it atomically where the system can (rename(2); Windows:
/// MoveFileExW with MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH). Sets `ec` on failure.
void replace_file(const std::filesystem::path& from, const std::filesystem::path& to, std::error_code& ec);

/// Gives the heap's free memory back to the system (glibc: malloc_trim; Windows: _heapmin;
/// elsewhere nothing).
void release_free_memory();

/// Calls `handler(count)` on its own thread for each Ctrl-C (or SIGTERM; on Windows also Ctrl-Break
/// and closing the console), count = 1, 2, ...; the process is not killed by them. POSIX: the
/// signals are blocked in every thread and taken by one waiting thread (install before starting
/// other threads). Windows: SetConsoleCtrlHandler. Installs once; later calls do nothing.
void on_interrupt(std::function<void(int count)> handler);

}  // namespace mipr::platform
