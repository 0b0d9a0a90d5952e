// Tests of the Qt-free mask editing operations on hand-made masks (brush dab and line, polygon,
// flood fill, hole filling, grow/shrink, smooth, clear), with the rectangle each returns and its
// input checks. MaskDelta has its own suite (test_mask_delta.cpp).
#include "mask_edit_test_support.h"

class TestMaskEdit : public QObject {
    Q_OBJECT

private slots:
    // ---- Brush -------------------------------------------------------------------------------

    void paintDab_data() {
        QTest::addColumn<int>("radius");
        QTest::addColumn<int>("pixels");
        QTest::newRow("0") << 0 << 1;
        QTest::newRow("1") << 1 << 5;
        QTest::newRow("2") << 2 << 13;
        QTest::newRow("5") << 5 << 81;
        QTest::newRow("12") << 12 << 441;
    }

    void paintDab() {
        QFETCH(int, radius);
        QFETCH(int, pixels);
        cv::Mat mask = blank(41, 41);
        const cv::Point c(20, 20);
        const cv::Rect r = paint_dab(mask, c, radius, true);
        const cv::Rect square(20 - radius, 20 - radius, 2 * radius + 1, 2 * radius + 1);
        QCOMPARE(r, square);
        QVERIFY(is_binary(mask));
        QCOMPARE(cv::countNonZero(mask), pixels);
        QCOMPARE(diff_box(blank(41, 41), mask), square);
        // Exactly the pixels within `radius` of the centre.
        for (int y = 0; y < 41; ++y)
            for (int x = 0; x < 41; ++x) {
                const int d2 = (x - 20) * (x - 20) + (y - 20) * (y - 20);
                QCOMPARE(at(mask, x, y) == 255, d2 <= radius * radius);
            }
        // Erasing with the same dab takes it all away again.
        QCOMPARE(paint_dab(mask, c, radius, false), square);
        QCOMPARE(cv::countNonZero(mask), 0);
    }

    void paintDabClipped() {
        cv::Mat mask = blank();
        QCOMPARE(paint_dab(mask, {1, 2}, 4, true), cv::Rect(0, 0, 6, 7));
        QCOMPARE(mask.at<uchar>(0, 0), uchar(255));
        QCOMPARE(paint_dab(mask, {-10, -10}, 4, true), cv::Rect());
        QCOMPARE(paint_dab(mask, {39, 29}, 0, true), cv::Rect(39, 29, 1, 1));
        QCOMPARE(mask.at<uchar>(29, 39), uchar(255));
        QVERIFY(is_binary(mask));
    }

    void paintLineNoGaps_data() {
        QTest::addColumn<cv::Point>("from");
        QTest::addColumn<cv::Point>("to");
        QTest::addColumn<int>("radius");
        QTest::newRow("diagonal r0") << cv::Point(2, 3) << cv::Point(30, 17) << 0;
        QTest::newRow("steep r0") << cv::Point(20, 1) << cv::Point(12, 28) << 0;
        QTest::newRow("45 degrees r0") << cv::Point(5, 5) << cv::Point(25, 25) << 0;
        QTest::newRow("diagonal r2") << cv::Point(2, 3) << cv::Point(30, 17) << 2;
        QTest::newRow("backwards r3") << cv::Point(35, 25) << cv::Point(6, 8) << 3;
        QTest::newRow("single point r2") << cv::Point(10, 10) << cv::Point(10, 10) << 2;
        QTest::newRow("off the mask r2") << cv::Point(-20, 5) << cv::Point(60, 20) << 2;
    }

