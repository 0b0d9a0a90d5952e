// Drives the review studio like a reviewer (offscreen, keyboard first): the queue and its order,
// decisions with A / R and their undo, persistence across reopening, the mask editor's brush with
// undo / redo and saving an edit, batch accept and its undo, export, the help overlay, and a
// decision made while a neighbour is still loading. Asserts on the database and on the screen.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include "mipr/pipeline/signals.h"
#include "mipr/ui/review/mask_editor.h"
#include "mipr/ui/review/review_panel.h"
#include "mipr/ui/review/review_session.h"
#include "mipr/ui/review/review_view.h"
#include "mipr/ui/shell/help_overlay.h"
#include "mipr/ui/shell/main_window.h"
#include "ui_test_support.h"

using namespace mipr::ui;
using mipr::project::Project;

namespace {

constexpr int kDemoCount = 16;
constexpr int kTimeoutMs = 15000;

QImage toQImage(const cv::Mat& grey) {
    return QImage(grey.data, grey.cols, grey.rows, int(grey.step), QImage::Format_Grayscale8).copy();
}

}  // namespace

class TestReview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void queueOrderFollowsChosenScore();
    void acceptWithKeyPersistsAfterReopening();
    void rejectThenUndoRestoresPending();
    void decisionDuringPrefetchLandsOnShownPair();
    void brushStrokeUndoRedoAndSave();
    void editorToolsChangeTheMask();
    void batchAcceptAndUndo();
    void exportWritesReviewedMasks();
    void helpOverlayListsEveryShortcut();
    void viewModesAndPixelReadout();
    void readOnlyProjectRefusesDecisions();
    void estimatesOrderTheQueueAndShowGainLeft();

private:
    void openWindow();
    bool waitForCase();
    ReviewPanel* panel() const { return window_->reviewPanel(); }
    ReviewSession* session() const { return panel()->session(); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(panel()->view(), Qt::Key(key), modifiers);
    }
    std::string statusInDb(std::int64_t pairId) const {
        auto p = Project::open(test::toPath(projectDir_));
        return p.pair(pairId)->status;
    }

    QTemporaryDir tmp_;
    QString dataDir_;
    QString projectDir_;
    int projectCounter_ = 0;
    std::vector<std::int64_t> pairIds_;
    std::unique_ptr<MainWindow> window_;
};

void TestReview::initTestCase() {
    QVERIFY(tmp_.isValid());
    qputenv("XDG_CONFIG_HOME", tmp_.filePath(QStringLiteral("config")).toUtf8());
    qputenv("MIPR_REVIEWER", "dr-test");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mipr-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_review"));
    QSettings().clear();
    dataDir_ = tmp_.filePath(QStringLiteral("demo-data"));
    mipr::data::DemoOptions options;
    options.count = kDemoCount;
    options.seed = 11;
    options.labeled_fraction = 0.25;
    options.test_fraction = 0.25;
    mipr::data::generate_demo_data(test::toPath(dataDir_), options);
}

void TestReview::init() {
    // A fresh project per test: one iteration of pending pairs.
    projectDir_ = tmp_.filePath(QStringLiteral("project-%1").arg(++projectCounter_));
    test::createProjectFrom(test::toPath(projectDir_), test::toPath(dataDir_));
    auto p = Project::open(test::toPath(projectDir_));
    pairIds_ = test::addReviewPairs(p);
    QVERIFY(pairIds_.size() >= 6);
    openWindow();
}

void TestReview::cleanup() {
    window_.reset();
}

void TestReview::openWindow() {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1280, 860);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QVERIFY(window_->openProject(projectDir_));
    window_->showReview(true);
    panel()->view()->setFocus();
    QVERIFY(waitForCase());
}

bool TestReview::waitForCase() {
    return QTest::qWaitFor(
        [this] {
            const auto c = session()->currentCase();
            return c && panel()->view()->currentCase() == c.get();
        },
        kTimeoutMs);
}

