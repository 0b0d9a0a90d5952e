#include "mipr/ui/review/review_session.h"

#include "common/qt_paths.h"
#include "mipr/common/platform.h"

#include <QUndoCommand>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>
#include <filesystem>

#include "common/async.h"
#include "common/cv_qimage.h"
#include "mipr/pipeline/review.h"
#include "mipr/pipeline/review_queue.h"
#include "mipr/project/project.h"

namespace mipr::ui {

namespace {

// Neighbours kept loaded around the current row: one behind, two ahead (reviewers move forward).
constexpr int kKeepBehind = 1;
constexpr int kKeepAhead = 2;

}  // namespace

// One act of the reviewer (a decision, an edit, a batch), over the review service's step. Pushed
// after the step was committed, so the first redo() does nothing; undo marks it undone in the
// database, a later redo makes it again. A single pair's undo and redo bring it back into view.
class DecisionCommand : public QUndoCommand {
public:
    DecisionCommand(ReviewSession* session, pipeline::DecisionStep step)
        : QUndoCommand(step.pair_ids.size() == 1
                           ? ReviewSession::tr("%1 %2").arg(statusText(step.status),
                                                            QString::fromStdString(step.image_name))
                           : ReviewSession::tr("Accept %n pair(s)", nullptr, int(step.pair_ids.size()))),
          session_(session),
          step_(std::move(step)) {}

    void redo() override {
        if (first_) {
            first_ = false;
            return;
        }
        try {
            session_->service_->redo(step_);
            session_->focus(step_);
        } catch (const std::exception& e) {
            session_->fail(QString::fromStdString(e.what()));
        }
    }
    void undo() override {
        try {
            session_->service_->undo(step_);
            session_->focus(step_);
        } catch (const std::exception& e) {
            session_->fail(QString::fromStdString(e.what()));
        }
    }

private:
    ReviewSession* session_;
    pipeline::DecisionStep step_;
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
    service_.reset();
    if (project_) {
        service_ =
            std::make_unique<pipeline::ReviewService>(*project_, queue_.core(), reviewer_.toStdString());
        service_->set_listener([this](std::int64_t pairId, project::PairStatus status, bool labelChanged) {
            if (labelChanged) cache_.remove(pairId);
            queue_.statusChanged(pairId);
            Q_EMIT decided(pairId, QString::fromStdString(project::to_string(status)));
        });
    }
    cache_.clear();
    row_ = -1;
    reload();
}

void ReviewSession::reload() {
    const qint64 current = currentItem() ? currentItem()->pair_id : 0;
    std::vector<ReviewItem> items;
    try {
        if (project_) items = pipeline::read_review_items(*project_);
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
    if (service_) service_->set_reviewer(reviewer_.toStdString());
}

const ReviewItem* ReviewSession::currentItem() const {
    if (row_ < 0 || row_ >= queue_.count()) return nullptr;
    return &queue_.item(row_);
}

std::shared_ptr<const ReviewCase> ReviewSession::currentCase() const {
    const ReviewItem* item = currentItem();
    if (!item) return nullptr;
    return cache_.value(item->pair_id);
}

bool ReviewSession::isLoading() const {
    const ReviewItem* item = currentItem();
    return item && !cache_.contains(item->pair_id);
}

int ReviewSession::batchCount(double threshold) const {
    return int(queue_.core().pending_at_least(threshold).size());
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
    const qint64 id = queue_.item(row_).pair_id;
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
    if (cache_.contains(item.pair_id) || inFlight_.contains(item.pair_id)) return;
    inFlight_.insert(item.pair_id);
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
        if (r >= 0 && r < queue_.count()) keep.insert(queue_.item(r).pair_id);
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
            if (trim) platform::release_free_memory();
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
    if (current && current->pair_id == id) Q_EMIT caseReady(id);
}

void ReviewSession::fail(const QString& message) {
    lastError_ = message;
    Q_EMIT errorOccurred(message);
}

void ReviewSession::focus(const pipeline::DecisionStep& step) {
    if (step.pair_ids.size() != 1) return;
    const int row = queue_.rowOf(step.pair_ids.front());
    if (row >= 0) setCurrentRow(row);
}

bool ReviewSession::refuseReadOnly() {
    if (!project_ || !project_->read_only()) return false;
    fail(tr("This project is open read-only: decisions cannot be recorded."));
    return true;
}

bool ReviewSession::decideCurrent(project::PairStatus status) {
    const ReviewItem* item = currentItem();
    if (!item || !project_) {
        fail(tr("No pair to decide on."));
        return false;
    }
    if (refuseReadOnly()) return false;
    const QString name = QString::fromStdString(item->image_name);
    try {
        undo_.push(new DecisionCommand(this, service_->decide(item->pair_id, status)));
    } catch (const std::exception& e) {
        fail(tr("Could not record the decision on %1: %2").arg(name, QString::fromStdString(e.what())));
        return false;
    }
    next();
    return true;
}

bool ReviewSession::accept() {
    return decideCurrent(project::PairStatus::accepted);
}

bool ReviewSession::reject() {
    return decideCurrent(project::PairStatus::rejected);
}

bool ReviewSession::saveEdit(const QImage& mask) {
    const ReviewItem* item = currentItem();
    if (!item || !project_) {
        fail(tr("No pair to save an edit for."));
        return false;
    }
    if (refuseReadOnly()) return false;
    const QString name = QString::fromStdString(item->image_name);
    const auto image = project_->image(item->image_id);
    if (!image) {
        fail(tr("The image of %1 is no longer in the project.").arg(name));
        return false;
    }
    if (mask.width() != image->width || mask.height() != image->height) {
        fail(tr("The edited mask of %1 is %2 × %3 px, the image %4 × %5 px: not saved.")
                 .arg(name)
                 .arg(mask.width())
                 .arg(mask.height())
                 .arg(image->width)
                 .arg(image->height));
        return false;
    }
    try {
        undo_.push(new DecisionCommand(this, service_->save_edit(item->pair_id, imageToGreyMat(mask))));
    } catch (const std::exception& e) {
        fail(tr("Could not save the edit of %1: %2").arg(name, QString::fromStdString(e.what())));
        return false;
    }
    next();
    return true;
}

int ReviewSession::batchAccept(double threshold) {
    if (!project_ || refuseReadOnly()) return 0;
    const auto ids = queue_.core().pending_at_least(threshold);
    if (ids.empty()) return 0;
    try {
        undo_.push(new DecisionCommand(this, service_->accept_batch(ids)));
    } catch (const std::exception& e) {
        fail(tr("Could not record the batch decision: %1").arg(QString::fromStdString(e.what())));
        return 0;
    }
    return int(ids.size());
}

}  // namespace mipr::ui
