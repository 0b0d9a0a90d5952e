#include "mipr/ui/review/review_queue.h"

#include "common/qt_paths.h"

#include <algorithm>
#include <map>

#include "mipr/project/project.h"

namespace mipr::ui {

QColor statusColour(const QString& status) {
    if (status == QLatin1String("accepted")) return QColor(60, 180, 75);
    if (status == QLatin1String("edited")) return QColor(0, 150, 230);
    if (status == QLatin1String("rejected")) return QColor(220, 50, 50);
    if (status == QLatin1String("held")) return QColor(200, 160, 40);
    return QColor(150, 150, 150);
}

bool ReviewItem::isDecided() const {
    return status == QLatin1String("accepted") || status == QLatin1String("rejected") ||
           status == QLatin1String("edited");
}

QVector<ReviewItem> readReviewItems(const project::Project& project) {
    std::map<std::int64_t, int> versions;
    for (const auto& m : project.models())
        versions[m.id] = m.version;
    auto version = [&](const std::optional<std::int64_t>& id) -> qint64 {
        if (!id) return 0;
        const auto it = versions.find(*id);
        return it == versions.end() ? 0 : it->second;
    };
    std::map<std::int64_t, std::filesystem::path> imagePaths;
    for (const auto& image : project.images())
        imagePaths[image.id] = image.path;

    QVector<ReviewItem> items;
    for (const auto& pair : project.pairs()) {
        ReviewItem item;
        item.pairId = pair.id;
        item.imageId = pair.image_id;
        item.imageName = QString::fromStdString(pair.image_name);
        item.imagePath = toQString(imagePaths[pair.image_id]);
        item.iteration = pair.iteration_number;
        item.labelMaskPath = toQString(pair.label_mask_path);
        if (pair.generated_path) item.generatedPath = toQString(*pair.generated_path);
        if (pair.edited_mask_path) item.editedMaskPath = toQString(*pair.edited_mask_path);
        item.consistency = pair.consistency;
        item.confidence = pair.confidence;
        item.l1 = pair.l1;
        item.ssim = pair.ssim;
        item.status = QString::fromStdString(pair.status);
        item.segModelVersion = version(pair.seg_model_id);
        item.genModelVersion = version(pair.gen_model_id);
        items.push_back(std::move(item));
    }
    return items;
}

ReviewQueue::ReviewQueue(QObject* parent) : QAbstractListModel(parent) {}

void ReviewQueue::setAllItems(QVector<ReviewItem> items) {
    all_ = std::move(items);
    rebuild();
}

void ReviewQueue::setFilter(const ReviewFilter& filter) {
    if (filter == filter_) return;
    filter_ = filter;
    rebuild();
}

void ReviewQueue::setOrder(ReviewOrder order) {
    if (order == order_) return;
    order_ = order;
    rebuild();
}

const ReviewItem& ReviewQueue::item(int row) const {
    return all_.at(rows_.at(row));
}

int ReviewQueue::rowOf(qint64 pairId) const {
    for (int r = 0; r < rows_.size(); ++r)
        if (all_[rows_[r]].pairId == pairId) return r;
    return -1;
}

const ReviewItem* ReviewQueue::findItem(qint64 pairId) const {
    for (const auto& item : all_)
        if (item.pairId == pairId) return &item;
    return nullptr;
}

void ReviewQueue::updateStatus(qint64 pairId, const QString& status, const QString& editedMaskPath) {
    for (int i = 0; i < all_.size(); ++i) {
        if (all_[i].pairId != pairId) continue;
        all_[i].status = status;
        all_[i].editedMaskPath = editedMaskPath;
        const int row = int(rows_.indexOf(i));
        if (row >= 0) Q_EMIT dataChanged(index(row), index(row));
        Q_EMIT progressChanged(reviewedCount(), count());
        return;
    }
}

int ReviewQueue::reviewedCount() const {
    return int(std::count_if(rows_.begin(), rows_.end(), [this](int i) { return all_[i].isDecided(); }));
}

QVector<int> ReviewQueue::iterations() const {
    QVector<int> out;
    for (const auto& item : all_)
        if (!out.contains(item.iteration)) out.push_back(item.iteration);
    std::sort(out.begin(), out.end());
    return out;
}

QVector<qint64> ReviewQueue::pendingAtLeast(double threshold) const {
    QVector<qint64> out;
    for (int i : rows_) {
        const auto& item = all_[i];
        if ((item.status == QLatin1String("pending") || item.status == QLatin1String("held")) &&
            item.consistency >= threshold)
            out.push_back(item.pairId);
    }
    return out;
}

double ReviewQueue::score(const ReviewItem& item) const {
    switch (order_) {
        case ReviewOrder::leastConfidentFirst:
        case ReviewOrder::mostConfidentFirst:
            return item.confidence;
        default:
            return item.consistency;
    }
}

bool ReviewQueue::accepts(const ReviewItem& item) const {
    if (filter_.iteration != 0 && item.iteration != filter_.iteration) return false;
    const QString& s = item.status;
    bool statusOk = true;
    switch (filter_.status) {
        case ReviewStatusFilter::toReview:
            statusOk = s == QLatin1String("pending") || s == QLatin1String("held");
            break;
        case ReviewStatusFilter::pending:
            statusOk = s == QLatin1String("pending");
            break;
        case ReviewStatusFilter::held:
            statusOk = s == QLatin1String("held");
            break;
        case ReviewStatusFilter::accepted:
            statusOk = s == QLatin1String("accepted");
            break;
        case ReviewStatusFilter::rejected:
            statusOk = s == QLatin1String("rejected");
            break;
        case ReviewStatusFilter::edited:
            statusOk = s == QLatin1String("edited");
            break;
        case ReviewStatusFilter::decided:
            statusOk = item.isDecided();
            break;
        case ReviewStatusFilter::all:
            break;
    }
    if (!statusOk) return false;
    const double v = score(item);
    return v >= filter_.minScore && v <= filter_.maxScore;
}

void ReviewQueue::rebuild() {
    beginResetModel();
    rows_.clear();
    for (int i = 0; i < all_.size(); ++i)
        if (accepts(all_[i])) rows_.push_back(i);
    auto key = [this](int i) { return score(all_[i]); };
    auto byName = [this](int a, int b) {
        if (all_[a].imageName != all_[b].imageName) return all_[a].imageName < all_[b].imageName;
        return all_[a].iteration < all_[b].iteration;
    };
    // Ties keep a stable, readable order: by image name, then iteration.
    switch (order_) {
        case ReviewOrder::leastConsistentFirst:
        case ReviewOrder::leastConfidentFirst:
            std::stable_sort(rows_.begin(), rows_.end(),
                             [&](int a, int b) { return key(a) != key(b) ? key(a) < key(b) : byName(a, b); });
            break;
        case ReviewOrder::mostConsistentFirst:
        case ReviewOrder::mostConfidentFirst:
            std::stable_sort(rows_.begin(), rows_.end(),
                             [&](int a, int b) { return key(a) != key(b) ? key(a) > key(b) : byName(a, b); });
            break;
        case ReviewOrder::mostChangedFirst:
            std::stable_sort(rows_.begin(), rows_.end(), [&](int a, int b) {
                return all_[a].l1 != all_[b].l1 ? all_[a].l1 > all_[b].l1 : byName(a, b);
            });
            break;
        case ReviewOrder::byName:
            std::stable_sort(rows_.begin(), rows_.end(), byName);
            break;
    }
    endResetModel();
    Q_EMIT progressChanged(reviewedCount(), count());
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
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant ReviewQueue::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const ReviewItem& it = item(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return it.imageName + QLatin1Char('\n') + data(index, DetailRole).toString();
        case Qt::DecorationRole:
            return statusColour(it.status);
        case Qt::ToolTipRole:
        case DetailRole:
            return tr("%1 · it %2 · cons %3 · conf %4")
                .arg(it.status)
                .arg(it.iteration)
                .arg(it.consistency, 0, 'f', 2)
                .arg(it.confidence, 0, 'f', 2);
        case PairIdRole:
            return it.pairId;
        case StatusRole:
            return it.status;
        case ConsistencyRole:
            return it.consistency;
        case ConfidenceRole:
            return it.confidence;
        case IterationRole:
            return it.iteration;
        default:
            return {};
    }
}

}  // namespace mipr::ui
