#include "mipr/engine/oom.h"

#include <c10/util/Exception.h>

#include <atomic>
#include <cstdlib>
#include <string>

namespace mipr::engine {
namespace {

std::int64_t from_environment() {
    const char* v = std::getenv("MIPR_INJECT_OOM_ABOVE");
    if (v == nullptr || *v == '\0') return 0;
    char* end = nullptr;
    const long long n = std::strtoll(v, &end, 10);
    return (end != v && n > 0) ? static_cast<std::int64_t>(n) : 0;
}

std::atomic<std::int64_t>& limit() {
    static std::atomic<std::int64_t> value{from_environment()};
    return value;
}

}  // namespace

bool is_out_of_memory(const std::exception& e) {
    if (dynamic_cast<const c10::OutOfMemoryError*>(&e) != nullptr) return true;
    if (dynamic_cast<const c10::Error*>(&e) == nullptr) return false;
    return std::string(e.what()).find("out of memory") != std::string::npos;
}

void inject_out_of_memory_above(std::int64_t images) {
    limit().store(images > 0 ? images : 0);
}

namespace {
std::atomic<std::int64_t> retries{0};
}

std::int64_t out_of_memory_retries() {
    return retries.load();
}

void note_out_of_memory_retry() {
    retries.fetch_add(1);
}

void check_injected_out_of_memory(std::int64_t images) {
    const auto above = limit().load();
    if (above > 0 && images > above)
        throw c10::OutOfMemoryError({__func__, __FILE__, static_cast<std::uint32_t>(__LINE__)},
                                    "out of memory (injected for a test: more than " + std::to_string(above) +
                                        " images in one pass)");
}

}  // namespace mipr::engine
