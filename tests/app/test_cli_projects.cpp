// `mipr` on a project shared with others: review decisions from a terminal, a project this user
// may not write, and one writer at a time (issue 15).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include "cli_test_support.h"
#include "mipr/project/project_lock.h"

class TestCliProjects : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // `mipr review`: the studio's decisions from a terminal. Each decision is committed and printed
    // on its own; one the pair already carries is not recorded again (a rerun completes an
    // interrupted command); decisions need no writer lock, so a reviewer can go on while a run of
    // the same project holds it.
    void reviewFromTheCommandLine() {
        QTemporaryDir tmp;
        const QString demo = tmp.filePath("demo");
        const QString proj = tmp.filePath("project");
        auto r = make_project_with_pairs(demo, proj);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        r = run_mipr({"review", proj, "--list"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QRegularExpression row(R"(^(\d+)\s+1\s+(\S+)\s+(pending|held|accepted)\s)",
                                     QRegularExpression::MultilineOption);
        QList<QPair<QString, QString>> pairs;  // id, image
        for (auto it = row.globalMatch(r.out); it.hasNext();) {
            const auto m = it.next();
            pairs.append({m.captured(1), m.captured(2)});
        }
        QVERIFY2(pairs.size() >= 3, qPrintable(r.out));

        r = run_mipr(
            {"review", proj, "--accept", pairs[0].first, "--reject", pairs[1].first, "--reviewer", "dr. b"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QString("pair %1 (%2, iteration 1): accepted, decision ")
                                    .arg(pairs[0].first, pairs[0].second)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QString("pair %1 (%2, iteration 1): rejected, decision ")
                                    .arg(pairs[1].first, pairs[1].second)),
                 qPrintable(r.out));
        const QString rejectDecision =
            QRegularExpression(R"(rejected, decision (\d+))").match(r.out).captured(1);
        r = run_mipr({"review", proj, "--accept", pairs[0].first});
        QVERIFY2(r.code == 0 && r.out.contains("already accepted") && r.out.contains("nothing recorded"),
                 qPrintable(describe(r)));

        // An edit: the doctor's mask of the image replaces the pseudo-label, saved in the project.
        const QString doctorMask = demo + "/masks/" + pairs[2].second + "_segmentation.png";
        QVERIFY(QFile::exists(doctorMask));
        // An edit killed between its PNG and its record leaves the PNG behind; the edit made again
        // writes the same name, so nothing stays that no record refers to (found by the kill -9
        // harness: edits were named by the time, and the leftover stayed for good).
        const QString leftover = proj + "/masks/" + pairs[2].second + "_it1_edited_v1.png";
        QVERIFY(QFile::copy(doctorMask, leftover));
        // And one killed while writing its PNG leaves a temporary, which the next edit removes.
        QVERIFY(QFile::copy(doctorMask,
                            proj + "/masks/." + pairs[2].second + "_it1_edited_v1.png.tmp-99999-0-1"));
        r = run_mipr({"info", proj});
        QVERIFY2(r.out.contains("no record refers to"), qPrintable(describe(r)));
        {
            // Decisions need no writer lock: a run holding it does not stop a reviewer.
            const auto held = mipr::project::ProjectLock::acquire(proj.toStdString(), "the test");
            r = run_mipr(
                {"review", proj, "--edit", pairs[2].first + "=" + doctorMask, "--reviewer", "dr. b"});
        }
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const auto saved = QRegularExpression(R"(edited \((masks/\S+_it1_edited_v1\.png)\))").match(r.out);
        QVERIFY2(saved.hasMatch(), qPrintable(r.out));
        QFile savedFile(proj + "/" + saved.captured(1));
        QFile doctorFile(doctorMask);
        QVERIFY(savedFile.exists());
        r = run_mipr({"review", proj, "--edit", pairs[2].first + "=" + doctorMask});
        QVERIFY2(r.code == 0 && r.out.contains("already edited with this mask"), qPrintable(describe(r)));
        r = run_mipr({"info", proj});
        QVERIFY2(!r.out.contains("no record refers to") && !r.out.contains("temporary file"),
                 qPrintable(describe(r)));

        // Refusals name the problem; nothing is recorded.
        const QString other = tmp.filePath("other");
        QCOMPARE(run_mipr({"demo-data", other, "--count", "1", "--width", "20", "--height", "16"}).code, 0);
        const QString wrongSize = QDir(other + "/masks").entryInfoList(QDir::Files).first().filePath();
        const QList<QPair<QStringList, QStringList>> refusals{
            {{"--edit", pairs[3 % pairs.size()].first + "=" + wrongSize}, {wrongSize, "20x16"}},
            {{"--edit", pairs[0].first + "=" + tmp.filePath("missing.png")}, {"missing.png"}},
            {{"--accept", "99999"}, {"no pair with id 99999"}},
            {{"--edit", "twelve"}, {"expected PAIR=MASK_FILE"}},
            {{}, {"nothing to do"}}};
        for (const auto& [args, expected] : refusals) {
            r = run_mipr(QStringList{"review", proj} + args);
            QVERIFY2(r.code == 1, qPrintable(args.join(' ') + "\n" + describe(r)));
            for (const QString& text : expected)
                QVERIFY2(r.err.contains(text), qPrintable(args.join(' ') + "\n" + describe(r)));
        }

        // Undo gives the pair back its status; the decision stays, marked undone.
        r = run_mipr({"review", proj, "--undo", rejectDecision, "--decisions"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QString("decision %1 undone").arg(rejectDecision)), qPrintable(r.out));
        QVERIFY2(QRegularExpression(QString(R"(^%1\s+%2\s+\S+\s+rejected\s+dr\. b\s+\S+\s+undone )")
                                        .arg(rejectDecision, pairs[1].first),
                                    QRegularExpression::MultilineOption)
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
        QCOMPARE(run_mipr({"review", proj, "--decisions"})
                     .out.count(QRegularExpression("^\\d+ ", QRegularExpression::MultilineOption)),
                 3);

        r = run_mipr({"check", proj});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run_mipr({"export", proj, tmp.filePath("out"), "-q"});
        QVERIFY2(r.code == 0 && r.out.contains(" edited)") && !r.out.contains(" 0 edited)"),
                 qPrintable(describe(r)));
    }

    // Issue 15, defect 7 (last part): a read-only project was reported as "damaged" and even
    // info, check and export failed. Readers work; writers are refused with a message that says
    // the project is read-only. As root (who may write anything), the commands run as `nobody`.
    void readOnlyProjectServesReaders() {
        QTemporaryDir tmp;
        QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                              QFile::ExeOther);
        const QString demo = tmp.filePath("demo");
        const QString proj = tmp.filePath("project");
        auto r = make_project_with_pairs(demo, proj);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString out = tmp.filePath("exports");
        QVERIFY(QDir().mkpath(out));
        QFile::setPermissions(out, QFileDevice::Permissions(0x7777));
        // The binary where `nobody` can run it (a build folder under /root is out of its reach).
        const QString binary = tmp.filePath("mipr");
        QVERIFY(QFile::copy(QStringLiteral(MIPR_CLI), binary));
        QVERIFY(QProcess::execute("chmod", {"-R", "a-w", proj}) == 0);
        auto as_reader = [&](const QStringList& args) {
            if (!running_as_root()) return run_program(binary, args, 120000);
            return run_program("setpriv",
                               QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", binary} + args,
                               120000);
        };
        QCryptographicHash before(QCryptographicHash::Sha256);
        {
            QFile db(proj + "/project.mipr");
            QVERIFY(db.open(QIODevice::ReadOnly));
            before.addData(db.readAll());
        }
        for (const QStringList& reader :
             {QStringList{"info", proj}, QStringList{"check", proj}, QStringList{"review", proj, "--list"},
              QStringList{"review", proj, "--decisions"}, QStringList{"export", proj, out + "/e", "-q"}}) {
            r = as_reader(reader);
            QVERIFY2(r.code == 0, qPrintable(reader.join(' ') + "\n" + describe(r)));
            QVERIFY2(!r.err.contains("damaged"), qPrintable(describe(r)));
        }
        QVERIFY(QFile::exists(out + "/e/decisions.csv"));
        for (const QStringList& writer :
             {QStringList{"train-seg", proj, "--epochs", "1", "--size", "32", "-q"},
              QStringList{"review", proj, "--reject", "1"}}) {
            r = as_reader(writer);
            QVERIFY2(r.code == 1, qPrintable(writer.join(' ') + "\n" + describe(r)));
            QVERIFY2(r.err.contains("read-only") && r.err.contains(proj) &&
                         r.err.contains("info, check, export, review --list"),
                     qPrintable(writer.join(' ') + "\n" + describe(r)));
        }
        QCryptographicHash after(QCryptographicHash::Sha256);
        {
            QFile db(proj + "/project.mipr");
            QVERIFY(db.open(QIODevice::ReadOnly));
            after.addData(db.readAll());
        }
        QCOMPARE(after.result(), before.result());
        QVERIFY(QProcess::execute("chmod", {"-R", "u+w", proj}) == 0);  // so QTemporaryDir can remove it
    }

    // Issue 15, defect 3: two `mipr run` on one project both succeeded and mixed their work.
    // One writer at a time: the second is refused with the holder named; readers still work; a
    // writer killed with -9 leaves no stale lock behind.
    void oneWriterPerProject() {
        QTemporaryDir tmp;
        const QString demo = tmp.filePath("demo");
        const QString proj = tmp.filePath("project");
        auto r = make_demo_project(demo, proj);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        {
            const auto held = mipr::project::ProjectLock::acquire(proj.toStdString(), "the test");
            r = run_mipr({"train-seg", proj, "--epochs", "1", "--size", "32", "-q"});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("another program is changing this project") &&
                         r.err.contains("the test (process"),
                     qPrintable(describe(r)));
            r = run_mipr({"info", proj});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        const QStringList run{
            "run", proj,           "--iterations", "1",        "--size", "32",        "--seg-epochs",
            "200", "--gan-epochs", "50",           "--device", "cpu",    "--threads", "1",
            "-q"};
        QProcess first;
        first.start(QStringLiteral(MIPR_CLI), run);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            QString::fromStdString(mipr::project::ProjectLock::holder_of(proj.toStdString()))
                .startsWith("mipr run"),
            20000);
        r = run_mipr(run);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("mipr run (process"), qPrintable(describe(r)));
        first.kill();  // SIGKILL: the operating system releases the lock
        QVERIFY(first.waitForFinished());
        r = run_mipr({"train-seg", proj, "--epochs", "1", "--size", "32", "-q"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliProjects)
#include "test_cli_projects.moc"
