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

#include <charconv>
#include <chrono>
#include <cstring>
#include <ctime>
#include <map>
#include <optional>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;

namespace mipr::pipeline {
namespace {

using ordered_json = nlohmann::ordered_json;

constexpr const char* kMasksFolder = "masks";
constexpr const char* kCocoFile = "annotations.coco.json";
constexpr const char* kCsvFile = "decisions.csv";

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

ExportSummary export_annotations(const project::Project& project, const fs::path& out_dir,
                                 const ExportOptions& options, const ProgressFn& progress) {
    refuse_project_folder(project, out_dir);
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
    const auto pairs = project.pairs();
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
        if (progress) progress(Progress{"export", done, total, 0.0, name});
    }

    if (options.png) {
        // A mask a previous export wrote for an image that has no annotation now (its pair was
        // rejected or undone) would come back on a re-import: remove it. Only names this export
        // could have written are touched.
        std::error_code ec;
        for (const auto& [id, image] : images) {
            if (chosen.contains(image.name)) continue;
            const fs::path stale = masks_dir / png_name(image.name);
            if (fs::is_regular_file(stale, ec) && !fs::remove(stale, ec))
                throw InputError(stale, "cannot remove the mask of an earlier export: " + ec.message());
        }
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

}  // namespace mipr::pipeline
