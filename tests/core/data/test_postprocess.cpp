// Tests of probability-map post-processing on hand-made maps: threshold, largest component,
// hole filling (and what is not a hole), opening/closing, minimum area, and input checks.
#include <QtTest>

#include <cmath>
#include <limits>
#include <stdexcept>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "mipr/data/postprocess.h"

using namespace mipr::data;

namespace {

PostprocessOptions plain() {
    PostprocessOptions o;
    o.largest_component = false;
    o.fill_holes = false;
    return o;
}

cv::Mat blank(int w = 40, int h = 30) {
    return cv::Mat(h, w, CV_32FC1, cv::Scalar(0.0f));
}

void square(cv::Mat& prob, int x, int y, int side, float value = 0.9f) {
    prob(cv::Rect(x, y, side, side)).setTo(value);
}

bool is_binary(const cv::Mat& m) {
    return m.type() == CV_8UC1 && cv::countNonZero((m != 0) & (m != 255)) == 0;
}

}  // namespace

class TestPostprocess : public QObject {
    Q_OBJECT

private slots:
    void thresholds_data() {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("columns");
        // Column x holds probability x / 10 (0.0 .. 0.9): strictly above the threshold is lesion.
        QTest::newRow("0.5") << 0.5 << 4;    // 0.6 .. 0.9
        QTest::newRow("0.25") << 0.25 << 7;  // 0.3 .. 0.9
        QTest::newRow("0.9") << 0.9 << 0;
        QTest::newRow("0.0") << 0.0 << 9;
    }

    void thresholds() {
        QFETCH(double, threshold);
        QFETCH(int, columns);
        cv::Mat prob(5, 10, CV_32FC1);
        for (int x = 0; x < 10; ++x)
            prob.col(x).setTo(x / 10.0f + 0.001f * (x == 5 ? -1 : 0));
        PostprocessOptions o = plain();
        o.threshold = threshold;
        const cv::Mat mask = postprocess_probability(prob, o);
        QVERIFY(is_binary(mask));
        QCOMPARE(mask.size(), prob.size());
        QCOMPARE(cv::countNonZero(mask), 5 * columns);
        if (columns > 0) QCOMPARE(cv::countNonZero(mask.col(9)), 5);
    }

    void keepsLargestComponent() {
        cv::Mat prob = blank();
        square(prob, 2, 2, 10);   // 100 px
        square(prob, 25, 15, 3);  // 9 px
        square(prob, 30, 2, 5);   // 25 px
        QCOMPARE(cv::countNonZero(postprocess_probability(prob, plain())), 134);
        PostprocessOptions o = plain();
        o.largest_component = true;
        const cv::Mat mask = postprocess_probability(prob, o);
        QCOMPARE(cv::countNonZero(mask), 100);
        QCOMPARE(cv::countNonZero(mask(cv::Rect(2, 2, 10, 10))), 100);
    }

    void diagonalNeighboursAreOneComponent() {
        cv::Mat prob = blank();
        square(prob, 2, 2, 6);   // 36 px
        square(prob, 8, 8, 5);   // 25 px, touching only at a corner: 8-connected to the first
        square(prob, 20, 2, 7);  // 49 px, the largest square alone
        PostprocessOptions o = plain();
        o.largest_component = true;
        QCOMPARE(cv::countNonZero(postprocess_probability(prob, o)), 61);
    }

    void fillsHolesOnly() {
        cv::Mat prob = blank();
        square(prob, 5, 5, 12);
        square(prob, 9, 9, 4, 0.1f);  // a 4x4 hole inside: 144 - 16 = 128 px
        // A "C" touching the left border: its inside opens onto the border, so it is no hole.
        square(prob, 0, 20, 8);
        prob(cv::Rect(0, 22, 6, 4)).setTo(0.0f);
        QCOMPARE(cv::countNonZero(postprocess_probability(prob, plain())), 128 + 64 - 24);
        PostprocessOptions o = plain();
        o.fill_holes = true;
        const cv::Mat mask = postprocess_probability(prob, o);
        QCOMPARE(cv::countNonZero(mask(cv::Rect(5, 5, 12, 12))), 144);
        QCOMPARE(cv::countNonZero(mask(cv::Rect(0, 22, 6, 4))), 0);
        QCOMPARE(cv::countNonZero(mask), 144 + 64 - 24);
    }

