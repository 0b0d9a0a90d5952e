// The MIPR loop (see run.h). Steps per iteration: train-seg, train-gan, annotate. Each
// completed step is recorded with its result; a rerun skips it. G's training also saves a
// partial checkpoint every few epochs, so a stop loses at most those epochs.
#include "mipr/pipeline/run.h"
#include "mipr/pipeline/signals.h"

#include "mipr/common/error.h"
#include "mipr/data/image_io.h"
#include "mipr/engine/annotator.h"
#include "mipr/engine/checkpoint.h"
#include "mipr/engine/device.h"
#include "mipr/engine/gan_trainer.h"
#include "mipr/engine/oom.h"
#include "seg_internal.h"
#include "tensors.h"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <future>
#include <map>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace mipr::pipeline {
using namespace detail;

std::string GanConfig::to_json() const {
    return json{{"base_width", base_width},
                {"max_width", max_width},
                {"down_blocks", down_blocks},
                {"spade_hidden", spade_hidden},
                {"disc_width", disc_width},
                {"epochs", epochs},
                {"batch_size", batch_size},
                {"lr_g", lr_g},
                {"lr_d", lr_d},
                {"lambda_fm", lambda_fm},
                {"lambda_l1", lambda_l1},
                {"lambda_consistency", lambda_consistency},
                {"use_alpha", use_alpha},
                {"shuffle", shuffle},
                {"shuffle_k", shuffle_k},
                {"consistency", consistency}}
        .dump();
}

GanConfig GanConfig::from_json(const std::string& text) {
    GanConfig c;
    try {
        const json j = json::parse(text.empty() ? "{}" : text);
#define MIPR_READ(k) c.k = j.value(#k, c.k)
        MIPR_READ(base_width);
        MIPR_READ(max_width);
        MIPR_READ(down_blocks);
        MIPR_READ(spade_hidden);
        MIPR_READ(disc_width);
        MIPR_READ(epochs);
        MIPR_READ(batch_size);
        MIPR_READ(lr_g);
        MIPR_READ(lr_d);
        MIPR_READ(lambda_fm);
        MIPR_READ(lambda_l1);
        MIPR_READ(lambda_consistency);
        MIPR_READ(use_alpha);
        MIPR_READ(shuffle);
        MIPR_READ(shuffle_k);
        MIPR_READ(consistency);
#undef MIPR_READ
    } catch (const json::exception& e) {
        throw InputError(std::string("generator configuration is not valid JSON: ") + e.what());
    }
    return c;
}

std::string to_string(Contribution c) {
    switch (c) {
        case Contribution::generated:
            return "generated";
        case Contribution::real:
            return "real";
        case Contribution::both:
            return "both";
    }
    return "real";
}

Contribution parse_contribution(const std::string& name) {
    if (name == "generated") return Contribution::generated;
    if (name == "real") return Contribution::real;
    if (name == "both") return Contribution::both;
    throw InputError("contribution '" + name + "': expected generated, real or both");
}

namespace detail {

std::string run_config_json(const RunOptions& options) {
    return json{{"seg", json::parse(options.seg.model.to_json())},
                {"seg_epochs", options.seg.epochs},
                {"gan", json::parse(options.gan.to_json())},
                {"contribution", to_string(options.contribution)},
                {"auto_accept", options.auto_accept},
                {"filter",
                 {{"min_consistency", options.filter.min_consistency},
                  {"min_confidence", options.filter.min_confidence},
                  {"max_l1", options.filter.max_l1},
                  {"min_ssim", options.filter.min_ssim},
                  {"keep_fraction", options.filter.keep_fraction}}},
                {"seed", options.seed}}
        .dump();
}

}  // namespace detail

std::string RunSummary::to_text() const {
    std::ostringstream out;
    for (const auto& it : iterations) {
        out << "iteration " << it.number << (it.resumed ? " (resumed)" : "") << ": S trained on "
            << it.train_images << " images; " << it.pairs << " pairs, " << it.kept << " kept, " << it.held
            << " held back; mean consistency " << it.mean_consistency << "\n";
    }
    return out.str();
}

