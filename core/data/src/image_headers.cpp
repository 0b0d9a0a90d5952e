// Format sniffing and JPEG/PNG header parsing (see image_headers.h).
#include "image_headers.h"

#include <cstdint>
#include <cstring>

namespace mipr::data::detail {
namespace {

std::uint8_t byte_at(std::string_view b, std::size_t i) {
    return static_cast<std::uint8_t>(b[i]);
}

std::uint32_t be16(std::string_view b, std::size_t i) {
    return (std::uint32_t{byte_at(b, i)} << 8) | byte_at(b, i + 1);
}

std::uint32_t be32(std::string_view b, std::size_t i) {
    return (be16(b, i) << 16) | be16(b, i + 2);
}

bool is_sof(std::uint8_t m) {
    // SOF0..SOF15, minus DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

// Skips entropy-coded data after a scan header: stops at the first real marker, stepping over
// stuffed bytes (FF 00), restart markers (FF D0..D7) and fill bytes (FF FF).
std::size_t skip_entropy_data(std::string_view b, std::size_t pos) {
    const std::size_t n = b.size();
    while (pos < n) {
        const void* ff = std::memchr(b.data() + pos, 0xFF, n - pos);
        if (ff == nullptr) return n;
        pos = static_cast<std::size_t>(static_cast<const char*>(ff) - b.data());
        if (pos + 1 >= n) return n;
        const std::uint8_t next = byte_at(b, pos + 1);
        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
            pos += 2;
        } else if (next == 0xFF) {
            pos += 1;
        } else {
            return pos;
        }
    }
    return n;
}

}  // namespace

Format sniff_format(std::string_view b) {
    if (b.size() >= 3 && byte_at(b, 0) == 0xFF && byte_at(b, 1) == 0xD8 && byte_at(b, 2) == 0xFF)
        return Format::jpeg;
    if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) return Format::png;
    if (b.size() >= 2 && b.substr(0, 2) == "BM") return Format::bmp;
    if (b.size() >= 4 &&
        (b.substr(0, 4) == std::string_view("II*\0", 4) || b.substr(0, 4) == std::string_view("MM\0*", 4)))
        return Format::tiff;
    return Format::unknown;
}

const char* format_name(Format format) {
    switch (format) {
        case Format::jpeg:
            return "JPEG";
        case Format::png:
            return "PNG";
        case Format::bmp:
            return "BMP";
        case Format::tiff:
            return "TIFF";
        case Format::unknown:
            break;
    }
    return "unknown";
}

int tiff_orientation(std::string_view t) {
    if (t.size() < 8) return 1;
    bool little = false;
    if (t.substr(0, 2) == "II") {
        little = true;
    } else if (t.substr(0, 2) != "MM") {
        return 1;
    }
    auto u16 = [&](std::size_t i) -> std::uint32_t {
        return little ? (std::uint32_t{byte_at(t, i + 1)} << 8) | byte_at(t, i) : be16(t, i);
    };
    auto u32 = [&](std::size_t i) -> std::uint32_t {
        return little ? (u16(i + 2) << 16) | u16(i) : be32(t, i);
    };
    if (u16(2) != 42) return 1;
    const std::size_t ifd = u32(4);
    if (ifd + 2 > t.size()) return 1;
    const std::uint32_t count = u16(ifd);
    for (std::uint32_t k = 0; k < count; ++k) {
        const std::size_t e = ifd + 2 + 12 * static_cast<std::size_t>(k);
        if (e + 12 > t.size()) break;
        if (u16(e) != 0x0112) continue;
        const std::uint32_t type = u16(e + 2);
        const std::uint32_t value = type == 3 ? u16(e + 8) : type == 4 ? u32(e + 8) : 0;
        return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
    }
    return 1;
}

