// Schema history of project.mipr and the migration runner. Every project, new or old, is brought
// to the latest version by the same path: create() starts from an empty database (version 0)
// and applies every step, so the steps old projects go through are the ones tests exercise.
#include "schema.h"

#include <string>

#include "mipr/common/error.h"
#include "sqlite_util.h"

namespace mipr::project::detail {
namespace {

// v1: images and their masks. Paths of masks are relative to the project folder so that a
// project can be moved or copied as a whole; image paths are absolute (images stay where the
// user keeps them).
constexpr const char* kV1 = R"sql(
CREATE TABLE schema_version (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);
CREATE TABLE images (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    path     TEXT NOT NULL,
    hash     TEXT NOT NULL DEFAULT '',
    width    INTEGER NOT NULL DEFAULT 0 CHECK (width >= 0),
    height   INTEGER NOT NULL DEFAULT 0 CHECK (height >= 0),
    split    TEXT NOT NULL CHECK (split IN ('labeled', 'unlabeled', 'test')),
    added_at TEXT NOT NULL
);
CREATE TABLE masks (
    id         INTEGER PRIMARY KEY,
    image_id   INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('doctor', 'pseudo', 'generated', 'edited')),
    path       TEXT NOT NULL,
    confidence REAL,
    author     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
)sql";

// v2: trained models (provenance of pseudo-labels), project settings, and the indexes the
// review views need (latest mask of a kind per image, images of a split).
constexpr const char* kV2 = R"sql(
CREATE TABLE models (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('segmentation', 'generator')),
    version      INTEGER NOT NULL CHECK (version >= 1),
    path         TEXT NOT NULL,
    config_json  TEXT NOT NULL DEFAULT '{}',
    metrics_json TEXT NOT NULL DEFAULT '{}',
    created_at   TEXT NOT NULL,
    UNIQUE (kind, version)
);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
ALTER TABLE masks ADD COLUMN model_id INTEGER REFERENCES models(id) ON DELETE SET NULL;
CREATE INDEX masks_by_image_kind ON masks(image_id, kind, id);
CREATE INDEX masks_by_model ON masks(model_id);
CREATE INDEX images_by_split ON images(split, name);
)sql";

// v3: MIPR iterations (ARCHITECTURE.md §1 steps 3-7). A row of iteration_steps means the step
// completed, with its result; `mipr run` resumes from the first step without a row. A pair is
// one unlabelled image's pseudo-label t' and its rearranged image x', with the scores that
// decide whether it is held back, and the review status. Deleting an iteration deletes its steps
// and pairs; a pair cannot outlive its image or label, while a deleted model only loses the
// provenance link (as masks.model_id does). Pair ids are AUTOINCREMENT: a pair replaced by a
// rerun gets a new id, never the old one, so a stale reference cannot alias the new pair.
constexpr const char* kV3 = R"sql(
CREATE TABLE iterations (
    id          INTEGER PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE CHECK (number >= 1),
    status      TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done')),
    config      TEXT NOT NULL DEFAULT '{}',
    started_at  TEXT NOT NULL,
    finished_at TEXT
);
CREATE TABLE iteration_steps (
    iteration_id INTEGER NOT NULL REFERENCES iterations(id) ON DELETE CASCADE,
    step         TEXT NOT NULL CHECK (step <> ''),
    result       TEXT NOT NULL DEFAULT '{}',
    finished_at  TEXT NOT NULL,
    PRIMARY KEY (iteration_id, step)
) WITHOUT ROWID;
CREATE TABLE pairs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    iteration_id      INTEGER NOT NULL REFERENCES iterations(id) ON DELETE CASCADE,
    image_id          INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    label_mask_id     INTEGER NOT NULL REFERENCES masks(id) ON DELETE CASCADE,
    generated_path    TEXT,
    generated_mask_id INTEGER REFERENCES masks(id) ON DELETE SET NULL,
    seg_model_id      INTEGER REFERENCES models(id) ON DELETE SET NULL,
    gen_model_id      INTEGER REFERENCES models(id) ON DELETE SET NULL,
    consistency       REAL NOT NULL DEFAULT 0,
    confidence        REAL NOT NULL DEFAULT 0,
    l1                REAL NOT NULL DEFAULT 0,
    ssim              REAL NOT NULL DEFAULT 0,
    status            TEXT NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'held', 'accepted', 'rejected')),
    created_at        TEXT NOT NULL,
    UNIQUE (iteration_id, image_id)
);
-- UNIQUE (iteration_id, image_id) already indexes lookups by iteration; this one also serves
-- "accepted pairs of iteration k" without visiting the other pairs.
CREATE INDEX pairs_by_iteration_status ON pairs(iteration_id, status);
CREATE INDEX pairs_by_image ON pairs(image_id);
CREATE INDEX pairs_by_status ON pairs(status);
-- Without these, deleting a mask (an image's cascade) scans every pair for references.
CREATE INDEX pairs_by_label_mask ON pairs(label_mask_id);
CREATE INDEX pairs_by_generated_mask ON pairs(generated_mask_id);
)sql";

