// Exact t-SNE (see tsne.h), following van der Maaten's reference implementation (bhtsne, exact
// branch): Gaussian affinities by bisection on the precision, symmetrised P, Student-t Q, gradient
// descent with momentum, per-coordinate gains and early exaggeration.
#include "mipr/pipeline/tsne.h"

#include "mipr/common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <random>
#include <string>
#include <utility>

namespace mipr::pipeline {
namespace {

using Matrix = std::vector<double>;  // n × n, row-major

void validate(const std::vector<std::vector<double>>& x, const TsneOptions& o) {
    if (x.size() < 4) throw InputError("t-SNE needs at least 4 points, got " + std::to_string(x.size()));
    if (x.front().empty()) throw InputError("t-SNE needs points of at least one dimension");
    for (const auto& row : x) {
        if (row.size() != x.front().size()) throw InputError("t-SNE points have different dimensions");
        for (double v : row)
            if (!std::isfinite(v)) throw InputError("t-SNE points hold a non-finite value");
    }
    if (!(o.perplexity > 0) || o.iterations < 0 || !(o.learning_rate > 0) || !(o.early_exaggeration > 0))
        throw InputError("t-SNE options: perplexity, learning rate and exaggeration must be positive");
}

/// Squared Euclidean distances, divided by the largest so that the precision search starts at a
/// sensible scale whatever the features' units (all zero for identical points).
Matrix squared_distances(const std::vector<std::vector<double>>& x) {
    const std::size_t n = x.size();
    Matrix d(n * n, 0.0);
    double largest = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            double s = 0;
            for (std::size_t c = 0; c < x[i].size(); ++c)
                s += (x[i][c] - x[j][c]) * (x[i][c] - x[j][c]);
            d[i * n + j] = d[j * n + i] = s;
            largest = std::max(largest, s);
        }
    if (largest > 0)
        for (double& v : d)
            v /= largest;
    return d;
}

/// Row i of P_{j|i} ∝ exp(-beta d_ij): bisection on beta until the row's entropy is log(perplexity).
/// Distances are taken relative to the row's nearest point, so the largest term is exp(0) = 1 and
/// the sum never underflows.
void conditional_row(const Matrix& d, std::size_t n, std::size_t i, double log_perplexity, double* row) {
    double nearest = std::numeric_limits<double>::infinity();
    for (std::size_t j = 0; j < n; ++j)
        if (j != i) nearest = std::min(nearest, d[i * n + j]);
    double beta = 1, lo = 0, hi = std::numeric_limits<double>::infinity(), sum = 0;
    for (int step = 0; step < 100; ++step) {
        sum = 0;
        double weighted = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const double rel = d[i * n + j] - nearest;
            row[j] = j == i ? 0.0 : std::exp(-beta * rel);
            sum += row[j];
            weighted += rel * row[j];
        }
        const double excess = std::log(sum) + beta * weighted / sum - log_perplexity;
        if (std::abs(excess) < 1e-5) break;
        if (excess > 0) {  // too many neighbours: narrower Gaussian
            lo = beta;
            beta = std::isinf(hi) ? beta * 2 : (beta + hi) / 2;
        } else {
            hi = beta;
            beta = (beta + lo) / 2;
        }
    }
    for (std::size_t j = 0; j < n; ++j)
        row[j] /= sum;
}

