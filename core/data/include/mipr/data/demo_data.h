// Procedural dermoscopy-like demo images with exact masks: the quick start's default data set
// and the fixture of fast tests (no real patient data in the repository).
#pragma once

#include <cstdint>
#include <filesystem>

namespace mipr::data {

struct DemoOptions {
    int count = 40;  ///< number of image/mask pairs
    int width = 256;
    int height = 192;
    std::uint64_t seed = 1;
    double labeled_fraction = 0.2;  ///< split.csv: this fraction labeled,
    double test_fraction = 0.2;     ///< this fraction test, the rest unlabeled
};

/// Writes `dir/images/demo_NNN.png`, `dir/masks/demo_NNN_segmentation.png` and `dir/split.csv`
/// (a `folders` layout). Images show skin texture, an irregular lesion with colour variation,
/// hairs and vignetting; masks are the exact lesion region. Deterministic for a given seed.
void generate_demo_data(const std::filesystem::path& dir, const DemoOptions& options = {});

}  // namespace mipr::data
