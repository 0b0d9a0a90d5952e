// Edit ▸ Preferences (issue 16): the reviewer's name (recorded with every decision; before, only
// $MIPR_REVIEWER set it), the default device and CPU threads of new runs, the language, and the
// overlay's defaults. Stored with QSettings under "preferences" and "overlay".
#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace mipr::ui {

struct Preferences {
    QString reviewer;  ///< "" : $MIPR_REVIEWER, then the login name
    QString device;    ///< auto | cpu | cuda:N
    int threads = 0;   ///< 0: one per core
    QString language;  ///< "" : the system's; else a locale name with a shipped translation
    int overlayOpacity = 45;
    bool overlayOutline = false;

    static Preferences load();
    void save() const;
};

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    Preferences preferences() const;
    void setPreferences(const Preferences& p);

private:
    QLineEdit* reviewer_ = nullptr;
    QComboBox* device_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QComboBox* language_ = nullptr;
    QSpinBox* opacity_ = nullptr;
    QCheckBox* outline_ = nullptr;
};

}  // namespace mipr::ui
