// Image and mask I/O (see image_io.h). Files are read into memory and decoded with cv::imdecode
// rather than cv::imread: the bytes are then read through std::filesystem (non-ASCII paths work
// on every platform), and the format is recognised by its signature, not its extension.
#include "mipr/data/image_io.h"

#include "image_headers.h"
#include "mipr/common/atomic_file.h"
#include "mipr/common/error.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string_view>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace fs = std::filesystem;

namespace mipr::data {
namespace {

using detail::Format;

std::string read_image_bytes(const fs::path& file) {
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (!fs::exists(status)) throw InputError(file, "file not found");
    if (fs::is_directory(status)) throw InputError(file, "is a folder, not an image file");
    // A FIFO would block the read for ever, a device would never end.
    if (!fs::is_regular_file(status))
        throw InputError(file, "is not a regular file (a device, FIFO or socket)");
    const auto size = fs::file_size(file, ec);
    if (!ec && size > kMaxImageFileBytes)
        throw InputError(file, "is " + std::to_string(size >> 20) + " MiB; the limit for an image file is " +
                                   std::to_string(kMaxImageFileBytes >> 20) + " MiB");
    std::string bytes = mipr::read_file(file);
    if (bytes.empty()) throw InputError(file, "empty file (0 bytes)");
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        throw InputError(file, "file too large (over 2 GB)");
    return bytes;
}

/// Refuses an image whose header states more than kMaxImagePixels, before it is decoded.
void check_stored_size(const fs::path& file, const std::string& bytes) {
    const auto size = detail::stored_size(bytes);
    if (!size) return;
    const long double pixels = static_cast<long double>(size->width) * static_cast<long double>(size->height);
    if (pixels <= static_cast<long double>(kMaxImagePixels)) return;
    char mp[32];
    std::snprintf(mp, sizeof mp, "%.0Lf", pixels / 1e6L);
    throw InputError(
        file, "is " + std::to_string(size->width) + " x " + std::to_string(size->height) + " pixels (" + mp +
                  " megapixels); the limit is " + std::to_string(kMaxImagePixels / 1000000) +
                  " megapixels, checked before decoding (a decompression bomb, or far larger than "
                  "a dermoscopic image)");
}

std::string depth_name(int depth) {
    switch (depth) {
        case CV_8S:
            return "8-bit signed";
        case CV_16S:
            return "16-bit signed";
        case CV_32S:
            return "32-bit integer";
        case CV_32F:
            return "32-bit float";
        case CV_64F:
            return "64-bit float";
        default:
            return "depth " + std::to_string(depth);
    }
}

// Decodes to the stored channels and depth (BGR/BGRA order), with EXIF orientation applied.
cv::Mat decode(const fs::path& file, const std::string& bytes) {
    const Format format = detail::sniff_format(bytes);
    if (format == Format::unknown)
        throw InputError(file, "not a supported image format or corrupt (expected JPEG, PNG, BMP or TIFF)");
    check_stored_size(file, bytes);
    // OpenCV applies EXIF orientation unless the flags are exactly IMREAD_UNCHANGED, which also
    // keeps alpha. A JPEG has neither alpha nor 16 bits, so ANYCOLOR|ANYDEPTH loses nothing there
    // and turns orientation on. 8-bit TIFFs are oriented by libtiff itself. OpenCV 4.6 reads no
    // orientation from PNG (eXIf) or BMP, as most viewers do.
    int flags = cv::IMREAD_UNCHANGED;
    if (format == Format::jpeg) {
        const auto header = detail::parse_jpeg(bytes, true);
        if (!header)
            throw InputError(file, "not a supported image format or corrupt (invalid JPEG structure)");
        // libjpeg pads a truncated file with grey and reports success: catch it here.
        if (!header->complete) throw InputError(file, "truncated or corrupt JPEG (no end-of-image marker)");
        flags = cv::IMREAD_ANYCOLOR | cv::IMREAD_ANYDEPTH;
    }
    const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8UC1,
                         const_cast<char*>(bytes.data()));  // read-only use
    cv::Mat img;
    try {
        img = cv::imdecode(buffer, flags);
    } catch (const cv::Exception& e) {
        if (e.err.find("CV_IO_MAX_IMAGE_PIXELS") != std::string::npos)  // a size its header hid from us
            throw InputError(file, "is larger than the limit of " +
                                       std::to_string(kMaxImagePixels / 1000000) +
                                       " megapixels (the decoder refused it)");
        throw InputError(file, std::string("not a supported image format or corrupt (") +
                                   detail::format_name(format) + " decoder: " + e.err + ")");
    }
    if (img.empty()) {
        throw InputError(file, std::string("not a supported image format or corrupt (the ") +
                                   detail::format_name(format) + " decoder could not read it)");
    }
    if (img.cols <= 0 || img.rows <= 0) throw InputError(file, "empty image (0 pixels)");
    if (img.depth() != CV_8U && img.depth() != CV_16U)
        throw InputError(file,
                         "unsupported bit depth (" + depth_name(img.depth()) + "; expected 8 or 16 bits)");
    if (img.channels() < 1 || img.channels() > 4)
        throw InputError(file, "unsupported number of channels (" + std::to_string(img.channels()) + ")");
    return img;
}

ImageInfo info_of(const cv::Mat& img) {
    ImageInfo info;
    info.width = img.cols;
    info.height = img.rows;
    info.channels = img.channels();
    info.bit_depth = img.depth() == CV_16U ? 16 : 8;
    return info;
}

cv::Mat to_8bit(const cv::Mat& img) {
    if (img.depth() == CV_8U) return img;
    cv::Mat out;
    img.convertTo(out, CV_8U, 255.0 / 65535.0);  // full range to full range, rounded
    return out;
}

std::vector<std::uint8_t> encode_png(const fs::path& file, const cv::Mat& img) {
    std::vector<std::uint8_t> png;
    bool ok = false;
    try {
        ok = cv::imencode(".png", img, png);
    } catch (const cv::Exception& e) {
        throw InputError(file, "cannot encode PNG: " + e.err);
    }
    if (!ok) throw InputError(file, "cannot encode PNG");
    return png;
}

void write_bytes(const fs::path& file, const std::vector<std::uint8_t>& bytes) {
    mipr::write_file_atomic(file, std::as_bytes(std::span<const std::uint8_t>(bytes.data(), bytes.size())));
}

// A colour mask becomes grey by its brightest colour channel, not by luminance: a pure red or
// blue annotation (common in hand-made masks) would otherwise fall below half range and vanish.
// An RGBA mask whose colour is uniform carries its shape in alpha.
cv::Mat mask_to_single_channel(const cv::Mat& img) {
    if (img.channels() == 1) return img;
    std::vector<cv::Mat> planes;
    cv::split(img, planes);
    if (img.channels() == 2) return planes[0];
    cv::Mat grey = cv::max(cv::max(planes[0], planes[1]), planes[2]);
    if (img.channels() == 4) {
        double lo = 0, hi = 0, alo = 0, ahi = 0;
        cv::minMaxLoc(grey, &lo, &hi);
        cv::minMaxLoc(planes[3], &alo, &ahi);
        if (lo == hi && alo != ahi) return planes[3];
    }
    return grey;
}

}  // namespace

