// Atomic file writes (see atomic_file.h).
#include "mipr/common/atomic_file.h"

#include "mipr/common/error.h"

#include <fcntl.h>
#include <unistd.h>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace mipr {
namespace {

fs::path temp_beside(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    std::random_device rd;
    std::ostringstream name;
    name << "." << target.filename().string() << ".tmp-" << ::getpid() << "-" << counter++ << "-" << rd();
    return target.parent_path() / name.str();
}

void fsync_path(const fs::path& p, bool directory) {
#ifndef _WIN32
    const int fd = ::open(p.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0) return;  // fsync of the directory is best effort
    ::fsync(fd);
    ::close(fd);
#else
    (void)p;
    (void)directory;
#endif
}

[[noreturn]] void fail(const fs::path& target, const std::string& what, int err) {
    throw InputError(target, what + ": " + std::strerror(err));
}

}  // namespace

void write_file_atomic(const fs::path& target, std::span<const std::byte> bytes) {
    write_file_atomic_with(target, [&](const fs::path& tmp) {
#ifndef _WIN32
        const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) fail(target, "cannot create a temporary file", errno);
        const std::byte* p = bytes.data();
        std::size_t left = bytes.size();
        while (left > 0) {
            const ssize_t n = ::write(fd, p, left);
            if (n < 0) {
                if (errno == EINTR) continue;
                const int err = errno;
                ::close(fd);
                fail(target, "cannot write", err);
            }
            p += n;
            left -= static_cast<std::size_t>(n);
        }
        if (::fsync(fd) != 0) {
            const int err = errno;
            ::close(fd);
            fail(target, "cannot flush to disk", err);
        }
        if (::close(fd) != 0) fail(target, "cannot close", errno);
#else
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) throw InputError(target, "cannot write");
#endif
    });
}

void write_file_atomic(const fs::path& target, std::string_view text) {
    write_file_atomic(target, std::as_bytes(std::span<const char>(text.data(), text.size())));
}

void write_file_atomic_with(const fs::path& target, const std::function<void(const fs::path&)>& writer) {
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw InputError(target, "the folder does not exist");
    const fs::path tmp = temp_beside(target.parent_path().empty() ? fs::path(".") / target : target);
    try {
        writer(tmp);
        if (!fs::exists(tmp, ec)) throw InputError(target, "the file could not be written");
        fsync_path(tmp, false);
        fs::rename(tmp, target, ec);
        if (ec) throw InputError(target, "cannot move the new file into place: " + ec.message());
        fsync_path(dir, true);
    } catch (...) {
        fs::remove(tmp, ec);
        throw;
    }
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file, "cannot open the file for reading");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw InputError(file, "read error");
    return ss.str();
}

}  // namespace mipr