void TestReview::queueOrderFollowsChosenScore() {
    ReviewQueue* q = session()->queue();
    QCOMPARE(q->count(), int(pairIds_.size()));
    // Default: least consistent first. The fixture gives the first image the lowest consistency.
    QCOMPARE(panel()->orderCombo()->currentText(), QStringLiteral("Least consistent first"));
    for (int r = 1; r < q->count(); ++r)
        QVERIFY(q->item(r - 1).consistency < q->item(r).consistency);
    QCOMPARE(q->item(0).pair_id, qint64(pairIds_.front()));
    // The reviewer picks "most confident first": the list re-orders and the first case follows.
    panel()->orderCombo()->setCurrentIndex(
        panel()->orderCombo()->findText(QStringLiteral("Most confident first")));
    for (int r = 1; r < q->count(); ++r)
        QVERIFY(q->item(r - 1).confidence > q->item(r).confidence);
    QCOMPARE(session()->currentItem()->pair_id, qint64(pairIds_.front()));  // highest confidence too
    panel()->orderCombo()->setCurrentIndex(
        panel()->orderCombo()->findText(QStringLiteral("Most consistent first")));
    QCOMPARE(q->item(0).pair_id, qint64(pairIds_.back()));
    QVERIFY(waitForCase());
    QCOMPARE(panel()->view()->currentCase()->pairId, qint64(pairIds_.back()));
    // Score range: consistency between 0.55 and 0.65 keeps the 2nd, 3rd image (0.54, 0.58, 0.62).
    panel()->findChild<QDoubleSpinBox*>(QStringLiteral("reviewMinScore"))->setValue(0.55);
    panel()->findChild<QDoubleSpinBox*>(QStringLiteral("reviewMaxScore"))->setValue(0.65);
    QCOMPARE(q->count(), 2);
    QCOMPARE(panel()->queueList()->model()->rowCount(), 2);
}

void TestReview::acceptWithKeyPersistsAfterReopening() {
    const qint64 first = session()->currentItem()->pair_id;
    QSignalSpy decided(session(), &ReviewSession::decided);
    press(Qt::Key_A);
    QCOMPARE(decided.count(), 1);
    // Committed at once: another connection sees it now, with provenance.
    {
        auto p = Project::open(test::toPath(projectDir_));
        QCOMPARE(p.pair(first)->status, std::string("accepted"));
        const auto d = p.latest_decision(first);
        QVERIFY(d.has_value());
        QCOMPARE(d->reviewer, std::string("dr-test"));
        QCOMPARE(d->status, std::string("accepted"));
        QCOMPARE(d->previous_status, std::string("pending"));
        QVERIFY(d->seg_model_id.has_value());
        QVERIFY(d->gen_model_id.has_value());
        QVERIFY(!d->decided_at.empty());
    }
    // The view moved on to the next pair; progress counts it.
    QVERIFY(session()->currentItem()->pair_id != first);
    QCOMPARE(panel()->progressBar()->value(), 1);
    QVERIFY(panel()->progressLabel()->text().startsWith(QStringLiteral("1 of ")));

    // Close the studio and open the project again: the decision is still there.
    window_.reset();
    openWindow();
    panel()->statusCombo()->setCurrentIndex(panel()->statusCombo()->findText(QStringLiteral("Accepted")));
    QCOMPARE(session()->queue()->count(), 1);
    QCOMPARE(session()->queue()->item(0).pair_id, first);
    QCOMPARE(session()->queue()->item(0).status, mipr::project::PairStatus::accepted);
}

void TestReview::rejectThenUndoRestoresPending() {
    const qint64 first = session()->currentItem()->pair_id;
    press(Qt::Key_R);
    QCOMPARE(statusInDb(first), std::string("rejected"));
    QVERIFY(session()->currentItem()->pair_id != first);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(statusInDb(first), std::string("pending"));
    // Undo brings the reviewer back to the pair it changed.
    QCOMPARE(session()->currentItem()->pair_id, first);
    QCOMPARE(session()->currentItem()->status, mipr::project::PairStatus::pending);
    {
        auto p = Project::open(test::toPath(projectDir_));
        const auto all = p.decisions(first);
        QCOMPARE(int(all.size()), 1);
        QVERIFY(!all.front().undone_at.empty());  // kept in the history, marked undone
        QVERIFY(!p.latest_decision(first).has_value());
    }
    // Redo decides again.
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(statusInDb(first), std::string("rejected"));
}

