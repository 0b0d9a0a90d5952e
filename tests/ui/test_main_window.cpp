// Drives the studio's main window like a user (offscreen): open a demo project, pick images
// from the list, toggle the overlay, switch masks, zoom, filter, import, reopen from the recent
// list; asserts on what is on screen.
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <memory>

#include "mipr/ui/browse/image_filter_proxy.h"
#include "mipr/ui/browse/image_list_model.h"
#include "mipr/ui/browse/image_view.h"
#include "mipr/ui/browse/overlay_presenter.h"
#include "mipr/ui/browse/viewer_toolbar.h"
#include "mipr/ui/shell/main_window.h"
#include "mipr/ui/shell/recent_projects.h"
#include "ui_test_support.h"

using namespace mipr::ui;

namespace {

constexpr int kDemoCount = 8;
constexpr int kImageCount = kDemoCount + 1;  // plus one image without any mask
const QString kNoMask = QStringLiteral("zz_no_mask");
constexpr int kLoadTimeoutMs = 15000;

/// A pixel of `mask` whose neighbourhood of radius `r` is all inside: clearly within the lesion.
QPoint deepInside(const QImage& mask, int r) {
    for (int y = mask.height() / 2, dy = 0; dy < mask.height(); ++dy, y = (y + 1) % mask.height()) {
        for (int x = 0; x < mask.width(); ++x) {
            bool ok = x >= r && y >= r && x + r < mask.width() && y + r < mask.height();
            for (int yy = y - r; ok && yy <= y + r; ++yy) {
                for (int xx = x - r; ok && xx <= x + r; ++xx)
                    ok = qGray(mask.pixel(xx, yy)) != 0;
            }
            if (ok) return {x, y};
        }
    }
    return {-1, -1};
}

/// Waits for the spy's signal unless it came already (QTest's input functions process events,
/// so a small image may be on screen when they return).
bool arrived(QSignalSpy& spy, int count = 1) {
    while (spy.count() < count) {
        if (!spy.wait(kLoadTimeoutMs)) return false;
    }
    return true;
}

/// An inside pixel whose right neighbour is outside: the outline runs along its right edge.
QPoint rightEdge(const QImage& mask) {
    const int y = deepInside(mask, 2).y();
    for (int x = mask.width() - 2; x >= 0; --x) {
        if (qGray(mask.pixel(x, y)) != 0 && qGray(mask.pixel(x + 1, y)) == 0) return {x, y};
    }
    return {-1, -1};
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensProjectWithTitleListAndCounts();
    void listShowsStatusAndThumbnails();
    void clickingARowShowsTheImageAtItsSize();
    void overlayIsPaintedAsFillOrOutline();
    void switchesBetweenDoctorMaskAndPseudoLabel();
    void zoomKeysAndWheelChangeTheZoom();
    void keyboardNavigationShowsTheNextImage();
    void filterBySplit();
    void recentProjectsRememberTheProject();
    void importRunsWithoutBlocking();
    void secondStudioOnAProjectOpensItReadOnly();
    void projectFileArgumentOpensItsFolder();
    void cleanupTestCase();

private:
    QToolButton* button(QAction* action) const;
    void click(QAction* action) const;
    void selectImage(const QString& name);
    QColor pixelAt(const QPointF& imagePoint) const;

    QTemporaryDir tmp_;
    QString dataDir_;
    QString projectDir_;
    QString pseudoImage_;  // the image that has a fake pseudo-label
    QPoint pseudoOnly_;    // an image pixel inside the pseudo-label but outside the doctor mask
    std::unique_ptr<MainWindow> window_;
};

void TestMainWindow::initTestCase() {
    QVERIFY(tmp_.isValid());
    // Settings of this test only: a config folder inside the temporary directory.
    qputenv("XDG_CONFIG_HOME", tmp_.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mipr-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_main_window"));
    QSettings().clear();

    dataDir_ = tmp_.filePath(QStringLiteral("demo-data"));
    projectDir_ = tmp_.filePath(QStringLiteral("Demo Project"));
    test::createDemoProject(test::toPath(dataDir_), test::toPath(projectDir_), kDemoCount);

    // A fake pseudo-label on the first image that has a doctor mask: the doctor mask shifted,
    // so that some pixels lie inside the pseudo-label only.
    auto project = mipr::project::Project::open(test::toPath(projectDir_));
    for (const auto& image : project.images()) {
        const auto doctor = project.latest_mask(image.id, mipr::project::MaskKind::doctor);
        if (!doctor) continue;
        const cv::Mat mask = mipr::data::load_mask(doctor->path);
        const int shift = mask.cols / 4;
        const cv::Mat pseudo = test::shiftedMask(mask, shift, 0);
        cv::Mat only;
        cv::bitwise_and(pseudo, ~mask, only);
        test::addPseudoLabel(project, image.id, pseudo, image.name + "_pseudo.png");
        pseudoImage_ = QString::fromStdString(image.name);
        const QImage onlyImage(only.data, only.cols, only.rows, int(only.step), QImage::Format_Grayscale8);
        pseudoOnly_ = deepInside(onlyImage, 2);
        break;
    }
    QVERIFY2(!pseudoImage_.isEmpty(), "the demo project has no image with a doctor mask");
    // An image with no mask at all.
    const auto first = project.images().front();
    mipr::project::NewImage bare;
    bare.name = kNoMask.toStdString();
    bare.path = first.path;
    bare.hash = first.hash;
    bare.width = first.width;
    bare.height = first.height;
    bare.split = mipr::Split::unlabeled;
    project.add_image(bare);
    QVERIFY(pseudoOnly_.x() >= 0);

    window_ = std::make_unique<MainWindow>();
    window_->resize(1100, 760);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestMainWindow::secondStudioOnAProjectOpensItReadOnly() {
    // Another studio (a real mipr-studio process) has the project open.
    const QString dir = tmp_.filePath(QStringLiteral("Shared Project"));
    test::createDemoProject(test::toPath(tmp_.filePath(QStringLiteral("shared-data"))), test::toPath(dir), 4,
                            3);
    QProcess other;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    other.setProcessEnvironment(env);
    other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    other.start(QStringLiteral(MIPR_BINARY_DIR "/app/mipr-studio"), {dir});
    QVERIFY(other.waitForStarted());
    const QString lockFile =
        QDir(dir).filePath(QString::fromLatin1(mipr::project::ProjectLock::kStudioFileName));
    const auto held = [&] {
        QFile f(lockFile);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains("MIPR Studio");
    };
    QTRY_VERIFY_WITH_TIMEOUT(held(), 30000);

    // This one opens it read-only, and says which studio has it.
    MainWindow second;
    second.show();
    QVERIFY(second.openProject(dir));
    QVERIFY(second.isReadOnly());
    const QString message = second.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("Another MIPR Studio has this project open")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("process %1").arg(other.processId())), qPrintable(message));

    // Once the other one is gone (killed: the system releases its lock), it opens for writing.
    other.kill();
    QVERIFY(other.waitForFinished());
    QVERIFY(second.openProject(dir));
    QVERIFY(!second.isReadOnly());
}

void TestMainWindow::projectFileArgumentOpensItsFolder() {
    // What the desktop's file association runs: mipr-studio <folder>/project.mipr.
    QProcess studio;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    studio.setProcessEnvironment(env);
    const QString shot = tmp_.filePath(QStringLiteral("association.png"));
    studio.start(
        QStringLiteral(MIPR_BINARY_DIR "/app/mipr-studio"),
        {QStringLiteral("--screenshot"), shot, QDir(projectDir_).filePath(QStringLiteral("project.mipr"))});
    QVERIFY(studio.waitForFinished(60000));
    QCOMPARE(studio.exitCode(), 0);  // 1 when the project did not open
    QVERIFY(QImage(shot).width() > 0);
}

void TestMainWindow::cleanupTestCase() {
    window_.reset();
}

QToolButton* TestMainWindow::button(QAction* action) const {
    return qobject_cast<QToolButton*>(window_->viewerToolBar()->widgetForAction(action));
}

void TestMainWindow::click(QAction* action) const {
    QToolButton* b = button(action);
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), qPrintable(action->text()));
    QTest::mouseClick(b, Qt::LeftButton);
}