// v4: review decisions (ARCHITECTURE.md §1.6, §4) and the status "edited". A decision row is
// written with the pair's new status in one transaction and never deleted; an undo sets
// undone_at and gives the pair back previous_status and previous_edited_mask_id. A pair's
// decisions go with the pair (a rerun that replaces a pair starts its review afresh).
// pairs.edited_mask_id is the reviewer's corrected mask (kind `edited`) of an "edited" pair.
//
// SQLite cannot alter a CHECK constraint, so pairs is rebuilt the standard way (sqlite.org,
// "ALTER TABLE", the 12 steps): create the new table, copy every row with its id, drop the old
// table, rename, recreate the indexes. The runner switches foreign keys off around this step
// (`rebuilds_tables`; the pragma is a no-op inside a transaction) and runs foreign_key_check
// before it commits. AUTOINCREMENT's high-water mark is carried over, so an id that a replaced
// pair once had is still never given again.
constexpr const char* kV4 = R"sql(
CREATE TABLE pairs_v4 (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    iteration_id      INTEGER NOT NULL REFERENCES iterations(id) ON DELETE CASCADE,
    image_id          INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    label_mask_id     INTEGER NOT NULL REFERENCES masks(id) ON DELETE CASCADE,
    generated_path    TEXT,
    generated_mask_id INTEGER REFERENCES masks(id) ON DELETE SET NULL,
    seg_model_id      INTEGER REFERENCES models(id) ON DELETE SET NULL,
    gen_model_id      INTEGER REFERENCES models(id) ON DELETE SET NULL,
    consistency       REAL NOT NULL DEFAULT 0,
    confidence        REAL NOT NULL DEFAULT 0,
    l1                REAL NOT NULL DEFAULT 0,
    ssim              REAL NOT NULL DEFAULT 0,
    status            TEXT NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'held', 'accepted', 'rejected', 'edited')),
    created_at        TEXT NOT NULL,
    edited_mask_id    INTEGER REFERENCES masks(id) ON DELETE SET NULL,
    UNIQUE (iteration_id, image_id)
);
INSERT INTO pairs_v4 (id, iteration_id, image_id, label_mask_id, generated_path, generated_mask_id,
                      seg_model_id, gen_model_id, consistency, confidence, l1, ssim, status, created_at)
    SELECT id, iteration_id, image_id, label_mask_id, generated_path, generated_mask_id,
           seg_model_id, gen_model_id, consistency, confidence, l1, ssim, status, created_at
    FROM pairs;
