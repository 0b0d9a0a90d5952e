// The project store's MIPR iterations, resumable steps and generated pairs (see project.h; schema
// v3). Kept apart from project.cpp, which holds the images, masks and models they refer to.
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <system_error>
#include <utility>

#include "mipr/common/error.h"
#include "mipr/project/project.h"
#include "project_impl.h"
#include "sqlite_util.h"

namespace fs = std::filesystem;

namespace mipr::project {

using detail::require_pair_status;
using detail::Stmt;

namespace {

constexpr const char* kIterationColumns = "id, number, status, config, started_at, finished_at";

IterationRecord read_iteration(const Stmt& q) {
    IterationRecord r;
    r.id = q.int64(0);
    r.number = q.integer(1);
    r.status = q.text(2);
    r.config_json = q.text(3);
    r.started_at = q.text(4);
    r.finished_at = q.text(5);  // NULL reads as ""
    return r;
}

// The joins give each pair the names a reviewer sees (iteration number, image name, label file).
constexpr const char* kPairSelect =
    "SELECT pairs.id, pairs.iteration_id, iterations.number, pairs.image_id, images.name, "
    "pairs.label_mask_id, masks.path, pairs.generated_path, pairs.generated_mask_id, pairs.seg_model_id, "
    "pairs.gen_model_id, pairs.consistency, pairs.confidence, pairs.l1, pairs.ssim, pairs.status, "
    "pairs.created_at, pairs.edited_mask_id, edited.path, iterations.status = 'done' "
    "FROM pairs JOIN iterations ON iterations.id = pairs.iteration_id "
    "JOIN images ON images.id = pairs.image_id JOIN masks ON masks.id = pairs.label_mask_id "
    "LEFT JOIN masks AS edited ON edited.id = pairs.edited_mask_id ";

/// Every write here must be all or nothing, inside or outside a caller's Project::Transaction:
/// a savepoint nests in both cases, where BEGIN would fail inside one.
class Savepoint {
public:
    Savepoint(sqlite3* db, const fs::path& file) : db_(db) { detail::exec(db, file, "SAVEPOINT mipr_pair"); }
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint() {
        if (!done_) {
            sqlite3_exec(db_, "ROLLBACK TO mipr_pair", nullptr, nullptr, nullptr);
            sqlite3_exec(db_, "RELEASE mipr_pair", nullptr, nullptr, nullptr);
        }
    }
    void release(const fs::path& file) {
        detail::exec(db_, file, "RELEASE mipr_pair");
        done_ = true;
    }

private:
    sqlite3* db_;
    bool done_ = false;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Iterations and steps

std::int64_t Project::begin_iteration(int number, const std::string& config_json) {
    if (number < 1)
        throw InputError(impl_->db_file, "iteration numbers start at 1 (got " + std::to_string(number) + ")");
    // DO NOTHING keeps a rerun's configuration from overwriting the one the iteration started
    // with: a resumed iteration must go on as it began.
    auto ins = impl_->stmt(
        "INSERT INTO iterations (number, status, config, started_at) VALUES (?, 'running', ?, ?) "
        "ON CONFLICT (number) DO NOTHING");
    ins.bind(1, number)
        .bind(2, config_json.empty() ? std::string("{}") : config_json)
        .bind(3, detail::utc_now());
    ins.run();
    auto q = impl_->stmt("SELECT id FROM iterations WHERE number = ?");
    q.bind(1, number);
    if (!q.step()) throw InputError(impl_->db_file, "cannot begin iteration " + std::to_string(number));
    return q.int64(0);
}

std::optional<IterationRecord> Project::iteration(int number) const {
    auto q = impl_->stmt(std::string("SELECT ") + kIterationColumns + " FROM iterations WHERE number = ?");
    q.bind(1, number);
    if (!q.step()) return std::nullopt;
    return read_iteration(q);
}

std::vector<IterationRecord> Project::iterations() const {
    auto q = impl_->stmt(std::string("SELECT ") + kIterationColumns + " FROM iterations ORDER BY number");
    std::vector<IterationRecord> out;
    while (q.step())
        out.push_back(read_iteration(q));
    return out;
}

void Project::finish_iteration(std::int64_t iteration_id) {
    auto q = impl_->stmt("UPDATE iterations SET status = 'done', finished_at = ? WHERE id = ?");
    q.bind(1, detail::utc_now()).bind(2, iteration_id).run();
    if (sqlite3_changes(impl_->db) == 0)
        throw InputError(impl_->db_file,
                         "no iteration with id " + std::to_string(iteration_id) + " in the project");
}

void Project::mark_step_done(std::int64_t iteration_id, const std::string& step,
                             const std::string& result_json) {
    if (step.empty()) throw InputError(impl_->db_file, "an iteration step needs a name");
    auto q = impl_->stmt(
        "INSERT INTO iteration_steps (iteration_id, step, result, finished_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (iteration_id, step) DO UPDATE SET result = excluded.result, "
        "finished_at = excluded.finished_at");
    q.bind(1, iteration_id)
        .bind(2, step)
        .bind(3, result_json.empty() ? std::string("{}") : result_json)
        .bind(4, detail::utc_now());
    const int rc = q.try_run();
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        throw InputError(impl_->db_file, "cannot record step \"" + step + "\": no iteration with id " +
                                             std::to_string(iteration_id) + " in the project");
    if (rc != SQLITE_OK) detail::throw_sqlite(impl_->db, impl_->db_file, "cannot record the step");
}

std::optional<std::string> Project::step_result(std::int64_t iteration_id, const std::string& step) const {
    auto q = impl_->stmt("SELECT result FROM iteration_steps WHERE iteration_id = ? AND step = ?");
    q.bind(1, iteration_id).bind(2, step);
    if (!q.step()) return std::nullopt;
    return q.text(0);
}

// ---------------------------------------------------------------------------------------------
// Pairs

std::int64_t Project::add_pair(const NewPair& pair) {
    require_pair_status(impl_->db_file, pair.status);
    std::optional<std::string> generated;
    if (pair.generated_relative_path) generated = impl_->relative_for_db(*pair.generated_relative_path);

    Savepoint sp(impl_->db, impl_->db_file);
    // Delete, then insert: the new pair gets a new id, so nothing that recorded the old pair's
    // id (a review view, a decision) silently points at different scores.
    auto del = impl_->stmt("DELETE FROM pairs WHERE iteration_id = ? AND image_id = ?");
    del.bind(1, pair.iteration_id).bind(2, pair.image_id).run();
    auto q = impl_->stmt(
        "INSERT INTO pairs (iteration_id, image_id, label_mask_id, generated_path, generated_mask_id, "
        "seg_model_id, gen_model_id, consistency, confidence, l1, ssim, status, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, pair.iteration_id)
        .bind(2, pair.image_id)
        .bind(3, pair.label_mask_id)
        .bind(4, generated)
        .bind(5, pair.generated_mask_id)
        .bind(6, pair.seg_model_id)
        .bind(7, pair.gen_model_id)
        .bind(8, pair.consistency)
        .bind(9, pair.confidence)
        .bind(10, pair.l1)
        .bind(11, pair.ssim)
        .bind(12, pair.status)
        .bind(13, detail::utc_now());
    const int rc = q.try_run();
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        throw InputError(impl_->db_file, "cannot record the pair: iteration " +
                                             std::to_string(pair.iteration_id) + ", image " +
                                             std::to_string(pair.image_id) + ", mask " +
                                             std::to_string(pair.label_mask_id) +
                                             " or one of its masks or models is not in the project");
    if (rc != SQLITE_OK) detail::throw_sqlite(impl_->db, impl_->db_file, "cannot add the pair");
    const std::int64_t id = sqlite3_last_insert_rowid(impl_->db);
    if (pair.status == "edited") impl_->attach_edited_mask(id);
    sp.release(impl_->db_file);
    return id;
}

std::vector<PairRecord> Project::pairs(std::optional<std::int64_t> iteration_id) const {
    auto q = impl_->stmt(std::string(kPairSelect) + "WHERE ?1 IS NULL OR pairs.iteration_id = ?1 " +
                         "ORDER BY iterations.number, images.name");
    q.bind(1, iteration_id);
    std::vector<PairRecord> out;
    while (q.step())
        out.push_back(impl_->read_pair(q));
    return out;
}

std::optional<PairRecord> Project::pair(std::int64_t id) const {
    auto q = impl_->stmt(std::string(kPairSelect) + "WHERE pairs.id = ?");
    q.bind(1, id);
    if (!q.step()) return std::nullopt;
    return impl_->read_pair(q);
}

void Project::set_pair_status(std::int64_t pair_id, const std::string& status) {
    require_pair_status(impl_->db_file, status);
    Savepoint sp(impl_->db, impl_->db_file);
    // A pair has an edited mask only while it is "edited" (PairRecord); decide() keeps the
    // history that an undo needs.
    auto q = impl_->stmt(
        "UPDATE pairs SET status = ?1, edited_mask_id = CASE WHEN ?1 = 'edited' THEN edited_mask_id END "
        "WHERE id = ?2");
    q.bind(1, status).bind(2, pair_id).run();
    if (sqlite3_changes(impl_->db) == 0)
        throw InputError(impl_->db_file, "no pair with id " + std::to_string(pair_id) + " in the project");
    if (status == "edited") impl_->attach_edited_mask(pair_id);
    sp.release(impl_->db_file);
}

void Project::Impl::attach_edited_mask(std::int64_t pair_id) const {
    // Without an edited mask of its own, the pair takes its image's newest one.
    auto q = stmt(
        "UPDATE pairs SET edited_mask_id = (SELECT masks.id FROM masks WHERE masks.image_id = pairs.image_id "
        "AND masks.kind = 'edited' ORDER BY masks.id DESC LIMIT 1) WHERE id = ? AND edited_mask_id IS NULL");
    q.bind(1, pair_id).run();
    auto check = stmt("SELECT edited_mask_id IS NOT NULL FROM pairs WHERE id = ?");
    check.bind(1, pair_id);
    if (!check.step() || check.integer(0) == 0)
        throw InputError(db_file, "pair " + std::to_string(pair_id) +
                                      " cannot be \"edited\": its image has no edited mask (record the "
                                      "reviewer's mask first, see Project::decide)");
}

PairRecord Project::Impl::read_pair(const Stmt& q) const {
    PairRecord r;
    r.id = q.int64(0);
    r.iteration_id = q.int64(1);
    r.iteration_number = q.integer(2);
    r.image_id = q.int64(3);
    r.image_name = q.text(4);
    r.label_mask_id = q.int64(5);
    r.label_mask_path = absolute_from_db(q.text(6));
    if (!q.is_null(7)) r.generated_path = absolute_from_db(q.text(7));
    r.generated_mask_id = q.opt_int64(8);
    r.seg_model_id = q.opt_int64(9);
    r.gen_model_id = q.opt_int64(10);
    r.consistency = q.real(11);
    r.confidence = q.real(12);
    r.l1 = q.real(13);
    r.ssim = q.real(14);
    r.status = q.text(15);
    r.created_at = q.text(16);
    r.edited_mask_id = q.opt_int64(17);
    if (!q.is_null(18)) r.edited_mask_path = absolute_from_db(q.text(18));
    r.iteration_done = q.integer(19) != 0;
    return r;
}

// ---------------------------------------------------------------------------------------------
// Integrity check

void Project::Impl::check_pairs(std::vector<std::string>& out) const {
    std::error_code ec;
    auto q = stmt(
        "SELECT iterations.number, images.name, pairs.generated_path FROM pairs "
        "LEFT JOIN iterations ON iterations.id = pairs.iteration_id "
        "LEFT JOIN images ON images.id = pairs.image_id "
        "WHERE pairs.generated_path IS NOT NULL ORDER BY iterations.number, images.name");
    while (q.step()) {
        if (const auto why = containment_problem(q.text(2)); !why.empty()) {
            out.push_back(db_file.string() + ": the pair of iteration " + q.text(0) + ", image " + q.text(1) +
                          " names the generated image \"" + q.text(2) + "\", " + why);
            continue;
        }
        const fs::path p = absolute_from_db(q.text(2));
        if (!fs::is_regular_file(p, ec))
            out.push_back("iteration " + q.text(0) + ", image " + q.text(1) + ": generated image " +
                          p.string() + " is missing");
    }
}

// Runs and their metrics (schema v5)

std::int64_t Project::begin_run(const std::string& kind, const std::string& settings_json) {
    if (kind.empty()) throw InputError(impl_->db_file, "a run needs a kind");
    auto ins = impl_->stmt("INSERT INTO runs (kind, settings, started_at) VALUES (?, ?, ?)");
    ins.bind(1, kind)
        .bind(2, settings_json.empty() ? std::string("{}") : settings_json)
        .bind(3, detail::utc_now());
    ins.run();
    return sqlite3_last_insert_rowid(impl_->db);
}

void Project::finish_run(std::int64_t run_id, const std::string& status, const std::string& message) {
    if (status != "done" && status != "stopped" && status != "failed")
        throw InputError(impl_->db_file, "unknown run status '" + status + "' (done, stopped, failed)");
    auto q = impl_->stmt("UPDATE runs SET status = ?, message = ?, finished_at = ? WHERE id = ?");
    q.bind(1, status).bind(2, message).bind(3, detail::utc_now()).bind(4, run_id).run();
    if (sqlite3_changes(impl_->db) == 0)
        throw InputError(impl_->db_file, "no run with id " + std::to_string(run_id));
}

std::vector<RunRecord> Project::runs() const {
    auto q = impl_->stmt(
        "SELECT id, kind, settings, status, message, started_at, finished_at FROM runs ORDER BY id");
    std::vector<RunRecord> out;
    while (q.step())
        out.push_back({q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6)});
    return out;
}

void Project::add_run_metrics(std::int64_t run_id, int iteration, const std::string& stage, int epoch,
                              const std::vector<std::pair<std::string, double>>& values) {
    Savepoint sp(impl_->db, impl_->db_file);
    const auto at = detail::utc_now();
    for (const auto& [name, value] : values) {
        if (!std::isfinite(value)) continue;
        auto ins = impl_->stmt(
            "INSERT INTO run_metrics (run_id, iteration, stage, epoch, name, value, at) VALUES (?, ?, ?, ?, "
            "?, ?, ?)");
        ins.bind(1, run_id)
            .bind(2, iteration)
            .bind(3, stage)
            .bind(4, epoch)
            .bind(5, name)
            .bind(6, value)
            .bind(7, at);
        ins.run();
    }
    sp.release(impl_->db_file);
}

std::vector<MetricRecord> Project::run_metrics(std::optional<std::int64_t> run_id,
                                               std::int64_t after_id) const {
    auto q = impl_->stmt(
        "SELECT id, run_id, iteration, stage, epoch, name, value FROM run_metrics "
        "WHERE id > ? AND (? IS NULL OR run_id = ?) ORDER BY id");
    q.bind(1, after_id).bind(2, run_id).bind(3, run_id);
    std::vector<MetricRecord> out;
    while (q.step())
        out.push_back({q.int64(0), q.int64(1), q.integer(2), q.text(3), q.integer(4), q.text(5), q.real(6)});
    return out;
}

void Project::set_pair_signals(std::int64_t pair_id,
                               const std::vector<std::pair<std::string, double>>& values) {
    Savepoint sp(impl_->db, impl_->db_file);
    {
        auto q = impl_->stmt("SELECT 1 FROM pairs WHERE id = ?");
        q.bind(1, pair_id);
        if (!q.step())
            throw InputError(impl_->db_file,
                             "no pair with id " + std::to_string(pair_id) + " in the project");
    }
    auto del = impl_->stmt("DELETE FROM pair_signals WHERE pair_id = ?");
    del.bind(1, pair_id).run();
    for (const auto& [name, value] : values) {
        if (!std::isfinite(value) || name.empty()) continue;
        auto ins = impl_->stmt("INSERT OR REPLACE INTO pair_signals (pair_id, name, value) VALUES (?, ?, ?)");
        ins.bind(1, pair_id).bind(2, name).bind(3, value).run();
    }
    sp.release(impl_->db_file);
}

std::map<std::int64_t, std::map<std::string, double>> Project::pair_signals(
    std::optional<std::int64_t> iteration_id) const {
    auto q = impl_->stmt(
        "SELECT s.pair_id, s.name, s.value FROM pair_signals s JOIN pairs p ON p.id = s.pair_id "
        "WHERE ?1 IS NULL OR p.iteration_id = ?1");
    q.bind(1, iteration_id);
    std::map<std::int64_t, std::map<std::string, double>> out;
    while (q.step())
        out[q.int64(0)][q.text(1)] = q.real(2);
    return out;
}

std::int64_t Project::data_version() const {
    auto q = impl_->stmt("PRAGMA data_version");
    return q.step() ? q.int64(0) : 0;
}

}  // namespace mipr::project
