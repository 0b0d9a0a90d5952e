// Dataset layout scanners and the split CSV reader (see dataset_scan.h). Only names are looked
// at here; decoding and validation belong to the import step.
#include "mipr/data/dataset_scan.h"

#include "mipr/common/atomic_file.h"
#include "mipr/common/error.h"
#include "mipr/data/image_io.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <string_view>
#include <tuple>

namespace fs = std::filesystem;

namespace mipr::data {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

bool iequals(std::string_view a, std::string_view b) {
    return lower(std::string(a)) == lower(std::string(b));
}

bool iends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// `PREFIX` followed by digits, any case ("ISIC_0000001", "IMD003").
bool is_numbered_id(std::string_view s, std::string_view prefix) {
    return s.size() > prefix.size() && iequals(s.substr(0, prefix.size()), prefix) &&
           all_digits(s.substr(prefix.size()));
}

// Hidden files and macOS archive debris (`._name`, `__MACOSX/`) are never data.
bool is_junk(const fs::path& p) {
    const std::string name = p.filename().string();
    return name.empty() || name[0] == '.' || name == "__MACOSX";
}

bool is_image_file(const fs::directory_entry& e) {
    std::error_code ec;
    return e.is_regular_file(ec) && !is_junk(e.path()) && is_supported_image_extension(e.path());
}

/// Why an entry named like an image cannot be one (a folder, a FIFO or device, a symbolic link
/// that leads nowhere), or nothing: such entries are reported, never skipped without a word.
std::optional<std::string> unusable_image_entry(const fs::directory_entry& e) {
    if (is_junk(e.path()) || !is_supported_image_extension(e.path())) return std::nullopt;
    std::error_code ec;
    const auto st = fs::status(e.path(), ec);  // follows links
    if (ec || !fs::exists(st)) {
        if (fs::is_symlink(fs::symlink_status(e.path(), ec)))
            return "is a symbolic link that leads nowhere (dangling, or a loop); skipped";
        return "cannot be read (" + ec.message() + "); skipped";
    }
    if (fs::is_directory(st)) return "is a folder, not an image file; skipped";
    if (!fs::is_regular_file(st)) return "is not a regular file (a FIFO, device or socket); skipped";
    return std::nullopt;
}

fs::path absolute_normal(const fs::path& p) {
    return fs::absolute(p).lexically_normal();
}

std::string shown(const fs::path& p, const fs::path& root) {
    const fs::path rel = p.lexically_relative(root);
    return (rel.empty() ? p : rel).generic_string();
}

// Regular, non-hidden files directly in `dir`, sorted (the file system's order is arbitrary).
// Entries named like images that cannot be read as files are reported in `warnings` (named
// relative to `root`). A folder that cannot be read is an error, not an empty folder.
std::vector<fs::path> list_files(const fs::path& dir, std::vector<std::string>* warnings = nullptr,
                                 const fs::path& root = {}) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (is_image_file(*it)) {
            out.push_back(it->path());
        } else if (const auto why = unusable_image_entry(*it); why && warnings) {
            warnings->push_back(shown(it->path(), root) + ": " + *why);
        }
    }
    if (ec) throw InputError(dir, "cannot read the folder: " + ec.message());
    std::sort(out.begin(), out.end());
    return out;
}

// Visits every entry below `root` (depth-first, not following directory links), skipping junk.
// `visit` returns false to stop descending into a directory.
void walk(const fs::path& root, int max_depth, const std::function<bool(const fs::directory_entry&)>& visit) {
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
        if (is_junk(it->path())) {
            it.disable_recursion_pending();
            continue;
        }
        const bool descend = visit(*it);
        if (!descend || it.depth() >= max_depth) it.disable_recursion_pending();
    }
    if (ec) throw InputError(root, "cannot read the folder: " + ec.message());
}

std::optional<fs::path> find_child_dir(const fs::path& parent, std::string_view name) {
    std::error_code ec;
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_directory(ec) && iequals(it->path().filename().string(), name)) return it->path();
    }
    return std::nullopt;
}

struct Candidate {
    std::string id;
    fs::path path;
};

