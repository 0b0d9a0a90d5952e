// A menu or button text without its mnemonic, for tool tips and the help overlay: "&Accept" ->
// "Accept", and the CJK form "接受(&A)" -> "接受" (the letter in parentheses is only the Alt key).
#pragma once

#include <QRegularExpression>
#include <QString>

namespace mipr::ui {

inline QString withoutMnemonic(QString text) {
    static const QRegularExpression cjk(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    text.remove(cjk);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

}  // namespace mipr::ui
