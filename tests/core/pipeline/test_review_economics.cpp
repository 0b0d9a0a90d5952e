// Review economics (issue 17) on a small demo project: the Qt-free review service and queue, the
// quality signals stored with the pairs, the learned Dice estimate's blindness to held-out doctor
// masks, and the headless reviewer `simulate_review`.
#include "mipr/common/error.h"
#include "mipr/data/demo_data.h"
#include "mipr/data/difference.h"
#include "mipr/data/image_io.h"
#include "mipr/pipeline/import.h"
#include "mipr/pipeline/review.h"
#include "mipr/pipeline/review_queue.h"
#include "mipr/pipeline/run.h"
#include "mipr/pipeline/settings.h"
#include "mipr/pipeline/signals.h"
#include "mipr/pipeline/simulate_review.h"
#include "mipr/project/project.h"

#include <opencv2/core.hpp>

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace mipr;
using project::PairStatus;
namespace fs = std::filesystem;
namespace sn = pipeline::signal_names;

namespace {

pipeline::Settings tiny() {
    auto s = pipeline::Settings::preset_named("smoke");
    auto& o = s.run();
    o.iterations = 1;
    o.seg.epochs = 3;
    o.filter.keep_fraction = 0.5;  // some pairs held back: the walk must review them too
    o.auto_accept = false;
    o.compute.device = "cpu";
    s.experiment.eval_epochs_labelled = 2;
    s.experiment.eval_min_epochs = 1;
    s.simulate.retrain_every = 100;
    s.simulate.curves = 1;
    return s;
}

/// Names the images of the simulation's order in a scratch project, in decision order.
std::vector<std::string> decided_names(const fs::path& scratch) {
    auto p = project::Project::open(scratch, project::Project::Access::read_only);
    std::map<std::int64_t, std::string> name_of;
    for (const auto& pair : p.pairs())
        name_of[pair.id] = pair.image_name;
    std::vector<std::string> out;
    for (const auto& d : p.decisions())
        out.push_back(name_of.at(d.pair_id));
    return out;
}

}  // namespace

