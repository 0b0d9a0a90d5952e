// The project store (see project.h): one SQLite connection per Project, every value bound as a
// parameter, mask and model paths stored relative to the project folder.
#include "mipr/project/project.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iterator>
#include <stdexcept>
#include <system_error>
#include <utility>

#include "mipr/common/error.h"
#include "mipr/common/platform.h"
#include "mipr/project/project_lock.h"
#include "project_impl.h"
#include "schema.h"
#include "sqlite_util.h"

namespace fs = std::filesystem;

namespace mipr::project {

using detail::exec;
using detail::from_db;
using detail::Stmt;
using detail::to_db;

std::string to_string(MaskKind kind) {
    switch (kind) {
        case MaskKind::doctor:
            return "doctor";
        case MaskKind::pseudo:
            return "pseudo";
        case MaskKind::generated:
            return "generated";
        case MaskKind::edited:
            return "edited";
    }
    return "unknown";
}

std::optional<MaskKind> parse_mask_kind(const std::string& name) {
    for (MaskKind k : {MaskKind::doctor, MaskKind::pseudo, MaskKind::generated, MaskKind::edited})
        if (to_string(k) == name) return k;
    return std::nullopt;
}

std::string to_string(PairStatus status) {
    switch (status) {
        case PairStatus::pending:
            return "pending";
        case PairStatus::held:
            return "held";
        case PairStatus::accepted:
            return "accepted";
        case PairStatus::rejected:
            return "rejected";
        case PairStatus::edited:
            return "edited";
    }
    return "unknown";
}

std::optional<PairStatus> parse_pair_status(const std::string& name) {
    for (PairStatus s : {PairStatus::pending, PairStatus::held, PairStatus::accepted, PairStatus::rejected,
                         PairStatus::edited})
        if (to_string(s) == name) return s;
    return std::nullopt;
}

bool is_decided(PairStatus status) {
    return status == PairStatus::accepted || status == PairStatus::rejected || status == PairStatus::edited;
}

namespace {

/// Whether this user may write `path` (permissions, a read-only file system).
bool writable(const fs::path& path) {
    return platform::can_write(path);
}

fs::path normalized_absolute(const fs::path& p) {
    fs::path out = fs::absolute(p).lexically_normal();
    // "dir/" normalises to "dir/", whose filename is empty; drop it so root / "x" is "dir/x".
    if (!out.has_filename() && out.has_relative_path()) out = out.parent_path();
    return out;
}

constexpr const char* kFolders[] = {"masks", "generated", "models", "reports"};

constexpr const char* kImageColumns = "id, name, path, hash, width, height, split";
constexpr const char* kMaskColumns = "id, image_id, kind, path, model_id, confidence, author, created_at";
constexpr const char* kModelColumns = "id, kind, version, path, config_json, metrics_json, created_at";

std::string sql(const char* head, const char* columns, const char* tail) {
    return std::string(head) + columns + tail;
}

}  // namespace

std::string Project::Impl::containment_problem(const std::string& stored) const {
    const fs::path p = from_db(stored);
    if (p.empty()) return "an empty path";
    if (p.is_absolute() || p.has_root_name() || p.has_root_directory()) return "an absolute path";
    const fs::path rel = p.lexically_normal();
    if (rel.empty() || *rel.begin() == "..") return "a path that leads out of the project folder";
    bool in_folder = false;
    for (const char* sub : kFolders)
        in_folder = in_folder || (*rel.begin() == sub && std::next(rel.begin()) != rel.end());
    if (!in_folder) return "which is not in the project's masks/, generated/, models/ or reports/ folder";
    // A symbolic link inside the project may point anywhere (a shared folder, an archive).
    std::error_code ec;
    const fs::path real = fs::weakly_canonical(root / rel, ec);
    if (ec) return "which cannot be resolved (" + ec.message() + ")";
    const fs::path inside = real.lexically_relative(canonical_root);
    if (inside.empty() || *inside.begin() == "..")
        return "which a symbolic link takes out of the project folder (to " + real.string() + ")";
    return {};
}

std::string Project::Impl::image_problem(const std::string& name, const fs::path& path) {
    if (name.empty() || name == "." || name == ".." || name.size() > 255)
        return "the name is not a file name";
    for (const unsigned char c : name)
        if (c < 0x20 || c == '/' || c == '\\')
            return "the name is not a plain file name (it holds a path separator or a control character)";
    if (!path.is_absolute()) return "the path is not absolute";
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char* known : {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff"})
        if (ext == known) return {};
    return "the path is not an image file (.png, .jpg, .jpeg, .bmp, .tif, .tiff)";
}

ImageRecord Project::Impl::read_image(const Stmt& q) const {
    ImageRecord r;
    r.id = q.int64(0);
    r.name = q.text(1);
    r.path = from_db(q.text(2));
    r.hash = q.text(3);
    r.width = q.integer(4);
    r.height = q.integer(5);
    r.split = parse_split(q.text(6)).value_or(Split::unlabeled);  // the CHECK constraint allows no other
    require_image(r.name, r.path);
    return r;
}

void Project::Impl::connect(bool create, bool read_only) {
    const std::string name = to_db(db_file);
    auto open_db = [&](const std::string& uri, int flags) {
        if (db) sqlite3_close_v2(db);
        db = nullptr;
        if (sqlite3_open_v2(uri.c_str(), &db, flags, nullptr) != SQLITE_OK) {
            const std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
            throw InputError(db_file, "cannot open the project database: " + msg);
        }
        sqlite3_extended_result_codes(db, 1);
        // Another program (the CLI, a second studio window) may hold the write lock briefly.
        sqlite3_busy_timeout(db, 5000);
    };
    if (read_only)
        open_db(name, SQLITE_OPEN_READONLY);
    else
        open_db(name, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0));
    std::error_code ec;
    canonical_root = fs::weakly_canonical(root, ec);
    if (ec) canonical_root = root;

    // SQLite opens files lazily: read the schema once so that a file that is not a database
    // (or a damaged one) is refused here, with its name, rather than on first use.
    int rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK && read_only) {
        // A WAL database in a folder this process cannot write (a read-only medium or share)
        // cannot make its shared-memory file: read it as an immutable file instead.
        std::string uri = "file:";
        for (const char c : name) {
            if (c == '?' || c == '#' || c == '%') {
                char buf[4];
                std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
                uri += buf;
            } else {
                uri += c;
            }
        }
        open_db(uri + "?immutable=1", SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK)
        throw InputError(db_file, std::string("is not a MIPR Studio project database, or it is damaged (") +
                                      sqlite3_errmsg(db) + ")");
    // Whether it is a project at all, before anything is written to it (the journal mode is
    // stored in the file): a file that is refused is left as it was.
    const int found = detail::read_version(db, db_file);
    if (found == 0 && !create)
        throw InputError(db_file, "is empty: not a MIPR Studio project database (it has no schema)");

    exec(db, db_file, "PRAGMA foreign_keys = ON");
    {
        Stmt fk(db, db_file, "PRAGMA foreign_keys");
        if (!fk.step() || fk.integer(0) != 1)
            throw InputError(db_file, "this SQLite library cannot enforce foreign keys");
    }
    opened_read_only = read_only;
    if (read_only) {
        if (found > detail::latest_version())
            throw InputError(db_file, "was created by a newer MIPR Studio (schema " + std::to_string(found) +
                                          "); this version understands up to " +
                                          std::to_string(detail::latest_version()));
        needs_upgrade = found < detail::latest_version();
        version = found;
        return;
    }
    // WAL: readers (a worker thread's connection) never block the writer, and a crash
    // loses at most the last transaction. It may be refused (e.g. some network file
    // systems); the project still works in the default journal mode then.
    exec(db, db_file, "PRAGMA journal_mode = WAL");
    // NORMAL is durable in WAL mode except for the last transactions before a power cut.
    exec(db, db_file, "PRAGMA synchronous = NORMAL");
    version = detail::migrate(db, db_file);
}

Project::Project(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;
Project::~Project() = default;

Project Project::create(const fs::path& dir) {
    auto impl = std::make_unique<Impl>();
    impl->root = normalized_absolute(dir);
    impl->db_file = impl->root / kDatabaseName;
    std::error_code ec;
    if (fs::exists(impl->db_file, ec)) throw InputError(impl->root, "already holds a MIPR Studio project");
    fs::create_directories(impl->root, ec);
    if (!fs::is_directory(impl->root))
        throw InputError(impl->root, "cannot create the project folder" + (ec ? ": " + ec.message() : ""));
    for (const char* sub : kFolders) {
        fs::create_directories(impl->root / sub, ec);
        if (ec) throw InputError(impl->root / sub, "cannot create the folder: " + ec.message());
    }
    // The database is made complete under a hidden name, then renamed into place: a process
    // killed while creating leaves no project.mipr without a schema (which open() refuses).
    const fs::path final_file = impl->db_file;
    const fs::path building = impl->root / ".project.mipr.new";
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(fs::path(building.string() + suffix), ec);  // an earlier interrupted create's
    impl->db_file = building;
    impl->connect(true);
    sqlite3_close_v2(impl->db);  // checkpoints the WAL into the file
    impl->db = nullptr;
    fs::rename(building, final_file, ec);
    if (ec) throw InputError(final_file, "cannot create the project database: " + ec.message());
    impl->db_file = final_file;
    impl->connect(false);
    return Project(std::move(impl));
}

Project Project::open(const fs::path& dir, Access access) {
    auto impl = std::make_unique<Impl>();
    impl->root = normalized_absolute(dir);
    impl->db_file = impl->root / kDatabaseName;
    std::error_code ec;
    if (!fs::is_regular_file(impl->db_file, ec))
        throw InputError(impl->db_file, "no MIPR Studio project here (the project database is missing)");
    if (fs::file_size(impl->db_file, ec) == 0 && !ec)
        throw InputError(impl->db_file, "is empty (0 bytes): not a MIPR Studio project database");
    if (access != Access::read_write) {
        impl->connect(false, true);
        if (!impl->needs_upgrade) return Project(std::move(impl));
        if (access == Access::read_only)
            throw InputError(impl->db_file,
                             "needs an upgrade to schema " + std::to_string(latest_schema_version()) +
                                 ", which a read-only opening does not do; open it once with a "
                                 "command that changes the project");
        sqlite3_close_v2(impl->db);
        impl->db = nullptr;
        impl->needs_upgrade = false;
    }
    // A project this user may not write (a shared read-only folder, a CD): say so, instead of
    // the database error the first write would give.
    for (const fs::path& p : {impl->root, impl->db_file})
        if (!writable(p))
            throw InputError(impl->root, std::string("the project is read-only for this user (") +
                                             (p == impl->root ? "its folder" : kDatabaseName) +
                                             " cannot be written); " + ProjectLock::kReadersStillWork);
    impl->connect(false);
    // Folders can go missing when a project is copied by a tool that drops empty folders.
    for (const char* sub : kFolders)
        fs::create_directories(impl->root / sub, ec);
    return Project(std::move(impl));
}

bool Project::can_write(const fs::path& dir) {
    return writable(dir) && writable(dir / kDatabaseName);
}

bool Project::read_only() const {
    return impl_->opened_read_only;
}

bool Project::exists(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / kDatabaseName, ec);
}

int Project::latest_schema_version() {
    return detail::latest_version();
}

const fs::path& Project::root() const {
    return impl_->root;
}
fs::path Project::database_path() const {
    return impl_->db_file;
}
fs::path Project::masks_dir() const {
    return impl_->root / "masks";
}
fs::path Project::generated_dir() const {
    return impl_->root / "generated";
}
fs::path Project::models_dir() const {
    return impl_->root / "models";
}
fs::path Project::reports_dir() const {
    return impl_->root / "reports";
}
int Project::schema_version() const {
    return impl_->version;
}

// ---------------------------------------------------------------------------------------------
// Transactions

Project::Transaction::Transaction(Project& p) : p_(&p) {
    if (p_->impl_->in_transaction) throw std::logic_error("Project::Transaction: nested transactions");
    // IMMEDIATE takes the write lock now, so a transaction never fails half-way for a lock.
    exec(p_->impl_->db, p_->impl_->db_file, "BEGIN IMMEDIATE");
    p_->impl_->in_transaction = true;
}

Project::Transaction::~Transaction() {
    if (!done_ && p_->impl_) {
        sqlite3_exec(p_->impl_->db, "ROLLBACK", nullptr, nullptr, nullptr);
        p_->impl_->in_transaction = false;
    }
}

void Project::Transaction::commit() {
    if (done_) throw std::logic_error("Project::Transaction: committed twice");
    exec(p_->impl_->db, p_->impl_->db_file, "COMMIT");  // on failure the destructor rolls back
    done_ = true;
    p_->impl_->in_transaction = false;
}

// ---------------------------------------------------------------------------------------------
// Images

std::int64_t Project::add_image(const NewImage& image) {
    if (image.name.empty()) throw InputError(image.path, "an image needs a name");
    const fs::path path = image.path.empty() ? image.path : normalized_absolute(image.path);
    if (const std::string why = Impl::image_problem(image.name, path); !why.empty())
        throw InputError(image.path, "cannot be added as image \"" + image.name + "\": " + why);
    auto q = impl_->stmt(
        "INSERT INTO images (name, path, hash, width, height, split, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, image.name)
        .bind(2, to_db(path))
        .bind(3, image.hash)
        .bind(4, image.width)
        .bind(5, image.height)
        .bind(6, mipr::to_string(image.split))
        .bind(7, detail::utc_now());
    const int rc = q.try_run();
    if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        throw InputError(image.path, "an image named \"" + image.name + "\" is already in the project");
    if (rc == SQLITE_CONSTRAINT_CHECK) throw InputError(image.path, "invalid image record (negative size?)");
    if (rc != SQLITE_OK) detail::throw_sqlite(impl_->db, impl_->db_file, "cannot add the image");
    return sqlite3_last_insert_rowid(impl_->db);
}

std::optional<ImageRecord> Project::image(std::int64_t id) const {
    auto q = impl_->stmt(sql("SELECT ", kImageColumns, " FROM images WHERE id = ?"));
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return impl_->read_image(q);
}

std::optional<ImageRecord> Project::image_by_name(const std::string& name) const {
    auto q = impl_->stmt(sql("SELECT ", kImageColumns, " FROM images WHERE name = ?"));
    q.bind(1, name);
    if (!q.step()) return std::nullopt;
    return impl_->read_image(q);
}

std::vector<ImageRecord> Project::images() const {
    auto q = impl_->stmt(sql("SELECT ", kImageColumns, " FROM images ORDER BY name"));
    std::vector<ImageRecord> out;
    while (q.step())
        out.push_back(impl_->read_image(q));
    return out;
}

std::vector<ImageRecord> Project::images(Split split) const {
    auto q = impl_->stmt(sql("SELECT ", kImageColumns, " FROM images WHERE split = ? ORDER BY name"));
    q.bind(1, mipr::to_string(split));
    std::vector<ImageRecord> out;
    while (q.step())
        out.push_back(impl_->read_image(q));
    return out;
}

void Project::set_split(std::int64_t image_id, Split split) {
    auto q = impl_->stmt("UPDATE images SET split = ? WHERE id = ?");
    q.bind(1, mipr::to_string(split)).bind(2, image_id).run();
    if (sqlite3_changes(impl_->db) == 0)
        throw InputError(impl_->db_file, "no image with id " + std::to_string(image_id) + " in the project");
}

// ---------------------------------------------------------------------------------------------
// Masks

std::int64_t Project::add_mask(std::int64_t image_id, MaskKind kind, const fs::path& relative_path,
                               std::optional<std::int64_t> model_id, std::optional<double> confidence,
                               const std::string& author) {
    auto q = impl_->stmt(
        "INSERT INTO masks (image_id, kind, path, model_id, confidence, author, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, image_id)
        .bind(2, to_string(kind))
        .bind(3, impl_->relative_for_db(relative_path))
        .bind(4, model_id)
        .bind(5, confidence)
        .bind(6, author)
        .bind(7, detail::utc_now());
    const int rc = q.try_run();
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        throw InputError(relative_path, "cannot record the mask: image " + std::to_string(image_id) +
                                            (model_id ? " or model " + std::to_string(*model_id) : "") +
                                            " is not in the project");
    if (rc != SQLITE_OK) detail::throw_sqlite(impl_->db, impl_->db_file, "cannot add the mask");
    return sqlite3_last_insert_rowid(impl_->db);
}

std::optional<MaskRecord> Project::latest_mask(std::int64_t image_id, MaskKind kind) const {
    // Row ids only grow (a new row gets max(id) + 1), so the largest id is the newest version,
    // even when two masks share a timestamp.
    auto q = impl_->stmt(
        sql("SELECT ", kMaskColumns, " FROM masks WHERE image_id = ? AND kind = ? ORDER BY id DESC LIMIT 1"));
    q.bind(1, image_id).bind(2, to_string(kind));
    if (!q.step()) return std::nullopt;
    return impl_->read_mask(q);
}

std::vector<MaskRecord> Project::masks(std::int64_t image_id) const {
    auto q = impl_->stmt(sql("SELECT ", kMaskColumns, " FROM masks WHERE image_id = ? ORDER BY id"));
    q.bind(1, image_id);
    std::vector<MaskRecord> out;
    while (q.step())
        out.push_back(impl_->read_mask(q));
    return out;
}

bool Project::references_file(const fs::path& path) const {
    std::string rel;
    try {
        rel = impl_->relative_for_db(path);
    } catch (const InputError&) {
        return false;  // outside the project: no mask or model can refer to it
    }
    auto q = impl_->stmt(
        "SELECT 1 FROM masks WHERE path = ?1 UNION ALL SELECT 1 FROM models WHERE path = ?1 "
        "UNION ALL SELECT 1 FROM pairs WHERE generated_path = ?1");
    q.bind(1, rel);
    return q.step();
}

// ---------------------------------------------------------------------------------------------
// Models

std::int64_t Project::add_model(const std::string& kind, const fs::path& relative_path,
                                const std::string& config_json, const std::string& metrics_json) {
    // The version is computed in the same statement, so two writers cannot both take version N.
    auto q = impl_->stmt(
        "INSERT INTO models (kind, version, path, config_json, metrics_json, created_at) "
        "VALUES (?1, (SELECT coalesce(max(version), 0) + 1 FROM models WHERE kind = ?1), ?2, ?3, ?4, ?5)");
    q.bind(1, kind)
        .bind(2, impl_->relative_for_db(relative_path))
        .bind(3, config_json.empty() ? std::string("{}") : config_json)
        .bind(4, metrics_json.empty() ? std::string("{}") : metrics_json)
        .bind(5, detail::utc_now());
    const int rc = q.try_run();
    if (rc == SQLITE_CONSTRAINT_CHECK)
        throw InputError(relative_path,
                         "unknown model kind \"" + kind + "\" (expected \"segmentation\" or \"generator\")");
    if (rc != SQLITE_OK) detail::throw_sqlite(impl_->db, impl_->db_file, "cannot add the model");
    return sqlite3_last_insert_rowid(impl_->db);
}

std::optional<ModelRecord> Project::model(std::int64_t id) const {
    auto q = impl_->stmt(sql("SELECT ", kModelColumns, " FROM models WHERE id = ?"));
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return impl_->read_model(q);
}

std::optional<ModelRecord> Project::latest_model(const std::string& kind) const {
    auto q = impl_->stmt(
        sql("SELECT ", kModelColumns, " FROM models WHERE kind = ? ORDER BY version DESC LIMIT 1"));
    q.bind(1, kind);
    if (!q.step()) return std::nullopt;
    return impl_->read_model(q);
}

std::vector<ModelRecord> Project::models() const {
    auto q = impl_->stmt(sql("SELECT ", kModelColumns, " FROM models ORDER BY id"));
    std::vector<ModelRecord> out;
    while (q.step())
        out.push_back(impl_->read_model(q));
    return out;
}

void Project::set_model_metrics(std::int64_t model_id, const std::string& metrics_json) {
    auto q = impl_->stmt("UPDATE models SET metrics_json = ? WHERE id = ?");
    q.bind(1, metrics_json.empty() ? std::string("{}") : metrics_json).bind(2, model_id).run();
    if (sqlite3_changes(impl_->db) == 0)
        throw InputError(impl_->db_file, "no model with id " + std::to_string(model_id) + " in the project");
}

// ---------------------------------------------------------------------------------------------
// Settings, counts, check

std::optional<std::string> Project::setting(const std::string& key) const {
    auto q = impl_->stmt("SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    if (!q.step()) return std::nullopt;
    return q.text(0);
}

void Project::set_setting(const std::string& key, const std::string& value) {
    auto q = impl_->stmt(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
        "excluded.value");
    q.bind(1, key).bind(2, value).run();
}

Counts Project::counts() const {
    Counts c;
    auto q = impl_->stmt("SELECT split, count(*) FROM images GROUP BY split");
    while (q.step()) {
        const auto split = parse_split(q.text(0));
        const int n = q.integer(1);
        if (split == Split::labeled) c.labeled = n;
        if (split == Split::unlabeled) c.unlabeled = n;
        if (split == Split::test) c.test = n;
    }
    auto p = impl_->stmt("SELECT count(DISTINCT image_id) FROM masks WHERE kind = 'pseudo'");
    if (p.step()) c.with_pseudo = p.integer(0);
    auto m = impl_->stmt("SELECT count(*) FROM models");
    if (m.step()) c.models = m.integer(0);
    auto it = impl_->stmt("SELECT count(*), coalesce(sum(status <> 'done'), 0) FROM iterations");
    if (it.step()) {
        c.iterations = it.integer(0);
        c.iterations_unfinished = it.integer(1);
    }
    // An edited pair is accepted with the reviewer's mask: it joins the training set too. Pairs
    // of an unfinished iteration have provisional statuses: they count once it is done.
    auto pr = impl_->stmt(
        "SELECT count(*), coalesce(sum(pairs.status IN ('accepted', 'edited') AND iterations.status = "
        "'done'), 0) "
        "FROM pairs JOIN iterations ON iterations.id = pairs.iteration_id");
    if (pr.step()) {
        c.pairs = pr.integer(0);
        c.pairs_accepted = pr.integer(1);
    }
    return c;
}

}  // namespace mipr::project
