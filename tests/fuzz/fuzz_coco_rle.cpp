// libFuzzer target: COCO RLE decoding from untrusted counts and sizes (a COCO file from
// elsewhere). Bad runs must be refused with mipr::InputError; good ones must round-trip.
#include "mipr/common/error.h"
#include "mipr/pipeline/export.h"

#include <opencv2/core.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 4) return 0;
    const int height = data[0] % 64, width = data[1] % 64;
    std::vector<std::int64_t> counts;
    for (std::size_t i = 2; i + 2 <= size; i += 2) {
        std::int16_t v;
        std::memcpy(&v, data + i, 2);
        counts.push_back(v);
    }
    try {
        const cv::Mat m = mipr::pipeline::decode_coco_rle(counts, height, width);
        if (m.rows != height || m.cols != width) std::abort();
        if (!m.empty() &&
            mipr::pipeline::decode_coco_rle(mipr::pipeline::encode_coco_rle(m), height, width).size() !=
                m.size())
            std::abort();
    } catch (const mipr::InputError&) {
    }
    return 0;
}
