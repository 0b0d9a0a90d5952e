// Tests of MaskDelta, the reversible region change behind the mask editor's undo: tight region,
// exact undo/redo, merging a stroke's deltas, run-length encoding incl. runs over 65535.
#include "mask_edit_test_support.h"

class TestMaskDelta : public QObject {
    Q_OBJECT

private slots:

    void deltaRoundTrip_data() {
        QTest::addColumn<int>("seedBefore");
        QTest::addColumn<int>("seedAfter");
        QTest::addColumn<cv::Rect>("changed");  // where `after` differs from `before` at most
        QTest::newRow("one pixel") << 1 << -1 << cv::Rect(7, 9, 1, 1);
        QTest::newRow("block") << 2 << 3 << cv::Rect(5, 4, 20, 11);
        QTest::newRow("corner") << 4 << 5 << cv::Rect(30, 20, 10, 10);
        QTest::newRow("whole mask") << 6 << 7 << cv::Rect(0, 0, 40, 30);
    }

    void deltaRoundTrip() {
        QFETCH(int, seedBefore);
        QFETCH(int, seedAfter);
        QFETCH(cv::Rect, changed);
        const cv::Mat before = noise_mask(40, 30, seedBefore);
        cv::Mat after = before.clone();
        if (seedAfter < 0)
            after(changed).setTo(255 - at(before, changed.x, changed.y));
        else
            noise_mask(40, 30, seedAfter)(changed).copyTo(after(changed));
        QVERIFY(cv::countNonZero(before != after) > 0);

        const MaskDelta d = MaskDelta::between(before, after);
        QVERIFY(!d.empty());
        QCOMPARE(d.region(), diff_box(before, after));
        QVERIFY(contains(changed, d.region()));
        QCOMPARE(d.changed_pixels(), static_cast<std::int64_t>(cv::countNonZero(before != after)));

        cv::Mat m = after.clone();
        d.apply_before(m);
        QVERIFY(same(m, before));
        d.apply_after(m);
        QVERIFY(same(m, after));
        d.apply_before(m);  // again: undo and redo are repeatable
        QVERIFY(same(m, before));
    }

    void regionIsTight() {
        const cv::Mat before = blank();
        cv::Mat after = before.clone();
        after.at<uchar>(4, 3) = 255;
        after.at<uchar>(7, 10) = 255;
        const MaskDelta d = MaskDelta::between(before, after);
        QCOMPARE(d.region(), cv::Rect(3, 4, 8, 4));
        QCOMPARE(d.changed_pixels(), std::int64_t(2));
        // A search rectangle limits where differences are looked for.
        const MaskDelta only_second = MaskDelta::between(before, after, cv::Rect(5, 0, 35, 30));
        QCOMPARE(only_second.region(), cv::Rect(10, 7, 1, 1));
        // ... and is clipped to the mask.
        QCOMPARE(MaskDelta::between(before, after, cv::Rect(-10, -10, 15, 100)).region(),
                 cv::Rect(3, 4, 1, 1));
        // A view into a larger mask works like a mask of its own.
        cv::Mat big = cv::Mat(60, 60, CV_8UC1, cv::Scalar(0));
        cv::Mat view = big(cv::Rect(10, 10, 40, 30));
        after.copyTo(view);
        QCOMPARE(MaskDelta::between(before, view).region(), cv::Rect(3, 4, 8, 4));
        MaskDelta::between(before, view).apply_before(view);
        QCOMPARE(cv::countNonZero(big), 0);
    }

    void regionOfNarrowMasks_data() {
        // Two columns or two rows: shapes OpenCV can mistake for a list of points.
        QTest::addColumn<cv::Size>("size");
        QTest::newRow("5x2") << cv::Size(2, 5);
        QTest::newRow("2x5") << cv::Size(5, 2);
        QTest::newRow("1x7") << cv::Size(7, 1);
    }

    void regionOfNarrowMasks() {
        QFETCH(cv::Size, size);
        const cv::Mat before(size, CV_8UC1, cv::Scalar(0));
        cv::Mat after = before.clone();
        after.at<uchar>(size.height - 1, size.width - 1) = 255;
        after.at<uchar>(size.height / 2, 0) = 255;
        const MaskDelta d = MaskDelta::between(before, after);
        QCOMPARE(d.region(), diff_box(before, after));
        QCOMPARE(d.changed_pixels(), std::int64_t(2));
        cv::Mat m = after.clone();
        QCOMPARE(clear(m), diff_box(before, after));
        QCOMPARE(cv::countNonZero(m), 0);
    }

