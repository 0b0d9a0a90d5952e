// Mask editing operations and the run-length-encoded undo delta (see mask_edit.h).
//
// Every operation confines its work to the rectangle it may change, so an edit of a few pixels on
// a large mask costs a few pixels; that rectangle is what it returns. The morphology works on a
// copy of that rectangle grown by what the operation can see (the grow distance, one ring of
// background for shrink, the median radius), which gives exactly the whole-image result.
#include "mipr/data/mask_edit.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace mipr::data {
namespace {

constexpr std::uint32_t kMaxRun = 0xFFFF;

using Values = std::vector<std::uint8_t>;
using Lengths = std::vector<std::uint16_t>;

// Appends `count` pixels of `value`, extending the last run while it has room.
void append_run(Values& values, Lengths& lengths, std::uint8_t value, std::uint32_t count) {
    if (!values.empty() && values.back() == value && lengths.back() < kMaxRun) {
        const std::uint32_t take = std::min<std::uint32_t>(count, kMaxRun - lengths.back());
        lengths.back() = static_cast<std::uint16_t>(lengths.back() + take);
        count -= take;
    }
    while (count > 0) {
        const std::uint32_t take = std::min(count, kMaxRun);
        values.push_back(value);
        lengths.push_back(static_cast<std::uint16_t>(take));
        count -= take;
    }
}

// Runs of `src` (CV_8UC1, possibly a view into a larger mask) in row-major order.
void encode(const cv::Mat& src, Values& values, Lengths& lengths) {
    values.clear();
    lengths.clear();
    for (int y = 0; y < src.rows; ++y) {
        const std::uint8_t* row = src.ptr<std::uint8_t>(y);
        int x = 0;
        while (x < src.cols) {
            const std::uint8_t v = row[x];
            int end = x + 1;
            while (end < src.cols && row[end] == v)
                ++end;
            append_run(values, lengths, v, static_cast<std::uint32_t>(end - x));
            x = end;
        }
    }
    values.shrink_to_fit();
    lengths.shrink_to_fit();
}

// Writes the runs into `dst` (CV_8UC1 of exactly the encoded size, possibly a view).
void decode(const Values& values, const Lengths& lengths, cv::Mat& dst) {
    std::size_t run = 0;
    std::uint32_t left = lengths.empty() ? 0 : lengths[0];
    for (int y = 0; y < dst.rows; ++y) {
        std::uint8_t* row = dst.ptr<std::uint8_t>(y);
        int x = 0;
        while (x < dst.cols) {
            while (left == 0) {
                if (++run >= lengths.size())
                    throw std::logic_error("MaskDelta: runs shorter than the region");
                left = lengths[run];
            }
            const int n =
                static_cast<int>(std::min<std::uint32_t>(left, static_cast<std::uint32_t>(dst.cols - x)));
            std::memset(row + x, values[run], static_cast<std::size_t>(n));
            x += n;
            left -= static_cast<std::uint32_t>(n);
        }
    }
}

cv::Mat decoded(const Values& values, const Lengths& lengths, cv::Size size) {
    cv::Mat out(size, CV_8UC1);
    decode(values, lengths, out);
    return out;
}

// The touched-pixel mask of a delta: all 255 when its runs are empty (every pixel recorded).
cv::Mat touched_mask(const Values& values, const Lengths& lengths, cv::Size size) {
    if (lengths.empty()) return cv::Mat(size, CV_8UC1, cv::Scalar(255));
    return decoded(values, lengths, size);
}

cv::Rect full_rect(const cv::Mat& m) {
    return {0, 0, m.cols, m.rows};
}

// Writes one side of a delta into `mask`, skipping the pixels the delta leaves untouched.
void apply_runs(cv::Mat& mask, cv::Rect region, const Values& values, const Lengths& lengths,
                const Values& touched_values, const Lengths& touched_lengths) {
    if (mask.type() != CV_8UC1 || (region & full_rect(mask)) != region)
        throw std::invalid_argument("MaskDelta: the region does not fit the mask");
    cv::Mat target = mask(region);
    if (touched_lengths.empty()) {
        decode(values, lengths, target);
        return;
    }
    decoded(values, lengths, region.size())
        .copyTo(target, decoded(touched_values, touched_lengths, region.size()));
}

void check_mask(const cv::Mat& mask, const char* op) {
    if (mask.empty() || mask.type() != CV_8UC1)
        throw std::invalid_argument(std::string(op) + ": expected a non-empty CV_8UC1 mask");
}

void check_non_negative(int n, const char* op, const char* what) {
    if (n < 0) throw std::invalid_argument(std::string(op) + ": " + what + " must be >= 0");
}

cv::Scalar ink(bool value) {
    return cv::Scalar(value ? 255 : 0);
}

// The square a dab of `radius` at `centre` can reach.
cv::Rect dab_box(cv::Point centre, int radius) {
    return {centre.x - radius, centre.y - radius, 2 * radius + 1, 2 * radius + 1};
}

cv::Rect inflate(cv::Rect r, int by) {
    return {r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by};
}

// Bounding rectangle of the non-zero pixels; empty when there are none. (Not cv::boundingRect on
// the mask itself: an N×2 single-channel Mat is taken for a list of N points there.)
cv::Rect nonzero_box(const cv::Mat& mask) {
    std::vector<cv::Point> points;
    cv::findNonZero(mask, points);
    if (points.empty()) return {};
    return cv::boundingRect(points);
}

cv::Mat cross_kernel() {
    return cv::getStructuringElement(cv::MORPH_CROSS, cv::Size(3, 3));
}

}  // namespace

