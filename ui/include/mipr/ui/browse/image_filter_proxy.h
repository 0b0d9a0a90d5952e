// Filters the image list by split (or to images with a pseudo-label) for the filter combo.
#pragma once

#include <QSortFilterProxyModel>

namespace mipr::ui {

class ImageFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Filter { all, labeled, unlabeled, test, withPseudoLabel };

    explicit ImageFilterProxy(QObject* parent = nullptr);

    Filter filter() const { return filter_; }
    void setFilter(Filter filter);
    /// The filter combo's entries, in Filter order.
    static QStringList filterLabels();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Filter filter_ = Filter::all;
};

}  // namespace mipr::ui
