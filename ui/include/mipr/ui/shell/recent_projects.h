// The "Open Recent" list kept in QSettings: most recent first, at most kMax entries, folders
// that no longer hold a project are pruned when the list is read.
#pragma once

#include <QString>
#include <QStringList>

namespace mipr::ui {

class RecentProjects {
public:
    static constexpr int kMax = 8;

    explicit RecentProjects(QString settingsKey = QStringLiteral("recentProjects"));

    /// The list, pruned of folders that are gone or hold no project (the pruned list is saved).
    QStringList list() const;
    /// Moves (or adds) `path` to the top.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

private:
    void save(const QStringList& list) const;

    QString key_;
};

}  // namespace mipr::ui