// ---- MaskDelta -----------------------------------------------------------------------------

MaskDelta MaskDelta::between(const cv::Mat& before, const cv::Mat& after, cv::Rect search) {
    if (before.type() != CV_8UC1 || after.type() != CV_8UC1 || before.size() != after.size())
        throw std::invalid_argument("MaskDelta::between: expected two CV_8UC1 masks of the same size");
    const cv::Rect full = full_rect(before);
    const cv::Rect area = search.empty() ? full : (search & full);
    MaskDelta delta;
    if (area.empty()) return delta;
    cv::Mat differs;
    cv::compare(before(area), after(area), differs, cv::CMP_NE);
    const cv::Rect tight = nonzero_box(differs);
    if (tight.empty()) return delta;
    delta.region_ = tight + area.tl();
    encode(before(delta.region_), delta.before_values_, delta.before_lengths_);
    encode(after(delta.region_), delta.after_values_, delta.after_lengths_);
    return delta;
}

void MaskDelta::apply_before(cv::Mat& mask) const {
    if (empty()) return;
    apply_runs(mask, region_, before_values_, before_lengths_, touched_values_, touched_lengths_);
}

void MaskDelta::apply_after(cv::Mat& mask) const {
    if (empty()) return;
    apply_runs(mask, region_, after_values_, after_lengths_, touched_values_, touched_lengths_);
}

void MaskDelta::merge(const MaskDelta& later) {
    if (later.empty()) return;
    if (empty()) {
        *this = later;
        return;
    }
    const cv::Rect all = region_ | later.region_;
    const cv::Rect mine = region_ - all.tl();
    const cv::Rect theirs = later.region_ - all.tl();
    // Pixels neither delta recorded stay 0 in both canvases, so they count as unchanged.
    cv::Mat before(all.size(), CV_8UC1, cv::Scalar(0));
    cv::Mat after(all.size(), CV_8UC1, cv::Scalar(0));
    cv::Mat touched(all.size(), CV_8UC1, cv::Scalar(0));

    const cv::Mat my_touched = touched_mask(touched_values_, touched_lengths_, region_.size());
    decoded(before_values_, before_lengths_, region_.size()).copyTo(before(mine), my_touched);
    decoded(after_values_, after_lengths_, region_.size()).copyTo(after(mine), my_touched);
    my_touched.copyTo(touched(mine));

    // The later delta's "after" wins wherever it recorded a pixel; its "before" only where this
    // one did not record the pixel (this one's "before" is older).
    const cv::Mat their_touched =
        touched_mask(later.touched_values_, later.touched_lengths_, later.region_.size());
    cv::Mat their_only;
    cv::bitwise_and(their_touched, ~touched(theirs), their_only);
    decoded(later.before_values_, later.before_lengths_, later.region_.size())
        .copyTo(before(theirs), their_only);
    decoded(later.after_values_, later.after_lengths_, later.region_.size())
        .copyTo(after(theirs), their_touched);
    cv::Mat touched_theirs = touched(theirs);
    cv::bitwise_or(touched_theirs, their_touched, touched_theirs);

    region_ = all;
    encode(before, before_values_, before_lengths_);
    encode(after, after_values_, after_lengths_);
    if (cv::countNonZero(touched) == touched.rows * touched.cols) {
        touched_values_.clear();
        touched_lengths_.clear();
        touched_values_.shrink_to_fit();
        touched_lengths_.shrink_to_fit();
    } else {
        encode(touched, touched_values_, touched_lengths_);
    }
}

