// Tests of the project store's review decisions (schema v4): a decision and the pair's status are
// written together and survive a reopen, undo restores the previous status and edited mask (only
// the newest live decision of a pair), batches, the edited-mask rules, and provenance.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <memory>
#include <set>
#include <string>

#include "mipr/common/error.h"
#include "mipr/project/project.h"
#include "project_test_support.h"

namespace fs = std::filesystem;
using mipr::Split;
using mipr::project::DecisionRecord;
using mipr::project::MaskKind;
using mipr::project::NewPair;
using mipr::project::Project;

namespace {

// ISO 8601 UTC with exactly three digits of milliseconds.
const QRegularExpression kIsoMillis(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)");

bool iso_millis(const std::string& s) {
    return kIsoMillis.match(QString::fromStdString(s)).hasMatch();
}

/// A project with two unlabelled images, a pseudo-label for each, the two models that made the
/// pairs, and iteration 1 with one pending pair per image.
struct Fixture {
    QTemporaryDir tmp;
    fs::path dir = dir_of(tmp) / "project";
    std::unique_ptr<Project> project = std::make_unique<Project>(Project::create(dir));
    Project& p = *project;
    std::int64_t a = p.add_image({"IMD_a", "/data/a.png", "", 8, 8, Split::unlabeled});
    std::int64_t b = p.add_image({"IMD_b", "/data/b.png", "", 8, 8, Split::unlabeled});
    std::int64_t seg = p.add_model("segmentation", "models/seg_v1.pt", "{}", "{}");
    std::int64_t gen = p.add_model("generator", "models/gen_v1.pt", "{}", "{}");
    std::int64_t mask_a = p.add_mask(a, MaskKind::pseudo, "masks/a_pseudo.png", seg, 0.9);
    std::int64_t mask_b = p.add_mask(b, MaskKind::pseudo, "masks/b_pseudo.png", seg, 0.8);
    std::int64_t it = p.begin_iteration(1, "{}");
    std::int64_t pa = p.add_pair(pair(a, mask_a));
    std::int64_t pb = p.add_pair(pair(b, mask_b));

    NewPair pair(std::int64_t image, std::int64_t mask) const {
        NewPair n;
        n.iteration_id = it;
        n.image_id = image;
        n.label_mask_id = mask;
        n.seg_model_id = seg;
        n.gen_model_id = gen;
        return n;
    }
    std::string status(std::int64_t pair_id) const { return p.pair(pair_id)->status; }
};

}  // namespace

class TestProjectDecisions : public QObject {
    Q_OBJECT

private slots:
    void decisionIsCommittedWithProvenanceAndSurvivesReopen() {
        Fixture f;
        const auto d = f.p.decide(f.pa, "accepted", "dr. alice");
        QCOMPARE(f.status(f.pa), std::string("accepted"));
        QCOMPARE(f.status(f.pb), std::string("pending"));
        f.project.reset();  // close the connection: the decision must be on disk

        Project p = Project::open(f.dir);
        QCOMPARE(p.pair(f.pa)->status, std::string("accepted"));
        const auto all = p.decisions();
        QCOMPARE(all.size(), std::size_t(1));
        const DecisionRecord& r = all[0];
        QCOMPARE(r.id, d);
        QCOMPARE(r.pair_id, f.pa);
        QCOMPARE(r.previous_status, std::string("pending"));
        QCOMPARE(r.status, std::string("accepted"));
        QCOMPARE(r.reviewer, std::string("dr. alice"));
        QCOMPARE(r.seg_model_id, std::optional<std::int64_t>(f.seg));
        QCOMPARE(r.gen_model_id, std::optional<std::int64_t>(f.gen));
        QVERIFY(!r.edited_mask_id);
        QVERIFY(!r.batch_id);
        QVERIFY2(iso_millis(r.decided_at), r.decided_at.c_str());
        QVERIFY(r.undone_at.empty());
        const auto latest = p.latest_decision(f.pa);
        QVERIFY(latest);
        QCOMPARE(latest->id, d);
        QVERIFY(!p.latest_decision(f.pb));
        QCOMPARE(p.decisions(f.pa).size(), std::size_t(1));
        QVERIFY(p.decisions(f.pb).empty());
    }