std::optional<JpegHeader> parse_jpeg(std::string_view b, bool to_end) {
    if (sniff_format(b) != Format::jpeg) return std::nullopt;
    JpegHeader h;
    bool have_frame = false;
    bool have_exif = false;
    std::size_t pos = 2;
    const std::size_t n = b.size();
    while (pos < n) {
        if (byte_at(b, pos) != 0xFF) {
            // Stray bytes between segments: libjpeg skips them with a warning, so do we.
            ++pos;
            continue;
        }
        while (pos < n && byte_at(b, pos) == 0xFF)
            ++pos;
        if (pos >= n) break;
        const std::uint8_t marker = byte_at(b, pos++);
        if (marker == 0xD9) {
            h.complete = true;
            break;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;  // no length field
        if (marker == 0xD8) return std::nullopt;                             // a second SOI
        if (pos + 2 > n) break;
        const std::size_t len = be16(b, pos);
        if (len < 2) return std::nullopt;
        if (pos + len > n) break;  // truncated inside a segment
        const std::string_view seg = b.substr(pos + 2, len - 2);
        if (marker == 0xE1 && !have_exif && seg.size() >= 6 &&
            seg.substr(0, 6) == std::string_view("Exif\0\0", 6)) {
            have_exif = true;
            h.orientation = tiff_orientation(seg.substr(6));
        } else if (is_sof(marker) && !have_frame) {
            if (seg.size() < 6) return std::nullopt;
            h.precision = byte_at(seg, 0);
            h.height = static_cast<int>(be16(seg, 1));
            h.width = static_cast<int>(be16(seg, 3));
            h.components = byte_at(seg, 5);
            have_frame = true;
        }
        pos += len;
        if (marker == 0xDA) {
            // Every APPn (EXIF included) precedes the first scan: the header ends here.
            if (!to_end) break;
            pos = skip_entropy_data(b, pos);
        }
    }
    if (!have_frame) return std::nullopt;
    return h;
}

std::optional<PngHeader> parse_png(std::string_view b) {
    if (sniff_format(b) != Format::png || b.size() < 8 + 8 + 13) return std::nullopt;
    if (be32(b, 8) != 13 || b.substr(12, 4) != "IHDR") return std::nullopt;
    PngHeader h;
    h.width = static_cast<int>(be32(b, 16));
    h.height = static_cast<int>(be32(b, 20));
    h.bit_depth = byte_at(b, 24);
    const int colour_type = byte_at(b, 25);
    bool transparency = false;
    // Chunks: length, type, data, CRC. tRNS must come before the first IDAT.
    for (std::size_t pos = 8 + 12 + 13; pos + 8 <= b.size();) {
        const std::size_t len = be32(b, pos);
        const std::string_view type = b.substr(pos + 4, 4);
        if (type == "IDAT" || type == "IEND") break;
        if (type == "tRNS") transparency = true;
        pos += 12 + len;
    }
    switch (colour_type) {
        case 0:
            h.channels = 1;
            break;  // grey (a grey tRNS is ignored by OpenCV)
        case 2:     // RGB
        case 3:
            h.channels = transparency ? 4 : 3;
            break;  // palette
        case 4:     // grey + alpha, expanded to RGBA
        case 6:
            h.channels = 4;
            break;  // RGBA
        default:
            return std::nullopt;
    }
    return h;
}

std::optional<StoredSize> stored_size(std::string_view b) {
    switch (sniff_format(b)) {
        case Format::jpeg:
            if (const auto h = parse_jpeg(b, false); h && h->width > 0)
                return StoredSize{std::uint64_t(h->width), std::uint64_t(h->height)};
            return std::nullopt;
        case Format::png:
            if (b.size() < 24 || b.substr(12, 4) != "IHDR") return std::nullopt;
            return StoredSize{be32(b, 16), be32(b, 20)};
        case Format::bmp: {
            if (b.size() < 26) return std::nullopt;
            auto le16 = [&](std::size_t i) {
                return std::uint32_t{byte_at(b, i)} | std::uint32_t{byte_at(b, i + 1)} << 8;
            };
            auto le32 = [&](std::size_t i) { return le16(i) | le16(i + 2) << 16; };
            const std::uint32_t header = le32(14);
            if (header == 12) return StoredSize{le16(18), le16(20)};  // BITMAPCOREHEADER
            const auto height = static_cast<std::int32_t>(le32(22));  // negative: top-down
            const auto width = static_cast<std::int32_t>(le32(18));
            return StoredSize{std::uint64_t(width < 0 ? -std::int64_t(width) : width),
                              std::uint64_t(height < 0 ? -std::int64_t(height) : height)};
        }
        case Format::tiff: {
            const bool little = b.substr(0, 2) == "II";
            auto u16 = [&](std::size_t i) -> std::uint32_t {
                return little ? (std::uint32_t{byte_at(b, i + 1)} << 8) | byte_at(b, i) : be16(b, i);
            };
            auto u32 = [&](std::size_t i) -> std::uint32_t {
                return little ? (u16(i + 2) << 16) | u16(i) : be32(b, i);
            };
            if (b.size() < 8) return std::nullopt;
            const std::size_t ifd = u32(4);
            if (ifd + 2 > b.size()) return std::nullopt;
            const std::uint32_t count = u16(ifd);
            std::optional<std::uint64_t> width, height;
            for (std::uint32_t k = 0; k < count; ++k) {
                const std::size_t e = ifd + 2 + 12 * static_cast<std::size_t>(k);
                if (e + 12 > b.size()) break;
                const std::uint32_t tag = u16(e);
                if (tag != 256 && tag != 257) continue;
                const std::uint32_t type = u16(e + 2);
                const std::uint64_t value = type == 3 ? u16(e + 8) : type == 4 ? u32(e + 8) : 0;
                (tag == 256 ? width : height) = value;
            }
            if (!width || !height) return std::nullopt;
            return StoredSize{*width, *height};
        }
        default:
            return std::nullopt;
    }
}

}  // namespace mipr::data::detail
