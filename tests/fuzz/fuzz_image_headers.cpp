// libFuzzer target: the image header readers that run before any decoder (format sniffing, JPEG
// marker walk, PNG chunks, BMP and TIFF sizes). They read untrusted bytes: no input may crash
// them or read out of bounds.
#include "image_headers.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mipr::data::detail;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)sniff_format(bytes);
    (void)parse_jpeg(bytes, false);
    (void)parse_jpeg(bytes, true);
    (void)parse_png(bytes);
    (void)tiff_orientation(bytes);
    (void)stored_size(bytes);
    return 0;
}