// Sorts by id (then path, so the choice among duplicates is stable) and keeps the first of each id.
std::vector<Candidate> dedupe(std::vector<Candidate> in, const fs::path& root, const char* what,
                              std::vector<std::string>& warnings) {
    std::sort(in.begin(), in.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.id, a.path) < std::tie(b.id, b.path);
    });
    std::vector<Candidate> out;
    for (auto& c : in) {
        if (!out.empty() && out.back().id == c.id) {
            warnings.push_back("duplicate " + std::string(what) + " id " + c.id + ": using " +
                               shown(out.back().path, root) + ", ignoring " + shown(c.path, root));
            continue;
        }
        out.push_back(std::move(c));
    }
    return out;
}

// Pairs deduplicated images with masks by id; masks without an image become warnings.
ScanResult pair_up(Layout layout, const fs::path& root, std::vector<Candidate> images,
                   std::vector<Candidate> masks) {
    ScanResult result;
    result.layout = layout;
    images = dedupe(std::move(images), root, "image", result.warnings);
    masks = dedupe(std::move(masks), root, "mask", result.warnings);
    auto m = masks.begin();
    for (auto& img : images) {
        while (m != masks.end() && m->id < img.id) {
            result.warnings.push_back(shown(m->path, root) + ": mask without an image (id " + m->id + ")");
            ++m;
        }
        ScanItem item{img.id, absolute_normal(img.path), std::nullopt};
        if (m != masks.end() && m->id == img.id) {
            item.mask = absolute_normal(m->path);
            ++m;
        }
        result.items.push_back(std::move(item));
    }
    for (; m != masks.end(); ++m)
        result.warnings.push_back(shown(m->path, root) + ": mask without an image (id " + m->id + ")");
    return result;
}

// ISIC: ISIC_nnnnnnn.<ext> images and ISIC_nnnnnnn_segmentation.<ext> masks anywhere below the
// root; other ISIC files (e.g. `_superpixels.png`) and metadata are ignored.
ScanResult scan_isic(const fs::path& root) {
    std::vector<Candidate> images, masks;
    std::vector<std::string> warnings;
    walk(root, 8, [&](const fs::directory_entry& e) {
        if (const auto why = unusable_image_entry(e)) {
            warnings.push_back(shown(e.path(), root) + ": " + *why);
            return false;
        }
        if (!is_image_file(e)) return true;
        const std::string stem = e.path().stem().string();
        constexpr std::string_view suffix = "_segmentation";
        if (is_numbered_id(stem, "ISIC_")) {
            images.push_back({stem, e.path()});
        } else if (iends_with(stem, suffix) &&
                   is_numbered_id(stem.substr(0, stem.size() - suffix.size()), "ISIC_")) {
            masks.push_back({stem.substr(0, stem.size() - suffix.size()), e.path()});
        }
        return true;
    });
    ScanResult result = pair_up(Layout::isic, root, std::move(images), std::move(masks));
    result.warnings.insert(result.warnings.end(), warnings.begin(), warnings.end());
    return result;
}

// The first image file in `dir` whose stem is `stem` (any case, any supported extension).
std::optional<fs::path> find_stem(const fs::path& dir, const std::string& stem) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return std::nullopt;
    for (const auto& p : list_files(dir))
        if (iequals(p.stem().string(), stem)) return p;
    return std::nullopt;
}