namespace {

engine::GeneratorOptions generator_options(const GanConfig& c) {
    engine::GeneratorOptions o;
    o.base_width = c.base_width;
    o.max_width = c.max_width;
    o.down_blocks = c.down_blocks;
    o.spade_hidden = c.spade_hidden;
    o.use_alpha = c.use_alpha;
    return o;
}

engine::DiscriminatorOptions discriminator_options(const GanConfig& c) {
    engine::DiscriminatorOptions o;
    o.base_width = c.disc_width;
    return o;
}

/// Images at the model's size, loaded once per run.
class TensorCache {
public:
    explicit TensorCache(int size) : size_(size) {}
    const torch::Tensor& image(const project::ImageRecord& r) {
        auto it = images_.find(r.id);
        if (it == images_.end())
            it = images_.emplace(r.id, model_input(data::load_image_rgb8(r.path), size_)).first;
        return it->second;
    }
    torch::Tensor mask(const fs::path& file) const {
        return mask_to_tensor(data::resize_mask(data::load_mask(file), size_, size_));
    }
    torch::Tensor rgb_file(const fs::path& file) const {
        return rgb_to_tensor(data::resize_image(data::load_image_rgb8(file), size_, size_));
    }

private:
    int size_;
    std::map<std::int64_t, torch::Tensor> images_;
};

/// The latest accepted or edited pair of each unlabelled image from iterations before `number`.
std::vector<project::PairRecord> accepted_before(const project::Project& p, int number) {
    std::map<std::int64_t, project::PairRecord> latest;
    for (auto& pair : p.pairs()) {
        if (pair.iteration_number >= number || !pair.iteration_done ||
            (pair.status != "accepted" && pair.status != "edited"))
            continue;
        auto it = latest.find(pair.image_id);
        if (it == latest.end() || it->second.iteration_number < pair.iteration_number)
            latest[pair.image_id] = pair;
    }
    std::vector<project::PairRecord> out;
    for (auto& [id, pair] : latest)
        out.push_back(pair);
    return out;
}

/// The label a pair of accepted_before brings to a training set: the reviewer's edited mask (a
/// doctor annotation of the real image, §1.6) or the pseudo-label t'.
const fs::path& training_label(const project::Project& p, const project::PairRecord& pair) {
    if (pair.status != "edited") return pair.label_mask_path;
    if (!pair.edited_mask_path)
        throw InputError(p.database_path(), "pair " + std::to_string(pair.id) + " (image " + pair.image_name +
                                                ") is edited but has no edited mask");
    return *pair.edited_mask_path;
}

struct Stepper {
    project::Project& p;
    const RunOptions& o;
    const ProgressFn& progress;
    std::stop_token stop;
    TensorCache cache;
    c10::Device device;
};

std::int64_t step_train_seg(Stepper& s, int number, std::int64_t iteration_id, IterationSummary& summary) {
    if (const auto done = s.p.step_result(iteration_id, "train-seg")) {
        const json j = json::parse(*done);
        summary.train_images = j.value("train_images", 0);
        summary.resumed = true;
        return j.at("model_id").get<std::int64_t>();
    }
    std::vector<torch::Tensor> xs, ys;
    add_labelled_set(s.p, s.o.seg.model.input_size, xs, ys, s.progress, s.stop);
    const std::size_t labelled = xs.size();
    if (labelled == 0)
        throw InputError(s.p.root(), "no labelled image with a doctor mask: MIPR needs a few to start");
    for (const auto& pair : accepted_before(s.p, number)) {
        throw_if_stopped(s.stop);
        const auto img = s.p.image(pair.image_id);
        // An edited pair joins as the real pair (x_u, edited mask) only, whatever the setting:
        // x' was drawn for t', not for the reviewer's mask.
        const bool edited = pair.status == "edited";
        if (edited || s.o.contribution != Contribution::generated) {
            xs.push_back(s.cache.image(*img));
            ys.push_back(s.cache.mask(training_label(s.p, pair)));
        }
        if (!edited && s.o.contribution != Contribution::real && pair.generated_path &&
            pair.generated_mask_id) {
            xs.push_back(s.cache.rgb_file(*pair.generated_path));
            // The pair's own generated mask: a later iteration may have made a newer one for the
            // image (a pair accepted in iteration 1 and held in 2 joins with iteration 1's x').
            fs::path label = pair.label_mask_path;
            for (const auto& m : s.p.masks(pair.image_id))
                if (m.id == *pair.generated_mask_id) label = m.path;
            ys.push_back(s.cache.mask(label));
        }
    }
    auto seg = s.o.seg;
    // seg.epochs is meant for the labelled set; a larger set gets about the same number of
    // samples (at least 10 epochs), so an iteration costs the same whatever was accepted.
    seg.epochs =
        std::max(std::min(seg.epochs, 10),
                 static_cast<int>(std::lround(double(seg.epochs) * double(labelled) / double(xs.size()))));
    seg.seed = s.o.seed + static_cast<unsigned long long>(number);
    seg.compute = s.o.compute;
    const std::string note = "iteration " + std::to_string(number) + ": " + std::to_string(labelled) +
                             " labelled + " + std::to_string(xs.size() - labelled) +
                             " from accepted pairs (" + to_string(s.o.contribution) + ")";
    const ProgressFn tagged = [&s, number](const Progress& p) {
        if (!s.progress) return;
        Progress q = p;
        q.iteration = number;
        s.progress(q);
    };
    const auto r = fit_and_store_seg(s.p, engine::SegDataset{torch::stack(xs), torch::stack(ys)}, seg, tagged,
                                     s.stop, note, "seg_it" + std::to_string(number) + ".partial.pt");
    summary.train_images = r.train_images;
    s.p.mark_step_done(
        iteration_id, "train-seg",
        json{{"model_id", r.model_id}, {"train_images", r.train_images}, {"seconds", r.seconds}}.dump());
    return r.model_id;
}

std::int64_t step_train_gan(Stepper& s, int number, std::int64_t iteration_id, std::int64_t seg_model_id) {
    if (const auto done = s.p.step_result(iteration_id, "train-gan")) {
        return json::parse(*done).at("model_id").get<std::int64_t>();
    }
    const int size = s.o.seg.model.input_size;
    std::vector<torch::Tensor> xs, ys;
    add_labelled_set(s.p, size, xs, ys, s.progress, s.stop);
    const std::size_t labelled = xs.size();
    for (const auto& pair : accepted_before(s.p, number)) {
        xs.push_back(s.cache.image(*s.p.image(pair.image_id)));
        ys.push_back(s.cache.mask(training_label(s.p, pair)));
    }
    auto seg = load_model(s.p, seg_model_id);
    const auto& c = s.o.gan;
    engine::GanTrainOptions go;
    // As for S: c.epochs is meant for the labelled set; larger sets get about as many samples.
    go.epochs =
        std::max(std::min(c.epochs, 5),
                 static_cast<int>(std::lround(double(c.epochs) * double(labelled) / double(xs.size()))));
    go.batch_size = c.batch_size;
    go.lr_g = c.lr_g;
    go.lr_d = c.lr_d;
    go.lambda_fm = c.lambda_fm;
    go.lambda_l1 = c.lambda_l1;
    go.lambda_consistency = c.lambda_consistency;
    go.consistency = c.consistency;
    go.shuffle = c.shuffle;
    go.shuffle_k = c.shuffle_k;
    go.seed = s.o.seed * 1000 + static_cast<unsigned long long>(number);
    go.device = s.device;
    engine::seed_everything(go.seed);
    engine::GanTrainer trainer(engine::Generator(generator_options(c)),
                               engine::MultiscaleDiscriminator(discriminator_options(c)), seg.net, go);
    const fs::path partial = s.p.models_dir() / ("gen_it" + std::to_string(number) + ".partial.pt");
    if (fs::exists(partial)) trainer.load(partial);
    const engine::GanDataset dataset{torch::stack(xs), torch::stack(ys)};
    int last_micro = go.batch_size;
    constexpr int kSaveEvery = 5;  // epochs between partial checkpoints
    while (trainer.epoch() < go.epochs) {
        const bool finished = trainer.train(
            dataset,
            [&](const engine::GanStepStats& st) {
                std::string message = "epoch " + std::to_string(st.epoch) + "/" + std::to_string(st.epochs) +
                                      " D " + std::to_string(st.loss_d).substr(0, 5) + " L1 " +
                                      std::to_string(st.l1).substr(0, 5);
                if (st.micro_batch > 0 && st.micro_batch < go.batch_size) {
                    message += " (out of memory: batch " + std::to_string(st.micro_batch) + ")";
                    if (st.micro_batch != last_micro)
                        spdlog::warn(
                            "G and D ran out of device memory at batch {}: steps are retried in "
                            "batches of {}",
                            last_micro, st.micro_batch);
                    last_micro = st.micro_batch;
                }
                if (!s.progress) return;
                Progress p;
                p.stage = "train-gan";
                p.iteration = number;
                p.done = static_cast<std::int64_t>(st.epoch - 1) * st.steps + st.step;
                p.total = static_cast<std::int64_t>(st.epochs) * st.steps;
                p.loss = st.loss_g;
                p.message = message;
                if (st.step == st.steps) {
                    p.epoch = st.epoch;
                    p.metrics = {{"loss_g", st.loss_g},
                                 {"loss_d", st.loss_d},
                                 {"feature_matching", st.feature_matching},
                                 {"l1", st.l1},
                                 {"consistency", st.consistency},
                                 {"lr_g", go.lr_g},
                                 {"lr_d", go.lr_d},
                                 {"batch", static_cast<double>(st.micro_batch)}};
                }
                s.progress(p);
            },
            s.stop, trainer.epoch() + kSaveEvery);
        if (!finished) throw Cancelled();
        trainer.save(partial, c.to_json());
    }
    const auto previous = s.p.latest_model(kGenKind);
    const int version = previous ? previous->version + 1 : 1;
    const fs::path relative = fs::path("models") / ("gen_v" + std::to_string(version) + ".pt");
    fs::rename(partial, s.p.root() / relative);
    json losses = json::array();
    for (const auto& e : trainer.history())
        losses.push_back({e.loss_g, e.loss_d, e.l1, e.consistency});
    const json metrics{
        {"train_images", dataset.size()},
        {"train_seconds", trainer.seconds()},
        {"images_per_second", trainer.seconds() > 0 ? trainer.images_seen() / trainer.seconds() : 0.0},
        {"epoch_losses_g_d_l1_consistency", losses},
        {"segmenter_model_id", seg_model_id},
        {"input_size", size}};
    const auto id = s.p.add_model(kGenKind, relative, c.to_json(), metrics.dump());
    s.p.mark_step_done(iteration_id, "train-gan", json{{"model_id", id}}.dump());
    return id;
}

void step_annotate(Stepper& s, int number, std::int64_t iteration_id, std::int64_t seg_model_id,
                   std::int64_t gen_model_id, IterationSummary& summary) {
    if (const auto done = s.p.step_result(iteration_id, "annotate")) {
        const json j = json::parse(*done);
        summary.pairs = j.value("pairs", 0);
        summary.kept = j.value("kept", 0);
        summary.held = j.value("held", 0);
        summary.mean_consistency = j.value("mean_consistency", 0.0);
        return;
    }
    auto seg = load_model(s.p, seg_model_id);
    const auto gen_record = s.p.model(gen_model_id);
    const auto gen_config = GanConfig::from_json(gen_record->config_json);
    auto generator = engine::load_generator(gen_record->path, generator_options(gen_config));
    const int size = seg.config.input_size;
    const auto all = s.p.images(Split::unlabeled);
    const engine::FilterThresholds thresholds{s.o.filter.min_consistency, s.o.filter.min_confidence,
                                              s.o.filter.max_l1, s.o.filter.min_ssim,
                                              s.o.filter.keep_fraction};
    double consistency_sum = 0;
    // Pairs already made by an interrupted run of this step are kept, not made again.
    std::map<std::int64_t, project::PairRecord> done;
    for (auto& pair : s.p.pairs(iteration_id))
        done.emplace(pair.image_id, pair);
    std::vector<project::ImageRecord> todo;
    for (const auto& r : all) {
        if (const auto it = done.find(r.id); it != done.end()) {
            ++summary.pairs;
            consistency_sum += it->second.consistency;
        } else {
            todo.push_back(r);
        }
    }
    // Images go through S and G in batches; the next batch is decoded on another thread while this
    // one computes. Each pair is still committed on its own, so a stop loses at most one batch.
    const auto kBatch = static_cast<std::size_t>(std::max(1, s.o.annotate_batch));
    struct Decoded {
        cv::Mat rgb;    // the image's own size
        cv::Mat small;  // the model's size
    };
    const auto decode = [&todo, size, kBatch](std::size_t from) {
        std::vector<Decoded> out;
        for (std::size_t i = from; i < std::min(todo.size(), from + kBatch); ++i) {
            cv::Mat rgb = data::load_image_rgb8(todo[i].path);
            cv::Mat small = data::resize_image(rgb, size, size);
            out.push_back({std::move(rgb), std::move(small)});
        }
        return out;
    };
    std::future<std::vector<Decoded>> next;
    if (!todo.empty()) next = std::async(std::launch::async, decode, 0);
    auto retries = engine::out_of_memory_retries();
    for (std::size_t first = 0; first < todo.size(); first += kBatch) {
        throw_if_stopped(s.stop);
        const auto batch = next.get();  // rethrows a decoding error (naming the file)
        if (first + kBatch < todo.size()) next = std::async(std::launch::async, decode, first + kBatch);
        const auto n = static_cast<int>(batch.size());
        std::vector<torch::Tensor> xs, ts;
        std::vector<cv::Mat> labels_full, labels_model;
        for (const auto& d : batch)
            xs.push_back(rgb_to_tensor(d.small));
        const auto x = torch::stack(xs);
        const auto prob = engine::predict_probabilities(seg.net, x, s.device, n);
        for (int i = 0; i < n; ++i) {
            // t' at the image's own size: what a reviewer sees and edits.
            labels_full.push_back(data::postprocess_probability(
                probability_at(prob[i], batch[static_cast<std::size_t>(i)].rgb.size()), s.o.postprocess));
            labels_model.push_back(data::resize_mask(labels_full.back(), size, size));
            ts.push_back(mask_to_tensor(labels_model.back()));
        }
        const auto t = torch::stack(ts);
        const auto x_prime = engine::rearrange(generator, x, t, s.device, n);
        const auto scores = engine::score_pairs(seg.net, x, t, x_prime, prob, s.device, n);
        if (engine::out_of_memory_retries() != retries) {
            retries = engine::out_of_memory_retries();
            spdlog::warn(
                "annotating ran out of device memory with {} images at once: the batch was computed in "
                "smaller parts (annotate_batch {} is too large for this device)",
                n, s.o.annotate_batch);
        }
        const auto bytes =
            (x_prime.permute({0, 2, 3, 1}) * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();

        for (int i = 0; i < n; ++i) {
            throw_if_stopped(s.stop);
            const auto& r = todo[first + static_cast<std::size_t>(i)];
            const std::string stem = r.name + "_it" + std::to_string(number);
            const fs::path label_rel = fs::path("masks") / (stem + "_pseudo.png");
            const fs::path gen_mask_rel = fs::path("masks") / (stem + "_generated.png");
            const fs::path gen_rel = fs::path("generated") / (stem + ".png");
            data::write_mask_png(s.p.root() / label_rel, labels_full[static_cast<std::size_t>(i)]);
            data::write_mask_png(s.p.root() / gen_mask_rel, labels_model[static_cast<std::size_t>(i)]);
            cv::Mat x_prime_rgb(size, size, CV_8UC3);
            std::memcpy(x_prime_rgb.data, bytes[i].data_ptr<std::uint8_t>(),
                        static_cast<std::size_t>(bytes[i].numel()));
            data::write_rgb_png(s.p.root() / gen_rel, x_prime_rgb);

            const auto& sc = scores[static_cast<std::size_t>(i)];
            const bool kept = engine::passes(sc, thresholds);
            project::Project::Transaction tx(s.p);
            const auto label_id =
                s.p.add_mask(r.id, project::MaskKind::pseudo, label_rel, seg_model_id, sc.confidence, "mipr");
            const auto gen_mask_id = s.p.add_mask(r.id, project::MaskKind::generated, gen_mask_rel,
                                                  gen_model_id, std::nullopt, "mipr");
            project::NewPair pair;
            pair.iteration_id = iteration_id;
            pair.image_id = r.id;
            pair.label_mask_id = label_id;
            pair.generated_relative_path = gen_rel;
            pair.generated_mask_id = gen_mask_id;
            pair.seg_model_id = seg_model_id;
            pair.gen_model_id = gen_model_id;
            pair.consistency = sc.consistency;
            pair.confidence = sc.confidence;
            pair.l1 = sc.l1;
            pair.ssim = sc.ssim;
            pair.status = kept ? (s.o.auto_accept ? "accepted" : "pending") : "held";
            s.p.add_pair(pair);
            tx.commit();

            ++summary.pairs;
            consistency_sum += sc.consistency;
            report(s.progress, "annotate",
                   static_cast<std::int64_t>(all.size() - todo.size() + first) + i + 1,
                   static_cast<std::int64_t>(all.size()), r.name);
        }
    }
    summary.mean_consistency = summary.pairs ? consistency_sum / summary.pairs : 0.0;
    // The filter's ranked part needs every pair of the iteration: the statuses set above by the
    // thresholds alone become final here, in the transaction that marks the step done (a rerun after
    // a stop in between ranks again, from the stored scores). A pair a person decided on keeps its
    // status.
    project::Project::Transaction tx(s.p);
    const auto made = s.p.pairs(iteration_id);
    std::vector<engine::PairScores> stored;
    for (const auto& pair : made)
        stored.push_back({pair.consistency, pair.confidence, pair.l1, pair.ssim});
    const auto keep = engine::select(stored, thresholds);
    for (std::size_t i = 0; i < made.size(); ++i) {
        const auto& pair = made[i];
        std::string status = pair.status;
        const bool by_filter = status == "accepted" || status == "pending" || status == "held";
        if (by_filter && !s.p.latest_decision(pair.id)) {
            status = keep[i] ? (s.o.auto_accept ? "accepted" : "pending") : "held";
            if (status != pair.status) s.p.set_pair_status(pair.id, status);
        }
        (status == "held" ? summary.held : summary.kept) += 1;
    }
    s.p.mark_step_done(iteration_id, "annotate",
                       json{{"pairs", summary.pairs},
                            {"kept", summary.kept},
                            {"held", summary.held},
                            {"mean_consistency", summary.mean_consistency}}
                           .dump());
    tx.commit();
}

}  // namespace

RunSummary run_mipr(project::Project& project, const RunOptions& options, const ProgressFn& progress,
                    std::stop_token stop) {
    if (options.iterations < 1) throw InputError("iterations must be at least 1");
    if (!(options.filter.keep_fraction > 0.0 && options.filter.keep_fraction <= 1.0))
        throw InputError("the filter's keep fraction is " + std::to_string(options.filter.keep_fraction) +
                         ": expected more than 0 and at most 1");
    unet_options(options.seg.model);  // refuse bad settings before any work
    Stepper s{project,
              options,
              progress,
              stop,
              TensorCache(options.seg.model.input_size),
              device_from(options.compute)};
    const std::string config = run_config_json(options);
    RunSummary out;
    for (int number = 1; number <= options.iterations; ++number) {
        throw_if_stopped(stop);
        IterationSummary summary;
        summary.number = number;
        const auto existing = project.iteration(number);
        const auto iteration_id = project.begin_iteration(number, config);
        summary.resumed = existing.has_value();
        summary.seg_model_id = step_train_seg(s, number, iteration_id, summary);
        summary.gen_model_id = step_train_gan(s, number, iteration_id, summary.seg_model_id);
        step_annotate(s, number, iteration_id, summary.seg_model_id, summary.gen_model_id, summary);
        // Part of the iteration: a stop here leaves it unfinished and a rerun computes them.
        if (options.quality_signals && summary.pairs > 0)
            compute_signals(project, number, signal_options(options), progress, stop);
        if (!existing || existing->status != "done") project.finish_iteration(iteration_id);
        out.iterations.push_back(summary);
        spdlog::info(
            "iteration {}{}: S on {} images; {} pairs, {} kept, {} held back; mean consistency {:.3f}",
            number, summary.resumed ? " (resumed)" : "", summary.train_images, summary.pairs, summary.kept,
            summary.held, summary.mean_consistency);
        if (progress) {
            double confidence = 0;
            const auto pairs = project.pairs(iteration_id);
            for (const auto& pair : pairs)
                confidence += pair.confidence;
            Progress p;
            p.stage = "iteration";
            p.iteration = number;
            p.done = number;
            p.total = options.iterations;
            p.message = "iteration " + std::to_string(number) + " done";
            p.metrics = {
                {"pairs", summary.pairs},
                {"kept", summary.kept},
                {"held", summary.held},
                {"train_images", summary.train_images},
                {"mean_consistency", summary.mean_consistency},
                {"mean_confidence", pairs.empty() ? 0.0 : confidence / static_cast<double>(pairs.size())}};
            progress(p);
        }
    }
    return out;
}

}  // namespace mipr::pipeline
