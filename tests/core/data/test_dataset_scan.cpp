// Tests of the dataset scanners and the split CSV reader: golden folders for each layout (ids,
// mask pairing, warnings, auto-detection), error cases, and the real PH2 copy when present.
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include <opencv2/core.hpp>

#include "mipr/common/atomic_file.h"
#include "mipr/common/error.h"
#include "mipr/common/types.h"
#include "mipr/data/dataset_scan.h"
#include "mipr/data/image_io.h"

#ifndef _WIN32
#include <sys/stat.h>
#endif

namespace fs = std::filesystem;
using namespace mipr::data;
using mipr::Split;

namespace {

fs::path golden(const QString& rel) {
    return fs::path(MIPR_TEST_DATA) / "golden" / rel.toStdString();
}
fs::path shared_ph2() {
    return fs::path(MIPR_SHARED_DATA) / "ph2";
}

QString joined(const std::vector<std::string>& lines) {
    QStringList out;
    for (const auto& l : lines)
        out << QString::fromStdString(l);
    return out.join("\n");
}

// Runs `f`, expecting a mipr::InputError whose file is `file` and whose text names it and
// contains every one of `parts`.
template <typename F>
QString expect_input_error(F&& f, const fs::path& file, const QStringList& parts) {
    try {
        f();
    } catch (const mipr::InputError& e) {
        const QString what = QString::fromStdString(e.what());
        if (e.file() != file) return "wrong file in: " + what;
        if (!what.contains(QString::fromStdString(file.string()))) return "file not named in: " + what;
        for (const auto& p : parts)
            if (!what.contains(p)) return "'" + p + "' missing from: " + what;
        return {};
    }
    return "no exception";
}

}  // namespace