    void emptyWhenNothingChanged() {
        const cv::Mat m = noise_mask(40, 30, 11);
        const MaskDelta d = MaskDelta::between(m, m.clone());
        QVERIFY(d.empty());
        QVERIFY(d.region().empty());
        QCOMPARE(d.bytes(), std::size_t(0));
        QCOMPARE(d.changed_pixels(), std::int64_t(0));
        cv::Mat copy = m.clone();
        d.apply_before(copy);
        d.apply_after(copy);
        QVERIFY(same(copy, m));
        // Changes outside the search rectangle, or a search rectangle off the mask: empty too.
        cv::Mat other = m.clone();
        other.at<uchar>(0, 0) = 255 - other.at<uchar>(0, 0);
        QVERIFY(MaskDelta::between(m, other, cv::Rect(10, 10, 5, 5)).empty());
        QVERIFY(MaskDelta::between(m, other, cv::Rect(100, 100, 5, 5)).empty());
        QVERIFY(MaskDelta().empty());
        QCOMPARE(MaskDelta().changed_pixels(), std::int64_t(0));
    }

    void deltaRejectsBadInput() {
        const cv::Mat a = blank(40, 30);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MaskDelta::between(a, blank(41, 30)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 MaskDelta::between(a, cv::Mat(30, 40, CV_16UC1, cv::Scalar(0))));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 MaskDelta::between(cv::Mat(30, 40, CV_8UC3, cv::Scalar(0)),
                                                    cv::Mat(30, 40, CV_8UC3, cv::Scalar(0))));
        cv::Mat b = a.clone();
        b(cv::Rect(30, 20, 10, 10)).setTo(255);
        const MaskDelta d = MaskDelta::between(a, b);
        cv::Mat small = blank(35, 25);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.apply_before(small));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.apply_after(small));
        cv::Mat wrong_type(30, 40, CV_32FC1, cv::Scalar(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, d.apply_after(wrong_type));
    }

    void mergeStroke_data() {
        QTest::addColumn<std::vector<cv::Point>>("dabs");
        QTest::addColumn<int>("radius");
        QTest::addColumn<bool>("eraseSecond");
        QTest::addColumn<bool>("mustHaveGap");  // the merged rectangle holds pixels no step recorded
        QTest::newRow("overlapping") << std::vector<cv::Point>{{10, 10}, {13, 11}, {16, 12}} << 4 << false
                                     << true;
        QTest::newRow("same dab twice") << std::vector<cv::Point>{{20, 15}, {20, 15}} << 3 << false << false;
        QTest::newRow("erase the same dab")
            << std::vector<cv::Point>{{20, 15}, {20, 15}} << 3 << true << false;
        QTest::newRow("disjoint") << std::vector<cv::Point>{{4, 4}, {34, 24}} << 2 << false << true;
        QTest::newRow("disjoint diagonal")
            << std::vector<cv::Point>{{34, 4}, {4, 24}, {20, 2}} << 2 << false << true;
        QTest::newRow("paint then erase over it")
            << std::vector<cv::Point>{{12, 12}, {14, 12}, {16, 12}} << 4 << true << false;
        QTest::newRow("at the border")
            << std::vector<cv::Point>{{0, 0}, {39, 29}, {-2, 28}} << 3 << false << true;
    }

    void mergeStroke() {
        QFETCH(std::vector<cv::Point>, dabs);
        QFETCH(int, radius);
        QFETCH(bool, eraseSecond);
        QFETCH(bool, mustHaveGap);
        // Some lesion already there, in the way of some dabs: the steps' regions are tight around
        // what each changed, so they differ from the dabs' squares.
        cv::Mat start = blank();
        start(cv::Rect(17, 13, 6, 4)).setTo(255);
        start(cv::Rect(0, 27, 2, 3)).setTo(255);
        cv::Mat mask = start.clone();
        MaskDelta stroke;
        cv::Mat recorded = blank();  // the union of the steps' regions
        for (std::size_t i = 0; i < dabs.size(); ++i) {
            const MaskDelta step = dab_step(mask, dabs[i], radius, !(eraseSecond && i == 1));
            if (!step.empty()) recorded(step.region()).setTo(255);
            const std::size_t before_bytes = stroke.bytes();
            stroke.merge(step);
            QVERIFY(stroke.bytes() > 0 || before_bytes == 0);
        }
        QVERIFY(!stroke.empty());
        QVERIFY(contains(stroke.region(), diff_box(start, mask)));
        QCOMPARE(stroke.changed_pixels(), static_cast<std::int64_t>(cv::countNonZero(start != mask)));

        cv::Mat m = mask.clone();
        stroke.apply_before(m);  // undo the whole stroke
        QVERIFY(same(m, start));
        stroke.apply_after(m);  // redo it
        QVERIFY(same(m, mask));

        // Pixels of the merged rectangle that no step recorded are left as they are in the mask
        // (marked here with a value no delta ever stored), on undo and on redo.
        const cv::Mat untouched = recorded == 0;
        if (mustHaveGap) QVERIFY(cv::countNonZero(untouched(stroke.region())) > 0);
        cv::Mat probe = mask.clone();
        probe.setTo(128, untouched);
        stroke.apply_before(probe);
        cv::Mat expected = start.clone();
        expected.setTo(128, untouched);
        QVERIFY(same(probe, expected));
        stroke.apply_after(probe);
        expected = mask.clone();
        expected.setTo(128, untouched);
        QVERIFY(same(probe, expected));
    }

    void mergeWithEmpty() {
        cv::Mat mask = blank();
        const cv::Mat start = mask.clone();
        const MaskDelta one = dab_step(mask, {10, 10}, 3, true);
        MaskDelta d = one;
        d.merge(MaskDelta());
        QCOMPARE(d.region(), one.region());
        QCOMPARE(d.bytes(), one.bytes());
        MaskDelta e;
        e.merge(one);
        QCOMPARE(e.region(), one.region());
        cv::Mat m = mask.clone();
        e.apply_before(m);
        QVERIFY(same(m, start));
    }

    void mergeOrderMatters() {
        // The merged delta keeps the oldest "before" and the newest "after" of a pixel.
        cv::Mat mask = blank();
        MaskDelta d = dab_step(mask, {20, 15}, 5, true);  // paint
        d.merge(dab_step(mask, {20, 15}, 5, false));      // erase the same pixels again
        QVERIFY(!d.empty());
        QCOMPARE(d.changed_pixels(), std::int64_t(0));  // net: nothing
        cv::Mat m = blank();
        d.apply_after(m);
        QCOMPARE(cv::countNonZero(m), 0);
        m.setTo(255);
        d.apply_before(m);
        QCOMPARE(cv::countNonZero(m(d.region())), 0);
    }

    void rleIsCompact() {
        cv::Mat mask = blank(200, 200);
        const MaskDelta d = dab_step(mask, {100, 100}, 40, true);
        QCOMPARE(d.region(), cv::Rect(60, 60, 81, 81));
        const std::size_t raw = static_cast<std::size_t>(d.region().area());  // bytes of one side
        QVERIFY2(d.bytes() > 0 && d.bytes() * 8 < raw, qPrintable(QString::number(d.bytes())));
        QCOMPARE(d.changed_pixels(), static_cast<std::int64_t>(cv::countNonZero(mask)));
    }

    void longRuns_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("noisy");
        QTest::newRow("400x400 solid") << 400 << false;
        QTest::newRow("256x256 exactly one run") << 256 << false;  // 65536 = 65535 + 1
        QTest::newRow("400x400 noisy") << 400 << true;
    }

    void longRuns() {
        QFETCH(int, size);
        QFETCH(bool, noisy);
        const cv::Mat before = blank(size, size);
        cv::Mat after = noisy ? noise_mask(size, size, 31) : cv::Mat(size, size, CV_8UC1, cv::Scalar(255));
        if (noisy) {  // make the region the full size
            after.row(0).setTo(255);
            after.row(size - 1).setTo(255);
        }
        const MaskDelta d = MaskDelta::between(before, after);
        QCOMPARE(d.region(), cv::Rect(0, 0, size, size));
        if (!noisy) {
            // Runs of at most 65535: ceil(area / 65535) runs on each side, 3 bytes a run.
            const std::size_t runs = static_cast<std::size_t>((size * size + 65534) / 65535);
            QCOMPARE(d.bytes(), 2 * runs * 3);
        }
        QCOMPARE(d.changed_pixels(), static_cast<std::int64_t>(cv::countNonZero(after)));
        cv::Mat m = after.clone();
        d.apply_before(m);
        QCOMPARE(cv::countNonZero(m), 0);
        d.apply_after(m);
        QVERIFY(same(m, after));
        // Merging two such deltas keeps the long runs intact.
        MaskDelta merged = d;
        merged.merge(MaskDelta::between(after, before));
        QCOMPARE(merged.changed_pixels(), std::int64_t(0));
        merged.merge(MaskDelta::between(before, after));
        m = after.clone();
        merged.apply_before(m);
        QCOMPARE(cv::countNonZero(m), 0);
    }
};

QTEST_GUILESS_MAIN(TestMaskDelta)
#include "test_mask_delta.moc"