/// The joint affinities P_ij = (P_{j|i} + P_{i|j}) / 2n, floored at 1e-12 as the reference does.
Matrix joint_affinities(const std::vector<std::vector<double>>& x, double perplexity) {
    const std::size_t n = x.size();
    const Matrix d = squared_distances(x);
    Matrix cond(n * n);
    for (std::size_t i = 0; i < n; ++i)
        conditional_row(d, n, i, std::log(perplexity), &cond[i * n]);
    Matrix p(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (i != j)
                p[i * n + j] = std::max((cond[i * n + j] + cond[j * n + i]) / (2.0 * double(n)), 1e-12);
    return p;
}

/// N(0, 1e-4²) per coordinate from mt19937_64 through Box–Muller: the same on every standard
/// library (std::normal_distribution is not).
std::vector<Point2> initial_embedding(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    auto uniform = [&] { return (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53; };  // (0, 1)
    std::vector<Point2> y(n);
    for (auto& p : y) {
        const double r = std::sqrt(-2 * std::log(uniform())), a = 2 * std::numbers::pi * uniform();
        p = {1e-4 * r * std::cos(a), 1e-4 * r * std::sin(a)};
    }
    return y;
}

/// The gradient of KL(exaggeration·P || Q): 4 Σ_j (e·P_ij − Q_ij) w_ij (y_i − y_j), with the
/// Student-t kernel w_ij = 1 / (1 + |y_i − y_j|²) and Q_ij = w_ij / Σ w.
void gradient(const Matrix& p, double exaggeration, const std::vector<Point2>& y, Matrix& w,
              std::vector<Point2>& grad) {
    const std::size_t n = y.size();
    double z = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const double dx = y[i][0] - y[j][0], dy = y[i][1] - y[j][1];
            w[i * n + j] = w[j * n + i] = 1 / (1 + dx * dx + dy * dy);
            z += 2 * w[i * n + j];
        }
    for (std::size_t i = 0; i < n; ++i) {
        Point2 g{0, 0};
        for (std::size_t j = 0; j < n; ++j) {
            if (j == i) continue;
            const double m = (exaggeration * p[i * n + j] - w[i * n + j] / z) * w[i * n + j];
            g[0] += m * (y[i][0] - y[j][0]);
            g[1] += m * (y[i][1] - y[j][1]);
        }
        grad[i] = {4 * g[0], 4 * g[1]};
    }
}

bool all_identical(const std::vector<std::vector<double>>& x) {
    return std::all_of(x.begin(), x.end(), [&](const auto& row) { return row == x.front(); });
}

void centre(std::vector<Point2>& y) {
    Point2 mean{0, 0};
    for (const auto& p : y)
        for (int c = 0; c < 2; ++c)
            mean[c] += p[c] / static_cast<double>(y.size());
    for (auto& p : y)
        for (int c = 0; c < 2; ++c)
            p[c] -= mean[c];
}

}  // namespace

double effective_perplexity(std::size_t n, double requested) {
    return std::max(1.0, std::min(requested, (static_cast<double>(n) - 1) / 3));
}

std::vector<Point2> tsne(const std::vector<std::vector<double>>& points, const TsneOptions& options) {
    validate(points, options);
    const std::size_t n = points.size();
    // Nothing to separate: every point at the origin (the optimiser would only spread them out).
    if (all_identical(points)) return std::vector<Point2>(n, Point2{0, 0});
    const Matrix p = joint_affinities(points, effective_perplexity(n, options.perplexity));
    std::vector<Point2> y = initial_embedding(n, options.seed), grad(n), update(n, Point2{0, 0});
    std::vector<Point2> gains(n, Point2{1, 1});
    Matrix w(n * n, 0.0);
    for (int it = 0; it < options.iterations; ++it) {
        const bool early = it < options.exaggeration_iterations;
        gradient(p, early ? options.early_exaggeration : 1.0, y, w, grad);
        const double momentum = early ? 0.5 : 0.8;
        for (std::size_t i = 0; i < n; ++i)
            for (int c = 0; c < 2; ++c) {
                // Delta-bar-delta gains: grow while the gradient keeps pointing against the last step.
                const bool flipped = (grad[i][c] > 0) != (update[i][c] > 0);
                gains[i][c] = std::max(0.01, flipped ? gains[i][c] + 0.2 : gains[i][c] * 0.8);
                update[i][c] = momentum * update[i][c] - options.learning_rate * gains[i][c] * grad[i][c];
                y[i][c] += update[i][c];
            }
        centre(y);
    }
    return y;
}

double knn_accuracy(const std::vector<Point2>& embedding, const std::vector<int>& labels, int k) {
    const std::size_t n = embedding.size();
    if (labels.size() != n) throw InputError("k-NN accuracy: one label per point is needed");
    if (n < 2) throw InputError("k-NN accuracy needs at least 2 points");
    const auto kk = static_cast<std::size_t>(std::clamp<long long>(k, 1, static_cast<long long>(n) - 1));
    double correct = 0;
    std::vector<std::pair<double, std::size_t>> others;
    for (std::size_t i = 0; i < n; ++i) {
        others.clear();
        for (std::size_t j = 0; j < n; ++j) {
            const double dx = embedding[i][0] - embedding[j][0], dy = embedding[i][1] - embedding[j][1];
            if (j != i) others.emplace_back(dx * dx + dy * dy, j);
        }
        std::partial_sort(others.begin(), others.begin() + static_cast<std::ptrdiff_t>(kk), others.end());
        std::map<int, int> votes;
        for (std::size_t m = 0; m < kk; ++m)
            ++votes[labels[others[m].second]];
        int best = 0, tied = 0;
        for (const auto& [label, count] : votes) {
            if (count > best) {
                best = count;
                tied = 0;
            }
            if (count == best) ++tied;
        }
        if (votes[labels[i]] == best) correct += 1.0 / tied;
    }
    return correct / static_cast<double>(n);
}

}  // namespace mipr::pipeline
