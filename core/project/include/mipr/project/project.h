// The project store: a folder with `project.mipr` (SQLite: WAL, foreign keys, versioned schema
// with migrations) and the folders masks/, generated/, models/, reports/. Images are referenced by
// absolute path and content hash; masks and models are files inside the project folder, stored
// under relative paths. One Project object = one connection; use it from one thread at a time
// (open a second Project on the same folder for a worker thread).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
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

/// A pair's review status: the filter's (pending: kept, waiting for a reviewer; held: held back)
/// or a decision's (accepted, rejected, edited). Stored by its name (to_string).
enum class PairStatus { pending, held, accepted, rejected, edited };
std::string to_string(PairStatus status);
std::optional<PairStatus> parse_pair_status(const std::string& name);
/// accepted, rejected or edited: a decision, a person's or the filter's automatic acceptance.
bool is_decided(PairStatus status);
/// pending or held: what a reviewer still has to look at.
inline bool is_to_review(PairStatus status) {
    return status == PairStatus::pending || status == PairStatus::held;
}

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
    int iterations = 0;  ///< iterations begun (running or done)
    /// iterations begun and not done: running, or interrupted (a rerun of `mipr run` completes
    /// them); their pairs count nowhere yet
    int iterations_unfinished = 0;
    int pairs = 0;           ///< generated pairs, every status
    int pairs_accepted = 0;  ///< pairs a reviewer (or the filter) accepted, edited ones included,
                             ///< of finished iterations
};

/// One MIPR iteration (ARCHITECTURE.md §1.7): its number, configuration and whether it finished.
struct IterationRecord {
    std::int64_t id = 0;
    int number = 0;      ///< 1, 2, ...; unique in the project
    std::string status;  ///< "running" or "done"
    std::string config_json;
    std::string started_at;
    std::string finished_at;  ///< empty while running
};

/// One job that trains (`mipr run`, `experiment`, `train-seg`, a studio run) and its settings.
struct RunRecord {
    std::int64_t id = 0;
    std::string kind;           ///< run | experiment | train-seg | predict | ...
    std::string settings_json;  ///< the settings it was given, in full (mipr/pipeline/settings.h)
    std::string status;         ///< running | done | stopped | failed
    std::string message;        ///< why it stopped or failed, or its summary
    std::string started_at;
    std::string finished_at;  ///< empty while running
};

/// One figure of a run: of a completed epoch (stage train-seg / train-gan) or iteration.
struct MetricRecord {
    std::int64_t id = 0;  ///< increases with every row written: readers poll with after_id
    std::int64_t run_id = 0;
    int iteration = 0;  ///< 0 outside the MIPR loop
    std::string stage;
    int epoch = 0;
    std::string name;
    double value = 0;
};

/// A pair to record: the pseudo-label t' of an unlabelled image and its rearranged image x'.
struct NewPair {
    std::int64_t iteration_id = 0;
    std::int64_t image_id = 0;
    std::int64_t label_mask_id = 0;                                ///< the post-processed pseudo-label t'
    std::optional<std::filesystem::path> generated_relative_path;  ///< x' under generated/
    std::optional<std::int64_t> generated_mask_id;                 ///< the pair's `generated` mask
    std::optional<std::int64_t> seg_model_id, gen_model_id;
    double consistency = 0, confidence = 0, l1 = 0, ssim = 0;
    std::string status = "pending";  ///< "pending", "held", "accepted", "rejected" or "edited"
};

struct PairRecord {
    std::int64_t id = 0;
    std::int64_t iteration_id = 0;
    int iteration_number = 0;
    std::int64_t image_id = 0;
    std::string image_name;
    std::int64_t label_mask_id = 0;
    std::filesystem::path label_mask_path;                ///< absolute
    std::optional<std::filesystem::path> generated_path;  ///< absolute
    std::optional<std::int64_t> generated_mask_id, seg_model_id, gen_model_id;
    double consistency = 0, confidence = 0, l1 = 0, ssim = 0;
    std::string status;
    std::string created_at;
    /// Whether the pair's iteration is done. Until then its status is provisional (the filter's
    /// final ranking runs last) and the pair counts nowhere: not in exports, training or counts.
    bool iteration_done = false;
    /// The reviewer's corrected mask (kind `edited`) while the pair's status is "edited".
    std::optional<std::int64_t> edited_mask_id;
    std::optional<std::filesystem::path> edited_mask_path;  ///< absolute
    /// The status as an enum (a status outside the five cannot be stored: pending if it were).
    PairStatus state() const { return parse_pair_status(status).value_or(PairStatus::pending); }
};

