// The review panel's actions on many pairs at once: batch accept above a consistency threshold
// (Ctrl+B, its confirmation bar) and the export of the reviewed annotations (Ctrl+E). The rest
// of the panel is in review_panel.cpp.
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
    if (!session_->project()) return false;
    try {
        const auto s = pipeline::export_annotations(*session_->project(), toPath(dir));
        showMessage(tr("Exported %1 annotation(s) (%2 accepted, %3 edited) and %4 decision row(s) to %5")
                        .arg(s.annotations)
                        .arg(s.accepted)
                        .arg(s.edited)
                        .arg(s.csv_rows)
                        .arg(QDir::toNativeSeparators(dir)));
        return true;
    } catch (const std::exception& e) {
        showMessage(tr("Export failed: %1").arg(QString::fromStdString(e.what())), true);
        return false;
    }
}

}  // namespace mipr::ui
