#include "mipr/ui/browse/image_list_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

#include "mipr/common/types.h"
#include "mipr/ui/browse/image_entry.h"
#include "mipr/ui/browse/image_list_model.h"
#include "mipr/ui/common/mask_overlay.h"

namespace mipr::ui {

namespace {

constexpr int kPad = 6;

QColor splitColour(mipr::Split split) {
    switch (split) {
        case mipr::Split::labeled:
            return QColor(46, 125, 50);
        case mipr::Split::unlabeled:
            return QColor(97, 97, 97);
        case mipr::Split::test:
            return QColor(21, 101, 192);
    }
    return QColor(97, 97, 97);
}

/// Draws a rounded badge at `topLeft`; returns its width.
int drawBadge(QPainter* p, const QPoint& topLeft, const QString& text, const QColor& background,
              const QColor& foreground, const QFont& font) {
    const QFontMetrics fm(font);
    const QRect r(topLeft, QSize(fm.horizontalAdvance(text) + 10, fm.height() + 2));
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(Qt::NoPen);
    p->setBrush(background);
    p->drawRoundedRect(r, 4, 4);
    p->setFont(font);
    p->setPen(foreground);
    p->drawText(r, Qt::AlignCenter, text);
    p->restore();
    return r.width();
}

}  // namespace

ImageListDelegate::ImageListDelegate(QSize thumbnailBox, QObject* parent)
    : QStyledItemDelegate(parent), box_(thumbnailBox) {}

QSize ImageListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    Q_UNUSED(index);
    const QFontMetrics fm(option.font);
    // The width is a minimum; the list is as wide as its splitter pane and elides names.
    return {box_.width() + 3 * kPad + fm.horizontalAdvance(QStringLiteral("IMD000")) + 24,
            std::max(box_.height(), 2 * fm.height() + 8) + 2 * kPad};
}

void ImageListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background and selection as the platform style draws them.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect.adjusted(kPad, kPad, -kPad, -kPad);

    // Thumbnail, centred in its box.
    const QRect box(r.left(), r.top() + (r.height() - box_.height()) / 2, box_.width(), box_.height());
    const auto pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
    if (!pixmap.isNull()) {
        const QSize size = pixmap.size().scaled(box.size(), Qt::KeepAspectRatio);
        const QRect target(box.left() + (box.width() - size.width()) / 2,
                           box.top() + (box.height() - size.height()) / 2, size.width(), size.height());
        painter->drawPixmap(target, pixmap);
    }

    // Name.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const int textLeft = box.right() + 1 + kPad + 2;
    const int textWidth = std::max(0, r.right() - textLeft);
    const int blockHeight = nameMetrics.height() + 4 + QFontMetrics(option.font).height() + 2;
    const int top = r.top() + (r.height() - blockHeight) / 2;
    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(
        QRect(textLeft, top, textWidth, nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(index.data(ImageListModel::NameRole).toString(), Qt::ElideMiddle, textWidth));

    // Status badges: split, and pseudo-label when there is one.
    QFont badgeFont = option.font;
    badgeFont.setPointSizeF(std::max(7.0, badgeFont.pointSizeF() * 0.9));
    const auto split = static_cast<mipr::Split>(index.data(ImageListModel::SplitRole).toInt());
    QPoint at(textLeft, top + nameMetrics.height() + 4);
    at.rx() += drawBadge(painter, at, splitLabel(split), splitColour(split), Qt::white, badgeFont) + 4;
    if (index.data(ImageListModel::HasPseudoLabelRole).toBool()) {
        drawBadge(painter, at, tr("pseudo-label"), maskColour(MaskChoice::pseudo), QColor(20, 40, 0),
                  badgeFont);
    }
    painter->restore();
}

}  // namespace mipr::ui
