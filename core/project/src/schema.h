// The project database's schema: an ordered list of migrations and the code that brings a
// database up to the latest version (private to mipr_project).
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <span>

namespace mipr::project::detail {

/// One step of the schema history: the SQL that turns version `version - 1` into `version`.
/// Steps are never edited once released; a change is a new step.
struct Migration {
    int version;
    const char* description;
    const char* sql;
    /// The step rebuilds a table (create new, copy, drop old, rename): the runner turns foreign
    /// key enforcement off around the whole migration, as SQLite's procedure requires, and
    /// checks the foreign keys itself before committing.
    bool rebuilds_tables;
};

std::span<const Migration> migrations();
int latest_version();

/// The version recorded in `schema_version`; 0 for a database without any table (brand new).
/// Throws InputError naming `file` for a database that has tables but is not a MIPR project.
int read_version(sqlite3* db, const std::filesystem::path& file);

/// Applies the missing migrations in one IMMEDIATE transaction (all or nothing). Throws
/// InputError naming `file` when the database is newer than this program.
/// Returns the version the database is at afterwards.
int migrate(sqlite3* db, const std::filesystem::path& file);

}  // namespace mipr::project::detail
