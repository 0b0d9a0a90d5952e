// Experiment report files (see report_writer.h).
#include "report_writer.h"

#include "mipr/common/atomic_file.h"
#include "mipr/data/image_io.h"
#include "mipr/engine/seg_trainer.h"
#include "mipr/pipeline/tsne.h"

#include <ATen/ops/linalg_eigh.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace fs = std::filesystem;

namespace mipr::pipeline {
namespace {

std::string pct(double mean, double sd) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.2f ± %.2f", 100 * mean, 100 * sd);
    return buf;
}

std::string csv_escape(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

double trace_sqrt_product(const torch::Tensor& c1, const torch::Tensor& c2) {
    // tr sqrt(C1 C2) = tr sqrt(S C2 S) with S = C1^{1/2}; both symmetric PSD, so eigh is enough.
    auto [e1, v1] = at::linalg_eigh(c1);
    const auto s = v1.matmul(torch::diag(e1.clamp_min(0).sqrt())).matmul(v1.t());
    const auto m = s.matmul(c2).matmul(s);
    auto [e, v] = at::linalg_eigh((m + m.t()) / 2);
    return e.clamp_min(0).sqrt().sum().item<double>();
}

void draw_chart(const fs::path& file, const std::vector<ExperimentRow>& rows) {
    // A horizontal bar chart of DSC (mean ± std over seeds), one bar per row. The axis spans the
    // rows' range (in steps of 5 points), not 0-100: the differences that matter are a point or two.
    const int bar_h = 22, left = 330, right = 70, top = 40, width = 900;
    const int height = top + static_cast<int>(rows.size()) * (bar_h + 8) + 40;
    cv::Mat img(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    double low = 1.0, high = 0.0;
    for (const auto& r : rows) {
        low = std::min(low, r.dice_mean - r.dice_std);
        high = std::max(high, r.dice_mean + r.dice_std);
    }
    const int lo_pct = std::clamp(static_cast<int>(std::floor((100 * low - 1) / 5)) * 5, 0, 95);
    const int hi_pct = std::clamp(static_cast<int>(std::ceil((100 * high + 1) / 5)) * 5, lo_pct + 5, 100);
    const double lo = lo_pct / 100.0, hi = hi_pct / 100.0;
    auto x_of = [&](double v) {
        return left + static_cast<int>((std::clamp(v, lo, hi) - lo) / (hi - lo) * (width - left - right));
    };
    const std::string title = "Test DSC in % (mean +/- std over seeds); axis from " + std::to_string(lo_pct);
    cv::putText(img, title, {10, 24}, cv::FONT_HERSHEY_SIMPLEX, 0.6, {0, 0, 0}, 1, cv::LINE_AA);
    const int step = hi_pct - lo_pct <= 20 ? 1 : (hi_pct - lo_pct <= 50 ? 5 : 10);
    for (int t = lo_pct; t <= hi_pct; t += step) {
        const int x = x_of(t / 100.0);
        cv::line(img, {x, top - 5}, {x, height - 30}, {225, 225, 225}, 1);
        cv::putText(img, std::to_string(t), {x - 8, height - 12}, cv::FONT_HERSHEY_SIMPLEX, 0.4, {80, 80, 80},
                    1, cv::LINE_AA);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int y = top + static_cast<int>(i) * (bar_h + 8);
        const auto& r = rows[i];
        const bool mipr = r.method.rfind("MIPR", 0) == 0;
        const cv::Scalar colour = mipr ? cv::Scalar(40, 140, 200) : cv::Scalar(150, 150, 150);  // RGB
        cv::rectangle(img, {left, y}, {x_of(r.dice_mean), y + bar_h}, colour, cv::FILLED);
        cv::line(img, {x_of(r.dice_mean - r.dice_std), y + bar_h / 2},
                 {x_of(r.dice_mean + r.dice_std), y + bar_h / 2}, {0, 0, 0}, 2);
        cv::putText(img, r.method.substr(0, 44), {8, y + 16}, cv::FONT_HERSHEY_SIMPLEX, 0.42, {0, 0, 0}, 1,
                    cv::LINE_AA);
        char value[16];
        std::snprintf(value, sizeof value, "%.2f", 100 * r.dice_mean);
        cv::putText(img, value, {x_of(r.dice_mean + r.dice_std) + 6, y + 16}, cv::FONT_HERSHEY_SIMPLEX, 0.42,
                    {0, 0, 0}, 1, cv::LINE_AA);
    }
    data::write_rgb_png(file, img);
}

cv::Scalar kind_colour(bool generated) {  // RGB (tab10 blue and orange)
    return generated ? cv::Scalar(255, 127, 14) : cv::Scalar(31, 119, 180);
}

/// Real images as filled circles, generated ones as filled squares (told apart without colour too).
void draw_marker(cv::Mat& img, cv::Point at, bool generated) {
    if (generated)
        cv::rectangle(img, at - cv::Point(4, 4), at + cv::Point(4, 4), kind_colour(true), cv::FILLED,
                      cv::LINE_AA);
    else
        cv::circle(img, at, 5, kind_colour(false), cv::FILLED, cv::LINE_AA);
}

void draw_tsne(const fs::path& file, const QualityFigures& q) {
    // A scatter plot with one scale on both axes: t-SNE's axes have no units, only its distances
    // (locally) mean something.
    const int left = 20, top = 66, side = 520, legend = 200;
    cv::Mat img(top + side + 20, left + side + legend, CV_8UC3, cv::Scalar(255, 255, 255));
    const auto& pts = q.tsne.points;
    double x0 = pts.front().x, x1 = x0, y0 = pts.front().y, y1 = y0;
    for (const auto& p : pts) {
        x0 = std::min(x0, p.x);
        x1 = std::max(x1, p.x);
        y0 = std::min(y0, p.y);
        y1 = std::max(y1, p.y);
    }
    const double span = std::max({x1 - x0, y1 - y0, 1e-12}), scale = (side - 40) / span;
    auto to_px = [&](const TsnePoint& p) {
        return cv::Point(left + side / 2 + static_cast<int>(std::lround((p.x - (x0 + x1) / 2) * scale)),
                         top + side / 2 - static_cast<int>(std::lround((p.y - (y0 + y1) / 2) * scale)));
    };
    const std::string title = "t-SNE of S-encoder features, iteration " + std::to_string(q.iteration);
    char subtitle[128];
    std::snprintf(subtitle, sizeof subtitle,
                  "%d-dim features, perplexity %.1f; 5-NN real/generated accuracy %.0f%%", q.tsne.feature_dim,
                  q.tsne.perplexity, 100 * q.tsne.knn_accuracy);
    cv::putText(img, title, {10, 24}, cv::FONT_HERSHEY_SIMPLEX, 0.6, {0, 0, 0}, 1, cv::LINE_AA);
    cv::putText(img, subtitle, {10, 48}, cv::FONT_HERSHEY_SIMPLEX, 0.42, {60, 60, 60}, 1, cv::LINE_AA);
    cv::rectangle(img, {left, top}, {left + side, top + side}, {0, 0, 0}, 1);
    for (const bool generated : {false, true})
        for (const auto& p : pts)
            if (p.generated == generated) draw_marker(img, to_px(p), generated);
    const int n_real =
        static_cast<int>(std::count_if(pts.begin(), pts.end(), [](auto& p) { return !p.generated; }));
    const std::pair<bool, std::string> entries[] = {
        {false, "real x_u (" + std::to_string(n_real) + ")"},
        {true, "generated x' (" + std::to_string(static_cast<int>(pts.size()) - n_real) + ")"}};
    for (int i = 0; i < 2; ++i) {
        const cv::Point at(left + side + 24, top + 20 + 26 * i);
        draw_marker(img, at, entries[i].first);
        cv::putText(img, entries[i].second, at + cv::Point(14, 5), cv::FONT_HERSHEY_SIMPLEX, 0.45, {0, 0, 0},
                    1, cv::LINE_AA);
    }
    data::write_rgb_png(file, img);
}

std::string tsne_paragraph(const QualityFigures& q) {
    const auto& t = q.tsne;
    if (t.points.empty()) return "No t-SNE embedding: " + t.skipped + ".\n";
    const int n = static_cast<int>(t.points.size()) / 2;
    char buf[640];
    std::snprintf(buf, sizeof buf,
                  "t-SNE of the %d-dimensional S-encoder features of the %d real images x_u and their %d "
                  "generated x' (perplexity %.1f, fixed seed; points in `tsne.csv`): a 5-nearest-neighbour "
                  "vote in the 2-D embedding tells real from generated for %.0f%% of the images (50%% = "
                  "indistinguishable, 100%% = fully separated).\n\n![t-SNE](tsne.png)\n",
                  t.feature_dim, n, n, t.perplexity, 100 * t.knn_accuracy);
    return buf;
}

std::string tsne_csv(const TsneFigures& t) {
    std::ostringstream csv;
    csv << "name,kind,x,y\n";
    for (const auto& p : t.points)
        csv << csv_escape(p.name) << ',' << (p.generated ? "generated" : "real") << ',' << p.x << ',' << p.y
            << '\n';
    return csv.str();
}

}  // namespace

std::vector<double> to_vector(const torch::Tensor& t) {
    const auto c = t.to(torch::kCPU).to(torch::kDouble).contiguous();
    return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
}

torch::Tensor encoder_features(engine::UNet& encoder, const torch::Tensor& images,
                               const c10::Device& device) {
    torch::InferenceMode guard;
    encoder->to(device);
    encoder->eval();
    std::vector<torch::Tensor> out;
    for (int64_t b = 0; b < images.size(0); b += 16) {
        const auto batch =
            engine::normalise_input(images.slice(0, b, std::min<int64_t>(b + 16, images.size(0))).to(device));
        out.push_back(encoder->encode(batch).mean({2, 3}).to(torch::kCPU).to(torch::kDouble));
    }
    return torch::cat(out, 0);
}

double frechet_distance(const torch::Tensor& real_features, const torch::Tensor& generated_features) {
    const auto& fr = real_features;
    const auto& fg = generated_features;
    auto cov = [](const torch::Tensor& f) {
        const auto c = f - f.mean(0, true);
        return c.t().matmul(c) / std::max<int64_t>(1, f.size(0) - 1);
    };
    const auto c1 = cov(fr), c2 = cov(fg);
    const double mean_term = (fr.mean(0) - fg.mean(0)).pow(2).sum().item<double>();
    return mean_term + c1.trace().item<double>() + c2.trace().item<double>() - 2 * trace_sqrt_product(c1, c2);
}

TsneFigures embed_real_and_generated(const torch::Tensor& real_features,
                                     const torch::Tensor& generated_features,
                                     const std::vector<std::string>& names) {
    TsneFigures out;
    const auto all = torch::cat({real_features, generated_features}).to(torch::kDouble).contiguous();
    const auto n = all.size(0), dim = all.size(1), n_real = real_features.size(0);
    out.feature_dim = static_cast<int>(dim);
    if (n < 4) {
        out.skipped = "it needs at least 4 images (2 pairs)";
        return out;
    }
    if (!torch::isfinite(all).all().item<bool>()) {
        out.skipped = "S-encoder features hold non-finite values";
        return out;
    }
    std::vector<std::vector<double>> rows;
    std::vector<int> generated;
    for (int64_t i = 0; i < n; ++i) {
        const double* row = all.data_ptr<double>() + i * dim;
        rows.emplace_back(row, row + dim);
        generated.push_back(i >= n_real ? 1 : 0);
    }
    const TsneOptions options;  // seed 0: the same features give the same picture
    out.perplexity = effective_perplexity(rows.size(), options.perplexity);
    const auto y = tsne(rows, options);
    out.knn_accuracy = knn_accuracy(y, generated, 5);
    out.skipped.clear();
    for (int64_t i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        out.points.push_back(
            {names.at(static_cast<std::size_t>(i % n_real)), generated[k] == 1, y[k][0], y[k][1]});
    }
    return out;
}

namespace {

std::string loops_sentence(const ReportInputs& in) {
    if (in.loops.size() > 1) {
        return "Each seed has its own run of the MIPR loop (seed i: the loop seeded " +
               std::to_string(in.options.run.seed) +
               " + i; the first is the project's own, the others ran on copies of its images and "
               "labelled masks in `reports/experiment-loops/`), so the MIPR and pseudo-label rows' ± "
               "includes the loop's own randomness (G and the loop's S). Their data amount is the mean "
               "over seeds, or the range where the loops kept different numbers of pairs.";
    }
    return "The MIPR and pseudo-label rows come from one run of the MIPR loop: their ± is over the "
           "fresh S's seeds only, not over the loop's own randomness (G and the loop's S), which can "
           "move them by several points.";
}

/// Per loop and iteration: S's training set, the pairs made and kept, their mean consistency.
std::string loops_table(const ReportInputs& in) {
    std::ostringstream out;
    out << "### The MIPR loop" << (in.loops.size() > 1 ? "s" : "") << "\n\n"
        << "| Loop | Iteration | S trained on | Pairs | Kept by the filter | Mean consistency |\n"
           "|---|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < in.loops.size(); ++i) {
        for (const auto& it : in.loops[i].iterations) {
            char c[32];
            std::snprintf(c, sizeof c, "%.3f", it.mean_consistency);
            out << "| " << i + 1
                << (i == 0 ? std::string(" (the project's)")
                           : " (seed " + std::to_string(in.options.run.seed + i) + ")")
                << " | " << it.number << " | " << it.train_images << " | " << it.pairs << " | " << it.kept
                << " | " << c << " |\n";
        }
    }
    return out.str();
}

/// Each row against labelled only, seed by seed (seed i of both rows trains its fresh S from the
/// same seed): the mean gain in DSC points, each seed's gain and how many seeds gained.
std::string paired_table(const ReportInputs& in) {
    const auto base = std::find_if(in.rows.begin(), in.rows.end(),
                                   [](const ExperimentRow& r) { return r.method == "Labelled only"; });
    if (base == in.rows.end() || base->seed_dice.empty()) return {};
    std::ostringstream out;
    out << "### Gain over labelled only, seed by seed\n\n"
           "Seed i of every row trains its fresh S from the same seed, so the rows pair up by seed. "
           "DSC points; a row clearly above labelled only gains in every seed.\n\n"
           "| Method[iter] | Mean gain | Per seed | Seeds with a gain |\n|---|---|---|---|\n";
    const auto signed_pct = [](double v) {
        char b[32];
        std::snprintf(b, sizeof b, "%+.2f", 100.0 * v);
        return std::string(b);
    };
    for (const auto& r : in.rows) {
        if (&r == &*base || r.seed_dice.size() != base->seed_dice.size()) continue;
        double sum = 0;
        int gained = 0;
        std::string each;
        for (std::size_t i = 0; i < r.seed_dice.size(); ++i) {
            const double d = r.seed_dice[i] - base->seed_dice[i];
            sum += d;
            gained += d > 0 ? 1 : 0;
            each += (i ? ", " : "") + signed_pct(d);
        }
        out << "| " << r.method << " | " << signed_pct(sum / static_cast<double>(r.seed_dice.size())) << " | "
            << each << " | " << gained << " of " << r.seed_dice.size() << " |\n";
    }
    return out.str();
}

std::string warnings_section(const ReportInputs& in) {
    if (in.warnings.empty()) return {};
    std::ostringstream out;
    out << "**Warning: the project's own MIPR loop (seed 0's MIPR rows) is not the loop this experiment "
           "asked for.** The experiment continued it as it was; the other seeds' loops use the "
           "experiment's settings and accept pairs automatically.\n\n";
    for (const auto& w : in.warnings)
        out << "- " << w << '\n';
    out << '\n';
    return out.str();
}

}  // namespace

std::string write_experiment_report(const fs::path& dir, const ReportInputs& in) {
    std::ostringstream md, rows_csv, per_image_csv, quality_csv;
    md << "| Model | Method[iter] (data amounts) | DSC ± std | Acc ± std | DSC std over test images |\n"
          "|---|---|---|---|---|\n";
    const auto& model = in.options.run.seg.model;
    const std::string model_name = model.architecture == "attention-unet" ? "Att-U-Net" : "U-Net";
    for (const auto& r : in.rows) {
        std::string amount = std::to_string(r.data_amount);
        if (!r.seed_amount.empty()) {
            const auto [lo, hi] = std::minmax_element(r.seed_amount.begin(), r.seed_amount.end());
            if (*lo != *hi) amount = std::to_string(*lo) + "–" + std::to_string(*hi);
        }
        md << "| " << model_name << " (ours, " << model.input_size << "², width " << model.base_width
           << ") | " << r.method << " (" << amount << ") | " << pct(r.dice_mean, r.dice_std) << " | "
           << pct(r.acc_mean, r.acc_std) << " | "
           << pct(r.dice_image_std, 0).substr(0, pct(r.dice_image_std, 0).find(' ')) << " |\n";
    }
    const std::string table = md.str();

    std::ostringstream report;
    report << "# MIPR experiment (Table-1 protocol)\n\n"
           << "Preset `" << in.options.preset << "`; " << in.labelled << " labelled, " << in.unlabelled
           << " unlabelled and " << in.test << " test images; " << in.options.run.iterations
           << " MIPR iteration(s); " << in.options.seeds.size() << " seed(s); " << in.trainings
           << " fresh S trainings (" << static_cast<int>(in.training_seconds) << " s, " << in.workers
           << (in.workers == 1 ? " at a time); " : " side by side); ") << static_cast<int>(in.seconds)
           << " s in all (the MIPR loops included when they ran here).\n\n"
           << "DSC and Acc in %: for each seed the mean over test images, then mean ± std over seeds. The "
              "last column is the spread over test images (mean over seeds). "
           << loops_sentence(in) << "\n\n"
           << warnings_section(in) << "## Ours\n\n"
           << table << '\n'
           << loops_table(in) << '\n'
           << paired_table(in)
           << "\n## The paper's Table 1 (ISIC 2018, 1800 unlabelled, 594 test images, 256²)\n\n"
              "| Model | Method[iter] (data amounts) | DSC ± std | Acc ± std |\n|---|---|---|---|\n"
              "| Unet | Doctor (1800) | 68.41 ± 1.71 | 90.46 ± 1.01 |\n"
              "| Unet | MIPR[1] (1513) | 66.52 ± 2.56 | 89.78 ± 1.17 |\n"
              "| Unet | MIPR[2] (1691) | 67.61 ± 1.64 | 90.29 ± 0.90 |\n"
              "| Unet | MIPR[3] (1781) | 68.17 ± 1.85 | 89.82 ± 1.04 |\n"
              "| Att-Unet | Doctor (1800) | 69.94 ± 1.67 | 91.37 ± 1.04 |\n"
              "| Att-Unet | MIPR[1] (1622) | 68.57 ± 2.39 | 90.81 ± 1.21 |\n"
              "| Att-Unet | MIPR[2] (1780) | 68.70 ± 2.52 | 90.54 ± 1.10 |\n"
              "| Att-Unet | MIPR[3] (1800) | 70.09 ± 1.91 | 90.93 ± 1.06 |\n\n"
              "The paper reports no labelled-only row and no self-training baseline.\n\n"
           << "## Image quality of x' against x_u (iteration " << in.quality.iteration << ", "
           << in.quality.pairs << " pairs)\n\n";
    char q[256];
    std::snprintf(q, sizeof q,
                  "PSNR %.2f ± %.2f dB, SSIM %.3f ± %.3f, Fréchet distance on S-encoder features %.3f\n",
                  in.quality.psnr.mean, in.quality.psnr.std, in.quality.ssim.mean, in.quality.ssim.std,
                  in.quality.frechet);
    report << q << '\n' << tsne_paragraph(in.quality) << "\n![DSC per row](dice.png)\n";

    rows_csv << "method,data_amount,dice_mean,dice_std,acc_mean,acc_std,dice_image_std,seed_dice,seed_acc\n";
    for (const auto& r : in.rows) {
        std::ostringstream sd, sa;
        for (std::size_t i = 0; i < r.seed_dice.size(); ++i) {
            sd << (i ? ";" : "") << r.seed_dice[i];
            sa << (i ? ";" : "") << r.seed_acc[i];
        }
        rows_csv << csv_escape(r.method) << ',' << r.data_amount << ',' << r.dice_mean << ',' << r.dice_std
                 << ',' << r.acc_mean << ',' << r.acc_std << ',' << r.dice_image_std << ',' << sd.str() << ','
                 << sa.str() << '\n';
    }
    per_image_csv << "run";
    for (const auto& n : in.test_names)
        per_image_csv << ',' << csv_escape(n);
    per_image_csv << '\n';
    for (const auto& [name, dice] : in.per_image) {
        per_image_csv << csv_escape(name);
        for (double d : dice)
            per_image_csv << ',' << d;
        per_image_csv << '\n';
    }
    quality_csv << "iteration,pairs,psnr_mean,psnr_std,ssim_mean,ssim_std,frechet,tsne_knn_accuracy\n"
                << in.quality.iteration << ',' << in.quality.pairs << ',' << in.quality.psnr.mean << ','
                << in.quality.psnr.std << ',' << in.quality.ssim.mean << ',' << in.quality.ssim.std << ','
                << in.quality.frechet << ',';
    if (!in.quality.tsne.points.empty()) quality_csv << in.quality.tsne.knn_accuracy;  // else empty
    quality_csv << '\n';

    write_file_atomic(dir / "report.md", report.str());
    write_file_atomic(dir / "rows.csv", rows_csv.str());
    write_file_atomic(dir / "per_image.csv", per_image_csv.str());
    write_file_atomic(dir / "quality.csv", quality_csv.str());
    draw_chart(dir / "dice.png", in.rows);
    if (!in.quality.tsne.points.empty()) {
        write_file_atomic(dir / "tsne.csv", tsne_csv(in.quality.tsne));
        draw_tsne(dir / "tsne.png", in.quality);
    }
    return table;
}

}  // namespace mipr::pipeline
