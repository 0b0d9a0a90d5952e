// The viewer's toolbar: which mask (doctor / pseudo-label), overlay on/off, fill or outline,
// opacity, zoom. It binds to OverlayPresenter (never to painting code) and to ImageView's zoom.
#pragma once

#include <QToolBar>

class QAction;
class QActionGroup;
class QLabel;
class QSlider;

namespace mipr::ui {

class ImageView;
class OverlayPresenter;

class ViewerToolBar : public QToolBar {
    Q_OBJECT

public:
    ViewerToolBar(OverlayPresenter* presenter, ImageView* view, QWidget* parent = nullptr);

    QAction* doctorMaskAction() const { return doctor_; }
    QAction* pseudoLabelAction() const { return pseudo_; }
    QAction* showOverlayAction() const { return visible_; }
    QAction* fillAction() const { return fill_; }
    QAction* outlineAction() const { return outline_; }
    QAction* zoomInAction() const { return zoomIn_; }
    QAction* zoomOutAction() const { return zoomOut_; }
    QAction* fitAction() const { return fit_; }
    QAction* actualSizeAction() const { return actualSize_; }
    QSlider* opacitySlider() const { return opacity_; }

private:
    void syncFromPresenter();

    OverlayPresenter* presenter_;
    QAction* doctor_ = nullptr;
    QAction* pseudo_ = nullptr;
    QAction* visible_ = nullptr;
    QAction* fill_ = nullptr;
    QAction* outline_ = nullptr;
    QAction* zoomIn_ = nullptr;
    QAction* zoomOut_ = nullptr;
    QAction* fit_ = nullptr;
    QAction* actualSize_ = nullptr;
    QSlider* opacity_ = nullptr;
    QLabel* opacityValue_ = nullptr;
};

}  // namespace mipr::ui
