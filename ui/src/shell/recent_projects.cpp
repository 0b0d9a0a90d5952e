#include "mipr/ui/shell/recent_projects.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <exception>

#include "mipr/project/project.h"

#ifdef Q_OS_WIN
#include <shlobj.h>

#include <string>
#endif

namespace mipr::ui {

namespace {

QString normalised(const QString& path) {
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool holdsProject(const QString& path) {
    try {
        return project::Project::exists(std::filesystem::path(path.toStdString()));
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

RecentProjects::RecentProjects(QString settingsKey) : key_(std::move(settingsKey)) {}

QStringList RecentProjects::list() const {
    const QStringList stored = QSettings().value(key_).toStringList();
    QStringList kept;
    for (const QString& path : stored) {
        if (!kept.contains(path) && holdsProject(path)) kept << path;
    }
    while (kept.size() > kMax)
        kept.removeLast();
    if (kept != stored) save(kept);
    return kept;
}

void RecentProjects::add(const QString& path) {
    const QString p = normalised(path);
    QStringList l = QSettings().value(key_).toStringList();
    l.removeAll(p);
    l.prepend(p);
    while (l.size() > kMax)
        l.removeLast();
    save(l);
#ifdef Q_OS_WIN
    // Windows keeps a list of recent documents (Start menu, the taskbar's jump list of the .mipr
    // file type the installer registers): the project's file goes there too.
    const std::wstring file =
        QDir::toNativeSeparators(QDir(p).filePath(QStringLiteral("project.mipr"))).toStdWString();
    SHAddToRecentDocs(SHARD_PATHW, file.c_str());
#endif
}

void RecentProjects::remove(const QString& path) {
    QStringList l = QSettings().value(key_).toStringList();
    if (l.removeAll(normalised(path)) > 0) save(l);
}

void RecentProjects::clear() {
    save({});
}

void RecentProjects::save(const QStringList& list) const {
    QSettings settings;
    if (list.isEmpty()) {
        settings.remove(key_);
    } else {
        settings.setValue(key_, list);
    }
}

}  // namespace mipr::ui