void TestMainWindow::selectImage(const QString& name) {
    ImageView* view = window_->imageView();
    QListView* list = window_->imageList();
    const QModelIndex source = window_->imageModel()->index(window_->imageModel()->rowOf(name));
    const QModelIndex index = window_->filterProxy()->mapFromSource(source);
    QVERIFY(index.isValid());
    if (view->currentName() == name) return;
    QSignalSpy shown(view, &ImageView::imageShown);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QCOMPARE(list->currentIndex(), index);
    QVERIFY(arrived(shown));
    QCOMPARE(shown.last().at(0).toString(), name);
    QCOMPARE(view->currentName(), name);
}

QColor TestMainWindow::pixelAt(const QPointF& imagePoint) const {
    ImageView* view = window_->imageView();
    const QImage shot = view->grab().toImage();
    const QPoint p = view->mapFromImage(imagePoint).toPoint();
    return shot.pixelColor(p);
}

void TestMainWindow::opensProjectWithTitleListAndCounts() {
    QSignalSpy opened(window_.get(), &MainWindow::projectOpened);
    QVERIFY(window_->openProject(projectDir_));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(window_->windowTitle(), QStringLiteral("Demo Project — MIPR Studio"));
    QCOMPARE(window_->imageList()->model()->rowCount(), kImageCount);

    const auto project = mipr::project::Project::open(test::toPath(projectDir_));
    const auto c = project.counts();
    QCOMPARE(c.labeled + c.unlabeled + c.test, kImageCount);
    QCOMPARE(c.with_pseudo, 1);
    auto* counts = window_->statusBar()->findChild<QLabel*>(QStringLiteral("countsLabel"));
    QVERIFY(counts);
    QCOMPARE(counts->text(), QStringLiteral("%1 labelled · %2 unlabelled · %3 test · 1 with pseudo-label")
                                 .arg(c.labeled)
                                 .arg(c.unlabeled)
                                 .arg(c.test));
    // The first image is selected and shown.
    QTRY_COMPARE_WITH_TIMEOUT(window_->imageView()->currentName(), window_->imageModel()->entry(0).name,
                              kLoadTimeoutMs);
}

