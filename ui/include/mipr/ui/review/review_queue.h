// The review queue: the generated pairs a reviewer works through, as a Qt value snapshot of the
// project's pairs (read on the GUI thread), filtered by iteration, status and score range and
// ordered by a chosen score. The snapshot keeps its rows while the reviewer decides, so a decided
// pair stays where it was (its status changes in place) and "previous" and undo find it again;
// changing the filter or order rebuilds it.
#pragma once

#include <QAbstractListModel>
#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>

namespace mipr::project {
class Project;
}

namespace mipr::ui {

/// One pair as the review studio needs it.
struct ReviewItem {
    qint64 pairId = 0;
    qint64 imageId = 0;
    QString imageName;
    QString imagePath;  ///< x_u
    int iteration = 0;
    QString labelMaskPath;   ///< t', at the image's size
    QString generatedPath;   ///< x' (model resolution); empty when the pair has none
    QString editedMaskPath;  ///< the reviewer's mask while the status is "edited"
    double consistency = 0, confidence = 0, l1 = 0, ssim = 0;
    QString status;                                   ///< pending, held, accepted, rejected, edited
    qint64 segModelVersion = 0, genModelVersion = 0;  ///< 0 = unknown

    bool isDecided() const;  ///< accepted, rejected or edited
    /// The mask the reviewer judges: the edit when there is one, else t'.
    QString reviewedMaskPath() const { return editedMaskPath.isEmpty() ? labelMaskPath : editedMaskPath; }
};

/// The swatch colour of a status in the queue (accepted green, edited blue, rejected red, held
/// amber, pending grey).
QColor statusColour(const QString& status);

/// Every pair of the project, with model versions resolved.
QVector<ReviewItem> readReviewItems(const project::Project& project);

enum class ReviewOrder {
    leastConsistentFirst,  ///< S disagrees with its own label on x': the likeliest errors first
    mostConsistentFirst,
    leastConfidentFirst,
    mostConfidentFirst,
    mostChangedFirst,  ///< largest L1 between x' and x_u: where G had to move the most pixels
    byName,
};

enum class ReviewStatusFilter { toReview, pending, held, accepted, rejected, edited, decided, all };

struct ReviewFilter {
    int iteration = 0;                                         ///< 0 = every iteration
    ReviewStatusFilter status = ReviewStatusFilter::toReview;  ///< pending and held
    double minScore = 0.0;  ///< range of the order's score (consistency or confidence), inclusive
    double maxScore = 1.0;
    friend bool operator==(const ReviewFilter&, const ReviewFilter&) = default;
};

class ReviewQueue : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        PairIdRole = Qt::UserRole + 1,
        StatusRole,
        ConsistencyRole,
        ConfidenceRole,
        IterationRole,
        DetailRole,  ///< "it 2 · cons 0.91 · conf 0.95 · pending"
    };

    explicit ReviewQueue(QObject* parent = nullptr);

    /// Replaces every pair (after opening a project or a run) and rebuilds the snapshot.
    void setAllItems(QVector<ReviewItem> items);
    void setFilter(const ReviewFilter& filter);
    void setOrder(ReviewOrder order);
    const ReviewFilter& filter() const { return filter_; }
    ReviewOrder order() const { return order_; }

    int count() const { return int(rows_.size()); }
    const ReviewItem& item(int row) const;
    int rowOf(qint64 pairId) const;  ///< -1 when not in the snapshot
    /// Any pair of the project by id (also those filtered out), or nullptr.
    const ReviewItem* findItem(qint64 pairId) const;
    /// Records a new status (and edited mask) for a pair, in the snapshot and the full list.
    void updateStatus(qint64 pairId, const QString& status, const QString& editedMaskPath);
    /// Decided pairs in the snapshot.
    int reviewedCount() const;
    /// The iterations that have pairs, ascending.
    QVector<int> iterations() const;
    /// Pending or held pairs in the snapshot whose consistency is at least `threshold`.
    QVector<qint64> pendingAtLeast(double threshold) const;
    /// The score the order sorts by (consistency for byName and mostChangedFirst).
    double score(const ReviewItem& item) const;
    static QString orderLabel(ReviewOrder order);
    static QString statusFilterLabel(ReviewStatusFilter filter);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The snapshot's counts changed (rebuild or a decision).
    void progressChanged(int reviewed, int total);

private:
    void rebuild();
    bool accepts(const ReviewItem& item) const;

    QVector<ReviewItem> all_;
    QVector<int> rows_;  ///< indices into all_
    ReviewFilter filter_;
    ReviewOrder order_ = ReviewOrder::leastConsistentFirst;
};

}  // namespace mipr::ui
