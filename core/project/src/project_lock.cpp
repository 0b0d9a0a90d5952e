// The project's writer lock (see project_lock.h): flock(2) on POSIX, LockFileEx on Windows.
#include "mipr/project/project_lock.h"

#include "mipr/common/atomic_file.h"
#include "mipr/common/error.h"
#include "mipr/common/platform.h"
#include "sqlite_util.h"

#include <chrono>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace mipr::project {

struct ProjectLock::State {
    fs::path file;
#ifdef _WIN32
    HANDLE handle = INVALID_HANDLE_VALUE;
#else
    int fd = -1;
#endif
    ~State() {
#ifdef _WIN32
        if (handle != INVALID_HANDLE_VALUE) {
            OVERLAPPED o{};
            UnlockFileEx(handle, 0, 1, 0, &o);
            CloseHandle(handle);
        }
#else
        if (fd >= 0) ::close(fd);  // releases the flock
#endif
    }
};

namespace {

/// The lock is held by another process (`holder`: what its file says).
struct LockBusy : InputError {
    LockBusy(const fs::path& file, const std::string& what, std::string who)
        : InputError(file, what), holder(std::move(who)) {}
    std::string holder;
};

std::mutex g_mutex;
std::map<fs::path, std::weak_ptr<ProjectLock::State>> g_held;  // by lock file, this process

std::string describe_self(const std::string& holder) {
    return holder + " (process " + std::to_string(platform::process_id()) + " on " + platform::host_name() +
           ", since " + detail::utc_now() + ")";
}

}  // namespace

ProjectLock::ProjectLock(std::shared_ptr<State> state) : state_(std::move(state)) {}
ProjectLock::ProjectLock(ProjectLock&&) noexcept = default;
ProjectLock& ProjectLock::operator=(ProjectLock&&) noexcept = default;
ProjectLock::~ProjectLock() {
    std::lock_guard guard(g_mutex);
    state_.reset();
}

std::string ProjectLock::holder_of(const fs::path& root) {
    return holder_in(root / kFileName);
}

std::string ProjectLock::holder_in(const fs::path& file) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return {};
    try {
        std::string text = read_file(file);
        if (text.size() > 512) text.resize(512);  // a hint, from a file anyone may have written
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
            text.pop_back();
        return text;
    } catch (const InputError&) {
        return {};
    }
}

ProjectLock ProjectLock::acquire(const fs::path& root, const std::string& holder) {
    return acquire_file(root, kFileName, holder, std::chrono::milliseconds(0));
}

std::optional<ProjectLock> ProjectLock::try_acquire_studio(const fs::path& root, const std::string& holder,
                                                           std::string* other) {
    try {
        return acquire_file(root, kStudioFileName, holder, std::chrono::milliseconds(0));
    } catch (const LockBusy& busy) {
        if (other) *other = busy.holder;
        return std::nullopt;
    }
}

ProjectLock ProjectLock::acquire_for_edit(const fs::path& root, const std::string& holder) {
    return acquire_file(root, kEditFileName, holder, std::chrono::seconds(10));
}

ProjectLock ProjectLock::acquire_file(const fs::path& root, const char* name, const std::string& holder,
                                      std::chrono::milliseconds wait) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(root, ec);
    if (ec) canonical = fs::absolute(root).lexically_normal();
    const fs::path file = canonical / name;
    std::lock_guard guard(g_mutex);
    if (auto it = g_held.find(file); it != g_held.end())
        if (auto state = it->second.lock()) return ProjectLock(state);

    auto state = std::make_shared<State>();
    state->file = file;
    const std::string me = describe_self(holder) + "\n";
    auto busy = [&] {
        const std::string who = holder_in(file);
        return LockBusy(file,
                        "another program is changing this project: " +
                            (who.empty() ? std::string("its lock is held") : who) +
                            ". Wait for it to finish, or stop it, then try again",
                        who);
    };
#ifdef _WIN32
    state->handle =
        CreateFileW(file.c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                    OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (state->handle == INVALID_HANDLE_VALUE) {
        const DWORD err = GetLastError();
        if (err == ERROR_ACCESS_DENIED || err == ERROR_WRITE_PROTECT)
            throw InputError(canonical,
                             std::string("the project is read-only for this user (its lock file cannot be "
                                         "written); ") +
                                 kReadersStillWork);
        throw InputError(file, "cannot open the project's lock file (error " + std::to_string(err) + ")");
    }
    OVERLAPPED o{};
    const auto until = std::chrono::steady_clock::now() + wait;
    BOOL locked = FALSE;
    while (!(locked = LockFileEx(state->handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0,
                                 &o)) &&
           std::chrono::steady_clock::now() < until)
        Sleep(5);
    if (!locked) {
        CloseHandle(state->handle);
        state->handle = INVALID_HANDLE_VALUE;
        throw busy();
    }
    SetFilePointer(state->handle, 0, nullptr, FILE_BEGIN);
    SetEndOfFile(state->handle);
    DWORD written = 0;
    WriteFile(state->handle, me.data(), static_cast<DWORD>(me.size()), &written, nullptr);
#else
    state->fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (state->fd < 0) {
        const int err = errno;
        if (err == EACCES || err == EROFS || err == EPERM)
            throw InputError(canonical,
                             std::string("the project is read-only for this user (its lock file cannot be "
                                         "written: ") +
                                 std::strerror(err) + "); " + kReadersStillWork);
        throw InputError(file, std::string("cannot open the project's lock file: ") + std::strerror(err));
    }
    const auto until = std::chrono::steady_clock::now() + wait;
    int locked = 0;
    while ((locked = ::flock(state->fd, LOCK_EX | LOCK_NB)) != 0 && errno == EWOULDBLOCK &&
           std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    if (locked != 0) {
        const int err = errno;
        ::close(state->fd);
        state->fd = -1;
        if (err == EWOULDBLOCK) throw busy();
        throw InputError(file, std::string("cannot lock the project: ") + std::strerror(err));
    }
    // Who holds it, for the next one's message (best effort: the lock is the flock).
    if (::ftruncate(state->fd, 0) == 0) {
        const ssize_t n = ::pwrite(state->fd, me.data(), me.size(), 0);
        (void)n;
    }
#endif
    g_held[file] = state;
    return ProjectLock(state);
}

}  // namespace mipr::project
