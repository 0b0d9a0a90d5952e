#include "mipr/ui/browse/import_job.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <filesystem>

#include "common/async.h"
#include "mipr/common/error.h"
#include "mipr/common/progress.h"
#include "mipr/pipeline/import.h"
#include "mipr/project/project.h"
#include "mipr/project/project_lock.h"

namespace mipr::ui {

ImportJob::ImportJob(QObject* parent) : QObject(parent) {
    pool_.setMaxThreadCount(1);
}

ImportJob::~ImportJob() {
    requestStop();
    wait();
}

void ImportJob::requestStop() {
    stop_.request_stop();
}

void ImportJob::wait() {
    pool_.waitForDone();
}

bool ImportJob::start(const QString& projectDir, const QString& source) {
    if (running_) return false;
    running_ = true;
    stop_ = std::stop_source();
    const std::filesystem::path root(projectDir.toStdString());
    const std::filesystem::path from(source.toStdString());
    const std::stop_token token = stop_.get_token();
    // Progress is rate-limited at the source and posted to this object's (the GUI) thread as
    // plain values. The worker never outlives this object: the destructor waits for it.
    ProgressFn post = [this](const Progress& p) {
        const QString message = QString::fromStdString(p.message);
        const qint64 done = p.done;
        const qint64 total = p.total;
        QMetaObject::invokeMethod(
            this, [this, done, total, message]() { Q_EMIT progress(done, total, message); },
            Qt::QueuedConnection);
    };
    onResult(QtConcurrent::run(
                 &pool_,
                 [root, from, token, post]() {
                     ImportResult result;
                     try {
                         // One writer per project: refused while a `mipr` command changes it.
                         const auto lock = project::ProjectLock::acquire(root, "MIPR Studio (import)");
                         // A connection of its own: a Project is used by one thread only.
                         auto project = project::Project::open(root);
                         pipeline::ImportOptions options;
                         const auto csv = from / "split.csv";
                         std::error_code ec;
                         if (std::filesystem::is_regular_file(csv, ec)) options.split_csv = csv;
                         RateLimitedProgress limited(post, std::chrono::milliseconds(50));
                         const auto summary = pipeline::import_dataset(
                             project, from, options, [&limited](const Progress& p) { limited(p); }, token);
                         result.ok = true;
                         result.summary = QString::fromStdString(summary.to_text());
                         result.imported = summary.imported;
                         result.failed = summary.failed;
                     } catch (const Cancelled&) {
                         result.cancelled = true;
                         result.summary = QObject::tr("Import cancelled; images imported so far are kept.");
                     } catch (const std::exception& e) {
                         result.summary = QString::fromUtf8(e.what());
                     }
                     return result;
                 }),
             this, [this](ImportResult result) {
                 running_ = false;
                 Q_EMIT finished(result);
             });
    return true;
}

}  // namespace mipr::ui
