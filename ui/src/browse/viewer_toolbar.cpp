#include "mipr/ui/browse/viewer_toolbar.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include "mipr/ui/browse/image_view.h"
#include "mipr/ui/browse/overlay_presenter.h"

namespace mipr::ui {

namespace {

QAction* checkable(QToolBar* bar, const QString& text, const QString& objectName, const QString& tip) {
    QAction* a = bar->addAction(text);
    a->setCheckable(true);
    a->setObjectName(objectName);
    a->setToolTip(tip);
    return a;
}

}  // namespace

ViewerToolBar::ViewerToolBar(OverlayPresenter* presenter, ImageView* view, QWidget* parent)
    : QToolBar(tr("Viewer"), parent), presenter_(presenter) {
    setObjectName(QStringLiteral("viewerToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Which mask: one of two, each enabled only when the image has that kind.
    auto* kinds = new QActionGroup(this);
    kinds->setExclusive(true);
    doctor_ = checkable(this, tr("Doctor mask"), QStringLiteral("actionDoctorMask"),
                        tr("Overlay the clinician's mask (D)"));
    doctor_->setShortcut(QKeySequence(Qt::Key_D));
    pseudo_ = checkable(this, tr("Pseudo-label"), QStringLiteral("actionPseudoLabel"),
                        tr("Overlay the model's pseudo-label (P)"));
    pseudo_->setShortcut(QKeySequence(Qt::Key_P));
    kinds->addAction(doctor_);
    kinds->addAction(pseudo_);
    addSeparator();

    visible_ = checkable(this, tr("Overlay"), QStringLiteral("actionShowOverlay"),
                         tr("Show or hide the mask overlay (O)"));
    visible_->setShortcut(QKeySequence(Qt::Key_O));
    auto* styles = new QActionGroup(this);
    styles->setExclusive(true);
    fill_ =
        checkable(this, tr("Fill"), QStringLiteral("actionFill"), tr("Draw the mask as a translucent fill"));
    outline_ = checkable(this, tr("Outline"), QStringLiteral("actionOutline"), tr("Draw the mask's outline"));
    styles->addAction(fill_);
    styles->addAction(outline_);

    auto* opacityLabel = new QLabel(tr(" Opacity "), this);
    addWidget(opacityLabel);
    opacity_ = new QSlider(Qt::Horizontal, this);
    opacity_->setObjectName(QStringLiteral("opacitySlider"));
    opacity_->setRange(0, 100);
    opacity_->setSingleStep(5);
    opacity_->setPageStep(10);
    opacity_->setFixedWidth(110);
    opacity_->setToolTip(tr("Overlay opacity"));
    addWidget(opacity_);
    opacityValue_ = new QLabel(this);
    opacityValue_->setMinimumWidth(opacityValue_->fontMetrics().horizontalAdvance(QStringLiteral(" 100% ")));
    addWidget(opacityValue_);
    addSeparator();

    zoomOut_ = addAction(tr("−"));
    zoomOut_->setObjectName(QStringLiteral("actionZoomOut"));
    zoomOut_->setToolTip(tr("Zoom out (−)"));
    zoomOut_->setShortcut(QKeySequence::ZoomOut);
    zoomIn_ = addAction(tr("+"));
    zoomIn_->setObjectName(QStringLiteral("actionZoomIn"));
    zoomIn_->setToolTip(tr("Zoom in (+)"));
    zoomIn_->setShortcut(QKeySequence::ZoomIn);
    fit_ = addAction(tr("Fit"));
    fit_->setObjectName(QStringLiteral("actionFit"));
    fit_->setToolTip(tr("Fit the image to the window (0)"));
    fit_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    actualSize_ = addAction(tr("1:1"));
    actualSize_->setObjectName(QStringLiteral("actionActualSize"));
    actualSize_->setToolTip(tr("One image pixel per screen pixel (1)"));
    actualSize_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));

    // Widgets -> presenter.
    connect(doctor_, &QAction::triggered, presenter_,
            [this] { presenter_->requestMask(MaskChoice::doctor); });
    connect(pseudo_, &QAction::triggered, presenter_,
            [this] { presenter_->requestMask(MaskChoice::pseudo); });
    connect(visible_, &QAction::toggled, presenter_, &OverlayPresenter::setOverlayVisible);
    connect(fill_, &QAction::triggered, presenter_, [this] { presenter_->setStyle(OverlayStyle::fill); });
    connect(outline_, &QAction::triggered, presenter_,
            [this] { presenter_->setStyle(OverlayStyle::outline); });
    connect(opacity_, &QSlider::valueChanged, presenter_, &OverlayPresenter::setOpacityPercent);
    // Presenter -> widgets.
    connect(presenter_, &OverlayPresenter::changed, this, &ViewerToolBar::syncFromPresenter);
    // Zoom goes straight to the view: it owns the zoom state.
    connect(zoomIn_, &QAction::triggered, view, &ImageView::zoomIn);
    connect(zoomOut_, &QAction::triggered, view, &ImageView::zoomOut);
    connect(fit_, &QAction::triggered, view, &ImageView::fitToWindow);
    connect(actualSize_, &QAction::triggered, view, &ImageView::zoomToActualSize);
    syncFromPresenter();
}

void ViewerToolBar::syncFromPresenter() {
    const QSignalBlocker b1(opacity_);
    const QSignalBlocker b2(visible_);
    const MaskChoice shown = presenter_->effectiveMask();
    doctor_->setEnabled(presenter_->doctorAvailable());
    pseudo_->setEnabled(presenter_->pseudoAvailable());
    // The checked button is the mask on screen (which may be a fallback from the request).
    doctor_->setChecked(shown == MaskChoice::doctor);
    pseudo_->setChecked(shown == MaskChoice::pseudo);
    visible_->setChecked(presenter_->overlayVisible());
    fill_->setChecked(presenter_->style() == OverlayStyle::fill);
    outline_->setChecked(presenter_->style() == OverlayStyle::outline);
    opacity_->setValue(presenter_->opacityPercent());
    opacityValue_->setText(QStringLiteral(" %1% ").arg(presenter_->opacityPercent()));
}

}  // namespace mipr::ui