class TestReviewEconomics : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    fs::path base_;  // a demo project after one iteration, copied by the tests that change it

    fs::path copy(const char* name) {
        const fs::path dir = fs::path(tmp_.path().toStdString()) / name;
        fs::copy(base_, dir, fs::copy_options::recursive);
        return dir;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        const fs::path demo = fs::path(tmp_.path().toStdString()) / "demo";
        data::DemoOptions d;
        d.count = 30;  // 6 labelled (the estimate's folds), 18 unlabelled, 6 test
        d.width = 48;
        d.height = 40;
        data::generate_demo_data(demo, d);
        base_ = fs::path(tmp_.path().toStdString()) / "base";
        auto p = project::Project::create(base_);
        pipeline::ImportOptions io;
        io.split_csv = demo / "split.csv";
        pipeline::import_dataset(p, demo, io);
        pipeline::run_mipr(p, tiny().run());
        QCOMPARE(static_cast<int>(p.pairs().size()), p.counts().unlabeled);
    }

    void statusNamesRoundTrip() {
        for (auto s : {PairStatus::pending, PairStatus::held, PairStatus::accepted, PairStatus::rejected,
                       PairStatus::edited})
            QCOMPARE(project::parse_pair_status(project::to_string(s)).value(), s);
        QVERIFY(!project::parse_pair_status("maybe"));
        QVERIFY(project::is_decided(PairStatus::edited));
        QVERIFY(!project::is_decided(PairStatus::held));
    }

    void serviceDecidesUndoesAndRedoesInTheDatabase() {
        auto p = project::Project::open(copy("service"));
        pipeline::ReviewQueue queue;
        queue.set_items(pipeline::read_review_items(p));
        queue.set_order(pipeline::ReviewOrder::byName);
        const int total = queue.count();
        QVERIFY(total >= 3);
        std::vector<std::pair<std::int64_t, bool>> heard;
        pipeline::ReviewService service(p, queue, "dr. test");
        service.set_listener(
            [&](std::int64_t id, PairStatus, bool changed) { heard.emplace_back(id, changed); });

        const auto first = queue.item(0).pair_id;
        auto step = service.decide(first, PairStatus::accepted);
        QCOMPARE(p.pair(first)->status, std::string("accepted"));
        QCOMPARE(queue.find(first)->status, PairStatus::accepted);
        QCOMPARE(queue.row_of(first), 0);  // the snapshot keeps its rows
        QCOMPARE(queue.reviewed_count(), 1);
        const auto d = p.latest_decision(first);
        QVERIFY(d);
        QCOMPARE(d->reviewer, std::string("dr. test"));
        QCOMPARE(d->seg_model_id, p.pair(first)->seg_model_id);  // provenance: the pair's models
        QCOMPARE(heard.size(), std::size_t{1});

        service.undo(step);
        QVERIFY(project::is_to_review(p.pair(first)->state()));
        QVERIFY(!p.latest_decision(first));
        service.redo(step);
        QCOMPARE(p.pair(first)->status, std::string("accepted"));
        QCOMPARE(p.latest_decision(first)->id, step.decision_id);

        // An edit: the mask is saved with the reviewer as author, the label under review changes.
        const auto second = queue.item(1).pair_id;
        const auto image = *p.image(queue.item(1).image_id);
        cv::Mat mask(image.height, image.width, CV_8UC1, cv::Scalar(0));
        mask(cv::Rect(2, 2, 10, 10)).setTo(255);
        auto edit = service.save_edit(second, mask);
        QCOMPARE(p.pair(second)->status, std::string("edited"));
        QCOMPARE(queue.find(second)->edited_mask_path, edit.edited_mask_path);
        QVERIFY(heard.back().second);
        const auto masks = p.masks(image.id);
        QCOMPARE(masks.back().author, std::string("dr. test"));
        QCOMPARE(cv::countNonZero(data::load_mask(edit.edited_mask_path) != mask), 0);
        service.undo(edit);
        QVERIFY(queue.find(second)->edited_mask_path.empty());
        QVERIFY(heard.back().second);

        // A batch: one transaction, one batch id, one undo.
        std::vector<std::int64_t> rest;
        for (int r = 1; r < total; ++r)
            rest.push_back(queue.item(r).pair_id);
        auto batch = service.accept_batch(rest);
        QVERIFY(batch.batch_id > 0);
        QCOMPARE(queue.reviewed_count(), total);
        service.undo(batch);
        QCOMPARE(queue.reviewed_count(), 1);
        QVERIFY_THROWS_EXCEPTION(InputError, service.decide(first, PairStatus::edited));
    }

    void queueOrdersFiltersAndEstimatesGainLeft() {
        std::vector<pipeline::ReviewItem> items;
        for (int i = 0; i < 6; ++i) {
            pipeline::ReviewItem it;
            it.pair_id = i + 1;
            it.image_name = "img" + std::to_string(i);
            it.consistency = 0.5 + 0.05 * i;
            it.status = i == 5 ? PairStatus::held : PairStatus::pending;
            it.quality[sn::kEstimatedDice] = 1.0 - 0.1 * i;
            if (i != 2) it.quality[sn::kEntropy] = 0.1 * i;
            items.push_back(it);
        }
        pipeline::ReviewQueue q;
        q.set_items(items);
        QCOMPARE(q.count(), 6);                        // to review: pending and held
        QCOMPARE(q.item(0).pair_id, std::int64_t{1});  // least consistent first
        q.set_order(pipeline::ReviewOrder::lowestEstimatedDiceFirst);
        QCOMPARE(q.item(0).pair_id, std::int64_t{6});
        items[0].quality[sn::kEntropy] = 7.5;  // a signal's own scale: the [0, 1] range does not hide it
        q.set_items(items);
        q.set_signal_order(sn::kEntropy, false);  // highest entropy first; the pair without it last
        QCOMPARE(q.count(), 6);
        QCOMPARE(q.item(1).pair_id, std::int64_t{6});
        QCOMPARE(q.item(0).pair_id, std::int64_t{1});
        QCOMPARE(q.item(5).pair_id, std::int64_t{3});
        // A shuffle fixed by its seed: the same seed, the same order; another seed, another.
        const auto order_of = [&](unsigned long long seed) {
            q.set_random_order(seed);
            std::vector<std::int64_t> ids;
            for (int r = 0; r < q.count(); ++r)
                ids.push_back(q.item(r).pair_id);
            return ids;
        };
        const auto a = order_of(7);
        QCOMPARE(order_of(8) == a, false);
        QCOMPARE(order_of(7), a);
        // Gain left: of the Dice the pairs are estimated to miss (0 + .1 + ... + .5 = 1.5), what is in
        // the pairs still to review.
        QCOMPARE(q.estimated_gain_left().value(), 1.0);
        q.update_status(6, PairStatus::accepted, {});
        QVERIFY(std::abs(q.estimated_gain_left().value() - 1.0 / 1.5) < 1e-9);
        pipeline::ReviewFilter f;
        f.status = pipeline::StatusFilter::held;
        q.set_filter(f);
        QCOMPARE(q.count(), 0);
        f.status = pipeline::StatusFilter::decided;
        q.set_filter(f);
        QCOMPARE(q.count(), 1);
    }

    void signalsAreStoredWithThePairs() {
        auto p = project::Project::open(copy("signals"));
        const auto r = pipeline::compute_signals(p, 0, tiny().simulate_options().signal_options);
        QCOMPARE(r.iteration, 1);
        QCOMPARE(r.pairs, static_cast<int>(p.pairs().size()));
        QVERIFY(r.oof_images >= 4);
        const auto stored = p.pair_signals();
        QCOMPARE(stored.size(), p.pairs().size());
        for (const auto& pair : p.pairs()) {
            const auto& s = stored.at(pair.id);
            for (const char* name : {sn::kConfidence, sn::kEntropy, sn::kTtaAgreement, sn::kConsistency,
                                     sn::kL1, sn::kSsim, sn::kBandChange, sn::kOffBandChange, sn::kArea,
                                     sn::kIrregularity, sn::kComponents, sn::kEstimatedDice})
                QVERIFY2(s.count(name), name);
            QCOMPARE(s.at(sn::kConsistency), pair.consistency);
            QVERIFY(s.at(sn::kConfidence) >= 0.5 && s.at(sn::kConfidence) <= 1.0);
            QVERIFY(s.at(sn::kTtaAgreement) >= 0.0 && s.at(sn::kTtaAgreement) <= 1.0);
            QVERIFY(s.at(sn::kEstimatedDice) >= 0.0 && s.at(sn::kEstimatedDice) <= 1.0);
            QVERIFY(!s.count(sn::kVersionAgreement));  // one S only: nothing to agree with
        }
        QVERIFY(p.step_result(p.iteration(1)->id, "signals"));
        QVERIFY(pipeline::compute_signals(p, 0, tiny().simulate_options().signal_options).reused);
        // The review items carry them.
        for (const auto& item : pipeline::read_review_items(p))
            QVERIFY(item.estimated_dice());
    }

    void learnedEstimateNeverReadsHeldOutDoctorMasks() {
        const auto options = tiny().simulate_options().signal_options;
        std::map<std::string, double> with, without;
        {
            auto p = project::Project::open(copy("estimate-a"));
            pipeline::compute_signals(p, 0, options);
            for (const auto& item : pipeline::read_review_items(p))
                with[item.image_name] = item.estimated_dice().value();
        }
        {
            // The same project without the doctor masks of the unlabelled and test images: their files
            // are gone, so reading one would throw.
            auto p = project::Project::open(copy("estimate-b"));
            int removed = 0;
            for (const auto& image : p.images())
                if (image.split != Split::labeled)
                    for (const auto& m : p.masks(image.id))
                        if (m.kind == project::MaskKind::doctor) removed += fs::remove(m.path) ? 1 : 0;
            QVERIFY(removed >= p.counts().unlabeled);
            pipeline::compute_signals(p, 0, options);
            for (const auto& item : pipeline::read_review_items(p))
                without[item.image_name] = item.estimated_dice().value();
        }
        QCOMPARE(without.size(), with.size());
        for (const auto& [name, value] : with)
            QVERIFY2(std::abs(without.at(name) - value) < 1e-9, name.c_str());
    }

    void anOracleThatAlwaysAcceptsCostsThreeSecondsAPair() {
        auto p = project::Project::open(copy("accept-all"));
        auto options = tiny().simulate_options();
        options.accept_dice = 0.0;
        const auto r = pipeline::simulate_review(p, options);
        QCOMPARE(r.pairs, static_cast<int>(p.pairs().size()));
        QVERIFY(r.strategies.size() >= 2);
        for (const auto& s : r.strategies) {
            QCOMPARE(s.accepted, r.pairs);
            QCOMPARE(s.edited, 0);
            QVERIFY(std::abs(s.minutes - 3.0 * r.pairs / 60.0) < 1e-9);
        }
        // The project itself is not changed: the decisions are in each strategy's scratch project.
        QVERIFY(p.decisions().empty());
        const fs::path random = r.report_dir / "review-random";
        auto scratch = project::Project::open(random, project::Project::Access::read_only);
        QCOMPARE(static_cast<int>(scratch.decisions().size()), r.pairs);
        const auto origin = scratch.setting("simulation_of");
        QVERIFY(origin && origin->find("\"strategy\":\"random\"") != std::string::npos);
        QVERIFY(origin->find("\"seg_model_version\":1") != std::string::npos);
        for (const auto& d : scratch.decisions()) {
            QCOMPARE(d.status, std::string("accepted"));
            QCOMPARE(d.reviewer, std::string("oracle (random)"));
            QVERIFY(!d.decided_at.empty());
        }
        for (const char* f :
             {"report.md", "strategies.csv", "curves.csv", "pairs.csv", "cost.png", "summary.json"})
            QVERIFY2(fs::exists(r.report_dir / f), f);
        QVERIFY(!r.strategies.front().curve.empty());
        QVERIFY(r.last_line.rfind("doctor-level", 0) == 0);
        // Every order accepts every pair: the sets are labelled only, the kept pairs, all by hand
        // and every pair accepted; with two seeds each trains twice.
        QCOMPARE(r.trainings, 4);
        options.seeds = 2;
        QCOMPARE(pipeline::simulate_review(p, options).trainings, 8);
    }

    void editsLandWithProvenanceAndRandomOrderReproduces() {
        auto p = project::Project::open(copy("edit-all"));
        auto options = tiny().simulate_options();
        options.accept_dice = 1.0;  // only a perfect pseudo-label is accepted
        const auto a = pipeline::simulate_review(p, options);
        const auto b = pipeline::simulate_review(p, options);
        QVERIFY(a.report_dir != b.report_dir);
        const auto order = decided_names(a.report_dir / "review-random");
        QCOMPARE(decided_names(b.report_dir / "review-random"), order);
        options.seed = 1;
        const auto c = pipeline::simulate_review(p, options);
        QVERIFY(decided_names(c.report_dir / "review-random") != order);

        auto scratch =
            project::Project::open(a.report_dir / "review-random", project::Project::Access::read_only);
        int edited = 0;
        for (const auto& d : scratch.decisions()) {
            if (d.status != "edited") continue;
            ++edited;
            QVERIFY(d.edited_mask_id);
            const auto pair = scratch.pair(d.pair_id);
            QVERIFY(pair->edited_mask_path);
            const auto masks = scratch.masks(pair->image_id);
            QCOMPARE(masks.back().kind, project::MaskKind::edited);
            QCOMPARE(masks.back().author, std::string("oracle (random)"));
            // The doctor's mask replaced the pseudo-label.
            const auto doctor =
                p.latest_mask(p.image_by_name(pair->image_name)->id, project::MaskKind::doctor);
            QCOMPARE(
                cv::countNonZero(data::load_mask(*pair->edited_mask_path) != data::load_mask(doctor->path)),
                0);
        }
        QCOMPARE(edited, a.strategies.front().edited);
        QVERIFY(edited > 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewEconomics)
#include "test_review_economics.moc"