cv::Mat load_image_rgb8(const fs::path& file, ImageInfo* info) {
    const std::string bytes = read_image_bytes(file);
    const cv::Mat img = decode(file, bytes);
    if (info != nullptr) *info = info_of(img);
    const cv::Mat img8 = to_8bit(img);
    cv::Mat rgb;
    switch (img8.channels()) {
        case 1:
            cv::cvtColor(img8, rgb, cv::COLOR_GRAY2RGB);
            break;
        case 2: {
            cv::Mat grey;
            cv::extractChannel(img8, grey, 0);  // grey + alpha: alpha dropped
            cv::cvtColor(grey, rgb, cv::COLOR_GRAY2RGB);
            break;
        }
        case 3:
            cv::cvtColor(img8, rgb, cv::COLOR_BGR2RGB);
            break;
        default:
            cv::cvtColor(img8, rgb, cv::COLOR_BGRA2RGB);
            break;
    }
    return rgb;
}

ImageInfo probe_image(const fs::path& file) {
    const std::string bytes = read_image_bytes(file);
    check_stored_size(file, bytes);  // PNG and JPEG are not decoded below
    switch (detail::sniff_format(bytes)) {
        case Format::jpeg:
            if (const auto h = detail::parse_jpeg(bytes, false); h && h->width > 0 && h->height > 0) {
                ImageInfo info;
                const bool transposed = h->orientation >= 5;  // 5..8 swap width and height
                info.width = transposed ? h->height : h->width;
                info.height = transposed ? h->width : h->height;
                info.channels = h->components == 1 ? 1 : 3;  // CMYK/YCCK are converted to 3
                info.bit_depth = 8;
                return info;
            }
            break;
        case Format::png:
            if (const auto h = detail::parse_png(bytes); h && h->width > 0 && h->height > 0) {
                return ImageInfo{h->width, h->height, h->channels, h->bit_depth == 16 ? 16 : 8};
            }
            break;
        default:
            break;  // BMP and TIFF variants are many; let the decoder decide
    }
    return info_of(decode(file, bytes));
}

