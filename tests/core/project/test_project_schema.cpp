// Tests of the project database's lifecycle: creation, schema migrations from old versions,
// refusal of newer, foreign and corrupt files, and the connection settings (WAL, foreign keys).
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "mipr/common/error.h"
#include "mipr/project/project.h"
#include "project_test_support.h"
#include "sqlite_raw.h"

namespace fs = std::filesystem;
using mipr::project::MaskKind;
using mipr::project::Project;

namespace {

// The v1 schema exactly as the first release created it: a project made then must still open.
constexpr const char* kV1Schema = R"sql(
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
CREATE TABLE images (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
    hash TEXT NOT NULL DEFAULT '',
    width INTEGER NOT NULL DEFAULT 0 CHECK (width >= 0),
    height INTEGER NOT NULL DEFAULT 0 CHECK (height >= 0),
    split TEXT NOT NULL CHECK (split IN ('labeled', 'unlabeled', 'test')),
    added_at TEXT NOT NULL);
CREATE TABLE masks (
    id INTEGER PRIMARY KEY,
    image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('doctor', 'pseudo', 'generated', 'edited')),
    path TEXT NOT NULL, confidence REAL, author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL);
INSERT INTO schema_version VALUES (1, '2024-01-01T00:00:00.000Z');
INSERT INTO images (id, name, path, hash, width, height, split, added_at)
    VALUES (7, 'IMD003', '/data/IMD003.jpg', 'abc', 765, 572, 'labeled', '2024-01-01T00:00:00.000Z');
INSERT INTO masks (image_id, kind, path, author, created_at)
    VALUES (7, 'doctor', 'masks/IMD003_doctor.png', 'import', '2024-01-01T00:00:00.000Z');
)sql";

// What step 2 added, exactly as the second release created it, and the rows a v2 project holds:
// appended to kV1Schema it makes a v2 database.
constexpr const char* kV2Additions = R"sql(
CREATE TABLE models (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('segmentation', 'generator')),
    version INTEGER NOT NULL CHECK (version >= 1),
    path TEXT NOT NULL, config_json TEXT NOT NULL DEFAULT '{}',
    metrics_json TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL,
    UNIQUE (kind, version));
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
ALTER TABLE masks ADD COLUMN model_id INTEGER REFERENCES models(id) ON DELETE SET NULL;
CREATE INDEX masks_by_image_kind ON masks(image_id, kind, id);
CREATE INDEX masks_by_model ON masks(model_id);
CREATE INDEX images_by_split ON images(split, name);
INSERT INTO schema_version VALUES (2, '2024-06-01T00:00:00.000Z');
INSERT INTO models (id, kind, version, path, config_json, metrics_json, created_at)
    VALUES (3, 'segmentation', 1, 'models/seg_v1.pt', '{"width":32}', '{"dice":0.8}',
            '2024-06-01T00:00:00.000Z');
INSERT INTO images (id, name, path, hash, width, height, split, added_at)
    VALUES (8, 'IMD010', '/data/IMD010.jpg', 'def', 765, 572, 'unlabeled', '2024-06-01T00:00:00.000Z');
INSERT INTO masks (id, image_id, kind, path, confidence, author, created_at, model_id)
    VALUES (20, 8, 'pseudo', 'masks/IMD010_pseudo.png', 0.75, 'mipr', '2024-06-01T00:00:00.000Z', 3);
INSERT INTO settings VALUES ('input_size', '128');
)sql";

// What step 3 added, exactly as the third release created it, and the rows a v3 project holds:
// appended to kV1Schema and kV2Additions it makes a v3 database. Pair 12 was replaced by a rerun
// (sqlite_sequence remembers it), pairs 5 and 9 remain.
constexpr const char* kV3Additions = R"sql(
CREATE TABLE iterations (
    id INTEGER PRIMARY KEY, number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done')),
    config TEXT NOT NULL DEFAULT '{}', started_at TEXT NOT NULL, finished_at TEXT);
