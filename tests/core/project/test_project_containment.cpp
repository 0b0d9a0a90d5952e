// Issue 15, defect 2: a project folder is something people share and download, so what its
// database says is untrusted input. File paths stored in it that leave the project (absolute,
// "../", through a symbolic link, or onto the database itself), image names that are not plain
// file names, and image paths that are not image files are refused where the records are read,
// with a message naming the database, and listed by check() instead of being followed.
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "mipr/common/error.h"
#include "mipr/project/project.h"
#include "project_test_support.h"
#include "sqlite_raw.h"

namespace fs = std::filesystem;
using mipr::project::MaskKind;
using mipr::project::NewImage;
using mipr::project::NewPair;
using mipr::project::Project;

namespace {

/// A project with one image, its doctor mask, a pseudo-label, a model and a pair, all inside.
struct Fixture {
    QTemporaryDir tmp;
    fs::path root = dir_of(tmp) / "project";
    fs::path outside = dir_of(tmp) / "outside.png";
    fs::path image = dir_of(tmp) / "IMD001.png";

    Fixture() {
        touch(outside, "the user's file");
        touch(image);
        Project p = Project::create(root);
        const auto id = p.add_image({"IMD001", image, "", 4, 4, mipr::Split::unlabeled});
        touch(root / "masks" / "IMD001.png");
        p.add_mask(id, MaskKind::doctor, "masks/IMD001.png");
        touch(root / "masks" / "IMD001_pseudo.png");
        const auto mask = p.add_mask(id, MaskKind::pseudo, "masks/IMD001_pseudo.png");
        touch(root / "models" / "seg_v1.pt");
        p.add_model("segmentation", "models/seg_v1.pt", "{}", "{}");
        touch(root / "generated" / "IMD001.png");
        const auto it = p.begin_iteration(1, "{}");
        NewPair n;
        n.iteration_id = it;
        n.image_id = id;
        n.label_mask_id = mask;
        n.generated_relative_path = "generated/IMD001.png";
        p.add_pair(n);
        QVERIFY(p.check().empty());
    }
    fs::path db() const { return root / Project::kDatabaseName; }
};

/// Runs `read`; it must throw an InputError that names the database.
void refused(const Fixture& f, const std::function<void(Project&)>& read) {
    Project p = Project::open(f.root);
    try {
        read(p);
        QFAIL("a record pointing outside the project was followed");
    } catch (const mipr::InputError& e) {
        QCOMPARE(e.file(), f.db());
        QVERIFY2(std::string(e.what()).find("mipr check") != std::string::npos, e.what());
    }
}

bool listed(const std::vector<std::string>& problems, const std::string& needle) {
    for (const auto& line : problems)
        if (line.find(needle) != std::string::npos) return true;
    return false;
}

QString joined(const std::vector<std::string>& lines) {
    QString s;
    for (const auto& l : lines)
        s += QString::fromStdString(l) + "\n";
    return s;
}

}  // namespace

class TestProjectContainment : public QObject {
    Q_OBJECT
private slots:
    void storedFilePathsMustStayInside_data() {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("why");
        QTest::newRow("mask, absolute") << "masks" << "/etc/passwd" << "absolute";
        QTest::newRow("mask, ../") << "masks" << "masks/../../outside.png" << "leads out";
        QTest::newRow("mask, the database") << "masks" << "project.mipr" << "not in";
        QTest::newRow("model, absolute") << "models" << "/etc/passwd" << "absolute";
        QTest::newRow("model, ../") << "models" << "../outside.png" << "leads out";
        QTest::newRow("generated, ../") << "pairs" << "generated/../../outside.png" << "leads out";
    }
    void storedFilePathsMustStayInside() {
        QFETCH(QString, table);
        QFETCH(QString, stored);
        QFETCH(QString, why);
        Fixture f;
        const std::string column = table == "pairs" ? "generated_path" : "path";
        exec_raw(f.db(),
                 "UPDATE " + table.toStdString() + " SET " + column + " = '" + stored.toStdString() + "'");
        if (table == "masks") {
            refused(f, [](Project& p) { p.masks(p.image_by_name("IMD001")->id); });
            refused(f, [](Project& p) { p.pairs(); });
        } else if (table == "models") {
            refused(f, [](Project& p) { p.models(); });
            refused(f, [](Project& p) { p.latest_model("segmentation"); });
        } else {
            refused(f, [](Project& p) { p.pairs(); });
        }
        const auto problems = Project::open(f.root).check();
        QVERIFY2(listed(problems, stored.toStdString()) && listed(problems, why.toStdString()),
                 qPrintable(joined(problems)));
        QCOMPARE(std::string(std::istreambuf_iterator<char>(std::ifstream(f.outside).rdbuf()), {}),
                 std::string("the user's file"));
    }

    void aSymbolicLinkOutOfTheProjectIsRefused() {
        Fixture f;
        fs::remove(f.root / "masks" / "IMD001.png");
        fs::create_symlink(f.outside, f.root / "masks" / "IMD001.png");
        refused(f, [](Project& p) { p.masks(p.image_by_name("IMD001")->id); });
        const auto problems = Project::open(f.root).check();
        QVERIFY2(listed(problems, "symbolic link"), qPrintable(joined(problems)));
    }

    void imageRecordsAreChecked_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("stored");
        QTest::newRow("name with ../") << "name" << "../../outside";
        QTest::newRow("name with a slash") << "name" << "a/b";
        QTest::newRow("name ..") << "name" << "..";
        QTest::newRow("path not an image") << "path" << "/etc/passwd";
        QTest::newRow("path relative") << "path" << "IMD001.png";
    }
    void imageRecordsAreChecked() {
        QFETCH(QString, column);
        QFETCH(QString, stored);
        Fixture f;
        exec_raw(f.db(), "UPDATE images SET " + column.toStdString() + " = '" + stored.toStdString() + "'");
        refused(f, [](Project& p) { p.images(); });
        const auto problems = Project::open(f.root).check();
        QVERIFY2(listed(problems, stored.toStdString()), qPrintable(joined(problems)));
    }

    void newRecordsAreCheckedToo() {
        Fixture f;
        Project p = Project::open(f.root);
        QVERIFY_THROWS_EXCEPTION(mipr::InputError,
                                 p.add_image({"../x", f.image, "", 1, 1, mipr::Split::unlabeled}));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError,
                                 p.add_image({"x", "/etc/passwd", "", 1, 1, mipr::Split::unlabeled}));
        const auto id = p.image_by_name("IMD001")->id;
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_mask(id, MaskKind::doctor, "../outside.png"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_mask(id, MaskKind::doctor, "project.mipr"));
        QVERIFY_THROWS_EXCEPTION(mipr::InputError, p.add_model("segmentation", "/tmp/x.pt", "{}", "{}"));
        QVERIFY(p.check().empty());
    }
};

QTEST_GUILESS_MAIN(TestProjectContainment)
#include "test_project_containment.moc"
