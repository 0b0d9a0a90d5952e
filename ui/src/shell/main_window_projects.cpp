// MainWindow: opening and creating projects, and the Open Recent menu (split from main_window.cpp).
#include "mipr/ui/shell/main_window.h"

#include "common/qt_paths.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStatusBar>

#include <exception>
#include <optional>
#include <string>

#include "mipr/project/project.h"
#include "mipr/project/project_lock.h"
#include "mipr/ui/shell/recent_projects.h"

namespace mipr::ui {

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = RecentProjects().list();
    for (const QString& path : recent) {
        QAction* a = recentMenu_->addAction(QDir::toNativeSeparators(path));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (recent.isEmpty()) {
        recentMenu_->addAction(tr("No recent projects"))->setEnabled(false);
    } else {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("Clear List"), this, [] { RecentProjects().clear(); });
    }
}

bool MainWindow::openProject(const QString& dir, OpenMode mode) {
    bool readOnly = mode == OpenMode::readOnly ||
                    (project::Project::exists(toPath(dir)) && !project::Project::can_write(toPath(dir)));
    // One studio per project: when another one has it open, this one opens it read-only.
    std::optional<project::ProjectLock> lock;
    std::string otherStudio;
    bool heldByAnother = false;
    try {
        if (!readOnly && project::Project::exists(toPath(dir))) {
            lock = project::ProjectLock::try_acquire_studio(toPath(dir), "MIPR Studio", &otherStudio);
            heldByAnother = readOnly = !lock;
        }
        auto project = std::make_unique<project::Project>(project::Project::open(
            toPath(dir), readOnly ? project::Project::Access::read : project::Project::Access::read_write));
        setProject(std::move(project), std::move(lock));
    } catch (const std::exception& e) {
        showError(tr("Cannot open project"), QString::fromUtf8(e.what()));
        return false;
    }
    if (isReadOnly())
        statusBar()->showMessage(
            mode == OpenMode::readOnly
                ? tr("Opened read-only: you can browse and look at pairs; decisions and imports are off.")
            : heldByAnother
                ? tr("Another MIPR Studio has this project open (%1), so it opened read-only here: you can "
                     "browse and look at pairs; decisions, imports and runs are off. Close the other one to "
                     "work on it here.")
                      .arg(otherStudio.empty() ? tr("its lock is held") : QString::fromStdString(otherStudio))
                : tr("This project is read-only for you: you can browse and look at pairs; decisions and "
                     "imports are off."));
    return true;
}

bool MainWindow::isReadOnly() const {
    return project_ && project_->read_only();
}

bool MainWindow::createProject(const QString& dir) {
    try {
        auto project = std::make_unique<project::Project>(project::Project::create(toPath(dir)));
        setProject(std::move(project),
                   project::ProjectLock::try_acquire_studio(toPath(dir), "MIPR Studio", nullptr));
    } catch (const std::exception& e) {
        showError(tr("Cannot create project"), QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

}  // namespace mipr::ui
