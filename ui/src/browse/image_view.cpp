#include "mipr/ui/browse/image_view.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

#include "common/async.h"
#include "mipr/ui/browse/overlay_presenter.h"

namespace mipr::ui {

namespace {

constexpr double kMinZoom = 0.01;
constexpr double kMaxZoom = 64.0;
constexpr double kZoomStep = 1.25;
constexpr int kFitMargin = 8;
const QColor kBackground(38, 40, 43);

const MaskOverlay& nullOverlay() {
    static const MaskOverlay none;
    return none;
}

}  // namespace

ImageView::ImageView(QWidget* parent)
    : QWidget(parent), latestTicket_(std::make_shared<std::atomic<quint64>>(0)) {
    // Two workers: one decoding the image the user wants, one finishing a superseded request.
    pool_.setMaxThreadCount(2);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    setMinimumSize(160, 120);
    message_ = tr("No image selected");
}

ImageView::~ImageView() {
    // Continuations run on this object: workers must be done before it goes.
    latestTicket_->store(~quint64(0));
    pool_.waitForDone();
}

void ImageView::showImage(const ImageEntry& entry) {
    const quint64 ticket = ++ticket_;
    latestTicket_->store(ticket);
    loading_ = true;
    requested_ = entry;
    shown_ = ViewImage{};
    message_ = tr("Loading %1…").arg(entry.name);
    fit_ = true;
    updateCursor();
    update();

    auto latest = latestTicket_;
    onResult(QtConcurrent::run(&pool_,
                               [entry, ticket, latest]() {
                                   // The user moved on while this waited in the queue: skip the work.
                                   if (latest->load() != ticket) {
                                       ViewImage skipped;
                                       skipped.ticket = ticket;
                                       return skipped;
                                   }
                                   return loadViewImage(entry, ticket);
                               }),
             this, [this](ViewImage loaded) { onLoaded(std::move(loaded)); });
}

void ImageView::onLoaded(ViewImage loaded) {
    if (loaded.ticket != ticket_) return;  // a stale answer: another image was asked for since
    loading_ = false;
    if (!loaded.error.isEmpty()) {
        message_ = tr("Cannot show %1:\n%2").arg(loaded.name, loaded.error);
        shown_ = ViewImage{};
        updateCursor();
        update();
        Q_EMIT loadFailed(loaded.name, loaded.error);
        return;
    }
    shown_ = std::move(loaded);
    message_.clear();
    applyFit();
    updateCursor();
    update();
    Q_EMIT imageShown(shown_.name);
}

void ImageView::clear(const QString& message) {
    ++ticket_;
    latestTicket_->store(ticket_);
    loading_ = false;
    requested_ = ImageEntry{};
    shown_ = ViewImage{};
    message_ = message.isEmpty() ? tr("No image selected") : message;
    updateCursor();
    update();
}

void ImageView::setOverlaySettings(const OverlaySettings& settings) {
    if (settings == settings_) return;
    settings_ = settings;
    update();
}

QString ImageView::currentName() const {
    return shown_.image.isNull() ? QString() : shown_.name;
}

QSize ImageView::displayedImageSize() const {
    return shown_.image.size();
}

MaskChoice ImageView::shownMask() const {
    if (shown_.image.isNull() || !settings_.visible) return MaskChoice::none;
    return overlay(settings_.mask).isNull() ? MaskChoice::none : settings_.mask;
}

const MaskOverlay& ImageView::overlay(MaskChoice choice) const {
    switch (choice) {
        case MaskChoice::doctor:
            return shown_.doctor;
        case MaskChoice::pseudo:
            return shown_.pseudo;
        case MaskChoice::none:
            break;
    }
    return nullOverlay();
}

QTransform ImageView::imageToWidget() const {
    return QTransform::fromTranslate(offset_.x(), offset_.y()).scale(scale_, scale_);
}

QPointF ImageView::mapFromImage(const QPointF& imagePoint) const {
    return imageToWidget().map(imagePoint);
}

QPointF ImageView::mapToImage(const QPointF& widgetPoint) const {
    return (widgetPoint - offset_) / scale_;
}

double ImageView::fitScale() const {
    const QSize image = shown_.image.size();
    if (image.isEmpty()) return 1.0;
    const double w = std::max(1, width() - 2 * kFitMargin);
    const double h = std::max(1, height() - 2 * kFitMargin);
    return std::clamp(std::min(w / image.width(), h / image.height()), kMinZoom, kMaxZoom);
}

void ImageView::applyFit() {
    if (shown_.image.isNull()) return;
    const double old = scale_;
    scale_ = fitScale();
    const QSizeF size = QSizeF(shown_.image.size()) * scale_;
    // Whole-pixel offsets keep the smooth zoomed-out image from blurring by half a pixel.
    offset_ =
        QPointF(std::round((width() - size.width()) / 2.0), std::round((height() - size.height()) / 2.0));
    fit_ = true;
    update();
    if (old != scale_) Q_EMIT zoomChanged(scale_);
}

void ImageView::fitToWindow() {
    applyFit();
}

void ImageView::zoomToActualSize() {
    setZoomFactor(1.0, rect().center());
}

void ImageView::zoomIn() {
    setZoomFactor(scale_ * kZoomStep, QRectF(rect()).center());
}

void ImageView::zoomOut() {
    setZoomFactor(scale_ / kZoomStep, QRectF(rect()).center());
}

void ImageView::setZoomFactor(double factor, const QPointF& anchor) {
    if (shown_.image.isNull()) return;
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    fit_ = false;
    if (factor == scale_) return;
    // Keep the image point under the anchor where it is.
    const QPointF imagePoint = mapToImage(anchor);
    scale_ = factor;
    offset_ = anchor - imagePoint * scale_;
    clampOffset();
    update();
    Q_EMIT zoomChanged(scale_);
}

void ImageView::clampOffset() {
    // Keep at least a strip of the image on screen so it cannot be lost by panning.
    const QSizeF size = QSizeF(shown_.image.size()) * scale_;
    const double keepX = std::min(48.0, size.width());
    const double keepY = std::min(48.0, size.height());
    offset_.setX(std::clamp(offset_.x(), keepX - size.width(), width() - keepX));
    offset_.setY(std::clamp(offset_.y(), keepY - size.height(), height() - keepY));
}

void ImageView::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    const QRect exposed = event->rect();
    painter.fillRect(exposed, kBackground);