DELETE FROM sqlite_sequence WHERE name = 'pairs_v4';
INSERT INTO sqlite_sequence (name, seq) SELECT 'pairs_v4', seq FROM sqlite_sequence WHERE name = 'pairs';
DROP TABLE pairs;
ALTER TABLE pairs_v4 RENAME TO pairs;
CREATE INDEX pairs_by_iteration_status ON pairs(iteration_id, status);
CREATE INDEX pairs_by_image ON pairs(image_id);
CREATE INDEX pairs_by_status ON pairs(status);
CREATE INDEX pairs_by_label_mask ON pairs(label_mask_id);
CREATE INDEX pairs_by_generated_mask ON pairs(generated_mask_id);
CREATE INDEX pairs_by_edited_mask ON pairs(edited_mask_id) WHERE edited_mask_id IS NOT NULL;

CREATE TABLE decisions (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    pair_id                 INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    previous_status         TEXT NOT NULL
                            CHECK (previous_status IN ('pending', 'held', 'accepted', 'rejected', 'edited')),
    status                  TEXT NOT NULL
                            CHECK (status IN ('pending', 'held', 'accepted', 'rejected', 'edited')),
    edited_mask_id          INTEGER REFERENCES masks(id) ON DELETE SET NULL,
    previous_edited_mask_id INTEGER REFERENCES masks(id) ON DELETE SET NULL,
    seg_model_id            INTEGER REFERENCES models(id) ON DELETE SET NULL,
    gen_model_id            INTEGER REFERENCES models(id) ON DELETE SET NULL,
    batch_id                INTEGER CHECK (batch_id >= 1),
    reviewer                TEXT NOT NULL DEFAULT '',
    decided_at              TEXT NOT NULL,
    undone_at               TEXT
);
-- A pair's history and its newest live decision (undo), a batch's decisions (undo_batch).
CREATE INDEX decisions_by_pair ON decisions(pair_id, id);
CREATE INDEX decisions_by_batch ON decisions(batch_id) WHERE batch_id IS NOT NULL;
-- Deleting a mask (an image's cascade) looks up the decisions that refer to it.
CREATE INDEX decisions_by_edited_mask ON decisions(edited_mask_id) WHERE edited_mask_id IS NOT NULL;
CREATE INDEX decisions_by_previous_edited_mask ON decisions(previous_edited_mask_id)
    WHERE previous_edited_mask_id IS NOT NULL;
)sql";

// v5: runs and their training curves (issue 16). A run is one job that trains (`mipr run`,
// `experiment`, `train-seg`, a run from the studio) with the settings it was given, in full; its
// metrics are one row per figure of a completed epoch or iteration, so the studio draws curves of
// any run, live or past, started from the studio or the command line. A run a kill interrupted
// stays 'running' with no process behind it: readers tell it from a live one by the writer lock.
constexpr const char* kV5 = R"sql(
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind <> ''),
    settings    TEXT NOT NULL DEFAULT '{}',
    status      TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'stopped', 'failed')),
    message     TEXT NOT NULL DEFAULT '',
    started_at  TEXT NOT NULL,
    finished_at TEXT
);
CREATE TABLE run_metrics (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id    INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    iteration INTEGER NOT NULL DEFAULT 0 CHECK (iteration >= 0),
    stage     TEXT NOT NULL CHECK (stage <> ''),
    epoch     INTEGER NOT NULL DEFAULT 0 CHECK (epoch >= 0),
    name      TEXT NOT NULL CHECK (name <> ''),
    value     REAL NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX run_metrics_by_run ON run_metrics(run_id, id);
)sql";

// v6: quality signals of pairs (issue 17): per pair, named figures that predict the quality of
// its pseudo-label (S's confidence and entropy, agreement under flips, G's fidelity, the label's
// shape, a learned Dice estimate). Rows go with their pair.
constexpr const char* kV6 = R"sql(
CREATE TABLE pair_signals (
    pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    name    TEXT NOT NULL CHECK (name <> ''),
    value   REAL NOT NULL,
    PRIMARY KEY (pair_id, name)
) WITHOUT ROWID;
)sql";

