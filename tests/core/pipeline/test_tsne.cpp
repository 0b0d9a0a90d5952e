// The experiment's t-SNE on synthetic clusters: separated clusters stay separated in 2-D, one seed
// gives one answer, the output is n×2, finite and centred, degenerate inputs fail with a clear
// error or embed sanely, and the k-NN accuracy that summarises an embedding counts what it says.
#include "mipr/common/error.h"
#include "mipr/pipeline/tsne.h"

#include <QElapsedTimer>
#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace mipr;
using pipeline::Point2;

namespace {

struct Clusters {
    std::vector<std::vector<double>> points;
    std::vector<int> labels;
};

/// `per` points around each of two centres `gap` apart on every axis, unit noise per coordinate.
Clusters two_clusters(int per, int dim, double gap, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise;
    Clusters c;
    for (int label = 0; label < 2; ++label)
        for (int i = 0; i < per; ++i) {
            std::vector<double> p(static_cast<std::size_t>(dim));
            for (double& v : p)
                v = label * gap + noise(rng);
            c.points.push_back(p);
            c.labels.push_back(label);
        }
    return c;
}

/// Mean distance between points of the same label (`same`) or of different labels.
double mean_distance(const std::vector<Point2>& y, const std::vector<int>& labels, bool same) {
    double sum = 0;
    int count = 0;
    for (std::size_t i = 0; i < y.size(); ++i)
        for (std::size_t j = i + 1; j < y.size(); ++j) {
            if ((labels[i] == labels[j]) != same) continue;
            sum += std::hypot(y[i][0] - y[j][0], y[i][1] - y[j][1]);
            ++count;
        }
    return sum / count;
}

bool finite_and_centred(const std::vector<Point2>& y) {
    double mx = 0, my = 0, scale = 0;
    for (const auto& p : y) {
        if (!std::isfinite(p[0]) || !std::isfinite(p[1])) return false;
        mx += p[0];
        my += p[1];
        scale = std::max({scale, std::abs(p[0]), std::abs(p[1])});
    }
    const double n = static_cast<double>(y.size());
    return std::abs(mx / n) <= 1e-9 * (1 + scale) && std::abs(my / n) <= 1e-9 * (1 + scale);
}

}  // namespace

