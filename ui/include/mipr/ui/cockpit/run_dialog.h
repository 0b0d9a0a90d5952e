// The run dialog (Run ▸ New Run…, issue 16): what to do (train S, pseudo-label, MIPR iterations,
// the Table-1 experiment), a preset, the device, and every setting of the one settings model,
// a tab per group, built from its table. Values are checked as they are typed by the same
// validation as `mipr`: an invalid value keeps Start disabled and the reason is shown. The last
// choices are remembered per project.
#pragma once

#include <QDialog>
#include <QHash>
#include <QString>

#include "mipr/pipeline/settings.h"
#include "mipr/ui/cockpit/run_controller.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace mipr::ui {

class RunDialog : public QDialog {
    Q_OBJECT

public:
    /// `projectRoot` keys the remembered choices.
    explicit RunDialog(const QString& projectRoot, QWidget* parent = nullptr);

    RunKind kind() const;
    void setKind(RunKind kind);
    /// The settings as entered; valid when error() is empty.
    pipeline::Settings settings() const { return settings_; }
    /// Why the values cannot be used ("" when they can).
    QString error() const { return error_; }
    /// Replaces every value with a preset's.
    void applyPreset(const QString& name);
    /// Types `text` into the editor of `key` as a user would (tests); false for an unknown key.
    bool setValue(const QString& key, const QString& text);
    QWidget* editor(const QString& key) const { return editors_.value(key); }
    QPushButton* startButton() const { return start_; }

    /// Saves the choices for the project (done on Start).
    void remember() const;

private:
    void build();
    void load(const pipeline::Settings& s);
    void revalidate();
    QString valueOf(const QString& key) const;

    QString root_;
    pipeline::Settings settings_;
    QString error_;
    QComboBox* kindCombo_ = nullptr;
    QComboBox* presetCombo_ = nullptr;
    QComboBox* deviceCombo_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QLabel* summary_ = nullptr;
    QPushButton* start_ = nullptr;
    QHash<QString, QWidget*> editors_;
    bool loading_ = false;
};

}  // namespace mipr::ui
