#include "mipr/ui/shell/help_overlay.h"

#include <QAction>
#include <QEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QPainter>
#include "common/mnemonic.h"

#include <algorithm>

namespace mipr::ui {

namespace {

QString shortcutText(const QAction* action) {
    QStringList keys;
    for (const QKeySequence& k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(" / "));
}

QString plainText(const QAction* action) {
    QString t = withoutMnemonic(action->text());
    if (t.endsWith(QStringLiteral("…"))) t.chop(1);
    return t;
}

}  // namespace

HelpOverlay::HelpOverlay(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("helpOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    hide();
    parent->installEventFilter(this);
}

void HelpOverlay::addGroup(const QString& title, const QList<QAction*>& actions) {
    Group g;
    g.title = title;
    for (QAction* a : actions)
        g.actions.push_back(a);
    groups_.push_back(g);
}

QStringList HelpOverlay::lines() const {
    QStringList out;
    for (const Group& g : groups_)
        for (const auto& a : g.actions)
            if (a && !a->shortcuts().isEmpty()) out << shortcutText(a) + QStringLiteral(" — ") + plainText(a);
    return out;
}

void HelpOverlay::toggle() {
    if (isVisible()) {
        hide();
        parentWidget()->setFocus();
        return;
    }
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus();
}

bool HelpOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void HelpOverlay::mousePressEvent(QMouseEvent*) {
    toggle();
}

void HelpOverlay::keyPressEvent(QKeyEvent* event) {
    // Any of Esc, ? or F1 closes the sheet; other keys are swallowed so nothing happens by accident.
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Question || event->key() == Qt::Key_F1)
        toggle();
    event->accept();
}

void HelpOverlay::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), QColor(10, 12, 14, 238));
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    QFont keyFont = font();
    keyFont.setBold(true);
    const QFontMetrics fm(font());
    const int lineH = fm.height() + 6;
    // Columns as wide as their longest key and description.
    const QFontMetrics keyFm(keyFont);
    int keyW = 0, textW = 0;
    for (const Group& g : groups_)
        for (const auto& a : g.actions)
            if (a) {
                keyW = std::max(keyW, keyFm.horizontalAdvance(shortcutText(a)));
                textW = std::max(textW, fm.horizontalAdvance(plainText(a)));
            }
    keyW += 18;
    const int colW = keyW + textW + 12;
    int x = 40, y = 40;
    p.setFont(titleFont);
    p.setPen(QColor(255, 255, 255));
    p.drawText(QRect(x, y, width() - 80, lineH * 2), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Keyboard shortcuts — press ? or Esc to close"));
    y += lineH * 2 + 8;
    const int top = y;
    for (const Group& g : groups_) {
        int needed = lineH * (1 + int(g.actions.size()));
        if (y + needed > height() - 20 && y > top) {
            x += colW + 30;
            y = top;
        }
        p.setFont(keyFont);
        p.setPen(QColor(255, 170, 60));
        p.drawText(QRect(x, y, colW, lineH), Qt::AlignLeft | Qt::AlignVCenter, g.title);
        y += lineH;
        for (const auto& a : g.actions) {
            if (!a || a->shortcuts().isEmpty()) continue;
            p.setFont(keyFont);
            p.setPen(QColor(230, 230, 230));
            p.drawText(QRect(x, y, keyW, lineH), Qt::AlignLeft | Qt::AlignVCenter, shortcutText(a));
            p.setFont(font());
            p.setPen(QColor(200, 200, 200));
            p.drawText(QRect(x + keyW, y, colW - keyW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                       plainText(a));
            y += lineH;
        }
        y += 8;
    }
}

}  // namespace mipr::ui
