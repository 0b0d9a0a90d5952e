// Export of reviewed annotations (issue 4, ARCHITECTURE.md §6 `mipr export`): the masks of
// accepted and edited pairs as PNG files with ISIC naming, as COCO JSON with run-length encoded
// segmentations, and a CSV of every pair's decision and scores. Torch-free: the studio and the
// command line share it. Files are written atomically; re-importing the PNGs or decoding the
// COCO RLE gives the project's masks back pixel for pixel. An export folder holds only the
// export's own files, listed in its manifest.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stop_token>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "mipr/common/progress.h"

namespace mipr::project {
class Project;
}

namespace mipr::pipeline {

struct ExportOptions {
    bool png = true;   ///< OUT/masks/<image>_segmentation.png (0/255, the image's own size)
    bool coco = true;  ///< OUT/annotations.coco.json
    bool csv = true;   ///< OUT/decisions.csv
};

struct ExportSummary {
    int annotations = 0;  ///< images exported (accepted or edited pairs; the newest iteration wins)
    int accepted = 0;     ///< of which from accepted pairs (the pseudo-label t')
    int edited = 0;       ///< of which from a reviewer's edited mask
    int csv_rows = 0;     ///< pairs listed in the CSV (every status, of finished iterations)
    int unfinished = 0;   ///< pairs left out: their iteration is unfinished (provisional status)
    std::vector<std::filesystem::path> files;  ///< written files
};

/// Exports the project's reviewed annotations into `out_dir`, which must not exist, be empty, or
/// hold an earlier export's files and nothing else (its manifest, mipr-export.json, lists them):
/// an export never deletes or overwrites a file it did not write. Everything is staged in a
/// folder beside `out_dir` and moved into place by renames, so a failed export leaves `out_dir`
/// as it was. Throws mipr::InputError naming the file on a missing mask file, an unwritable
/// output or a folder holding other files.
/// `stop` cancels it (Cancelled): like any failure, OUT is left as it was.
ExportSummary export_annotations(const project::Project& project, const std::filesystem::path& out_dir,
                                 const ExportOptions& options = {}, const ProgressFn& progress = {},
                                 std::stop_token stop = {});
/// Whether export_annotations may write into `dir` (see there).
bool can_export_into(const std::filesystem::path& dir);

/// COCO's uncompressed RLE of a 0/255 CV_8UC1 mask: run lengths in column-major order, starting
/// with a (possibly empty) background run.
std::vector<std::int64_t> encode_coco_rle(const cv::Mat& mask);
/// The inverse of encode_coco_rle; throws mipr::InputError when the runs do not cover h×w.
cv::Mat decode_coco_rle(const std::vector<std::int64_t>& counts, int height, int width);

}  // namespace mipr::pipeline
