#include "mipr/ui/review/review_session.h"

#include "common/qt_paths.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QUndoCommand>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <optional>

#include "common/async.h"
#include "common/cv_qimage.h"
#include "mipr/pipeline/review.h"
#include "mipr/project/project.h"

namespace mipr::ui {

namespace {

// Neighbours kept loaded around the current row: one behind, two ahead (reviewers move forward).
constexpr int kKeepBehind = 1;
constexpr int kKeepAhead = 2;

}  // namespace

// One decision on one pair. Pushed after the decision was committed, so the first redo() does
// nothing; undo marks the decision undone in the database, a later redo decides again.
class DecisionCommand : public QUndoCommand {
public:
    DecisionCommand(ReviewSession* session, const ReviewItem& before, const QString& status,
                    std::optional<qint64> editedMaskId, const QString& editedMaskPath, qint64 decisionId)
        : QUndoCommand(ReviewSession::tr("%1 %2").arg(status, before.imageName)),
          session_(session),
          pairId_(before.pairId),
          status_(status),
          editedMaskId_(editedMaskId),
          editedMaskPath_(editedMaskPath),
          previousStatus_(before.status),
          previousEditedPath_(before.editedMaskPath),
          decisionId_(decisionId) {}

    void redo() override {
        if (first_) {
            first_ = false;
            return;
        }
        try {
            decisionId_ = session_->project_->decide(pairId_, status_.toStdString(),
                                                     session_->reviewer_.toStdString(), editedMaskId_);
            session_->applyStatus(pairId_, status_, editedMaskPath_, true);
        } catch (const std::exception& e) {
            session_->fail(QString::fromStdString(e.what()));
        }
    }
    void undo() override {
        try {
            session_->project_->undo_decision(decisionId_);
            session_->applyStatus(pairId_, previousStatus_, previousEditedPath_, true);
        } catch (const std::exception& e) {
            session_->fail(QString::fromStdString(e.what()));
        }
    }

private:
    ReviewSession* session_;
    qint64 pairId_;
    QString status_;
    std::optional<qint64> editedMaskId_;
    QString editedMaskPath_;
    QString previousStatus_, previousEditedPath_;
    qint64 decisionId_;
    bool first_ = true;
};

// A batch accept: one database transaction, one undo step.
class BatchDecisionCommand : public QUndoCommand {
public:
    BatchDecisionCommand(ReviewSession* session, QVector<qint64> pairIds, QVector<QString> previous,
                         QVector<QString> previousEdited, qint64 batchId)
        : QUndoCommand(ReviewSession::tr("Accept %n pairs", nullptr, int(pairIds.size()))),
          session_(session),
          pairIds_(std::move(pairIds)),
          previous_(std::move(previous)),
          previousEdited_(std::move(previousEdited)),
          batchId_(batchId) {}

    void redo() override {
        if (first_) {
            first_ = false;
            return;
        }
        try {
            std::vector<std::int64_t> ids(pairIds_.begin(), pairIds_.end());
            batchId_ = session_->project_->decide_batch(ids, "accepted", session_->reviewer_.toStdString());
            for (qint64 id : pairIds_)
                session_->applyStatus(id, QStringLiteral("accepted"), QString(), false);
        } catch (const std::exception& e) {
            session_->fail(QString::fromStdString(e.what()));
        }
    }
    void undo() override {
        try {
            session_->project_->undo_batch(batchId_);
            for (int i = 0; i < pairIds_.size(); ++i)
                session_->applyStatus(pairIds_[i], previous_[i], previousEdited_[i], false);
        } catch (const std::exception& e) {
            session_->fail(QString::fromStdString(e.what()));
        }
    }

private:
    ReviewSession* session_;
    QVector<qint64> pairIds_;
    QVector<QString> previous_, previousEdited_;
    qint64 batchId_;
    bool first_ = true;
};

ReviewSession::ReviewSession(QObject* parent) : QObject(parent), alive_(std::make_shared<int>(0)) {
    pool_.setMaxThreadCount(2);
    releasePool_.setMaxThreadCount(1);
    reviewer_ = qEnvironmentVariable("MIPR_REVIEWER");
    if (reviewer_.isEmpty()) reviewer_ = qEnvironmentVariable("USER");
    if (reviewer_.isEmpty()) reviewer_ = qEnvironmentVariable("USERNAME");
    if (reviewer_.isEmpty()) reviewer_ = QStringLiteral("reviewer");
}

ReviewSession::~ReviewSession() {
    undo_.clear();  // commands hold a pointer to this session
    pool_.waitForDone();
    releasePool_.waitForDone();
}

void ReviewSession::setProject(project::Project* project) {
    undo_.clear();
    project_ = project;
    cache_.clear();
    row_ = -1;
    reload();
}

void ReviewSession::reload() {
    const qint64 current = currentItem() ? currentItem()->pairId : 0;
    QVector<ReviewItem> items;
    try {
        if (project_) items = readReviewItems(*project_);
    } catch (const std::exception& e) {
        fail(tr("Cannot read the pairs of the project: %1").arg(QString::fromStdString(e.what())));
    }
    queue_.setAllItems(std::move(items));
    cache_.clear();
    const int row = current ? queue_.rowOf(current) : -1;
    row_ = -1;
    setCurrentRow(row >= 0 ? row : 0);
}

void ReviewSession::setReviewer(const QString& name) {
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty()) reviewer_ = trimmed;
}

