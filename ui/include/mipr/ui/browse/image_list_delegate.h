// Paints one image-list row: thumbnail, name, and coloured badges for split and pseudo-label.
#pragma once

#include <QStyledItemDelegate>

namespace mipr::ui {

class ImageListDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ImageListDelegate(QSize thumbnailBox, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QSize box_;
};

}  // namespace mipr::ui