std::size_t MaskDelta::bytes() const {
    const std::size_t runs = before_lengths_.size() + after_lengths_.size() + touched_lengths_.size();
    return runs * (sizeof(std::uint8_t) + sizeof(std::uint16_t));
}

std::int64_t MaskDelta::changed_pixels() const {
    // Walks both run lists side by side; untouched pixels are 0 in both, so never count.
    std::int64_t changed = 0;
    std::size_t i = 0, j = 0;
    std::uint32_t left_before = before_lengths_.empty() ? 0 : before_lengths_[0];
    std::uint32_t left_after = after_lengths_.empty() ? 0 : after_lengths_[0];
    while (i < before_lengths_.size() && j < after_lengths_.size()) {
        const std::uint32_t n = std::min(left_before, left_after);
        if (before_values_[i] != after_values_[j]) changed += n;
        left_before -= n;
        left_after -= n;
        if (left_before == 0 && ++i < before_lengths_.size()) left_before = before_lengths_[i];
        if (left_after == 0 && ++j < after_lengths_.size()) left_after = after_lengths_[j];
    }
    return changed;
}

// ---- Editing operations --------------------------------------------------------------------

cv::Rect paint_dab(cv::Mat& mask, cv::Point centre, int radius, bool value) {
    check_mask(mask, "paint_dab");
    check_non_negative(radius, "paint_dab", "radius");
    const cv::Rect area = dab_box(centre, radius) & full_rect(mask);
    if (area.empty()) return {};
    cv::circle(mask, centre, radius, ink(value), cv::FILLED, cv::LINE_8);
    return area;
}

cv::Rect paint_line(cv::Mat& mask, cv::Point from, cv::Point to, int radius, bool value) {
    check_mask(mask, "paint_line");
    check_non_negative(radius, "paint_line", "radius");
    const cv::Rect area = (dab_box(from, radius) | dab_box(to, radius)) & full_rect(mask);
    if (area.empty()) return {};
    // One dab on every pixel of the 8-connected (Bresenham) line from `from` to `to`: no gaps,
    // round caps. Dabs centred further than `radius` off the mask cannot reach it and are
    // skipped (the line itself is not clipped: that would move its pixels).
    const cv::Rect reach = inflate(full_rect(mask), radius);
    const cv::Point a = from, b = to;
    const int dx = std::abs(b.x - a.x), dy = -std::abs(b.y - a.y);
    const int sx = a.x < b.x ? 1 : -1, sy = a.y < b.y ? 1 : -1;
    int err = dx + dy;
    cv::Point p = a;
    for (;;) {
        if (reach.contains(p)) cv::circle(mask, p, radius, ink(value), cv::FILLED, cv::LINE_8);
        if (p == b) break;
        const int e2 = 2 * err;
        if (e2 >= dy) {
            err += dy;
            p.x += sx;
        }
        if (e2 <= dx) {
            err += dx;
            p.y += sy;
        }
    }
    return area;
}

