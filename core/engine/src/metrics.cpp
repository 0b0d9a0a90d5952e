// Per-image confusion counts, DSC and accuracy.
#include "mipr/engine/metrics.h"

#include <cmath>

namespace mipr::engine {

double Confusion::dice() const {
    const double denom = static_cast<double>(fp + 2 * tp + fn);
    return denom == 0.0 ? 1.0 : 2.0 * static_cast<double>(tp) / denom;
}

double Confusion::accuracy() const {
    const double all = static_cast<double>(tp + fp + tn + fn);
    return all == 0.0 ? 1.0 : static_cast<double>(tp + tn) / all;
}

Confusion confusion(const std::uint8_t* prediction, const std::uint8_t* truth, std::size_t n) {
    Confusion c;
    for (std::size_t i = 0; i < n; ++i) {
        const bool p = prediction[i] != 0;
        const bool t = truth[i] != 0;
        c.tp += p && t;
        c.fp += p && !t;
        c.fn += !p && t;
        c.tn += !p && !t;
    }
    return c;
}

MeanStd mean_std(const std::vector<double>& values) {
    MeanStd r;
    if (values.empty()) return r;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    r.mean = sum / static_cast<double>(values.size());
    double sq = 0.0;
    for (double v : values)
        sq += (v - r.mean) * (v - r.mean);
    r.std = std::sqrt(sq / static_cast<double>(values.size()));
    return r;
}

}  // namespace mipr::engine
