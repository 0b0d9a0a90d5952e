// Texts written in the core that the studio shows, in the studio's language. They are marked for
// lupdate in translations/core_texts.cpp under these contexts (tests/ui/test_translations.cpp
// keeps that file in step with the core).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace mipr::ui {

/// A setting's group, label, help or choice (pipeline::Settings::fields()).
inline QString settingText(const std::string& text) {
    return QCoreApplication::translate("mipr::pipeline::Settings", text.c_str());
}

/// A quality signal's or review order's name (pipeline::signal_table(), kRandomOrderLabel).
inline QString signalText(const char* text) {
    return QCoreApplication::translate("mipr::pipeline::signals", text);
}

}  // namespace mipr::ui
