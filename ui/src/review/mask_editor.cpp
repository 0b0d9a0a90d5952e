#include "mipr/ui/review/mask_editor.h"

#include <QUndoCommand>

#include <algorithm>
#include <vector>

#include <opencv2/core.hpp>

#include "mipr/data/mask_edit.h"

namespace mipr::ui {

namespace {

constexpr int kStrokeCommandId = 0x4d45;  // "ME"

// A view of a Grayscale8 QImage as a cv::Mat sharing its pixels.
cv::Mat matView(QImage& image) {
    return cv::Mat(image.height(), image.width(), CV_8UC1, image.bits(), size_t(image.bytesPerLine()));
}

QRect toQRect(const cv::Rect& r) {
    return QRect(r.x, r.y, r.width, r.height);
}

cv::Rect toCvRect(const QRect& r) {
    return cv::Rect(r.x(), r.y(), r.width(), r.height());
}

cv::Point toCv(QPoint p) {
    return cv::Point(p.x(), p.y());
}

}  // namespace

// One undoable change of the mask. It is pushed after the change was made, so its first redo()
// does nothing; later redos and undos write the delta's pixels into both the mask and the
// editor's "before" copy (which must always equal the mask between changes).
class MaskDeltaCommand : public QUndoCommand {
public:
    MaskDeltaCommand(MaskEditor* editor, data::MaskDelta delta, const QString& text, int serial)
        : QUndoCommand(text), editor_(editor), delta_(std::move(delta)), serial_(serial) {}

    int id() const override { return serial_ > 0 ? kStrokeCommandId : -1; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* o = static_cast<const MaskDeltaCommand*>(other);
        if (o->serial_ != serial_) return false;
        delta_.merge(o->delta_);
        return true;
    }
    void redo() override {
        if (first_) {
            first_ = false;
            return;
        }
        write(true);
    }
    void undo() override { write(false); }
    qint64 bytes() const { return qint64(delta_.bytes()); }

private:
    void write(bool after) {
        cv::Mat mask = matView(editor_->mask_);
        cv::Mat before = matView(editor_->before_);
        if (after) {
            delta_.apply_after(mask);
            delta_.apply_after(before);
        } else {
            delta_.apply_before(mask);
            delta_.apply_before(before);
        }
        Q_EMIT editor_->maskChanged(toQRect(delta_.region()));
    }

    MaskEditor* editor_;
    data::MaskDelta delta_;
    int serial_;
    bool first_ = true;
};

MaskEditor::MaskEditor(QObject* parent) : QObject(parent) {}

MaskEditor::~MaskEditor() {
    undo_.clear();
}

void MaskEditor::begin(const QImage& mask) {
    undo_.clear();
    mask_ = mask.convertToFormat(QImage::Format_Grayscale8).copy();
    before_ = mask_.copy();
    polygon_.clear();
    stroking_ = false;
    undo_.setClean();
    Q_EMIT maskChanged(mask_.rect());
}

void MaskEditor::end() {
    undo_.clear();
    mask_ = QImage();
    before_ = QImage();
    polygon_.clear();
    stroking_ = false;
}

qint64 MaskEditor::historyBytes() const {
    qint64 n = 0;
    for (int i = 0; i < undo_.count(); ++i)
        n += static_cast<const MaskDeltaCommand*>(undo_.command(i))->bytes();
    return n;
}

void MaskEditor::setTool(EditTool tool) {
    if (tool == tool_) return;
    if (tool_ == EditTool::polygon) polygonCancel();
    tool_ = tool;
    Q_EMIT toolChanged(tool);
}

void MaskEditor::setBrushRadius(int radius) {
    radius = std::clamp(radius, 0, 200);
    if (radius == radius_) return;
    radius_ = radius;
    Q_EMIT brushRadiusChanged(radius);
}

void MaskEditor::pushChange(const QString& text, const QRect& search, bool mergeable) {
    const QRect bounded = search.intersected(mask_.rect());
    if (bounded.isEmpty()) return;
    data::MaskDelta delta = data::MaskDelta::between(matView(before_), matView(mask_), toCvRect(bounded));
    if (delta.empty()) return;
    // Bring "before" up to date in the changed region only.
    const cv::Rect r = delta.region();
    matView(mask_)(r).copyTo(matView(before_)(r));
    Q_EMIT maskChanged(toQRect(r));
    undo_.push(new MaskDeltaCommand(this, std::move(delta), text, mergeable ? strokeSerial_ : 0));
}

void MaskEditor::strokeBegin(QPoint p) {
    if (!isActive() || (tool_ != EditTool::brush && tool_ != EditTool::eraser)) return;
    stroking_ = true;
    ++strokeSerial_;
    last_ = p;
    cv::Mat m = matView(mask_);
    const cv::Rect r = data::paint_dab(m, toCv(p), radius_, tool_ == EditTool::brush);
    pushChange(tool_ == EditTool::brush ? tr("Brush stroke") : tr("Eraser stroke"), toQRect(r), true);
}

void MaskEditor::strokeMove(QPoint p) {
    if (!stroking_ || p == last_) return;
    cv::Mat m = matView(mask_);
    const cv::Rect r = data::paint_line(m, toCv(last_), toCv(p), radius_, tool_ == EditTool::brush);
    last_ = p;
    pushChange(tool_ == EditTool::brush ? tr("Brush stroke") : tr("Eraser stroke"), toQRect(r), true);
}

void MaskEditor::strokeEnd() {
    stroking_ = false;
}

void MaskEditor::polygonAdd(QPoint p) {
    if (!isActive()) return;
    polygon_.push_back(p);
    Q_EMIT polygonChanged();
}

void MaskEditor::polygonClose(bool erase) {
    if (!isActive()) return;
    if (polygon_.size() >= 3) {
        std::vector<cv::Point> vertices;
        for (const QPoint& p : polygon_)
            vertices.push_back(toCv(p));
        cv::Mat m = matView(mask_);
        const cv::Rect r = data::fill_polygon(m, vertices, !erase);
        pushChange(erase ? tr("Polygon erase") : tr("Polygon fill"), toQRect(r), false);
    }
    polygonCancel();
}

void MaskEditor::polygonCancel() {
    if (polygon_.isEmpty()) return;
    polygon_.clear();
    Q_EMIT polygonChanged();
}

void MaskEditor::floodFillAt(QPoint p, bool erase) {
    if (!isActive() || !mask_.rect().contains(p)) return;
    cv::Mat m = matView(mask_);
    const cv::Rect r = data::flood_fill(m, toCv(p), !erase);
    pushChange(tr("Flood fill"), toQRect(r), false);
}

void MaskEditor::fillHoles() {
    if (!isActive()) return;
    cv::Mat m = matView(mask_);
    pushChange(tr("Fill holes"), toQRect(data::fill_holes(m)), false);
}

void MaskEditor::grow() {
    if (!isActive()) return;
    cv::Mat m = matView(mask_);
    pushChange(tr("Grow"), toQRect(data::grow(m, 1)), false);
}

void MaskEditor::shrink() {
    if (!isActive()) return;
    cv::Mat m = matView(mask_);
    pushChange(tr("Shrink"), toQRect(data::shrink(m, 1)), false);
}

void MaskEditor::smooth() {
    if (!isActive()) return;
    cv::Mat m = matView(mask_);
    pushChange(tr("Smooth"), toQRect(data::smooth(m, 2)), false);
}

void MaskEditor::clear() {
    if (!isActive()) return;
    cv::Mat m = matView(mask_);
    pushChange(tr("Clear"), toQRect(data::clear(m)), false);
}

}  // namespace mipr::ui
