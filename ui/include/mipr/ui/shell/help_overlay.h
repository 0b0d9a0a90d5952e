// The keyboard help overlay (`?`): a translucent sheet over its parent listing every action that
// has a shortcut, read from the actions themselves so the sheet cannot drift from the keys.
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;

namespace mipr::ui {

class HelpOverlay : public QWidget {
    Q_OBJECT

public:
    explicit HelpOverlay(QWidget* parent);
    /// Adds a titled group of actions (their text and shortcuts are shown).
    void addGroup(const QString& title, const QList<QAction*>& actions);
    /// The lines shown ("A — Accept"), for tests.
    QStringList lines() const;
    void toggle();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Group {
        QString title;
        QList<QPointer<QAction>> actions;
    };
    QList<Group> groups_;
};

}  // namespace mipr::ui
