// Table-1 experiment (see experiment.h).
#include "mipr/pipeline/experiment.h"

#include "mipr/common/atomic_file.h"
#include "mipr/common/error.h"
#include "mipr/data/image_io.h"
#include "mipr/engine/annotator.h"
#include "mipr/engine/device.h"
#include "mipr/engine/metrics.h"
#include "mipr/engine/seg_trainer.h"
#include "report_writer.h"
#include "seg_internal.h"
#include "task_pool.h"
#include "tensors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <functional>
#include <iomanip>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace mipr::pipeline {
using namespace detail;

namespace {

struct TestSet {
    torch::Tensor inputs;         // [N,3,s,s]
    std::vector<cv::Mat> truths;  // original size, 0/255
    std::vector<std::string> names;
};

struct Scores {
    double dice_mean = 0, dice_std = 0, acc_mean = 0, acc_std = 0;
    std::vector<double> dice;
};

struct Sets {
    torch::Tensor xl, yl;  // labelled
    std::vector<torch::Tensor> xu, yu_doctor;
};

struct PairT {  // one pair of the MIPR loop, as tensors at the model's size
    torch::Tensor x_real, x_gen, t;
    bool accepted;     // accepted or edited: it joins the loop's training set
    std::string name;  // of x_u
    /// The reviewer's mask of an edited pair (undefined otherwise): a doctor annotation of x_u that
    /// joins as a real pair only, as in the loop (run.cpp); x' was drawn for t', not for it.
    torch::Tensor t_edited;
};

std::string row_name(const char* method, int iteration, const char* what) {
    std::ostringstream s;
    s << method << '[' << iteration << ']' << what;
    return s.str();
}

Scores score(engine::UNet& net, const TestSet& test, const c10::Device& device) {
    const auto probs = engine::predict_probabilities(net, test.inputs, device, 8);
    std::vector<double> dices, accs;
    for (std::size_t i = 0; i < test.truths.size(); ++i) {
        const auto c = confusion_against(probs[static_cast<int64_t>(i)], test.truths[i], 0.5);
        dices.push_back(c.dice());
        accs.push_back(c.accuracy());
    }
    const auto d = engine::mean_std(dices);
    const auto a = engine::mean_std(accs);
    return {d.mean, d.std, a.mean, a.std, dices};
}

/// Image quality of one iteration's pairs, x' against x_u: PSNR and SSIM, and on the features of
/// `encoder` (S's encoder) the Fréchet distance and a t-SNE embedding.
QualityFigures image_quality(int iteration, const std::vector<PairT>& pairs, engine::UNet& encoder,
                             const c10::Device& device) {
    std::vector<torch::Tensor> real, gen;
    std::vector<std::string> names;
    for (const auto& p : pairs) {
        real.push_back(p.x_real);
        gen.push_back(p.x_gen);
        names.push_back(p.name);
    }
    const auto r = torch::stack(real), g = torch::stack(gen);
    const auto mse = (r - g).pow(2).flatten(1).mean(1).clamp_min(1e-10);
    QualityFigures q;
    q.iteration = iteration;
    q.pairs = static_cast<int>(pairs.size());
    q.psnr = engine::mean_std(to_vector((10.0 * torch::log10(1.0 / mse))));
    q.ssim = engine::mean_std(to_vector(engine::ssim(g, r)));
    const auto fr = encoder_features(encoder, r, device), fg = encoder_features(encoder, g, device);
    q.frechet = frechet_distance(fr, fg);
    q.tsne = embed_real_and_generated(fr, fg, names);
    return q;
}

/// What a loop copy depends on: the source's images and labelled doctor masks, and the loop's
/// settings (not the iteration count: a copy with fewer iterations is continued).
std::string loop_fingerprint(const project::Project& source, const RunOptions& run) {
    json images = json::array();
    for (const auto& r : source.images()) {
        json j{{"name", r.name}, {"path", r.path.string()}, {"hash", r.hash}, {"split", to_string(r.split)}};
        if (r.split == Split::labeled) {
            if (const auto m = doctor_mask(source, r.id)) j["mask"] = {m->id, m->path.string()};
        }
        images.push_back(std::move(j));
    }
    const auto& pp = run.postprocess;
    json config = json::parse(run_config_json(run));  // what each iteration records, and more:
    config["seg_batch"] = run.seg.batch_size;
    config["seg_lr"] = run.seg.learning_rate;
    config["seg_augment"] = run.seg.augment;
    config["postprocess"] = {pp.threshold,   pp.largest_component, pp.fill_holes,
                             pp.open_radius, pp.close_radius,      pp.min_area_fraction};
    return json{{"images", images}, {"run", config}}.dump();
}

/// How the project's own loop differs from the loop `run` asks for, which the copies run exactly:
/// iterations recorded with other settings (an earlier `mipr run`), and pairs a person decided on.
std::vector<std::string> project_loop_differences(const project::Project& p, const RunOptions& run) {
    std::vector<std::string> out;
    const json want = json::parse(run_config_json(run)).flatten();
    const auto key_name = [](std::string k) {  // "/gan/epochs" -> "gan.epochs"
        if (!k.empty() && k.front() == '/') k.erase(0, 1);
        std::replace(k.begin(), k.end(), '/', '.');
        return k;
    };
    for (int k = 1; k <= run.iterations; ++k) {
        const auto it = p.iteration(k);
        if (!it) continue;
        json have;
        try {
            have = json::parse(it->config_json).flatten();
        } catch (const json::exception&) {
            out.push_back("iteration " + std::to_string(k) + ": its recorded settings cannot be read");
            continue;
        }
        std::string diffs;
        for (const auto& [key, value] : want.items()) {
            const auto found = have.find(key);
            if (found != have.end() && *found == value) continue;
            diffs += (diffs.empty() ? "" : ", ") + key_name(key) + " " +
                     (found == have.end() ? std::string("not recorded") : found->dump()) +
                     " (the experiment's: " + value.dump() + ")";
        }
        if (!diffs.empty()) out.push_back("iteration " + std::to_string(k) + " ran with " + diffs);
    }
    std::map<std::int64_t, int> iteration_of_pair;
    for (const auto& pair : p.pairs())
        iteration_of_pair[pair.id] = pair.iteration_number;
    std::set<std::int64_t> reviewed;
    for (const auto& d : p.decisions()) {
        const auto it = iteration_of_pair.find(d.pair_id);
        if (d.undone_at.empty() && it != iteration_of_pair.end() && it->second <= run.iterations)
            reviewed.insert(d.pair_id);
    }
    if (!reviewed.empty())
        out.push_back(std::to_string(reviewed.size()) +
                      " of its pairs carry a reviewer's decision, which the " +
                      "other loops (accepted by the filter alone) do not have");
    return out;
}

/// A project at `dir` with the source's images (same files and splits) and its labelled images'
/// doctor masks (copied), for another run of the MIPR loop. An existing copy made for the same
/// fingerprint is opened as it is (its completed steps are kept); anything else there is rebuilt.
project::Project loop_copy(const project::Project& source, const fs::path& dir,
                           const std::string& fingerprint) {
    constexpr const char* kKey = "experiment_loop_of";
    if (project::Project::exists(dir)) {
        try {
            auto p = project::Project::open(dir);
            if (p.setting(kKey) == fingerprint) return p;
        } catch (const std::exception&) {  // unreadable: rebuilt below
        }
    }
    fs::remove_all(dir);
    auto p = project::Project::create(dir);
    project::Project::Transaction tx(p);
    for (const auto& r : source.images()) {
        const auto id = p.add_image({r.name, r.path, r.hash, r.width, r.height, r.split});
        if (r.split != Split::labeled) continue;
        const auto m = doctor_mask(source, r.id);
        if (!m) continue;
        const fs::path rel = fs::path("masks") / (r.name + "_doctor" + m->path.extension().string());
        fs::copy_file(m->path, p.root() / rel, fs::copy_options::overwrite_existing);
        p.add_mask(id, project::MaskKind::doctor, rel, std::nullopt, std::nullopt, m->author);
    }
    p.set_setting(kKey, fingerprint);  // last: a copy torn before this is rebuilt
    tx.commit();
    return p;
}

/// The loop's pairs per iteration, as tensors (x_u from `xu`, by image name).
std::map<int, std::vector<PairT>> loop_pairs(const project::Project& p,
                                             const std::map<std::string, torch::Tensor>& xu, int size,
                                             const std::stop_token& stop) {
    std::map<int, std::vector<PairT>> out;
    for (const auto& pair : p.pairs()) {
        throw_if_stopped(stop);
        const auto it = xu.find(pair.image_name);
        if (it == xu.end() || !pair.generated_path || !pair.iteration_done) continue;
        const bool edited = pair.status == "edited" && pair.edited_mask_path;
        out[pair.iteration_number].push_back(
            {it->second,
             rgb_to_tensor(data::resize_image(data::load_image_rgb8(*pair.generated_path), size, size)),
             mask_to_tensor(data::resize_mask(data::load_mask(pair.label_mask_path), size, size)),
             pair.status == "accepted" || edited, pair.image_name,
             edited ? mask_to_tensor(data::resize_mask(data::load_mask(*pair.edited_mask_path), size, size))
                    : torch::Tensor()});
    }
    return out;
}

}  // namespace