    void defaultsGiveOneRegionWithoutHoles() {
        cv::Mat prob = blank();
        square(prob, 5, 5, 12);
        square(prob, 9, 9, 4, 0.2f);
        square(prob, 30, 20, 3);
        const cv::Mat mask = postprocess_probability(prob);
        QVERIFY(is_binary(mask));
        QCOMPARE(cv::countNonZero(mask), 144);
    }

    void openingRemovesSpecksAndClosingBridgesGaps() {
        cv::Mat prob = blank(60, 40);
        cv::circle(prob, cv::Point(20, 20), 10, cv::Scalar(1.0), cv::FILLED);
        prob.at<float>(35, 50) = 1.0f;  // speck
        prob.at<float>(2, 55) = 1.0f;   // speck near the border
        PostprocessOptions o = plain();
        o.open_radius = 1;
        const cv::Mat opened = postprocess_probability(prob, o);
        QCOMPARE(opened.at<std::uint8_t>(35, 50), std::uint8_t(0));
        QCOMPARE(opened.at<std::uint8_t>(2, 55), std::uint8_t(0));
        QCOMPARE(opened.at<std::uint8_t>(20, 20), std::uint8_t(255));

        cv::Mat split = blank(60, 40);
        split(cv::Rect(5, 10, 20, 10)).setTo(1.0f);
        split(cv::Rect(26, 10, 20, 10)).setTo(1.0f);  // a one-pixel crack at x = 25
        o = plain();
        o.close_radius = 2;
        const cv::Mat closed = postprocess_probability(split, o);
        // An elliptical element cannot reach into the crack's two end pixels; the rest is bridged.
        QCOMPARE(cv::countNonZero(closed.col(25)), 8);
        o.largest_component = true;
        QCOMPARE(cv::countNonZero(postprocess_probability(split, o)), cv::countNonZero(closed));
        QCOMPARE(cv::countNonZero(closed.row(5)), 0);  // closing does not grow the outline
    }

    void dropsMasksUnderMinimumArea() {
        cv::Mat prob = blank(100, 100);
        square(prob, 10, 10, 5);  // 25 px = 0.25 %
        PostprocessOptions o;
        o.min_area_fraction = 0.01;
        QCOMPARE(cv::countNonZero(postprocess_probability(prob, o)), 0);
        o.min_area_fraction = 0.002;
        QCOMPARE(cv::countNonZero(postprocess_probability(prob, o)), 25);
    }

    void handlesNanAndRejectsBadInput() {
        cv::Mat prob = blank();
        square(prob, 5, 5, 4);
        prob.at<float>(0, 0) = std::numeric_limits<float>::quiet_NaN();
        QCOMPARE(cv::countNonZero(postprocess_probability(prob)), 16);
        cv::Mat prob64;
        prob.convertTo(prob64, CV_64F);
        QCOMPARE(cv::countNonZero(postprocess_probability(prob64)), 16);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, postprocess_probability(cv::Mat()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, postprocess_probability(cv::Mat(4, 4, CV_8UC1)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, postprocess_probability(cv::Mat(4, 4, CV_32FC3)));
        const cv::Mat empty_mask = postprocess_probability(blank());
        QVERIFY(is_binary(empty_mask));
        QCOMPARE(cv::countNonZero(empty_mask), 0);
    }

    void benchmark256() {
        cv::Mat prob(256, 256, CV_32FC1);
        cv::randu(prob, 0.0f, 1.0f);
        cv::GaussianBlur(prob, prob, cv::Size(0, 0), 6);
        PostprocessOptions o;
        o.open_radius = 2;
        o.close_radius = 2;
        QBENCHMARK {
            postprocess_probability(prob, o);
        }
    }
};

QTEST_GUILESS_MAIN(TestPostprocess)
#include "test_postprocess.moc"