cv::Rect fill_polygon(cv::Mat& mask, const std::vector<cv::Point>& vertices, bool value) {
    check_mask(mask, "fill_polygon");
    if (vertices.empty()) return {};
    const cv::Rect area = cv::boundingRect(vertices) & full_rect(mask);
    if (area.empty()) return {};
    const cv::Point* points = vertices.data();
    const int count = static_cast<int>(vertices.size());
    cv::fillPoly(mask, &points, &count, 1, ink(value), cv::LINE_8);
    return area;
}

cv::Rect flood_fill(cv::Mat& mask, cv::Point seed, bool value) {
    check_mask(mask, "flood_fill");
    if (!full_rect(mask).contains(seed)) return {};
    const std::uint8_t target = value ? 255 : 0;
    if (mask.at<std::uint8_t>(seed) == target) return {};
    cv::Rect changed;
    cv::floodFill(mask, seed, ink(value), &changed, cv::Scalar(0), cv::Scalar(0), 4);
    return changed & full_rect(mask);
}

cv::Rect fill_holes(cv::Mat& mask) {
    check_mask(mask, "fill_holes");
    // A hole is background not 4-connected to the border (4-connectivity for the background is
    // the dual of 8-connectivity for the lesion): flood the outside from a 1-pixel frame.
    cv::Mat padded;
    cv::copyMakeBorder(mask, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::floodFill(padded, cv::Point(0, 0), cv::Scalar(128), nullptr, cv::Scalar(0), cv::Scalar(0), 4);
    const cv::Mat holes = padded(cv::Rect(1, 1, mask.cols, mask.rows)) == 0;
    const cv::Rect area = nonzero_box(holes);
    if (area.empty()) return {};
    mask(area).setTo(cv::Scalar(255), holes(area));
    return area;
}

cv::Rect grow(cv::Mat& mask, int pixels) {
    check_mask(mask, "grow");
    check_non_negative(pixels, "grow", "pixels");
    const cv::Rect lesion = nonzero_box(mask);
    if (pixels == 0 || lesion.empty()) return {};
    // Beyond `pixels` of the lesion everything is background before and after.
    const cv::Rect area = inflate(lesion, pixels) & full_rect(mask);
    cv::Mat grown;
    cv::dilate(mask(area), grown, cross_kernel(), cv::Point(-1, -1), pixels, cv::BORDER_CONSTANT,
               cv::morphologyDefaultBorderValue());
    grown.copyTo(mask(area));
    return area;
}

cv::Rect shrink(cv::Mat& mask, int pixels) {
    check_mask(mask, "shrink");
    check_non_negative(pixels, "shrink", "pixels");
    const cv::Rect lesion = nonzero_box(mask);
    if (pixels == 0 || lesion.empty()) return {};
    // One ring of background around the lesion (where the image has room for it) is all the
    // erosion needs to see; at the image border the outside counts as lesion (neutral).
    const cv::Rect area = inflate(lesion, 1) & full_rect(mask);
    cv::Mat shrunk;
    cv::erode(mask(area).clone(), shrunk, cross_kernel(), cv::Point(-1, -1), pixels, cv::BORDER_CONSTANT,
              cv::morphologyDefaultBorderValue());
    shrunk(lesion - area.tl()).copyTo(mask(lesion));
    return lesion;
}

cv::Rect smooth(cv::Mat& mask, int radius) {
    check_mask(mask, "smooth");
    check_non_negative(radius, "smooth", "radius");
    const cv::Rect lesion = nonzero_box(mask);
    if (radius == 0 || lesion.empty()) return {};
    // A window that sees no lesion has median 0, so nothing beyond `radius` of it changes; the
    // edge of that area is background, so replicating it outwards is what the whole image gives.
    const cv::Rect area = inflate(lesion, radius) & full_rect(mask);
    cv::Mat smoothed;
    cv::medianBlur(mask(area).clone(), smoothed, 2 * radius + 1);
    smoothed.copyTo(mask(area));
    return area;
}

cv::Rect clear(cv::Mat& mask) {
    check_mask(mask, "clear");
    const cv::Rect lesion = nonzero_box(mask);
    if (lesion.empty()) return {};
    mask(lesion).setTo(cv::Scalar(0));
    return lesion;
}

}  // namespace mipr::data
