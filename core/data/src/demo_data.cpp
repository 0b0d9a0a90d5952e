// Procedural dermoscopy-like demo data (see demo_data.h). Each image is built from its own
// random stream (seed, index), so image k is the same whatever `count` is. Distributions are
// written out here instead of using <random>'s, whose output differs between standard libraries.
#include "mipr/data/demo_data.h"

#include "mipr/common/atomic_file.h"
#include "mipr/common/error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace fs = std::filesystem;

namespace mipr::data {
namespace {

constexpr double kPi = 3.14159265358979323846;

class Rng {
public:
    Rng(std::uint64_t seed, std::uint64_t index) : gen_(mix(seed ^ mix(index + 0x9E3779B97F4A7C15ULL))) {}

    /// Uniform in [lo, hi).
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * static_cast<double>(gen_() >> 11) * 0x1.0p-53;
    }
    /// Uniform integer in [lo, hi].
    int integer(int lo, int hi) {
        return lo + static_cast<int>(gen_() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    /// Standard normal (Box-Muller).
    double normal() {
        const double u1 = uniform(1e-12, 1.0);
        const double u2 = uniform(0.0, 1.0);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }

private:
    // splitmix64 finaliser: spreads nearby seeds over the state space.
    static std::uint64_t mix(std::uint64_t z) {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::mt19937_64 gen_;
};

cv::Vec3d lerp(const cv::Vec3d& a, const cv::Vec3d& b, double t) {
    return a * (1.0 - t) + b * t;
}

double smoothstep(double e0, double e1, double x) {
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

// Smooth noise: a coarse grid of normal samples upsampled bicubically; about unit variance.
cv::Mat smooth_noise(Rng& rng, int width, int height, int cells_x) {
    const int cells_y = std::max(2, cells_x * height / std::max(1, width));
    cv::Mat grid(cells_y, std::max(2, cells_x), CV_32FC1);
    for (int y = 0; y < grid.rows; ++y)
        for (int x = 0; x < grid.cols; ++x)
            grid.at<float>(y, x) = static_cast<float>(rng.normal());
    cv::Mat out;
    cv::resize(grid, out, cv::Size(width, height), 0, 0, cv::INTER_CUBIC);
    return out;
}

struct Blotch {
    double x, y, sigma, strength;
    cv::Vec3d colour;
};

// The lesion's outline: a rotated, stretched circle whose radius varies with a few harmonics.
struct Lesion {
    double cx = 0, cy = 0, r0 = 1, stretch = 1;
    double cos_a = 1, sin_a = 0;             // rotation
    std::array<double, 6> cos_p{}, sin_p{};  // amplitude * cos/sin of the phase, harmonics 2..7

    // Normalised distance: < 1 inside, 1 on the outline. `radius` receives the outline radius
    // along this direction, in pixels, so callers can soften the edge by a pixel width. The
    // harmonics cos(k*theta + phase) come from cos/sin(theta) by the angle-addition recurrence:
    // no atan2 or cos per pixel.
    double distance(double x, double y, double* radius) const {
        const double dx = x - cx, dy = y - cy;
        const double u = (dx * cos_a + dy * sin_a) / stretch;
        const double v = (-dx * sin_a + dy * cos_a) * stretch;
        const double rho = std::hypot(u, v);
        const double c1 = rho > 0 ? u / rho : 1.0, s1 = rho > 0 ? v / rho : 0.0;
        double ck = c1 * c1 - s1 * s1, sk = 2 * s1 * c1;  // k = 2
        double r = 1.0;
        for (std::size_t k = 0; k < cos_p.size(); ++k) {
            r += ck * cos_p[k] - sk * sin_p[k];
            const double next_c = ck * c1 - sk * s1;
            sk = sk * c1 + ck * s1;
            ck = next_c;
        }
        r *= r0;
        *radius = r;
        return rho / r;
    }
};

Lesion random_lesion(Rng& rng, int width, int height) {
    Lesion l;
    const double side = std::min(width, height);
    l.cx = width * rng.uniform(0.3, 0.7);
    l.cy = height * rng.uniform(0.3, 0.7);
    l.r0 = side * rng.uniform(0.12, 0.36);
    const double angle = rng.uniform(0.0, kPi);
    l.cos_a = std::cos(angle);
    l.sin_a = std::sin(angle);
    l.stretch = std::sqrt(rng.uniform(1.0, 1.6));
    std::array<double, 6> amp{}, phase{};
    double total = 0;
    for (std::size_t k = 0; k < amp.size(); ++k) {
        amp[k] = rng.uniform(0.0, 0.22) / std::sqrt(static_cast<double>(k + 2));
        phase[k] = rng.uniform(0.0, 2.0 * kPi);
        total += amp[k];
    }
    // Keeps the radius above half of r0 in every direction, so the outline never self-intersects.
    const double scale = total > 0.45 ? 0.45 / total : 1.0;
    for (std::size_t k = 0; k < amp.size(); ++k) {
        l.cos_p[k] = scale * amp[k] * std::cos(phase[k]);
        l.sin_p[k] = scale * amp[k] * std::sin(phase[k]);
    }
    return l;
}

// Draws a dark, thin, slightly curved hair (a quadratic Bezier) anywhere over the image.
void draw_hair(Rng& rng, cv::Mat& rgb) {
    const double w = rgb.cols, h = rgb.rows;
    const double len = std::hypot(w, h) * rng.uniform(0.25, 0.8);
    const double dir = rng.uniform(0.0, 2.0 * kPi);
    const cv::Point2d p0(rng.uniform(-0.1, 1.1) * w, rng.uniform(-0.1, 1.1) * h);
    const cv::Point2d p2 = p0 + cv::Point2d(std::cos(dir), std::sin(dir)) * len;
    const cv::Point2d mid = (p0 + p2) * 0.5;
    const cv::Point2d normal(-std::sin(dir), std::cos(dir));
    const cv::Point2d p1 = mid + normal * (len * rng.uniform(-0.25, 0.25));
    constexpr int kSteps = 32;
    constexpr int kShift = 4;  // sub-pixel coordinates for smooth anti-aliased curves
    std::vector<cv::Point> pts;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps;
        const cv::Point2d p = p0 * ((1 - t) * (1 - t)) + p1 * (2 * t * (1 - t)) + p2 * (t * t);
        pts.emplace_back(static_cast<int>(std::lround(p.x * (1 << kShift))),
                         static_cast<int>(std::lround(p.y * (1 << kShift))));
    }
    const double shade = rng.uniform(15, 55);
    const cv::Scalar colour(shade * 1.2, shade * 0.9, shade * 0.7);  // RGB: dark brown to black
    const int thickness = rng.uniform(0, 1) < 0.7 ? 1 : 2;
    cv::polylines(rgb, std::vector<std::vector<cv::Point>>{pts}, false, colour, thickness, cv::LINE_AA,
                  kShift);
}

void render(Rng& rng, int width, int height, cv::Mat& rgb, cv::Mat& mask) {
    // Skin: a base tone with blotchy low-frequency variation and fine grain.
    const cv::Vec3d skin_light(0.94, 0.80, 0.72), skin_dark(0.80, 0.58, 0.46);
    const cv::Vec3d skin = lerp(skin_light, skin_dark, rng.uniform(0.0, 1.0));
    const cv::Mat skin_low = smooth_noise(rng, width, height, 5);
    const cv::Mat skin_mid = smooth_noise(rng, width, height, 24);
    // Fine grain from OpenCV's generator (fully specified, so portable), seeded from ours.
    cv::Mat grain(height, width, CV_32FC1);
    cv::RNG grain_rng(static_cast<std::uint64_t>(rng.uniform(0.0, 0x1.0p53)) | 1);
    grain_rng.fill(grain, cv::RNG::NORMAL, 0.0, 0.012);

    // Lesion: dark core, lighter rim, pigment variation and a few blotches.
    const Lesion lesion = random_lesion(rng, width, height);
    const double darkness = rng.uniform(0.75, 1.25);
    const cv::Vec3d core = cv::Vec3d(0.32, 0.18, 0.11) * darkness;
    const cv::Vec3d rim = lerp(cv::Vec3d(0.60, 0.40, 0.28), skin, rng.uniform(0.0, 0.3));
    const cv::Mat pigment = smooth_noise(rng, width, height, 12);
    const double edge_px = rng.uniform(1.0, 3.0);  // soft border width
    std::vector<Blotch> blotches;
    for (int b = 0, n = rng.integer(1, 4); b < n; ++b) {
        const double a = rng.uniform(0.0, 2.0 * kPi), f = rng.uniform(0.0, 0.55);
        const cv::Vec3d colour =
            rng.uniform(0, 1) < 0.7 ? cv::Vec3d(0.17, 0.10, 0.07) : cv::Vec3d(0.42, 0.44, 0.52);
        blotches.push_back({lesion.cx + std::cos(a) * f * lesion.r0, lesion.cy + std::sin(a) * f * lesion.r0,
                            lesion.r0 * rng.uniform(0.1, 0.3), rng.uniform(0.4, 0.8), colour});
    }

    // Dermatoscope field: a bright disc with dark corners and a gentle falloff.
    const double half_diag = 0.5 * std::hypot(width, height);
    const double field = half_diag * rng.uniform(0.80, 0.95);
    const double field_soft = half_diag * 0.04;

    rgb.create(height, width, CV_8UC3);
    mask.create(height, width, CV_8UC1);
    cv::Mat vignette(height, width, CV_32FC1);
    for (int y = 0; y < height; ++y) {
        const float* low = skin_low.ptr<float>(y);
        const float* mid = skin_mid.ptr<float>(y);
        const float* fine = grain.ptr<float>(y);
        const float* pig = pigment.ptr<float>(y);
        auto* out = rgb.ptr<cv::Vec3b>(y);
        auto* inside = mask.ptr<std::uint8_t>(y);
        float* vig = vignette.ptr<float>(y);
        for (int x = 0; x < width; ++x) {
            const double px = x + 0.5, py = y + 0.5;
            cv::Vec3d c = skin * (1.0 + 0.05 * low[x] + 0.02 * mid[x] + fine[x]);
            double radius = 1;
            const double d = lesion.distance(px, py, &radius);
            // Alpha crosses 0.5 exactly on the outline, so the mask (d < 1) is the visible lesion.
            const double alpha = std::clamp(0.5 + (1.0 - d) * radius / edge_px, 0.0, 1.0);
            inside[x] = d < 1.0 ? 255 : 0;
            if (alpha > 0) {
                const double t = std::min(d, 1.0);
                cv::Vec3d l = lerp(core, rim, t * std::sqrt(t));  // the rim lightens late
                l *= 1.0 + 0.15 * pig[x];
                for (const auto& b : blotches) {
                    const double r2 = (px - b.x) * (px - b.x) + (py - b.y) * (py - b.y);
                    if (r2 < 9 * b.sigma * b.sigma)
                        l = lerp(l, b.colour, b.strength * std::exp(-r2 / (2 * b.sigma * b.sigma)));
                }
                c = lerp(c, l, alpha);
            }
            const double r = std::hypot(px - 0.5 * width, py - 0.5 * height);
            vig[x] = static_cast<float>((1.0 - 0.95 * smoothstep(field - field_soft, field + field_soft, r)) *
                                        (1.0 - 0.2 * (r / field) * (r / field)));
            for (int ch = 0; ch < 3; ++ch)
                out[x][ch] = cv::saturate_cast<std::uint8_t>(255.0 * c[ch]);
        }
    }

    // Hairs lie on the skin, over the lesion, and are not part of it; some images have none.
    for (int n = rng.integer(-2, 5); n > 0; --n)
        draw_hair(rng, rgb);

    // Vignetting last: the optics darken everything, hairs included.
    for (int y = 0; y < height; ++y) {
        auto* p = rgb.ptr<cv::Vec3b>(y);
        const float* v = vignette.ptr<float>(y);
        for (int x = 0; x < width; ++x)
            for (int ch = 0; ch < 3; ++ch)
                p[x][ch] = cv::saturate_cast<std::uint8_t>(p[x][ch] * v[x]);
    }
}

// Demo files are written directly, without the temp-file-and-fsync of write_rgb_png: one fsync
// per file would double the run time on a slow disk, and a crash only means running it again.
// split.csv, written last and atomically, marks a complete set.
void write_png(const fs::path& file, const cv::Mat& img) {
    std::vector<std::uint8_t> png;
    if (!cv::imencode(".png", img, png)) throw InputError(file, "cannot encode PNG");
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
    out.close();
    if (!out) throw InputError(file, "cannot write the file");
}

struct SplitCounts {
    int labeled = 0, test = 0;
};

// First the labeled images, then the test images, the rest unlabeled; with three or more images
// every split gets at least one, so a demo project can train, annotate and evaluate.
SplitCounts split_counts(int count, double labeled_fraction, double test_fraction) {
    SplitCounts s;
    s.labeled = static_cast<int>(std::lround(count * labeled_fraction));
    s.test = static_cast<int>(std::lround(count * test_fraction));
    if (count >= 3) {
        s.labeled = std::max(1, s.labeled);
        s.test = std::max(1, s.test);
        while (s.labeled + s.test > count - 1)
            (s.labeled >= s.test ? s.labeled : s.test) -= 1;
    } else {
        s.labeled = std::min(s.labeled, count);
        s.test = std::min(s.test, count - s.labeled);
    }
    return s;
}

}  // namespace

void generate_demo_data(const fs::path& dir, const DemoOptions& options) {
    if (options.count < 1) throw InputError("demo data: the image count must be at least 1");
    if (options.width < 16 || options.height < 16 || options.width > 8192 || options.height > 8192)
        throw InputError("demo data: width and height must be between 16 and 8192 pixels");
    if (!(options.labeled_fraction >= 0 && options.test_fraction >= 0 &&
          options.labeled_fraction + options.test_fraction <= 1.0))
        throw InputError("demo data: the labeled and test fractions must be >= 0 and sum to at most 1");

    const fs::path images = dir / "images", masks = dir / "masks";
    std::error_code ec;
    fs::create_directories(images, ec);
    if (!ec) fs::create_directories(masks, ec);
    if (ec) throw InputError(dir, "cannot create the demo data folders: " + ec.message());

    const int digits = std::max(3, static_cast<int>(std::to_string(options.count - 1).size()));
    const SplitCounts counts = split_counts(options.count, options.labeled_fraction, options.test_fraction);
    std::string csv = "id,split\n";
    for (int i = 0; i < options.count; ++i) {
        const std::string number = std::to_string(i);
        const std::string id =
            "demo_" +
            std::string(static_cast<std::size_t>(std::max(0, digits - static_cast<int>(number.size()))),
                        '0') +
            number;
        Rng rng(options.seed, static_cast<std::uint64_t>(i));
        cv::Mat rgb, mask;
        render(rng, options.width, options.height, rgb, mask);
        cv::Mat bgr;
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
        write_png(images / (id + ".png"), bgr);
        write_png(masks / (id + "_segmentation.png"), mask);
        const char* split = i < counts.labeled                 ? "labeled"
                            : i < counts.labeled + counts.test ? "test"
                                                               : "unlabeled";
        csv += id + "," + split + "\n";
    }
    mipr::write_file_atomic(dir / "split.csv", csv);
}

}  // namespace mipr::data
