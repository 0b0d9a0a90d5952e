#include "mipr/ui/review/review_view.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "mipr/ui/review/mask_editor.h"

namespace mipr::ui {

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 64.0;
constexpr double kZoomStep = 1.25;
const QColor kBackground(38, 40, 43);

}  // namespace

// ---------------------------------------------------------------------------------------------
// ReviewPane

ReviewPane::ReviewPane(ReviewView* view, PaneKind kind, QWidget* parent)
    : QWidget(parent), view_(view), kind_(kind) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setMinimumSize(120, 90);
}

void ReviewPane::setKind(PaneKind kind) {
    if (kind == kind_) return;
    kind_ = kind;
    update();
}

QString ReviewPane::title() const {
    switch (kind_) {
        case PaneKind::real:
            return tr("x_u  real image");
        case PaneKind::realLabel:
            return view_->isEditing() && isCanvas() ? tr("x_u + label  (editing)") : tr("x_u + label");
        case PaneKind::generated:
            return tr("x'  generated");
        case PaneKind::generatedLabel:
            return tr("x' + label");
        case PaneKind::difference:
            return tr("|x' − x_u|  difference");
    }
    return {};
}

bool ReviewPane::isCanvas() const {
    return kind_ == PaneKind::realLabel;
}

void ReviewPane::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    const QRect exposed = event->rect();
    painter.fillRect(exposed, kBackground);
    const ReviewCase* c = view_->currentCase();
    const ImagePyramid* pyramid = view_->pyramidFor(kind_);
    if (!c || c->isNull() || !pyramid || pyramid->isNull()) {
        painter.setPen(QColor(200, 200, 200));
        QString text = view_->message();
        if (c && !c->isNull() &&
            (kind_ == PaneKind::generated || kind_ == PaneKind::generatedLabel ||
             kind_ == PaneKind::difference))
            text = tr("No generated image for this pair");
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, text);
        paintTitle(painter);
        return;
    }
    const double scale = view_->zoomFactor();
    const QTransform toPane =
        QTransform::fromTranslate(view_->offset().x(), view_->offset().y()).scale(scale, scale);
    const QRect source = toPane.inverted()
                             .mapRect(QRectF(exposed))
                             .toAlignedRect()
                             .intersected(QRect(QPoint(0, 0), c->real.size()));
    if (!source.isEmpty()) {
        painter.save();
        painter.setTransform(toPane);
        pyramid->draw(painter, source, scale);
        if (kind_ == PaneKind::realLabel && view_->showsErrorMap() && !view_->isEditing() &&
            !c->differencePyramid.isNull()) {
            painter.save();
            painter.setOpacity(0.5);
            c->differencePyramid.draw(painter, source, scale);
            painter.restore();
        }
        const bool labelled = kind_ == PaneKind::realLabel || kind_ == PaneKind::generatedLabel;
        if (labelled && view_->overlayVisible()) {
            if (view_->isEditing() && isCanvas()) {
                paintEditing(painter, source);
            } else {
                c->labelOverlay.paint(painter, source, scale, view_->overlayStyle(),
                                      view_->overlayStyle() == OverlayStyle::fill ? 0.45 : 1.0);
            }
        }
        painter.restore();
    }
    if (view_->isEditing() && isCanvas() && view_->editor_ && view_->brushAt_.x() >= 0) {
        // The brush outline, so the reviewer sees what a dab will cover.
        const MaskEditor* ed = view_->editor_;
        if (ed->tool() == EditTool::brush || ed->tool() == EditTool::eraser) {
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(
                QPen(ed->tool() == EditTool::brush ? QColor(255, 255, 255) : QColor(255, 80, 80), 1.5));
            const QPointF centre = view_->mapFromImage(view_->brushAt_ + QPointF(0.5, 0.5));
            const double r = (ed->brushRadius() + 0.5) * scale;
            painter.drawEllipse(centre, r, r);
        }
    }
    paintTitle(painter);
}

