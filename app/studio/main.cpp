// mipr-studio: the desktop application. A thin shell; everything lives in mipr_ui.
#include <QApplication>
#include <QCommandLineParser>
#include <QStringList>

#include "mipr/common/allocator.h"
#include "mipr/ui/shell/application.h"
#include "mipr/ui/shell/main_window.h"

int main(int argc, char* argv[]) {
    mipr::tune_allocator(argv);
    QApplication app(argc, argv);
    mipr::ui::setupApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "MIPR Studio: semi-automatic annotation of dermoscopy images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "Project folder to open (optional)."),
                                 QStringLiteral("[project]"));
    parser.process(app);

    mipr::ui::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) window.openProject(args.first());
    return QApplication::exec();
}