    void undoRestoresStatusAndEditedMask() {
        Fixture f;
        Project& p = f.p;
        const auto e1 =
            p.add_mask(f.a, MaskKind::edited, "masks/a_edited_1.png", std::nullopt, std::nullopt, "bob");
        const auto e2 =
            p.add_mask(f.a, MaskKind::edited, "masks/a_edited_2.png", std::nullopt, std::nullopt, "bob");
        const auto d1 = p.decide(f.pa, "accepted", "bob");
        const auto d2 = p.decide(f.pa, "edited", "bob", e1);
        QCOMPARE(f.status(f.pa), std::string("edited"));
        QCOMPARE(p.pair(f.pa)->edited_mask_id, std::optional<std::int64_t>(e1));
        QCOMPARE(p.pair(f.pa)->edited_mask_path, std::optional<fs::path>(p.masks_dir() / "a_edited_1.png"));
        const auto d3 = p.decide(f.pa, "edited", "carol", e2);
        QCOMPARE(p.pair(f.pa)->edited_mask_id, std::optional<std::int64_t>(e2));
        QCOMPARE(p.decisions(f.pa).back().edited_mask_id, std::optional<std::int64_t>(e2));
        QCOMPARE(p.decisions(f.pa).back().previous_status, std::string("edited"));
        QCOMPARE(p.counts().pairs_accepted, 0);  // the iteration is unfinished: nothing counts yet
        p.finish_iteration(f.it);
        QCOMPARE(p.counts().pairs_accepted, 1);  // edited counts as accepted

        p.undo_decision(d3);
        QCOMPARE(f.status(f.pa), std::string("edited"));
        QCOMPARE(p.pair(f.pa)->edited_mask_id, std::optional<std::int64_t>(e1));
        QCOMPARE(p.latest_decision(f.pa)->id, d2);
        p.undo_decision(d2);
        QCOMPARE(f.status(f.pa), std::string("accepted"));
        QVERIFY(!p.pair(f.pa)->edited_mask_id);
        QVERIFY(!p.pair(f.pa)->edited_mask_path);
        p.undo_decision(d1);
        QCOMPARE(f.status(f.pa), std::string("pending"));
        QVERIFY(!p.latest_decision(f.pa));

        // Nothing is deleted: the history keeps every decision, marked undone.
        const auto history = p.decisions(f.pa);
        QCOMPARE(history.size(), std::size_t(3));
        for (const auto& d : history)
            QVERIFY2(iso_millis(d.undone_at), d.undone_at.c_str());
        QCOMPARE(history[0].id, d1);
        QCOMPARE(history[2].reviewer, std::string("carol"));
        // An undone decision cannot be undone again, nor an unknown one.
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.undo_decision(d2));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.undo_decision(12345));

        // A new decision after undos is the newest live one again.
        const auto d4 = p.decide(f.pa, "rejected", "bob");
        QCOMPARE(p.latest_decision(f.pa)->id, d4);
        QCOMPARE(p.latest_decision(f.pa)->previous_status, std::string("pending"));
    }

    void onlyTheNewestLiveDecisionOfAPairCanBeUndone() {
        Fixture f;
        Project& p = f.p;
        const auto d1 = p.decide(f.pa, "accepted", "bob");
        const auto d2 = p.decide(f.pa, "rejected", "bob");
        const auto other = p.decide(f.pb, "accepted", "bob");  // another pair does not interfere
        try {
            p.undo_decision(d1);
            QFAIL("undid a decision that a newer one overrides");
        } catch (const mipr::InputError& e) {
            QVERIFY2(QString(e.what()).contains(QString("decision %1").arg(d2)), e.what());
        }
        QCOMPARE(f.status(f.pa), std::string("rejected"));
        QVERIFY(p.decisions(f.pa)[0].undone_at.empty());
        p.undo_decision(d2);
        p.undo_decision(d1);
        QCOMPARE(f.status(f.pa), std::string("pending"));
        QCOMPARE(f.status(f.pb), std::string("accepted"));
        QCOMPARE(p.latest_decision(f.pb)->id, other);
    }

    void batchDecisionAndUndo() {
        Fixture f;
        Project& p = f.p;
        p.decide(f.pb, "held", "bob");
        const auto b1 = p.decide_batch({f.pa, f.pb}, "rejected", "bob");
        QCOMPARE(f.status(f.pa), std::string("rejected"));
        QCOMPARE(f.status(f.pb), std::string("rejected"));
        std::set<std::string> times;
        int in_batch = 0;
        for (const auto& d : p.decisions())
            if (d.batch_id == std::optional<std::int64_t>(b1)) {
                ++in_batch;
                times.insert(d.decided_at);
                QCOMPARE(d.reviewer, std::string("bob"));
            }
        QCOMPARE(in_batch, 2);
        QCOMPARE(times.size(), std::size_t(1));  // one act, one time
        const auto b2 = p.decide_batch({f.pa}, "accepted", "carol");
        QCOMPARE(b2, b1 + 1);

        // A batch cannot be undone while a newer batch overrides one of its pairs; it is all or
        // nothing, so pair b keeps its status too.
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.undo_batch(b1));
        QCOMPARE(f.status(f.pa), std::string("accepted"));
        QCOMPARE(f.status(f.pb), std::string("rejected"));
        p.undo_batch(b2);
        QCOMPARE(f.status(f.pa), std::string("rejected"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.undo_batch(b2));  // already undone
        p.undo_batch(b1);
        QCOMPARE(f.status(f.pa), std::string("pending"));
        QCOMPARE(f.status(f.pb), std::string("held"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.undo_batch(999));

        // A batch with an unknown pair writes nothing at all.
        const auto before = p.decisions().size();
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide_batch({f.pa, 12345}, "accepted", "bob"));
        QCOMPARE(p.decisions().size(), before);
        QCOMPARE(f.status(f.pa), std::string("pending"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide_batch({}, "accepted", "bob"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide_batch({f.pa}, "edited", "bob"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide_batch({f.pa}, "approved", "bob"));
        // Batch ids keep counting after undone batches.
        QCOMPARE(p.decide_batch({f.pb}, "accepted", "bob"), b2 + 1);
    }

    void editedNeedsAnEditedMaskOfThePairsImage() {
        Fixture f;
        Project& p = f.p;
        const auto edited_b = p.add_mask(f.b, MaskKind::edited, "masks/b_edited.png");
        const auto doctor_a = p.add_mask(f.a, MaskKind::doctor, "masks/a_doctor.png");
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide(f.pa, "edited", "bob"));            // no mask
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide(f.pa, "edited", "bob", edited_b));  // other image
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide(f.pa, "edited", "bob", doctor_a));  // wrong kind
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide(f.pa, "edited", "bob", f.mask_a));  // pseudo
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide(f.pa, "edited", "bob", 12345));     // unknown
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide(f.pa, "accepted", "bob", edited_b));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide(12345, "accepted", "bob"));
        try {
            p.decide(f.pa, "approved", "bob");
            QFAIL("accepted an unknown status");
        } catch (const mipr::InputError& e) {
            QVERIFY2(QString(e.what()).contains("approved") && QString(e.what()).contains("edited"),
                     e.what());
        }
        QVERIFY(p.decisions().empty());
        QCOMPARE(f.status(f.pa), std::string("pending"));

        const auto d = p.decide(f.pb, "edited", "bob", edited_b);
        QCOMPARE(p.decisions()[0].id, d);
        QCOMPARE(p.decisions()[0].edited_mask_id, std::optional<std::int64_t>(edited_b));

        // set_pair_status (no decision row) accepts "edited": the pair keeps or takes its
        // image's newest edited mask, and loses it with any other status.
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.set_pair_status(f.pa, "edited"));
        QCOMPARE(f.status(f.pa), std::string("pending"));
        const auto edited_a = p.add_mask(f.a, MaskKind::edited, "masks/a_edited.png");
        p.set_pair_status(f.pa, "edited");
        QCOMPARE(p.pair(f.pa)->edited_mask_id, std::optional<std::int64_t>(edited_a));
        p.set_pair_status(f.pa, "accepted");
        QVERIFY(!p.pair(f.pa)->edited_mask_id);
        QCOMPARE(p.decisions().size(), std::size_t(1));

        // A pair recorded as edited takes its image's newest edited mask too.
        NewPair n = f.pair(f.a, f.mask_a);
        n.iteration_id = p.begin_iteration(2, "{}");
        n.status = "edited";
        const auto pe = p.add_pair(n);
        QCOMPARE(p.pair(pe)->edited_mask_id, std::optional<std::int64_t>(edited_a));
        NewPair nb = f.pair(f.a, f.mask_a);
        nb.iteration_id = p.begin_iteration(3, "{}");
        nb.status = "edited";
        p.add_mask(f.b, MaskKind::edited, "masks/b_edited_2.png");
        nb.image_id = f.b;
        nb.label_mask_id = f.mask_b;
        QCOMPARE(p.pair(p.add_pair(nb))->edited_mask_path,
                 std::optional<fs::path>(p.masks_dir() / "b_edited_2.png"));
    }

    void decisionsJoinTheCallersTransaction() {
        Fixture f;
        Project& p = f.p;
        {
            Project::Transaction tx(p);
            p.decide(f.pa, "accepted", "bob");
            // A refused decision inside the transaction leaves it usable.
            QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.decide(f.pb, "edited", "bob"));
            p.decide(f.pb, "rejected", "bob");
        }  // rolled back
        QVERIFY(p.decisions().empty());
        QCOMPARE(f.status(f.pa), std::string("pending"));
        {
            Project::Transaction tx(p);
            const auto d = p.decide(f.pa, "accepted", "bob");
            const auto batch = p.decide_batch({f.pb}, "rejected", "bob");
            p.undo_batch(batch);
            p.undo_decision(d);
            p.decide(f.pb, "accepted", "bob");
            tx.commit();
        }
        QCOMPARE(p.decisions().size(), std::size_t(3));
        QCOMPARE(f.status(f.pa), std::string("pending"));
        QCOMPARE(f.status(f.pb), std::string("accepted"));
    }

    void decisionsGoWithTheirPair() {
        // A rerun that replaces a pair starts its review afresh: the old pair's decisions go.
        Fixture f;
        Project& p = f.p;
        p.decide(f.pa, "accepted", "bob");
        p.decide(f.pb, "rejected", "bob");
        const auto replaced = p.add_pair(f.pair(f.a, f.mask_a));
        QVERIFY(!p.latest_decision(f.pa));
        QVERIFY(!p.latest_decision(replaced));
        QCOMPARE(p.decisions().size(), std::size_t(1));
        QCOMPARE(p.decisions()[0].pair_id, f.pb);
        for (const auto& line : p.check())
            QVERIFY2(!QString::fromStdString(line).contains("refers to a missing"), line.c_str());
    }
};

QTEST_GUILESS_MAIN(TestProjectDecisions)
#include "test_project_decisions.moc"
