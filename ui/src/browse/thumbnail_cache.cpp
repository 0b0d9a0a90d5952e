#include "mipr/ui/browse/thumbnail_cache.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <optional>

#include "common/async.h"
#include "mipr/ui/browse/view_image_loader.h"

namespace mipr::ui {

namespace {

constexpr int kCacheKiB = 64 * 1024;

struct Decoded {
    QString path;
    quint64 generation = 0;
    QImage image;  ///< null when decoding failed
};

}  // namespace

ThumbnailCache::ThumbnailCache(QSize box, QObject* parent) : QObject(parent), box_(box) {
    pool_.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
    cache_.setMaxCost(kCacheKiB);
}

ThumbnailCache::~ThumbnailCache() {
    // Continuations run on this object: queued decodes are dropped, running ones finish first.
    pool_.clear();
    pool_.waitForDone();
}

QPixmap ThumbnailCache::thumbnail(const QString& path) {
    if (const QPixmap* cached = cache_.object(path)) return *cached;
    if (path.isEmpty() || pending_.contains(path)) return {};
    pending_.insert(path);
    const quint64 generation = generation_;
    const QSize box = box_;
    onResult(QtConcurrent::run(&pool_,
                               [path, generation, box]() {
                                   Decoded d{path, generation, {}};
                                   try {
                                       d.image = loadThumbnail(path, box);
                                   } catch (const std::exception&) {
                                       // Shown as a broken thumbnail; the viewer reports the reason.
                                   }
                                   return d;
                               }),
             this, [this](Decoded d) {
                 if (d.generation != generation_) return;
                 pending_.remove(d.path);
                 const QPixmap pixmap = d.image.isNull() ? brokenPixmap() : QPixmap::fromImage(d.image);
                 const int cost = std::max(1, int(qint64(pixmap.width()) * pixmap.height() * 4 / 1024));
                 cache_.insert(d.path, new QPixmap(pixmap), cost);
                 Q_EMIT thumbnailReady(d.path);
             });
    return {};
}

void ThumbnailCache::clear() {
    ++generation_;
    cache_.clear();
    pending_.clear();
}

QPixmap ThumbnailCache::brokenPixmap() const {
    QPixmap pixmap(box_);
    pixmap.fill(QColor(90, 40, 40));
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(230, 120, 120), 2));
    const QRect r =
        pixmap.rect().adjusted(box_.width() / 3, box_.height() / 3, -box_.width() / 3, -box_.height() / 3);
    p.drawLine(r.topLeft(), r.bottomRight());
    p.drawLine(r.topRight(), r.bottomLeft());
    return pixmap;
}

}  // namespace mipr::ui
