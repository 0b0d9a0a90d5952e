// The project store: a folder with `project.mipr` (SQLite: WAL, foreign keys, versioned schema
// with migrations) and the folders masks/, generated/, models/, reports/. Images are referenced by
// absolute path and content hash; masks and models are files inside the project folder, stored
// under relative paths. One Project object = one connection; use it from one thread at a time
// (open a second Project on the same folder for a worker thread).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "mipr/common/types.h"

namespace mipr::project {

/// Who or what made a mask (provenance, ARCHITECTURE.md §1.7).
enum class MaskKind {
    doctor,     ///< imported or drawn by a clinician
    pseudo,     ///< predicted by a segmentation model (model_id says which)
    generated,  ///< the label of a generated pair
    edited,     ///< a pseudo-label corrected by a reviewer (a doctor annotation of the real image)
};
std::string to_string(MaskKind kind);
std::optional<MaskKind> parse_mask_kind(const std::string& name);

struct ImageRecord {
    std::int64_t id = 0;
    std::string name;            ///< unique id in the project, e.g. "IMD003"
    std::filesystem::path path;  ///< absolute path of the source image
    std::string hash;            ///< content hash at import time
    int width = 0;
    int height = 0;
    Split split = Split::unlabeled;
};

struct NewImage {
    std::string name;
    std::filesystem::path path;
    std::string hash;
    int width = 0;
    int height = 0;
    Split split = Split::unlabeled;
};

struct MaskRecord {
    std::int64_t id = 0;
    std::int64_t image_id = 0;
    MaskKind kind = MaskKind::doctor;
    std::filesystem::path path;  ///< absolute (project root / relative path stored)
    std::optional<std::int64_t> model_id;
    std::optional<double> confidence;  ///< mean confidence of the model, for pseudo-labels
    std::string author;                ///< user name, or "mipr" for automatic masks
    std::string created_at;            ///< ISO 8601 UTC
};

struct ModelRecord {
    std::int64_t id = 0;
    std::string kind;            ///< "segmentation", "generator"
    int version = 0;             ///< 1, 2, ... per kind
    std::filesystem::path path;  ///< absolute
    std::string config_json;
    std::string metrics_json;
    std::string created_at;
};

struct Counts {
    int labeled = 0;
    int unlabeled = 0;
    int test = 0;
    int with_pseudo = 0;  ///< images that have at least one pseudo-label
    int models = 0;
};

class Project {
public:
    static constexpr const char* kDatabaseName = "project.mipr";

    /// Creates a new project in `dir` (created if missing; must not already hold a project).
    /// Throws mipr::InputError naming the folder.
    static Project create(const std::filesystem::path& dir);
    /// Opens an existing project, migrating its schema to the latest version (in one
    /// transaction). Throws mipr::InputError naming the database file when it is missing,
    /// corrupt, or newer than this program understands.
    static Project open(const std::filesystem::path& dir);
    static bool exists(const std::filesystem::path& dir);
    static int latest_schema_version();

    Project(Project&&) noexcept;
    Project& operator=(Project&&) noexcept;
    ~Project();

    const std::filesystem::path& root() const;
    std::filesystem::path database_path() const;
    std::filesystem::path masks_dir() const;      ///< root/masks
    std::filesystem::path generated_dir() const;  ///< root/generated
    std::filesystem::path models_dir() const;     ///< root/models
    std::filesystem::path reports_dir() const;    ///< root/reports
    int schema_version() const;

    /// RAII transaction: rolls back unless commit() was called. Nested use is an error.
    class Transaction {
    public:
        explicit Transaction(Project& p);
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        ~Transaction();
        void commit();

    private:
        Project* p_;
        bool done_ = false;
    };

    // Images
    std::int64_t add_image(const NewImage& image);  ///< throws InputError on duplicate name
    std::optional<ImageRecord> image(std::int64_t id) const;
    std::optional<ImageRecord> image_by_name(const std::string& name) const;
    std::vector<ImageRecord> images() const;  ///< ordered by name
    std::vector<ImageRecord> images(Split split) const;
    void set_split(std::int64_t image_id, Split split);

    // Masks (every version is kept; "latest" is the newest of a kind)
    std::int64_t add_mask(std::int64_t image_id, MaskKind kind, const std::filesystem::path& relative_path,
                          std::optional<std::int64_t> model_id = std::nullopt,
                          std::optional<double> confidence = std::nullopt,
                          const std::string& author = "mipr");
    std::optional<MaskRecord> latest_mask(std::int64_t image_id, MaskKind kind) const;
    std::vector<MaskRecord> masks(std::int64_t image_id) const;  ///< oldest first
    /// Whether a mask or model record refers to `path` (absolute, or relative to the root): tells
    /// a file left over by an interrupted write from one the project owns.
    bool references_file(const std::filesystem::path& path) const;

    // Models
    std::int64_t add_model(const std::string& kind, const std::filesystem::path& relative_path,
                           const std::string& config_json, const std::string& metrics_json);
    std::optional<ModelRecord> model(std::int64_t id) const;
    std::optional<ModelRecord> latest_model(const std::string& kind) const;
    std::vector<ModelRecord> models() const;
    void set_model_metrics(std::int64_t model_id, const std::string& metrics_json);

    // Key/value settings (project-wide defaults such as the input size)
    std::optional<std::string> setting(const std::string& key) const;
    void set_setting(const std::string& key, const std::string& value);

    Counts counts() const;

    /// Integrity check: SQLite's own check, foreign keys, and that every referenced file
    /// (images, masks, models) exists, and that masks/ holds no file without a mask record.
    /// Returns one human-readable line per problem.
    std::vector<std::string> check() const;

private:
    struct Impl;
    explicit Project(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace mipr::project
