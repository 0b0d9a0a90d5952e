#include "mipr/ui/cockpit/run_dialog.h"

#include "mipr/common/error.h"
#include "mipr/ui/shell/preferences_dialog.h"

#include "common/core_texts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mipr::ui {
namespace {

QString settingsKey(const QString& root) {
    const auto hash = QCryptographicHash::hash(root.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("runDialog/%1").arg(QString::fromLatin1(hash));
}

struct PresetName {
    const char* id;
    const char* label;
};
const PresetName kPresets[] = {{"cpu", QT_TRANSLATE_NOOP("mipr::ui::RunDialog", "CPU quick")},
                               {"paper", QT_TRANSLATE_NOOP("mipr::ui::RunDialog", "Paper (GPU)")},
                               {"smoke", QT_TRANSLATE_NOOP("mipr::ui::RunDialog", "Smoke test (seconds)")}};

}  // namespace

RunDialog::RunDialog(const QString& projectRoot, QWidget* parent) : QDialog(parent), root_(projectRoot) {
    setObjectName(QStringLiteral("runDialog"));
    setWindowTitle(tr("New Run"));
    build();
    // The last choices for this project, else the CPU preset.
    QSettings store;
    const QString key = settingsKey(root_);
    pipeline::Settings s;
    const QString json = store.value(key + QStringLiteral("/settings")).toString();
    if (!json.isEmpty()) {
        try {
            s.apply_json(json.toStdString());
        } catch (const std::exception&) {
            s = pipeline::Settings{};  // from an older version: start afresh
        }
    } else {
        // A first run here: the device and threads of the preferences.
        const auto prefs = Preferences::load();
        try {
            s.set("compute.device", prefs.device.toStdString());
            s.set("compute.threads", std::to_string(prefs.threads));
        } catch (const std::exception&) {
        }
    }
    load(s);
    const int kind = store.value(key + QStringLiteral("/kind"), int(RunKind::iterations)).toInt();
    setKind(RunKind(std::clamp(kind, 0, 3)));
    revalidate();
}

void RunDialog::build() {
    auto* top = new QFormLayout;
    kindCombo_ = new QComboBox(this);
    kindCombo_->setObjectName(QStringLiteral("runKind"));
    kindCombo_->addItem(tr("Train S on the labelled images"), int(RunKind::trainSeg));
    kindCombo_->addItem(tr("Pseudo-label the unlabelled images with S"), int(RunKind::predict));
    kindCombo_->addItem(tr("MIPR iterations (train S, train G, annotate)"), int(RunKind::iterations));
    kindCombo_->addItem(tr("Table-1 experiment (MIPR against baselines, a report)"),
                        int(RunKind::experiment));
    top->addRow(tr("What to do:"), kindCombo_);

    auto* presetRow = new QHBoxLayout;
    presetCombo_ = new QComboBox(this);
    presetCombo_->setObjectName(QStringLiteral("runPreset"));
    for (const auto& p : kPresets)
        presetCombo_->addItem(tr(p.label), QString::fromLatin1(p.id));
    auto* apply = new QPushButton(tr("Apply preset"), this);
    apply->setObjectName(QStringLiteral("runApplyPreset"));
    apply->setToolTip(tr("Replace every value below with the preset's"));
    presetRow->addWidget(presetCombo_, 1);
    presetRow->addWidget(apply);
    top->addRow(tr("Preset:"), presetRow);

    deviceCombo_ = new QComboBox(this);
    deviceCombo_->setObjectName(QStringLiteral("runDevice"));
    deviceCombo_->addItem(tr("Automatic (the first GPU, else the CPU)"), QStringLiteral("auto"));
    for (const auto& d : pipeline::available_devices())
        deviceCombo_->addItem(QString::fromStdString(d.description), QString::fromStdString(d.id));
    top->addRow(tr("Device:"), deviceCombo_);
    editors_.insert(QStringLiteral("compute.device"), deviceCombo_);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("runTabs"));
    QHash<QString, QFormLayout*> forms;
    for (const auto& f : pipeline::Settings::fields()) {
        const QString key = QString::fromStdString(f.key);
        if (key == QLatin1String("compute.device")) continue;
        const QString group = QString::fromStdString(f.group);
        QFormLayout* form = forms.value(group);
        if (!form) {
            auto* page = new QWidget;
            form = new QFormLayout(page);
            form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
            auto* scroll = new QScrollArea;
            scroll->setWidget(page);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            tabs_->addTab(scroll, settingText(f.group));
            forms.insert(group, form);
        }
        QWidget* editor = nullptr;
        switch (f.type) {
            case pipeline::SettingType::boolean: {
                auto* box = new QCheckBox;
                connect(box, &QCheckBox::toggled, this, &RunDialog::revalidate);
                editor = box;
                break;
            }
            case pipeline::SettingType::choice: {
                auto* combo = new QComboBox;
                for (const auto& c : f.choices)  // shown translated, stored as the setting's value
                    combo->addItem(settingText(c), QString::fromStdString(c));
                connect(combo, &QComboBox::currentIndexChanged, this, &RunDialog::revalidate);
                editor = combo;
                break;
            }
            default: {
                auto* line = new QLineEdit;
                line->setMinimumWidth(120);
                connect(line, &QLineEdit::textChanged, this, &RunDialog::revalidate);
                editor = line;
                break;
            }
        }
        editor->setObjectName(QStringLiteral("setting:") + key);
        QString tip = settingText(f.help) + QStringLiteral("\n(") + key + QLatin1Char(')');
        if (f.type == pipeline::SettingType::integer || f.type == pipeline::SettingType::real)
            tip += tr("\nFrom %1 to %2")
                       .arg(f.min_exclusive ? tr("above %1").arg(f.min) : QString::number(f.min))
                       .arg(f.max);
        editor->setToolTip(tip);
        auto* label = new QLabel(tr("%1:").arg(settingText(f.label)));
        label->setToolTip(tip);
        form->addRow(label, editor);
        editors_.insert(key, editor);
    }