const ReviewItem* ReviewSession::currentItem() const {
    if (row_ < 0 || row_ >= queue_.count()) return nullptr;
    return &queue_.item(row_);
}

std::shared_ptr<const ReviewCase> ReviewSession::currentCase() const {
    const ReviewItem* item = currentItem();
    if (!item) return nullptr;
    return cache_.value(item->pairId);
}

bool ReviewSession::isLoading() const {
    const ReviewItem* item = currentItem();
    return item && !cache_.contains(item->pairId);
}

int ReviewSession::batchCount(double threshold) const {
    return int(queue_.pendingAtLeast(threshold).size());
}

void ReviewSession::setCurrentRow(int row) {
    if (queue_.count() == 0) {
        if (row_ != -1) {
            row_ = -1;
            Q_EMIT currentChanged(-1);
        }
        return;
    }
    row_ = std::clamp(row, 0, queue_.count() - 1);
    // The queue's order or content may have changed under the same row: always re-announce.
    Q_EMIT currentChanged(row_);
    const qint64 id = queue_.item(row_).pairId;
    if (cache_.contains(id)) {
        Q_EMIT caseReady(id);
    } else {
        request(row_);
    }
    prefetchAround();
}

void ReviewSession::next() {
    if (row_ + 1 < queue_.count()) setCurrentRow(row_ + 1);
}

void ReviewSession::previous() {
    if (row_ > 0) setCurrentRow(row_ - 1);
}

void ReviewSession::request(int row) {
    if (row < 0 || row >= queue_.count()) return;
    const ReviewItem item = queue_.item(row);
    if (cache_.contains(item.pairId) || inFlight_.contains(item.pairId)) return;
    inFlight_.insert(item.pairId);
    std::weak_ptr<int> alive = alive_;
    const QSize pane = paneSize_;
    onResult(QtConcurrent::run(
                 &pool_, [item, pane] { return std::make_shared<ReviewCase>(loadReviewCase(item, pane)); }),
             this, [this, alive](std::shared_ptr<ReviewCase> loaded) {
                 if (alive.expired()) return;
                 onLoaded(std::move(loaded));
             });
}

void ReviewSession::prefetchAround() {
    if (row_ < 0) return;
    // Drop what is out of reach, then ask for the neighbours (nearest first).
    QSet<qint64> keep;
    for (int r = row_ - kKeepBehind; r <= row_ + kKeepAhead; ++r)
        if (r >= 0 && r < queue_.count()) keep.insert(queue_.item(r).pairId);
    QVector<std::shared_ptr<const ReviewCase>> dropped;
    for (auto it = cache_.begin(); it != cache_.end();) {
        if (keep.contains(it.key())) {
            ++it;
        } else {
            dropped.push_back(std::move(it.value()));
            it = cache_.erase(it);
        }
    }
    // Freeing a case returns its images' memory to the system, which takes time: not on the GUI
    // thread, between a key press and the next case on screen.
    // Every so often the freed heap is handed back to the system as well: without it, glibc keeps
    // the fragments of freed images and resident memory creeps up over a long session (measured:
    // +34 MiB over 1,000 cases; flat with it).
    if (!dropped.isEmpty()) {
        releases_ += int(dropped.size());
        const bool trim = releases_ >= 16;
        if (trim) releases_ = 0;
        releasePool_.start([dropped = std::move(dropped), trim]() mutable {
            dropped.clear();
#ifdef __GLIBC__
            if (trim) malloc_trim(0);
#endif
        });
    }
    for (int d = 1; d <= kKeepAhead; ++d) {
        request(row_ + d);
        if (d <= kKeepBehind) request(row_ - d);
    }
}

