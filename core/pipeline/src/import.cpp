// Dataset import (see import.h): scan, validate each item fully (decode image and mask, compare
// sizes), copy the mask losslessly into the project, record the image and its doctor mask in one
// transaction per item. A bad item is reported and skipped; it never stops the others.
#include "mipr/pipeline/import.h"

#include <map>
#include <set>
#include <sstream>
#include <system_error>
#include <utility>

#include "mipr/common/error.h"
#include "mipr/data/image_io.h"

namespace fs = std::filesystem;

namespace mipr::pipeline {
namespace {

using project::MaskKind;
using project::Project;

/// Split CSV ids are stems; tolerate ids written with an image extension ("IMD003.bmp").
std::string csv_key(const std::string& id) {
    const fs::path p(id);
    return p.has_extension() && data::is_supported_image_extension(p) ? p.stem().string() : id;
}

/// The data layer's warnings name their file ("a.png: thresholded ..."); the summary keeps the
/// file in its own field, so drop the repeated prefix.
std::string strip_file_prefix(const std::string& message, const fs::path& file) {
    for (const std::string& prefix : {file.string() + ": ", file.filename().string() + ": "})
        if (message.starts_with(prefix)) return message.substr(prefix.size());
    return message;
}

/// masks/<id>_doctor.png, unless a file of that name belongs to another record. A file of that
/// name that no record refers to is a leftover of an interrupted import of this very item
/// (written, then not committed): it is overwritten, which is what cleans it up.
fs::path mask_relative_path(const Project& project, const std::string& id) {
    std::error_code ec;
    for (int n = 1;; ++n) {
        std::string name = id + "_doctor";
        if (n > 1) name.append("_").append(std::to_string(n));
        name.append(".png");
        const fs::path rel = fs::path("masks") / name;
        if (!fs::exists(project.root() / rel, ec) || !project.references_file(rel)) return rel;
    }
}

/// Removes a file written for an item that then failed, so no mask exists without its row.
class WrittenFile {
public:
    void set(fs::path p) { path_ = std::move(p); }
    void keep() { path_.clear(); }
    ~WrittenFile() {
        std::error_code ec;
        if (!path_.empty()) fs::remove(path_, ec);
    }

private:
    fs::path path_;
};

struct ItemOutcome {
    bool with_mask = false;
};

/// Validates and stores one item. Throws InputError (or whatever the decoders throw) on a bad
/// item; everything written for it is removed before the exception leaves.
ItemOutcome import_item(Project& project, const data::ScanItem& item, Split split, const std::string& author,
                        std::vector<ImportProblem>& warnings) {
    // Decode fully: a header-only probe would let a truncated file in, to fail later in training.
    const cv::Mat image = data::load_image_rgb8(item.image);
    const int width = image.cols;
    const int height = image.rows;
    const std::string hash = data::file_hash(item.image);

    cv::Mat mask;
    std::vector<std::string> mask_warnings;
    if (item.mask) {
        mask = data::load_mask(*item.mask, &mask_warnings);
        data::check_mask_size(mask, *item.mask, width, height);
    } else if (split != Split::unlabeled) {
        throw InputError(item.image, "is in the " + mipr::to_string(split) +
                                         " split but has no mask (labeled and test images need one)");
    }

    WrittenFile written;
    fs::path rel;
    if (item.mask) {
        rel = mask_relative_path(project, item.id);
        written.set(project.root() / rel);
        data::write_mask_png(project.root() / rel, mask);
    }

    Project::Transaction tx(project);
    const auto image_id = project.add_image({item.id, item.image, hash, width, height, split});
    if (item.mask) project.add_mask(image_id, MaskKind::doctor, rel, std::nullopt, std::nullopt, author);
    tx.commit();
    written.keep();

    // Only an imported item's remarks are worth reporting; a failed one has its error.
    for (const auto& w : mask_warnings)
        warnings.push_back({*item.mask, strip_file_prefix(w, *item.mask)});
    return {item.mask.has_value()};
}

}  // namespace

std::string ImportSummary::to_text() const {
    std::ostringstream out;
    out << "Imported " << imported << " of " << scanned << " images (" << data::to_string(layout)
        << " layout): " << labeled << " labeled, " << unlabeled << " unlabeled, " << test << " test; "
        << with_mask << " with a doctor mask.\n";
    if (skipped_existing > 0) out << skipped_existing << " already in the project, left as they are.\n";
    if (!errors.empty()) {
        out << failed << (failed == 1 ? " image" : " images") << " not imported:\n";
        for (const auto& e : errors)
            out << "  " << e.file.string() << ": " << e.reason << "\n";
    }
    if (!warnings.empty()) {
        // Warnings can be many (a CSV of another data set); the first few show the pattern.
        constexpr std::size_t kShown = 10;
        out << warnings.size() << (warnings.size() == 1 ? " warning" : " warnings") << ":\n";
        for (std::size_t i = 0; i < warnings.size() && i < kShown; ++i)
            out << "  " << warnings[i].file.string() << ": " << warnings[i].reason << "\n";
        if (warnings.size() > kShown) out << "  ... and " << warnings.size() - kShown << " more\n";
    }
    return out.str();
}

ImportSummary import_dataset(Project& project, const fs::path& source, const ImportOptions& options,
                             const ProgressFn& progress, std::stop_token stop) {
    ImportSummary summary;
    const data::ScanResult scan = data::scan_dataset(source, options.layout);
    summary.layout = scan.layout;
    summary.scanned = static_cast<int>(scan.items.size());
    for (const auto& w : scan.warnings)
        summary.warnings.push_back({source, w});

    std::map<std::string, Split> splits;
    if (options.split_csv) {
        for (const auto& [id, split] : data::read_split_csv(*options.split_csv))
            splits[csv_key(id)] = split;
        std::set<std::string> ids;
        for (const auto& item : scan.items) {
            ids.insert(item.id);
            ids.insert(item.image.stem().string());
        }
        for (const auto& [id, split] : splits)
            if (!ids.contains(id))
                summary.warnings.push_back(
                    {*options.split_csv, "id \"" + id + "\" matches no image in " + source.string()});
    }
    // With a split CSV, an image it does not name has no split (unless a default is given): it
    // is reported and not imported, never guessed from its mask, so that no test image can end
    // up in training.
    auto split_of = [&](const data::ScanItem& item) -> std::optional<Split> {
        if (auto it = splits.find(item.id); it != splits.end()) return it->second;
        if (auto it = splits.find(item.image.stem().string()); it != splits.end()) return it->second;
        if (options.default_split) return *options.default_split;
        if (options.split_csv) return std::nullopt;
        return item.mask ? Split::labeled : Split::unlabeled;
    };

    // Every item is reported: each is a full image decode (milliseconds or more), so the rate is
    // bounded by the work itself, and a consumer that coalesces sees which file is being read.
    const auto total = static_cast<std::int64_t>(scan.items.size());
    auto report = [&](std::int64_t done, std::string message) {
        if (progress) progress(Progress{"import", done, total, 0.0, std::move(message), 0, {}, 0});
    };

    std::set<std::string> seen;
    for (std::int64_t i = 0; i < total; ++i) {
        const data::ScanItem& item = scan.items[static_cast<std::size_t>(i)];
        report(i, item.image.filename().string());
        // After the report, so that a stop requested while it is shown takes effect before the
        // item is read.
        throw_if_stopped(stop);

        if (!seen.insert(item.id).second) {
            summary.errors.push_back(
                {item.image, "another image in the source has the same id \"" + item.id + "\""});
            ++summary.failed;
            continue;
        }
        if (project.image_by_name(item.id)) {
            ++summary.skipped_existing;
            continue;
        }
        const auto listed = split_of(item);
        if (!listed) {
            summary.errors.push_back({item.image, "is not listed in " + options.split_csv->string() +
                                                      "; not imported (add it to the split CSV)"});
            ++summary.failed;
            continue;
        }
        const Split split = *listed;
        try {
            const ItemOutcome outcome = import_item(project, item, split, options.author, summary.warnings);
            ++summary.imported;
            if (outcome.with_mask) ++summary.with_mask;
            if (split == Split::labeled) ++summary.labeled;
            if (split == Split::unlabeled) ++summary.unlabeled;
            if (split == Split::test) ++summary.test;
        } catch (const InputError& e) {
            // The project itself failing (disk full, locked) is not this item's fault and would
            // fail every following item the same way: stop with it.
            if (e.file() == project.database_path()) throw;
            summary.errors.push_back({e.file().empty() ? item.image : e.file(), e.reason()});
            ++summary.failed;
        } catch (const std::exception& e) {
            // Decoders may throw their own types (cv::Exception) on files they choke on.
            summary.errors.push_back({item.image, std::string("cannot be imported: ") + e.what()});
            ++summary.failed;
        }
    }
    report(total, "done");
    return summary;
}

}  // namespace mipr::pipeline
