// Small helpers the project store's tests share.
#pragma once

#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <string>

/// The temporary folder as a path.
inline std::filesystem::path dir_of(const QTemporaryDir& t) {
    return std::filesystem::path(t.path().toStdString());
}

/// Writes `text` to `file` (its folder created when missing): a stand-in for an image, mask or
/// model file whose content the test does not read.
inline void touch(const std::filesystem::path& file, const std::string& text = "x") {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}