    errorLabel_ = new QLabel(this);
    errorLabel_->setObjectName(QStringLiteral("runError"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setStyleSheet(QStringLiteral("color: #b00020;"));
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("runSummary"));
    summary_->setWordWrap(true);
    summary_->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    start_ = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    start_->setObjectName(QStringLiteral("runStart"));
    start_->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        revalidate();
        if (!error_.isEmpty()) return;
        remember();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(apply, &QPushButton::clicked, this,
            [this] { applyPreset(presetCombo_->currentData().toString()); });
    connect(deviceCombo_, &QComboBox::currentIndexChanged, this, &RunDialog::revalidate);
    connect(kindCombo_, &QComboBox::currentIndexChanged, this, &RunDialog::revalidate);

    auto* box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(tabs_, 1);
    box->addWidget(summary_);
    box->addWidget(errorLabel_);
    box->addWidget(buttons);
    resize(640, 560);
}

RunKind RunDialog::kind() const {
    return RunKind(kindCombo_->currentData().toInt());
}

void RunDialog::setKind(RunKind kind) {
    kindCombo_->setCurrentIndex(kindCombo_->findData(int(kind)));
}

void RunDialog::applyPreset(const QString& name) {
    try {
        load(pipeline::Settings::preset_named(name.toStdString()));
    } catch (const std::exception& e) {
        error_ = QString::fromUtf8(e.what());
    }
    revalidate();
}

void RunDialog::load(const pipeline::Settings& s) {
    loading_ = true;
    for (auto it = editors_.cbegin(); it != editors_.cend(); ++it) {
        const QString value = QString::fromStdString(s.get(it.key().toStdString()));
        if (it.value() == deviceCombo_) {
            int index = deviceCombo_->findData(value);
            if (index < 0) {  // a device this machine does not have: shown, and refused by the run
                deviceCombo_->addItem(tr("%1 (not found here)").arg(value), value);
                index = deviceCombo_->count() - 1;
            }
            deviceCombo_->setCurrentIndex(index);
        } else if (auto* box = qobject_cast<QCheckBox*>(it.value())) {
            box->setChecked(value == QLatin1String("true"));
        } else if (auto* combo = qobject_cast<QComboBox*>(it.value())) {
            combo->setCurrentIndex(combo->findData(value));
        } else if (auto* line = qobject_cast<QLineEdit*>(it.value())) {
            line->setText(value);
        }
    }
    presetCombo_->setCurrentIndex(std::max(0, presetCombo_->findData(QString::fromStdString(s.preset))));
    settings_ = s;
    loading_ = false;
}

QString RunDialog::valueOf(const QString& key) const {
    QWidget* w = editors_.value(key);
    if (w == deviceCombo_) return deviceCombo_->currentData().toString();
    if (auto* box = qobject_cast<QCheckBox*>(w))
        return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto* combo = qobject_cast<QComboBox*>(w)) return combo->currentData().toString();
    if (auto* line = qobject_cast<QLineEdit*>(w)) return line->text().trimmed();
    return {};
}

