// Conversions between Qt strings and std::filesystem paths, private to mipr_ui: the core speaks
// std::filesystem, the widgets QString.
#pragma once

#include <QString>

#include <filesystem>

namespace mipr::ui {

inline std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(path.toStdString());
}

inline QString toQString(const std::filesystem::path& path) {
    return QString::fromStdString(path.string());
}

}  // namespace mipr::ui
