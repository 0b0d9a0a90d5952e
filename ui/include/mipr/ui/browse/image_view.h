// The image viewer: paints one project image with its mask overlay. Zoom with the wheel
// (anchored under the cursor) or +/-/0/1 keys, pan by dragging. Images load in a worker; the
// view shows "Loading…" meanwhile and drops answers to requests it no longer wants.
#pragma once

#include <QFuture>
#include <QPointF>
#include <QThreadPool>
#include <QTransform>
#include <QWidget>

#include <atomic>
#include <memory>

#include "mipr/ui/browse/image_entry.h"
#include "mipr/ui/browse/view_image_loader.h"
#include "mipr/ui/common/mask_overlay.h"

namespace mipr::ui {

class ImageView : public QWidget {
    Q_OBJECT

public:
    explicit ImageView(QWidget* parent = nullptr);
    ~ImageView() override;

    /// Starts loading `entry`; the previous image is dropped at once.
    void showImage(const ImageEntry& entry);
    /// Shows no image, only `message` (e.g. "No image selected").
    void clear(const QString& message = {});

    void setOverlaySettings(const OverlaySettings& settings);
    const OverlaySettings& overlaySettings() const { return settings_; }

    bool isLoading() const { return loading_; }
    /// The image last asked for (on screen or loading); a default entry after clear().
    const ImageEntry& requestedEntry() const { return requested_; }
    QString currentName() const;                  ///< the image on screen; empty while loading or cleared
    QString message() const { return message_; }  ///< text shown instead of an image
    QSize displayedImageSize() const;             ///< pixel size of the image on screen
    double zoomFactor() const { return scale_; }
    bool isFitToWindow() const { return fit_; }
    /// The mask actually drawn: the requested one if loaded and the overlay is visible.
    MaskChoice shownMask() const;
    /// The legend in the view's corner: "Doctor mask", "Pseudo-label", "No mask", "Overlay hidden".
    QString caption() const;
    /// The overlay of `choice` for the image on screen (null when it has none).
    const MaskOverlay& overlay(MaskChoice choice) const;

    QPointF mapFromImage(const QPointF& imagePoint) const;
    QPointF mapToImage(const QPointF& widgetPoint) const;

    QSize sizeHint() const override { return {640, 480}; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void zoomToActualSize();
    /// Sets the zoom so that the image point under `anchor` (widget coordinates) stays there.
    void setZoomFactor(double factor, const QPointF& anchor);

Q_SIGNALS:
    void imageShown(const QString& name);
    void loadFailed(const QString& name, const QString& error);
    void zoomChanged(double factor);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onLoaded(ViewImage loaded);
    QTransform imageToWidget() const;
    double fitScale() const;
    void applyFit();
    void clampOffset();
    void paintCaption(QPainter& painter) const;
    void updateCursor();

    QThreadPool pool_;
    // Shared with queued jobs so that a job for a stale request skips its work entirely.
    std::shared_ptr<std::atomic<quint64>> latestTicket_;
    quint64 ticket_ = 0;
    bool loading_ = false;
    ImageEntry requested_;

    ViewImage shown_;
    QString message_;
    OverlaySettings settings_;

    double scale_ = 1.0;
    QPointF offset_;  ///< widget position of the image's top-left corner
    bool fit_ = true;
    bool dragging_ = false;
    QPointF dragLast_;
};

}  // namespace mipr::ui
