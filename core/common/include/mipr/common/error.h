// Error type shared by every core layer: a message a user can act on, naming the file involved.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace mipr {

/// An error caused by input the user supplied (a file, a setting). `what()` is a complete,
/// human-readable sentence that names the file (when there is one) and the reason.
class InputError : public std::runtime_error {
public:
    InputError(const std::filesystem::path& file, const std::string& reason)
        : std::runtime_error(file.empty() ? reason : file.string() + ": " + reason),
          file_(file),
          reason_(reason) {}
    explicit InputError(const std::string& reason) : InputError({}, reason) {}

    const std::filesystem::path& file() const noexcept { return file_; }
    const std::string& reason() const noexcept { return reason_; }

private:
    std::filesystem::path file_;
    std::string reason_;
};

/// A job was cancelled through its stop token.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

}  // namespace mipr
