// The review view: panes that zoom and pan together, showing one review case — the real image
// x_u, x_u with the label under review, the generated image x' (or the difference heat map of x'
// against x_u), and x' with its label; or two panes (x_u with label, x' with label). The label's
// contour follows pixel edges, so it stays crisp at any zoom (images are drawn nearest-neighbour
// when magnified). The pixel values and the label under the cursor are reported as text. With a
// MaskEditor attached and editing on, the x_u-with-label pane is the editing canvas.
#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRect>
#include <QString>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <memory>

#include "mipr/ui/common/mask_overlay.h"
#include "mipr/ui/review/review_case.h"

class QGridLayout;

namespace mipr::ui {

class MaskEditor;
class ReviewView;

enum class PaneKind { real, realLabel, generated, generatedLabel, difference };

class ReviewPane : public QWidget {
    Q_OBJECT

public:
    ReviewPane(ReviewView* view, PaneKind kind, QWidget* parent = nullptr);
    PaneKind kind() const { return kind_; }
    void setKind(PaneKind kind);
    /// The chip in the pane's corner ("x_u", "x_u + label", "x'", "|x' − x_u|", "x' + label").
    QString title() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    bool isCanvas() const;
    void paintEditing(QPainter& painter, const QRect& source) const;
    void paintTitle(QPainter& painter) const;

    ReviewView* view_;
    PaneKind kind_;
    bool panning_ = false;
    bool painting_ = false;
    QPointF last_;
};

class ReviewView : public QWidget {
    Q_OBJECT

public:
    explicit ReviewView(QWidget* parent = nullptr);
    ~ReviewView() override;

    /// Shows `reviewCase` (kept alive by the view); keeps the zoom unless it was fit-to-window.
    void setCase(std::shared_ptr<const ReviewCase> reviewCase);
    /// Shows no case, only `message` in each pane.
    void clearCase(const QString& message);
    const ReviewCase* currentCase() const { return case_.get(); }
    QString message() const { return message_; }

    bool isTwoPane() const { return twoPane_; }
    void setTwoPane(bool twoPane);
    bool showsDifference() const { return difference_; }
    void setShowDifference(bool show);
    /// The |x' − x_u| heat map laid over the label pane (where G changed the image most is where
    /// the pseudo-label is likeliest wrong).
    bool showsErrorMap() const { return errorMap_; }
    void setErrorMap(bool show);
    OverlayStyle overlayStyle() const { return style_; }
    void setOverlayStyle(OverlayStyle style);
    bool overlayVisible() const { return overlayVisible_; }
    void setOverlayVisible(bool visible);

    /// Attaches the editor (not owned); editing draws its mask on the x_u + label pane.
    void setEditor(MaskEditor* editor);
    void setEditing(bool editing);
    bool isEditing() const { return editing_; }

    /// The visible panes, in reading order.
    QVector<ReviewPane*> visiblePanes() const;
    ReviewPane* pane(PaneKind kind) const;  ///< the visible pane of `kind`, or nullptr

    double zoomFactor() const { return scale_; }
    QPointF offset() const { return offset_; }
    bool isFitToWindow() const { return fit_; }
    QPointF mapToImage(const QPointF& panePoint) const { return (panePoint - offset_) / scale_; }
    QPointF mapFromImage(const QPointF& imagePoint) const { return imagePoint * scale_ + offset_; }
    /// "x 312, y 201 · x_u 182 120 100 · x' 170 110 98 · lesion" for an image point.
    QString describePixel(QPoint imagePoint) const;
    QString cursorText() const { return cursorText_; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void zoomToActualSize();
    /// Zooms every pane so that the image point under `anchor` (pane coordinates) stays put.
    void setZoomFactor(double factor, const QPointF& anchor);
    void panBy(const QPointF& delta);

Q_SIGNALS:
    /// A case is on screen in every pane (emitted after the panes repainted).
    void caseShown(qint64 pairId);
    void zoomChanged(double factor);
    void cursorTextChanged(const QString& text);
    /// The visible panes' size changed (the loader prepares images for it).
    void paneSizeChanged(QSize size);

private:
    friend class ReviewPane;
    void relayout();
    void applyFit();
    void clampOffset();
    void setHover(const QPointF& imagePoint, bool inside);
    void onMaskChanged(const QRect& region);
    void rebuildEditOutline();
    void updatePanes();
    QSize paneSize() const;
    const QImage* imageFor(PaneKind kind) const;
    const ImagePyramid* pyramidFor(PaneKind kind) const;

    std::shared_ptr<const ReviewCase> case_;
    QString message_;
    QGridLayout* grid_ = nullptr;
    ReviewPane* panes_[4] = {};
    bool twoPane_ = false;
    bool difference_ = false;
    bool errorMap_ = false;
    OverlayStyle style_ = OverlayStyle::outline;
    bool overlayVisible_ = true;
    double scale_ = 1.0;
    QPointF offset_;
    bool fit_ = true;
    QString cursorText_;

    MaskEditor* editor_ = nullptr;
    bool editing_ = false;
    QImage editFill_;        ///< ARGB32 premultiplied colour fill of the editor's mask
    QPainterPath editPath_;  ///< the editor mask's outline, rebuilt when a change settles
    QTimer outlineTimer_;
    QPointF brushAt_{-1, -1};
    QSize lastPaneSize_;
};

}  // namespace mipr::ui
