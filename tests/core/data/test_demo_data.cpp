// Tests of the procedural demo data: determinism, the folders layout it writes, masks that are
// exact, binary and varied, images whose lesion is visibly the mask, vignetting, split counts.
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "mipr/common/atomic_file.h"
#include "mipr/common/error.h"
#include "mipr/common/types.h"
#include "mipr/data/dataset_scan.h"
#include "mipr/data/demo_data.h"
#include "mipr/data/image_io.h"

namespace fs = std::filesystem;
using namespace mipr::data;
using mipr::Split;

namespace {

fs::path path_of(const QTemporaryDir& tmp, const char* sub) {
    return fs::path(tmp.path().toStdString()) / sub;
}

DemoOptions small(std::uint64_t seed, int count) {
    DemoOptions o;
    o.count = count;
    o.width = 64;
    o.height = 48;
    o.seed = seed;
    return o;
}

std::map<Split, int> split_counts(const fs::path& csv) {
    std::map<Split, int> counts;
    for (const auto& [id, split] : read_split_csv(csv))
        ++counts[split];
    return counts;
}

double mean_grey(const cv::Mat& rgb, const cv::Mat& where) {
    cv::Mat grey;
    cv::transform(rgb, grey, cv::Matx13f(1.f / 3, 1.f / 3, 1.f / 3));
    return cv::mean(grey, where)[0];
}

}  // namespace

class TestDemoData : public QObject {
    Q_OBJECT

private slots:
    void sameSeedGivesSameBytes() {
        QTemporaryDir tmp;
        generate_demo_data(path_of(tmp, "a"), small(7, 6));
        generate_demo_data(path_of(tmp, "b"), small(7, 6));
        generate_demo_data(path_of(tmp, "c"), small(8, 6));
        generate_demo_data(path_of(tmp, "d"), small(7, 3));
        int files = 0;
        for (const auto& e : fs::recursive_directory_iterator(path_of(tmp, "a"))) {
            if (!e.is_regular_file()) continue;
            ++files;
            const fs::path rel = e.path().lexically_relative(path_of(tmp, "a"));
            const std::string bytes = mipr::read_file(e.path());
            QVERIFY2(bytes == mipr::read_file(path_of(tmp, "b") / rel), rel.c_str());
            if (rel.extension() == ".png") {
                QVERIFY2(bytes != mipr::read_file(path_of(tmp, "c") / rel), rel.c_str());  // another seed
                // Image k comes from its own stream: it does not depend on the count.
                if (fs::exists(path_of(tmp, "d") / rel))
                    QVERIFY2(bytes == mipr::read_file(path_of(tmp, "d") / rel), rel.c_str());
            }
        }
        QCOMPARE(files, 6 * 2 + 1);
    }

