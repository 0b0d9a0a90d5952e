// Export of reviewed annotations (see export.h): PNG masks with ISIC naming, COCO JSON with
// uncompressed RLE, and a CSV of every pair. Torch-free on purpose (the target's precompiled
// header aside): the studio and the command line share it.
#include "mipr/pipeline/export.h"

#include "mipr/common/atomic_file.h"
#include "mipr/common/error.h"
#include "mipr/data/image_io.h"
#include "mipr/project/project.h"

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>
#include <charconv>
#include <chrono>
#include <cstring>
#include <ctime>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;

namespace mipr::pipeline {
namespace {

using ordered_json = nlohmann::ordered_json;

constexpr const char* kMasksFolder = "masks";
constexpr const char* kCocoFile = "annotations.coco.json";
constexpr const char* kCsvFile = "decisions.csv";
constexpr const char* kManifestFile = "mipr-export.json";  // what an export wrote, and only that

/// The PNG name of an image's annotation, as the ISIC archive names its masks (what
/// data::scan_dataset's isic and folders layouts read back).
std::string png_name(const std::string& image_name) {
    return image_name + "_segmentation.png";
}

std::string utc_now() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

/// Shortest text that reads back as the same double.
std::string number(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

/// RFC 4180 quoting: a field with a separator, a quote, a line break or edge spaces is quoted,
/// with its quotes doubled.
std::string csv_field(const std::string& s) {
    const bool plain = s.find_first_of(",\"\r\n") == std::string::npos &&
                       (s.empty() || (s.front() != ' ' && s.back() != ' '));
    if (plain) return s;
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

bool is_inside(const fs::path& p, const fs::path& dir) {
    const auto rel = p.lexically_relative(dir);
    return !rel.empty() && *rel.begin() != "..";
}

/// Refuses an output folder whose files the project would take for its own (masks/, generated/)
/// or that is the project folder itself.
void refuse_project_folder(const project::Project& project, const fs::path& out_dir) {
    std::error_code ec;
    const fs::path out = fs::weakly_canonical(fs::absolute(out_dir), ec).lexically_normal();
    const fs::path root = fs::weakly_canonical(project.root(), ec).lexically_normal();
    if (out == root || out == root / "" || is_inside(out, root / "masks") ||
        is_inside(out, root / "generated"))
        throw InputError(out_dir, "is the project folder or one of its data folders; export elsewhere");
}

void make_folder(const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (!fs::is_directory(dir))
        throw InputError(dir, "cannot create the export folder" + (ec ? ": " + ec.message() : std::string()));
}

/// The files an earlier export recorded in its manifest (relative, '/' separators); nullopt
/// when there is no manifest or it cannot be read as one.
std::optional<std::set<std::string>> manifest_files(const fs::path& dir) {
    std::error_code ec;
    const fs::path file = dir / kManifestFile;
    if (!fs::is_regular_file(fs::symlink_status(file, ec))) return std::nullopt;
    try {
        const auto j = nlohmann::json::parse(read_file(file));
        std::set<std::string> files;
        for (const auto& f : j.at("files")) {
            const fs::path rel = fs::path(f.get<std::string>()).lexically_normal();
            // Only plain relative paths inside the folder: anything else is not ours.
            if (rel.empty() || rel.is_absolute() || rel.has_root_name() || *rel.begin() == "..")
                return std::nullopt;
            files.insert(rel.generic_string());
        }
        return files;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

/// What `out` is to an export: absent, an empty folder, a folder that holds an earlier export's
/// files and nothing else, or something else (then `foreign` names the first file that is not
/// an export's).
struct OutFolder {
    enum Kind { absent, empty, earlier_export, foreign } kind = absent;
    fs::path example;
};

OutFolder inspect_out_folder(const fs::path& out) {
    std::error_code ec;
    const auto st = fs::symlink_status(out, ec);
    if (!fs::exists(st)) return {};
    if (!fs::is_directory(st)) throw InputError(out, "is not a folder; export into a new or empty folder");
    const auto listed = manifest_files(out);
    bool any = false;
    fs::recursive_directory_iterator it(out, ec), end;
    if (ec) throw InputError(out, "cannot read the folder: " + ec.message());
    for (; it != end; it.increment(ec)) {
        if (ec) throw InputError(out, "cannot read the folder: " + ec.message());
        any = true;
        const auto& e = *it;
        const std::string rel = fs::relative(e.path(), out, ec).generic_string();
        const auto est = e.symlink_status(ec);
        if (fs::is_directory(est)) continue;  // judged by what it holds
        const bool ours =
            fs::is_regular_file(est) && listed && (rel == kManifestFile || listed->contains(rel));
        if (!ours) return {OutFolder::foreign, e.path()};
    }
    if (!any) return {OutFolder::empty, {}};
    if (!listed) return {OutFolder::foreign, out / kManifestFile};
    return {OutFolder::earlier_export, {}};
}

/// A name beside `out` for a folder of the export's own (staging or set aside), on the same
/// file system so that renames are atomic.
fs::path beside(const fs::path& out, const std::string& what) {
    static std::atomic<unsigned> counter{0};
    const fs::path abs = fs::absolute(out).lexically_normal();
    const fs::path parent = abs.has_filename() ? abs.parent_path() : abs.parent_path().parent_path();
    const std::string name = (abs.has_filename() ? abs : abs.parent_path()).filename().string();
    return parent / ("." + name + ".mipr-export-" + what + "-" + std::to_string(counter++) + "-" +
                     std::to_string(std::random_device{}() % 100000));
}

/// Removes a folder the export made itself (its staging folder); quietly, as a last resort.
void remove_own_folder(const fs::path& dir) {
    std::error_code ec;
    fs::remove_all(dir, ec);
}

struct Annotation {
    project::PairRecord pair;
    std::optional<project::DecisionRecord> decision;
    fs::path mask_file;  ///< the project's mask: t' or the reviewer's edited mask
    bool edited = false;
};

}  // namespace

std::vector<std::int64_t> encode_coco_rle(const cv::Mat& mask) {
    if (mask.empty()) return {0};
    if (mask.type() != CV_8UC1) throw std::invalid_argument("encode_coco_rle: the mask must be CV_8UC1");
    // Rows of the transpose are the mask's columns: row-major over it is COCO's column-major.
    const cv::Mat t = mask.t();
    std::vector<std::int64_t> counts;
    bool value = false;  // COCO starts with a background run, empty when the first pixel is set
    std::int64_t run = 0;
    for (int r = 0; r < t.rows; ++r) {
        const std::uint8_t* p = t.ptr<std::uint8_t>(r);
        for (int c = 0; c < t.cols; ++c) {
            if ((p[c] != 0) != value) {
                counts.push_back(run);
                run = 0;
                value = !value;
            }
            ++run;
        }
    }
    counts.push_back(run);
    return counts;
}

cv::Mat decode_coco_rle(const std::vector<std::int64_t>& counts, int height, int width) {
    if (height < 0 || width < 0)
        throw InputError("COCO RLE: invalid size " + std::to_string(height) + "x" + std::to_string(width));
    const std::int64_t total = std::int64_t(height) * width;
    std::int64_t sum = 0;
    for (const auto n : counts) {
        if (n < 0) throw InputError("COCO RLE: negative run length " + std::to_string(n));
        if (n > total - sum)
            throw InputError("COCO RLE: the runs cover more than the " + std::to_string(height) + "x" +
                             std::to_string(width) + " image");
        sum += n;
    }
    if (sum != total)
        throw InputError("COCO RLE: the runs cover " + std::to_string(sum) + " pixels, not the " +
                         std::to_string(total) + " of a " + std::to_string(height) + "x" +
                         std::to_string(width) + " image");
    if (total == 0) return cv::Mat(height, width, CV_8UC1);
    cv::Mat t(width, height, CV_8UC1, cv::Scalar(0));  // column-major: the transpose, row-major
    std::uint8_t* data = t.ptr<std::uint8_t>(0);
    std::int64_t at = 0;
    bool value = false;
    for (const auto n : counts) {
        if (value) std::memset(data + at, 255, static_cast<std::size_t>(n));
        at += n;
        value = !value;
    }
    return t.t();
}

namespace {

ExportSummary write_export(const project::Project& project, const fs::path& out_dir,
                           const ExportOptions& options, const ProgressFn& progress) {
    ExportSummary summary;

    // The newest live decision of each pair (decisions come oldest first).
    std::map<std::int64_t, project::DecisionRecord> decided;
    for (auto& d : project.decisions())
        if (d.undone_at.empty()) decided[d.pair_id] = d;
    auto decision_of = [&](std::int64_t pair_id) -> std::optional<project::DecisionRecord> {
        const auto it = decided.find(pair_id);
        return it == decided.end() ? std::nullopt : std::optional(it->second);
    };

    // One annotation per image: its accepted or edited pair of the newest iteration. pairs() is
    // ordered by iteration number, so a later pair replaces an earlier one.
    // An unfinished iteration's statuses are provisional (its filter ranks last): left out.
    std::vector<project::PairRecord> pairs;
    for (auto& pair : project.pairs()) {
        if (pair.iteration_done)
            pairs.push_back(std::move(pair));
        else
            ++summary.unfinished;
    }
    std::map<std::string, Annotation> chosen;  // by image name: the order of the outputs
    for (const auto& pair : pairs) {
        const bool edited = pair.status == "edited";
        if (!edited && pair.status != "accepted") continue;
        Annotation a{pair, decision_of(pair.id), pair.label_mask_path, edited};
        if (edited) {
            if (!pair.edited_mask_path)
                throw InputError(project.database_path(), "pair " + std::to_string(pair.id) + " (image " +
                                                              pair.image_name +
                                                              ") is edited but has no edited mask");
            a.mask_file = *pair.edited_mask_path;
        }
        chosen.insert_or_assign(pair.image_name, std::move(a));
    }

    std::map<std::int64_t, project::ImageRecord> images;
    for (auto& r : project.images())
        images.emplace(r.id, std::move(r));

    make_folder(out_dir);
    const fs::path masks_dir = out_dir / kMasksFolder;
    if (options.png) make_folder(masks_dir);

    const auto total = static_cast<std::int64_t>(chosen.size());
    ordered_json coco_images = ordered_json::array();
    ordered_json coco_annotations = ordered_json::array();
    std::int64_t done = 0;
    for (const auto& [name, a] : chosen) {
        ++summary.annotations;
        ++(a.edited ? summary.edited : summary.accepted);
        if (options.png || options.coco) {
            const cv::Mat mask = data::load_mask(a.mask_file);
            const auto image = images.find(a.pair.image_id);
            if (image != images.end() && image->second.width > 0 && image->second.height > 0)
                data::check_mask_size(mask, a.mask_file, image->second.width, image->second.height);
            if (options.png) {
                const fs::path file = masks_dir / png_name(name);
                data::write_mask_png(file, mask);
                summary.files.push_back(file);
            }
            if (options.coco) {
                const std::string file_name =
                    image != images.end() ? image->second.path.filename().string() : name;
                coco_images.push_back({{"id", a.pair.image_id},
                                       {"file_name", file_name},
                                       {"width", mask.cols},
                                       {"height", mask.rows},
                                       {"mipr", {{"image", name}}}});
                std::vector<cv::Point> points;
                cv::findNonZero(mask, points);
                const cv::Rect box = points.empty() ? cv::Rect() : cv::boundingRect(points);
                const auto& d = a.decision;
                coco_annotations.push_back(
                    {{"id", static_cast<std::int64_t>(coco_annotations.size()) + 1},
                     {"image_id", a.pair.image_id},
                     {"category_id", 1},
                     {"segmentation", {{"size", {mask.rows, mask.cols}}, {"counts", encode_coco_rle(mask)}}},
                     {"area", static_cast<std::int64_t>(points.size())},
                     {"bbox", {box.x, box.y, box.width, box.height}},
                     {"iscrowd", 1},
                     {"mipr",
                      {{"status", a.pair.status},
                       {"pair_id", a.pair.id},
                       {"iteration", a.pair.iteration_number},
                       {"source", a.edited ? "edited" : "pseudo"},
                       {"reviewer", d ? ordered_json(d->reviewer) : ordered_json(nullptr)},
                       {"decided_at", d ? ordered_json(d->decided_at) : ordered_json(nullptr)}}}});
            }
        }
        ++done;
        if (progress) progress(Progress{"export", done, total, 0.0, name, 0, {}, 0});
    }

    if (options.coco) {
        ordered_json coco;
        coco["info"] = {{"description", "MIPR Studio export of " + project.root().filename().string()},
                        {"version", "1.0"},
                        {"year", std::stoi(utc_now().substr(0, 4))},
                        {"contributor", "MIPR Studio"},
                        {"date_created", utc_now()}};
        coco["licenses"] = ordered_json::array();
        coco["images"] = std::move(coco_images);
        coco["categories"] =
            ordered_json::array({{{"id", 1}, {"name", "lesion"}, {"supercategory", "lesion"}}});
        coco["annotations"] = std::move(coco_annotations);
        const fs::path file = out_dir / kCocoFile;
        write_file_atomic(file, coco.dump() + "\n");  // compact: RLE counts are long
        summary.files.push_back(file);
    }

    if (options.csv) {
        std::map<std::int64_t, int> versions;
        for (const auto& m : project.models())
            versions[m.id] = m.version;
        auto version = [&](const std::optional<std::int64_t>& id) {
            const auto it = id ? versions.find(*id) : versions.end();
            return it == versions.end() ? std::string() : std::to_string(it->second);
        };
        std::string text =
            "pair_id,iteration,image,status,reviewer,decided_at,seg_model_version,gen_model_version,"
            "consistency,confidence,l1,ssim,mask_file\n";
        for (const auto& pair : pairs) {
            const auto d = decision_of(pair.id);
            // The exported PNG that holds this pair's annotation, if any.
            std::string mask_file;
            const auto it = chosen.find(pair.image_name);
            if (options.png && it != chosen.end() && it->second.pair.id == pair.id)
                mask_file = (fs::path(kMasksFolder) / png_name(pair.image_name)).generic_string();
            const std::string fields[] = {std::to_string(pair.id),
                                          std::to_string(pair.iteration_number),
                                          pair.image_name,
                                          pair.status,
                                          d ? d->reviewer : std::string(),
                                          d ? d->decided_at : std::string(),
                                          version(pair.seg_model_id),
                                          version(pair.gen_model_id),
                                          number(pair.consistency),
                                          number(pair.confidence),
                                          number(pair.l1),
                                          number(pair.ssim),
                                          mask_file};
            for (std::size_t i = 0; i < std::size(fields); ++i)
                text.append(i ? "," : "").append(csv_field(fields[i]));
            text += '\n';
            ++summary.csv_rows;
        }
        const fs::path file = out_dir / kCsvFile;
        write_file_atomic(file, text);
        summary.files.push_back(file);
    }
    return summary;
}

/// Moves the staged export into place. OUT absent or empty: one rename. OUT an earlier export:
/// it is set aside, the new one renamed into place, then the set-aside folder (the earlier
/// export's files only, checked again) removed. Should a rename fail, OUT is put back.
void commit_export(const fs::path& staging, const fs::path& out, OutFolder::Kind kind) {
    std::error_code ec;
    if (kind == OutFolder::absent || kind == OutFolder::empty) {
        if (kind == OutFolder::empty) fs::remove(out, ec);  // an empty folder: nothing is lost
        fs::rename(staging, out, ec);
        if (ec) throw InputError(out, "cannot move the export into place: " + ec.message());
        return;
    }
    const fs::path aside = beside(out, "earlier");
    fs::rename(out, aside, ec);
    if (ec) throw InputError(out, "cannot set the earlier export aside: " + ec.message());
    fs::rename(staging, out, ec);
    if (ec) {
        std::error_code back;
        fs::rename(aside, out, back);
        throw InputError(out, "cannot move the export into place: " + ec.message());
    }
    if (inspect_out_folder(aside).kind == OutFolder::earlier_export) fs::remove_all(aside, ec);
    // Else something appeared in it meanwhile: it stays, under its own name, for the user.
}

}  // namespace

bool can_export_into(const fs::path& dir) {
    try {
        return inspect_out_folder(dir).kind != OutFolder::foreign;
    } catch (const InputError&) {
        return false;
    }
}

ExportSummary export_annotations(const project::Project& project, const fs::path& out_given,
                                 const ExportOptions& options, const ProgressFn& progress,
                                 std::stop_token stop) {
    refuse_project_folder(project, out_given);
    fs::path out_dir = fs::absolute(out_given).lexically_normal();
    if (!out_dir.has_filename()) out_dir = out_dir.parent_path();  // "out/" is "out"
    // Never delete or overwrite what the export did not write: a new or empty folder, or one
    // holding an earlier export's files (its manifest lists them) and nothing else.
    const OutFolder before = inspect_out_folder(out_dir);
    if (before.kind == OutFolder::foreign)
        throw InputError(out_given, "holds files MIPR Studio did not write (" + before.example.string() +
                                        "); export into a new or empty folder, or into an earlier export's");
    {
        std::error_code ec;
        const fs::path parent = fs::absolute(out_dir).lexically_normal().parent_path();
        if (!fs::is_directory(parent, ec)) make_folder(parent);
    }
    // Everything is written into a staging folder beside OUT, then moved into place by renames:
    // a failed or interrupted export leaves OUT as it was.
    const fs::path staging = beside(out_dir, "staging");
    try {
        make_folder(staging);
        const ProgressFn checked = [&progress, &stop](const Progress& p) {
            throw_if_stopped(stop);
            if (progress) progress(p);
        };
        throw_if_stopped(stop);
        ExportSummary summary = write_export(project, staging, options, checked);
        throw_if_stopped(stop);
        std::set<std::string> written;
        for (auto& f : summary.files) {
            const auto rel = f.lexically_relative(staging);
            written.insert(rel.generic_string());
            f = out_given / rel;
        }
        nlohmann::ordered_json manifest{{"format", "mipr-export"},
                                        {"version", 1},
                                        {"project", project.root().filename().string()},
                                        {"created", utc_now()},
                                        {"files", written}};
        write_file_atomic(staging / kManifestFile, manifest.dump(2) + "\n");
        commit_export(staging, out_dir, before.kind);
        return summary;
    } catch (...) {
        remove_own_folder(staging);
        throw;
    }
}

}  // namespace mipr::pipeline
