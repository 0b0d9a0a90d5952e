// libFuzzer target: opening a project whose project.mipr holds arbitrary bytes (a project
// folder from elsewhere is untrusted), then reading it as `info` and `check` do. Errors must be
// mipr::InputError; nothing may crash.
#include "mipr/common/error.h"
#include "mipr/project/project.h"

#include <unistd.h>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace fs = std::filesystem;
    static const fs::path dir =
        fs::temp_directory_path() / ("mipr-fuzz-project-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    {
        std::ofstream out(dir / "project.mipr", std::ios::binary);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        auto p = mipr::project::Project::open(dir, mipr::project::Project::Access::read_only);
        (void)p.counts();
        (void)p.images();
        (void)p.models();
        (void)p.pairs();
        (void)p.check();
    } catch (const mipr::InputError&) {
    }
    return 0;
}