void TestMainWindow::listShowsStatusAndThumbnails() {
    const auto project = mipr::project::Project::open(test::toPath(projectDir_));
    const auto images = project.images();
    QAbstractItemModel* model = window_->imageList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const auto& image = images.at(size_t(row));
        QCOMPARE(index.data(Qt::DisplayRole).toString(), QString::fromStdString(image.name));
        const QString split = image.split == mipr::Split::labeled     ? QStringLiteral("Labelled")
                              : image.split == mipr::Split::unlabeled ? QStringLiteral("Unlabelled")
                                                                      : QStringLiteral("Test");
        const QString expected = QString::fromStdString(image.name) == pseudoImage_
                                     ? split + QStringLiteral(" · pseudo-label")
                                     : split;
        QCOMPARE(index.data(ImageListModel::StatusTextRole).toString(), expected);
        // Thumbnails are decoded in workers; each row's arrives eventually.
        QTRY_VERIFY_WITH_TIMEOUT(index.data(ImageListModel::ThumbnailReadyRole).toBool(), kLoadTimeoutMs);
        const auto thumb = index.data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!thumb.isNull());
        QVERIFY(thumb.width() <= 80 && thumb.height() <= 64);
    }
}

void TestMainWindow::clickingARowShowsTheImageAtItsSize() {
    const ImageListModel* model = window_->imageModel();
    const QString other = model->entry(1).name == pseudoImage_ ? model->entry(2).name : model->entry(1).name;
    selectImage(other);
    selectImage(pseudoImage_);
    const ImageEntry& entry = model->entry(model->rowOf(pseudoImage_));
    const cv::Mat rgb = mipr::data::load_image_rgb8(test::toPath(entry.path));
    QCOMPARE(window_->imageView()->displayedImageSize(), QSize(rgb.cols, rgb.rows));
    QCOMPARE(window_->imageView()->displayedImageSize(), QSize(entry.width, entry.height));
    QVERIFY(window_->imageView()->isFitToWindow());

    // Loading never blocks: showImage returns at once with "Loading…" on screen, and the
    // answer to a request the user has already left behind is dropped.
    ImageView* view = window_->imageView();
    QSignalSpy shown(view, &ImageView::imageShown);
    view->showImage(model->entry(model->rowOf(other)));
    QVERIFY(view->isLoading());
    QCOMPARE(view->message(), QStringLiteral("Loading %1…").arg(other));
    QVERIFY(view->currentName().isEmpty());
    view->showImage(entry);
    QVERIFY(shown.wait(kLoadTimeoutMs));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().at(0).toString(), pseudoImage_);
    QCOMPARE(view->currentName(), pseudoImage_);
}

