// The review queue as the studio's list model: a thin Qt model over the Qt-free queue
// (mipr/pipeline/review_queue.h), which holds the pairs, the filter and the order. The snapshot
// keeps its rows while the reviewer decides, so a decided pair stays where it was (its status
// changes in place) and "previous" and undo find it again; changing the filter or order rebuilds it.
#pragma once

#include <QAbstractListModel>
#include <QColor>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

#include "mipr/pipeline/review_queue.h"

namespace mipr::ui {

using ReviewItem = pipeline::ReviewItem;
using ReviewOrder = pipeline::ReviewOrder;
using ReviewStatusFilter = pipeline::StatusFilter;
using ReviewFilter = pipeline::ReviewFilter;

/// The swatch colour of a status in the queue (accepted green, edited blue, rejected red, held
/// amber, pending grey).
QColor statusColour(project::PairStatus status);
/// A status as the reviewer reads it (translated).
QString statusText(project::PairStatus status);

class ReviewQueue : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        PairIdRole = Qt::UserRole + 1,
        StatusRole,  ///< the status's name (pending, held, accepted, rejected, edited)
        ConsistencyRole,
        ConfidenceRole,
        IterationRole,
        DetailRole,         ///< "pending · it 2 · cons 0.91 · conf 0.95 · est. Dice 0.88"
        EstimatedDiceRole,  ///< the learned estimate, or an invalid QVariant
    };

    explicit ReviewQueue(QObject* parent = nullptr);

    /// Replaces every pair (after opening a project or a run) and rebuilds the snapshot.
    void setAllItems(std::vector<ReviewItem> items);
    void setFilter(const ReviewFilter& filter);
    void setOrder(ReviewOrder order);
    /// Orders by one quality signal (pipeline/signals.h), lowest first when `ascending`.
    void setSignalOrder(const QString& signal, bool ascending);
    const ReviewFilter& filter() const { return core_.filter(); }
    ReviewOrder order() const { return core_.order(); }
    QString orderSignal() const { return QString::fromStdString(core_.order_signal()); }

    int count() const { return core_.count(); }
    const ReviewItem& item(int row) const { return core_.item(row); }
    int rowOf(qint64 pairId) const { return core_.row_of(pairId); }
    /// Any pair of the project by id (also those filtered out), or nullptr.
    const ReviewItem* findItem(qint64 pairId) const { return core_.find(pairId); }
    /// The Qt-free queue (the review service decides through it).
    pipeline::ReviewQueue& core() { return core_; }
    const pipeline::ReviewQueue& core() const { return core_; }
    /// Tells the views that a pair's status changed in the core queue.
    void statusChanged(qint64 pairId);
    int reviewedCount() const { return core_.reviewed_count(); }
    std::vector<int> iterations() const { return core_.iterations(); }
    double score(const ReviewItem& item) const { return core_.score(item); }
    /// Whether any pair has a learned Dice estimate.
    bool hasEstimates() const;
    std::optional<double> estimatedGainLeft() const { return core_.estimated_gain_left(); }
    static QString orderLabel(ReviewOrder order);
    static QString statusFilterLabel(ReviewStatusFilter filter);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The snapshot's counts changed (rebuild or a decision).
    void progressChanged(int reviewed, int total);

private:
    template <class Change>
    void rebuildWith(Change&& change);

    pipeline::ReviewQueue core_;
};

}  // namespace mipr::ui
