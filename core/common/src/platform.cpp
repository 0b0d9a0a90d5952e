// The platform layer (see platform.h): POSIX (glibc where it matters) and Windows branches.
#include "mipr/common/platform.h"

#include "mipr/common/error.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <utility>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <malloc.h>
#include <process.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <csignal>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#endif

namespace fs = std::filesystem;

namespace mipr::platform {

#ifdef _WIN32
namespace {

std::string last_error_text(DWORD code) {
    char* buffer = nullptr;
    const DWORD n = FormatMessageA(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
        code, 0, reinterpret_cast<LPSTR>(&buffer), 0, nullptr);
    std::string text = n && buffer ? std::string(buffer, n) : "error " + std::to_string(code);
    if (buffer) LocalFree(buffer);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == '.'))
        text.pop_back();
    return text;
}

std::function<void(int)>& interrupt_handler() {
    static std::function<void(int)> handler;
    return handler;
}

BOOL WINAPI console_handler(DWORD type) {
    static std::atomic<int> count{0};
    switch (type) {
        case CTRL_C_EVENT:
        case CTRL_BREAK_EVENT:
        case CTRL_CLOSE_EVENT:
            interrupt_handler()(++count);
            return TRUE;  // handled: the process is not ended by the default handler
        default:
            return FALSE;
    }
}

}  // namespace

long process_id() {
    return static_cast<long>(_getpid());
}

std::string host_name() {
    char host[MAX_COMPUTERNAME_LENGTH + 1] = {};
    DWORD n = sizeof host;
    return GetComputerNameA(host, &n) ? std::string(host, n) : std::string("this computer");
}

bool stderr_is_terminal() {
    return _isatty(_fileno(stderr)) != 0;
}

bool can_write(const fs::path& path) {
    return _waccess(path.c_str(), 2) == 0;
}

void write_and_flush(const fs::path& path, const void* data, std::size_t size, const fs::path& report_as) {
    const HANDLE h =
        CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        throw InputError(report_as, "cannot create a temporary file: " + last_error_text(GetLastError()));
    const auto* p = static_cast<const char*>(data);
    std::size_t left = size;
    while (left > 0) {
        const DWORD chunk = left > (1u << 30) ? (1u << 30) : static_cast<DWORD>(left);
        DWORD written = 0;
        if (!WriteFile(h, p, chunk, &written, nullptr)) {
            const DWORD err = GetLastError();
            CloseHandle(h);
            throw InputError(report_as, "cannot write: " + last_error_text(err));
        }
        p += written;
        left -= written;
    }
    if (!FlushFileBuffers(h)) {
        const DWORD err = GetLastError();
        CloseHandle(h);
        throw InputError(report_as, "cannot flush to disk: " + last_error_text(err));
    }
    if (!CloseHandle(h)) throw InputError(report_as, "cannot close: " + last_error_text(GetLastError()));
}

void flush_to_disk(const fs::path& path, bool directory) {
    if (directory) return;  // folders cannot be flushed; replace_file is write-through
    const HANDLE h = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                 OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) return;
    FlushFileBuffers(h);
    CloseHandle(h);
}

void replace_file(const fs::path& from, const fs::path& to, std::error_code& ec) {
    ec.clear();
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        ec = std::error_code(static_cast<int>(GetLastError()), std::system_category());
}

void release_free_memory() {
    _heapmin();
}

void on_interrupt(std::function<void(int count)> handler) {
    static std::atomic<bool> installed{false};
    if (installed.exchange(true)) return;
    interrupt_handler() = std::move(handler);
    SetConsoleCtrlHandler(console_handler, TRUE);
}

#else  // POSIX

long process_id() {
    return static_cast<long>(::getpid());
}

std::string host_name() {
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) return "this computer";
    return host;
}

bool stderr_is_terminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

bool can_write(const fs::path& path) {
    return ::access(path.c_str(), W_OK) == 0;
}

void write_and_flush(const fs::path& path, const void* data, std::size_t size, const fs::path& report_as) {
    const auto fail = [&](const std::string& what, int err) {
        throw InputError(report_as, what + ": " + std::strerror(err));
    };
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail("cannot create a temporary file", errno);
    const auto* p = static_cast<const char*>(data);
    std::size_t left = size;
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            ::close(fd);
            fail("cannot write", err);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        fail("cannot flush to disk", err);
    }
    if (::close(fd) != 0) fail("cannot close", errno);
}

void flush_to_disk(const fs::path& path, bool directory) {
    const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0) return;  // best effort
    ::fsync(fd);
    ::close(fd);
}

void replace_file(const fs::path& from, const fs::path& to, std::error_code& ec) {
    fs::rename(from, to, ec);
}

void release_free_memory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void on_interrupt(std::function<void(int count)> handler) {
    static std::atomic<bool> installed{false};
    if (installed.exchange(true)) return;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread([set, handler = std::move(handler)] {
        int sig = 0;
        int count = 0;
        while (sigwait(&set, &sig) == 0)
            handler(++count);
    }).detach();
}

#endif

}  // namespace mipr::platform