void TestMainWindow::overlayIsPaintedAsFillOrOutline() {
    selectImage(pseudoImage_);
    ViewerToolBar* bar = window_->viewerToolBar();
    ImageView* view = window_->imageView();
    QVERIFY(bar->doctorMaskAction()->isChecked());
    QCOMPARE(view->shownMask(), MaskChoice::doctor);
    const QImage mask = view->overlay(MaskChoice::doctor).mask();
    const QPointF inside = QPointF(deepInside(mask, 2)) + QPointF(0.5, 0.5);
    const QPointF edge = QPointF(rightEdge(mask)) + QPointF(1.0, 0.5);  // on the pixel edge
    QVERIFY(inside.x() >= 0 && edge.x() >= 0);

    // Opacity by keyboard on the slider, like a user would.
    QSlider* slider = bar->opacitySlider();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(slider, Qt::Key_PageUp);
    QCOMPARE(window_->overlayPresenter()->opacityPercent(), 60);

    click(bar->fillAction());
    QVERIFY(bar->showOverlayAction()->isChecked());
    const QColor fillInside = pixelAt(inside);
    const QColor fillEdge = pixelAt(edge);

    click(bar->showOverlayAction());  // hide
    QVERIFY(!bar->showOverlayAction()->isChecked());
    QCOMPARE(view->shownMask(), MaskChoice::none);
    QCOMPARE(view->caption(), QStringLiteral("Overlay hidden"));
    const QColor bareInside = pixelAt(inside);
    const QColor bareEdge = pixelAt(edge);
    QVERIFY2(fillInside != bareInside, "the fill must change the lesion's pixels");
    // The doctor mask is cyan: the fill pulls the pixel towards it.
    QVERIFY(fillInside.blue() > bareInside.blue() && fillInside.green() > bareInside.green());

    click(bar->showOverlayAction());  // show again
    click(bar->outlineAction());
    QCOMPARE(view->overlaySettings().style, OverlayStyle::outline);
    const QColor outlineInside = pixelAt(inside);
    const QColor outlineEdge = pixelAt(edge);
    QCOMPARE(outlineInside, bareInside);  // an outline leaves the inside alone
    QVERIFY(outlineInside != fillInside);
    QVERIFY2(outlineEdge != bareEdge, "the outline must be drawn on the mask's edge");
    Q_UNUSED(fillEdge);

    // More opacity, stronger fill.
    click(bar->fillAction());
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(window_->overlayPresenter()->opacityPercent(), 100);
    QCOMPARE(pixelAt(inside), maskColour(MaskChoice::doctor));
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(pixelAt(inside), bareInside);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(slider, Qt::Key_PageUp);
}