constexpr Migration kMigrations[] = {
    {1, "images and masks", kV1, false},
    {2, "models, settings, masks.model_id, indexes", kV2, false},
    {3, "iterations, iteration steps, generated pairs", kV3, false},
    {4, "review decisions, pairs.edited_mask_id, pair status edited", kV4, true},
    {5, "runs and their metrics", kV5, false},
    {6, "quality signals of pairs", kV6, false},
};

bool has_table(sqlite3* db, const std::filesystem::path& file, const char* name) {
    Stmt q(db, file, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    q.bind(1, name);
    return q.step();
}

}  // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

int latest_version() {
    return kMigrations[std::size(kMigrations) - 1].version;
}

int read_version(sqlite3* db, const std::filesystem::path& file) {
    if (!has_table(db, file, "schema_version")) {
        Stmt any(db, file, "SELECT count(*) FROM sqlite_schema");
        any.step();
        if (any.int64(0) == 0) return 0;
        throw InputError(file,
                         "is an SQLite database but not a MIPR Studio project (no schema_version table)");
    }
    Stmt q(db, file, "SELECT max(version) FROM schema_version");
    if (!q.step() || q.is_null(0)) return 0;
    return q.integer(0);
}

int migrate(sqlite3* db, const std::filesystem::path& file) {
    const int latest = latest_version();
    auto refuse_newer = [&](int version) {
        if (version > latest)
            throw InputError(file, "was created by a newer MIPR Studio (schema " + std::to_string(version) +
                                       "); this version understands up to " + std::to_string(latest));
    };
    // Cheap check without a write lock: most opens find the database current.
    int version = read_version(db, file);
    refuse_newer(version);
    if (version == latest) return version;

    // A step that rebuilds a table drops the old one: with enforcement on, that DROP would run
    // the ON DELETE actions of every table that refers to it. The pragma has no effect inside a
    // transaction, so it is set here, and restored whatever happens below.
    bool rebuilds = false;
    for (const Migration& m : kMigrations)
        rebuilds = rebuilds || (m.version > version && m.rebuilds_tables);
    bool foreign_keys_were_on = false;
    if (rebuilds) {
        Stmt fk(db, file, "PRAGMA foreign_keys");
        foreign_keys_were_on = fk.step() && fk.integer(0) == 1;
    }
    struct RestoreForeignKeys {
        sqlite3* db;
        bool on;
        ~RestoreForeignKeys() {
            if (on) sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        }
    } restore{db, foreign_keys_were_on};
    if (foreign_keys_were_on) exec(db, file, "PRAGMA foreign_keys = OFF");

    // IMMEDIATE takes the write lock up front, so two programs opening an old project at once
    // cannot both migrate it; the version is read again under the lock.
    exec(db, file, "BEGIN IMMEDIATE");
    try {
        version = read_version(db, file);
        refuse_newer(version);
        for (const Migration& m : kMigrations) {
            if (m.version <= version) continue;
            char* err = nullptr;
            if (sqlite3_exec(db, m.sql, nullptr, nullptr, &err) != SQLITE_OK) {
                const std::string msg = err ? err : sqlite3_errmsg(db);
                sqlite3_free(err);
                throw InputError(file, "cannot upgrade the project to schema " + std::to_string(m.version) +
                                           " (" + m.description + "): " + msg);
            }
            Stmt rec(db, file, "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)");
            rec.bind(1, m.version).bind(2, utc_now()).run();
            version = m.version;
        }
        // A migration must leave no dangling reference behind (with enforcement off during a
        // rebuild, this is the only guard); check before committing.
        Stmt fk(db, file, "PRAGMA foreign_key_check");
        if (fk.step())
            throw InputError(file, "cannot upgrade the project: table " + fk.text(0) +
                                       " has rows that refer to missing " + fk.text(2) + " rows");
        exec(db, file, "COMMIT");
        if (foreign_keys_were_on) {
            exec(db, file, "PRAGMA foreign_keys = ON");
            restore.on = false;
        }
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    return version;
}

}  // namespace mipr::project::detail
