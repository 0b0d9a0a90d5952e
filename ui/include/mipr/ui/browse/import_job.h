// Runs pipeline::import_dataset in a worker with its own Project connection on the same folder
// (one connection per thread). Progress arrives as values on the GUI thread; destroying the job
// requests a stop and waits for the worker.
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <stop_token>

namespace mipr::ui {

struct ImportResult {
    bool ok = false;
    bool cancelled = false;
    QString summary;  ///< ImportSummary::to_text(), or the error message
    int imported = 0;
    int failed = 0;
};

class ImportJob : public QObject {
    Q_OBJECT

public:
    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    /// Starts importing `source` into the project at `projectDir`. Returns false when a job is
    /// already running. A `split.csv` in `source` is used for the splits.
    bool start(const QString& projectDir, const QString& source);
    bool isRunning() const { return running_; }
    void requestStop();
    /// Blocks until the worker has finished (used at shutdown).
    void wait();

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString& message);
    void finished(const mipr::ui::ImportResult& result);

private:
    QThreadPool pool_;
    std::stop_source stop_;
    bool running_ = false;
};

}  // namespace mipr::ui