    if (shown_.image.isNull()) {
        painter.setPen(QColor(200, 200, 200));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        painter.setFont(font);
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, message_);
        return;
    }

    // Only the exposed part of the image is drawn, in whole source pixels.
    const QTransform toWidget = imageToWidget();
    const QRectF exposedInImage = toWidget.inverted().mapRect(QRectF(exposed));
    const QRect source = exposedInImage.toAlignedRect().intersected(shown_.image.rect());
    if (!source.isEmpty()) {
        painter.save();
        painter.setTransform(toWidget);
        shown_.pyramid.draw(painter, source, scale_);
        if (settings_.visible) {
            overlay(settings_.mask).paint(painter, source, scale_, settings_.style, settings_.opacity);
        }
        painter.restore();
    }
    paintCaption(painter);
}

QString ImageView::caption() const {
    if (!settings_.visible) return tr("Overlay hidden");
    const MaskChoice shown = shownMask();
    return shown == MaskChoice::none ? tr("No mask") : OverlayPresenter::caption(shown);
}

void ImageView::paintCaption(QPainter& painter) const {
    // A legend chip: which mask is on screen, in its colour.
    const MaskChoice shown = shownMask();
    const QString text = caption();
    const QFontMetrics fm(painter.font());
    const int pad = 6;
    const int swatch = shown == MaskChoice::none ? 0 : fm.height() - 4;
    const int textWidth = fm.horizontalAdvance(text);
    const QRect chip(8, 8, pad * 2 + textWidth + (swatch ? swatch + pad : 0), fm.height() + pad);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 160));
    painter.drawRoundedRect(chip, 4, 4);
    int x = chip.left() + pad;
    if (swatch) {
        painter.setBrush(maskColour(shown));
        painter.drawRoundedRect(QRect(x, chip.center().y() - swatch / 2, swatch, swatch), 2, 2);
        x += swatch + pad;
    }
    painter.setPen(QColor(235, 235, 235));
    painter.drawText(QRect(x, chip.top(), textWidth + pad, chip.height()), Qt::AlignVCenter | Qt::AlignLeft,
                     text);
    painter.restore();
}

void ImageView::resizeEvent(QResizeEvent* event) {
    if (fit_) {
        applyFit();
    } else if (!shown_.image.isNull()) {
        // Keep the centre of the view on the same image point.
        offset_ += QPointF(event->size().width() - event->oldSize().width(),
                           event->size().height() - event->oldSize().height()) /
                   2.0;
        clampOffset();
    }
    QWidget::resizeEvent(event);
}

void ImageView::wheelEvent(QWheelEvent* event) {
    if (shown_.image.isNull()) return QWidget::wheelEvent(event);
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) return QWidget::wheelEvent(event);
    setZoomFactor(scale_ * std::pow(kZoomStep, steps), event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event) {
    if (!shown_.image.isNull() &&
        (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton)) {
        dragging_ = true;
        dragLast_ = event->position();
        updateCursor();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ImageView::mouseMoveEvent(QMouseEvent* event) {
    if (!dragging_) return QWidget::mouseMoveEvent(event);
    const QPointF delta = event->position() - dragLast_;
    dragLast_ = event->position();
    if (delta.isNull()) return;
    offset_ += delta;
    fit_ = false;
    clampOffset();
    update();
    event->accept();
}

void ImageView::mouseReleaseEvent(QMouseEvent* event) {
    if (dragging_) {
        dragging_ = false;
        updateCursor();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ImageView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            break;
        case Qt::Key_Minus:
            zoomOut();
            break;
        case Qt::Key_0:
            fitToWindow();
            break;
        case Qt::Key_1:
            zoomToActualSize();
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    event->accept();
}

void ImageView::updateCursor() {
    if (shown_.image.isNull()) {
        unsetCursor();
    } else {
        setCursor(dragging_ ? Qt::ClosedHandCursor : Qt::OpenHandCursor);
    }
}

}  // namespace mipr::ui
