#include "mipr/common/types.h"

#include <algorithm>
#include <cctype>

namespace mipr {

std::optional<Split> parse_split(std::string name) {
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto trim = [](std::string& s) {
        const auto b = s.find_first_not_of(" \t\r\n");
        const auto e = s.find_last_not_of(" \t\r\n");
        s = b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    };
    trim(name);
    if (name == "labeled" || name == "labelled") return Split::labeled;
    if (name == "unlabeled" || name == "unlabelled") return Split::unlabeled;
    if (name == "test") return Split::test;
    return std::nullopt;
}

}  // namespace mipr
