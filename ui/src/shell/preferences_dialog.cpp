#include "mipr/ui/shell/preferences_dialog.h"

#include "mipr/pipeline/settings.h"
#include "mipr/ui/shell/application.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mipr::ui {

Preferences Preferences::load() {
    QSettings s;
    Preferences p;
    p.reviewer = s.value(QStringLiteral("preferences/reviewer")).toString();
    p.device = s.value(QStringLiteral("preferences/device"), QStringLiteral("auto")).toString();
    p.threads = s.value(QStringLiteral("preferences/threads"), 0).toInt();
    p.language = s.value(QStringLiteral("preferences/language")).toString();
    p.overlayOpacity = s.value(QStringLiteral("overlay/opacity"), p.overlayOpacity).toInt();
    p.overlayOutline = s.value(QStringLiteral("overlay/outline"), p.overlayOutline).toBool();
    return p;
}

void Preferences::save() const {
    QSettings s;
    s.setValue(QStringLiteral("preferences/reviewer"), reviewer.trimmed());
    s.setValue(QStringLiteral("preferences/device"), device);
    s.setValue(QStringLiteral("preferences/threads"), threads);
    s.setValue(QStringLiteral("preferences/language"), language);
    s.setValue(QStringLiteral("overlay/opacity"), overlayOpacity);
    s.setValue(QStringLiteral("overlay/outline"), overlayOutline);
}

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    reviewer_ = new QLineEdit(this);
    reviewer_->setObjectName(QStringLiteral("prefReviewer"));
    reviewer_->setPlaceholderText(tr("your name, recorded with each review decision"));
    device_ = new QComboBox(this);
    device_->setObjectName(QStringLiteral("prefDevice"));
    device_->addItem(tr("Automatic (the first GPU, else the CPU)"), QStringLiteral("auto"));
    for (const auto& d : pipeline::available_devices())
        device_->addItem(QString::fromStdString(d.description), QString::fromStdString(d.id));
    threads_ = new QSpinBox(this);
    threads_->setObjectName(QStringLiteral("prefThreads"));
    threads_->setRange(0, 256);
    threads_->setSpecialValueText(tr("one per core"));
    language_ = new QComboBox(this);
    language_->setObjectName(QStringLiteral("prefLanguage"));
    language_->addItem(tr("The system's (%1)").arg(QLocale().nativeLanguageName()), QString());
    // The translations built into the studio (:/i18n/mipr_studio_<locale>.qm), each in its own name.
    // (QLocale's native names carry a country for some: "español de España", "American English".)
    const QHash<QString, QString> names = {{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                           {QStringLiteral("en"), QStringLiteral("English")},
                                           {QStringLiteral("es"), QStringLiteral("Español")},
                                           {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const QString& name : studioLanguages())
        language_->addItem(
            QStringLiteral("%1 (%2)").arg(names.value(name, QLocale(name).nativeLanguageName()), name), name);
    opacity_ = new QSpinBox(this);
    opacity_->setObjectName(QStringLiteral("prefOpacity"));
    opacity_->setRange(0, 100);
    opacity_->setSuffix(QStringLiteral(" %"));
    outline_ = new QCheckBox(tr("Outline instead of fill"), this);
    outline_->setObjectName(QStringLiteral("prefOutline"));

    auto* form = new QFormLayout;
    form->addRow(tr("Reviewer name:"), reviewer_);
    form->addRow(tr("Default device of new runs:"), device_);
    form->addRow(tr("CPU threads:"), threads_);
    form->addRow(tr("Language:"), language_);
    form->addRow(tr("Overlay opacity:"), opacity_);
    form->addRow(QString(), outline_);
    auto* note = new QLabel(tr("A new language applies when the studio starts again."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* box = new QVBoxLayout(this);
    box->addLayout(form);
    box->addWidget(note);
    box->addWidget(buttons);
    setPreferences(Preferences::load());
}

Preferences PreferencesDialog::preferences() const {
    Preferences p;
    p.reviewer = reviewer_->text().trimmed();
    p.device = device_->currentData().toString();
    p.threads = threads_->value();
    p.language = language_->currentData().toString();
    p.overlayOpacity = opacity_->value();
    p.overlayOutline = outline_->isChecked();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences& p) {
    reviewer_->setText(p.reviewer);
    int index = device_->findData(p.device);
    if (index < 0) {
        device_->addItem(tr("%1 (not found here)").arg(p.device), p.device);
        index = device_->count() - 1;
    }
    device_->setCurrentIndex(index);
    threads_->setValue(p.threads);
    language_->setCurrentIndex(std::max(0, language_->findData(p.language)));
    opacity_->setValue(p.overlayOpacity);
    outline_->setChecked(p.overlayOutline);
}

}  // namespace mipr::ui
