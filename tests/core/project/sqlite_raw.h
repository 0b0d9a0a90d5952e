// The tests' own view of a project database, independent of Project: raw SQL on the file.
#pragma once

#include <QtTest>

#include <sqlite3.h>

#include <filesystem>
#include <string>

/// Runs SQL on a database file with a raw connection; fails the test on an SQL error.
inline void exec_raw(const std::filesystem::path& db_file, const std::string& sql) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(db_file.string().c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    const QString msg = err ? QString::fromUtf8(err) : QString();
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(msg));
}