void TestMainWindow::switchesBetweenDoctorMaskAndPseudoLabel() {
    selectImage(pseudoImage_);
    ViewerToolBar* bar = window_->viewerToolBar();
    ImageView* view = window_->imageView();
    click(bar->fillAction());
    QVERIFY(bar->pseudoLabelAction()->isEnabled());
    const QPointF point = QPointF(pseudoOnly_) + QPointF(0.5, 0.5);
    const QColor withDoctor = pixelAt(point);  // outside the doctor mask: bare skin

    click(bar->pseudoLabelAction());
    QCOMPARE(view->shownMask(), MaskChoice::pseudo);
    QCOMPARE(view->caption(), QStringLiteral("Pseudo-label"));
    QVERIFY(bar->pseudoLabelAction()->isChecked());
    QVERIFY(!bar->doctorMaskAction()->isChecked());
    QVERIFY(view->overlay(MaskChoice::pseudo).mask() != view->overlay(MaskChoice::doctor).mask());
    const QColor withPseudo = pixelAt(point);
    QVERIFY2(withPseudo != withDoctor, "the pseudo-label covers this pixel, the doctor mask does not");

    // An image without a pseudo-label: the button is disabled and the doctor mask is shown.
    const ImageListModel* model = window_->imageModel();
    QString plain;
    for (const auto& e : model->entries()) {
        if (!e.hasPseudoLabel() && e.hasDoctorMask()) {
            plain = e.name;
            break;
        }
    }
    QVERIFY(!plain.isEmpty());
    selectImage(plain);
    QVERIFY(!bar->pseudoLabelAction()->isEnabled());
    QCOMPARE(view->shownMask(), MaskChoice::doctor);
    QVERIFY(bar->doctorMaskAction()->isChecked());
    QCOMPARE(view->caption(), QStringLiteral("Doctor mask"));
    // An image with no mask: both buttons are disabled and the view says so.
    selectImage(kNoMask);
    QVERIFY(!bar->pseudoLabelAction()->isEnabled());
    QVERIFY(!bar->doctorMaskAction()->isEnabled());
    QCOMPARE(view->shownMask(), MaskChoice::none);
    QCOMPARE(view->caption(), QStringLiteral("No mask"));
    // Back on the image with a pseudo-label, the user's choice holds.
    selectImage(pseudoImage_);
    QCOMPARE(view->shownMask(), MaskChoice::pseudo);
    click(bar->doctorMaskAction());
    QCOMPARE(view->shownMask(), MaskChoice::doctor);
}

void TestMainWindow::zoomKeysAndWheelChangeTheZoom() {
    selectImage(pseudoImage_);
    ImageView* view = window_->imageView();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->rect().center());  // focus
    QVERIFY(view->hasFocus());
    const double fit = view->zoomFactor();
    QSignalSpy zoomed(view, &ImageView::zoomChanged);
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(zoomed.count(), 1);
    QVERIFY(qFuzzyCompare(view->zoomFactor(), fit * 1.25));
    QVERIFY(!view->isFitToWindow());
    QTest::keyClick(view, Qt::Key_Minus);
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(qFuzzyCompare(view->zoomFactor(), fit / 1.25));
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(view->zoomFactor(), 1.0);
    QTest::keyClick(view, Qt::Key_0);
    QVERIFY(qFuzzyCompare(view->zoomFactor(), fit));
    QVERIFY(view->isFitToWindow());

    // The wheel zooms about the cursor: the image point under it stays put.
    const QPointF cursor(view->width() * 0.3, view->height() * 0.4);
    const QPointF before = view->mapToImage(cursor);
    QWheelEvent wheel(cursor, view->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QVERIFY(qFuzzyCompare(view->zoomFactor(), fit * 1.25 * 1.25));
    const QPointF after = view->mapToImage(cursor);
    QVERIFY(qAbs(after.x() - before.x()) < 1e-6 && qAbs(after.y() - before.y()) < 1e-6);

    // Dragging pans.
    const QPointF anchor = view->mapFromImage(QPointF(10, 10));
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(200, 200));
    QTest::mouseMove(view, QPoint(230, 215));
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(230, 215));
    const QPointF moved = view->mapFromImage(QPointF(10, 10)) - anchor;
    QVERIFY(qAbs(moved.x() - 30) < 1e-6 && qAbs(moved.y() - 15) < 1e-6);
    QTest::keyClick(view, Qt::Key_0);
}

