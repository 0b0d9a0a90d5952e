#include "mipr/ui/browse/image_filter_proxy.h"

#include "mipr/common/types.h"
#include "mipr/ui/browse/image_list_model.h"

namespace mipr::ui {

ImageFilterProxy::ImageFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {}

void ImageFilterProxy::setFilter(Filter filter) {
    if (filter == filter_) return;
    filter_ = filter;
    invalidateRowsFilter();
}

QStringList ImageFilterProxy::filterLabels() {
    return {tr("All images"), tr("Labelled"), tr("Unlabelled"), tr("Test"), tr("With pseudo-label")};
}

bool ImageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto split = static_cast<mipr::Split>(index.data(ImageListModel::SplitRole).toInt());
    switch (filter_) {
        case Filter::all:
            return true;
        case Filter::labeled:
            return split == mipr::Split::labeled;
        case Filter::unlabeled:
            return split == mipr::Split::unlabeled;
        case Filter::test:
            return split == mipr::Split::test;
        case Filter::withPseudoLabel:
            return index.data(ImageListModel::HasPseudoLabelRole).toBool();
    }
    return true;
}

}  // namespace mipr::ui