void ReviewPane::paintEditing(QPainter& painter, const QRect& source) const {
    const double scale = view_->zoomFactor();
    if (!view_->editFill_.isNull()) {
        painter.save();
        painter.setOpacity(0.25);  // light enough to see the lesion's own border through it
        // Nearest-neighbour when magnified keeps the edited pixels crisp.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1.0);
        painter.drawImage(source, view_->editFill_, source);
        painter.restore();
    }
    drawMaskOutline(painter, view_->editPath_, reviewLabelColour());
    const MaskEditor* ed = view_->editor_;
    if (ed && !ed->polygon().isEmpty()) {
        QPolygonF poly;
        for (const QPoint& p : ed->polygon())
            poly << QPointF(p) + QPointF(0.5, 0.5);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        QPen pen(QColor(255, 255, 255), 1.5, Qt::DashLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPolyline(poly);
        painter.restore();
    }
}

void ReviewPane::paintTitle(QPainter& painter) const {
    const QString text = title();
    const QFontMetrics fm(painter.font());
    const int pad = 5;
    const QRect chip(6, 6, fm.horizontalAdvance(text) + 2 * pad, fm.height() + pad);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 160));
    painter.drawRoundedRect(chip, 4, 4);
    painter.setPen(QColor(235, 235, 235));
    painter.drawText(chip, Qt::AlignCenter, text);
    painter.restore();
}

void ReviewPane::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) return QWidget::wheelEvent(event);
    view_->setZoomFactor(view_->zoomFactor() * std::pow(kZoomStep, steps), event->position());
    event->accept();
}