void TestReview::decisionDuringPrefetchLandsOnShownPair() {
    // Jump to the end of the queue: that case and its neighbours are not loaded yet.
    press(Qt::Key_End);
    const qint64 shown = session()->currentItem()->pair_id;
    const bool loading = session()->isLoading() || session()->loadsInFlight() > 0;
    // Decide at once, before the load finished (the pair id is what counts, not a row).
    press(Qt::Key_A);
    QVERIFY2(loading, "the scenario needs a load in flight at the time of the decision");
    QCOMPARE(statusInDb(shown), std::string("accepted"));
    int accepted = 0;
    for (auto id : pairIds_)
        accepted += statusInDb(id) == "accepted";
    QCOMPARE(accepted, 1);
    // Walk back quickly while loads are in flight; the screen ends on the current pair.
    press(Qt::Key_Left);
    press(Qt::Key_Left);
    press(Qt::Key_Right);
    QVERIFY(waitForCase());
    QCOMPARE(panel()->view()->currentCase()->pairId, session()->currentItem()->pair_id);
}

void TestReview::brushStrokeUndoRedoAndSave() {
    const qint64 pairId = session()->currentItem()->pair_id;
    const QImage original = session()->currentCase()->label.copy();
    press(Qt::Key_E);
    QVERIFY(panel()->isEditing());
    QVERIFY(panel()->action(QStringLiteral("actionBrush"))->isChecked());
    ReviewPane* canvas = panel()->view()->pane(PaneKind::realLabel);
    QVERIFY(canvas);
    QTRY_VERIFY(canvas->isVisible() && canvas->width() > 100);
    // Erase a stroke through the middle of the image (the label covers the centre).
    press(Qt::Key_X);
    QCOMPARE(panel()->editor()->tool(), EditTool::eraser);
    ReviewView* view = panel()->view();
    const QSize size = original.size();
    const QPoint a = view->mapFromImage(QPointF(size.width() * 0.35, size.height() * 0.5)).toPoint();
    const QPoint b = view->mapFromImage(QPointF(size.width() * 0.65, size.height() * 0.5)).toPoint();
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, a);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(canvas, a + (b - a) * i / 10);
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, b);
    const QImage stroked = panel()->editor()->mask().copy();
    QVERIFY(stroked != original);
    // One stroke is one undo step.
    QCOMPARE(panel()->editor()->undoStack()->count(), 1);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(panel()->editor()->mask(), original);  // exact pixels back
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(panel()->editor()->mask(), stroked);  // and re-applied
    // Enter saves: an `edited` mask of the real image, the pair "edited", the next case shown.
    press(Qt::Key_Return);
    QVERIFY(!panel()->isEditing());
    QCOMPARE(statusInDb(pairId), std::string("edited"));
    auto p = Project::open(test::toPath(projectDir_));
    const auto pair = p.pair(pairId);
    QVERIFY(pair->edited_mask_path.has_value());
    const QImage saved = toQImage(mipr::data::load_mask(*pair->edited_mask_path));
    QCOMPARE(saved, stroked);
    const auto mask = p.latest_mask(pair->image_id, mipr::project::MaskKind::edited);
    QVERIFY(mask.has_value());
    QCOMPARE(mask->author, std::string("dr-test"));
    QVERIFY(session()->currentItem()->pair_id != pairId);
    QVERIFY(p.check().empty());
}