class TestDatasetScan : public QObject {
    Q_OBJECT

private slots:
    void parsesLayoutNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("layout");
        QTest::newRow("auto") << "auto" << int(Layout::automatic);
        QTest::newRow("automatic") << "automatic" << int(Layout::automatic);
        QTest::newRow("isic") << "isic" << int(Layout::isic);
        QTest::newRow("PH2 upper case") << "PH2" << int(Layout::ph2);
        QTest::newRow("folders spaced") << " folders " << int(Layout::folders);
    }

    void parsesLayoutNames() {
        QFETCH(QString, name);
        QFETCH(int, layout);
        QCOMPARE(int(parse_layout(name.toStdString())), layout);
        const Layout l = static_cast<Layout>(layout);
        QCOMPARE(parse_layout(to_string(l)), l);
    }

    void rejectsUnknownLayout() {
        try {
            parse_layout("coco");
            QFAIL("no exception");
        } catch (const mipr::InputError& e) {
            QVERIFY(QString(e.what()).contains("coco"));
        }
    }

    void scansGoldenLayouts_data() {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("withMask");
        QTest::addColumn<QStringList>("warnings");  // one substring per expected warning
        const QStringList isic_ids{"ISIC_0000000", "ISIC_0000001", "ISIC_0000002"};
        const QStringList isic_masks{"ISIC_0000000", "ISIC_0000001"};
        const QStringList isic_warnings{"ISIC_0000007_segmentation.png: mask without an image",
                                        "duplicate image id ISIC_0000001"};
        const QStringList ph2_ids{"IMD002", "IMD004", "IMD010"};
        const QStringList ph2_masks{"IMD002", "IMD010"};
        const QStringList folder_ids{"a", "b", "c", "d"};
        const QStringList folder_masks{"a", "b", "c"};
        const QStringList folder_warnings{"e_mask.png: mask without an image", "skipped 1 file"};
        for (const bool automatic : {true, false}) {
            const char* how = automatic ? "auto" : "explicit";
            const int req = int(Layout::automatic);
            QTest::addRow("isic %s", how) << "layouts/isic" << (automatic ? req : int(Layout::isic))
                                          << int(Layout::isic) << isic_ids << isic_masks << isic_warnings;
            QTest::addRow("ph2 %s", how) << "layouts/ph2" << (automatic ? req : int(Layout::ph2))
                                         << int(Layout::ph2) << ph2_ids << ph2_masks << QStringList{};
            QTest::addRow("ph2 inner folder %s", how)
                << "layouts/ph2/PH2 Dataset images" << (automatic ? req : int(Layout::ph2))
                << int(Layout::ph2) << ph2_ids << ph2_masks << QStringList{};
            QTest::addRow("folders %s", how)
                << "layouts/folders" << (automatic ? req : int(Layout::folders)) << int(Layout::folders)
                << folder_ids << folder_masks << folder_warnings;
        }
    }

    void scansGoldenLayouts() {
        QFETCH(QString, dir);
        QFETCH(int, requested);
        QFETCH(int, expected);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, withMask);
        QFETCH(QStringList, warnings);
        const ScanResult r = scan_dataset(golden(dir), static_cast<Layout>(requested));
        const QString warning_text = joined(r.warnings);
        QCOMPARE(int(r.layout), expected);
        QStringList got_ids, got_masks;
        for (const auto& item : r.items) {
            got_ids << QString::fromStdString(item.id);
            QVERIFY(item.image.is_absolute());
            QVERIFY2(fs::is_regular_file(item.image), item.image.c_str());
            QVERIFY2(QString::fromStdString(item.image.stem().string())
                             .compare(got_ids.last(), Qt::CaseInsensitive) == 0,
                     item.image.c_str());
            if (item.mask) {
                got_masks << QString::fromStdString(item.id);
                QVERIFY(item.mask->is_absolute());
                QVERIFY2(fs::is_regular_file(*item.mask), item.mask->c_str());
                QVERIFY2(item.mask->stem().string().rfind(item.id, 0) == 0,
                         item.mask->c_str());  // paired by id
                QVERIFY(*item.mask != item.image);
            }
        }
        QCOMPARE(got_ids, ids);  // also checks the order: sorted by id
        QCOMPARE(got_masks, withMask);
        QCOMPARE(int(r.warnings.size()), int(warnings.size()));
        for (const auto& w : warnings)
            QVERIFY2(warning_text.contains(w), qPrintable(warning_text));
    }

    void isicKeepsFirstDuplicateAndIgnoresDebris() {
        const ScanResult r = scan_dataset(golden("layouts/isic"), Layout::isic);
        QCOMPARE(r.items.at(1).image.filename().string(), std::string("ISIC_0000001.jpg"));
        QCOMPARE(r.items.at(2).image.filename().string(), std::string("ISIC_0000002.JPG"));
        for (const auto& item : r.items)
            QVERIFY(item.image.filename().string().find("superpixels") == std::string::npos);
    }

    void rejectsMissingEmptyAndMismatchedSources() {
        const fs::path missing = golden("layouts/no_such_dataset");
        QString bad = expect_input_error([&] { scan_dataset(missing); }, missing, {"folder not found"});
        QVERIFY2(bad.isEmpty(), qPrintable(bad));

        const fs::path file = golden("split/split_good.csv");
        bad = expect_input_error([&] { scan_dataset(file); }, file, {"not a folder"});
        QVERIFY2(bad.isEmpty(), qPrintable(bad));

        QTemporaryDir tmp;
        const fs::path empty(tmp.path().toStdString());
        bad = expect_input_error([&] { scan_dataset(empty); }, empty, {"no images found"});
        QVERIFY2(bad.isEmpty(), qPrintable(bad));

        // A folders layout holds no PH2 cases: asking for ph2 explicitly must say so.
        const fs::path folders = golden("layouts/folders");
        bad = expect_input_error([&] { scan_dataset(folders, Layout::ph2); }, folders,
                                 {"no images found", "IMD"});
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }

    void readsSplitCsv() {
        const auto splits = read_split_csv(golden("split/split_good.csv"));
        const std::map<std::string, Split> expected{{"IMD003", Split::labeled},
                                                    {"IMD006", Split::unlabeled},
                                                    {"IMD008", Split::test},
                                                    {"IMD009", Split::labeled}};
        QVERIFY(splits == expected);
        const auto semicolon = read_split_csv(golden("split/split_semicolon.csv"));
        QVERIFY(
            (semicolon == std::map<std::string, Split>{{"IMD003", Split::labeled}, {"IMD006", Split::test}}));

        // Extra columns in any order, the ISIC "image" column name, a repeated identical line.
        QTemporaryDir tmp;
        const fs::path csv = fs::path(tmp.path().toStdString()) / "s.csv";
        mipr::write_file_atomic(
            csv, std::string_view("split,notes,image\ntest,\"a, b\",x\nlabeled,,y\ntest,,x\n"));
        QVERIFY(
            (read_split_csv(csv) == std::map<std::string, Split>{{"x", Split::test}, {"y", Split::labeled}}));
        // The same id with two different splits is an error naming both lines.
        mipr::write_file_atomic(csv, std::string_view("id,split\nx,test\ny,test\nx,labeled\n"));
        const QString bad =
            expect_input_error([&] { read_split_csv(csv); }, csv, {"line 4", "line 2", "'x'"});
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }

    void splitCsvErrorsNameFileAndLine_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("bad line") << "split/split_bad_line.csv" << QStringList{"line 4", "'c'"};
        QTest::newRow("unknown split") << "split/split_unknown.csv" << QStringList{"line 3", "'validation'"};
        QTest::newRow("bad header") << "split/split_bad_header.csv" << QStringList{"line 1", "id,split"};
        QTest::newRow("missing") << "split/no_such.csv" << QStringList{"file not found"};
    }

    void splitCsvErrorsNameFileAndLine() {
        QFETCH(QString, file);
        QFETCH(QStringList, parts);
        const fs::path path = golden(file);
        const QString bad = expect_input_error([&] { read_split_csv(path); }, path, parts);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }

    // Issue 15, defect 8: `--split /dev/zero` read until memory ran out, a FIFO hung, and a
    // 1 MB line was echoed whole in the error.
    void splitCsvInputsAreBounded() {
        QTemporaryDir tmp;
        const fs::path dir = fs::path(tmp.path().toStdString());
        QString bad =
            expect_input_error([&] { read_split_csv("/dev/zero"); }, "/dev/zero", {"not a regular file"});
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
#ifndef _WIN32
        const fs::path fifo = dir / "split.csv";
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        bad = expect_input_error([&] { read_split_csv(fifo); }, fifo, {"not a regular file"});
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
#endif
        const fs::path big = dir / "big.csv";
        mipr::write_file_atomic(big, "id,split\n" + std::string(1 << 20, 'x') + "\n");
        try {
            read_split_csv(big);
            QFAIL("no exception");
        } catch (const mipr::InputError& e) {
            QVERIFY2(std::string(e.what()).size() < 400, e.what());
            QVERIFY2(std::string(e.what()).find("line 2") != std::string::npos, e.what());
        }
        const fs::path huge = dir / "huge.csv";
        {
            std::ofstream out(huge, std::ios::binary);
            out << "id,split\n";
            out.seekp(std::streamoff{65} << 20);  // sparse: 65 MiB on paper
            out << "\n";
        }
        bad = expect_input_error([&] { read_split_csv(huge); }, huge, {"limit"});
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }

    // Issue 15, defect 9: folders named *.png, FIFOs and symbolic links that lead nowhere were
    // skipped without a word.
    void unusableEntriesAreReported_data() {
        QTest::addColumn<QString>("layout");
        QTest::newRow("folders") << "folders";
        QTest::newRow("isic") << "isic";
    }
    void unusableEntriesAreReported() {
#ifndef _WIN32
        QFETCH(QString, layout);
        QTemporaryDir tmp;
        const fs::path root = fs::path(tmp.path().toStdString());
        const bool isic = layout == "isic";
        const fs::path dir = isic ? root : root / "images";
        fs::create_directories(dir);
        auto name = [&](int i) { return (isic ? "ISIC_000000" : "img") + std::to_string(i) + ".png"; };
        cv::Mat rgb(8, 8, CV_8UC3, cv::Scalar(10, 20, 30));
        write_rgb_png(dir / name(1), rgb);
        fs::create_directories(dir / name(2));                   // a folder named like an image
        QCOMPARE(::mkfifo((dir / name(3)).c_str(), 0600), 0);    // a FIFO
        fs::create_symlink(dir / "nowhere.png", dir / name(4));  // dangling
        fs::create_symlink(dir / name(5), dir / name(5));        // a loop
        const ScanResult r = scan_dataset(root, isic ? Layout::isic : Layout::folders);
        QCOMPARE(int(r.items.size()), 1);
        const QString warnings = joined(r.warnings);
        QVERIFY2(warnings.contains(QString::fromStdString(name(2))) && warnings.contains("is a folder"),
                 qPrintable(warnings));
        QVERIFY2(
            warnings.contains(QString::fromStdString(name(3))) && warnings.contains("not a regular file"),
            qPrintable(warnings));
        QVERIFY2(warnings.contains(QString::fromStdString(name(4))) && warnings.contains("leads nowhere"),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(QString::fromStdString(name(5))), qPrintable(warnings));
#endif
    }

    void realPh2IsFoundWhole() {
        if (!fs::is_directory(shared_ph2())) QSKIP("the shared PH2 copy is not present");
        const ScanResult r = scan_dataset(shared_ph2());
        QCOMPARE(r.layout, Layout::folders);
        QCOMPARE(int(r.items.size()), 150);
        QVERIFY2(r.warnings.empty(), qPrintable(joined(r.warnings)));
        for (const auto& item : r.items) {
            QVERIFY2(item.mask.has_value(), item.id.c_str());
            QCOMPARE(item.mask->filename().string(), item.id + "_segmentation.png");
            QCOMPARE(item.image.filename().string(), item.id + ".jpg");
        }
        QVERIFY(std::is_sorted(r.items.begin(), r.items.end(),
                               [](const ScanItem& a, const ScanItem& b) { return a.id < b.id; }));

        const auto splits = read_split_csv(shared_ph2() / "split.csv");
        std::map<Split, int> counts;
        std::set<std::string> scanned;
        for (const auto& item : r.items)
            scanned.insert(item.id);
        for (const auto& [id, split] : splits) {
            ++counts[split];
            QVERIFY2(scanned.contains(id), id.c_str());
        }
        QCOMPARE(counts[Split::labeled], 15);
        QCOMPARE(counts[Split::unlabeled], 100);
        QCOMPARE(counts[Split::test], 35);
    }

    // Every real pair decodes, and each mask is binary, non-empty and the size of its image.
    void realPh2PairsLoad() {
        if (!fs::is_directory(shared_ph2())) QSKIP("the shared PH2 copy is not present");
        const ScanResult r = scan_dataset(shared_ph2());
        for (const auto& item : r.items) {
            ImageInfo info;
            const cv::Mat rgb = load_image_rgb8(item.image, &info);
            QCOMPARE(rgb.type(), CV_8UC3);
            QCOMPARE(info.channels, 3);
            std::vector<std::string> warnings;
            const cv::Mat mask = load_mask(*item.mask, &warnings);
            check_mask_size(mask, *item.mask, rgb.cols, rgb.rows);
            QVERIFY2(warnings.empty(), qPrintable(joined(warnings)));
            QVERIFY2(cv::countNonZero(mask) > 0, item.id.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestDatasetScan)
#include "test_dataset_scan.moc"
