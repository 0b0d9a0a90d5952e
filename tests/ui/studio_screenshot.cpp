// studio_screenshot: shows a project in the studio's main window and saves a PNG of it, for
// looking at the GUI without a display (QT_QPA_PLATFORM=offscreen).
//   studio_screenshot --demo DIR [--pseudo N] --out FILE          demo data + project in DIR
//   studio_screenshot --create DIR --import SRC --out FILE         a project from a dataset
//   studio_screenshot --project DIR --out FILE                     an existing project
// Options: --select NAME, --outline | --fill, --opacity PERCENT, --zoom FACTOR, --size WxH, --view-only
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QListView>

#include <iostream>

#include "mipr/ui/browse/image_list_model.h"
#include "mipr/ui/browse/image_view.h"
#include "mipr/ui/browse/overlay_presenter.h"
#include "mipr/ui/shell/main_window.h"
#include "ui_test_support.h"

using namespace mipr::ui;

namespace {

/// Runs the event loop until `done()` or `ms` milliseconds have passed.
template <typename F>
bool spinUntil(F done, int ms) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return done();
}

/// Fake pseudo-labels for `n` unlabelled images: their doctor mask shifted a little.
void addFakePseudoLabels(const std::filesystem::path& projectDir, int n) {
    auto project = mipr::project::Project::open(projectDir);
    for (const auto& image : project.images(mipr::Split::unlabeled)) {
        if (n-- <= 0) break;
        const auto doctor = project.latest_mask(image.id, mipr::project::MaskKind::doctor);
        if (!doctor) continue;
        const cv::Mat mask = mipr::data::load_mask(doctor->path);
        test::addPseudoLabel(project, image.id, test::shiftedMask(mask, mask.cols / 20, mask.rows / 30),
                             image.name + "_pseudo.png");
    }
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mipr-screenshot"));
    QApplication::setApplicationName(QStringLiteral("studio_screenshot"));

    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Make demo data and a project in DIR."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption pseudo(QStringLiteral("pseudo"),
                                    QStringLiteral("Fake pseudo-labels for N images."), QStringLiteral("N"),
                                    QStringLiteral("0"));
    const QCommandLineOption create(QStringLiteral("create"), QStringLiteral("Create a project in DIR."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption import(QStringLiteral("import"), QStringLiteral("Dataset to import."),
                                    QStringLiteral("SRC"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Open this project."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QStringLiteral("Open the project read-only."));
    p.addOption(readOnly);
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Image to show."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption outline(QStringLiteral("outline"), QStringLiteral("Draw the mask's outline."));
    const QCommandLineOption fill(QStringLiteral("fill"), QStringLiteral("Draw the mask as a fill."));
    const QCommandLineOption showPseudo(QStringLiteral("show-pseudo"),
                                        QStringLiteral("Show the pseudo-label."));
    const QCommandLineOption opacity(QStringLiteral("opacity"), QStringLiteral("Overlay opacity."),
                                     QStringLiteral("PERCENT"));
    const QCommandLineOption zoom(QStringLiteral("zoom"), QStringLiteral("Zoom factor."),
                                  QStringLiteral("F"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x820"));
    const QCommandLineOption viewOnly(QStringLiteral("view-only"),
                                      QStringLiteral("Grab only the image view."));
    p.addOptions({demo, pseudo, create, import, project, out, select, outline, fill, showPseudo, opacity,
                  zoom, size, viewOnly});
    p.process(app);

    QString projectDir;
    try {
        if (p.isSet(demo)) {
            const QString dir = p.value(demo);
            projectDir = QDir(dir).filePath(QStringLiteral("Demo Project"));
            test::createDemoProject(test::toPath(QDir(dir).filePath(QStringLiteral("data"))),
                                    test::toPath(projectDir), 40, 3);
        } else if (p.isSet(create)) {
            projectDir = p.value(create);
            const auto summary =
                test::createProjectFrom(test::toPath(projectDir), test::toPath(p.value(import)));
            std::cout << summary.to_text() << "\n";
        } else {
            projectDir = p.value(project);
        }
        if (p.value(pseudo).toInt() > 0)
            addFakePseudoLabels(test::toPath(projectDir), p.value(pseudo).toInt());
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }

    MainWindow window;
    const QStringList wh = p.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    if (!window.openProject(
            projectDir, p.isSet(readOnly) ? MainWindow::OpenMode::readOnly : MainWindow::OpenMode::automatic))
        return 1;
    OverlayPresenter* presenter = window.overlayPresenter();
    if (p.isSet(outline)) presenter->setStyle(OverlayStyle::outline);
    if (p.isSet(fill)) presenter->setStyle(OverlayStyle::fill);
    if (p.isSet(opacity)) presenter->setOpacityPercent(p.value(opacity).toInt());

    ImageView* view = window.imageView();
    if (p.isSet(select)) {
        const int row = window.imageModel()->rowOf(p.value(select));
        if (row < 0) {
            std::cerr << "no image " << p.value(select).toStdString() << "\n";
            return 1;
        }
        window.imageList()->setCurrentIndex(window.imageList()->model()->index(row, 0));
    }
    const QString wanted = window.imageList()->currentIndex().data(ImageListModel::NameRole).toString();
    if (!spinUntil([&] { return !view->isLoading() && view->currentName() == wanted; }, 30000)) {
        std::cerr << "image did not load: " << view->message().toStdString() << "\n";
        return 1;
    }
    if (p.isSet(showPseudo)) presenter->requestMask(MaskChoice::pseudo);
    if (p.isSet(zoom)) view->setZoomFactor(p.value(zoom).toDouble(), QRectF(view->rect()).center());
    // Let visible thumbnails arrive.
    spinUntil([] { return false; }, 1500);

    const QPixmap shot = p.isSet(viewOnly) ? view->grab() : window.grab();
    if (!shot.save(p.value(out))) {
        std::cerr << "cannot write " << p.value(out).toStdString() << "\n";
        return 1;
    }
    std::cout << "wrote " << p.value(out).toStdString() << " (" << view->currentName().toStdString()
              << ", zoom " << view->zoomFactor() << ")\n";
    return 0;
}
