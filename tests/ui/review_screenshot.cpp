// review_screenshot: opens a project's review studio and saves a PNG, for looking at the review
// view and the mask editor without a display (QT_QPA_PLATFORM=offscreen).
//   review_screenshot --project DIR --out FILE [--select IMAGE] [--status all] [--keys "T D"]
//                     [--edit] [--size WxH]
// --keys presses review keys (letters, digits, +, -) before the shot; --edit enters the editor and
// paints a brush stroke along the top of the label, so the shot shows an edit in progress.
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTest>

#include <iostream>

#include "mipr/ui/review/mask_editor.h"
#include "mipr/ui/review/review_panel.h"
#include "mipr/ui/review/review_session.h"
#include "mipr/ui/review/review_view.h"
#include "mipr/ui/shell/application.h"
#include "mipr/ui/shell/main_window.h"

using namespace mipr::ui;

namespace {

template <typename F>
bool spinUntil(F done, int ms) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mipr-screenshot"));
    QApplication::setApplicationName(QStringLiteral("review_screenshot"));
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Image to show."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Queue filter: all."));
    const QCommandLineOption keys(QStringLiteral("keys"), QStringLiteral("Keys to press."),
                                  QStringLiteral("KEYS"));
    const QCommandLineOption edit(QStringLiteral("edit"), QStringLiteral("Show the editor mid-edit."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size."),
                                  QStringLiteral("WxH"), QStringLiteral("1400x900"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QStringLiteral("Open the project read-only."));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Language: de, es, zh_CN."),
                                      QStringLiteral("LANG"));
    p.addOptions({project, out, select, status, keys, edit, size, readOnly, language});
    p.process(app);
    if (p.isSet(language)) installTranslations(p.value(language));

    MainWindow window;
    const QStringList wh = p.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    if (!window.openProject(p.value(project), p.isSet(readOnly) ? MainWindow::OpenMode::readOnly
                                                                : MainWindow::OpenMode::automatic))
        return 1;
    window.showReview(true);
    ReviewPanel* panel = window.reviewPanel();
    ReviewSession* session = panel->session();
    if (p.isSet(status))
        panel->statusCombo()->setCurrentIndex(panel->statusCombo()->findText(QStringLiteral("All pairs")));
    if (p.isSet(select)) {
        int row = -1;
        for (int r = 0; r < session->queue()->count(); ++r)
            if (QString::fromStdString(session->queue()->item(r).image_name) == p.value(select)) row = r;
        if (row < 0) {
            std::cerr << "no pair of " << p.value(select).toStdString() << " in the queue\n";
            return 1;
        }
        session->setCurrentRow(row);
    }
    auto shown = [&] {
        const auto c = session->currentCase();
        return c && panel->view()->currentCase() == c.get();
    };
    if (!spinUntil(shown, 30000)) {
        std::cerr << "the case did not load\n";
        return 1;
    }
    for (const QString& k : p.value(keys).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        QTest::keyClick(panel->view(), k.at(0).toLatin1());
    ReviewView* view = panel->view();
    if (p.isSet(edit)) {
        QTest::keyClick(view, Qt::Key_E);
        spinUntil([] { return false; }, 300);
        ReviewPane* canvas = view->pane(PaneKind::realLabel);
        const QImage label = session->currentCase()->label;
        // A stroke just above the label's top edge, left to right: the lesion grows there.
        int top = -1, left = label.width(), right = -1;
        for (int y = 0; y < label.height() && top < 0; ++y)
            for (int x = 0; x < label.width(); ++x)
                if (label.constScanLine(y)[x]) top = y;
        for (int x = 0; x < label.width(); ++x)
            if (top >= 0 && label.constScanLine(top + 15)[x])
                left = std::min(left, x), right = std::max(right, x);
        if (top >= 0 && right > left) {
            panel->editor()->setBrushRadius(9);
            const QPointF a(left, top + 4), b(right, top + 4);
            QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, view->mapFromImage(a).toPoint());
            for (int i = 1; i <= 20; ++i)
                QTest::mouseMove(canvas, view->mapFromImage(a + (b - a) * i / 20.0).toPoint());
            QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, view->mapFromImage(b).toPoint());
            QTest::mouseMove(canvas, view->mapFromImage(QPointF((left + right) / 2.0, top - 30)).toPoint());
        }
    }
    spinUntil([] { return false; }, 800);
    if (!window.grab().save(p.value(out))) {
        std::cerr << "cannot write " << p.value(out).toStdString() << "\n";
        return 1;
    }
    std::cout << "wrote " << p.value(out).toStdString() << " (" << session->currentItem()->image_name
              << ")\n";
    return 0;
}
