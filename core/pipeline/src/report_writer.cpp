// Experiment report files (see report_writer.h).
#include "report_writer.h"

#include "mipr/common/atomic_file.h"
#include "mipr/data/image_io.h"
#include "mipr/engine/seg_trainer.h"

#include <ATen/ops/linalg_eigh.h>
#include <opencv2/imgproc.hpp>

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
    // A horizontal bar chart of DSC (mean ± std over seeds), one bar per row.
    const int bar_h = 22, left = 330, right = 40, top = 40, width = 900;
    const int height = top + static_cast<int>(rows.size()) * (bar_h + 8) + 40;
    cv::Mat img(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    const double lo = 0.0, hi = 1.0;
    auto x_of = [&](double v) {
        return left + static_cast<int>((v - lo) / (hi - lo) * (width - left - right));
    };
    cv::putText(img, "Test DSC (mean +/- std over seeds)", {10, 24}, cv::FONT_HERSHEY_SIMPLEX, 0.6, {0, 0, 0},
                1, cv::LINE_AA);
    for (int t = 0; t <= 10; ++t) {
        const int x = x_of(t / 10.0);
        cv::line(img, {x, top - 5}, {x, height - 30}, {225, 225, 225}, 1);
        cv::putText(img, std::to_string(t * 10), {x - 8, height - 12}, cv::FONT_HERSHEY_SIMPLEX, 0.4,
                    {80, 80, 80}, 1, cv::LINE_AA);
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
    }
    data::write_rgb_png(file, img);
}

}  // namespace

std::vector<double> to_vector(const torch::Tensor& t) {
    const auto c = t.to(torch::kCPU).to(torch::kDouble).contiguous();
    return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
}

double frechet_distance(engine::UNet& encoder, const torch::Tensor& real, const torch::Tensor& generated,
                        const c10::Device& device) {
    torch::InferenceMode guard;
    encoder->to(device);
    encoder->eval();
    auto features = [&](const torch::Tensor& x) {
        std::vector<torch::Tensor> out;
        for (int64_t b = 0; b < x.size(0); b += 16) {
            const auto batch =
                engine::normalise_input(x.slice(0, b, std::min<int64_t>(b + 16, x.size(0))).to(device));
            out.push_back(encoder->encode(batch).mean({2, 3}).to(torch::kCPU).to(torch::kDouble));
        }
        return torch::cat(out, 0);
    };
    const auto fr = features(real), fg = features(generated);
    auto cov = [](const torch::Tensor& f) {
        const auto c = f - f.mean(0, true);
        return c.t().matmul(c) / std::max<int64_t>(1, f.size(0) - 1);
    };
    const auto c1 = cov(fr), c2 = cov(fg);
    const double mean_term = (fr.mean(0) - fg.mean(0)).pow(2).sum().item<double>();
    return mean_term + c1.trace().item<double>() + c2.trace().item<double>() - 2 * trace_sqrt_product(c1, c2);
}

std::string write_experiment_report(const fs::path& dir, const ReportInputs& in) {
    std::ostringstream md, rows_csv, per_image_csv, quality_csv;
    md << "| Model | Method[iter] (data amounts) | DSC ± std | Acc ± std | DSC std over test images |\n"
          "|---|---|---|---|---|\n";
    for (const auto& r : in.rows) {
        md << "| U-Net (ours, " << in.options.run.seg.model.input_size << "², width "
           << in.options.run.seg.model.base_width << ") | " << r.method << " (" << r.data_amount << ") | "
           << pct(r.dice_mean, r.dice_std) << " | " << pct(r.acc_mean, r.acc_std) << " | "
           << pct(r.dice_image_std, 0).substr(0, pct(r.dice_image_std, 0).find(' ')) << " |\n";
    }
    const std::string table = md.str();

    std::ostringstream report;
    report << "# MIPR experiment (Table-1 protocol)\n\n"
           << "Preset `" << in.options.preset << "`; " << in.labelled << " labelled, " << in.unlabelled
           << " unlabelled and " << in.test << " test images; " << in.options.run.iterations
           << " MIPR iteration(s); " << in.options.seeds.size() << " seed(s); " << in.trainings
           << " fresh S trainings; " << static_cast<int>(in.seconds)
           << " s in all (the MIPR loop included when it ran here).\n\n"
           << "DSC and Acc in %: for each seed the mean over test images, then mean ± std over seeds. The "
              "last column "
              "is the spread over test images (mean over seeds).\n\n"
           << "## Ours\n\n"
           << table
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
    report << q << "\n![DSC per row](dice.png)\n";

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
    quality_csv << "iteration,pairs,psnr_mean,psnr_std,ssim_mean,ssim_std,frechet\n"
                << in.quality.iteration << ',' << in.quality.pairs << ',' << in.quality.psnr.mean << ','
                << in.quality.psnr.std << ',' << in.quality.ssim.mean << ',' << in.quality.ssim.std << ','
                << in.quality.frechet << '\n';

    write_file_atomic(dir / "report.md", report.str());
    write_file_atomic(dir / "rows.csv", rows_csv.str());
    write_file_atomic(dir / "per_image.csv", per_image_csv.str());
    write_file_atomic(dir / "quality.csv", quality_csv.str());
    draw_chart(dir / "dice.png", in.rows);
    return table;
}

}  // namespace mipr::pipeline
