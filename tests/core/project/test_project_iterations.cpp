// Tests of the project store's MIPR records (schema v3): iterations, resumable steps, generated
// pairs and their review status, and what counts() and check() say about them.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "mipr/common/error.h"
#include "mipr/project/project.h"
#include "project_test_support.h"

namespace fs = std::filesystem;
using mipr::Split;
using mipr::project::MaskKind;
using mipr::project::NewPair;
using mipr::project::Project;

namespace {

const QRegularExpression kIsoUtc(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$)");

/// A project with two unlabelled images (added out of name order), a pseudo-label for each and
/// the two models that made a pair.
struct Fixture {
    QTemporaryDir tmp;
    Project p = Project::create(dir_of(tmp) / "project");
    std::int64_t b = p.add_image({"IMD_b", "/data/b.png", "", 8, 8, Split::unlabeled});
    std::int64_t a = p.add_image({"IMD_a", "/data/a.png", "", 8, 8, Split::unlabeled});
    std::int64_t seg = p.add_model("segmentation", "models/seg_v1.pt", "{}", "{}");
    std::int64_t gen = p.add_model("generator", "models/gen_v1.pt", "{}", "{}");
    std::int64_t mask_a = p.add_mask(a, MaskKind::pseudo, "masks/a_pseudo.png", seg, 0.9);
    std::int64_t mask_b = p.add_mask(b, MaskKind::pseudo, "masks/b_pseudo.png", seg, 0.8);

    NewPair pair(std::int64_t iteration, std::int64_t image, std::int64_t mask) const {
        NewPair n;
        n.iteration_id = iteration;
        n.image_id = image;
        n.label_mask_id = mask;
        n.seg_model_id = seg;
        n.gen_model_id = gen;
        return n;
    }
};

}  // namespace

class TestProjectIterations : public QObject {
    Q_OBJECT

private slots:
    void beginIterationIsIdempotentPerNumber() {
        QTemporaryDir tmp;
        Project p = Project::create(dir_of(tmp));
        QVERIFY(!p.iteration(1));
        const auto first = p.begin_iteration(1, R"({"epochs":10})");
        // A rerun gets the same iteration back, with the configuration it began with.
        QCOMPARE(p.begin_iteration(1, R"({"epochs":99})"), first);
        const auto rec = p.iteration(1);
        QVERIFY(rec);
        QCOMPARE(rec->id, first);
        QCOMPARE(rec->number, 1);
        QCOMPARE(rec->status, std::string("running"));
        QCOMPARE(rec->config_json, std::string(R"({"epochs":10})"));
        QVERIFY2(kIsoUtc.match(QString::fromStdString(rec->started_at)).hasMatch(), rec->started_at.c_str());
        QVERIFY(rec->finished_at.empty());

        const auto third = p.begin_iteration(3, "");
        const auto second = p.begin_iteration(2, "{}");
        QVERIFY(second != first && second != third);
        QCOMPARE(p.iteration(3)->config_json, std::string("{}"));
        const auto all = p.iterations();
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[0].number, 1);
        QCOMPARE(all[1].number, 2);
        QCOMPARE(all[2].number, 3);

        p.finish_iteration(first);
        QCOMPARE(p.iteration(1)->status, std::string("done"));
        QVERIFY(kIsoUtc.match(QString::fromStdString(p.iteration(1)->finished_at)).hasMatch());
        // Beginning a finished iteration again does not reopen it.
        QCOMPARE(p.begin_iteration(1, "{}"), first);
        QCOMPARE(p.iteration(1)->status, std::string("done"));

        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.begin_iteration(0, "{}"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.begin_iteration(-1, "{}"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.finish_iteration(12345));
    }

    void stepsUpsertAndResume() {
        QTemporaryDir tmp;
        Project p = Project::create(dir_of(tmp));
        const auto it1 = p.begin_iteration(1, "{}");
        const auto it2 = p.begin_iteration(2, "{}");
        QVERIFY(!p.step_result(it1, "train_seg"));
        p.mark_step_done(it1, "train_seg", R"({"model_id":1})");
        QCOMPARE(p.step_result(it1, "train_seg"), std::optional<std::string>(R"({"model_id":1})"));
        // Upsert: marking the same step again replaces its result, it does not add a row.
        p.mark_step_done(it1, "train_seg", R"({"model_id":2})");
        QCOMPARE(p.step_result(it1, "train_seg"), std::optional<std::string>(R"({"model_id":2})"));
        p.mark_step_done(it1, "train_gen", "");
        QCOMPARE(p.step_result(it1, "train_gen"), std::optional<std::string>("{}"));
        // Steps belong to their iteration.
        QVERIFY(!p.step_result(it2, "train_seg"));
        QVERIFY(!p.step_result(it1, "pseudo_label"));

        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.mark_step_done(12345, "train_seg", "{}"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.mark_step_done(it1, "", "{}"));
    }

