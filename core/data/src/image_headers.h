// Private to mipr_data: sniffing image formats and reading JPEG/PNG headers without decoding, for
// probe_image() and for detecting truncated JPEGs (libjpeg pads a truncated file with grey and
// reports success, so the decoder alone cannot tell a damaged file from a good one).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace mipr::data::detail {

enum class Format { unknown, jpeg, png, bmp, tiff };

/// Recognises a format by its signature bytes, never by the file name.
Format sniff_format(std::string_view bytes);
const char* format_name(Format format);

struct JpegHeader {
    int width = 0;  ///< as stored, before EXIF orientation
    int height = 0;
    int components = 0;
    int precision = 8;
    int orientation = 1;    ///< EXIF orientation 1..8 (1 when absent or invalid)
    bool complete = false;  ///< an end-of-image marker follows the last scan
};

/// Walks the JPEG marker structure. With `to_end` false it stops at the first scan (enough for
/// size and orientation); otherwise it follows every scan to the end-of-image marker to set
/// `complete`. Returns nullopt when the bytes are not a well-formed marker sequence.
std::optional<JpegHeader> parse_jpeg(std::string_view bytes, bool to_end);

/// The EXIF orientation stored in a TIFF-structured block (the payload of a JPEG `Exif` APP1
/// segment after its 6-byte prefix). Returns 1 when absent or unreadable.
int tiff_orientation(std::string_view tiff);

struct PngHeader {
    int width = 0;
    int height = 0;
    int bit_depth = 8;  ///< 1, 2, 4, 8 or 16 as stored
    int channels = 0;   ///< as OpenCV decodes it unchanged: 1, 3 or 4
};

/// Reads IHDR (and looks for a tRNS chunk before the image data, which OpenCV turns into alpha).
std::optional<PngHeader> parse_png(std::string_view bytes);

/// Width and height as the file's header states them (JPEG frame, PNG IHDR, BMP info header,
/// the first TIFF IFD), before any decoding: what a decompression bomb cannot hide. nullopt when
/// the header cannot be read (the decoder then decides).
struct StoredSize {
    std::uint64_t width = 0;
    std::uint64_t height = 0;
};
std::optional<StoredSize> stored_size(std::string_view bytes);

}  // namespace mipr::data::detail
