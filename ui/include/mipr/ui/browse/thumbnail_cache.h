// Thumbnails for the image list, decoded off the GUI thread on the cache's own pool and kept
// in a byte-bounded cache. Asking for one that is not ready schedules it and returns null;
// thumbnailReady(path) says when to ask again.
#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace mipr::ui {

class ThumbnailCache : public QObject {
    Q_OBJECT

public:
    explicit ThumbnailCache(QSize box = {80, 64}, QObject* parent = nullptr);
    ~ThumbnailCache() override;

    QSize box() const { return box_; }
    /// The thumbnail of `path` when decoded, else a null pixmap (and the decode is scheduled).
    QPixmap thumbnail(const QString& path);
    bool isReady(const QString& path) const { return cache_.contains(path); }
    bool isPending(const QString& path) const { return pending_.contains(path); }
    int pendingCount() const { return int(pending_.size()); }
    /// Forgets every thumbnail; answers to requests made before are dropped.
    void clear();

Q_SIGNALS:
    void thumbnailReady(const QString& path);

private:
    QPixmap brokenPixmap() const;

    QSize box_;
    QThreadPool pool_;
    QCache<QString, QPixmap> cache_;  // cost in KiB
    QSet<QString> pending_;
    quint64 generation_ = 0;
};

}  // namespace mipr::ui