CREATE TABLE iteration_steps (
    iteration_id INTEGER NOT NULL REFERENCES iterations(id) ON DELETE CASCADE,
    step TEXT NOT NULL CHECK (step <> ''), result TEXT NOT NULL DEFAULT '{}',
    finished_at TEXT NOT NULL, PRIMARY KEY (iteration_id, step)) WITHOUT ROWID;
CREATE TABLE pairs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    iteration_id INTEGER NOT NULL REFERENCES iterations(id) ON DELETE CASCADE,
    image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    label_mask_id INTEGER NOT NULL REFERENCES masks(id) ON DELETE CASCADE,
    generated_path TEXT,
    generated_mask_id INTEGER REFERENCES masks(id) ON DELETE SET NULL,
    seg_model_id INTEGER REFERENCES models(id) ON DELETE SET NULL,
    gen_model_id INTEGER REFERENCES models(id) ON DELETE SET NULL,
    consistency REAL NOT NULL DEFAULT 0, confidence REAL NOT NULL DEFAULT 0,
    l1 REAL NOT NULL DEFAULT 0, ssim REAL NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'held', 'accepted', 'rejected')),
    created_at TEXT NOT NULL,
    UNIQUE (iteration_id, image_id));
CREATE INDEX pairs_by_iteration_status ON pairs(iteration_id, status);
CREATE INDEX pairs_by_image ON pairs(image_id);
CREATE INDEX pairs_by_status ON pairs(status);
CREATE INDEX pairs_by_label_mask ON pairs(label_mask_id);
CREATE INDEX pairs_by_generated_mask ON pairs(generated_mask_id);
INSERT INTO schema_version VALUES (3, '2024-09-01T00:00:00.000Z');
INSERT INTO iterations (id, number, status, config, started_at, finished_at)
    VALUES (4, 1, 'done', '{"seed":1}', '2024-09-01T00:00:00.000Z', '2024-09-01T01:00:00.000Z');
INSERT INTO iteration_steps VALUES (4, 'annotate', '{"pairs":2}', '2024-09-01T01:00:00.000Z');
INSERT INTO masks (id, image_id, kind, path, confidence, author, created_at, model_id)
    VALUES (21, 7, 'pseudo', 'masks/IMD003_it1_pseudo.png', 0.6, 'mipr', '2024-09-01T00:30:00.000Z', 3);
INSERT INTO pairs (id, iteration_id, image_id, label_mask_id, generated_path, seg_model_id, consistency,
                   confidence, l1, ssim, status, created_at)
    VALUES (12, 4, 8, 20, NULL, 3, 0.1, 0.5, 0.3, 0.2, 'held', '2024-09-01T00:40:00.000Z');
DELETE FROM pairs WHERE id = 12;
INSERT INTO pairs (id, iteration_id, image_id, label_mask_id, generated_path, seg_model_id, consistency,
                   confidence, l1, ssim, status, created_at)
    VALUES (5, 4, 8, 20, 'generated/IMD010_it1.png', 3, 0.93, 0.81, 0.07, 0.66, 'accepted',
            '2024-09-01T00:45:00.000Z'),
           (9, 4, 7, 21, NULL, 3, 0.2, 0.6, 0.4, 0.1, 'held', '2024-09-01T00:50:00.000Z');
)sql";

/// The first column of the first row of `sql`, as text.
std::string query_raw(const fs::path& db_file, const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(db_file.string().c_str(), &db);
    sqlite3_stmt* st = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        out = p ? p : "";
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

}  // namespace

