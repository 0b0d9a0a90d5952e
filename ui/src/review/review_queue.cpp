#include "mipr/ui/review/review_queue.h"

#include <algorithm>

namespace mipr::ui {

using project::PairStatus;

QColor statusColour(PairStatus status) {
    switch (status) {
        case PairStatus::accepted:
            return QColor(60, 180, 75);
        case PairStatus::edited:
            return QColor(0, 150, 230);
        case PairStatus::rejected:
            return QColor(220, 50, 50);
        case PairStatus::held:
            return QColor(200, 160, 40);
        case PairStatus::pending:
            break;
    }
    return QColor(150, 150, 150);
}

QString statusText(PairStatus status) {
    switch (status) {
        case PairStatus::pending:
            return ReviewQueue::tr("pending");
        case PairStatus::held:
            return ReviewQueue::tr("held");
        case PairStatus::accepted:
            return ReviewQueue::tr("accepted");
        case PairStatus::rejected:
            return ReviewQueue::tr("rejected");
        case PairStatus::edited:
            return ReviewQueue::tr("edited");
    }
    return {};
}

ReviewQueue::ReviewQueue(QObject* parent) : QAbstractListModel(parent) {}

template <class Change>
void ReviewQueue::rebuildWith(Change&& change) {
    beginResetModel();
    const bool rebuilt = change();
    endResetModel();
    if (rebuilt) Q_EMIT progressChanged(reviewedCount(), count());
}

void ReviewQueue::setAllItems(std::vector<ReviewItem> items) {
    rebuildWith([&] {
        core_.set_items(std::move(items));
        return true;
    });
}

void ReviewQueue::setFilter(const ReviewFilter& filter) {
    if (filter == core_.filter()) return;
    rebuildWith([&] { return core_.set_filter(filter); });
}

void ReviewQueue::setOrder(ReviewOrder order) {
    if (order == core_.order() && order != ReviewOrder::bySignal) return;
    rebuildWith([&] { return core_.set_order(order); });
}

void ReviewQueue::setSignalOrder(const QString& signal, bool ascending) {
    rebuildWith([&] { return core_.set_signal_order(signal.toStdString(), ascending); });
}

void ReviewQueue::statusChanged(qint64 pairId) {
    const int row = core_.row_of(pairId);
    if (row >= 0) Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT progressChanged(reviewedCount(), count());
}

bool ReviewQueue::hasEstimates() const {
    return std::any_of(core_.all().begin(), core_.all().end(),
                       [](const ReviewItem& i) { return i.estimated_dice().has_value(); });
}

QString ReviewQueue::orderLabel(ReviewOrder order) {
    switch (order) {
        case ReviewOrder::leastConsistentFirst:
            return tr("Least consistent first");
        case ReviewOrder::mostConsistentFirst:
            return tr("Most consistent first");
        case ReviewOrder::leastConfidentFirst:
            return tr("Least confident first");
        case ReviewOrder::mostConfidentFirst:
            return tr("Most confident first");
        case ReviewOrder::mostChangedFirst:
            return tr("Most changed by G first");
        case ReviewOrder::byName:
            return tr("By image name");
        case ReviewOrder::lowestEstimatedDiceFirst:
            return tr("Lowest estimated Dice first");
        case ReviewOrder::bySignal:
            return tr("By a quality signal");
        case ReviewOrder::random:
            return tr("Random");
    }
    return {};
}

QString ReviewQueue::statusFilterLabel(ReviewStatusFilter filter) {
    switch (filter) {
        case ReviewStatusFilter::toReview:
            return tr("To review (pending + held)");
        case ReviewStatusFilter::pending:
            return tr("Pending");
        case ReviewStatusFilter::held:
            return tr("Held back by the filter");
        case ReviewStatusFilter::accepted:
            return tr("Accepted");
        case ReviewStatusFilter::rejected:
            return tr("Rejected");
        case ReviewStatusFilter::edited:
            return tr("Edited");
        case ReviewStatusFilter::decided:
            return tr("Decided");
        case ReviewStatusFilter::all:
            return tr("All pairs");
    }
    return {};
}

int ReviewQueue::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ReviewQueue::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) return {};
    const ReviewItem& it = item(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return QString::fromStdString(it.image_name) + QLatin1Char('\n') +
                   data(index, DetailRole).toString();
        case Qt::DecorationRole:
            return statusColour(it.status);
        case Qt::ToolTipRole:
        case DetailRole: {
            QString text = tr("%1 · it %2 · cons %3 · conf %4")
                               .arg(statusText(it.status))
                               .arg(it.iteration)
                               .arg(it.consistency, 0, 'f', 2)
                               .arg(it.confidence, 0, 'f', 2);
            if (const auto d = it.estimated_dice()) text += tr(" · est. Dice %1").arg(*d, 0, 'f', 2);
            return text;
        }
        case PairIdRole:
            return qint64(it.pair_id);
        case StatusRole:
            return QString::fromStdString(project::to_string(it.status));
        case ConsistencyRole:
            return it.consistency;
        case ConfidenceRole:
            return it.confidence;
        case IterationRole:
            return it.iteration;
        case EstimatedDiceRole:
            if (const auto d = it.estimated_dice()) return *d;
            return {};
        default:
            return {};
    }
}

}  // namespace mipr::ui
