// t-SNE (van der Maaten & Hinton 2008), exact O(n²): a 2-D embedding of feature vectors, used by
// the experiment to show real and generated images' S-encoder features side by side. Meant for a
// few hundred points; deterministic for a seed on every platform. Torch-free header.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mipr::pipeline {

struct TsneOptions {
    double perplexity = 30;  ///< effective number of neighbours; see effective_perplexity
    int iterations = 1000;
    double learning_rate = 200;
    double early_exaggeration = 12;
    int exaggeration_iterations = 250;  ///< P exaggerated, momentum 0.5; then 0.8
    std::uint64_t seed = 0;             ///< of the small random initial embedding
};

using Point2 = std::array<double, 2>;

/// The perplexity used for n points: `requested` clamped to (n-1)/3 (a Gaussian cannot have more
/// effective neighbours than there are points) and to at least 1.
double effective_perplexity(std::size_t n, double requested);

/// Embeds `points` (n ≥ 4 rows of one dimension, finite values) in 2-D; the result has n rows and is
/// centred. When all points are identical, all of them are embedded at the origin. Throws InputError for
/// fewer than 4 points, rows of unequal or zero length, non-finite values or invalid options.
std::vector<Point2> tsne(const std::vector<std::vector<double>>& points, const TsneOptions& options = {});

/// Leave-one-out k-nearest-neighbour accuracy of `labels` in `embedding`: the fraction of points
/// whose k nearest others vote for their own label (a tied vote counts as 1 / tied labels). With two
/// balanced kinds, 0.5 means indistinguishable and 1 fully separated. k is clamped to n - 1; throws
/// InputError when the sizes differ or there are fewer than 2 points.
double knn_accuracy(const std::vector<Point2>& embedding, const std::vector<int>& labels, int k = 5);

}  // namespace mipr::pipeline