class TestProjectSchema : public QObject {
    Q_OBJECT

private slots:
    void pairSignalsGoWithTheirPair() {
        QTemporaryDir tmp;
        Project p = Project::create(dir_of(tmp) / "p");
        const auto image = p.add_image({"a", "/nonexistent/a.png", "", 4, 4, mipr::Split::unlabeled});
        const auto mask = p.add_mask(image, MaskKind::pseudo, "masks/a.png");
        const auto it = p.begin_iteration(1, "{}");
        mipr::project::NewPair np;
        np.iteration_id = it;
        np.image_id = image;
        np.label_mask_id = mask;
        const auto pair = p.add_pair(np);
        p.set_pair_signals(pair, {{"entropy", 0.25}, {"estimated_dice", 0.8}, {"nan", std::nan("")}});
        QCOMPARE(p.pair_signals().at(pair).size(), std::size_t{2});  // the non-finite value left out
        QCOMPARE(p.pair_signals(it).at(pair).at("entropy"), 0.25);
        p.set_pair_signals(pair, {{"entropy", 0.5}});  // replaces every signal of the pair
        QCOMPARE(p.pair_signals().at(pair).size(), std::size_t{1});
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.set_pair_signals(pair + 1, {{"entropy", 1.0}}));
        p.add_pair(np);  // a rerun replaces the pair: its signals go with it
        QVERIFY(p.pair_signals().empty());
    }

    void freshProjectIsAtLatestVersion() {
        QTemporaryDir tmp;
        const fs::path dir = dir_of(tmp) / "p";
        QVERIFY(!Project::exists(dir));
        {
            Project p = Project::create(dir);
            QCOMPARE(p.schema_version(), Project::latest_schema_version());
            QCOMPARE(Project::latest_schema_version(), 6);
            for (const fs::path& sub : {p.masks_dir(), p.generated_dir(), p.models_dir(), p.reports_dir()})
                QVERIFY2(fs::is_directory(sub), qPrintable(QString::fromStdString(sub.string())));
            QCOMPARE(p.database_path(), dir / "project.mipr");
        }
        QVERIFY(Project::exists(dir));
        Project again = Project::open(dir);
        QCOMPARE(again.schema_version(), Project::latest_schema_version());
        // Every step was recorded, in order, by the same migration path old projects take.
        QCOMPARE(query_raw(dir / "project.mipr", "SELECT group_concat(version, ',') FROM schema_version"),
                 std::string("1,2,3,4,5,6"));
        for (const char* table :
             {"images", "masks", "models", "settings", "iterations", "iteration_steps", "pairs", "decisions"})
            QCOMPARE(query_raw(
                         dir / "project.mipr",
                         std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '") +
                             table + "'"),
                     std::string("1"));
        for (const char* index :
             {"pairs_by_iteration_status", "pairs_by_image", "pairs_by_status", "pairs_by_label_mask",
              "pairs_by_generated_mask", "pairs_by_edited_mask", "decisions_by_pair", "decisions_by_batch"})
            QCOMPARE(query_raw(
                         dir / "project.mipr",
                         std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = '") +
                             index + "'"),
                     std::string("1"));
    }

    void createRefusesExistingProject() {
        QTemporaryDir tmp;
        Project::create(dir_of(tmp));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, Project::create(dir_of(tmp)));
    }

    void openMissingProjectNamesTheFile() {
        QTemporaryDir tmp;
        try {
            Project::open(dir_of(tmp));
            QFAIL("opened a folder without a project");
        } catch (const mipr::InputError& e) {
            QCOMPARE(e.file(), dir_of(tmp) / "project.mipr");
            QVERIFY(QString(e.what()).contains(QString::fromStdString(e.file().string())));
        }
    }

    void migratesVersion1AndKeepsRows() {
        QTemporaryDir tmp;
        const fs::path dir = dir_of(tmp);
        exec_raw(dir / "project.mipr", kV1Schema);

        Project p = Project::open(dir);
        QCOMPARE(p.schema_version(), Project::latest_schema_version());
        const auto image = p.image_by_name("IMD003");
        QVERIFY(image);
        QCOMPARE(image->id, std::int64_t(7));
        QCOMPARE(image->width, 765);
        QCOMPARE(image->split, mipr::Split::labeled);
        const auto masks = p.masks(7);
        QCOMPARE(masks.size(), std::size_t(1));
        QCOMPARE(masks[0].path, dir / "masks" / "IMD003_doctor.png");
        QVERIFY(!masks[0].model_id);
        QCOMPARE(masks[0].author, std::string("import"));
        // The old folder had no subfolders: open() restores them.
        QVERIFY(fs::is_directory(p.models_dir()));

        // What v2 added works on the migrated database.
        const auto model = p.add_model("segmentation", "models/seg_v1.pt", "{}", "{}");
        p.add_mask(7, MaskKind::pseudo, "masks/IMD003_pseudo.png", model, 0.9);
        QCOMPARE(p.latest_mask(7, MaskKind::pseudo)->model_id, std::optional<std::int64_t>(model));
        p.set_setting("input_size", "128");
        QCOMPARE(p.setting("input_size"), std::optional<std::string>("128"));
    }

    void migratesVersion2AndKeepsRows() {
        QTemporaryDir tmp;
        const fs::path dir = dir_of(tmp);
        exec_raw(dir / "project.mipr", std::string(kV1Schema) + kV2Additions);

        Project p = Project::open(dir);
        QCOMPARE(p.schema_version(), 6);
        QCOMPARE(query_raw(dir / "project.mipr", "SELECT group_concat(version, ',') FROM schema_version"),
                 std::string("1,2,3,4,5,6"));
        // Every v2 row survives, with its ids (pairs will refer to them).
        QCOMPARE(p.images().size(), std::size_t(2));
        const auto model = p.model(3);
        QVERIFY(model);
        QCOMPARE(model->config_json, std::string(R"({"width":32})"));
        QCOMPARE(model->metrics_json, std::string(R"({"dice":0.8})"));
        QCOMPARE(model->path, dir / "models" / "seg_v1.pt");
        const auto pseudo = p.latest_mask(8, MaskKind::pseudo);
        QVERIFY(pseudo);
        QCOMPARE(pseudo->id, std::int64_t(20));
        QCOMPARE(pseudo->model_id, std::optional<std::int64_t>(3));
        QCOMPARE(pseudo->confidence, std::optional<double>(0.75));
        QCOMPARE(p.masks(7).size(), std::size_t(1));
        QCOMPARE(p.setting("input_size"), std::optional<std::string>("128"));
        QVERIFY(p.iterations().empty());
        QVERIFY(p.pairs().empty());

        // What v3 added works on the migrated database, over the old rows.
        const auto it = p.begin_iteration(1, "{}");
        mipr::project::NewPair pair;
        pair.iteration_id = it;
        pair.image_id = 8;
        pair.label_mask_id = 20;
        pair.seg_model_id = 3;
        const auto id = p.add_pair(pair);
        QCOMPARE(p.pair(id)->label_mask_path, dir / "masks" / "IMD010_pseudo.png");
        QCOMPARE(p.pair(id)->image_name, std::string("IMD010"));
        QCOMPARE(p.counts().pairs, 1);
    }

    void migratesVersion3AndKeepsPairs() {
        QTemporaryDir tmp;
        const fs::path dir = dir_of(tmp);
        const fs::path db = dir / "project.mipr";
        exec_raw(db, std::string(kV1Schema) + kV2Additions + kV3Additions);

        {
            Project p = Project::open(dir);
            QCOMPARE(p.schema_version(), 6);
            QCOMPARE(query_raw(db, "SELECT group_concat(version, ',') FROM schema_version"),
                     std::string("1,2,3,4,5,6"));
            // Every pair survives the rebuild of its table, with its id and every column.
            const auto pairs = p.pairs();
            QCOMPARE(pairs.size(), std::size_t(2));
            const auto a = p.pair(5);
            QVERIFY(a);
            QCOMPARE(a->iteration_number, 1);
            QCOMPARE(a->image_name, std::string("IMD010"));
            QCOMPARE(a->label_mask_id, std::int64_t(20));
            QCOMPARE(a->label_mask_path, dir / "masks" / "IMD010_pseudo.png");
            QCOMPARE(a->generated_path, std::optional<fs::path>(dir / "generated" / "IMD010_it1.png"));
            QCOMPARE(a->seg_model_id, std::optional<std::int64_t>(3));
            QCOMPARE(a->consistency, 0.93);
            QCOMPARE(a->confidence, 0.81);
            QCOMPARE(a->l1, 0.07);
            QCOMPARE(a->ssim, 0.66);
            QCOMPARE(a->status, std::string("accepted"));
            QCOMPARE(a->created_at, std::string("2024-09-01T00:45:00.000Z"));
            QVERIFY(!a->edited_mask_id && !a->edited_mask_path);
            QCOMPARE(p.pair(9)->status, std::string("held"));
            QCOMPARE(p.pair(9)->label_mask_id, std::int64_t(21));
            QCOMPARE(p.step_result(4, "annotate"), std::optional<std::string>(R"({"pairs":2})"));
            QVERIFY(p.decisions().empty());

            // The rebuilt table keeps its indexes, and nothing of the rebuild is left behind.
            for (const char* index : {"pairs_by_iteration_status", "pairs_by_image", "pairs_by_status",
                                      "pairs_by_label_mask", "pairs_by_generated_mask"})
                QCOMPARE(query_raw(db, std::string("SELECT tbl_name FROM sqlite_schema WHERE type = 'index' "
                                                   "AND name = '") +
                                           index + "'"),
                         std::string("pairs"));
            QCOMPARE(query_raw(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'pairs_v%'"),
                     std::string("0"));
            QCOMPARE(query_raw(db, "PRAGMA foreign_key_check"), std::string());
            // AUTOINCREMENT still never reuses an id: pair 12 existed once.
            QCOMPARE(query_raw(db, "SELECT seq FROM sqlite_sequence WHERE name = 'pairs'"),
                     std::string("12"));

            // What v4 added works over the old rows: an edited decision, and its undo.
            const auto edited = p.add_mask(8, MaskKind::edited, "masks/IMD010_edited.png", std::nullopt,
                                           std::nullopt, "dr-who");
            const auto d = p.decide(5, "edited", "dr-who", edited);
            QCOMPARE(p.pair(5)->status, std::string("edited"));
            QCOMPARE(p.pair(5)->edited_mask_path,
                     std::optional<fs::path>(dir / "masks" / "IMD010_edited.png"));
            QCOMPARE(p.counts().pairs_accepted, 1);
            p.undo_decision(d);
            QCOMPARE(p.pair(5)->status, std::string("accepted"));

            // The connection enforces foreign keys again after the rebuild.
            mipr::project::NewPair bad;
            bad.iteration_id = 4;
            bad.image_id = 999;
            bad.label_mask_id = 20;
            QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_pair(bad));
            QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_mask(999, MaskKind::doctor, "masks/x.png"));
            mipr::project::NewPair fresh;
            fresh.iteration_id = p.begin_iteration(2, "{}");
            fresh.image_id = 8;
            fresh.label_mask_id = 20;
            QCOMPARE(p.add_pair(fresh), std::int64_t(13));
        }

        // The rebuilt table's foreign keys still cascade: an iteration takes its pairs and their
        // decisions with it.
        exec_raw(db, "PRAGMA foreign_keys = ON; DELETE FROM iterations WHERE id = 4;");
        QCOMPARE(query_raw(db, "SELECT count(*) FROM pairs"), std::string("1"));
        QCOMPARE(query_raw(db, "SELECT count(*) FROM decisions"), std::string("0"));
        // The CHECK constraint now allows "edited" and still refuses nonsense.
        exec_raw(db, "UPDATE pairs SET status = 'edited'");
        sqlite3* raw = nullptr;
        sqlite3_open(db.string().c_str(), &raw);
        const int rc = sqlite3_exec(raw, "UPDATE pairs SET status = 'maybe'", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        QCOMPARE(rc, SQLITE_CONSTRAINT);
    }

    void failedRebuildLeavesVersion3Untouched() {
        // A v3 database that already has a "decisions" table makes step 4 fail after the pairs
        // table was rebuilt: the rebuild must be rolled back with it.
        QTemporaryDir tmp;
        const fs::path db = dir_of(tmp) / "project.mipr";
        exec_raw(db, std::string(kV1Schema) + kV2Additions + kV3Additions + "CREATE TABLE decisions (x);");
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, Project::open(dir_of(tmp)));
        QCOMPARE(query_raw(db, "SELECT max(version) FROM schema_version"), std::string("3"));
        QCOMPARE(query_raw(db, "SELECT group_concat(id, ',') FROM pairs"), std::string("5,9"));
        QCOMPARE(query_raw(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'pairs_v%'"),
                 std::string("0"));
        QVERIFY(QString::fromStdString(query_raw(db, "SELECT sql FROM sqlite_schema WHERE name = 'pairs'"))
                    .contains("'rejected')"));
        QCOMPARE(query_raw(db, "SELECT seq FROM sqlite_sequence WHERE name = 'pairs'"), std::string("12"));
    }

    void failedMigrationLeavesTheDatabaseUntouched() {
        // A v1 database that already has a "models" table makes step 2 fail half-way: since all
        // steps run in one transaction, nothing of step 2 may remain.
        QTemporaryDir tmp;
        const fs::path db = dir_of(tmp) / "project.mipr";
        exec_raw(db, std::string(kV1Schema) + "CREATE TABLE models (x);");
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, Project::open(dir_of(tmp)));
        QCOMPARE(query_raw(db, "SELECT max(version) FROM schema_version"), std::string("1"));
        QCOMPARE(query_raw(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'settings'"),
                 std::string("0"));
        QCOMPARE(query_raw(db, "SELECT count(*) FROM images"), std::string("1"));
    }

    void refusesNewerSchema() {
        QTemporaryDir tmp;
        const fs::path dir = dir_of(tmp);
        Project::create(dir);
        const int future = Project::latest_schema_version() + 1;
        exec_raw(dir / "project.mipr", "INSERT INTO schema_version VALUES (" + std::to_string(future) +
                                           ", '2099-01-01T00:00:00Z')");
        try {
            Project::open(dir);
            QFAIL("opened a database from the future");
        } catch (const mipr::InputError& e) {
            const QString what = e.what();
            QVERIFY2(what.contains(QString::fromStdString((dir / "project.mipr").string())),
                     qPrintable(what));
            QVERIFY2(what.contains("newer"), qPrintable(what));
            QVERIFY2(what.contains(QString("schema %1").arg(future)), qPrintable(what));
            QVERIFY2(what.contains(QString("up to %1").arg(Project::latest_schema_version())),
                     qPrintable(what));
        }
    }

    void refusesNonProjectFiles_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("sql");  // instead of content: a database made by this SQL
        std::mt19937 rng(42);
        QByteArray noise(8192, '\0');
        for (auto& c : noise)
            c = static_cast<char>(rng());
        QTest::newRow("random bytes") << noise << QString();
        QTest::newRow("text file") << QByteArray("id,split\nIMD003,labeled\n") << QString();
        QByteArray truncated("SQLite format 3");
        truncated.append('\0');
        truncated.append(QByteArray(40, '\x7f'));
        QTest::newRow("damaged header") << truncated << QString();
        QTest::newRow("another program's database")
            << QByteArray() << QString("CREATE TABLE notes (t TEXT);");
    }

    void refusesNonProjectFiles() {
        QFETCH(QByteArray, content);
        QFETCH(QString, sql);
        QTemporaryDir tmp;
        const fs::path db = dir_of(tmp) / "project.mipr";
        if (sql.isEmpty()) {
            std::ofstream(db, std::ios::binary).write(content.constData(), content.size());
        } else {
            exec_raw(db, sql.toStdString());
        }
        try {
            Project::open(dir_of(tmp));
            QFAIL("opened a file that is not a project");
        } catch (const mipr::InputError& e) {
            QCOMPARE(e.file(), db);
            QVERIFY2(QString(e.what()).contains(QString::fromStdString(db.string())), e.what());
        }
    }

    // Issue 15, defect 7: reading a bad database file changed it. A 0-byte project.mipr became
    // an empty project under `info`; another program's SQLite file was switched to WAL before
    // it was refused.
    void refusingAFileLeavesItAsItWas_data() {
        QTest::addColumn<QString>("sql");  // empty: a 0-byte file
        QTest::newRow("0-byte file") << QString();
        QTest::newRow("another program's database")
            << QString("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x');");
    }
    void refusingAFileLeavesItAsItWas() {
        QFETCH(QString, sql);
        QTemporaryDir tmp;
        const fs::path db = dir_of(tmp) / "project.mipr";
        if (sql.isEmpty())
            std::ofstream(db, std::ios::binary).flush();
        else
            exec_raw(db, sql.toStdString());
        const auto bytes = [&] {
            std::ifstream in(db, std::ios::binary);
            return std::string(std::istreambuf_iterator<char>(in), {});
        };
        const std::string before = bytes();
        for (const auto access : {Project::Access::read_write, Project::Access::read_only}) {
            try {
                Project::open(dir_of(tmp), access);
                QFAIL("opened a file that is not a project");
            } catch (const mipr::InputError& e) {
                QCOMPARE(e.file(), db);
            }
        }
        QCOMPARE(bytes(), before);
        if (!sql.isEmpty()) QCOMPARE(query_raw(db, "PRAGMA journal_mode"), std::string("delete"));
        // Nothing else appeared beside it either (no -wal, no -shm, no project folders).
        int entries = 0;
        for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir_of(tmp)))
            ++entries;
        QCOMPARE(entries, 1);
    }

    // Read-only commands (info, check, export) open the project read-only: nothing is written,
    // not even the folders a copied project may lack, and a write is refused.
    void readOnlyOpeningWritesNothing() {
        QTemporaryDir tmp;
        {
            Project p = Project::create(dir_of(tmp));
            p.add_image({"A", "/a.png", "h", 4, 4, mipr::Split::labeled});
        }
        fs::remove(dir_of(tmp) / "reports");
        const auto stamp = fs::last_write_time(dir_of(tmp) / "project.mipr");
        {
            Project r = Project::open(dir_of(tmp), Project::Access::read_only);
            QVERIFY(r.image_by_name("A"));
            QVERIFY(!r.check().empty());  // it runs (the image file is missing), and writes nothing
            QVERIFY_THROWS_EXCEPTION(mipr::InputError,
                                     r.add_image({"B", "/b.png", "h", 4, 4, mipr::Split::labeled}));
        }
        QVERIFY(!fs::exists(dir_of(tmp) / "reports"));
        QCOMPARE(fs::last_write_time(dir_of(tmp) / "project.mipr"), stamp);
        QCOMPARE(Project::open(dir_of(tmp)).images().size(), std::size_t(1));
    }

    void connectionSettings() {
        QTemporaryDir tmp;
        Project p = Project::create(dir_of(tmp));
        // journal_mode is stored in the file, so another connection sees it.
        QCOMPARE(query_raw(p.database_path(), "PRAGMA journal_mode"), std::string("wal"));
        // foreign_keys is per connection: a raw connection starts with it off, and the project's
        // connection must have turned it on. Its effect is the proof.
        QCOMPARE(query_raw(p.database_path(), "PRAGMA foreign_keys"), std::string("0"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_mask(999, MaskKind::doctor, "masks/x.png"));
        // CHECK constraints guard the enumerations even against raw SQL.
        sqlite3* db = nullptr;
        sqlite3_open(p.database_path().string().c_str(), &db);
        const int rc = sqlite3_exec(
            db, "INSERT INTO images (name, path, split, added_at) VALUES ('x', '/x', 'training', 'now')",
            nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_CONSTRAINT);
    }

    void twoConnectionsOnOneProject() {
        // A worker thread opens its own Project on the same folder; WAL lets both work.
        QTemporaryDir tmp;
        Project a = Project::create(dir_of(tmp));
        Project b = Project::open(dir_of(tmp));
        a.add_image({"A", "/a.png", "h", 4, 4, mipr::Split::labeled});
        QVERIFY(b.image_by_name("A"));
        b.add_image({"B", "/b.png", "h", 4, 4, mipr::Split::test});
        QCOMPARE(a.images().size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestProjectSchema)
#include "test_project_schema.moc"
