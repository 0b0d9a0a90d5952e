// Tests of the annotation export (export.h) on a small project built by hand (no training):
// accepted, edited, rejected and pending pairs over two iterations. The PNG masks are the
// project's masks pixel for pixel (the edited mask for an edited pair, the newest iteration for
// an image), rejected and pending pairs stay out, the COCO RLE decodes to the same masks, the CSV
// lists every pair with proper quoting, and re-importing the PNGs with the images (ISIC layout)
// gives a project with the same masks.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "mipr/common/atomic_file.h"
#include "mipr/common/error.h"
#include "mipr/data/image_io.h"
#include "mipr/pipeline/export.h"
#include "mipr/pipeline/import.h"
#include "mipr/project/project.h"

namespace fs = std::filesystem;
using mipr::Split;
using mipr::pipeline::decode_coco_rle;
using mipr::pipeline::encode_coco_rle;
using mipr::pipeline::export_annotations;
using mipr::pipeline::ExportOptions;
using mipr::project::MaskKind;
using mipr::project::NewPair;
using mipr::project::Project;
using nlohmann::json;

namespace {

constexpr const char* kOddReviewer = "Dr. \"House\", MD";

fs::path dir_of(const QTemporaryDir& t) {
    return fs::path(t.path().toStdString());
}

/// Every file below `dir`, relative and with '/' separators.
std::set<std::string> files_under(const fs::path& dir) {
    std::set<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (!e.is_directory()) out.insert(fs::relative(e.path(), dir).generic_string());
    return out;
}

/// No export staging or set-aside folder is left in `dir`.
bool no_staging_left(const fs::path& dir) {
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".mipr-export-") != std::string::npos) return false;
    return true;
}

bool same(const cv::Mat& a, const cv::Mat& b) {
    return a.size() == b.size() && a.type() == b.type() && cv::countNonZero(a != b) == 0;
}

/// A 0/255 mask of random blobs and specks (many runs, so that RLE has work to do).
cv::Mat random_mask(int width, int height, unsigned seed) {
    std::mt19937 rng(seed);
    cv::Mat m(height, width, CV_8UC1);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            m.at<std::uint8_t>(y, x) = (rng() % 3 == 0) ? 255 : 0;
    return m;
}

/// Splits a CSV text into rows of fields (RFC 4180 quoting; no quoted line breaks needed here).
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\n') {
            row.push_back(field);
            field.clear();
            rows.push_back(row);
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

/// Five ISIC-named images of different sizes, imported (unlabelled) into a project with two
/// iterations of pairs:
///   image 1: it1 accepted, it2 edited (reviewer's mask, first pixel set)  -> the edited mask
///   image 2: it1 accepted, it2 rejected                                    -> it1's t'
///   image 3: it1 accepted (by the filter, no decision), it2 accepted      -> it2's t'
///   image 4: it1 pending                                                   -> nothing
///   image 5: it1 rejected                                                  -> nothing
struct Fixture {
    QTemporaryDir tmp;
    fs::path source = dir_of(tmp) / "isic";
    fs::path out = dir_of(tmp) / "export";
    std::unique_ptr<Project> project;
    std::vector<std::string> names;
    std::vector<cv::Size> sizes = {{23, 17}, {16, 12}, {31, 9}, {12, 12}, {10, 10}};
    std::map<std::string, cv::Mat> expected;  // image name -> the mask the export must write
    std::map<std::string, std::int64_t> image_ids;
    std::int64_t pair_edited = 0, pair_rejected_it2 = 0, pair_accepted_it1_img2 = 0, pair_it2_img3 = 0;
    std::int64_t seg1 = 0, gen1 = 0, seg2 = 0, gen2 = 0;
    std::int64_t edited_decision = 0;