void TestReview::editorToolsChangeTheMask() {
    press(Qt::Key_E);
    MaskEditor* ed = panel()->editor();
    const QImage original = ed->mask().copy();
    auto area = [](const QImage& m) {
        qint64 n = 0;
        for (int y = 0; y < m.height(); ++y)
            for (int x = 0; x < m.width(); ++x)
                n += m.constScanLine(y)[x] != 0;
        return n;
    };
    const qint64 a0 = area(original);
    QVERIFY(a0 > 0);
    press(Qt::Key_G);  // grow
    QVERIFY(area(ed->mask()) > a0);
    press(Qt::Key_S);  // shrink back
    QCOMPARE(ed->mask(), original);
    press(Qt::Key_BracketRight);
    QVERIFY(ed->brushRadius() > 6);
    QVERIFY(panel()
                ->findChild<QLabel*>(QStringLiteral("brushLabel"))
                ->text()
                .contains(QString::number(2 * ed->brushRadius() + 1)));
    press(Qt::Key_Delete);  // clear
    QCOMPARE(area(ed->mask()), qint64(0));
    // Polygon: three clicks and Enter fill a triangle.
    press(Qt::Key_P);
    ReviewPane* canvas = panel()->view()->pane(PaneKind::realLabel);
    ReviewView* view = panel()->view();
    const QSize s = original.size();
    for (QPointF f : {QPointF(0.2, 0.2), QPointF(0.8, 0.2), QPointF(0.5, 0.8)})
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier,
                          view->mapFromImage(QPointF(s.width() * f.x(), s.height() * f.y())).toPoint());
    QCOMPARE(ed->polygon().size(), 3);
    press(Qt::Key_Return);  // closes the polygon (does not save)
    QVERIFY(panel()->isEditing());
    QVERIFY(area(ed->mask()) > s.width() * s.height() / 6);
    // Esc with changes asks first; the test answers from the dialog.
    auto* discard = panel()->action(QStringLiteral("actionCancelEdit"));
    QTimer::singleShot(50, this, [] {
        if (auto* w = QApplication::activeModalWidget()) {
            for (auto* b : w->findChildren<QPushButton*>())
                if (b->text().contains(QStringLiteral("Discard"))) b->click();
        }
    });
    discard->trigger();
    QTRY_VERIFY(!panel()->isEditing());
    QCOMPARE(session()->currentItem()->status, mipr::project::PairStatus::pending);
}

void TestReview::batchAcceptAndUndo() {
    press(Qt::Key_B, Qt::ControlModifier);
    QVERIFY(panel()->batchBar()->isVisible());
    // Consistency 0.50 + 0.04·k: at ≥ 0.60 the pairs k = 3.. qualify.
    panel()->batchThreshold()->setValue(0.60);
    const int expected =
        int(std::count_if(pairIds_.begin(), pairIds_.end(),
                          [&, k = 0](std::int64_t) mutable { return 0.50 + 0.04 * k++ >= 0.60; }));
    QVERIFY(expected > 0);
    QCOMPARE(panel()->batchButton()->text(), QStringLiteral("Accept %1 pair(s)").arg(expected));
    QTest::keyClick(panel()->batchThreshold(), Qt::Key_Return);
    QVERIFY(!panel()->batchBar()->isVisible());
    int accepted = 0;
    for (auto id : pairIds_)
        accepted += statusInDb(id) == "accepted";
    QCOMPARE(accepted, expected);
    QCOMPARE(panel()->progressBar()->value(), expected);
    // One undo takes the whole batch back.
    press(Qt::Key_Z, Qt::ControlModifier);
    for (auto id : pairIds_)
        QCOMPARE(statusInDb(id), std::string("pending"));
    QCOMPARE(panel()->progressBar()->value(), 0);
}

void TestReview::exportWritesReviewedMasks() {
    const qint64 first = session()->currentItem()->pair_id;
    press(Qt::Key_A);
    const qint64 second = session()->currentItem()->pair_id;
    press(Qt::Key_R);
    const QString out = tmp_.filePath(QStringLiteral("export-%1").arg(projectCounter_));
    QSignalSpy done(panel(), &ReviewPanel::exportFinished);
    QVERIFY(panel()->exportTo(out));
    QVERIFY(panel()->isExporting());  // on a worker: the studio goes on meanwhile
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().at(0).toBool());
    QVERIFY(!panel()->isExporting());
    QVERIFY(panel()->messageLabel()->text().contains(QStringLiteral("Exported 1 annotation")));
    auto p = Project::open(test::toPath(projectDir_));
    const auto accepted = p.pair(first);
    const auto rejected = p.pair(second);
    const auto file = test::toPath(out) / "masks" / (accepted->image_name + "_segmentation.png");
    QVERIFY(std::filesystem::exists(file));
    QCOMPARE(toQImage(mipr::data::load_mask(file)),
             toQImage(mipr::data::load_mask(accepted->label_mask_path)));
    QVERIFY(
        !std::filesystem::exists(test::toPath(out) / "masks" / (rejected->image_name + "_segmentation.png")));
    QVERIFY(std::filesystem::exists(test::toPath(out) / "annotations.coco.json"));
    QVERIFY(std::filesystem::exists(test::toPath(out) / "decisions.csv"));
}