    void pairsAddListAndOrder() {
        Fixture f;
        Project& p = f.p;
        const auto it2 = p.begin_iteration(2, "{}");
        const auto it1 = p.begin_iteration(1, "{}");
        touch(p.generated_dir() / "it1" / "IMD_a.png");
        const auto gen_mask = p.add_mask(f.a, MaskKind::generated, "masks/a_generated.png", f.gen);

        NewPair n = f.pair(it1, f.a, f.mask_a);
        n.generated_relative_path = fs::path("generated/it1/IMD_a.png");
        n.generated_mask_id = gen_mask;
        n.consistency = 0.91;
        n.confidence = 0.88;
        n.l1 = 0.05;
        n.ssim = 0.7;
        n.status = "accepted";
        const auto pa1 = p.add_pair(n);
        const auto pb2 = p.add_pair(f.pair(it2, f.b, f.mask_b));
        const auto pb1 = p.add_pair(f.pair(it1, f.b, f.mask_b));

        const auto r = p.pair(pa1);
        QVERIFY(r);
        QCOMPARE(r->id, pa1);
        QCOMPARE(r->iteration_id, it1);
        QCOMPARE(r->iteration_number, 1);
        QCOMPARE(r->image_id, f.a);
        QCOMPARE(r->image_name, std::string("IMD_a"));
        QCOMPARE(r->label_mask_id, f.mask_a);
        QCOMPARE(r->label_mask_path, p.root() / "masks" / "a_pseudo.png");
        QVERIFY(r->generated_path);
        QCOMPARE(*r->generated_path, p.generated_dir() / "it1" / "IMD_a.png");
        QCOMPARE(r->generated_mask_id, std::optional<std::int64_t>(gen_mask));
        QCOMPARE(r->seg_model_id, std::optional<std::int64_t>(f.seg));
        QCOMPARE(r->gen_model_id, std::optional<std::int64_t>(f.gen));
        QCOMPARE(r->consistency, 0.91);
        QCOMPARE(r->confidence, 0.88);
        QCOMPARE(r->l1, 0.05);
        QCOMPARE(r->ssim, 0.7);
        QCOMPARE(r->status, std::string("accepted"));
        QVERIFY2(kIsoUtc.match(QString::fromStdString(r->created_at)).hasMatch(), r->created_at.c_str());
        // A pair without x' (held back before generation) has no generated path.
        QVERIFY(!p.pair(pb2)->generated_path);
        QCOMPARE(p.pair(pb2)->status, std::string("pending"));
        QVERIFY(!p.pair(pa1 + pb1 + pb2));
        // The stored path is relative: the project can move.
        QVERIFY(p.references_file("generated/it1/IMD_a.png"));
        QVERIFY(p.references_file(p.generated_dir() / "it1" / "IMD_a.png"));

        // Ordered by iteration number (not id), then image name (not insertion order).
        const auto all = p.pairs();
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[0].id, pa1);
        QCOMPARE(all[1].id, pb1);
        QCOMPARE(all[2].id, pb2);
        const auto first = p.pairs(it1);
        QCOMPARE(first.size(), std::size_t(2));
        QCOMPARE(first[0].image_name, std::string("IMD_a"));
        QCOMPARE(first[1].image_name, std::string("IMD_b"));
        QCOMPARE(p.pairs(it2).size(), std::size_t(1));
        QVERIFY(p.pairs(12345).empty());