class TestTsne : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void separatedClustersStaySeparated_data() {
        QTest::addColumn<int>("per");
        QTest::newRow("40 + 40") << 40;
        QTest::newRow("100 + 100, the experiment's size") << 100;
    }
    void separatedClustersStaySeparated() {
        QFETCH(int, per);
        const auto c = two_clusters(per, 10, 4.0, 11);
        QElapsedTimer timer;
        timer.start();
        const auto y = pipeline::tsne(c.points);
        qInfo("t-SNE of %d points in 10-D: %lld ms", 2 * per, static_cast<long long>(timer.elapsed()));
        QCOMPARE(y.size(), c.points.size());
        QVERIFY(pipeline::knn_accuracy(y, c.labels, 5) >= 0.95);
        const double intra = mean_distance(y, c.labels, true), inter = mean_distance(y, c.labels, false);
        QVERIFY2(intra < inter / 5, qPrintable(QString("intra %1, inter %2").arg(intra).arg(inter)));
    }

    void overlappingClustersAreNotCalledSeparated() {
        // One distribution split at random into two "kinds": the accuracy must stay near chance,
        // or the report's number would flatter the generator's failures as much as its successes.
        auto c = two_clusters(50, 10, 0.0, 5);
        const auto y = pipeline::tsne(c.points);
        const double acc = pipeline::knn_accuracy(y, c.labels, 5);
        QVERIFY2(acc > 0.3 && acc < 0.7, qPrintable(QString::number(acc)));
    }

    void sameSeedSameEmbedding() {
        const auto c = two_clusters(20, 6, 3.0, 2);
        pipeline::TsneOptions o;
        o.seed = 7;
        o.iterations = 300;
        const auto a = pipeline::tsne(c.points, o), b = pipeline::tsne(c.points, o);
        QVERIFY(a == b);  // bit for bit
        o.seed = 8;
        QVERIFY(pipeline::tsne(c.points, o) != a);  // the seed is the only source of randomness
    }

    void outputIsNByTwoFiniteAndCentred_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("dim");
        QTest::newRow("4 points, perplexity clamped to 1") << 4 << 3;
        QTest::newRow("10 points in 1-D") << 10 << 1;
        QTest::newRow("60 points in 32-D") << 60 << 32;
    }
    void outputIsNByTwoFiniteAndCentred() {
        QFETCH(int, n);
        QFETCH(int, dim);
        const auto c = two_clusters(n / 2, dim, 1.0, 3);
        const auto y = pipeline::tsne(c.points);
        QCOMPARE(static_cast<int>(y.size()), n);
        QVERIFY(finite_and_centred(y));
    }

    void perplexityIsClampedForFewPoints() {
        QCOMPARE(pipeline::effective_perplexity(200, 30), 30.0);
        QCOMPARE(pipeline::effective_perplexity(31, 30), 10.0);
        QCOMPARE(pipeline::effective_perplexity(4, 30), 1.0);
        QCOMPARE(pipeline::effective_perplexity(2, 30), 1.0);
    }

    void degenerateInputs() {
        using Points = std::vector<std::vector<double>>;
        for (std::size_t n = 0; n < 4; ++n)
            QVERIFY_THROWS_EXCEPTION(InputError, pipeline::tsne(Points(n, std::vector<double>{1.0, 2.0})));
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::tsne(Points{{1, 2}, {3}, {4, 5}, {6, 7}}));
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::tsne(Points(5, std::vector<double>{})));
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::tsne(Points{{1, 2}, {3, nan}, {4, 5}, {6, 7}}));

        // All identical: nothing to separate, every point at the origin.
        const auto same = pipeline::tsne(Points(12, std::vector<double>{0.5, -3.0, 2.0}));
        QCOMPARE(same.size(), std::size_t{12});
        for (const auto& p : same)
            QCOMPARE(p, (Point2{0, 0}));

        // Duplicates beside distinct points (zero distances in some rows) stay finite; copies of one
        // point land together.
        Points dup{{0, 0}, {0, 0}, {0, 0}, {5, 5}, {5, 5.5}, {9, 1}, {9, 1}, {2, 7}};
        const auto y = pipeline::tsne(dup);
        QVERIFY(finite_and_centred(y));
        const double spread = std::hypot(y[3][0] - y[5][0], y[3][1] - y[5][1]);
        QVERIFY(std::hypot(y[0][0] - y[1][0], y[0][1] - y[1][1]) < spread);
    }

    void knnAccuracyCountsNeighbourVotes() {
        // Two labels interleaved on a line: every nearest neighbour has the other label.
        const std::vector<Point2> line{{0, 0}, {1, 0}, {10, 0}, {11, 0}};
        QCOMPARE(pipeline::knn_accuracy(line, {0, 1, 0, 1}, 1), 0.0);
        QCOMPARE(pipeline::knn_accuracy(line, {0, 0, 1, 1}, 1), 1.0);
        // A unit square, labelled by row: each corner's two nearest (at distance 1) vote one each
        // way, and a tie counts as half.
        const std::vector<Point2> square{{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        QCOMPARE(pipeline::knn_accuracy(square, {0, 0, 1, 1}, 2), 0.5);
        // k larger than n - 1 is clamped: all three others vote (2 against, 1 for) for every point.
        QCOMPARE(pipeline::knn_accuracy(line, {0, 1, 0, 1}, 50), 0.0);
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::knn_accuracy(line, {0, 1}, 1));
        QVERIFY_THROWS_EXCEPTION(InputError, pipeline::knn_accuracy({{0, 0}}, {0}, 1));
    }
};

QTEST_GUILESS_MAIN(TestTsne)
#include "test_tsne.moc"
