// Finds image/mask pairs in a folder laid out as one of the public datasets (no decoding here:
// the import step loads and validates each file).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mipr/common/types.h"

namespace mipr::data {

enum class Layout { automatic, isic, ph2, folders };

/// Parses "auto", "isic", "ph2", "folders"; throws mipr::InputError otherwise.
Layout parse_layout(const std::string& name);
std::string to_string(Layout layout);

struct ScanItem {
    std::string id;                             ///< e.g. "ISIC_0000001", "IMD003"
    std::filesystem::path image;                ///< absolute path
    std::optional<std::filesystem::path> mask;  ///< absolute path, when the layout has one
};

struct ScanResult {
    Layout layout = Layout::automatic;  ///< the layout actually used (never automatic)
    std::vector<ScanItem> items;        ///< sorted by id
    std::vector<std::string> warnings;  ///< e.g. a mask without an image, duplicate ids
};

/// Layouts:
/// - isic: `ISIC_nnnnnnn.jpg` images and `ISIC_nnnnnnn_segmentation.png` masks, masks in their
///   own folder (any folder below `source`, searched recursively).
/// - ph2: `IMDnnn/IMDnnn_Dermoscopic_Image/IMDnnn.bmp` with `IMDnnn/IMDnnn_lesion/IMDnnn_lesion.bmp`
///   (optionally below a `PH2 Dataset images/` folder).
/// - folders: `images/` + `masks/` matched by stem; mask stems may carry the suffix
///   `_segmentation`, `_mask` or `_lesion`.
/// - automatic: picks the first layout that finds anything, in the order ph2, isic, folders.
/// Throws mipr::InputError when `source` does not exist or holds no images of the layout.
ScanResult scan_dataset(const std::filesystem::path& source, Layout layout = Layout::automatic);

/// Reads a split CSV with header `id,split`. Throws mipr::InputError naming the file and line for
/// a malformed line or an unknown split name. Ids are kept as written (stems, no extension).
/// Tolerated: a UTF-8 BOM, CRLF, blank lines, spaces around fields, double quotes, `;` as the
/// separator, extra columns, `image`/`name` for the id column. An id listed twice with two
/// different splits is an error.
std::map<std::string, mipr::Split> read_split_csv(const std::filesystem::path& file);

}  // namespace mipr::data
