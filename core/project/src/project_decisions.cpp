// The project store's review decisions (see project.h; schema v4). A decision row and the pair's
// new status (and edited mask) are written in one transaction, so the database never shows one
// without the other; rows are never deleted, an undo marks its decision undone and restores what
// the decision recorded as the pair's previous state.
#include <sqlite3.h>

#include <optional>
#include <string>
#include <vector>

#include "mipr/common/error.h"
#include "mipr/project/project.h"
#include "project_impl.h"
#include "sqlite_util.h"

namespace fs = std::filesystem;

namespace mipr::project {

using detail::Stmt;

namespace {

/// One unit of writes, all or nothing: its own IMMEDIATE transaction (the write lock is taken
/// before the pair is read, so another connection cannot change it between the read and the
/// write), or a savepoint inside the caller's Project::Transaction.
class WriteUnit {
public:
    WriteUnit(sqlite3* db, const fs::path& file, bool nested) : db_(db), nested_(nested) {
        detail::exec(db, file, nested ? "SAVEPOINT mipr_decision" : "BEGIN IMMEDIATE");
    }
    WriteUnit(const WriteUnit&) = delete;
    WriteUnit& operator=(const WriteUnit&) = delete;
    ~WriteUnit() {
        if (done_) return;
        if (nested_) {
            sqlite3_exec(db_, "ROLLBACK TO mipr_decision", nullptr, nullptr, nullptr);
            sqlite3_exec(db_, "RELEASE mipr_decision", nullptr, nullptr, nullptr);
        } else {
            sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        }
    }
    void commit(const fs::path& file) {
        detail::exec(db_, file, nested_ ? "RELEASE mipr_decision" : "COMMIT");  // on failure: rollback
        done_ = true;
    }

private:
    sqlite3* db_;
    bool nested_;
    bool done_ = false;
};

constexpr const char* kDecisionColumns =
    "id, pair_id, previous_status, status, edited_mask_id, seg_model_id, gen_model_id, batch_id, reviewer, "
    "decided_at, undone_at";

DecisionRecord read_decision(const Stmt& q) {
    DecisionRecord r;
    r.id = q.int64(0);
    r.pair_id = q.int64(1);
    r.previous_status = q.text(2);
    r.status = q.text(3);
    r.edited_mask_id = q.opt_int64(4);
    r.seg_model_id = q.opt_int64(5);
    r.gen_model_id = q.opt_int64(6);
    r.batch_id = q.opt_int64(7);
    r.reviewer = q.text(8);
    r.decided_at = q.text(9);
    r.undone_at = q.text(10);  // NULL reads as ""
    return r;
}

std::string pair_name(std::int64_t pair_id) {
    return "pair " + std::to_string(pair_id);
}

/// Writes one decision and applies it to its pair; the caller holds a WriteUnit.
std::int64_t record_decision(sqlite3* db, const fs::path& file, std::int64_t pair_id,
                             const std::string& status, const std::string& reviewer,
                             std::optional<std::int64_t> edited_mask_id, std::optional<std::int64_t> batch_id,
                             const std::string& now) {
    std::int64_t image_id = 0;
    std::string previous_status;
    std::optional<std::int64_t> previous_edited, seg_model, gen_model;
    {
        Stmt q(db, file,
               "SELECT image_id, status, edited_mask_id, seg_model_id, gen_model_id FROM pairs WHERE id = ?");
        q.bind(1, pair_id);
        if (!q.step())
            throw InputError(file, "no pair with id " + std::to_string(pair_id) + " in the project");
        image_id = q.int64(0);
        previous_status = q.text(1);
        previous_edited = q.opt_int64(2);
        seg_model = q.opt_int64(3);
        gen_model = q.opt_int64(4);
    }

    if (status == "edited") {
        if (!edited_mask_id)
            throw InputError(file, "an \"edited\" decision on " + pair_name(pair_id) +
                                       " needs the reviewer's mask (a mask of kind edited)");
        Stmt m(db, file, "SELECT image_id, kind FROM masks WHERE id = ?");
        m.bind(1, *edited_mask_id);
        const std::string mask = "mask " + std::to_string(*edited_mask_id);
        if (!m.step()) throw InputError(file, "no " + mask + " in the project");
        if (m.int64(0) != image_id)
            throw InputError(file, mask + " belongs to another image than " + pair_name(pair_id));
        if (m.text(1) != "edited")
            throw InputError(file, mask + " is a " + m.text(1) + " mask; an \"edited\" decision on " +
                                       pair_name(pair_id) + " needs a mask of kind edited");
    } else if (edited_mask_id) {
        throw InputError(file, "an edited mask goes only with the status \"edited\" (" + pair_name(pair_id) +
                                   " was to become \"" + status + "\")");
    }

    Stmt ins(
        db, file,
        "INSERT INTO decisions (pair_id, previous_status, status, edited_mask_id, previous_edited_mask_id, "
        "seg_model_id, gen_model_id, batch_id, reviewer, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, pair_id)
        .bind(2, previous_status)
        .bind(3, status)
        .bind(4, edited_mask_id)
        .bind(5, previous_edited)
        .bind(6, seg_model)
        .bind(7, gen_model)
        .bind(8, batch_id)
        .bind(9, reviewer)
        .bind(10, now);
    ins.run();
    const std::int64_t id = sqlite3_last_insert_rowid(db);

    Stmt upd(db, file, "UPDATE pairs SET status = ?, edited_mask_id = ? WHERE id = ?");
    upd.bind(1, status).bind(2, edited_mask_id).bind(3, pair_id).run();
    return id;
}

/// Undoes one decision; the caller holds a WriteUnit.
void undo_one(sqlite3* db, const fs::path& file, std::int64_t decision_id, const std::string& now) {
    std::int64_t pair_id = 0;
    std::string previous_status;
    std::optional<std::int64_t> previous_edited;
    const std::string name = "decision " + std::to_string(decision_id);
    {
        Stmt q(db, file,
               "SELECT pair_id, previous_status, previous_edited_mask_id, undone_at FROM decisions WHERE id "
               "= ?");
        q.bind(1, decision_id);
        if (!q.step()) throw InputError(file, "no " + name + " in the project");
        if (!q.is_null(3)) throw InputError(file, name + " was already undone (at " + q.text(3) + ")");
        pair_id = q.int64(0);
        previous_status = q.text(1);
        previous_edited = q.opt_int64(2);
    }
    {
        Stmt newest(db, file, "SELECT max(id) FROM decisions WHERE pair_id = ? AND undone_at IS NULL");
        newest.bind(1, pair_id);
        if (newest.step() && !newest.is_null(0) && newest.int64(0) != decision_id)
            throw InputError(file, name + " on " + pair_name(pair_id) + " cannot be undone: decision " +
                                       std::to_string(newest.int64(0)) +
                                       " came after it (undo that one first)");
    }
    Stmt pair(db, file, "UPDATE pairs SET status = ?, edited_mask_id = ? WHERE id = ?");
    pair.bind(1, previous_status).bind(2, previous_edited).bind(3, pair_id).run();
    Stmt mark(db, file, "UPDATE decisions SET undone_at = ? WHERE id = ?");
    mark.bind(1, now).bind(2, decision_id).run();
}

}  // namespace

std::int64_t Project::decide(std::int64_t pair_id, const std::string& status, const std::string& reviewer,
                             std::optional<std::int64_t> edited_mask_id) {
    detail::require_pair_status(impl_->db_file, status);
    WriteUnit unit(impl_->db, impl_->db_file, impl_->in_transaction);
    const auto id = record_decision(impl_->db, impl_->db_file, pair_id, status, reviewer, edited_mask_id,
                                    std::nullopt, detail::utc_now());
    unit.commit(impl_->db_file);
    return id;
}

std::int64_t Project::decide_batch(const std::vector<std::int64_t>& pair_ids, const std::string& status,
                                   const std::string& reviewer) {
    detail::require_pair_status(impl_->db_file, status);
    if (status == "edited")
        throw InputError(impl_->db_file,
                         "a batch decision cannot be \"edited\": each edited pair needs its own mask");
    if (pair_ids.empty()) throw InputError(impl_->db_file, "a batch decision needs at least one pair");
    WriteUnit unit(impl_->db, impl_->db_file, impl_->in_transaction);
    std::int64_t batch = 1;
    {
        auto q = impl_->stmt("SELECT coalesce(max(batch_id), 0) + 1 FROM decisions");
        if (q.step()) batch = q.int64(0);
    }
    // One time for the whole batch: it was one act of the reviewer.
    const std::string now = detail::utc_now();
    for (const auto pair_id : pair_ids)
        record_decision(impl_->db, impl_->db_file, pair_id, status, reviewer, std::nullopt, batch, now);
    unit.commit(impl_->db_file);
    return batch;
}

void Project::undo_decision(std::int64_t decision_id) {
    WriteUnit unit(impl_->db, impl_->db_file, impl_->in_transaction);
    undo_one(impl_->db, impl_->db_file, decision_id, detail::utc_now());
    unit.commit(impl_->db_file);
}

void Project::undo_batch(std::int64_t batch_id) {
    WriteUnit unit(impl_->db, impl_->db_file, impl_->in_transaction);
    std::vector<std::int64_t> live;
    int all = 0;
    {
        auto q =
            impl_->stmt("SELECT id, undone_at IS NULL FROM decisions WHERE batch_id = ? ORDER BY id DESC");
        q.bind(1, batch_id);
        while (q.step()) {
            ++all;
            if (q.integer(1) != 0) live.push_back(q.int64(0));
        }
    }
    const std::string name = "batch " + std::to_string(batch_id);
    if (all == 0) throw InputError(impl_->db_file, "no decisions of " + name + " in the project");
    if (live.empty()) throw InputError(impl_->db_file, name + " was already undone");
    // Newest first: a pair decided twice in the batch gets back the state from before both.
    const std::string now = detail::utc_now();
    for (const auto id : live)
        undo_one(impl_->db, impl_->db_file, id, now);
    unit.commit(impl_->db_file);
}

std::vector<DecisionRecord> Project::decisions(std::optional<std::int64_t> pair_id) const {
    auto q = impl_->stmt(std::string("SELECT ") + kDecisionColumns +
                         " FROM decisions WHERE ?1 IS NULL OR pair_id = ?1 ORDER BY id");
    q.bind(1, pair_id);
    std::vector<DecisionRecord> out;
    while (q.step())
        out.push_back(read_decision(q));
    return out;
}

std::optional<DecisionRecord> Project::latest_decision(std::int64_t pair_id) const {
    auto q = impl_->stmt(std::string("SELECT ") + kDecisionColumns +
                         " FROM decisions WHERE pair_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1");
    q.bind(1, pair_id);
    if (!q.step()) return std::nullopt;
    return read_decision(q);
}

}  // namespace mipr::project