    Fixture() {
        fs::create_directories(source);
        for (int i = 0; i < 5; ++i) {
            const std::string name = "ISIC_000000" + std::to_string(i + 1);
            names.push_back(name);
            cv::Mat rgb(sizes[i], CV_8UC3);
            cv::randu(rgb, 0, 255);
            mipr::data::write_rgb_png(source / (name + ".png"), rgb);
        }
        project = std::make_unique<Project>(Project::create(dir_of(tmp) / "project"));
        Project& p = *project;
        mipr::pipeline::ImportOptions io;
        io.layout = mipr::data::Layout::isic;
        const auto imported = mipr::pipeline::import_dataset(p, source, io);
        QCOMPARE(imported.imported, 5);
        QCOMPARE(imported.unlabeled, 5);
        for (const auto& name : names)
            image_ids[name] = p.image_by_name(name)->id;

        seg1 = p.add_model("segmentation", "models/seg_v1.pt", "{}", "{}");
        gen1 = p.add_model("generator", "models/gen_v1.pt", "{}", "{}");
        seg2 = p.add_model("segmentation", "models/seg_v2.pt", "{}", "{}");
        gen2 = p.add_model("generator", "models/gen_v2.pt", "{}", "{}");
        const auto it1 = p.begin_iteration(1, "{}");
        const auto it2 = p.begin_iteration(2, "{}");

        unsigned seed = 1;
        auto pseudo = [&](int i, int iteration) {
            const std::string rel = "masks/" + names[i] + "_it" + std::to_string(iteration) + "_pseudo.png";
            const cv::Mat m = random_mask(sizes[i].width, sizes[i].height, seed++);
            mipr::data::write_mask_png(p.root() / rel, m);
            const auto id = p.add_mask(image_ids[names[i]], MaskKind::pseudo, rel,
                                       iteration == 1 ? seg1 : seg2, 0.9, "mipr");
            return std::pair{id, m};
        };
        auto add = [&](int i, int iteration, std::int64_t mask, const std::string& status) {
            NewPair n;
            n.iteration_id = iteration == 1 ? it1 : it2;
            n.image_id = image_ids[names[i]];
            n.label_mask_id = mask;
            n.seg_model_id = iteration == 1 ? seg1 : seg2;
            n.gen_model_id = iteration == 1 ? gen1 : gen2;
            n.consistency = 0.5 + 0.01 * i + 0.1 * iteration;
            n.confidence = 0.875;
            n.l1 = 0.1 / 3;  // not short in decimal: the CSV must still read back exactly
            n.ssim = 0.25;
            n.status = status;
            return p.add_pair(n);
        };

        // Image 1: accepted in iteration 1, edited in iteration 2.
        const auto [m1a, t1a] = pseudo(0, 1);
        p.decide(add(0, 1, m1a, "pending"), "accepted", "alice");
        const auto [m1b, t1b] = pseudo(0, 2);
        pair_edited = add(0, 2, m1b, "pending");
        cv::Mat edited = random_mask(sizes[0].width, sizes[0].height, 99);
        edited.at<std::uint8_t>(0, 0) = 255;
        mipr::data::write_mask_png(p.masks_dir() / "ISIC_0000001_edited.png", edited);
        const auto edited_id =
            p.add_mask(image_ids[names[0]], MaskKind::edited, "masks/ISIC_0000001_edited.png", std::nullopt,
                       std::nullopt, kOddReviewer);
        edited_decision = p.decide(pair_edited, "edited", kOddReviewer, edited_id);
        expected[names[0]] = edited;

        // Image 2: accepted in iteration 1, rejected in iteration 2.
        const auto [m2a, t2a] = pseudo(1, 1);
        pair_accepted_it1_img2 = add(1, 1, m2a, "pending");
        p.decide(pair_accepted_it1_img2, "accepted", "alice");
        const auto [m2b, t2b] = pseudo(1, 2);
        pair_rejected_it2 = add(1, 2, m2b, "pending");
        p.decide(pair_rejected_it2, "rejected", "alice");
        expected[names[1]] = t2a;

        // Image 3: accepted by the filter in iteration 1, by a batch decision in iteration 2.
        const auto [m3a, t3a] = pseudo(2, 1);
        add(2, 1, m3a, "accepted");
        const auto [m3b, t3b] = pseudo(2, 2);
        pair_it2_img3 = add(2, 2, m3b, "pending");
        p.decide_batch({pair_it2_img3}, "accepted", "bob");
        expected[names[2]] = t3b;

        // Image 4 pending, image 5 rejected.
        add(3, 1, pseudo(3, 1).first, "pending");
        p.decide(add(4, 1, pseudo(4, 1).first, "pending"), "rejected", "alice");
        p.finish_iteration(it1);
        p.finish_iteration(it2);
    }

