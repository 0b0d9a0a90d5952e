// Project::Impl, shared by the source files of the project store (private to mipr_project): the
// connection, the project folder, and the conversions between stored and absolute paths.
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "mipr/common/error.h"
#include "mipr/project/project.h"
#include "sqlite_util.h"

namespace mipr::project {

namespace detail {

// Paths are stored as UTF-8 so that a project opens the same on every platform; relative paths
// use forward slashes for the same reason.
inline std::string to_db(const std::filesystem::path& p) {
    const std::u8string s = p.generic_u8string();
    return {s.begin(), s.end()};
}

inline std::filesystem::path from_db(const std::string& s) {
    return std::filesystem::path(std::u8string(s.begin(), s.end()));
}

/// Refuses a pair status the CHECK constraint would refuse, with a message a user can act on
/// (the constraint stays as the guard against other writers).
inline void require_pair_status(const std::filesystem::path& db_file, const std::string& status) {
    if (parse_pair_status(status)) return;
    throw InputError(db_file, "unknown pair status \"" + status +
                                  "\" (expected \"pending\", \"held\", \"accepted\", \"rejected\" or "
                                  "\"edited\")");
}

}  // namespace detail

struct Project::Impl {
    std::filesystem::path root;
    std::filesystem::path canonical_root;  ///< root with symbolic links resolved (containment)
    std::filesystem::path db_file;
    sqlite3* db = nullptr;
    int version = 0;
    bool needs_upgrade = false;  ///< read-only opening of an older schema
    bool in_transaction = false;

    Impl() = default;
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    ~Impl() {
        if (db) sqlite3_close_v2(db);
    }

    detail::Stmt stmt(std::string_view text) const { return detail::Stmt(db, db_file, text); }

    /// `p` relative to the root, with forward slashes; an absolute path must lie inside the root.
    std::string relative_for_db(const std::filesystem::path& p) const {
        std::filesystem::path rel =
            p.is_absolute() ? p.lexically_normal().lexically_relative(root) : p.lexically_normal();
        const auto first = rel.begin();
        if (rel.empty() || rel.is_absolute() || (first != rel.end() && *first == ".."))
            throw InputError(p, "is outside the project folder " + root.string());
        const std::string stored = detail::to_db(rel);
        if (const std::string why = containment_problem(stored); !why.empty()) throw InputError(p, why);
        return stored;
    }
    /// The one place a stored relative path becomes a file to read or write: it must stay in
    /// the project's masks/, generated/, models/ or reports/ folder, also through symbolic links.
    /// Throws InputError naming the database otherwise (what the database says is untrusted: a
    /// project folder may come from anyone).
    std::filesystem::path absolute_from_db(const std::string& rel) const {
        if (const std::string why = containment_problem(rel); !why.empty())
            throw InputError(db_file, "a record names the file \"" + rel + "\", " + why +
                                          "; the project database was altered or is damaged (`mipr check` "
                                          "lists such records)");
        return (root / detail::from_db(rel)).lexically_normal();
    }
    /// Why a stored relative path may not be used, or empty when it may (absolute_from_db).
    std::string containment_problem(const std::string& rel) const;
    /// Why an image record's name or path may not be used, or empty (images are referenced
    /// where they were imported from, so the path is outside the project: it must be an
    /// absolute path to an image file, and the name a plain file name, as the project's own
    /// files are named after it).
    static std::string image_problem(const std::string& name, const std::filesystem::path& path);
    /// Throws InputError naming the database when image_problem finds one.
    void require_image(const std::string& name, const std::filesystem::path& path) const {
        if (const std::string why = image_problem(name, path); !why.empty())
            throw InputError(db_file, "image \"" + name + "\" (" + path.string() + "): " + why +
                                          "; the project database was altered or is damaged (`mipr check` "
                                          "lists such records)");
    }

    /// A row of the image columns (project.cpp); checked with require_image.
    ImageRecord read_image(const detail::Stmt& q) const;

    MaskRecord read_mask(const detail::Stmt& q) const {
        MaskRecord r;
        r.id = q.int64(0);
        r.image_id = q.int64(1);
        r.kind = parse_mask_kind(q.text(2)).value_or(MaskKind::doctor);
        r.path = absolute_from_db(q.text(3));
        r.model_id = q.opt_int64(4);
        r.confidence = q.opt_real(5);
        r.author = q.text(6);
        r.created_at = q.text(7);
        return r;
    }

    ModelRecord read_model(const detail::Stmt& q) const {
        ModelRecord r;
        r.id = q.int64(0);
        r.kind = q.text(1);
        r.version = q.integer(2);
        r.path = absolute_from_db(q.text(3));
        r.config_json = q.text(4);
        r.metrics_json = q.text(5);
        r.created_at = q.text(6);
        return r;
    }

    /// A row of project_iterations.cpp's pair query (columns in its order).
    PairRecord read_pair(const detail::Stmt& q) const;
    /// Gives an "edited" pair without an edited mask its image's newest `edited` mask; throws
    /// InputError when the image has none. Call inside a savepoint.
    void attach_edited_mask(std::int64_t pair_id) const;

    /// Opens (or creates) the database, sets the connection up and migrates it (read_only: no
    /// write of any kind; an older schema is refused).
    void connect(bool create, bool read_only = false);
    bool opened_read_only = false;  ///< the connection is read-only (Access::read or read_only)

    /// check()'s part for pairs: generated images that are missing.
    void check_pairs(std::vector<std::string>& out) const;
};

}  // namespace mipr::project