    void paintLineNoGaps() {
        QFETCH(cv::Point, from);
        QFETCH(cv::Point, to);
        QFETCH(int, radius);
        cv::Mat mask = blank();
        const cv::Rect r = paint_line(mask, from, to, radius, true);
        QVERIFY(is_binary(mask));
        QVERIFY(contains(r, diff_box(blank(), mask)));
        QVERIFY(contains(cv::Rect(0, 0, 40, 30), r));
        // One 8-connected piece (4-connected once it is thick).
        cv::Mat labels;
        QCOMPARE(cv::connectedComponents(mask, labels, radius == 0 ? 8 : 4), 2);
        // The painted pixels are the segment widened by the radius, give or take the distance
        // (at most √½) from the segment to the nearest pixel of its 8-connected line.
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 40; ++x) {
                const double d = distance_to_segment({x, y}, from, to);
                if (d <= radius - 0.75)
                    QVERIFY2(at(mask, x, y) == 255, qPrintable(QString("gap at %1,%2").arg(x).arg(y)));
                if (d > radius + 0.75)
                    QVERIFY2(at(mask, x, y) == 0, qPrintable(QString("stray %1,%2").arg(x).arg(y)));
            }
        if (radius == 0) {
            // No gaps: a chain of exactly one pixel per step along the major axis, end to end.
            QCOMPARE(cv::countNonZero(mask), std::max(std::abs(to.x - from.x), std::abs(to.y - from.y)) + 1);
            QCOMPARE(at(mask, from.x, from.y), uchar(255));
            QCOMPARE(at(mask, to.x, to.y), uchar(255));
        }
        // Both end dabs are there in full (round caps).
        for (const cv::Point& end : {from, to}) {
            cv::Mat dab = blank();
            paint_dab(dab, end, radius, true);
            QCOMPARE(cv::countNonZero(dab & ~mask), 0);
        }
    }

    void paintLineRoundCaps() {
        cv::Mat mask = blank();
        const int r = 3;
        QCOMPARE(paint_line(mask, {10, 15}, {25, 15}, r, true), cv::Rect(7, 12, 22, 7));
        QCOMPARE(at(mask, 7, 15), uchar(255));  // the cap reaches r beyond the end
        QCOMPARE(at(mask, 6, 15), uchar(0));    // and no further
        QCOMPARE(at(mask, 28, 15), uchar(255));
        QCOMPARE(at(mask, 29, 15), uchar(0));
        QCOMPARE(at(mask, 7, 12), uchar(0));  // round, not square, corners
        QCOMPARE(at(mask, 28, 18), uchar(0));
        QCOMPARE(at(mask, 10, 12), uchar(255));  // full width over the whole segment
        QCOMPARE(at(mask, 25, 18), uchar(255));
        // The area is a dab (29 pixels at r = 3) plus the 15 swept columns of 2r+1 pixels.
        QCOMPARE(cv::countNonZero(mask), 29 + 15 * 7);
        // Erasing along the same line removes exactly that.
        QCOMPARE(paint_line(mask, {10, 15}, {25, 15}, r, false), cv::Rect(7, 12, 22, 7));
        QCOMPARE(cv::countNonZero(mask), 0);
    }

    // ---- Fills -------------------------------------------------------------------------------

    void fillPolygon_data() {
        QTest::addColumn<std::vector<cv::Point>>("vertices");
        QTest::addColumn<cv::Rect>("box");
        QTest::addColumn<int>("pixels");
        QTest::newRow("rectangle") << std::vector<cv::Point>{{5, 5}, {14, 5}, {14, 9}, {5, 9}}
                                   << cv::Rect(5, 5, 10, 5) << 50;
        QTest::newRow("right triangle")
            << std::vector<cv::Point>{{0, 0}, {9, 0}, {0, 9}} << cv::Rect(0, 0, 10, 10) << 55;
        QTest::newRow("clipped") << std::vector<cv::Point>{{30, 20}, {50, 20}, {50, 40}, {30, 40}}
                                 << cv::Rect(30, 20, 10, 10) << 100;
        QTest::newRow("one point") << std::vector<cv::Point>{{7, 7}} << cv::Rect(7, 7, 1, 1) << 1;
    }

    void fillPolygon() {
        QFETCH(std::vector<cv::Point>, vertices);
        QFETCH(cv::Rect, box);
        QFETCH(int, pixels);
        cv::Mat mask = blank();
        QCOMPARE(fill_polygon(mask, vertices, true), box);
        QVERIFY(is_binary(mask));
        QCOMPARE(cv::countNonZero(mask), pixels);
        QCOMPARE(diff_box(blank(), mask), box);
        mask.setTo(255);
        QCOMPARE(fill_polygon(mask, vertices, false), box);
        QCOMPARE(cv::countNonZero(mask), 40 * 30 - pixels);
    }

    void fillPolygonLasso() {
        // A concave lasso (an L): its notch stays background.
        cv::Mat mask = blank();
        const std::vector<cv::Point> l{{5, 5}, {9, 5}, {9, 15}, {20, 15}, {20, 19}, {5, 19}};
        QCOMPARE(fill_polygon(mask, l, true), cv::Rect(5, 5, 16, 15));
        QCOMPARE(at(mask, 7, 10), uchar(255));
        QCOMPARE(at(mask, 15, 17), uchar(255));
        QCOMPARE(at(mask, 15, 10), uchar(0));
        QCOMPARE(cv::countNonZero(mask), 5 * 15 + 11 * 5);
        QCOMPARE(fill_polygon(mask, {}, true), cv::Rect());
        QCOMPARE(fill_polygon(mask, {{-9, -9}, {-5, -9}, {-5, -5}}, true), cv::Rect());
    }

    void floodFill4Connected() {
        // A diagonal lesion line splits the background into two halves that touch only diagonally.
        cv::Mat mask = blank(20, 20);
        for (int i = 0; i < 20; ++i)
            mask.at<uchar>(i, i) = 255;
        const cv::Rect r = flood_fill(mask, {15, 2}, true);  // above the diagonal
        QVERIFY(is_binary(mask));
        QCOMPARE(cv::countNonZero(mask), 20 + 190);
        QCOMPARE(r, cv::Rect(1, 0, 19, 19));
        QCOMPARE(at(mask, 2, 15), uchar(0));  // below the diagonal: not filled
        QCOMPARE(at(mask, 19, 0), uchar(255));
        // A seed that already has the value, or lies outside, changes nothing.
        const cv::Mat before = mask.clone();
        QCOMPARE(flood_fill(mask, {15, 2}, true), cv::Rect());
        QCOMPARE(flood_fill(mask, {25, 2}, false), cv::Rect());
        QVERIFY(same(mask, before));
    }

    void floodFillErase() {
        // Two lesion squares touching only at a corner: erasing one keeps the other.
        cv::Mat mask = blank();
        mask(cv::Rect(5, 5, 5, 5)).setTo(255);
        mask(cv::Rect(10, 10, 6, 4)).setTo(255);
        QCOMPARE(flood_fill(mask, {7, 7}, false), cv::Rect(5, 5, 5, 5));
        QCOMPARE(cv::countNonZero(mask), 24);
        QCOMPARE(cv::countNonZero(mask(cv::Rect(10, 10, 6, 4))), 24);
    }

    void fillHoles_data() {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("filled");
        QTest::addColumn<cv::Rect>("box");
        QTest::newRow("ring") << 0 << 16 << cv::Rect(10, 10, 4, 4);
        QTest::newRow("notch open to the border") << 1 << 0 << cv::Rect();
        QTest::newRow("two holes") << 2 << 4 + 9 << cv::Rect(6, 6, 21, 13);
        QTest::newRow("diagonal gap is closed") << 3 << 9 << cv::Rect(11, 11, 3, 3);
        QTest::newRow("no lesion") << 4 << 0 << cv::Rect();
    }

    void fillHoles() {
        QFETCH(int, shape);
        QFETCH(int, filled);
        QFETCH(cv::Rect, box);
        cv::Mat mask = blank();
        switch (shape) {
            case 0:  // a square ring, 4×4 hole
                mask(cv::Rect(8, 8, 8, 8)).setTo(255);
                mask(cv::Rect(10, 10, 4, 4)).setTo(0);
                break;
            case 1:  // a U touching the top border: its inside is open to the outside
                mask(cv::Rect(5, 0, 10, 12)).setTo(255);
                mask(cv::Rect(7, 0, 6, 10)).setTo(0);
                break;
            case 2:  // a blob with a 2×2 and a 3×3 hole, far apart
                mask(cv::Rect(5, 5, 25, 15)).setTo(255);
                mask(cv::Rect(6, 6, 2, 2)).setTo(0);
                mask(cv::Rect(24, 16, 3, 3)).setTo(0);
                break;
            case 3:  // a ring whose wall is broken only diagonally (8-connected wall)
                mask(cv::Rect(10, 10, 5, 5)).setTo(255);
                mask(cv::Rect(11, 11, 3, 3)).setTo(0);
                mask.at<uchar>(10, 14) = 0;  // corner missing: the hole touches the outside diagonally
                break;
            default:
                break;
        }
        const cv::Mat before = mask.clone();
        QCOMPARE(fill_holes(mask), box);
        QVERIFY(is_binary(mask));
        QCOMPARE(cv::countNonZero(mask) - cv::countNonZero(before), filled);
        QCOMPARE(cv::countNonZero(before & ~mask), 0);  // nothing erased
        QCOMPARE(diff_box(before, mask), box);
    }

    // ---- Morphology --------------------------------------------------------------------------

    void growThenShrink_data() {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("pixels");
        QTest::newRow("rectangle 1") << 0 << 1;
        QTest::newRow("rectangle 3") << 0 << 3;
        QTest::newRow("disc 1") << 1 << 1;
        QTest::newRow("disc 4") << 1 << 4;
        QTest::newRow("diamond 2") << 2 << 2;
        QTest::newRow("rectangle at the border 2") << 3 << 2;
    }

    void growThenShrink() {
        QFETCH(int, shape);
        QFETCH(int, pixels);
        cv::Mat mask = blank(60, 50);
        if (shape == 0) mask(cv::Rect(20, 15, 12, 9)).setTo(255);
        if (shape == 1) cv::circle(mask, {30, 25}, 9, cv::Scalar(255), cv::FILLED);
        if (shape == 2)
            cv::fillConvexPoly(mask, std::vector<cv::Point>{{30, 15}, {40, 25}, {30, 35}, {20, 25}},
                               cv::Scalar(255));
        if (shape == 3) mask(cv::Rect(0, 10, 15, 20)).setTo(255);
        const cv::Mat original = mask.clone();

        const cv::Rect g = grow(mask, pixels);
        QVERIFY(is_binary(mask));
        QVERIFY(contains(g, diff_box(original, mask)));
        QCOMPARE(cv::countNonZero(original & ~mask), 0);  // grow only adds
        const cv::Mat grown = mask.clone();
        const cv::Rect s = shrink(mask, pixels);
        QVERIFY(contains(s, diff_box(grown, mask)));
        QVERIFY(same(mask, original));
    }

    void growIsACross() {
        cv::Mat mask = blank();
        mask.at<uchar>(10, 10) = 255;
        QCOMPARE(grow(mask, 1), cv::Rect(9, 9, 3, 3));
        QCOMPARE(cv::countNonZero(mask), 5);
        QCOMPARE(at(mask, 9, 9), uchar(0));
        QCOMPARE(grow(mask, 2), cv::Rect(7, 7, 7, 7));
        QCOMPARE(cv::countNonZero(mask), 25);  // a diamond of L1 radius 3: 2·3² + 2·3 + 1
        QCOMPARE(grow(mask, 0), cv::Rect());
        QCOMPARE(cv::countNonZero(mask), 25);
        cv::Mat empty = blank();
        QCOMPARE(grow(empty, 3), cv::Rect());
        QCOMPARE(cv::countNonZero(empty), 0);
    }

    void shrinkRemovesThinLines_data() {
        QTest::addColumn<cv::Point>("from");
        QTest::addColumn<cv::Point>("to");
        QTest::newRow("horizontal") << cv::Point(3, 10) << cv::Point(30, 10);
        QTest::newRow("vertical") << cv::Point(20, 2) << cv::Point(20, 27);
        QTest::newRow("diagonal") << cv::Point(2, 2) << cv::Point(25, 25);
        QTest::newRow("along the top border") << cv::Point(0, 0) << cv::Point(39, 0);
    }

    void shrinkRemovesThinLines() {
        QFETCH(cv::Point, from);
        QFETCH(cv::Point, to);
        cv::Mat mask = blank();
        cv::line(mask, from, to, cv::Scalar(255), 1, cv::LINE_8);
        const cv::Rect line_box = diff_box(blank(), mask);
        QCOMPARE(shrink(mask, 1), line_box);
        QCOMPARE(cv::countNonZero(mask), 0);
    }

    void shrinkKeepsTheBorder() {
        // The outside of the image does not eat a lesion that touches it.
        cv::Mat mask = blank();
        mask(cv::Rect(0, 5, 10, 10)).setTo(255);
        QCOMPARE(shrink(mask, 1), cv::Rect(0, 5, 10, 10));
        QCOMPARE(cv::countNonZero(mask), 9 * 8);
        QCOMPARE(cv::countNonZero(mask(cv::Rect(0, 6, 9, 8))), 9 * 8);
        // Nor does it grow one: growing a full mask changes nothing, shrinking it neither.
        cv::Mat full(30, 40, CV_8UC1, cv::Scalar(255));
        shrink(full, 5);
        QCOMPARE(cv::countNonZero(full), 40 * 30);
        cv::Mat corner = blank();
        corner.at<uchar>(0, 0) = 255;
        QCOMPARE(grow(corner, 1), cv::Rect(0, 0, 2, 2));
        QCOMPARE(cv::countNonZero(corner), 3);
    }

    void smoothRemovesSpecks() {
        cv::Mat mask = blank(80, 80);
        cv::circle(mask, {40, 40}, 20, cv::Scalar(255), cv::FILLED);
        mask.at<uchar>(5, 5) = 255;    // a speck
        mask.at<uchar>(40, 21) = 0;    // a pit in the outline
        mask.at<uchar>(40, 61) = 255;  // a spike on the outline
        const cv::Mat before = mask.clone();
        const cv::Rect r = smooth(mask, 2);
        QVERIFY(is_binary(mask));
        QVERIFY(contains(r, diff_box(before, mask)));
        QCOMPARE(at(mask, 5, 5), uchar(0));
        QCOMPARE(at(mask, 21, 40), uchar(255));
        QCOMPARE(at(mask, 61, 40), uchar(0));
        // The disc itself stays almost as it was: its interior intact, its outline within a pixel.
        cv::Mat disc = blank(80, 80);
        cv::circle(disc, {40, 40}, 20, cv::Scalar(255), cv::FILLED);
        const int area = cv::countNonZero(disc);
        QVERIFY(cv::countNonZero(disc != mask) * 50 < area);  // under 2 % of its area
        cv::Mat inner = blank(80, 80), outer = blank(80, 80);
        cv::circle(inner, {40, 40}, 19, cv::Scalar(255), cv::FILLED);
        cv::circle(outer, {40, 40}, 21, cv::Scalar(255), cv::FILLED);
        QCOMPARE(cv::countNonZero(inner & ~mask), 0);
        QCOMPARE(cv::countNonZero(mask & ~outer), 0);
        QCOMPARE(smooth(mask, 0), cv::Rect());
    }

    void smoothMatchesWholeImage_data() {
        QTest::addColumn<int>("radius");
        QTest::addColumn<cv::Rect>("lesion");
        QTest::newRow("middle r1") << 1 << cv::Rect(15, 15, 20, 15);
        QTest::newRow("middle r4") << 4 << cv::Rect(15, 15, 20, 15);
        QTest::newRow("bottom border r2") << 2 << cv::Rect(25, 30, 30, 20);
        QTest::newRow("corner r3") << 3 << cv::Rect(0, 0, 12, 9);
        QTest::newRow("whole mask r2") << 2 << cv::Rect(0, 0, 60, 50);
    }

    void smoothMatchesWholeImage() {
        // Working on the lesion's surroundings only gives exactly the whole-image median.
        QFETCH(int, radius);
        QFETCH(cv::Rect, lesion);
        cv::Mat mask = blank(60, 50);
        noise_mask(lesion.width, lesion.height, 41).copyTo(mask(lesion));
        cv::Mat expected;
        cv::medianBlur(mask, expected, 2 * radius + 1);
        const cv::Mat before = mask.clone();
        const cv::Rect r = smooth(mask, radius);
        QVERIFY(same(mask, expected));
        QVERIFY(contains(r, diff_box(before, mask)));
    }

    void clearMask() {
        cv::Mat mask = blank();
        mask(cv::Rect(3, 4, 10, 5)).setTo(255);
        mask.at<uchar>(20, 30) = 255;
        QCOMPARE(clear(mask), cv::Rect(3, 4, 28, 17));
        QCOMPARE(cv::countNonZero(mask), 0);
        QCOMPARE(clear(mask), cv::Rect());
    }

    // ---- Every operation ---------------------------------------------------------------------

    void operations_data() {
        QTest::addColumn<int>("op");
        const char* names[] = {"dab",  "line",   "polygon", "flood fill", "fill holes",
                               "grow", "shrink", "smooth",  "clear"};
        for (int i = 0; i < 9; ++i)
            QTest::newRow(names[i]) << i;
    }

    void operations() {
        // On an irregular mask every operation stays binary, changes only inside the rectangle it
        // returns (clipped to the mask), and its delta undoes it exactly.
        QFETCH(int, op);
        const std::vector<std::function<cv::Rect(cv::Mat&)>> ops{
            [](cv::Mat& m) { return paint_dab(m, {38, 5}, 6, true); },
            [](cv::Mat& m) { return paint_line(m, {-3, 20}, {30, 2}, 2, false); },
            [](cv::Mat& m) { return fill_polygon(m, {{5, 5}, {30, 8}, {12, 28}}, true); },
            [](cv::Mat& m) { return flood_fill(m, {20, 15}, m.at<uchar>(15, 20) == 0); },
            [](cv::Mat& m) { return fill_holes(m); },
            [](cv::Mat& m) { return grow(m, 2); },
            [](cv::Mat& m) { return shrink(m, 1); },
            [](cv::Mat& m) { return smooth(m, 2); },
            [](cv::Mat& m) { return clear(m); },
        };
        cv::Mat before = noise_mask(40, 30, 51);
        before(cv::Rect(22, 20, 8, 6)).setTo(255);  // a ring, so that there is a hole to fill
        before(cv::Rect(24, 22, 4, 2)).setTo(0);
        cv::Mat mask = before.clone();
        const cv::Rect r = ops[static_cast<std::size_t>(op)](mask);
        QVERIFY(is_binary(mask));
        QVERIFY(contains(cv::Rect(0, 0, 40, 30), r));
        const cv::Rect changed = diff_box(before, mask);
        QVERIFY(!changed.empty());
        QVERIFY(contains(r, changed));
        const MaskDelta d = MaskDelta::between(before, mask, r);
        QCOMPARE(d.region(), changed);
        d.apply_before(mask);
        QVERIFY(same(mask, before));
    }

    void rejectsInvalidMasks_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("isEmpty");
        QTest::newRow("8UC3") << CV_8UC3 << false;
        QTest::newRow("16UC1") << CV_16UC1 << false;
        QTest::newRow("32FC1") << CV_32FC1 << false;
        QTest::newRow("8SC1") << CV_8SC1 << false;
        QTest::newRow("empty") << CV_8UC1 << true;
    }

    void rejectsInvalidMasks() {
        QFETCH(int, type);
        QFETCH(bool, isEmpty);
        cv::Mat m = isEmpty ? cv::Mat() : cv::Mat(30, 40, type, cv::Scalar::all(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, paint_dab(m, {5, 5}, 2, true));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, paint_line(m, {5, 5}, {9, 9}, 2, true));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fill_polygon(m, {{1, 1}, {5, 1}, {1, 5}}, true));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, flood_fill(m, {5, 5}, true));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fill_holes(m));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, grow(m, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, shrink(m, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, smooth(m, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, clear(m));
    }

    void rejectsNegativeSizes() {
        cv::Mat m = blank();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, paint_dab(m, {5, 5}, -1, true));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, paint_line(m, {5, 5}, {9, 9}, -2, true));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, grow(m, -1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, shrink(m, -1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, smooth(m, -1));
        QCOMPARE(cv::countNonZero(m), 0);
    }

    void benchmarkStroke() {
        // A 60-dab stroke on a 512² mask, each segment recorded and merged as the UI does.
        cv::Mat mask(512, 512, CV_8UC1, cv::Scalar(0));
        QBENCHMARK {
            MaskDelta stroke;
            cv::Point last(50, 50);
            for (int i = 1; i <= 60; ++i) {
                const cv::Point next(50 + 6 * i, 50 + 3 * i);
                const cv::Mat before = mask.clone();
                const cv::Rect r = paint_line(mask, last, next, 8, true);
                stroke.merge(MaskDelta::between(before, mask, r));
                last = next;
            }
            stroke.apply_before(mask);
        }
        QCOMPARE(cv::countNonZero(mask), 0);
    }
};

QTEST_GUILESS_MAIN(TestMaskEdit)
#include "test_mask_edit.moc"
