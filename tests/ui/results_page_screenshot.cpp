// results_page_screenshot: the results page of a project as a PNG, for looking at it without a
// display (QT_QPA_PLATFORM=offscreen).
//   results_page_screenshot PROJECT OUT.png [REPORT]
// REPORT: the report folder's name to show (default: the newest).
#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>

#include <iostream>

#include "mipr/ui/cockpit/results_page.h"

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    if (argc < 3 || argc > 4) {
        std::cerr << "usage: results_page_screenshot PROJECT OUT.png [REPORT]\n";
        return 2;
    }
    mipr::ui::ResultsPage page;
    page.resize(1400, 900);
    page.setProjectRoot(QString::fromLocal8Bit(argv[1]));
    if (argc == 4 && !page.setCurrentReport(QString::fromLocal8Bit(argv[3]))) {
        std::cerr << "no report " << argv[3] << " in " << argv[1] << '\n';
        return 1;
    }
    page.show();
    QElapsedTimer timer;  // let the layout settle and the plots replot at their size
    timer.start();
    while (timer.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!page.grab().save(QString::fromLocal8Bit(argv[2]), "PNG")) {
        std::cerr << "cannot write " << argv[2] << '\n';
        return 1;
    }
    std::cout << page.reportCount() << " report(s); shown: " << page.currentReport().toStdString() << '\n';
    return 0;
}
