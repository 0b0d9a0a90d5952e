// Presenter of the viewer's overlay choices (which mask, style, opacity, visibility): holds the
// user's request and what the current image offers, and derives what the view should draw.
// Widgets bind to it; painting code only receives the resulting OverlaySettings.
#pragma once

#include <QObject>
#include <QString>

#include "mipr/ui/browse/image_entry.h"
#include "mipr/ui/common/mask_overlay.h"

namespace mipr::ui {

class OverlayPresenter : public QObject {
    Q_OBJECT

public:
    explicit OverlayPresenter(QObject* parent = nullptr);

    bool overlayVisible() const { return visible_; }
    MaskChoice requestedMask() const { return requested_; }
    /// The requested mask when the image has it, else the other kind it has, else none.
    MaskChoice effectiveMask() const;
    OverlayStyle style() const { return style_; }
    int opacityPercent() const { return opacity_; }
    bool doctorAvailable() const { return doctor_; }
    bool pseudoAvailable() const { return pseudo_; }
    bool isAvailable(MaskChoice choice) const;

    OverlaySettings settings() const;
    /// "Doctor mask", "Pseudo-label" or "No mask": what the view is showing.
    static QString caption(MaskChoice choice);

public Q_SLOTS:
    void setOverlayVisible(bool visible);
    void requestMask(MaskChoice choice);
    void setStyle(OverlayStyle style);
    void setOpacityPercent(int percent);  ///< clamped to 0..100
    void setAvailability(bool doctor, bool pseudo);
    void setAvailabilityFrom(const ImageEntry& entry);

Q_SIGNALS:
    /// Emitted after any change of what the view should draw or the toolbar should show.
    void changed();

private:
    bool visible_ = true;
    MaskChoice requested_ = MaskChoice::doctor;
    // Defaults: an outline leaves the lesion itself visible, which is what a reviewer judges.
    OverlayStyle style_ = OverlayStyle::outline;
    int opacity_ = 80;
    bool doctor_ = false;
    bool pseudo_ = false;
};

}  // namespace mipr::ui
