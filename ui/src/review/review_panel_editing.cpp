// The review panel's mask-editing mode: entering it (E), the editor's tools and operations, and
// saving (Enter) or cancelling (Esc) an edit. The rest of the panel is in review_panel.cpp.
#include "mipr/ui/review/review_panel.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>

#include <algorithm>

#include "mipr/ui/review/mask_editor.h"
#include "mipr/ui/review/review_session.h"
#include "mipr/ui/review/review_view.h"

namespace mipr::ui {

void ReviewPanel::editCurrent() {
    const auto c = session_->currentCase();
    if (!c || c->isNull()) return;
    editor_->begin(c->label);
    view_->setEditing(true);
    showMessage(tr("Editing %1: B brush, X eraser, P polygon, F fill, [ ] size · Enter saves, Esc cancels.")
                    .arg(c->name));
    updateActions();
    view_->setFocus();
}

// --- editor actions ---------------------------------------------------------------------------

void ReviewPanel::toolBrush() {
    editor_->setTool(EditTool::brush);
}

void ReviewPanel::toolEraser() {
    editor_->setTool(EditTool::eraser);
}

void ReviewPanel::toolPolygon() {
    editor_->setTool(EditTool::polygon);
}

void ReviewPanel::toolFill() {
    editor_->setTool(EditTool::fill);
}

void ReviewPanel::brushSmaller() {
    editor_->setBrushRadius(editor_->brushRadius() - std::max(1, editor_->brushRadius() / 5));
}

void ReviewPanel::brushLarger() {
    editor_->setBrushRadius(editor_->brushRadius() + std::max(1, editor_->brushRadius() / 5));
}

void ReviewPanel::clearMask() {
    editor_->clear();
}

void ReviewPanel::undoEdit() {
    editor_->undoStack()->undo();
}

void ReviewPanel::redoEdit() {
    editor_->undoStack()->redo();
}

void ReviewPanel::saveEdit() {
    if (!isEditing()) return;
    if (editor_->tool() == EditTool::polygon && !editor_->polygon().isEmpty()) {
        editor_->polygonClose();  // Enter first closes a polygon in progress
        return;
    }
    const QImage mask = editor_->mask();
    // Leave edit mode first: saving moves on to the next case.
    editor_->end();
    view_->setEditing(false);
    updateActions();
    if (!session_->saveEdit(mask)) {
        // Nothing is lost: the edit goes back into the editor.
        editor_->begin(mask);
        view_->setEditing(true);
        updateActions();
        return;
    }
    messageLabel_->hide();
}

void ReviewPanel::cancelEdit() {
    if (!isEditing()) return;
    if (editor_->tool() == EditTool::polygon && !editor_->polygon().isEmpty()) {
        editor_->polygonCancel();
        return;
    }
    if (editor_->isModified() &&
        QMessageBox::question(
            this, tr("Discard changes?"),
            tr("Discard your changes to the mask of %1?")
                .arg(session_->currentItem() ? QString::fromStdString(session_->currentItem()->image_name)
                                             : QString()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    editor_->end();
    view_->setEditing(false);
    messageLabel_->hide();
    updateActions();
}

}  // namespace mipr::ui