    // The default set: 40 images of 256x192, found by the scanner as a folders layout.
    void defaultSetIsAWellFormedDataset() {
        QTemporaryDir tmp;
        const fs::path dir = path_of(tmp, "demo");
        QElapsedTimer timer;
        timer.start();
        generate_demo_data(dir);
        qInfo("generated 40 images of 256x192 in %lld ms", static_cast<long long>(timer.elapsed()));

        const ScanResult scan = scan_dataset(dir);
        QCOMPARE(scan.layout, Layout::folders);
        QCOMPARE(int(scan.items.size()), 40);
        QVERIFY(scan.warnings.empty());
        QCOMPARE(scan.items.front().id, std::string("demo_000"));
        QCOMPARE(scan.items.back().id, std::string("demo_039"));

        double min_fraction = 1, max_fraction = 0;
        cv::Point2d min_centre(1e9, 1e9), max_centre(-1e9, -1e9);
        for (const auto& item : scan.items) {
            QVERIFY(item.mask);
            ImageInfo info;
            const cv::Mat rgb = load_image_rgb8(item.image, &info);
            QCOMPARE(rgb.size(), cv::Size(256, 192));
            QCOMPARE(info.channels, 3);
            std::vector<std::string> warnings;
            const cv::Mat mask = load_mask(*item.mask, &warnings);
            QVERIFY2(warnings.empty(), item.id.c_str());  // written as exact 0/255
            QCOMPARE(mask.size(), rgb.size());
            const double fraction = cv::countNonZero(mask) / double(mask.total());
            QVERIFY2(fraction > 0.01 && fraction < 0.6, item.id.c_str());
            min_fraction = std::min(min_fraction, fraction);
            max_fraction = std::max(max_fraction, fraction);
            const cv::Moments m = cv::moments(mask, true);
            const cv::Point2d c(m.m10 / m.m00, m.m01 / m.m00);
            min_centre = {std::min(min_centre.x, c.x), std::min(min_centre.y, c.y)};
            max_centre = {std::max(max_centre.x, c.x), std::max(max_centre.y, c.y)};

            // The lesion is what the mask says: darker than the skin around it (inside the
            // dermatoscope's field, away from the dark corners).
            cv::Mat field(mask.size(), CV_8UC1, cv::Scalar(0));
            cv::circle(field, cv::Point(128, 96), 90, cv::Scalar(255), cv::FILLED);
            const double inside = mean_grey(rgb, mask);
            const double skin = mean_grey(rgb, field & ~mask);
            QVERIFY2(inside < skin - 40, qPrintable(QString("%1: lesion %2, skin %3")
                                                        .arg(QString::fromStdString(item.id))
                                                        .arg(inside)
                                                        .arg(skin)));
            // Vignetting: the corners are dark.
            for (const cv::Point p :
                 {cv::Point(0, 0), cv::Point(255, 0), cv::Point(0, 191), cv::Point(255, 191)})
                QVERIFY2(mean_grey(rgb(cv::Rect(std::min(p.x, 252), std::min(p.y, 188), 4, 4)),
                                   cv::Mat(4, 4, CV_8UC1, cv::Scalar(255))) < 40,
                         item.id.c_str());
        }
        // Lesions vary in size and position across the set.
        QVERIFY2(max_fraction > 2 * min_fraction,
                 qPrintable(QString("%1..%2").arg(min_fraction).arg(max_fraction)));
        QVERIFY(max_centre.x - min_centre.x > 40);
        QVERIFY(max_centre.y - min_centre.y > 30);

        const auto counts = split_counts(dir / "split.csv");
        QCOMPARE(counts.at(Split::labeled), 8);
        QCOMPARE(counts.at(Split::test), 8);
        QCOMPARE(counts.at(Split::unlabeled), 24);
    }

    void splitCounts_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("labeledFraction");
        QTest::addColumn<double>("testFraction");
        QTest::addColumn<int>("labeled");
        QTest::addColumn<int>("test");
        QTest::addColumn<int>("unlabeled");
        QTest::newRow("3 images") << 3 << 0.2 << 0.2 << 1 << 1 << 1;
        QTest::newRow("5 images") << 5 << 0.2 << 0.2 << 1 << 1 << 3;
        QTest::newRow("10 images") << 10 << 0.3 << 0.1 << 3 << 1 << 6;
        QTest::newRow("all labeled asked") << 4 << 1.0 << 0.0 << 2 << 1 << 1;
        QTest::newRow("1 image") << 1 << 0.2 << 0.2 << 0 << 0 << 1;
    }

    void splitCounts() {
        QFETCH(int, count);
        QFETCH(double, labeledFraction);
        QFETCH(double, testFraction);
        QFETCH(int, labeled);
        QFETCH(int, test);
        QFETCH(int, unlabeled);
        QTemporaryDir tmp;
        DemoOptions o = small(3, count);
        o.labeled_fraction = labeledFraction;
        o.test_fraction = testFraction;
        generate_demo_data(path_of(tmp, "d"), o);
        auto counts = split_counts(path_of(tmp, "d") / "split.csv");
        QCOMPARE(counts[Split::labeled], labeled);
        QCOMPARE(counts[Split::test], test);
        QCOMPARE(counts[Split::unlabeled], unlabeled);
        // The labeled images come first, then the test images.
        const auto splits = read_split_csv(path_of(tmp, "d") / "split.csv");
        if (labeled > 0) QCOMPARE(splits.at("demo_000"), Split::labeled);
    }

    void rejectsBadOptions() {
        QTemporaryDir tmp;
        DemoOptions o = small(1, 0);
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, generate_demo_data(path_of(tmp, "x"), o));
        o = small(1, 4);
        o.labeled_fraction = 0.7;
        o.test_fraction = 0.5;
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, generate_demo_data(path_of(tmp, "x"), o));
        o = small(1, 4);
        o.width = 4;
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, generate_demo_data(path_of(tmp, "x"), o));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "test_demo_data.moc"