// PH2: IMDnnn/IMDnnn_Dermoscopic_Image/IMDnnn.bmp and IMDnnn/IMDnnn_lesion/IMDnnn_lesion.bmp,
// at the root or a few folders down (the archive unpacks to `PH2Dataset/PH2 Dataset images/`).
ScanResult scan_ph2(const fs::path& root) {
    std::vector<Candidate> images, masks;
    std::vector<std::string> warnings;
    walk(root, 3, [&](const fs::directory_entry& e) {
        std::error_code ec;
        if (!e.is_directory(ec)) return false;
        const std::string id = e.path().filename().string();
        if (!is_numbered_id(id, "IMD")) return true;
        const auto image_dir = find_child_dir(e.path(), id + "_Dermoscopic_Image");
        const auto image = image_dir ? find_stem(*image_dir, id) : std::nullopt;
        if (!image) {
            warnings.push_back(shown(e.path(), root) + ": no dermoscopic image (expected " + id + "/" + id +
                               "_Dermoscopic_Image/" + id + ".bmp)");
            return false;
        }
        images.push_back({id, *image});
        if (const auto lesion_dir = find_child_dir(e.path(), id + "_lesion")) {
            if (const auto mask = find_stem(*lesion_dir, id + "_lesion")) masks.push_back({id, *mask});
        }
        return false;  // an IMD folder holds no further cases
    });
    ScanResult result = pair_up(Layout::ph2, root, std::move(images), std::move(masks));
    result.warnings.insert(result.warnings.begin(), warnings.begin(), warnings.end());
    return result;
}

// folders: images/ and masks/, matched by stem; a mask stem may end in _segmentation, _mask or
// _lesion. Files with other extensions are skipped with one summary warning.
ScanResult scan_folders(const fs::path& root) {
    const auto image_dir = find_child_dir(root, "images");
    if (!image_dir) return ScanResult{Layout::folders, {}, {}};
    std::vector<Candidate> images, masks;
    std::vector<std::string> warnings;
    for (const auto& p : list_files(*image_dir, &warnings, root))
        images.push_back({p.stem().string(), p});
    if (const auto mask_dir = find_child_dir(root, "masks")) {
        for (const auto& p : list_files(*mask_dir, &warnings, root)) {
            std::string id = p.stem().string();
            for (std::string_view suffix : {"_segmentation", "_mask", "_lesion"}) {
                if (iends_with(id, suffix)) {
                    id.resize(id.size() - suffix.size());
                    break;
                }
            }
            masks.push_back({id, p});
        }
    }
    ScanResult result = pair_up(Layout::folders, root, std::move(images), std::move(masks));
    result.warnings.insert(result.warnings.end(), warnings.begin(), warnings.end());
    int skipped = 0;
    std::error_code ec;
    for (fs::directory_iterator it(*image_dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && !is_junk(it->path()) && !is_supported_image_extension(it->path()))
            ++skipped;
    if (skipped > 0) {
        result.warnings.push_back(shown(*image_dir, root) + ": skipped " + std::to_string(skipped) +
                                  " file(s) that are not JPEG, PNG, BMP or TIFF");
    }
    return result;
}

const char* expectation(Layout layout) {
    switch (layout) {
        case Layout::isic:
            return "ISIC_nnnnnnn images and ISIC_nnnnnnn_segmentation masks";
        case Layout::ph2:
            return "IMDnnn/IMDnnn_Dermoscopic_Image/IMDnnn.bmp folders";
        case Layout::folders:
            return "an images/ folder, with masks in masks/";
        case Layout::automatic:
            break;
    }
    return "a ph2, isic or folders layout";
}

}  // namespace

Layout parse_layout(const std::string& name) {
    const std::string n = lower(trim(name));
    if (n == "auto" || n == "automatic") return Layout::automatic;
    if (n == "isic") return Layout::isic;
    if (n == "ph2") return Layout::ph2;
    if (n == "folders") return Layout::folders;
    throw InputError("unknown dataset layout '" + name + "' (expected auto, isic, ph2 or folders)");
}

std::string to_string(Layout layout) {
    switch (layout) {
        case Layout::automatic:
            return "auto";
        case Layout::isic:
            return "isic";
        case Layout::ph2:
            return "ph2";
        case Layout::folders:
            return "folders";
    }
    return "unknown";
}

ScanResult scan_dataset(const fs::path& source, Layout layout) {
    std::error_code ec;
    const auto status = fs::status(source, ec);
    if (!fs::exists(status)) throw InputError(source, "folder not found");
    if (!fs::is_directory(status)) throw InputError(source, "not a folder");
    const fs::path root = absolute_normal(source);

    const std::vector<Layout> order = layout == Layout::automatic
                                          ? std::vector<Layout>{Layout::ph2, Layout::isic, Layout::folders}
                                          : std::vector<Layout>{layout};
    for (const Layout l : order) {
        ScanResult r = l == Layout::ph2    ? scan_ph2(root)
                       : l == Layout::isic ? scan_isic(root)
                                           : scan_folders(root);
        if (!r.items.empty()) return r;
    }
    throw InputError(source, std::string("no images found (expected ") + expectation(layout) + ")");
}