/// One review decision (ARCHITECTURE.md §1.6, §4): committed the instant it is made, never
/// deleted; an undo marks it undone and gives the pair back its previous status.
struct DecisionRecord {
    std::int64_t id = 0;
    std::int64_t pair_id = 0;
    std::string previous_status;  ///< the pair's status before the decision
    std::string status;           ///< the status it set: "accepted", "rejected", "edited", "pending", "held"
    std::optional<std::int64_t> edited_mask_id;              ///< with "edited"
    std::optional<std::int64_t> seg_model_id, gen_model_id;  ///< the model versions the pair came from
    std::optional<std::int64_t> batch_id;                    ///< set for a batch decision
    std::string reviewer;
    std::string decided_at;  ///< ISO 8601 UTC, millisecond resolution
    std::string undone_at;   ///< empty unless undone
};

class Project {
public:
    static constexpr const char* kDatabaseName = "project.mipr";

    /// Creates a new project in `dir` (created if missing; must not already hold a project).
    /// Throws mipr::InputError naming the folder.
    static Project create(const std::filesystem::path& dir);
    /// read_write: the project may be changed (its schema is migrated on open). read_only:
    /// nothing is written, not even a migration or a missing folder (info, check, export; a
    /// project on a read-only medium); a write throws InputError.
    /// read: read-only, except that an older schema is upgraded first (as read_write does).
    enum class Access { read_write, read_only, read };
    /// Opens an existing project, migrating its schema to the latest version (in one
    /// transaction) when read_write. Throws mipr::InputError naming the database file when it
    /// is missing, empty, corrupt, not a project, or newer than this program understands (or,
    /// read-only, older: it needs an upgrade). A file that is refused is left as it was.
    static Project open(const std::filesystem::path& dir, Access access = Access::read_write);
    static bool exists(const std::filesystem::path& dir);
    /// Whether this user may change the project in `dir` (its folder and database writable).
    static bool can_write(const std::filesystem::path& dir);
    /// Whether this connection was opened read-only (Access::read_only, or Access::read on a
    /// project that needed no upgrade): every write throws.
    bool read_only() const;
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
    /// Whether a mask, model or pair record refers to `path` (absolute, or relative to the root): tells
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

    // MIPR iterations. A step recorded done is not run again: this is how `mipr run` resumes.
    /// Creates iteration `number` (status "running"), or returns the id of the existing one
    /// with that number, leaving its configuration and status as they are.
    /// Throws InputError for a number under 1.
    std::int64_t begin_iteration(int number, const std::string& config_json);
    std::optional<IterationRecord> iteration(int number) const;
    std::vector<IterationRecord> iterations() const;   ///< ordered by number
    void finish_iteration(std::int64_t iteration_id);  ///< status "done", finished_at now
    /// Records that `step` of the iteration completed, with its result (replaces an earlier one).
    void mark_step_done(std::int64_t iteration_id, const std::string& step, const std::string& result_json);
    /// The result of `step` if it completed, else nothing.
    std::optional<std::string> step_result(std::int64_t iteration_id, const std::string& step) const;

    // Runs and their curves (schema v5)
    /// Records a run that starts now; returns its id.
    std::int64_t begin_run(const std::string& kind, const std::string& settings_json);
    /// status done | stopped | failed, finished_at now. Throws InputError on an unknown run or status.
    void finish_run(std::int64_t run_id, const std::string& status, const std::string& message = {});
    std::vector<RunRecord> runs() const;  ///< oldest first
    /// Appends figures of one epoch or iteration, all or none; non-finite values are left out.
    void add_run_metrics(std::int64_t run_id, int iteration, const std::string& stage, int epoch,
                         const std::vector<std::pair<std::string, double>>& values);
    /// Figures with id > after_id, of one run or of all, in the order written.
    std::vector<MetricRecord> run_metrics(std::optional<std::int64_t> run_id = std::nullopt,
                                          std::int64_t after_id = 0) const;
    /// SQLite's data_version: changes whenever another connection (another process, or another
    /// Project object) commits to the database. Cheap: the studio polls it to refresh live.
    std::int64_t data_version() const;