void TestReview::helpOverlayListsEveryShortcut() {
    HelpOverlay* help = panel()->helpOverlay();
    QVERIFY(!help->isVisible());
    press(Qt::Key_Question);
    QVERIFY(help->isVisible());
    const QStringList lines = help->lines();
    QVERIFY(lines.contains(QStringLiteral("A — Accept")));
    QVERIFY(lines.contains(QStringLiteral("R — Reject")));
    QVERIFY(lines.contains(QStringLiteral("E — Edit mask")));
    // Every review action with a key is on the sheet.
    for (QAction* a : panel()->reviewActions())
        if (!a->shortcuts().isEmpty())
            QVERIFY2(std::any_of(lines.begin(), lines.end(),
                                 [&](const QString& l) {
                                     return l.startsWith(
                                         a->shortcuts().front().toString(QKeySequence::NativeText));
                                 }),
                     qPrintable(a->text()));
    QTest::keyClick(help, Qt::Key_Escape);
    QVERIFY(!help->isVisible());
}

void TestReview::viewModesAndPixelReadout() {
    ReviewView* view = panel()->view();
    QCOMPARE(view->visiblePanes().size(), 4);
    press(Qt::Key_T);
    QCOMPARE(view->visiblePanes().size(), 2);
    QVERIFY(view->pane(PaneKind::realLabel));
    QVERIFY(view->pane(PaneKind::generatedLabel));
    press(Qt::Key_D);
    QVERIFY(view->pane(PaneKind::difference));
    press(Qt::Key_T);
    QCOMPARE(view->visiblePanes().size(), 4);
    QVERIFY(view->pane(PaneKind::difference));
    // Zoom is shared: every pane maps the same image point to the same place.
    press(Qt::Key_Plus);
    press(Qt::Key_Plus);
    QVERIFY(!view->isFitToWindow());
    const double zoom = view->zoomFactor();
    QVERIFY(zoom > 0);
    // The readout names the pixel's values and its label.
    const ReviewCase* c = view->currentCase();
    const QPoint centre(c->real.width() / 2, c->real.height() / 2);
    const QRgb v = c->real.pixel(centre);
    const QString text = view->describePixel(centre);
    QVERIFY2(text.contains(QStringLiteral("x_u %1 %2 %3").arg(qRed(v)).arg(qGreen(v)).arg(qBlue(v))),
             qPrintable(text));
    QVERIFY(text.contains(c->label.constScanLine(centre.y())[centre.x()] ? QStringLiteral("lesion")
                                                                         : QStringLiteral("background")));
    // Hovering a pane shows it in the status line.
    ReviewPane* pane = view->pane(PaneKind::real);
    QTest::mouseMove(pane, view->mapFromImage(QPointF(centre) + QPointF(0.5, 0.5)).toPoint());
    QTRY_COMPARE(panel()->findChild<QLabel*>(QStringLiteral("reviewCursorLabel"))->text(), text);
    // The difference map exists and is the real image's size.
    QCOMPARE(c->difference.size(), c->real.size());
}