cv::Mat load_mask(const fs::path& file, std::vector<std::string>* warnings) {
    const std::string bytes = read_image_bytes(file);
    const cv::Mat grey = mask_to_single_channel(decode(file, bytes));
    const double full = grey.depth() == CV_16U ? 65535.0 : 255.0;

    double lo = 0, hi = 0;
    cv::minMaxLoc(grey, &lo, &hi);
    cv::Mat mask;
    if (hi <= 1.0) {
        // 0/1 label images are common; half-range thresholding would make them empty.
        mask = grey == 1.0;
        if (hi == 1.0 && warnings != nullptr)
            warnings->push_back(file.string() + ": mask values are 0/1; 1 taken as lesion");
        return mask;
    }
    const cv::Mat other = (grey != 0.0) & (grey != full);
    const int non_binary = cv::countNonZero(other);
    mask = grey > full / 2.0;  // 128..255 (or 32768..65535) is lesion
    if (non_binary > 0 && warnings != nullptr) {
        warnings->push_back(file.string() + ": mask is not binary (" + std::to_string(non_binary) +
                            " pixels neither 0 nor " + std::to_string(static_cast<int>(full)) +
                            "); thresholded at half range");
    }
    return mask;
}

void check_mask_size(const cv::Mat& mask, const fs::path& mask_file, int image_width, int image_height) {
    if (mask.cols == image_width && mask.rows == image_height) return;
    throw InputError(mask_file, "mask is " + std::to_string(mask.cols) + "x" + std::to_string(mask.rows) +
                                    " pixels but its image is " + std::to_string(image_width) + "x" +
                                    std::to_string(image_height));
}

void write_mask_png(const fs::path& file, const cv::Mat& mask) {
    if (mask.empty() || mask.type() != CV_8UC1)
        throw std::invalid_argument("write_mask_png: the mask must be a non-empty CV_8UC1 image");
    write_bytes(file, encode_png(file, mask));
}

void write_rgb_png(const fs::path& file, const cv::Mat& rgb) {
    if (rgb.empty() || rgb.type() != CV_8UC3)
        throw std::invalid_argument("write_rgb_png: the image must be a non-empty CV_8UC3 image");
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    write_bytes(file, encode_png(file, bgr));
}

cv::Mat resize_image(const cv::Mat& rgb, int width, int height) {
    if (width <= 0 || height <= 0) throw std::invalid_argument("resize_image: the size must be positive");
    if (rgb.cols == width && rgb.rows == height) return rgb.clone();
    const bool shrink = width <= rgb.cols && height <= rgb.rows;
    cv::Mat out;
    cv::resize(rgb, out, cv::Size(width, height), 0, 0, shrink ? cv::INTER_AREA : cv::INTER_LINEAR);
    return out;
}

cv::Mat resize_mask(const cv::Mat& mask, int width, int height) {
    if (width <= 0 || height <= 0) throw std::invalid_argument("resize_mask: the size must be positive");
    if (mask.cols == width && mask.rows == height) return mask.clone();
    cv::Mat out;
    cv::resize(mask, out, cv::Size(width, height), 0, 0, cv::INTER_NEAREST);
    return out;
}

std::string file_hash(const fs::path& file) {
    std::error_code ec;
    if (!fs::exists(file, ec)) throw InputError(file, "file not found");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file, "cannot open the file for reading");
    std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a 64 offset basis
    std::array<char, 1 << 16> chunk{};
    while (in) {
        in.read(chunk.data(), chunk.size());
        const std::streamsize got = in.gcount();
        for (std::streamsize i = 0; i < got; ++i) {
            hash ^= static_cast<unsigned char>(chunk[static_cast<std::size_t>(i)]);
            hash *= 1099511628211ULL;  // FNV-1a 64 prime
        }
    }
    if (in.bad()) throw InputError(file, "read error");
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

bool is_supported_image_extension(const fs::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".bmp" || ext == ".tif" ||
           ext == ".tiff";
}

}  // namespace mipr::data
