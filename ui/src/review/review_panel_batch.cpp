// The review panel's actions on many pairs at once: batch accept above a consistency threshold
// (Ctrl+B, its confirmation bar) and the export of the reviewed annotations (Ctrl+E). The rest
// of the panel is in review_panel.cpp.
#include <QBoxLayout>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include "mipr/common/error.h"
#include "mipr/common/progress.h"
#include "mipr/ui/review/review_panel.h"

#include "common/qt_paths.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>

#include <exception>

#include "mipr/pipeline/export.h"
#include "mipr/project/project.h"
#include "mipr/ui/review/review_session.h"

namespace mipr::ui {

void ReviewPanel::openBatchBar() {
    if (!session_->project()) return;
    batchBar_->show();
    updateBatchText();
    batchSpin_->setFocus();
    batchSpin_->selectAll();
}

void ReviewPanel::updateBatchText() {
    const int n = session_->batchCount(batchSpin_->value());
    batchText_->setText(tr("%n pair(s) of this queue qualify", nullptr, n));
    batchButton_->setText(tr("Accept %n pair(s)", nullptr, n));
    batchButton_->setEnabled(n > 0);
}

void ReviewPanel::confirmBatch() {
    const int n = session_->batchAccept(batchSpin_->value());
    closeBatchBar();
    if (n > 0) showMessage(tr("Accepted %n pair(s) at once; Ctrl+Z undoes the whole batch.", nullptr, n));
}

void ReviewPanel::closeBatchBar() {
    if (!batchBar_ || !batchBar_->isVisible()) return;
    batchBar_->hide();
    setFocus();
}

void ReviewPanel::exportDialog() {
    if (!session_->project()) return;
    QString dir = QFileDialog::getExistingDirectory(this, tr("Export annotations to"), QDir::homePath());
    if (dir.isEmpty()) return;
    // An export never writes among other files: a folder that holds some gets its own subfolder.
    if (!pipeline::can_export_into(toPath(dir))) {
        const auto name = QString::fromStdString(session_->project()->root().filename().string());
        dir = QDir(dir).filePath(tr("%1 export").arg(name.isEmpty() ? QStringLiteral("MIPR") : name));
    }
    exportTo(dir);
}

bool ReviewPanel::exportTo(const QString& dir) {
    if (!session_->project() || exporting_) return false;
    exporting_ = true;
    exportStop_ = std::make_shared<std::stop_source>();
    if (!exportCancel_) {
        exportCancel_ = new QPushButton(tr("Cancel export"), this);
        exportCancel_->setObjectName(QStringLiteral("reviewExportCancel"));
        connect(exportCancel_, &QPushButton::clicked, this, &ReviewPanel::cancelExport);
        if (auto* box = qobject_cast<QBoxLayout*>(messageLabel_->parentWidget()->layout()))
            box->insertWidget(box->indexOf(messageLabel_) + 1, exportCancel_);
    }
    exportCancel_->show();
    showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(dir)));
    // The worker reads through a connection of its own: the panel's stays on the GUI thread.
    const auto root = session_->project()->root();
    const auto stop = exportStop_->get_token();
    QPointer<ReviewPanel> self(this);
    exportWork_ = QtConcurrent::run([self, root, dir, stop] {
        bool ok = false;
        QString text;
        try {
            const auto project = project::Project::open(root, project::Project::Access::read);
            const auto s = pipeline::export_annotations(
                project, toPath(dir), {},
                [self](const Progress& p) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, p] {
                            if (self && self->exporting_)
                                self->showMessage(tr("Exporting… %1 of %2").arg(p.done).arg(p.total));
                        },
                        Qt::QueuedConnection);
                },
                stop);
            ok = true;
            // Two sentences' worth of counts: each noun takes its own plural form.
            text = tr("Exported %n annotation(s) (%1 accepted, %2 edited)", nullptr, int(s.annotations))
                       .arg(s.accepted)
                       .arg(s.edited) +
                   tr(" and %n decision row(s) to %1", nullptr, int(s.csv_rows))
                       .arg(QDir::toNativeSeparators(dir));
        } catch (const Cancelled&) {
            text = tr("Export cancelled: %1 is as it was.").arg(QDir::toNativeSeparators(dir));
        } catch (const std::exception& e) {
            text = tr("Export failed: %1").arg(QString::fromStdString(e.what()));
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, text] {
                if (!self) return;
                self->exporting_ = false;
                if (self->exportCancel_) self->exportCancel_->hide();
                self->showMessage(text, !ok);
                Q_EMIT self->exportFinished(ok, text);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ReviewPanel::cancelExport() {
    if (exporting_ && exportStop_) exportStop_->request_stop();
}

}  // namespace mipr::ui
