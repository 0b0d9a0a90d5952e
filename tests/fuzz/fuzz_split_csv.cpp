// libFuzzer target: the split CSV reader on arbitrary file contents. Errors must be
// mipr::InputError (a message for the user), never a crash or another exception type.
#include "mipr/common/error.h"
#include "mipr/data/dataset_scan.h"

#include <unistd.h>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("mipr-fuzz-split-" + std::to_string(::getpid()) + ".csv");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        (void)mipr::data::read_split_csv(file);
    } catch (const mipr::InputError&) {
    }
    return 0;
}
