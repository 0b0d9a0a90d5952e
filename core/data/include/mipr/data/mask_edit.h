// Mask editing for the review studio, Qt-free so that the logic is testable headless and the UI
// only wraps it (STYLE.md, "Editing and undo"): the editing operations on a 0/255 CV_8UC1 mask,
// and MaskDelta, the reversible record of one change that an undo stack keeps. A delta stores only
// the touched rectangle, before and after, run-length encoded (ITK-SNAP's UndoDataManager idea),
// and consecutive deltas of one brush stroke merge into one (Tiled's PaintTileLayer).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

namespace mipr::data {

/// A reversible change of one rectangular region of a CV_8UC1 mask.
class MaskDelta {
public:
    MaskDelta() = default;
    /// The change from `before` to `after` (same size, CV_8UC1), restricted to the tight bounding
    /// rectangle of the pixels that differ inside `search` (the whole mask when empty). Empty when
    /// nothing differs. Throws std::invalid_argument on mismatched sizes or types.
    static MaskDelta between(const cv::Mat& before, const cv::Mat& after, cv::Rect search = {});

    bool empty() const { return region_.empty(); }
    cv::Rect region() const { return region_; }
    /// Writes the region's old pixels into `mask` (undo). Throws std::invalid_argument when the
    /// region does not fit `mask`.
    void apply_before(cv::Mat& mask) const;
    /// Writes the region's new pixels into `mask` (redo).
    void apply_after(cv::Mat& mask) const;
    /// Folds a later delta of the same stroke into this one: the region becomes the union; where
    /// both touched a pixel the oldest "before" and the newest "after" are kept. Pixels of the
    /// union rectangle that neither delta recorded are marked untouched, and apply_before /
    /// apply_after leave them as they are in the mask.
    void merge(const MaskDelta& later);
    /// Memory held by the encoded runs (for an undo history bounded by bytes).
    std::size_t bytes() const;
    /// Pixels whose value changes (after != before), for status text and tests.
    std::int64_t changed_pixels() const;

private:
    cv::Rect region_;
    // Runs over the region in row-major order: (value, length) pairs, lengths up to 65535.
    std::vector<std::uint8_t> before_values_, after_values_;
    std::vector<std::uint16_t> before_lengths_, after_lengths_;
    // Which pixels of the region the delta records (255) or leaves alone (0), in the same run
    // format; empty when it records all of them (always, until a merge of non-nested regions).
    std::vector<std::uint8_t> touched_values_;
    std::vector<std::uint16_t> touched_lengths_;
};

// Editing operations. Each takes a 0/255 CV_8UC1 mask, changes it in place and returns the
// rectangle that may have changed (clipped to the mask; empty when nothing could change), which
// a caller passes to MaskDelta::between as `search`. `value` true paints lesion (255), false
// erases (0). Throws std::invalid_argument for an empty mask or one that is not CV_8UC1, and for
// a negative radius or pixel count. Parts of a brush or polygon outside the mask are clipped.

/// A round brush dab of `radius` pixels (radius 0 = one pixel) at `centre`.
cv::Rect paint_dab(cv::Mat& mask, cv::Point centre, int radius, bool value);
/// A stroke segment: round brush dabs along the line from `from` to `to` (round caps, no gaps).
cv::Rect paint_line(cv::Mat& mask, cv::Point from, cv::Point to, int radius, bool value);
/// Fills the polygon (or lasso path) given by its vertices, closed automatically.
cv::Rect fill_polygon(cv::Mat& mask, const std::vector<cv::Point>& vertices, bool value);
/// Flood fill from `seed`: its 4-connected region of equal value becomes `value`.
cv::Rect flood_fill(cv::Mat& mask, cv::Point seed, bool value);
/// Fills every background region that does not touch the mask's border.
cv::Rect fill_holes(cv::Mat& mask);
/// Grows (dilates) the lesion by `pixels` (4-connected steps: one pixel = a 3×3 cross).
/// Outside the image counts as neither lesion nor background for grow and shrink: the lesion
/// does not grow in from the border, and a lesion that touches the border is not eaten from it
/// (OpenCV's morphologyDefaultBorderValue).
cv::Rect grow(cv::Mat& mask, int pixels = 1);
/// Shrinks (erodes) the lesion by `pixels`, the inverse step of grow.
cv::Rect shrink(cv::Mat& mask, int pixels = 1);
/// Smooths the outline: a median over a (2·radius+1)² window, so jagged edges and specks
/// under the radius go, and the mask stays binary. The image border is replicated outwards.
cv::Rect smooth(cv::Mat& mask, int radius = 2);
/// Sets the whole mask to background.
cv::Rect clear(cv::Mat& mask);

}  // namespace mipr::data
