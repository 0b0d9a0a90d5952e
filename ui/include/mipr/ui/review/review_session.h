// The review session's presenter: the queue, the current case and its prefetched neighbours, and
// the reviewer's decisions. Decisions go through the Qt-free review service
// (mipr/pipeline/review.h): each is committed to the project database the instant it is made, with
// the reviewer's name, the time and the pair's model versions, and pushed on an undo stack as a
// thin QUndoCommand over the service's step, whose undo marks the decision undone in the database. Decisions
// name the pair by id, never by row, so a decision made while a neighbour is still loading lands on the pair
// the reviewer saw.
#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <QUndoStack>

#include <memory>

#include "mipr/ui/review/review_case.h"
#include "mipr/ui/review/review_queue.h"

namespace mipr::project {
class Project;
}
namespace mipr::pipeline {
class ReviewService;
struct DecisionStep;
}  // namespace mipr::pipeline

namespace mipr::ui {

class ReviewSession : public QObject {
    Q_OBJECT

public:
    explicit ReviewSession(QObject* parent = nullptr);
    ~ReviewSession() override;

    /// The open project (owned by the caller, used on the GUI thread); nullptr closes the session.
    void setProject(project::Project* project);
    project::Project* project() const { return project_; }
    /// Re-reads the pairs (after a run), keeping the current pair when it is still queued.
    void reload();

    /// The size of one review pane: cases are prepared for it (fit-to-window zoom) when loaded.
    void setPaneSize(QSize size) { paneSize_ = size; }
    void setReviewer(const QString& name);
    QString reviewer() const { return reviewer_; }

    ReviewQueue* queue() { return &queue_; }
    QUndoStack* undoStack() { return &undo_; }

    int currentRow() const { return row_; }
    /// The current pair, or nullptr when the queue is empty.
    const ReviewItem* currentItem() const;
    /// The current case when loaded, else nullptr (loading, or no current pair).
    std::shared_ptr<const ReviewCase> currentCase() const;
    bool isLoading() const;
    /// Pairs whose case is loaded and kept (current and prefetched neighbours).
    int cachedCount() const { return int(cache_.size()); }
    /// Loads in flight.
    int loadsInFlight() const { return int(inFlight_.size()); }
    /// The last error shown to the reviewer (a failed write, a missing file), for tests.
    QString lastError() const { return lastError_; }

    /// Pending or held pairs in the queue with consistency at least `threshold`.
    int batchCount(double threshold) const;

public Q_SLOTS:
    void setCurrentRow(int row);
    void next();
    void previous();
    /// Decides the current pair and moves to the next. Returns false (and emits errorOccurred)
    /// when there is no current pair or the database refused.
    bool accept();
    bool reject();
    /// Saves `mask` (Grayscale8 0/255, the image's size) as the reviewer's annotation of the real
    /// image (a mask of kind `edited`), decides the pair "edited" and moves to the next.
    bool saveEdit(const QImage& mask);
    /// Accepts, in one transaction and one undo step, every pending or held pair in the queue
    /// with consistency at least `threshold`. Returns how many.
    int batchAccept(double threshold);
    void undo() { undo_.undo(); }
    void redo() { undo_.redo(); }

Q_SIGNALS:
    /// The current row changed (the case may still be loading).
    void currentChanged(int row);
    /// The current case is loaded and ready to show.
    void caseReady(qint64 pairId);
    /// A decision (or its undo) changed a pair's status.
    void decided(qint64 pairId, const QString& status);
    void errorOccurred(const QString& message);

private:
    friend class DecisionCommand;
    bool decideCurrent(project::PairStatus status);
    /// On a read-only project: says so (errorOccurred) and returns true.
    bool refuseReadOnly();
    /// Brings a single decision's pair into view (after its undo or redo).
    void focus(const pipeline::DecisionStep& step);
    void request(int row);
    void prefetchAround();
    void onLoaded(std::shared_ptr<ReviewCase> loaded);
    void fail(const QString& message);

    project::Project* project_ = nullptr;
    std::unique_ptr<pipeline::ReviewService> service_;
    QString reviewer_;
    ReviewQueue queue_;
    QUndoStack undo_;
    int row_ = -1;
    QThreadPool pool_;         ///< loads cases
    QThreadPool releasePool_;  ///< frees evicted cases off the GUI thread
    int releases_ = 0;
    QHash<qint64, std::shared_ptr<const ReviewCase>> cache_;
    QSet<qint64> inFlight_;
    std::shared_ptr<int> alive_;  ///< guards continuations against a destroyed session
    QString lastError_;
    QSize paneSize_;
};

}  // namespace mipr::ui