    // Generated pairs (one per iteration and image)
    /// Records a pair; an existing pair of the same iteration and image is deleted first (its
    /// files are the caller's to remove). Throws InputError on an unknown status or a reference
    /// to a missing iteration, image, mask or model.
    std::int64_t add_pair(const NewPair& pair);
    /// All pairs, or those of one iteration; ordered by iteration number, then image name.
    std::vector<PairRecord> pairs(std::optional<std::int64_t> iteration_id = std::nullopt) const;
    std::optional<PairRecord> pair(std::int64_t id) const;
    /// Throws InputError on an unknown status or pair.
    void set_pair_status(std::int64_t pair_id, const std::string& status);

    // Quality signals of pairs (schema v6): figures that predict how good a pair's pseudo-label
    // is (mipr/pipeline/signals.h names them). Kept with the pair, deleted with it.
    /// Replaces every signal of a pair; non-finite values are left out. Throws InputError on an
    /// unknown pair.
    void set_pair_signals(std::int64_t pair_id, const std::vector<std::pair<std::string, double>>& values);
    /// Signals by pair id: of every pair, or of one iteration's pairs.
    std::map<std::int64_t, std::map<std::string, double>> pair_signals(
        std::optional<std::int64_t> iteration_id = std::nullopt) const;

    // Review decisions. Each call is its own transaction (or joins the caller's Transaction):
    // the decision row and the pair's new status are written together, or neither is.
    /// Records `reviewer`'s decision on a pair and sets its status. "edited" needs
    /// `edited_mask_id` (a mask of kind `edited` of the pair's image), which becomes the pair's
    /// edited mask. Returns the decision id. Throws InputError on an unknown pair, status or mask.
    std::int64_t decide(std::int64_t pair_id, const std::string& status, const std::string& reviewer,
                        std::optional<std::int64_t> edited_mask_id = std::nullopt);
    /// One decision per pair, all in one transaction under one new batch id (returned).
    std::int64_t decide_batch(const std::vector<std::int64_t>& pair_ids, const std::string& status,
                              const std::string& reviewer);
    /// Undoes a decision: the pair gets back the status (and edited mask) it had before, and the
    /// decision is marked undone. Throws InputError unless it is the newest live decision of its pair.
    void undo_decision(std::int64_t decision_id);
    /// Undoes every decision of a batch, in one transaction.
    void undo_batch(std::int64_t batch_id);
    /// Decisions, oldest first: all of them, or those of one pair.
    std::vector<DecisionRecord> decisions(std::optional<std::int64_t> pair_id = std::nullopt) const;
    /// The newest decision of a pair that is not undone.
    std::optional<DecisionRecord> latest_decision(std::int64_t pair_id) const;

    Counts counts() const;

    /// Temporary files that an interrupted write left behind (write_file_atomic's hidden
    /// `.NAME.tmp-*` files in masks/, generated/ and models/). Not damage: the next command that
    /// changes the project removes them (remove_leftover_temporaries).
    std::vector<std::filesystem::path> leftover_temporaries() const;
    /// Removes leftover_temporaries(); returns how many. Call only while holding the project's
    /// writer lock (ProjectLock): then no write is in progress and every temporary is a leftover.
    int remove_leftover_temporaries();

    /// Files in masks/ and generated/ that no record refers to: what a write interrupted
    /// between the file and its record leaves (the rerun of that command writes the same names
    /// again). Not damage, so check() does not count them; `mipr check` and `info` list them.
    std::vector<std::filesystem::path> unreferenced_files() const;

    /// Integrity check: SQLite's own check, foreign keys, and that every referenced file
    /// (images, masks, models, generated images) exists and stays inside the project.
    /// Returns one human-readable line per problem.
    std::vector<std::string> check() const;

private:
    struct Impl;
    explicit Project(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace mipr::project