namespace {
/// A piece of a line as an error message shows it: at most 80 characters.
std::string clipped(const std::string& text) {
    return text.size() <= 80 ? text : text.substr(0, 77) + "...";
}
}  // namespace

std::map<std::string, mipr::Split> read_split_csv(const fs::path& file) {
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (!fs::exists(status)) throw InputError(file, "file not found");
    // /dev/zero would be read until memory runs out, a FIFO would wait for ever.
    if (!fs::is_regular_file(status))
        throw InputError(file, "is not a regular file (a folder, device or FIFO)");
    constexpr std::uintmax_t kMaxBytes = std::uintmax_t{64} << 20;  // a million images need ~30 MB
    if (const auto size = fs::file_size(file, ec); !ec && size > kMaxBytes)
        throw InputError(file, "is " + std::to_string(size >> 20) + " MiB; the limit for a split CSV is " +
                                   std::to_string(kMaxBytes >> 20) + " MiB");
    std::string text = mipr::read_file(file);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // UTF-8 BOM written by spreadsheets

    // Fields of one line; double quotes around a field are removed. The separator is chosen from
    // the header: a comma, or a semicolon as written by spreadsheets in some locales.
    char sep = ',';
    auto fields_of = [&sep](std::string_view line) {
        std::vector<std::string> fields;
        std::string cur;
        bool quoted = false;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (c == '"') {
                if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
                    cur += '"';
                    ++i;
                } else {
                    quoted = !quoted;
                }
            } else if (c == sep && !quoted) {
                fields.push_back(trim(cur));
                cur.clear();
            } else {
                cur += c;
            }
        }
        fields.push_back(trim(cur));
        return fields;
    };

    std::map<std::string, mipr::Split> out;
    std::map<std::string, int> first_line;
    std::size_t id_col = 0, split_col = 0;
    bool have_header = false;
    int line_no = 0;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = trim(std::string_view(text).substr(start, end - start));
        start = end + 1;
        ++line_no;
        if (line.empty()) continue;
        const std::string where = "line " + std::to_string(line_no) + ": ";
        if (!have_header) {
            if (line.find(',') == std::string::npos && line.find(';') != std::string::npos) sep = ';';
            const auto header = fields_of(line);
            std::optional<std::size_t> i, s;
            for (std::size_t k = 0; k < header.size(); ++k) {
                const std::string name = lower(header[k]);
                // "image" as in the ISIC ground-truth CSVs; "name" as in spreadsheets.
                if (!i && (name == "id" || name == "image" || name == "image_id" || name == "name")) i = k;
                if (!s && name == "split") s = k;
            }
            if (!i || !s)
                throw InputError(file, where + "expected the header 'id,split', got '" + clipped(line) + "'");
            id_col = *i;
            split_col = *s;
            have_header = true;
            continue;
        }
        const auto fields = fields_of(line);
        if (fields.size() <= std::max(id_col, split_col) || fields[id_col].empty() ||
            fields[split_col].empty())
            throw InputError(file, where + "expected 'id,split', got '" + clipped(line) + "'");
        const std::string& id = fields[id_col];
        const auto split = mipr::parse_split(fields[split_col]);
        if (!split) {
            throw InputError(file, where + "unknown split '" + clipped(fields[split_col]) +
                                       "' (expected labeled, unlabeled or test)");
        }
        const auto [it, inserted] = out.emplace(id, *split);
        if (!inserted && it->second != *split) {
            throw InputError(file, where + "id '" + clipped(id) + "' is already listed as " +
                                       mipr::to_string(it->second) + " on line " +
                                       std::to_string(first_line[id]));
        }
        first_line.emplace(id, line_no);
    }
    if (!have_header) throw InputError(file, "empty split file (expected the header 'id,split')");
    return out;
}

}  // namespace mipr::data
