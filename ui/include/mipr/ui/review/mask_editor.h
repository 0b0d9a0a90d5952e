// The mask editor's document: the mask being corrected, the current tool and brush size, and
// an undo stack whose commands wrap core's MaskDelta (only the touched region, before and after;
// the dabs of one brush stroke merge into one command). Widgets feed it image coordinates; it
// never paints. Qt-side only: the editing logic itself lives in mipr::data (mask_edit.h).
#pragma once

#include <QImage>
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QUndoStack>
#include <QVector>

namespace mipr::ui {

enum class EditTool { brush, eraser, polygon, fill };

class MaskEditor : public QObject {
    Q_OBJECT

public:
    explicit MaskEditor(QObject* parent = nullptr);
    ~MaskEditor() override;

    /// Starts editing a copy of `mask` (Grayscale8, 0/255); clears the undo history.
    void begin(const QImage& mask);
    /// Stops editing and drops the mask and its history.
    void end();
    bool isActive() const { return !mask_.isNull(); }
    /// The mask as it is now (Grayscale8, 0/255).
    const QImage& mask() const { return mask_; }
    /// Whether the mask differs from what begin() received (the undo stack is not clean).
    bool isModified() const { return !undo_.isClean(); }
    QUndoStack* undoStack() { return &undo_; }
    /// Bytes held by the undo history's deltas.
    qint64 historyBytes() const;

    EditTool tool() const { return tool_; }
    void setTool(EditTool tool);
    int brushRadius() const { return radius_; }
    void setBrushRadius(int radius);  ///< clamped to 0..200

    // Brush and eraser strokes (image pixels). The dabs of one stroke are one undo step.
    void strokeBegin(QPoint p);
    void strokeMove(QPoint p);
    void strokeEnd();
    bool isStroking() const { return stroking_; }

    // Polygon / lasso: vertices are collected, then filled as one step (erases with `erase`).
    void polygonAdd(QPoint p);
    void polygonClose(bool erase = false);
    void polygonCancel();
    const QVector<QPoint>& polygon() const { return polygon_; }

    /// Flood fill from `p` with lesion (or background with `erase`), as one step.
    void floodFillAt(QPoint p, bool erase = false);
    void fillHoles();
    void grow();
    void shrink();
    void smooth();
    void clear();

Q_SIGNALS:
    /// Pixels inside `region` (image coordinates) changed; the overlay must be redrawn there.
    void maskChanged(const QRect& region);
    void toolChanged(mipr::ui::EditTool tool);
    void brushRadiusChanged(int radius);
    void polygonChanged();

private:
    friend class MaskDeltaCommand;
    /// Records the change inside `search` since the last recorded one as an undo command
    /// (merged into the previous command when it is part of the same stroke).
    void pushChange(const QString& text, const QRect& search, bool mergeable);

    QImage mask_;
    QImage before_;  ///< the mask as of the last recorded change: the "before" of the next delta
    QUndoStack undo_;
    EditTool tool_ = EditTool::brush;
    int radius_ = 6;
    bool stroking_ = false;
    int strokeSerial_ = 0;
    QPoint last_;
    QVector<QPoint> polygon_;
};

}  // namespace mipr::ui