        // A path outside the project is refused, as for masks.
        NewPair outside = f.pair(it2, f.a, f.mask_a);
        outside.generated_relative_path = fs::path("../elsewhere.png");
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_pair(outside));
    }

    void addPairReplacesThePairOfTheSameIterationAndImage() {
        Fixture f;
        Project& p = f.p;
        const auto it = p.begin_iteration(1, "{}");
        NewPair n = f.pair(it, f.a, f.mask_a);
        n.consistency = 0.2;
        n.status = "held";
        const auto old_id = p.add_pair(n);
        const auto new_mask = p.add_mask(f.a, MaskKind::pseudo, "masks/a_pseudo_2.png", f.seg, 0.95);
        n.label_mask_id = new_mask;
        n.consistency = 0.9;
        n.status = "pending";
        const auto new_id = p.add_pair(n);
        QVERIFY(new_id != old_id);
        QVERIFY(!p.pair(old_id));
        const auto pairs = p.pairs(it);
        QCOMPARE(pairs.size(), std::size_t(1));
        QCOMPARE(pairs[0].id, new_id);
        QCOMPARE(pairs[0].label_mask_id, new_mask);
        QCOMPARE(pairs[0].consistency, 0.9);
        QCOMPARE(pairs[0].status, std::string("pending"));

        // A refused replacement leaves the old pair in place (delete and insert are one unit).
        NewPair bad = n;
        bad.gen_model_id = 12345;
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_pair(bad));
        QCOMPARE(p.pairs(it).size(), std::size_t(1));
        QCOMPARE(p.pairs(it)[0].id, new_id);

        // ... also inside a caller's transaction, which then still commits.
        {
            Project::Transaction tx(p);
            QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_pair(bad));
            p.set_pair_status(new_id, "accepted");
            tx.commit();
        }
        QCOMPARE(p.pair(new_id)->status, std::string("accepted"));
    }

    void pairStatusChangesAndInvalidStatusIsRefused() {
        Fixture f;
        Project& p = f.p;
        const auto it = p.begin_iteration(1, "{}");
        const auto id = p.add_pair(f.pair(it, f.a, f.mask_a));
        for (const char* s : {"held", "accepted", "rejected", "pending"}) {
            p.set_pair_status(id, s);
            QCOMPARE(p.pair(id)->status, std::string(s));
        }
        try {
            p.set_pair_status(id, "approved");
            QFAIL("accepted an unknown status");
        } catch (const mipr::InputError& e) {
            QVERIFY2(QString(e.what()).contains("approved"), e.what());
            QVERIFY2(QString(e.what()).contains("accepted"), e.what());
        }
        QCOMPARE(p.pair(id)->status, std::string("pending"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.set_pair_status(12345, "accepted"));
        NewPair n = f.pair(it, f.b, f.mask_b);
        n.status = "ACCEPTED";
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_pair(n));
        QCOMPARE(p.pairs().size(), std::size_t(1));

        // The CHECK constraint guards the statuses against other writers too.
        sqlite3* db = nullptr;
        sqlite3_open(p.database_path().string().c_str(), &db);
        const int rc = sqlite3_exec(db, "UPDATE pairs SET status = 'maybe'", nullptr, nullptr, nullptr);
        const int rc_it =
            sqlite3_exec(db, "UPDATE iterations SET status = 'paused'", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_CONSTRAINT);
        QCOMPARE(rc_it, SQLITE_CONSTRAINT);
    }

    void foreignKeysAreEnforced() {
        Fixture f;
        Project& p = f.p;
        const auto it = p.begin_iteration(1, "{}");
        NewPair n = f.pair(it, 12345, f.mask_a);
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_pair(n));  // unknown image
        n = f.pair(12345, f.a, f.mask_a);
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_pair(n));  // unknown iteration
        n = f.pair(it, f.a, 12345);
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_pair(n));  // unknown label mask
        n = f.pair(it, f.a, f.mask_a);
        n.generated_mask_id = 12345;
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_pair(n));  // unknown generated mask
        n = f.pair(it, f.a, f.mask_a);
        n.seg_model_id = 12345;
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_pair(n));  // unknown model
        QVERIFY(p.pairs().empty());

        // Deleting an iteration takes its steps and pairs with it.
        p.add_pair(f.pair(it, f.a, f.mask_a));
        p.mark_step_done(it, "pseudo_label", "{}");
        sqlite3* db = nullptr;
        sqlite3_open(p.database_path().string().c_str(), &db);
        sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        const int rc = sqlite3_exec(db, "DELETE FROM iterations", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_OK);
        QVERIFY(p.pairs().empty());
        QVERIFY(!p.step_result(it, "pseudo_label"));
        for (const auto& line : p.check())  // no dangling reference (files are not made here)
            QVERIFY2(!QString::fromStdString(line).contains("refers to a missing"), line.c_str());
    }

    void counts() {
        Fixture f;
        Project& p = f.p;
        QCOMPARE(p.counts().iterations, 0);
        QCOMPARE(p.counts().pairs, 0);
        QCOMPARE(p.counts().pairs_accepted, 0);
        const auto it1 = p.begin_iteration(1, "{}");
        const auto it2 = p.begin_iteration(2, "{}");
        p.begin_iteration(2, "{}");
        const auto x = p.add_pair(f.pair(it1, f.a, f.mask_a));
        p.add_pair(f.pair(it1, f.b, f.mask_b));
        const auto y = p.add_pair(f.pair(it2, f.a, f.mask_a));
        p.set_pair_status(x, "accepted");
        p.set_pair_status(y, "accepted");
        p.add_pair(f.pair(it1, f.a, f.mask_a));  // replaces x, which was accepted
        // Issue 15, defect 4: the pairs of an unfinished iteration (interrupted, or still
        // running) are not accepted yet: the filter's final ranking has not run.
        QCOMPARE(p.counts().pairs_accepted, 0);
        QCOMPARE(p.counts().iterations_unfinished, 2);
        QVERIFY(!p.pair(y)->iteration_done);
        p.finish_iteration(it2);
        QVERIFY(p.pair(y)->iteration_done);
        const auto c = p.counts();
        QCOMPARE(c.iterations, 2);
        QCOMPARE(c.iterations_unfinished, 1);
        QCOMPARE(c.pairs, 3);
        QCOMPARE(c.pairs_accepted, 1);
        QCOMPARE(c.unlabeled, 2);
        QCOMPARE(c.models, 2);
    }

    // Issue 15, defect 9: `.tmp-*` files left by a kill -9 were invisible to `check`. They are
    // listed (not as damage: a write may be in progress) and removed by the next writer.
    void leftoverTemporariesAreListedAndRemoved() {
        Fixture f;
        touch(f.p.root() / "masks" / ".a_pseudo.png.tmp-123-0-456");
        touch(f.p.root() / "generated" / "it1" / ".x.png.tmp-123-1-789");
        touch(f.p.root() / "masks" / ".hidden-note");  // not ours: left alone
        const auto left = f.p.leftover_temporaries();
        QCOMPARE(int(left.size()), 2);
        QCOMPARE(f.p.remove_leftover_temporaries(), 2);
        QVERIFY(f.p.leftover_temporaries().empty());
        QVERIFY(fs::exists(f.p.root() / "masks" / ".hidden-note"));
    }

    void checkReportsMissingFilesAndListsUnreferencedOnes() {
        Fixture f;
        Project& p = f.p;
        for (const char* m : {"a_pseudo.png", "b_pseudo.png"})
            touch(p.masks_dir() / m);
        touch(p.models_dir() / "seg_v1.pt");
        touch(p.models_dir() / "gen_v1.pt");
        // Images live outside the project: make them exist so that only pair problems show.
        const fs::path data = dir_of(f.tmp) / "data";
        touch(data / "a.png");
        touch(data / "b.png");
        {
            sqlite3* db = nullptr;
            sqlite3_open(p.database_path().string().c_str(), &db);
            const std::string sql = "UPDATE images SET path = '" + (data / "a.png").generic_string() +
                                    "' WHERE name = 'IMD_a'; UPDATE images SET path = '" +
                                    (data / "b.png").generic_string() + "' WHERE name = 'IMD_b';";
            sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        const auto it = p.begin_iteration(1, "{}");
        NewPair na = f.pair(it, f.a, f.mask_a);
        na.generated_relative_path = fs::path("generated/iteration_1/IMD_a.png");
        NewPair nb = f.pair(it, f.b, f.mask_b);
        nb.generated_relative_path = fs::path("generated/iteration_1/IMD_b.png");
        p.add_pair(na);
        p.add_pair(nb);
        touch(p.generated_dir() / "iteration_1" / "IMD_a.png");
        touch(p.generated_dir() / "iteration_1" / "IMD_b.png");
        // Writes in progress (hidden files, hidden folders) are not orphans.
        touch(p.generated_dir() / "iteration_1" / ".IMD_c.png.tmp-1");
        touch(p.generated_dir() / ".staging" / "IMD_d.png");
        // A `generated` mask record may keep its file under generated/: that file is owned.
        touch(p.generated_dir() / "iteration_1" / "IMD_a_mask.png");
        p.add_mask(f.a, MaskKind::generated, "generated/iteration_1/IMD_a_mask.png", f.gen);
        QVERIFY2(p.check().empty(), p.check().empty() ? "" : p.check().front().c_str());

        fs::remove(p.generated_dir() / "iteration_1" / "IMD_b.png");
        touch(p.generated_dir() / "iteration_1" / "IMD_z.png");
        touch(p.masks_dir() / "c_pseudo.png");
        const auto problems = p.check();
        QCOMPARE(problems.size(), std::size_t(1));
        const QString missing = QString::fromStdString(problems[0]);
        QVERIFY2(
            missing.contains("IMD_b.png") && missing.contains("missing") && missing.contains("iteration 1"),
            qPrintable(missing));
        // Issue 15 (the kill -9 harness): a file written before its record committed is a
        // leftover, listed apart, not damage that fails `check`.
        QCOMPARE(p.unreferenced_files(),
                 (std::vector<fs::path>{p.generated_dir() / "iteration_1" / "IMD_z.png",
                                        p.masks_dir() / "c_pseudo.png"}));
    }
};

QTEST_GUILESS_MAIN(TestProjectIterations)
#include "test_project_iterations.moc"