    Project& p() { return *project; }
};

}  // namespace

class TestExport : public QObject {
    Q_OBJECT

private slots:
    void rleEdgeCases() {
        const cv::Mat empty(4, 5, CV_8UC1, cv::Scalar(0));
        QCOMPARE(encode_coco_rle(empty), std::vector<std::int64_t>({20}));
        const cv::Mat full(4, 5, CV_8UC1, cv::Scalar(255));
        QCOMPARE(encode_coco_rle(full), std::vector<std::int64_t>({0, 20}));
        cv::Mat first = empty.clone();
        first.at<std::uint8_t>(0, 0) = 255;
        QCOMPARE(encode_coco_rle(first), std::vector<std::int64_t>({0, 1, 19}));
        cv::Mat last = empty.clone();
        last.at<std::uint8_t>(3, 4) = 255;
        QCOMPARE(encode_coco_rle(last), std::vector<std::int64_t>({19, 1}));
        // Column-major: down the first column, then the next.
        //   255   0   0
        //   255 255   0     -> 1 1 0 1 0 0 -> runs 0 (background), 2, 1, 1, 2
        cv::Mat small = (cv::Mat_<std::uint8_t>(2, 3) << 255, 0, 0, 255, 255, 0);
        QCOMPARE(encode_coco_rle(small), std::vector<std::int64_t>({0, 2, 1, 1, 2}));
        // Any non-zero value is lesion; decoding gives 0/255.
        cv::Mat ones = (cv::Mat_<std::uint8_t>(1, 3) << 1, 0, 7);
        QCOMPARE(encode_coco_rle(ones), std::vector<std::int64_t>({0, 1, 1, 1}));

        for (const cv::Mat& m : {empty, full, first, last, small, random_mask(1, 1, 1), random_mask(37, 1, 2),
                                 random_mask(1, 29, 3), random_mask(64, 48, 4)}) {
            const auto counts = encode_coco_rle(m);
            const cv::Mat back = decode_coco_rle(counts, m.rows, m.cols);
            QVERIFY(same(back, m));
            std::int64_t sum = 0;
            for (const auto c : counts) {
                QVERIFY(c >= 0);
                sum += c;
            }
            QCOMPARE(sum, std::int64_t(m.total()));
            for (std::size_t i = 1; i < counts.size(); ++i)
                QVERIFY(counts[i] > 0);  // only the first run may be empty
        }
        QVERIFY(decode_coco_rle({0}, 0, 0).empty());
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, decode_coco_rle({19}, 4, 5));      // too short
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, decode_coco_rle({10, 11}, 4, 5));  // too long
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, decode_coco_rle({25, -5}, 4, 5));  // negative
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, decode_coco_rle({20}, -4, -5));
    }

    void exportsPngCocoAndCsv() {
        Fixture f;
        int reports = 0;
        const auto s = export_annotations(f.p(), f.out, {}, [&](const mipr::Progress& pr) {
            QCOMPARE(QString::fromStdString(pr.stage), QString("export"));
            ++reports;
        });
        QCOMPARE(s.annotations, 3);
        QCOMPARE(s.accepted, 2);
        QCOMPARE(s.edited, 1);
        QCOMPARE(s.csv_rows, 8);
        QCOMPARE(reports, 3);
        QCOMPARE(s.files.size(), std::size_t(5));
        for (const auto& file : s.files)
            QVERIFY2(fs::is_regular_file(file), file.c_str());

        // PNG: exactly the accepted and edited images, pixel for pixel, at the image's size.
        std::set<std::string> pngs;
        for (const auto& e : fs::directory_iterator(f.out / "masks"))
            pngs.insert(e.path().filename().string());
        QCOMPARE(pngs,
                 (std::set<std::string>{"ISIC_0000001_segmentation.png", "ISIC_0000002_segmentation.png",
                                        "ISIC_0000003_segmentation.png"}));
        for (const auto& [name, mask] : f.expected) {
            std::vector<std::string> warnings;
            const cv::Mat got =
                mipr::data::load_mask(f.out / "masks" / (name + "_segmentation.png"), &warnings);
            QVERIFY2(same(got, mask), name.c_str());
            QVERIFY(warnings.empty());  // written as 0/255
        }

        // COCO.
        const json coco = json::parse(mipr::read_file(f.out / "annotations.coco.json"));
        QVERIFY(coco.contains("info"));
        QCOMPARE(coco["categories"].size(), std::size_t(1));
        QCOMPARE(coco["categories"][0]["id"].get<int>(), 1);
        QCOMPARE(coco["categories"][0]["name"].get<std::string>(), std::string("lesion"));
        QCOMPARE(coco["images"].size(), std::size_t(3));
        QCOMPARE(coco["annotations"].size(), std::size_t(3));
        std::map<std::int64_t, json> images;
        for (const auto& im : coco["images"])
            images[im["id"].get<std::int64_t>()] = im;
        std::set<std::int64_t> ids;
        for (const auto& a : coco["annotations"]) {
            ids.insert(a["id"].get<std::int64_t>());
            const auto& im = images.at(a["image_id"].get<std::int64_t>());
            const std::string name = im["file_name"].get<std::string>().substr(0, 12);
            QCOMPARE(im["file_name"].get<std::string>(), name + ".png");
            const cv::Mat& mask = f.expected.at(name);
            QCOMPARE(im["width"].get<int>(), mask.cols);
            QCOMPARE(im["height"].get<int>(), mask.rows);
            QCOMPARE(a["image_id"].get<std::int64_t>(), f.image_ids.at(name));
            QCOMPARE(a["category_id"].get<int>(), 1);
            QCOMPARE(a["iscrowd"].get<int>(), 1);
            const auto& seg = a["segmentation"];
            QVERIFY(seg["size"] == json::array({mask.rows, mask.cols}));
            const cv::Mat decoded =
                decode_coco_rle(seg["counts"].get<std::vector<std::int64_t>>(), mask.rows, mask.cols);
            QVERIFY2(same(decoded, mask), name.c_str());
            QCOMPARE(a["area"].get<int>(), cv::countNonZero(mask));
            int x0 = mask.cols, y0 = mask.rows, x1 = -1, y1 = -1;
            for (int y = 0; y < mask.rows; ++y)
                for (int x = 0; x < mask.cols; ++x)
                    if (mask.at<std::uint8_t>(y, x)) {
                        x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x),
                        y1 = std::max(y1, y);
                    }
            QVERIFY(a["bbox"] == json::array({x0, y0, x1 - x0 + 1, y1 - y0 + 1}));

            const auto& m = a["mipr"];
            if (name == "ISIC_0000001") {
                QCOMPARE(m["status"].get<std::string>(), std::string("edited"));
                QCOMPARE(m["source"].get<std::string>(), std::string("edited"));
                QCOMPARE(m["pair_id"].get<std::int64_t>(), f.pair_edited);
                QCOMPARE(m["iteration"].get<int>(), 2);
                QCOMPARE(m["reviewer"].get<std::string>(), std::string(kOddReviewer));
                QCOMPARE(m["decided_at"].get<std::string>(),
                         f.p().decisions(f.pair_edited).back().decided_at);
            } else {
                QCOMPARE(m["status"].get<std::string>(), std::string("accepted"));
                QCOMPARE(m["source"].get<std::string>(), std::string("pseudo"));
                QCOMPARE(m["iteration"].get<int>(), name == "ISIC_0000002" ? 1 : 2);
                QCOMPARE(m["reviewer"].get<std::string>(),
                         std::string(name == "ISIC_0000002" ? "alice" : "bob"));
            }
            QVERIFY(QRegularExpression(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)")
                        .match(QString::fromStdString(m["decided_at"].get<std::string>()))
                        .hasMatch());
        }
        QCOMPARE(ids, (std::set<std::int64_t>{1, 2, 3}));

        // CSV: every pair, quoted where needed, numbers that read back exactly.
        const auto rows = parse_csv(mipr::read_file(f.out / "decisions.csv"));
        QCOMPARE(rows.size(), std::size_t(9));
        QCOMPARE(rows[0], (std::vector<std::string>{"pair_id", "iteration", "image", "status", "reviewer",
                                                    "decided_at", "seg_model_version", "gen_model_version",
                                                    "consistency", "confidence", "l1", "ssim", "mask_file"}));
        std::map<std::int64_t, std::vector<std::string>> by_pair;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), std::size_t(13));
            by_pair[std::stoll(rows[i][0])] = rows[i];
        }
        QCOMPARE(by_pair.size(), std::size_t(8));
        std::map<std::string, int> statuses;
        for (const auto& pair : f.p().pairs()) {
            const auto& row = by_pair.at(pair.id);
            QCOMPARE(row[1], std::to_string(pair.iteration_number));
            QCOMPARE(row[2], pair.image_name);
            QCOMPARE(row[3], pair.status);
            QCOMPARE(row[6], std::to_string(pair.iteration_number));  // v1 models in it1, v2 in it2
            QCOMPARE(row[7], std::to_string(pair.iteration_number));
            QCOMPARE(std::stod(row[8]), pair.consistency);
            QCOMPARE(std::stod(row[10]), pair.l1);
            ++statuses[pair.status];
        }
        QCOMPARE(statuses, (std::map<std::string, int>{
                               {"accepted", 4}, {"edited", 1}, {"pending", 1}, {"rejected", 2}}));
        const auto& edited_row = by_pair.at(f.pair_edited);
        QCOMPARE(edited_row[4], std::string(kOddReviewer));
        QCOMPARE(edited_row[12], std::string("masks/ISIC_0000001_segmentation.png"));
        QCOMPARE(by_pair.at(f.pair_rejected_it2)[12], std::string());
        QCOMPARE(by_pair.at(f.pair_accepted_it1_img2)[12],
                 std::string("masks/ISIC_0000002_segmentation.png"));
        QCOMPARE(by_pair.at(f.pair_it2_img3)[12], std::string("masks/ISIC_0000003_segmentation.png"));
        // The raw text quotes the reviewer's comma and doubles its quotes.
        QVERIFY(mipr::read_file(f.out / "decisions.csv").find("\"Dr. \"\"House\"\", MD\"") !=
                std::string::npos);
        // Pairs without a decision (image 3's filter acceptance, image 4) have no reviewer.
        int without = 0;
        for (const auto& [id, row] : by_pair)
            without += row[4].empty() && row[5].empty() ? 1 : 0;
        QCOMPARE(without, 2);
    }

    void reimportGivesTheSameMasks() {
        Fixture f;
        export_annotations(f.p(), f.out, ExportOptions{true, false, false});
        QVERIFY(!fs::exists(f.out / "annotations.coco.json"));
        QVERIFY(!fs::exists(f.out / "decisions.csv"));

        // An ISIC-layout folder: the original images plus the exported masks.
        const fs::path again = dir_of(f.tmp) / "again";
        fs::create_directories(again / "images");
        for (const auto& name : f.names)
            fs::copy_file(f.source / (name + ".png"), again / "images" / (name + ".png"));
        fs::copy(f.out / "masks", again / "masks");

        Project q = Project::create(dir_of(f.tmp) / "project2");
        mipr::pipeline::ImportOptions io;  // automatic layout: must find ISIC
        const auto summary = mipr::pipeline::import_dataset(q, again, io);
        QCOMPARE(summary.layout, mipr::data::Layout::isic);
        QCOMPARE(summary.imported, 5);
        QCOMPARE(summary.with_mask, 3);
        QVERIFY(summary.warnings.empty());
        for (const auto& name : f.names) {
            const auto image = q.image_by_name(name);
            QVERIFY(image);
            const auto doctor = q.latest_mask(image->id, MaskKind::doctor);
            const auto it = f.expected.find(name);
            if (it == f.expected.end()) {
                QVERIFY2(!doctor, name.c_str());
                QCOMPARE(image->split, Split::unlabeled);
                continue;
            }
            QVERIFY(doctor);
            QCOMPARE(image->split, Split::labeled);
            QVERIFY2(same(mipr::data::load_mask(doctor->path), it->second), name.c_str());
        }
    }

    void reexportFollowsUndoAndDropsStaleMasks() {
        Fixture f;
        export_annotations(f.p(), f.out);
        QVERIFY(fs::exists(f.out / "masks" / "ISIC_0000002_segmentation.png"));
        // Image 2's accepted pair goes back to pending, image 1's edit is undone (its pair pending):
        // image 1 falls back to iteration 1's accepted t', image 2 has nothing left.
        f.p().undo_decision(f.p().latest_decision(f.pair_accepted_it1_img2)->id);
        f.p().undo_decision(f.edited_decision);
        const auto s = export_annotations(f.p(), f.out);
        QCOMPARE(s.annotations, 2);
        QCOMPARE(s.edited, 0);
        QVERIFY(!fs::exists(f.out / "masks" / "ISIC_0000002_segmentation.png"));
        const auto first = f.p().pairs()[0];  // iteration 1, image 1
        QCOMPARE(first.image_name, std::string("ISIC_0000001"));
        QVERIFY(same(mipr::data::load_mask(f.out / "masks" / "ISIC_0000001_segmentation.png"),
                     mipr::data::load_mask(first.label_mask_path)));
        // Only what an export wrote: no file of the first export is left over.
        QCOMPARE(files_under(f.out),
                 (std::set<std::string>{"annotations.coco.json", "decisions.csv",
                                        "masks/ISIC_0000001_segmentation.png",
                                        "masks/ISIC_0000003_segmentation.png", "mipr-export.json"}));
    }

    // Issue 15, defect 1: `mipr export PROJECT DATASET_DIR` deleted the doctor masks of every
    // image without an accepted pair and overwrote the others with pseudo-labels.
    void exportIntoAFolderOfTheUsersIsRefusedAndChangesNothing() {
        Fixture f;
        const fs::path dataset = dir_of(f.tmp) / "dataset";
        fs::create_directories(dataset / "masks");
        mipr::write_file_atomic(dataset / "ISIC_0000001.png", std::string_view("image"));
        for (int i = 1; i <= 5; ++i)
            mipr::write_file_atomic(
                dataset / "masks" / ("ISIC_000000" + std::to_string(i) + "_segmentation.png"),
                "doctor " + std::to_string(i));
        const auto before = files_under(dataset);
        try {
            export_annotations(f.p(), dataset);
            QFAIL("exported into a folder of the user's");
        } catch (const mipr::InputError& e) {
            QCOMPARE(e.file(), dataset);
            QVERIFY2(std::string(e.what()).find("did not write") != std::string::npos, e.what());
        }
        QCOMPARE(files_under(dataset), before);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(mipr::read_file(dataset / "masks" /
                                     ("ISIC_000000" + std::to_string(i) + "_segmentation.png")),
                     "doctor " + std::to_string(i));
        QVERIFY(no_staging_left(dir_of(f.tmp)));

        // A single file of the user's in an earlier export's folder is enough to refuse it.
        export_annotations(f.p(), f.out);
        const auto exported = files_under(f.out);
        mipr::write_file_atomic(f.out / "masks" / "notes.txt", std::string_view("mine"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, export_annotations(f.p(), f.out));
        QCOMPARE(mipr::read_file(f.out / "masks" / "notes.txt"), std::string("mine"));
        auto with_notes = exported;
        with_notes.insert("masks/notes.txt");
        QCOMPARE(files_under(f.out), with_notes);
        // So is a manifest that names a file it did not write, and an empty folder is fine.
        fs::remove(f.out / "masks" / "notes.txt");
        mipr::write_file_atomic(f.out / "mipr-export.json", std::string_view(R"({"files": ["../dataset"]})"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, export_annotations(f.p(), f.out));
        QVERIFY(fs::exists(dataset / "masks" / "ISIC_0000001_segmentation.png"));
        const fs::path empty = dir_of(f.tmp) / "empty";
        fs::create_directories(empty);
        QCOMPARE(export_annotations(f.p(), empty).annotations, 3);
        QVERIFY(fs::exists(empty / "mipr-export.json"));
    }

    // Issue 15, defect 4: after a kill -9 during annotate, the export took the unfinished
    // iteration's provisional pairs as accepted.
    void pairsOfAnUnfinishedIterationAreNotExported() {
        Fixture f;
        const auto it3 = f.p().begin_iteration(3, "{}");  // interrupted: never finished
        const auto mask =
            f.p().add_mask(f.image_ids[f.names[3]], MaskKind::pseudo, "masks/ISIC_0000004_it1_pseudo.png");
        NewPair n;
        n.iteration_id = it3;
        n.image_id = f.image_ids[f.names[3]];
        n.label_mask_id = mask;
        n.status = "accepted";  // as the annotate step records a pair before its final ranking
        f.p().add_pair(n);
        const auto s = export_annotations(f.p(), f.out);
        QCOMPARE(s.annotations, 3);
        QCOMPARE(s.unfinished, 1);
        QVERIFY(!fs::exists(f.out / "masks" / "ISIC_0000004_segmentation.png"));
        QCOMPARE(s.csv_rows, 8);  // the fixture's pairs: not the unfinished iteration's
        f.p().finish_iteration(it3);
        QCOMPARE(export_annotations(f.p(), f.out).annotations, 4);
    }

    // Issue 15, defect 9: a failed export left the masks it had already written.
    void aFailedExportLeavesNothingAndKeepsTheEarlierOne() {
        Fixture f;
        const auto pair = f.p().pair(f.pair_it2_img3);
        const std::string saved = mipr::read_file(pair->label_mask_path);
        fs::remove(pair->label_mask_path);
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, export_annotations(f.p(), f.out));
        QVERIFY(!fs::exists(f.out));
        QVERIFY(no_staging_left(dir_of(f.tmp)));

        mipr::write_file_atomic(pair->label_mask_path, saved);
        export_annotations(f.p(), f.out);
        const auto exported = files_under(f.out);
        const std::string csv = mipr::read_file(f.out / "decisions.csv");
        fs::remove(pair->label_mask_path);
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, export_annotations(f.p(), f.out));
        QCOMPARE(files_under(f.out), exported);
        QCOMPARE(mipr::read_file(f.out / "decisions.csv"), csv);
        QVERIFY(no_staging_left(dir_of(f.tmp)));
    }

    // The studio's Cancel (issue 16): a stop at the second image, or before anything, leaves OUT as
    // it was, an earlier export included, and no staging folder.
    void aCancelledExportLeavesOutAsItWas() {
        Fixture f;
        std::stop_source stop;
        int reports = 0;
        QVERIFY_THROWS_EXCEPTION(mipr::Cancelled, export_annotations(
                                                      f.p(), f.out, {},
                                                      [&](const mipr::Progress&) {
                                                          if (++reports == 1) stop.request_stop();
                                                      },
                                                      stop.get_token()));
        QVERIFY(!fs::exists(f.out));
        QVERIFY(no_staging_left(dir_of(f.tmp)));
        export_annotations(f.p(), f.out);
        const auto exported = files_under(f.out);
        QVERIFY_THROWS_EXCEPTION(mipr::Cancelled, export_annotations(f.p(), f.out, {}, {}, stop.get_token()));
        QCOMPARE(files_under(f.out), exported);
        QVERIFY(no_staging_left(dir_of(f.tmp)));
    }

    void errorsNameTheFile() {
        Fixture f;
        // A missing mask file.
        const auto pair = f.p().pair(f.pair_it2_img3);
        fs::remove(pair->label_mask_path);
        try {
            export_annotations(f.p(), f.out);
            QFAIL("exported with a missing mask");
        } catch (const mipr::InputError& e) {
            QCOMPARE(e.file(), pair->label_mask_path);
        }
        // The CSV alone needs no mask file.
        QCOMPARE(export_annotations(f.p(), dir_of(f.tmp) / "csv", ExportOptions{false, false, true}).csv_rows,
                 8);

        // An output folder that is a file.
        const fs::path file = dir_of(f.tmp) / "a-file";
        mipr::write_file_atomic(file, std::string_view("x"));
        try {
            export_annotations(f.p(), file, ExportOptions{false, false, true});
            QFAIL("exported into a file");
        } catch (const mipr::InputError& e) {
            QCOMPARE(e.file(), file);
        }
        // The project's own folders are refused.
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, export_annotations(f.p(), f.p().root()));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, export_annotations(f.p(), f.p().masks_dir()));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, export_annotations(f.p(), f.p().generated_dir() / "x"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
