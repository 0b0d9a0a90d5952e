#include "mipr/ui/browse/overlay_presenter.h"

#include <algorithm>

namespace mipr::ui {

OverlayPresenter::OverlayPresenter(QObject* parent) : QObject(parent) {}

bool OverlayPresenter::isAvailable(MaskChoice choice) const {
    switch (choice) {
        case MaskChoice::doctor:
            return doctor_;
        case MaskChoice::pseudo:
            return pseudo_;
        case MaskChoice::none:
            break;
    }
    return false;
}

MaskChoice OverlayPresenter::effectiveMask() const {
    if (isAvailable(requested_)) return requested_;
    // Fall back to the kind the image does have; the toolbar shows which one that is.
    const MaskChoice other = requested_ == MaskChoice::doctor ? MaskChoice::pseudo : MaskChoice::doctor;
    return isAvailable(other) ? other : MaskChoice::none;
}

OverlaySettings OverlayPresenter::settings() const {
    OverlaySettings s;
    s.visible = visible_;
    s.mask = effectiveMask();
    s.style = style_;
    s.opacity = opacity_ / 100.0;
    return s;
}

QString OverlayPresenter::caption(MaskChoice choice) {
    switch (choice) {
        case MaskChoice::doctor:
            return tr("Doctor mask");
        case MaskChoice::pseudo:
            return tr("Pseudo-label");
        case MaskChoice::none:
            break;
    }
    return tr("No mask");
}

void OverlayPresenter::setOverlayVisible(bool visible) {
    if (visible == visible_) return;
    visible_ = visible;
    Q_EMIT changed();
}

void OverlayPresenter::requestMask(MaskChoice choice) {
    if (choice == MaskChoice::none || choice == requested_) return;
    requested_ = choice;
    Q_EMIT changed();
}

void OverlayPresenter::setStyle(OverlayStyle style) {
    if (style == style_) return;
    style_ = style;
    Q_EMIT changed();
}

void OverlayPresenter::setOpacityPercent(int percent) {
    percent = std::clamp(percent, 0, 100);
    if (percent == opacity_) return;
    opacity_ = percent;
    Q_EMIT changed();
}

void OverlayPresenter::setAvailability(bool doctor, bool pseudo) {
    if (doctor == doctor_ && pseudo == pseudo_) return;
    doctor_ = doctor;
    pseudo_ = pseudo;
    Q_EMIT changed();
}

void OverlayPresenter::setAvailabilityFrom(const ImageEntry& entry) {
    setAvailability(entry.hasDoctorMask(), entry.hasPseudoLabel());
}

}  // namespace mipr::ui
