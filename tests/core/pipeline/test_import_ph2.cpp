// Import of the real PH² set (../shared/data/ph2, when present): every one of its 150 pairs must
// come in, in the split its split.csv gives, with nothing to report.
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include "mipr/pipeline/import.h"
#include "mipr/project/project.h"

namespace fs = std::filesystem;
using mipr::project::Project;

class TestImportPh2 : public QObject {
    Q_OBJECT

private slots:
    void importsAllOfPh2() {
        const fs::path ph2 = fs::path(MIPR_SHARED_DATA) / "ph2";
        if (!fs::is_directory(ph2)) QSKIP("the shared PH2 data is not present");
        QTemporaryDir tmp;
        Project p = Project::create(fs::path(tmp.path().toStdString()));
        mipr::pipeline::ImportOptions o;
        o.split_csv = ph2 / "split.csv";

        QElapsedTimer timer;
        timer.start();
        const auto s = mipr::pipeline::import_dataset(p, ph2, o);
        qInfo("PH2 import of %d images took %lld ms", s.imported, static_cast<long long>(timer.elapsed()));

        QVERIFY2(s.errors.empty() && s.warnings.empty(), s.to_text().c_str());
        QCOMPARE(s.scanned, 150);
        QCOMPARE(s.imported, 150);
        QCOMPARE(s.with_mask, 150);
        QCOMPARE(s.labeled, 15);
        QCOMPARE(s.unlabeled, 100);
        QCOMPARE(s.test, 35);
        const auto c = p.counts();
        QCOMPARE(c.labeled, 15);
        QCOMPARE(c.unlabeled, 100);
        QCOMPARE(c.test, 35);
        QVERIFY(p.check().empty());
    }
};

QTEST_GUILESS_MAIN(TestImportPh2)
#include "test_import_ph2.moc"