void TestMainWindow::keyboardNavigationShowsTheNextImage() {
    const ImageListModel* model = window_->imageModel();
    selectImage(model->entry(0).name);
    QListView* list = window_->imageList();
    list->setFocus();
    QSignalSpy shown(window_->imageView(), &ImageView::imageShown);
    QTest::keyClick(list, Qt::Key_Down);
    QVERIFY(arrived(shown, 1));
    QCOMPARE(window_->imageView()->currentName(), model->entry(1).name);
    QTest::keyClick(list, Qt::Key_End);
    QVERIFY(arrived(shown, 2));
    QCOMPARE(window_->imageView()->currentName(), kNoMask);
}

void TestMainWindow::filterBySplit() {
    QComboBox* combo = window_->filterCombo();
    QAbstractItemModel* shown = window_->imageList()->model();
    const auto project = mipr::project::Project::open(test::toPath(projectDir_));
    const auto c = project.counts();
    combo->setCurrentIndex(int(ImageFilterProxy::Filter::test));
    QCOMPARE(shown->rowCount(), c.test);
    for (int row = 0; row < shown->rowCount(); ++row) {
        QVERIFY(shown->index(row, 0)
                    .data(ImageListModel::StatusTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Test")));
    }
    combo->setCurrentIndex(int(ImageFilterProxy::Filter::labeled));
    QCOMPARE(shown->rowCount(), c.labeled);
    combo->setCurrentIndex(int(ImageFilterProxy::Filter::withPseudoLabel));
    QCOMPARE(shown->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(window_->imageView()->currentName(), pseudoImage_, kLoadTimeoutMs);
    combo->setCurrentIndex(int(ImageFilterProxy::Filter::all));
    QCOMPARE(shown->rowCount(), kImageCount);
}

void TestMainWindow::recentProjectsRememberTheProject() {
    const QString path = window_->projectPath();
    QVERIFY(RecentProjects().list().contains(path));
    QMenu* recent = window_->recentMenu();
    Q_EMIT recent->aboutToShow();
    QAction* entry = nullptr;
    for (QAction* a : recent->actions()) {
        if (a->data().toString() == path) entry = a;
    }
    QVERIFY(entry);
    // A folder that no longer holds a project is pruned.
    RecentProjects().add(tmp_.filePath(QStringLiteral("gone")));
    QVERIFY(!RecentProjects().list().contains(tmp_.filePath(QStringLiteral("gone"))));

    QSignalSpy opened(window_.get(), &MainWindow::projectOpened);
    entry->trigger();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toString(), path);
    QCOMPARE(RecentProjects().list().first(), path);
}

void TestMainWindow::importRunsWithoutBlocking() {
    const QString fresh = tmp_.filePath(QStringLiteral("Fresh"));
    QVERIFY(window_->createProject(fresh));
    QCOMPARE(window_->windowTitle(), QStringLiteral("Fresh — MIPR Studio"));
    QCOMPARE(window_->imageList()->model()->rowCount(), 0);
    QVERIFY(window_->imageView()->message().contains(QStringLiteral("no images")));

    QSignalSpy finished(window_.get(), &MainWindow::importFinished);
    QVERIFY(window_->importFolder(dataDir_));
    QVERIFY(window_->isImporting());            // returned at once; the worker imports
    QVERIFY(!window_->importFolder(dataDir_));  // one import at a time
    auto* cancel = window_->findChild<QToolButton*>(QStringLiteral("importCancel"));
    QVERIFY(cancel && !cancel->isHidden());  // Cancel beside the progress while it imports
    QVERIFY(finished.wait(60000));
    QVERIFY(cancel->isHidden());
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QVERIFY(!window_->isImporting());
    QCOMPARE(window_->imageList()->model()->rowCount(), kDemoCount);
    QTRY_COMPARE_WITH_TIMEOUT(window_->imageView()->currentName(), window_->imageModel()->entry(0).name,
                              kLoadTimeoutMs);
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