ExperimentResult run_experiment(project::Project& project, const ExperimentOptions& options,
                                const ProgressFn& progress, std::stop_token stop) {
    const auto start = std::chrono::steady_clock::now();
    if (options.seeds.empty()) throw InputError("the experiment needs at least one seed");
    const c10::Device device = device_from(options.run.compute);
    const int size = options.run.seg.model.input_size;
    const auto net_options = unet_options(options.run.seg.model);

    ExperimentResult out;
    // 1. The MIPR loop (continues a stopped run; does nothing when it is complete).
    out.loops.push_back(run_mipr(project, options.run, progress, stop));
    out.warnings = project_loop_differences(project, options.run);

    // 2. Data at the model's size; the test truth at its own size.
    std::vector<torch::Tensor> xs, ys;
    add_labelled_set(project, size, xs, ys, progress, stop);
    Sets sets{torch::stack(xs), torch::stack(ys), {}, {}};
    const int n_l = static_cast<int>(xs.size());
    std::map<std::string, torch::Tensor> xu_by_name;
    for (const auto& r : project.images(Split::unlabeled)) {
        throw_if_stopped(stop);
        sets.xu.push_back(model_input(data::load_image_rgb8(r.path), size));
        const auto m = doctor_mask(project, r.id);  // only for the "Doctor" upper bound
        sets.yu_doctor.push_back(m ? mask_to_tensor(data::resize_mask(data::load_mask(m->path), size, size))
                                   : torch::Tensor());
        xu_by_name[r.name] = sets.xu.back();
    }
    TestSet test;
    {
        std::vector<torch::Tensor> inputs;
        for (const auto& r : project.images(Split::test)) {
            const auto m = doctor_mask(project, r.id);
            if (!m) continue;
            const cv::Mat rgb = data::load_image_rgb8(r.path);
            inputs.push_back(model_input(rgb, size));
            test.truths.push_back(data::load_mask(m->path));
            test.names.push_back(r.name);
        }
        if (inputs.empty())
            throw InputError(project.root(), "the test split has no image with a doctor mask");
        test.inputs = torch::stack(inputs);
    }

    // Pairs per iteration of each loop, as tensors; the other loops run here (or continue) first.
    std::vector<std::map<int, std::vector<PairT>>> pairs_of_loop{loop_pairs(project, xu_by_name, size, stop)};
    const std::size_t loops = options.loop_per_seed ? options.seeds.size() : 1;
    for (std::size_t i = 1; i < loops; ++i) {
        RunOptions run = options.run;
        run.seed = options.run.seed + i;
        run.quality_signals = false;  // nobody reviews a copy's pairs: no need for their signals
        const std::string name = "loop-" + std::to_string(i);
        auto copy = loop_copy(project, project.reports_dir() / "experiment-loops" / name,
                              loop_fingerprint(project, run));
        const ProgressFn labelled = [&](const Progress& p) {
            if (!progress) return;
            Progress q = p;
            q.message = "loop " + std::to_string(i + 1) + "/" + std::to_string(loops) + ": " + p.message;
            if (!q.metrics.empty())
                q.stage = name + "/" + p.stage;  // its curves apart from the project's loop
            progress(q);
        };
        out.loops.push_back(run_mipr(copy, run, labelled, stop));
        pairs_of_loop.push_back(loop_pairs(copy, xu_by_name, size, stop));
    }

    // 3. A fresh S per training set and seed. The trainings are independent of one another (a
    // seed's self-training chain excepted), so on the CPU they can run side by side, each on its
    // share of the threads (eval_workers). Each training draws from its own generator (its net is
    // initialised under a lock, from its seed), so no figure depends on which finishes first.
    const int budget = options.eval_epochs_labelled * std::max(1, n_l);  // samples of the labelled-only run
    const auto epochs_for = [&](std::int64_t n) {
        return std::max(options.eval_min_epochs, static_cast<int>(std::lround(double(budget) / double(n))));
    };
    struct Slot {  // one row's result for one seed, in the report's order
        std::string method;
        std::size_t seed_index;
        int amount;
        std::size_t result;
    };
    std::vector<Slot> slots;
    std::vector<Scores> results;
    std::vector<PoolTask> tasks;
    std::map<std::vector<const void*>, std::size_t> result_of_set;
    std::vector<std::vector<std::size_t>> chain_of_seed(options.seeds.size());  // self-training rows
    std::int64_t samples_total = 0;
    std::atomic<std::int64_t> samples_done{0};
    std::mutex mutex;                   // the global generator (a net's initialisation), progress
    engine::UNet feature_net{nullptr};  // S-encoder for image quality: labelled-only S, first seed

    // Trains a fresh S on the labelled set + (extra_x, extra_y) and scores it on the test split.
    const auto train = [&](const std::string& method, unsigned long long seed,
                           const std::vector<torch::Tensor>& extra_x,
                           const std::vector<torch::Tensor>& extra_y,
                           const std::stop_token& st) -> std::pair<Scores, engine::UNet> {
        throw_if_stopped(st);
        engine::SegDataset d;
        d.images = extra_x.empty() ? sets.xl : torch::cat({sets.xl, torch::stack(extra_x)});
        d.masks = extra_y.empty() ? sets.yl : torch::cat({sets.yl, torch::stack(extra_y)});
        const std::int64_t n = d.size();
        engine::SegTrainOptions t;
        t.epochs = extra_x.empty() ? options.eval_epochs_labelled : epochs_for(n);
        t.batch_size = options.run.seg.batch_size;
        t.learning_rate = options.run.seg.learning_rate;
        t.seed = seed;
        t.device = device;
        engine::UNet net{nullptr};
        {
            std::lock_guard lock(mutex);
            engine::seed_everything(seed);
            net = engine::UNet(net_options);
        }
        std::int64_t mine = 0;  // samples of this training so far
        const auto r = engine::train_segmentation(
            net, d, t,
            [&](const engine::EpochStats& s) {
                const std::int64_t now = static_cast<std::int64_t>(s.epoch - 1) * n +
                                         std::min<std::int64_t>(std::int64_t{s.step} * t.batch_size, n);
                const auto done = samples_done += now - mine;
                mine = now;
                std::ostringstream what;
                what << method << " seed " << seed << " epoch " << s.epoch << "/" << s.epochs;
                std::lock_guard lock(mutex);
                report(progress, "experiment", done, samples_total, what.str(), s.loss);
            },
            st);
        if (r.cancelled) throw Cancelled();
        return {score(net, test, device), net};
    };
    const auto slot = [&](const std::string& method, std::size_t seed_index, std::int64_t amount) {
        results.emplace_back();
        slots.push_back({method, seed_index, static_cast<int>(amount), results.size() - 1});
        return results.size() - 1;
    };
    // A row whose set and seed were already queued shares that training's result: the same set and
    // seed train the same S (deterministic), e.g. MIPR[k]'s selected pairs when the filter kept
    // every pair, and the unselected control.
    const auto queue = [&](const std::string& method, std::size_t seed_index, std::vector<torch::Tensor> x,
                           std::vector<torch::Tensor> y) {
        const auto seed = options.seeds[seed_index];
        std::vector<const void*> identity{reinterpret_cast<const void*>(static_cast<std::uintptr_t>(seed))};
        for (const auto& v : x)
            identity.push_back(v.data_ptr());
        for (const auto& v : y)
            identity.push_back(v.data_ptr());
        const std::int64_t n = sets.xl.size(0) + static_cast<std::int64_t>(x.size());
        if (const auto it = result_of_set.find(identity); it != result_of_set.end()) {
            slots.push_back({method, seed_index, static_cast<int>(n), it->second});
            return;
        }
        const auto r = slot(method, seed_index, n);
        result_of_set.emplace(identity, r);
        const std::int64_t samples = n * epochs_for(n);
        samples_total += samples;
        tasks.push_back(
            {samples, [&, method, seed, r, x = std::move(x), y = std::move(y)](const std::stop_token& st) {
                 results[r] = train(method, seed, x, y, st).first;
             }});
    };

    const std::int64_t n_st = n_l + static_cast<std::int64_t>(sets.xu.size());  // a self-training set
    for (std::size_t seed_index = 0; seed_index < options.seeds.size(); ++seed_index) {
        const auto seed = options.seeds[seed_index];
        const auto& pairs = pairs_of_loop[std::min(seed_index, pairs_of_loop.size() - 1)];
        // Labelled only, then from its S this seed's self-training chain: one task, in order. The
        // chain's rows come last in the seed's part of the report (their slots are taken below).
        {
            const auto labelled = slot("Labelled only", seed_index, n_l);
            std::int64_t samples = std::int64_t{options.eval_epochs_labelled} * n_l;
            if (options.self_training) samples += options.run.iterations * n_st * epochs_for(n_st);
            samples_total += samples;
            tasks.push_back({samples, [&, seed, seed_index, labelled](const std::stop_token& st) {
                                 auto [sc, current] = train("Labelled only", seed, {}, {}, st);
                                 results[labelled] = sc;
                                 if (seed_index == 0) feature_net = current;  // read after the join
                                 const auto& chain = chain_of_seed[seed_index];
                                 if (chain.empty()) return;
                                 const auto xu = torch::stack(sets.xu);
                                 for (std::size_t k = 0; k < chain.size(); ++k) {
                                     throw_if_stopped(st);
                                     const auto probs = engine::predict_probabilities(current, xu, device, 8);
                                     std::vector<torch::Tensor> ty;
                                     for (int64_t i = 0; i < probs.size(0); ++i) {
                                         const cv::Mat t = data::postprocess_probability(
                                             probability_to_mat(probs[i]), options.run.postprocess);
                                         ty.push_back(mask_to_tensor(t));
                                     }
                                     auto [next_sc, next] =
                                         train(row_name("Self-training", static_cast<int>(k) + 1, ""), seed,
                                               sets.xu, ty, st);
                                     results[chain[k]] = next_sc;
                                     current = next;
                                 }
                             }});
        }
        {
            std::vector<torch::Tensor> x, y;
            for (std::size_t i = 0; i < sets.xu.size(); ++i) {
                if (!sets.yu_doctor[i].defined()) continue;
                x.push_back(sets.xu[i]);
                y.push_back(sets.yu_doctor[i]);
            }
            if (!x.empty()) queue("Doctor", seed_index, std::move(x), std::move(y));
        }
        // MIPR[k] is what the loop's S learns from after k iterations: the labelled set and the
        // latest accepted pair of each image from iterations 1..k (as accepted_before in run.cpp).
        std::map<std::string, const PairT*> selected;
        for (const auto& [k, list] : pairs) {
            std::vector<torch::Tensor> gx, gy, rx, ry, bx, by, ax, ay;
            for (const auto& p : list) {
                ax.push_back(p.x_real);
                ay.push_back(p.t);
                if (p.accepted) selected[p.name] = &p;
            }
            for (const auto& [name, q] : selected) {
                const PairT& p = *q;
                if (p.t_edited.defined()) {  // a real pair with the reviewer's mask, whatever the row
                    for (auto* v : {&gx, &rx, &bx})
                        v->push_back(p.x_real);
                    for (auto* v : {&gy, &ry, &by})
                        v->push_back(p.t_edited);
                    continue;
                }
                gx.push_back(p.x_gen);
                gy.push_back(p.t);
                rx.push_back(p.x_real);
                ry.push_back(p.t);
                bx.insert(bx.end(), {p.x_gen, p.x_real});
                by.insert(by.end(), {p.t, p.t});
            }
            // Every contribution at the last iteration; earlier ones only the loop's own (keeps the
            // CPU preset inside its budget) and the unselected baseline.
            const bool last = k == pairs.rbegin()->first;
            const auto own = options.run.contribution;
            if (last || own == Contribution::generated)
                queue(row_name("MIPR", k, " generated pairs"), seed_index, gx, gy);
            if (last || own == Contribution::real)
                queue(row_name("MIPR", k, " real pairs selected"), seed_index, rx, ry);
            if (last || own == Contribution::both) queue(row_name("MIPR", k, " both"), seed_index, bx, by);
            if (last || options.unselected_every_iteration)
                queue(row_name("Pseudo-labels", k, " of MIPR's S, unselected"), seed_index, ax, ay);
        }
        if (options.self_training) {
            for (int k = 1; k <= options.run.iterations; ++k)
                chain_of_seed[seed_index].push_back(slot(row_name("Self-training", k, ""), seed_index, n_st));
        }
    }

    // Run the tasks, the longest first, on `workers` threads (one on a GPU).
    const int workers = device.is_cpu()
                            ? std::clamp(options.eval_workers, 1, std::max(1, static_cast<int>(tasks.size())))
                            : 1;
    const auto training_start = std::chrono::steady_clock::now();
    run_tasks(std::move(tasks), workers, stop);
    const double training_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - training_start).count();

    // The rows, in the order queued: per seed, each row's result.
    std::map<std::string, ExperimentRow> rows;
    std::vector<std::string> order;
    std::vector<std::pair<std::string, std::vector<double>>> per_image;
    for (const auto& s : slots) {
        const auto& sc = results[s.result];
        auto& row = rows[s.method];
        if (row.method.empty()) {
            row.method = s.method;
            order.push_back(s.method);
        }
        row.seed_amount.push_back(s.amount);
        row.seed_dice.push_back(sc.dice_mean);
        row.seed_acc.push_back(sc.acc_mean);
        row.dice_image_std += sc.dice_std / static_cast<double>(options.seeds.size());
        std::ostringstream run_name;
        run_name << s.method << " seed " << options.seeds[s.seed_index];
        per_image.emplace_back(run_name.str(), sc.dice);
    }

    for (const auto& name : order) {
        auto row = rows[name];
        double amount = 0;
        for (const int a : row.seed_amount)
            amount += a;
        row.data_amount = static_cast<int>(std::lround(amount / static_cast<double>(row.seed_amount.size())));
        const auto d = engine::mean_std(row.seed_dice);
        const auto a = engine::mean_std(row.seed_acc);
        row.dice_mean = d.mean;
        row.dice_std = d.std;
        row.acc_mean = a.mean;
        row.acc_std = a.std;
        out.rows.push_back(row);
    }

    // 4. Image quality of the last iteration's pairs of the project's loop: x' against x_u.
    QualityFigures quality;
    if (const auto& pairs = pairs_of_loop.front(); !pairs.empty())
        quality = image_quality(pairs.rbegin()->first, pairs.rbegin()->second, feature_net, device);
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    // 5. The report.
    const std::time_t now = std::time(nullptr);
    std::ostringstream stamp;
    stamp << std::put_time(std::gmtime(&now), "%Y%m%d-%H%M%S");
    // Another report of the same second keeps its folder: this one takes the next free suffix.
    fs::create_directories(project.reports_dir());
    for (int i = 1;; ++i) {
        out.report_dir =
            project.reports_dir() / ("experiment-" + stamp.str() + (i > 1 ? "-" + std::to_string(i) : ""));
        if (fs::create_directory(out.report_dir)) break;
    }
    ReportInputs in{out.rows,
                    quality,
                    per_image,
                    test.names,
                    options,
                    out.seconds,
                    static_cast<int>(results.size()),  // each result is one training
                    training_seconds,
                    workers,
                    n_l,
                    static_cast<int>(sets.xu.size()),
                    static_cast<int>(test.truths.size()),
                    out.loops,
                    out.warnings};
    out.markdown = write_experiment_report(out.report_dir, in);
    return out;
}

}  // namespace mipr::pipeline
