// Runs the `mipr` executable like a user: demo-data → import → train-seg → predict → eval →
// info → check, run → export, and the error paths (missing folder, corrupt file, bad device, bad
// options): exit codes, messages naming the file, and what ends up in the project.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include "cli_test_support.h"

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpListsCommands() {
        const auto r = run_mipr({"--help"});
        QCOMPARE(r.code, 0);
        for (const char* cmd : {"init", "import", "info", "demo-data", "train-seg", "predict", "eval", "run",
                                "review", "export", "check"}) {
            QVERIFY2(r.out.contains(cmd), cmd);
        }
        const auto bad = run_mipr({"no-such-command"});
        QCOMPARE(bad.code, 2);
    }

    void endToEndOnDemoData() {
        QTemporaryDir tmp;
        const QString demo = tmp.filePath("demo");
        const QString proj = tmp.filePath("project");

        auto r =
            run_mipr({"demo-data", demo, "--count", "24", "--width", "96", "--height", "80", "--seed", "3"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(QFile::exists(demo + "/split.csv"));

        r = run_mipr({"init", proj});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(QFile::exists(proj + "/project.mipr"));

        r = run_mipr({"import", proj, demo, "--split", demo + "/split.csv"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("24"), qPrintable(r.out));

        // Import again: nothing is duplicated.
        r = run_mipr({"import", proj, demo, "--split", demo + "/split.csv", "-q"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run_mipr({"info", proj});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QRegularExpression counts(R"((\d+) labelled, (\d+) unlabelled, (\d+) test \((\d+) in all\))");
        const auto m = counts.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        QCOMPARE(m.captured(4).toInt(), 24);
        QVERIFY(m.captured(1).toInt() >= 1);
        QVERIFY(m.captured(2).toInt() >= 1);
        QVERIFY(m.captured(3).toInt() >= 1);

        r = run_mipr({"train-seg", proj, "--size", "64", "--width", "8", "--depth", "3", "--epochs", "12",
                      "--seed", "1", "--device", "cpu"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("trained segmentation model v1"), qPrintable(r.out));
        QVERIFY(QFile::exists(proj + "/models/seg_v1.pt"));
        // Not a terminal: progress comes as plain lines with the epoch and the loss.
        QVERIFY2(r.err.contains("epoch") && r.err.contains("loss"), qPrintable(r.err));

        r = run_mipr({"predict", proj, "--device", "cpu"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const int unlabelled = m.captured(2).toInt();
        QVERIFY2(r.out.contains(QString("pseudo-labelled %1 images").arg(unlabelled)), qPrintable(r.out));
        QCOMPARE(QDir(proj + "/masks").entryList({"*_pseudo_*.png"}, QDir::Files).size(), unlabelled);

        r = run_mipr({"eval", proj, "--device", "cpu", "--csv", tmp.filePath("scores.csv")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QRegularExpression dsc(R"(DSC (\d+\.\d+) ± (\d+\.\d+)  ACC (\d+\.\d+) ± (\d+\.\d+))");
        const auto d = dsc.match(r.out);
        QVERIFY2(d.hasMatch(), qPrintable(r.out));
        QVERIFY(d.captured(1).toDouble() >= 0 && d.captured(1).toDouble() <= 100);
        QVERIFY(d.captured(3).toDouble() > 50);  // accuracy of even a weak model beats a coin
        QFile csv(tmp.filePath("scores.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString(csv.readLine()).trimmed(), QString("image,dice,accuracy"));

        r = run_mipr({"info", proj});
        QVERIFY2(r.out.contains("segmentation v1") && r.out.contains("test DSC"), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString("%1 with a pseudo-label").arg(unlabelled)), qPrintable(r.out));

        r = run_mipr({"check", proj});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        // A deleted mask file is found by check, with its name.
        const auto masks = QDir(proj + "/masks").entryList({"*_pseudo_*.png"}, QDir::Files);
        QVERIFY(QFile::remove(proj + "/masks/" + masks.first()));
        r = run_mipr({"check", proj});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(masks.first()), qPrintable(describe(r)));
    }

    void experimentWithAttentionUNet() {
        QTemporaryDir tmp;
        const QString demo = tmp.filePath("demo");
        const QString proj = tmp.filePath("project");
        auto r =
            run_mipr({"demo-data", demo, "--count", "16", "--width", "64", "--height", "64", "--seed", "5"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(run_mipr({"init", proj}).code == 0);
        QVERIFY(run_mipr({"import", proj, demo, "--split", demo + "/split.csv", "-q"}).code == 0);
        r = run_mipr({"experiment", proj, "--arch", "transformer"});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("transformer"), qPrintable(describe(r)));
        r = run_mipr({"experiment", proj, "--preset", "smoke", "--arch", "attention-unet", "--seeds", "2",
                      "--single-loop", "--eval-min-epochs", "2", "--iterations", "1", "--no-self-training",
                      "--device", "cpu", "-q"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // --single-loop: both seeds use the project's loop; no copy of the project was made.
        QVERIFY(!QFileInfo::exists(proj + "/reports/experiment-loops"));
        // Every row of the table names the architecture that was trained.
        const auto rows = r.out.split('\n').filter("(ours");
        QVERIFY2(rows.size() >= 3, qPrintable(r.out));
        for (const auto& row : rows)
            QVERIFY2(row.startsWith("| Att-U-Net (ours"), qPrintable(row));
    }

    void exportWritesTheReviewedAnnotations() {
        QTemporaryDir tmp;
        const QString demo = tmp.filePath("demo");
        const QString proj = tmp.filePath("project");
        auto r = make_demo_project(demo, proj);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        // Nothing reviewed yet: the export is empty, but complete.
        const QString empty = tmp.filePath("empty");
        r = run_mipr({"export", proj, empty, "-q"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("exported 0 annotations (0 accepted, 0 edited)"), qPrintable(r.out));
        QVERIFY(QFile::exists(empty + "/annotations.coco.json"));
        QVERIFY(QFile::exists(empty + "/decisions.csv"));
        QVERIFY(QDir(empty + "/masks").entryList(QDir::Files).isEmpty());

        // One short iteration whose filter accepts every pair.
        const QStringList settings{"--min-consistency", "0", "--keep-fraction", "1", "--annotate-batch", "3"};
        r = run_mipr(QStringList{"run", proj, "--iterations", "1", "--size", "32", "--seg-epochs", "2",
                                 "--gan-epochs", "1", "--device", "cpu", "--seed", "1", "-q"} +
                     settings);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        const QString out = tmp.filePath("out");
        r = run_mipr({"export", proj, out});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QRegularExpression line(R"(exported (\d+) annotations \((\d+) accepted, (\d+) edited\) to )");
        const auto m = line.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const int n = m.captured(1).toInt();
        QVERIFY2(n > 0, qPrintable(r.out));
        QCOMPARE(m.captured(2).toInt(), n);
        QCOMPARE(m.captured(3).toInt(), 0);
        const auto pngs = QDir(out + "/masks").entryList({"*_segmentation.png"}, QDir::Files);
        QCOMPARE(pngs.size(), n);

        QFile coco(out + "/annotations.coco.json");
        QVERIFY(coco.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(coco.readAll()).object();
        QCOMPARE(doc["images"].toArray().size(), n);
        QCOMPARE(doc["categories"].toArray()[0].toObject()["name"].toString(), QString("lesion"));
        const QJsonArray annotations = doc["annotations"].toArray();
        QCOMPARE(annotations.size(), n);
        for (const auto& v : annotations) {
            const QJsonObject a = v.toObject();
            const QJsonObject seg = a["segmentation"].toObject();
            const QJsonArray size = seg["size"].toArray();
            qint64 covered = 0;
            for (const auto& c : seg["counts"].toArray())
                covered += c.toInteger();
            QCOMPARE(covered, qint64(size[0].toInt()) * size[1].toInt());
            QCOMPARE(a["iscrowd"].toInt(), 1);
            QCOMPARE(a["mipr"].toObject()["source"].toString(), QString("pseudo"));
            QCOMPARE(a["mipr"].toObject()["status"].toString(), QString("accepted"));
        }

        QFile csv(out + "/decisions.csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString(csv.readLine()).trimmed(),
                 QString("pair_id,iteration,image,status,reviewer,decided_at,seg_model_version,"
                         "gen_model_version,consistency,confidence,l1,ssim,mask_file"));
        int rows = 0;
        while (!csv.atEnd())
            rows += QString(csv.readLine()).trimmed().isEmpty() ? 0 : 1;
        QCOMPARE(rows, n);  // every pair was accepted
        QVERIFY2(r.out.contains(QString("decisions.csv (%1 pairs)").arg(rows)), qPrintable(r.out));

        // One format alone.
        const QString only = tmp.filePath("only-csv");
        r = run_mipr({"export", proj, only, "--format", "csv", "-q"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(QFile::exists(only + "/decisions.csv"));
        QVERIFY(!QFile::exists(only + "/annotations.coco.json"));
        QVERIFY(!QDir(only + "/masks").exists());

        // Issue 15, defect 1: into the data set it was imported from, the export deleted the
        // doctor masks of images without an accepted pair and overwrote the others.
        QMap<QString, QByteArray> doctor;
        QDirIterator files(demo, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString f = files.next();
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            doctor[f] = file.readAll();
        }
        QVERIFY(doctor.size() >= 20);
        r = run_mipr({"export", proj, demo});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("did not write") && r.err.contains(demo), qPrintable(describe(r)));
        QMap<QString, QByteArray> after;
        QDirIterator again(demo, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (again.hasNext()) {
            const QString f = again.next();
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            after[f] = file.readAll();
        }
        QCOMPARE(after, doctor);

        // Refusals.
        r = run_mipr({"export", proj, only, "--format", "tiff"});
        QCOMPARE(r.code, 2);
        r = run_mipr({"export", tmp.filePath("nowhere"), only});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nowhere"), qPrintable(describe(r)));
        r = run_mipr({"export", proj, proj + "/masks"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("project folder"), qPrintable(describe(r)));
    }

    void errorsNameTheProblem() {
        QTemporaryDir tmp;
        const QString proj = tmp.filePath("p");
        QCOMPARE(run_mipr({"init", proj}).code, 0);

        auto r = run_mipr({"info", tmp.filePath("nowhere")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nowhere"), qPrintable(describe(r)));

        r = run_mipr({"import", proj, tmp.filePath("missing-folder")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("missing-folder"), qPrintable(describe(r)));

        // A folder whose only image is corrupt: the error names the file, the project stays empty.
        QDir().mkpath(tmp.filePath("bad/images"));
        QFile f(tmp.filePath("bad/images/broken.png"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a PNG");
        f.close();
        r = run_mipr({"import", proj, tmp.filePath("bad"), "--layout", "folders"});
        QCOMPARE(r.code, 1);
        QVERIFY2((r.out + r.err).contains("broken.png"), qPrintable(describe(r)));
        r = run_mipr({"info", proj});
        QVERIFY2(r.out.contains("(0 in all)"), qPrintable(r.out));

        r = run_mipr({"train-seg", proj, "--device", "cpu"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("labelled"), qPrintable(describe(r)));

        r = run_mipr({"train-seg", proj, "--device", "tpu"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("tpu"), qPrintable(describe(r)));

        r = run_mipr({"predict", proj, "--device", "cpu"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("train-seg"), qPrintable(describe(r)));

        r = run_mipr({"train-seg", proj, "--epochs", "0"});
        QCOMPARE(r.code, 2);

        r = run_mipr({"train-seg", proj, "--config", tmp.filePath("none.json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("none.json"), qPrintable(describe(r)));
    }

    // Issue 15, defect 8: out-of-range and non-finite options were accepted or ended in a
    // 40-line LibTorch stack trace; a --config type error named neither file nor key.
    void badOptionsGetAShortMessage_data() {
        QTest::addColumn<QStringList>("args");  // "P" stands for the project
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        QTest::newRow("size 20000") << QStringList{"train-seg", "P", "--size", "20000"} << 2 << "--size";
        QTest::newRow("lr nan") << QStringList{"train-seg", "P", "--lr", "nan"} << 2 << "--lr";
        QTest::newRow("lr -1") << QStringList{"train-seg", "P", "--lr", "-1"} << 2 << "--lr";
        QTest::newRow("threshold nan")
            << QStringList{"predict", "P", "--threshold", "nan"} << 2 << "--threshold";
        QTest::newRow("threshold 2") << QStringList{"predict", "P", "--threshold", "2"} << 2 << "--threshold";
        QTest::newRow("threshold -1") << QStringList{"eval", "P", "--threshold", "-1"} << 2 << "--threshold";
        QTest::newRow("min-area -1") << QStringList{"predict", "P", "--min-area", "-1"} << 2 << "--min-area";
        QTest::newRow("threads -1") << QStringList{"predict", "P", "--threads", "-1"} << 2 << "--threads";
        QTest::newRow("threads 100000")
            << QStringList{"train-seg", "P", "--threads", "100000"} << 2 << "--threads";
        QTest::newRow("keep-fraction nan")
            << QStringList{"run", "P", "--keep-fraction", "nan"} << 2 << "--keep-fraction";
        QTest::newRow("min-consistency 1.5")
            << QStringList{"run", "P", "--min-consistency", "1.5"} << 2 << "--min-consistency";
        QTest::newRow("run size 20000") << QStringList{"run", "P", "--size", "20000"} << 2 << "--size";
        QTest::newRow("config type") << QStringList{"train-seg", "P", "--config", "C:{\"epochs\": \"ten\"}"}
                                     << 1 << "seg.epochs: expected a whole number";
        QTest::newRow("config lr") << QStringList{"train-seg", "P", "--config", "C:{\"learning_rate\": -1}"}
                                   << 1 << "seg.learning_rate";
        QTest::newRow("config size") << QStringList{"train-seg", "P", "--config", "C:{\"input_size\": 20000}"}
                                     << 1 << "seg.input_size";
    }
    void badOptionsGetAShortMessage() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, needle);
        QTemporaryDir tmp;
        const QString proj = tmp.filePath("p");
        QCOMPARE(
            run_mipr({"demo-data", tmp.filePath("demo"), "--count", "6", "--width", "32", "--height", "32"})
                .code,
            0);
        QCOMPARE(run_mipr({"import", proj, tmp.filePath("demo"), "--create", "-q"}).code, 0);
        QString config;
        for (auto& a : args) {
            if (a == "P") a = proj;
            if (a.startsWith("C:")) {
                config = tmp.filePath("settings.json");
                QFile f(config);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(a.mid(2).toUtf8());
                a = config;
            }
        }
        const auto r = run_mipr(args, 60000);
        QVERIFY2(r.code == code, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(needle), qPrintable(describe(r)));
        if (!config.isEmpty()) QVERIFY2(r.err.contains("settings.json"), qPrintable(describe(r)));
        QVERIFY2(!r.err.contains("Exception raised from") && r.err.size() < 600, qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