void ReviewSession::onLoaded(std::shared_ptr<ReviewCase> loaded) {
    inFlight_.remove(loaded->pairId);
    const ReviewItem* current = currentItem();
    const int row = queue_.rowOf(loaded->pairId);
    const bool near = row >= 0 && row_ >= 0 && row >= row_ - kKeepBehind && row <= row_ + kKeepAhead;
    if (!near) return;  // the reviewer moved far away meanwhile
    const qint64 id = loaded->pairId;
    cache_.insert(id, std::move(loaded));
    if (current && current->pairId == id) Q_EMIT caseReady(id);
}

void ReviewSession::fail(const QString& message) {
    lastError_ = message;
    Q_EMIT errorOccurred(message);
}

void ReviewSession::applyStatus(qint64 pairId, const QString& status, const QString& editedMaskPath,
                                bool focus) {
    const ReviewItem* item = queue_.findItem(pairId);
    if (item && item->editedMaskPath != editedMaskPath) cache_.remove(pairId);  // its label changed
    queue_.updateStatus(pairId, status, editedMaskPath);
    if (focus) {
        const int row = queue_.rowOf(pairId);
        if (row >= 0) setCurrentRow(row);
    }
    Q_EMIT decided(pairId, status);
}

bool ReviewSession::refuseReadOnly() {
    if (!project_ || !project_->read_only()) return false;
    fail(tr("This project is open read-only: decisions cannot be recorded."));
    return true;
}

bool ReviewSession::decideCurrent(const QString& status) {
    const ReviewItem* item = currentItem();
    if (!item || !project_) {
        fail(tr("No pair to decide on."));
        return false;
    }
    if (refuseReadOnly()) return false;
    const ReviewItem before = *item;
    qint64 decisionId = 0;
    try {
        decisionId = project_->decide(before.pairId, status.toStdString(), reviewer_.toStdString());
    } catch (const std::exception& e) {
        fail(tr("Could not record the decision on %1: %2")
                 .arg(before.imageName, QString::fromStdString(e.what())));
        return false;
    }
    applyStatus(before.pairId, status, QString(), false);
    undo_.push(new DecisionCommand(this, before, status, std::nullopt, QString(), decisionId));
    next();
    return true;
}

bool ReviewSession::accept() {
    return decideCurrent(QStringLiteral("accepted"));
}

bool ReviewSession::reject() {
    return decideCurrent(QStringLiteral("rejected"));
}

bool ReviewSession::saveEdit(const QImage& mask) {
    const ReviewItem* item = currentItem();
    if (!item || !project_) {
        fail(tr("No pair to save an edit for."));
        return false;
    }
    if (refuseReadOnly()) return false;
    const ReviewItem before = *item;
    const auto image = project_->image(before.imageId);
    if (!image) {
        fail(tr("The image of %1 is no longer in the project.").arg(before.imageName));
        return false;
    }
    if (mask.width() != image->width || mask.height() != image->height) {
        fail(tr("The edited mask of %1 is %2 × %3 px, the image %4 × %5 px: not saved.")
                 .arg(before.imageName)
                 .arg(mask.width())
                 .arg(mask.height())
                 .arg(image->width)
                 .arg(image->height));
        return false;
    }
    pipeline::SavedEdit saved;
    try {
        saved = pipeline::save_edit(*project_, before.pairId, imageToGreyMat(mask), reviewer_.toStdString());
    } catch (const std::exception& e) {
        fail(tr("Could not save the edit of %1: %2").arg(before.imageName, QString::fromStdString(e.what())));
        return false;
    }
    const QString path = toQString(saved.path);
    applyStatus(before.pairId, QStringLiteral("edited"), path, false);
    undo_.push(
        new DecisionCommand(this, before, QStringLiteral("edited"), saved.mask_id, path, saved.decision_id));
    next();
    return true;
}

int ReviewSession::batchAccept(double threshold) {
    if (!project_ || refuseReadOnly()) return 0;
    const QVector<qint64> ids = queue_.pendingAtLeast(threshold);
    if (ids.isEmpty()) return 0;
    QVector<QString> previous, previousEdited;
    for (qint64 id : ids) {
        const ReviewItem* item = queue_.findItem(id);
        previous.push_back(item ? item->status : QStringLiteral("pending"));
        previousEdited.push_back(item ? item->editedMaskPath : QString());
    }
    qint64 batchId = 0;
    try {
        batchId = project_->decide_batch(std::vector<std::int64_t>(ids.begin(), ids.end()), "accepted",
                                         reviewer_.toStdString());
    } catch (const std::exception& e) {
        fail(tr("Could not record the batch decision: %1").arg(QString::fromStdString(e.what())));
        return 0;
    }
    for (qint64 id : ids)
        applyStatus(id, QStringLiteral("accepted"), QString(), false);
    undo_.push(new BatchDecisionCommand(this, ids, previous, previousEdited, batchId));
    return int(ids.size());
}

}  // namespace mipr::ui