bool RunDialog::setValue(const QString& key, const QString& text) {
    QWidget* w = editors_.value(key);
    if (!w) return false;
    if (auto* box = qobject_cast<QCheckBox*>(w)) {
        box->setChecked(text == QLatin1String("true"));
    } else if (w == deviceCombo_) {
        const int index = deviceCombo_->findData(text);
        if (index < 0) return false;
        deviceCombo_->setCurrentIndex(index);
    } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        const int index = combo->findData(text);
        if (index < 0) return false;
        combo->setCurrentIndex(index);
    } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
        line->setText(text);
    }
    revalidate();
    return true;
}

void RunDialog::revalidate() {
    if (loading_) return;
    // Every value through the settings model, as `mipr --set KEY=VALUE` would take it.
    pipeline::Settings s =
        pipeline::Settings::preset_named(presetCombo_->currentData().toString().toStdString());
    QString error;
    QWidget* bad = nullptr;
    for (const auto& f : pipeline::Settings::fields()) {
        const QString key = QString::fromStdString(f.key);
        try {
            s.set(f.key, valueOf(key).toStdString());
        } catch (const InputError& e) {
            if (error.isEmpty()) {
                error = QString::fromUtf8(e.what());
                bad = editors_.value(key);
            }
        }
    }
    if (error.isEmpty()) {
        try {
            s.validate();
        } catch (const InputError& e) {
            error = QString::fromUtf8(e.what());
        }
    }
    for (auto* w : std::as_const(editors_))
        w->setStyleSheet(w == bad ? QStringLiteral("background: #fde7ea;") : QString());
    settings_ = s;
    error_ = error;
    errorLabel_->setText(error.isEmpty() ? QString() : tr("Cannot start: %1").arg(error));
    start_->setEnabled(error.isEmpty());
    const auto& r = s.run();
    switch (kind()) {
        case RunKind::trainSeg:
            summary_->setText(tr("S: %1 at %2 × %2 px, width %3, %n epoch(s).", nullptr, r.seg.epochs)
                                  .arg(settingText(r.seg.model.architecture))
                                  .arg(r.seg.model.input_size)
                                  .arg(r.seg.model.base_width));
            break;
        case RunKind::predict:
            summary_->setText(tr("The newest S pseudo-labels every unlabelled image (threshold %1).")
                                  .arg(r.postprocess.threshold));
            break;
        case RunKind::iterations:
            summary_->setText(
                tr("%n MIPR iteration(s): S %1 epochs, G %2 epochs at %3 × %3 px; kept pairs %4.", nullptr,
                   r.iterations)
                    .arg(r.seg.epochs)
                    .arg(r.gan.epochs)
                    .arg(r.seg.model.input_size)
                    .arg(r.auto_accept ? tr("are accepted") : tr("wait for review")));
            break;
        case RunKind::experiment:
            summary_->setText(
                tr("Table 1 over %n seed(s)", nullptr, int(s.experiment.seeds.size())) +
                tr(", %n iteration(s) each; writes a report in reports/.", nullptr, r.iterations));
            break;
    }
}

void RunDialog::remember() const {
    QSettings store;
    const QString key = settingsKey(root_);
    store.setValue(key + QStringLiteral("/settings"), QString::fromStdString(settings_.to_json()));
    store.setValue(key + QStringLiteral("/kind"), int(kind()));
}

}  // namespace mipr::ui
