// Small vocabulary types shared by the core layers.
#pragma once

#include <optional>
#include <string>

namespace mipr {

/// The role of an image in a project (ARCHITECTURE.md §1): doctor-labelled training images,
/// unlabelled images to annotate, held-out test images.
enum class Split { labeled, unlabeled, test };

inline std::string to_string(Split split) {
    switch (split) {
        case Split::labeled:
            return "labeled";
        case Split::unlabeled:
            return "unlabeled";
        case Split::test:
            return "test";
    }
    return "unknown";
}

/// Accepts labeled/labelled, unlabeled/unlabelled, test (case-insensitive).
std::optional<Split> parse_split(std::string name);

}  // namespace mipr
