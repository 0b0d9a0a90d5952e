#include "mipr/ui/browse/image_list_model.h"

#include <QPainter>

#include "mipr/ui/browse/thumbnail_cache.h"

namespace mipr::ui {

ImageListModel::ImageListModel(ThumbnailCache* thumbnails, QObject* parent)
    : QAbstractListModel(parent), thumbnails_(thumbnails) {
    connect(thumbnails_, &ThumbnailCache::thumbnailReady, this, &ImageListModel::onThumbnailReady);
}

void ImageListModel::setEntries(QVector<ImageEntry> entries) {
    beginResetModel();
    entries_ = std::move(entries);
    rowsByPath_.clear();
    for (int row = 0; row < entries_.size(); ++row)
        rowsByPath_[entries_[row].path].push_back(row);
    endResetModel();
}

int ImageListModel::rowOf(const QString& name) const {
    for (int row = 0; row < entries_.size(); ++row) {
        if (entries_[row].name == name) return row;
    }
    return -1;
}

int ImageListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(entries_.size());
}

QVariant ImageListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= entries_.size()) return {};
    const ImageEntry& e = entries_[index.row()];
    switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return e.name;
        case Qt::ToolTipRole:
            return tr("%1\n%2 × %3 px\n%4\n%5")
                .arg(e.name)
                .arg(e.width)
                .arg(e.height)
                .arg(statusText(e), e.path);
        case Qt::DecorationRole: {
            const QPixmap pixmap = thumbnails_->thumbnail(e.path);
            return pixmap.isNull() ? placeholder() : pixmap;
        }
        case ThumbnailReadyRole:
            return thumbnails_->isReady(e.path);
        case ImageIdRole:
            return QVariant::fromValue<qint64>(e.id);
        case StatusTextRole:
            return statusText(e);
        case SplitRole:
            return int(e.split);
        case HasDoctorMaskRole:
            return e.hasDoctorMask();
        case HasPseudoLabelRole:
            return e.hasPseudoLabel();
        case PathRole:
            return e.path;
        default:
            return {};
    }
}

QHash<int, QByteArray> ImageListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names[ImageIdRole] = "imageId";
    names[NameRole] = "name";
    names[StatusTextRole] = "statusText";
    names[SplitRole] = "split";
    names[HasDoctorMaskRole] = "hasDoctorMask";
    names[HasPseudoLabelRole] = "hasPseudoLabel";
    names[ThumbnailReadyRole] = "thumbnailReady";
    names[PathRole] = "path";
    return names;
}

void ImageListModel::onThumbnailReady(const QString& path) {
    const auto it = rowsByPath_.constFind(path);
    if (it == rowsByPath_.constEnd()) return;
    for (const int row : *it) {
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i, {Qt::DecorationRole, ThumbnailReadyRole});
    }
}

QPixmap ImageListModel::placeholder() const {
    if (placeholder_.isNull()) {
        const QSize box = thumbnails_->box();
        placeholder_ = QPixmap(box);
        placeholder_.fill(QColor(70, 72, 76));
        QPainter p(&placeholder_);
        p.setPen(QColor(150, 150, 150));
        p.drawText(placeholder_.rect(), Qt::AlignCenter, QStringLiteral("…"));
    }
    return placeholder_;
}

}  // namespace mipr::ui