void ReviewPane::mousePressEvent(QMouseEvent* event) {
    MaskEditor* ed = view_->editor_;
    const QPointF ip = view_->mapToImage(event->position());
    const QPoint pixel(int(std::floor(ip.x())), int(std::floor(ip.y())));
    if (view_->isEditing() && isCanvas() && ed && event->button() == Qt::LeftButton) {
        const bool erase = event->modifiers().testFlag(Qt::ShiftModifier);
        switch (ed->tool()) {
            case EditTool::brush:
            case EditTool::eraser:
                painting_ = true;
                ed->strokeBegin(pixel);
                break;
            case EditTool::polygon:
                ed->polygonAdd(pixel);
                update();
                break;
            case EditTool::fill:
                ed->floodFillAt(pixel, erase);
                break;
        }
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        panning_ = true;
        last_ = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (view_->isEditing() && isCanvas() && ed && event->button() == Qt::RightButton &&
        ed->tool() == EditTool::polygon) {
        ed->polygonClose(event->modifiers().testFlag(Qt::ShiftModifier));
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ReviewPane::mouseDoubleClickEvent(QMouseEvent* event) {
    MaskEditor* ed = view_->editor_;
    if (view_->isEditing() && isCanvas() && ed && ed->tool() == EditTool::polygon) {
        ed->polygonClose(event->modifiers().testFlag(Qt::ShiftModifier));
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void ReviewPane::mouseMoveEvent(QMouseEvent* event) {
    const QPointF ip = view_->mapToImage(event->position());
    view_->setHover(ip, true);
    if (painting_ && view_->editor_) {
        view_->editor_->strokeMove(QPoint(int(std::floor(ip.x())), int(std::floor(ip.y()))));
    } else if (panning_) {
        const QPointF delta = event->position() - last_;
        last_ = event->position();
        view_->panBy(delta);
    }
    if (view_->isEditing() && isCanvas()) update();
    event->accept();
}

void ReviewPane::mouseReleaseEvent(QMouseEvent* event) {
    if (painting_) {
        painting_ = false;
        if (view_->editor_) view_->editor_->strokeEnd();
        view_->rebuildEditOutline();
    }
    if (panning_) {
        panning_ = false;
        unsetCursor();
    }
    event->accept();
}

void ReviewPane::leaveEvent(QEvent* event) {
    view_->setHover({}, false);
    QWidget::leaveEvent(event);
}

void ReviewPane::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (view_->isFitToWindow()) view_->applyFit();
    if (size() != view_->lastPaneSize_ && !isHidden()) {
        view_->lastPaneSize_ = size();
        Q_EMIT view_->paneSizeChanged(size());
    }
}

// ---------------------------------------------------------------------------------------------
// ReviewView

ReviewView::ReviewView(QWidget* parent) : QWidget(parent) {
    grid_ = new QGridLayout(this);
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setSpacing(2);
    const PaneKind kinds[4] = {PaneKind::real, PaneKind::realLabel, PaneKind::generated,
                               PaneKind::generatedLabel};
    for (int i = 0; i < 4; ++i) {
        panes_[i] = new ReviewPane(this, kinds[i], this);
        panes_[i]->setObjectName(QStringLiteral("reviewPane%1").arg(i));
    }
    message_ = tr("No pair to review");
    outlineTimer_.setSingleShot(true);
    outlineTimer_.setInterval(40);
    connect(&outlineTimer_, &QTimer::timeout, this, &ReviewView::rebuildEditOutline);
    relayout();
}

ReviewView::~ReviewView() = default;

void ReviewView::relayout() {
    for (auto* p : panes_) {
        grid_->removeWidget(p);
        p->hide();
    }
    // Two panes: the label on the real image beside x' (or the difference), the comparison a
    // reviewer makes most. Editing uses the two-pane layout too, for a larger canvas.
    const bool two = twoPane_ || editing_;
    panes_[2]->setKind(difference_ ? PaneKind::difference : PaneKind::generated);
    if (two) {
        grid_->addWidget(panes_[1], 0, 0);
        grid_->addWidget(editing_ ? panes_[0] : (difference_ ? panes_[2] : panes_[3]), 0, 1);
        panes_[1]->show();
        (editing_ ? panes_[0] : (difference_ ? panes_[2] : panes_[3]))->show();
    } else {
        for (int i = 0; i < 4; ++i) {
            grid_->addWidget(panes_[i], i / 2, i % 2);
            panes_[i]->show();
        }
    }
    for (int i = 0; i < 2; ++i) {
        grid_->setRowStretch(i, two && i == 1 ? 0 : 1);
        grid_->setColumnStretch(i, 1);
    }
    if (fit_) applyFit();
    updatePanes();
}

QVector<ReviewPane*> ReviewView::visiblePanes() const {
    QVector<ReviewPane*> out;
    // Reading order: by grid position.
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 2; ++c)
            if (auto* item = grid_->itemAtPosition(r, c))
                if (auto* p = qobject_cast<ReviewPane*>(item->widget()); p && !p->isHidden())
                    out.push_back(p);
    return out;
}

ReviewPane* ReviewView::pane(PaneKind kind) const {
    for (auto* p : visiblePanes())
        if (p->kind() == kind) return p;
    return nullptr;
}

QSize ReviewView::paneSize() const {
    const auto panes = visiblePanes();
    if (panes.isEmpty()) return size();
    QSize s = panes.front()->size();
    if (s.isEmpty()) {
        // Before the first layout pass: estimate from the view's own size.
        const bool two = twoPane_ || editing_;
        s = QSize(width() / 2, two ? height() : height() / 2);
    }
    return s;
}

const QImage* ReviewView::imageFor(PaneKind kind) const {
    if (!case_) return nullptr;
    switch (kind) {
        case PaneKind::real:
        case PaneKind::realLabel:
            return &case_->real;
        case PaneKind::generated:
        case PaneKind::generatedLabel:
            return &case_->generated;
        case PaneKind::difference:
            return &case_->difference;
    }
    return nullptr;
}

const ImagePyramid* ReviewView::pyramidFor(PaneKind kind) const {
    if (!case_) return nullptr;
    switch (kind) {
        case PaneKind::real:
        case PaneKind::realLabel:
            return &case_->realPyramid;
        case PaneKind::generated:
        case PaneKind::generatedLabel:
            return &case_->generatedPyramid;
        case PaneKind::difference:
            return &case_->differencePyramid;
    }
    return nullptr;
}

void ReviewView::setCase(std::shared_ptr<const ReviewCase> reviewCase) {
    const QSize oldSize = case_ ? case_->real.size() : QSize();
    case_ = std::move(reviewCase);
    message_ = case_ && !case_->error.isEmpty() ? tr("Cannot show %1:\n%2").arg(case_->name, case_->error)
                                                : QString();
    if (!case_ || fit_ || case_->real.size() != oldSize) applyFit();
    updatePanes();
    // Paint now, so that "shown" means on screen (the benchmark times up to here).
    for (auto* p : visiblePanes())
        p->repaint();
    if (case_) Q_EMIT caseShown(case_->pairId);
}

void ReviewView::clearCase(const QString& message) {
    case_.reset();
    message_ = message;
    updatePanes();
}

void ReviewView::setTwoPane(bool twoPane) {
    if (twoPane == twoPane_) return;
    twoPane_ = twoPane;
    relayout();
}

void ReviewView::setErrorMap(bool show) {
    if (show == errorMap_) return;
    errorMap_ = show;
    for (ReviewPane* p : panes_)
        if (p) p->update();
}

void ReviewView::setShowDifference(bool show) {
    if (show == difference_) return;
    difference_ = show;
    relayout();
}

void ReviewView::setOverlayStyle(OverlayStyle style) {
    if (style == style_) return;
    style_ = style;
    updatePanes();
}

void ReviewView::setOverlayVisible(bool visible) {
    if (visible == overlayVisible_) return;
    overlayVisible_ = visible;
    updatePanes();
}

void ReviewView::setEditor(MaskEditor* editor) {
    editor_ = editor;
    if (!editor_) return;
    connect(editor_, &MaskEditor::maskChanged, this, &ReviewView::onMaskChanged);
    connect(editor_, &MaskEditor::polygonChanged, this, &ReviewView::updatePanes);
    connect(editor_, &MaskEditor::brushRadiusChanged, this, &ReviewView::updatePanes);
}

void ReviewView::setEditing(bool editing) {
    if (editing == editing_) return;
    editing_ = editing;
    if (editing_ && editor_ && editor_->isActive()) {
        editFill_ = QImage(editor_->mask().size(), QImage::Format_ARGB32_Premultiplied);
        onMaskChanged(editor_->mask().rect());
        rebuildEditOutline();
    } else {
        editFill_ = QImage();
        editPath_ = QPainterPath();
    }
    relayout();
}

void ReviewView::onMaskChanged(const QRect& region) {
    if (!editing_ || !editor_ || editFill_.isNull()) return;
    const QImage& mask = editor_->mask();
    const QRect r = region.intersected(mask.rect());
    const QColor c = reviewLabelColour();
    const QRgb on = qRgba(c.red(), c.green(), c.blue(), 255);
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar* in = mask.constScanLine(y);
        auto* out = reinterpret_cast<QRgb*>(editFill_.scanLine(y));
        for (int x = r.left(); x <= r.right(); ++x)
            out[x] = in[x] ? on : 0;
    }
    // The outline is rebuilt once the change settles (a stroke sends many small changes).
    outlineTimer_.start();
    if (auto* canvas = pane(PaneKind::realLabel)) {
        const QRectF widgetRect(mapFromImage(r.topLeft()), mapFromImage(r.bottomRight() + QPoint(1, 1)));
        canvas->update(widgetRect.toAlignedRect().adjusted(-4, -4, 4, 4));
    }
}

void ReviewView::rebuildEditOutline() {
    outlineTimer_.stop();
    if (!editing_ || !editor_ || !editor_->isActive()) return;
    editPath_ = traceMaskOutline(editor_->mask());
    if (auto* canvas = pane(PaneKind::realLabel)) canvas->update();
}

void ReviewView::updatePanes() {
    for (auto* p : panes_)
        if (!p->isHidden()) p->update();
}

void ReviewView::applyFit() {
    if (!case_ || case_->real.isNull()) return;
    const QSize pane = paneSize();
    const QSize image = case_->real.size();
    const double old = scale_;
    scale_ = reviewFitScale(pane, image);
    offset_ = QPointF(std::round((pane.width() - image.width() * scale_) / 2.0),
                      std::round((pane.height() - image.height() * scale_) / 2.0));
    fit_ = true;
    updatePanes();
    if (old != scale_) Q_EMIT zoomChanged(scale_);
}

void ReviewView::fitToWindow() {
    applyFit();
}

void ReviewView::zoomToActualSize() {
    const QSize pane = paneSize();
    setZoomFactor(1.0, QPointF(pane.width() / 2.0, pane.height() / 2.0));
}

void ReviewView::zoomIn() {
    const QSize pane = paneSize();
    setZoomFactor(scale_ * kZoomStep, QPointF(pane.width() / 2.0, pane.height() / 2.0));
}

void ReviewView::zoomOut() {
    const QSize pane = paneSize();
    setZoomFactor(scale_ / kZoomStep, QPointF(pane.width() / 2.0, pane.height() / 2.0));
}

void ReviewView::setZoomFactor(double factor, const QPointF& anchor) {
    if (!case_ || case_->real.isNull()) return;
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    fit_ = false;
    if (factor == scale_) return;
    const QPointF imagePoint = mapToImage(anchor);
    scale_ = factor;
    offset_ = anchor - imagePoint * scale_;
    clampOffset();
    updatePanes();
    Q_EMIT zoomChanged(scale_);
}

void ReviewView::panBy(const QPointF& delta) {
    if (!case_ || delta.isNull()) return;
    offset_ += delta;
    fit_ = false;
    clampOffset();
    updatePanes();
}

void ReviewView::clampOffset() {
    if (!case_) return;
    const QSize pane = paneSize();
    const QSizeF size = QSizeF(case_->real.size()) * scale_;
    const double keepX = std::min(48.0, size.width());
    const double keepY = std::min(48.0, size.height());
    offset_.setX(std::clamp(offset_.x(), keepX - size.width(), pane.width() - keepX));
    offset_.setY(std::clamp(offset_.y(), keepY - size.height(), pane.height() - keepY));
}

QString ReviewView::describePixel(QPoint p) const {
    if (!case_ || case_->real.isNull() || !case_->real.rect().contains(p)) return {};
    auto rgb = [](const QImage& image, QPoint q) {
        const QRgb v = image.pixel(q);
        return QStringLiteral("%1 %2 %3").arg(qRed(v)).arg(qGreen(v)).arg(qBlue(v));
    };
    QString text = tr("x %1, y %2 · x_u %3").arg(p.x()).arg(p.y()).arg(rgb(case_->real, p));
    if (!case_->generated.isNull()) text += tr(" · x' %1").arg(rgb(case_->generated, p));
    const QImage& label = editing_ && editor_ && editor_->isActive() ? editor_->mask() : case_->label;
    if (!label.isNull() && label.rect().contains(p))
        text += label.constScanLine(p.y())[p.x()] ? tr(" · lesion") : tr(" · background");
    return text;
}

void ReviewView::setHover(const QPointF& imagePoint, bool inside) {
    const QPoint p(int(std::floor(imagePoint.x())), int(std::floor(imagePoint.y())));
    brushAt_ = inside ? QPointF(p) : QPointF(-1, -1);
    const QString text = inside ? describePixel(p) : QString();
    if (text == cursorText_) return;
    cursorText_ = text;
    Q_EMIT cursorTextChanged(text);
}

}  // namespace mipr::ui
