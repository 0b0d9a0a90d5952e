// SPDX-License-Identifier: GPL-3.0-or-later
// The headless reviewer (see simulate_review.h).
#include "mipr/pipeline/simulate_review.h"

#include "mipr/common/error.h"
#include "mipr/data/difference.h"
#include "mipr/data/image_io.h"
#include "mipr/engine/device.h"
#include "mipr/engine/seg_trainer.h"
#include "mipr/pipeline/review.h"
#include "seg_internal.h"
#include "tensors.h"

#include <spdlog/fmt/fmt.h>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <map>
#include <numeric>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace mipr::pipeline {
using namespace detail;
using project::PairStatus;

namespace {

struct SimPair {
    ReviewItem item;
    project::ImageRecord image;
    cv::Mat doctor;   // the oracle's mask, the image's size
    double dice = 0;  // of t' against it
    bool kept = false;
    torch::Tensor x, t_label, t_doctor;  // at the model's size
};

/// One ranking strategy: a score per pair, higher = more trusted; the walk reviews the least
/// trusted first.
struct Strategy {
    std::string name, label;
    std::vector<double> trust;
    int direction = 1;
};

double aurc_of(const std::vector<double>& trust, const std::vector<double>& dice) {
    std::vector<std::size_t> idx(trust.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::stable_sort(idx.begin(), idx.end(),
                     [&](std::size_t a, std::size_t b) { return trust[a] > trust[b]; });
    double risk = 0, area = 0;
    for (std::size_t k = 0; k < idx.size(); ++k) {
        risk += 1.0 - dice[idx[k]];
        area += risk / static_cast<double>(k + 1);
    }
    return idx.empty() ? 0.0 : area / static_cast<double>(idx.size());
}

std::string timestamp() {
    const std::time_t now = std::time(nullptr);
    std::ostringstream stamp;
    stamp << std::put_time(std::gmtime(&now), "%Y%m%d-%H%M%S");
    return stamp.str();
}

/// A project holding the iteration's pairs as the filter left them (kept: pending, else held),
/// their labels copied, their signals: the walk of one strategy decides in it.
project::Project make_scratch(const fs::path& dir, const std::vector<SimPair>& pairs, int iteration,
                              const project::Project& source, const std::string& strategy) {
    auto p = project::Project::create(dir);
    project::Project::Transaction tx(p);
    // Where its pairs come from: the models themselves stay in the source project.
    const auto& first = pairs.front().item;
    p.set_setting("simulation_of", json{{"project", source.root().string()},
                                        {"iteration", iteration},
                                        {"seg_model_version", first.seg_model_version},
                                        {"gen_model_version", first.gen_model_version},
                                        {"strategy", strategy}}
                                       .dump());
    const auto iteration_id = p.begin_iteration(iteration, "{}");
    for (const auto& s : pairs) {
        const auto& r = s.image;
        const auto image_id = p.add_image({r.name, r.path, r.hash, r.width, r.height, Split::unlabeled});
        const fs::path rel = fs::path("masks") / (r.name + "_it" + std::to_string(iteration) + "_pseudo.png");
        fs::copy_file(s.item.label_mask_path, p.root() / rel, fs::copy_options::overwrite_existing);
        project::NewPair pair;
        pair.iteration_id = iteration_id;
        pair.image_id = image_id;
        pair.label_mask_id = p.add_mask(image_id, project::MaskKind::pseudo, rel);
        pair.consistency = s.item.consistency;
        pair.confidence = s.item.confidence;
        pair.l1 = s.item.l1;
        pair.ssim = s.item.ssim;
        pair.status = s.kept ? "pending" : "held";
        const auto id = p.add_pair(pair);
        p.set_pair_signals(id, {s.item.quality.begin(), s.item.quality.end()});
    }
    p.finish_iteration(iteration_id);
    tx.commit();
    return p;
}

void draw_cost_curves(const fs::path& file, const SimulateResult& r, double margin) {
    const int width = 900, height = 560, left = 70, right = 250, top = 50, bottom = 60;
    cv::Mat img(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    double lo = std::min(r.labelled_only, r.all_by_hand - margin), hi = r.all_by_hand;
    double max_minutes = r.all_by_hand_minutes;
    for (const auto& s : r.strategies)
        for (const auto& c : s.curve) {
            lo = std::min(lo, c.dice);
            hi = std::max(hi, c.dice);
            max_minutes = std::max(max_minutes, c.minutes);
        }
    lo -= 0.01;
    hi += 0.01;
    const auto x_of = [&](double minutes) {
        return left +
               static_cast<int>(std::lround(minutes / std::max(1e-9, max_minutes) * (width - left - right)));
    };
    const auto y_of = [&](double dice) {
        return height - bottom -
               static_cast<int>(std::lround((dice - lo) / (hi - lo) * (height - top - bottom)));
    };
    const auto text = [&](const std::string& t, cv::Point at, double scale, cv::Scalar colour) {
        cv::putText(img, t, at, cv::FONT_HERSHEY_SIMPLEX, scale, colour, 1, cv::LINE_AA);
    };
    text("Test Dice of S against reviewer minutes (iteration " + std::to_string(r.iteration) + ", " +
             std::to_string(r.pairs) + " pairs)",
         {10, 28}, 0.6, {0, 0, 0});
    for (int i = 0; i <= 5; ++i) {
        const double d = lo + (hi - lo) * i / 5.0;
        cv::line(img, {left, y_of(d)}, {width - right, y_of(d)}, {230, 230, 230}, 1);
        text(fmt::format("{:.1f}", 100 * d), {10, y_of(d) + 5}, 0.42, {80, 80, 80});
        const double m = max_minutes * i / 5.0;
        text(fmt::format("{:.0f}", m), {x_of(m) - 8, height - bottom + 20}, 0.42, {80, 80, 80});
    }
    text("reviewer minutes", {(width - right) / 2 - 40, height - 15}, 0.45, {0, 0, 0});
    cv::rectangle(img, {left, top}, {width - right, height - bottom}, {120, 120, 120}, 1);
    // References: labelled-only (grey), doctor-level band (green), labelling everything by hand.
    cv::line(img, {left, y_of(r.labelled_only)}, {width - right, y_of(r.labelled_only)}, {200, 200, 200}, 2);
    cv::line(img, {left, y_of(r.all_by_hand - margin)}, {width - right, y_of(r.all_by_hand - margin)},
             {60, 170, 60}, 1);
    cv::circle(img, {x_of(r.all_by_hand_minutes), y_of(r.all_by_hand)}, 6, {60, 170, 60}, cv::FILLED);
    const cv::Scalar colours[] = {{120, 120, 120}, {31, 119, 180}, {214, 39, 40}, {255, 127, 14},
                                  {148, 103, 189}, {23, 190, 207}, {140, 86, 75}, {227, 119, 194},
                                  {188, 189, 34},  {44, 160, 44},  {0, 0, 0},     {100, 100, 255},
                                  {255, 100, 100}, {50, 50, 150}};
    int legend = 0, colour = 0;
    const auto legend_entry = [&](const std::string& t, cv::Scalar c) {
        const int y = top + 10 + 22 * legend++;
        cv::line(img, {width - right + 12, y}, {width - right + 36, y}, c, 2);
        text(t.substr(0, 30), {width - right + 42, y + 5}, 0.42, {0, 0, 0});
    };
    for (const auto& s : r.strategies) {
        if (s.curve.empty()) continue;
        const cv::Scalar c = colours[colour++ % std::size(colours)];
        for (std::size_t i = 0; i < s.curve.size(); ++i) {
            const cv::Point at{x_of(s.curve[i].minutes), y_of(s.curve[i].dice)};
            cv::circle(img, at, 3, c, cv::FILLED);
            if (i > 0)
                cv::line(img, {x_of(s.curve[i - 1].minutes), y_of(s.curve[i - 1].dice)}, at, c, 2,
                         cv::LINE_AA);
        }
        legend_entry(s.name, c);
    }
    legend_entry("labelled only", {200, 200, 200});
    legend_entry("doctor-level - margin", {60, 170, 60});
    cv::circle(img, {width - right + 24, top + 10 + 22 * legend}, 6, {60, 170, 60}, cv::FILLED);
    text("all labelled by hand", {width - right + 42, top + 15 + 22 * legend}, 0.42, {0, 0, 0});
    data::write_rgb_png(file, img);
}

}  // namespace

SimulateResult simulate_review(project::Project& project, const SimulateOptions& options,
                               const ProgressFn& progress, std::stop_token stop) {
    const auto started = std::chrono::steady_clock::now();
    if (options.retrain_every < 1) throw InputError("retrain_every", "must be at least 1");
    if (options.seeds < 1) throw InputError("seeds", "must be at least 1");
    SimulateResult out;
    out.fit = compute_signals(project, options.iteration, options.signal_options, progress, stop);
    out.iteration = out.fit.iteration;

    // The pairs and the oracle: the doctor masks of the unlabelled images, read here only.
    std::vector<SimPair> pairs;
    std::vector<std::string> missing;
    for (auto& item : read_review_items(project)) {
        if (item.iteration != out.iteration) continue;
        SimPair s;
        s.image = *project.image(item.image_id);
        const auto doctor = project.latest_mask(item.image_id, project::MaskKind::doctor);
        if (!doctor) {
            missing.push_back(item.image_name);
            continue;
        }
        s.doctor = data::load_mask(doctor->path);
        data::check_mask_size(s.doctor, doctor->path, s.image.width, s.image.height);
        cv::Mat label = data::load_mask(item.label_mask_path);
        if (label.size() != s.doctor.size()) label = data::resize_mask(label, s.doctor.cols, s.doctor.rows);
        s.dice = data::mask_dice(label, s.doctor);
        s.kept = item.status == PairStatus::accepted || item.status == PairStatus::pending;
        s.item = std::move(item);
        pairs.push_back(std::move(s));
    }
    if (!missing.empty())
        throw InputError(project.root(),
                         fmt::format("simulate-review needs the doctor masks of the unlabelled split "
                                     "as its oracle: {} image(s) have none (first: {})",
                                     missing.size(), missing.front()));
    const auto n = pairs.size();
    out.pairs = static_cast<int>(n);
    std::vector<double> dice;
    for (const auto& s : pairs) {
        dice.push_back(s.dice);
        out.kept += s.kept ? 1 : 0;
    }
    out.mean_true_dice = std::accumulate(dice.begin(), dice.end(), 0.0) / static_cast<double>(n);

    // Model-size tensors, and |x' − x_u| against where t' is wrong, per pixel (AUROC by histogram).
    auto seg = load_model(project, *project.pair(pairs.front().item.pair_id)->seg_model_id);
    const int size = seg.config.input_size;
    std::vector<double> wrong(256, 0), right(256, 0);
    for (auto& s : pairs) {
        throw_if_stopped(stop);
        const cv::Mat rgb = data::load_image_rgb8(s.item.image_path);
        s.x = model_input(rgb, size);
        const cv::Mat label = data::resize_mask(data::load_mask(s.item.label_mask_path), size, size);
        const cv::Mat doctor = data::resize_mask(s.doctor, size, size);
        s.t_label = mask_to_tensor(label);
        s.t_doctor = mask_to_tensor(doctor);
        if (s.item.generated_path.empty()) continue;
        cv::Mat generated = data::load_image_rgb8(s.item.generated_path);
        if (generated.size() != cv::Size(size, size)) generated = data::resize_image(generated, size, size);
        const cv::Mat diff = data::difference_map(rgb, generated);
        const cv::Mat is_wrong = (label > 0) != (doctor > 0);
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                const int bin = std::clamp(static_cast<int>(diff.at<float>(y, x) * 255.f + 0.5f), 0, 255);
                (is_wrong.at<std::uint8_t>(y, x) ? wrong : right)[static_cast<std::size_t>(bin)] += 1;
            }
    }
    {
        const double w = std::accumulate(wrong.begin(), wrong.end(), 0.0);
        const double r = std::accumulate(right.begin(), right.end(), 0.0);
        double below = 0, auc = 0;
        for (std::size_t b = 0; b < 256; ++b) {
            auc += wrong[b] * (below + 0.5 * right[b]);
            below += right[b];
        }
        out.pixel_auroc = w > 0 && r > 0 ? auc / (w * r) : 0.5;
    }

    // The strategies: random, then each signal every pair has, oriented by its prior direction.
    std::vector<Strategy> strategies;
    {
        Strategy random{"random", kRandomOrderLabel, {}, 1};
        const auto order = seeded_permutation(n, options.seed);
        random.trust.resize(n);
        for (std::size_t k = 0; k < n; ++k)
            random.trust[order[k]] = -static_cast<double>(k);  // reviewed in this order
        strategies.push_back(std::move(random));
    }
    for (const auto& info : signal_table()) {
        Strategy s{info.name, info.label, {}, info.direction};
        for (const auto& p : pairs) {
            const auto v = p.item.signal(info.name);
            if (!v) break;
            s.trust.push_back(info.direction * *v);
        }
        if (s.trust.size() == n) strategies.push_back(std::move(s));
    }
    out.optimal_aurc = aurc_of(dice, dice);
    out.random_aurc = 1.0 - out.mean_true_dice;

    // The walks, each in its own scratch project, through the review service.
    fs::create_directories(project.reports_dir());
    for (int i = 1;; ++i) {
        out.report_dir = project.reports_dir() /
                         ("simulate-review-" + timestamp() + (i > 1 ? "-" + std::to_string(i) : ""));
        if (fs::create_directory(out.report_dir)) break;
    }
    std::map<std::string, std::size_t> index_of;
    for (std::size_t i = 0; i < n; ++i)
        index_of[pairs[i].item.image_name] = i;
    std::vector<std::vector<std::size_t>> walks;  // pair indices in review order, per strategy
    for (const auto& st : strategies) {
        throw_if_stopped(stop);
        StrategyResult sr;
        sr.name = st.name;
        sr.label = st.label;
        sr.spearman = spearman(st.trust, dice);
        sr.aurc = aurc_of(st.trust, dice);
        sr.scratch = out.report_dir / ("review-" + st.name);
        auto scratch = make_scratch(sr.scratch, pairs, out.iteration, project, st.name);
        // The queue orders by the strategy's trust: the least trusted first.
        ReviewQueue queue;
        auto items = read_review_items(scratch);
        for (auto& item : items)
            item.quality["simulated_trust"] = st.trust[index_of.at(item.image_name)];
        queue.set_items(std::move(items));
        queue.set_signal_order("simulated_trust", true);  // a signal's order hides no pair to review
        ReviewService service(scratch, queue, "oracle (" + st.name + ")");
        std::vector<std::size_t> walk;
        for (int row = 0; row < queue.count(); ++row) {
            throw_if_stopped(stop);
            const auto item = queue.item(row);
            const auto idx = index_of.at(item.image_name);
            walk.push_back(idx);
            if (pairs[idx].dice >= options.accept_dice) {
                service.decide(item.pair_id, PairStatus::accepted);
                ++sr.accepted;
                sr.minutes += options.accept_seconds / 60.0;
            } else {
                service.save_edit(item.pair_id, pairs[idx].doctor);
                ++sr.edited;
                sr.minutes += options.edit_seconds / 60.0;
            }
        }
        if (walk.size() != n)
            throw std::logic_error("simulate-review: the queue of " + st.name + " holds " +
                                   std::to_string(walk.size()) + " of " + std::to_string(n) + " pairs");
        report(progress, "simulate", static_cast<std::int64_t>(walks.size()) + 1,
               static_cast<std::int64_t>(strategies.size()), "walked " + st.name);
        walks.push_back(std::move(walk));
        out.strategies.push_back(std::move(sr));
    }

    // Which strategies get a cost curve: random, and the best by Spearman.
    std::vector<std::size_t> by_spearman;
    for (std::size_t i = 1; i < strategies.size(); ++i)
        by_spearman.push_back(i);
    std::stable_sort(by_spearman.begin(), by_spearman.end(), [&](std::size_t a, std::size_t b) {
        return out.strategies[a].spearman > out.strategies[b].spearman;
    });
    if (options.curves > 0 && by_spearman.size() > static_cast<std::size_t>(options.curves))
        by_spearman.resize(static_cast<std::size_t>(options.curves));
    std::vector<std::size_t> with_curve{0};
    with_curve.insert(with_curve.end(), by_spearman.begin(), by_spearman.end());

    // The training sets: 0 = out, 1 = t', 2 = the doctor mask, per pair. Equal sets train once.
    const auto set_at = [&](std::size_t strategy, std::size_t decisions) {
        std::string set(n, '0');
        for (std::size_t i = 0; i < n; ++i)
            set[i] = pairs[i].kept ? '1' : '0';
        for (std::size_t k = 0; k < decisions; ++k) {
            const auto idx = walks[strategy][k];
            set[idx] = pairs[idx].dice >= options.accept_dice ? '1' : '2';
        }
        return set;
    };
    std::map<std::string, double> score_of;  // set → test Dice
    const std::string labelled_only = "labelled";
    const std::string by_hand(n, '2');
    std::vector<std::string> todo{labelled_only, set_at(0, 0), by_hand};
    const auto B = static_cast<std::size_t>(options.retrain_every);
    std::vector<std::vector<std::size_t>> checkpoints(strategies.size());
    for (const auto s : with_curve) {
        for (std::size_t k = 0; k < n; k += B)
            checkpoints[s].push_back(k);
        checkpoints[s].push_back(n);
        for (const auto k : checkpoints[s])
            todo.push_back(set_at(s, k));
    }
    std::sort(todo.begin(), todo.end());
    todo.erase(std::unique(todo.begin(), todo.end()), todo.end());

    std::vector<torch::Tensor> lx, ly;
    add_labelled_set(project, size, lx, ly, {}, stop);
    if (lx.empty()) throw InputError(project.root(), "the labelled split has no image with a doctor mask");
    std::vector<torch::Tensor> test_x;
    std::vector<cv::Mat> test_truth;
    for (const auto& r : project.images(Split::test)) {
        const auto m = doctor_mask(project, r.id);
        if (!m) continue;
        test_x.push_back(model_input(data::load_image_rgb8(r.path), size));
        test_truth.push_back(data::load_mask(m->path));
    }
    if (test_x.empty()) throw InputError(project.root(), "the test split has no image with a doctor mask");
    const auto test = torch::stack(test_x);
    const c10::Device device = device_from(options.signal_options.seg.compute);
    const int budget = options.epochs_labelled * static_cast<int>(lx.size());
    std::int64_t done = 0;
    const auto trainings = static_cast<std::int64_t>(todo.size()) * options.seeds;
    for (const auto& set : todo) {
        std::vector<torch::Tensor> xs = lx, ys = ly;
        if (set != labelled_only)
            for (std::size_t i = 0; i < n; ++i) {
                if (set[i] == '0') continue;
                xs.push_back(pairs[i].x);
                ys.push_back(set[i] == '1' ? pairs[i].t_label : pairs[i].t_doctor);
            }
        engine::SegDataset d{torch::stack(xs), torch::stack(ys)};
        double sum_over_seeds = 0;
        for (int k = 0; k < options.seeds; ++k) {
            throw_if_stopped(stop);
            engine::SegTrainOptions t;
            t.epochs = set == labelled_only
                           ? options.epochs_labelled
                           : std::max(options.min_epochs,
                                      static_cast<int>(std::lround(double(budget) / double(xs.size()))));
            t.batch_size = options.signal_options.seg.batch_size;
            t.learning_rate = options.signal_options.seg.learning_rate;
            t.augment = options.signal_options.seg.augment;
            t.seed = options.seed + static_cast<unsigned long long>(k);
            t.device = device;
            engine::seed_everything(t.seed);
            engine::UNet net(unet_options(seg.config));
            const auto message = fmt::format("training S {}/{} on {} images", done + 1, trainings, xs.size());
            const auto r = engine::train_segmentation(
                net, d, t,
                [&](const engine::EpochStats& e) {
                    if (e.epoch_end)
                        report(progress, "simulate-train", done * 1000 + e.epoch * 1000 / e.epochs,
                               trainings * 1000, message, e.loss);
                },
                stop);
            if (r.cancelled) throw Cancelled();
            const auto probs = engine::predict_probabilities(net, test, device, 8);
            double sum = 0;
            for (std::size_t i = 0; i < test_truth.size(); ++i)
                sum += confusion_against(probs[static_cast<int64_t>(i)], test_truth[i], 0.5).dice();
            sum_over_seeds += sum / static_cast<double>(test_truth.size());
            ++done;
        }
        score_of[set] = sum_over_seeds / options.seeds;
    }
    out.trainings = static_cast<int>(trainings);
    out.labelled_only = score_of.at(labelled_only);
    out.no_review = score_of.at(set_at(0, 0));
    out.all_by_hand = score_of.at(by_hand);
    out.all_by_hand_minutes = static_cast<double>(n) * options.scratch_seconds / 60.0;

    // Curves and doctor-level.
    const double target = out.all_by_hand - options.doctor_level_margin;
    for (const auto s : with_curve) {
        auto& sr = out.strategies[s];
        for (const auto k : checkpoints[s]) {
            double minutes = 0;
            for (std::size_t j = 0; j < k; ++j)
                minutes += (pairs[walks[s][j]].dice >= options.accept_dice ? options.accept_seconds
                                                                           : options.edit_seconds) /
                           60.0;
            sr.curve.push_back({static_cast<int>(k), minutes, score_of.at(set_at(s, k))});
            if (!sr.doctor_level && sr.curve.back().dice >= target) sr.doctor_level = sr.curve.back();
        }
    }
    const StrategyResult* best = nullptr;
    for (const auto& sr : out.strategies) {
        if (!sr.doctor_level) continue;
        if (!best || sr.doctor_level->minutes < best->doctor_level->minutes) best = &sr;
    }
    if (best) {
        out.best = best->name;
        out.last_line = fmt::format(
            "doctor-level reached: {} decisions, {:.1f} min, {:.0f} % of labelling all by "
            "hand (strategy {})",
            best->doctor_level->decisions, best->doctor_level->minutes,
            100.0 * best->doctor_level->minutes / out.all_by_hand_minutes, best->name);
    } else {
        double top = -1;
        for (const auto& sr : out.strategies)
            for (const auto& c : sr.curve)
                if (c.dice > top) {
                    top = c.dice;
                    out.best = sr.name;
                }
        out.last_line = fmt::format(
            "doctor-level not reached: best test Dice {:.1f} (strategy {}) against {:.1f} "
            "for S on all doctor labels",
            100 * top, out.best, 100 * out.all_by_hand);
    }
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    // The report.
    {
        std::ofstream csv(out.report_dir / "strategies.csv");
        csv << "strategy,label,spearman,aurc,accepted,edited,minutes_all,doctor_level_decisions,doctor_level_"
               "minutes,"
               "doctor_level_percent\n";
        for (const auto& sr : out.strategies) {
            csv << sr.name << ",\"" << sr.label << "\"," << sr.spearman << ',' << sr.aurc << ','
                << sr.accepted << ',' << sr.edited << ',' << sr.minutes << ',';
            if (sr.doctor_level)
                csv << sr.doctor_level->decisions << ',' << sr.doctor_level->minutes << ','
                    << 100.0 * sr.doctor_level->minutes / out.all_by_hand_minutes;
            else
                csv << ",,";
            csv << '\n';
        }
    }
    {
        std::ofstream csv(out.report_dir / "curves.csv");
        csv << "strategy,decisions,minutes,test_dice\n";
        csv << "labelled only,0,0," << out.labelled_only << '\n';
        csv << "all by hand,0," << out.all_by_hand_minutes << ',' << out.all_by_hand << '\n';
        for (const auto& sr : out.strategies)
            for (const auto& c : sr.curve)
                csv << sr.name << ',' << c.decisions << ',' << c.minutes << ',' << c.dice << '\n';
    }
    {
        std::ofstream csv(out.report_dir / "pairs.csv");
        csv << "image,kept,true_dice";
        for (const auto& info : signal_table())
            csv << ',' << info.name;
        csv << '\n';
        for (const auto& s : pairs) {
            csv << s.item.image_name << ',' << (s.kept ? 1 : 0) << ',' << s.dice;
            for (const auto& info : signal_table()) {
                csv << ',';
                if (const auto v = s.item.signal(info.name)) csv << *v;
            }
            csv << '\n';
        }
    }
    draw_cost_curves(out.report_dir / "cost.png", out, options.doctor_level_margin);
    {
        json strategies_json = json::array();
        for (const auto& sr : out.strategies)
            strategies_json.push_back({{"name", sr.name}, {"spearman", sr.spearman}, {"aurc", sr.aurc}});
        std::ofstream(out.report_dir / "summary.json") << json{{"iteration", out.iteration},
                                                               {"pairs", out.pairs},
                                                               {"best", out.best},
                                                               {"pixel_auroc", out.pixel_auroc},
                                                               {"labelled_only", out.labelled_only},
                                                               {"no_review", out.no_review},
                                                               {"all_by_hand", out.all_by_hand},
                                                               {"last_line", out.last_line},
                                                               {"strategies", strategies_json}}
                                                              .dump(2)
                                                       << '\n';
    }
    {
        std::ofstream md(out.report_dir / "report.md");
        md << "# Review economics: simulated review of iteration " << out.iteration << "\n\n";
        md << fmt::format(
            "{} pairs ({} kept by the filter), mean Dice of their pseudo-labels against the doctors' masks "
            "{:.3f}. "
            "The oracle accepts a pseudo-label with Dice ≥ {:.2f} ({:.0f} s) and otherwise edits it ({:.0f} "
            "s); "
            "labelling an image from scratch costs {:.0f} s. S is retrained every {} decisions ({} "
            "trainings, "
            "seed {}).\n\n",
            out.pairs, out.kept, out.mean_true_dice, options.accept_dice, options.accept_seconds,
            options.edit_seconds, options.scratch_seconds, options.retrain_every, out.trainings,
            options.seed);
        md << "| reference | test Dice | reviewer minutes |\n|---|---|---|\n";
        md << fmt::format("| labelled only | {:.1f} | 0 |\n", 100 * out.labelled_only);
        md << fmt::format("| MIPR pairs, no review | {:.1f} | 0 |\n", 100 * out.no_review);
        md << fmt::format("| every unlabelled image labelled by hand (doctor-level) | {:.1f} | {:.1f} |\n\n",
                          100 * out.all_by_hand, out.all_by_hand_minutes);
        md << "| strategy | Spearman with true Dice | AURC | accepted / edited | doctor-level at |\n"
              "|---|---|---|---|---|\n";
        for (const auto& sr : out.strategies) {
            md << fmt::format("| {} ({}) | {:+.3f} | {:.4f} | {} / {} | ", sr.name, sr.label, sr.spearman,
                              sr.aurc, sr.accepted, sr.edited);
            if (sr.doctor_level)
                md << fmt::format("{} decisions, {:.1f} min ({:.0f} %)", sr.doctor_level->decisions,
                                  sr.doctor_level->minutes,
                                  100 * sr.doctor_level->minutes / out.all_by_hand_minutes);
            else
                md << (sr.curve.empty() ? "no curve" : "not reached");
            md << " |\n";
        }
        md << fmt::format(
            "\nAURC: optimal (by the true Dice) {:.4f}, random {:.4f}. Per pixel, |x' − x_u| predicts "
            "where the pseudo-label is wrong with AUROC {:.3f}.\n\n",
            out.optimal_aurc, out.random_aurc, out.pixel_auroc);
        md << fmt::format(
            "The learned estimate was fitted on {} out-of-fold labelled images (in-sample Spearman "
            "{:.3f}).\n\n![cost curves](cost.png)\n\n{}\n",
            out.fit.oof_images, out.fit.oof_spearman, out.last_line);
    }
    return out;
}

}  // namespace mipr::pipeline
