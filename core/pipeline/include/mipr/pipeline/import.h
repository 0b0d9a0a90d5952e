// Importing a dataset folder into a project: scan (mipr_data), load and validate each file,
// store masks losslessly in the project, record images and provenance (mipr_project).
#pragma once

#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "mipr/common/progress.h"
#include "mipr/common/types.h"
#include "mipr/data/dataset_scan.h"
#include "mipr/project/project.h"

namespace mipr::pipeline {

struct ImportOptions {
    data::Layout layout = data::Layout::automatic;
    /// `id,split`; images not in it get default_split, else are reported and not imported.
    std::optional<std::filesystem::path> split_csv;
    /// Split of images without an entry in the split CSV: a fixed split, or (std::nullopt)
    /// labeled when they have a mask, else unlabeled, when there is no split CSV.
    std::optional<Split> default_split;
    std::string author = "import";  ///< recorded as the author of imported doctor masks
};

struct ImportProblem {
    std::filesystem::path file;  ///< the file at fault (image, mask or CSV)
    std::string reason;          ///< what is wrong with it, for a person to read
};

struct ImportSummary {
    data::Layout layout = data::Layout::automatic;  ///< the layout used
    int scanned = 0;                                ///< items found by the scanner
    int imported = 0;                               ///< images added (with their masks)
    int with_mask = 0;                              ///< of these, how many came with a doctor mask
    int skipped_existing = 0;  ///< already in the project under the same name (not re-imported)
    int failed = 0;            ///< items not imported because of an error (see errors)
    int labeled = 0, unlabeled = 0, test = 0;  ///< splits of the imported images
    std::vector<ImportProblem> errors;         ///< one per failed item: it was not imported
    std::vector<ImportProblem> warnings;       ///< imported with a remark (e.g. mask thresholded)
    /// A short multi-line human-readable summary ("Imported 148 of 150 images ...").
    std::string to_text() const;
};

/// Imports every item of `source` into `project`. A bad item (unreadable image, corrupt or
/// wrong-size mask, ...) is reported in the summary and skipped; the others are imported.
/// Each item is committed on its own: a crash or cancellation leaves only complete items (no
/// mask file without its database row: files written for an item that fails are removed).
/// Throws mipr::InputError when the source or the split CSV cannot be used at all, and
/// mipr::Cancelled when `stop` is requested (items imported so far stay).
ImportSummary import_dataset(project::Project& project, const std::filesystem::path& source,
                             const ImportOptions& options = {}, const ProgressFn& progress = {},
                             std::stop_token stop = {});

}  // namespace mipr::pipeline
