// The image list's model: one row per project image, with its name, a status line (split and
// whether it has a pseudo-label) and a thumbnail (a placeholder until the cache has it).
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>
#include <QVector>

#include "mipr/ui/browse/image_entry.h"

namespace mipr::ui {

class ThumbnailCache;

class ImageListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        ImageIdRole = Qt::UserRole + 1,
        NameRole,
        StatusTextRole,
        SplitRole,  ///< int(mipr::Split)
        HasDoctorMaskRole,
        HasPseudoLabelRole,
        ThumbnailReadyRole,
        PathRole,
    };

    explicit ImageListModel(ThumbnailCache* thumbnails, QObject* parent = nullptr);

    void setEntries(QVector<ImageEntry> entries);
    const QVector<ImageEntry>& entries() const { return entries_; }
    const ImageEntry& entry(int row) const { return entries_.at(row); }
    /// Row of the image called `name`, or -1.
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onThumbnailReady(const QString& path);
    QPixmap placeholder() const;

    ThumbnailCache* thumbnails_;
    QVector<ImageEntry> entries_;
    QHash<QString, QVector<int>> rowsByPath_;
    mutable QPixmap placeholder_;
};

}  // namespace mipr::ui
