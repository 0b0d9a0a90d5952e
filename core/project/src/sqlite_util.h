// Thin RAII helpers over the SQLite3 C API for the project store: a prepared statement with
// bound parameters, and errors turned into mipr::InputError naming the database file (a user
// reads them: "project.mipr: database is locked").
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "mipr/common/error.h"

namespace mipr::project::detail {

/// The current time as ISO 8601 UTC with milliseconds, e.g. "2025-01-31T09:15:02.123Z": sorts
/// as text, and a person can read it in the database.
inline std::string utc_now() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char date[24];
    std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm);
    char millis[8];
    std::snprintf(millis, sizeof millis, ".%03dZ", static_cast<int>(ms));
    return std::string(date) + millis;
}

/// Throws InputError naming `file`, with SQLite's message for the connection's last error.
[[noreturn]] inline void throw_sqlite(sqlite3* db, const std::filesystem::path& file,
                                      const std::string& what) {
    const char* msg = db ? sqlite3_errmsg(db) : "out of memory";
    throw InputError(file, what + ": " + msg);
}

/// Runs SQL without parameters (DDL, pragmas, BEGIN/COMMIT). Values never go through here.
inline void exec(sqlite3* db, const std::filesystem::path& file, const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string msg = err ? err : sqlite3_errmsg(db);
        sqlite3_free(err);
        throw InputError(file, std::string("database error: ") + msg);
    }
}

/// A prepared statement. Parameters are bound by 1-based index; step() returns true while
/// there is a row. Finalized on destruction.
class Stmt {
public:
    Stmt(sqlite3* db, const std::filesystem::path& file, std::string_view sql) : db_(db), file_(&file) {
        if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
            throw_sqlite(db, file, "database error");
    }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    ~Stmt() { sqlite3_finalize(stmt_); }

    Stmt& bind(int i, std::int64_t v) { return check(sqlite3_bind_int64(stmt_, i, v)); }
    Stmt& bind(int i, int v) { return check(sqlite3_bind_int(stmt_, i, v)); }
    Stmt& bind(int i, double v) { return check(sqlite3_bind_double(stmt_, i, v)); }
    Stmt& bind(int i, std::string_view v) {
        return check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    }
    Stmt& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
    Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    Stmt& bind_null(int i) { return check(sqlite3_bind_null(stmt_, i)); }
    template <class T>
    Stmt& bind(int i, const std::optional<T>& v) {
        return v ? bind(i, *v) : bind_null(i);
    }

    /// Advances to the next row; false when done. Throws on error (constraint, busy, ...).
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw_sqlite(db_, *file_, "database error");
    }
    /// Runs a statement that returns no rows.
    void run() {
        while (step()) {
        }
    }
    /// Like run(), but returns the extended result code instead of throwing on a constraint
    /// violation, so that callers can turn it into a specific message.
    int try_run() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW) return SQLITE_OK;
        return sqlite3_extended_errcode(db_);
    }

    std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
    int integer(int col) const { return sqlite3_column_int(stmt_, col); }
    double real(int col) const { return sqlite3_column_double(stmt_, col); }
    bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
    std::string text(int col) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
    }
    std::optional<std::int64_t> opt_int64(int col) const {
        return is_null(col) ? std::nullopt : std::optional<std::int64_t>(int64(col));
    }
    std::optional<double> opt_real(int col) const {
        return is_null(col) ? std::nullopt : std::optional<double>(real(col));
    }

private:
    Stmt& check(int rc) {
        if (rc != SQLITE_OK) throw_sqlite(db_, *file_, "database error");
        return *this;
    }

    sqlite3* db_;
    const std::filesystem::path* file_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace mipr::project::detail
