// Atomic file writes (see atomic_file.h).
#include "mipr/common/atomic_file.h"

#include "mipr/common/error.h"
#include "mipr/common/platform.h"

#include <atomic>
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
    name << "." << target.filename().string() << ".tmp-" << platform::process_id() << "-" << counter++ << "-"
         << rd();
    return target.parent_path() / name.str();
}

}  // namespace

void write_file_atomic(const fs::path& target, std::span<const std::byte> bytes) {
    write_file_atomic_with(target, [&](const fs::path& tmp) {
        platform::write_and_flush(tmp, bytes.data(), bytes.size(), target);
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
        platform::flush_to_disk(tmp, false);
        platform::replace_file(tmp, target, ec);
        if (ec) throw InputError(target, "cannot move the new file into place: " + ec.message());
        platform::flush_to_disk(dir, true);
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