// A project opened read-only (on request, or because this user may not write it) shows its pairs
// but records nothing: the keys that decide say why, the database stays as it was.
void TestReview::readOnlyProjectRefusesDecisions() {
    window_.reset();
    window_ = std::make_unique<MainWindow>();
    window_->resize(1280, 860);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QVERIFY(window_->openProject(projectDir_, MainWindow::OpenMode::readOnly));
    QVERIFY(window_->isReadOnly());
    QVERIFY2(window_->windowTitle().contains(QStringLiteral("(read-only)")),
             qPrintable(window_->windowTitle()));
    QVERIFY(window_->statusBar()->currentMessage().contains(QStringLiteral("decisions and imports are off")));
    QVERIFY(!window_->findChild<QAction*>(QStringLiteral("actionImport"))->isEnabled());
    window_->showReview(true);
    panel()->view()->setFocus();
    QVERIFY(waitForCase());
    const qint64 first = session()->currentItem()->pair_id;
    // The actions that decide are off; the session refuses too, with the reason.
    for (const char* name : {"actionAccept", "actionReject", "actionEdit", "actionBatchAccept"})
        QVERIFY2(!panel()->findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(panel()->findChild<QAction*>(QStringLiteral("actionNext"))->isEnabled());
    QSignalSpy errors(session(), &ReviewSession::errorOccurred);
    QSignalSpy decided(session(), &ReviewSession::decided);
    press(Qt::Key_A);
    QVERIFY(!session()->accept());
    QVERIFY(!session()->reject());
    QCOMPARE(decided.count(), 0);
    QCOMPARE(errors.count(), 2);
    QVERIFY(session()->lastError().contains(QStringLiteral("read-only")));
    QCOMPARE(session()->batchAccept(0.0), 0);
    QCOMPARE(session()->currentItem()->pair_id, first);  // it did not move on
    auto p = Project::open(test::toPath(projectDir_), Project::Access::read);
    QVERIFY(p.decisions().empty());
    QCOMPARE(p.pair(first)->status, std::string("pending"));
}

void TestReview::estimatesOrderTheQueueAndShowGainLeft() {
    // Estimates stored with the pairs (as `mipr run` or `mipr signals` store them): the lowest
    // estimated Dice comes first, each pair shows its estimate, the bar the estimated gain left.
    window_.reset();
    {
        auto p = Project::open(test::toPath(projectDir_));
        for (std::size_t i = 0; i < pairIds_.size(); ++i)
            p.set_pair_signals(pairIds_[i],
                               {{mipr::pipeline::signal_names::kEstimatedDice, 0.95 - 0.05 * double(i)},
                                {mipr::pipeline::signal_names::kEntropy, 0.01 * double(i)}});
    }
    openWindow();
    QCOMPARE(session()->queue()->order(), ReviewOrder::lowestEstimatedDiceFirst);
    QCOMPARE(panel()->orderCombo()->currentText(), QStringLiteral("Lowest estimated Dice first"));
    QCOMPARE(session()->currentItem()->pair_id, qint64(pairIds_.back()));
    QVERIFY2(panel()->caseLabel()->text().contains(QStringLiteral("estimated Dice")),
             qPrintable(panel()->caseLabel()->text()));
    QVERIFY(panel()->progressLabel()->text().contains(QStringLiteral("estimated gain left 100 %")));
    press(Qt::Key_A);
    QTRY_VERIFY(!panel()->progressLabel()->text().contains(QStringLiteral("estimated gain left 100 %")));
    QVERIFY(panel()->action(QStringLiteral("actionErrorMap"))->isEnabled());  // not measured yet

    // A review simulation whose best order is the entropy, and whose error map predicts no better
    // than chance: the queue follows it, the overlay is not offered.
    window_.reset();
    const QString report = projectDir_ + QStringLiteral("/reports/simulate-review-20261205-120000");
    QVERIFY(QDir().mkpath(report));
    QFile summary(report + QStringLiteral("/summary.json"));
    QVERIFY(summary.open(QIODevice::WriteOnly));
    summary.write(R"({"best": "entropy", "pixel_auroc": 0.48})");
    summary.close();
    openWindow();
    QCOMPARE(session()->queue()->order(), ReviewOrder::bySignal);
    QCOMPARE(session()->queue()->orderSignal(), QStringLiteral("entropy"));
    QVERIFY(panel()->orderCombo()->currentText().contains(QStringLiteral("best in the simulation")));
    // The highest entropy first of the pairs still to review (the last one was accepted above).
    QCOMPARE(session()->currentItem()->pair_id, qint64(pairIds_[pairIds_.size() - 2]));
    QVERIFY(!panel()->action(QStringLiteral("actionErrorMap"))->isEnabled());
}

QTEST_MAIN(TestReview)
#include "test_review.moc"
