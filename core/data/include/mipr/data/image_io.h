// Image and mask I/O: every format the studio accepts, normalised to what the rest of the code
// expects (8-bit RGB images, 0/255 single-channel masks). Errors name the file and the reason.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace mipr::data {

/// What a loaded image was before normalisation, for the import summary and the database.
struct ImageInfo {
    int width = 0;
    int height = 0;
    int channels = 0;   ///< 1 grey, 3 RGB, 4 RGBA (as stored in the file)
    int bit_depth = 8;  ///< 8 or 16
};

/// The largest image accepted, checked from the file's header before anything is decoded (a
/// small file that would decode to gigabytes, a decompression bomb, is refused): 100 megapixels
/// (a dermoscope gives at most about 24), and 1 GiB of file.
inline constexpr std::uint64_t kMaxImagePixels = 100'000'000;
inline constexpr std::uint64_t kMaxImageFileBytes = std::uint64_t{1} << 30;

/// Loads JPEG, PNG, BMP or TIFF; 8 or 16 bit; grey, RGB or RGBA; EXIF orientation applied.
/// Returns CV_8UC3 in **RGB** order (16-bit data scaled to 8 bits, alpha dropped, grey
/// replicated). Throws mipr::InputError naming the file: missing, unreadable, corrupt,
/// unsupported format or depth, empty.
cv::Mat load_image_rgb8(const std::filesystem::path& file, ImageInfo* info = nullptr);

/// Reads only the header to get the size, when cheap (JPEG, with its EXIF orientation, and PNG);
/// falls back to a full decode (BMP, TIFF). Agrees with what load_image_rgb8 reports.
ImageInfo probe_image(const std::filesystem::path& file);

/// Loads a mask as CV_8UC1 with values 0 / 255. A mask with values other than {0, max} is
/// thresholded at half its range, and a warning naming the file is appended to `warnings`.
/// Colour masks are converted to grey first (by their brightest colour channel, so a red-on-black
/// mask keeps its shape; an RGBA mask of uniform colour uses its alpha). A 0/1 label image takes
/// 1 as lesion, with a warning. Throws mipr::InputError naming the file.
cv::Mat load_mask(const std::filesystem::path& file, std::vector<std::string>* warnings = nullptr);

/// Checks that a mask matches its image's size; throws mipr::InputError naming the mask file.
void check_mask_size(const cv::Mat& mask, const std::filesystem::path& mask_file, int image_width,
                     int image_height);

/// Writes a CV_8UC1 mask as a lossless PNG atomically (temp file, fsync, rename).
void write_mask_png(const std::filesystem::path& file, const cv::Mat& mask);

/// Writes an 8-bit RGB image (RGB order) as PNG atomically.
void write_rgb_png(const std::filesystem::path& file, const cv::Mat& rgb);

/// Resizes an RGB image with area interpolation (downscale) / linear (upscale).
cv::Mat resize_image(const cv::Mat& rgb, int width, int height);
/// Resizes a mask with nearest-neighbour, keeping it binary.
cv::Mat resize_mask(const cv::Mat& mask, int width, int height);

/// A content hash of the file's bytes (hex, 64-bit FNV-1a over the file): detects an image that
/// changed on disk since import.
std::string file_hash(const std::filesystem::path& file);

bool is_supported_image_extension(const std::filesystem::path& file);

}  // namespace mipr::data
