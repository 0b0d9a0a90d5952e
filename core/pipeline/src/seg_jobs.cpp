// Train / predict / evaluate S over a project (see seg_jobs.h).
#include "mipr/pipeline/seg_jobs.h"

#include "mipr/common/error.h"
#include "mipr/data/image_io.h"
#include "mipr/engine/checkpoint.h"
#include "mipr/engine/device.h"
#include "mipr/engine/metrics.h"
#include "mipr/engine/oom.h"
#include "mipr/engine/precision.h"
#include "mipr/engine/seg_trainer.h"
#include "seg_internal.h"
#include "tensors.h"

#include <cmath>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;
using nlohmann::json;

namespace mipr::pipeline {
namespace detail {

c10::Device device_from(const ComputeOptions& compute) {
    engine::configure_threads(compute.threads);
    try {
        engine::set_precision_policy(engine::parse_precision(compute.precision));
        return engine::resolve_device(compute.device);
    } catch (const std::invalid_argument& e) {
        throw InputError(e.what());
    }
}

engine::UNetOptions unet_options(const SegModelConfig& c) {
    if (c.architecture != "unet" && c.architecture != "attention-unet") {
        throw InputError("model architecture '" + c.architecture +
                         "' is not available (unet, attention-unet)");
    }
    engine::UNetOptions o;
    o.base_width(c.base_width).depth(c.depth).attention_gates(c.architecture == "attention-unet");
    try {
        o.validate();
    } catch (const std::invalid_argument& e) {
        throw InputError(e.what());
    }
    if (c.input_size > kMaxInputSize)
        throw InputError("input_size " + std::to_string(c.input_size) + " is over the limit of " +
                         std::to_string(kMaxInputSize) + " pixels");
    if (c.input_size < o.size_multiple() || c.input_size % o.size_multiple() != 0) {
        throw InputError("input_size " + std::to_string(c.input_size) + " must be a positive multiple of " +
                         std::to_string(o.size_multiple()) + " for a U-Net of depth " +
                         std::to_string(c.depth));
    }
    return o;
}

/// The newest doctor annotation of an image: an edited mask beats an imported one when newer.
std::optional<project::MaskRecord> doctor_mask(const project::Project& p, std::int64_t image_id) {
    auto doctor = p.latest_mask(image_id, project::MaskKind::doctor);
    auto edited = p.latest_mask(image_id, project::MaskKind::edited);
    if (edited && (!doctor || edited->id > doctor->id)) return edited;
    return doctor;
}

LoadedImage load_image(const project::ImageRecord& r) {
    LoadedImage li{r, data::load_image_rgb8(r.path)};
    return li;
}

torch::Tensor model_input(const cv::Mat& rgb, int size) {
    return rgb_to_tensor(data::resize_image(rgb, size, size));
}

ModelHandle load_model(const project::Project& p, std::optional<std::int64_t> id) {
    std::optional<project::ModelRecord> rec = id ? p.model(*id) : p.latest_model(kSegKind);
    if (!rec) {
        throw InputError(p.root(), id ? "there is no model with id " + std::to_string(*id)
                                      : "the project has no segmentation model yet: run train-seg first");
    }
    if (rec->kind != kSegKind)
        throw InputError(rec->path, "model " + std::to_string(rec->id) + " is not a segmentation model");
    ModelHandle h;
    h.record = *rec;
    h.config = SegModelConfig::from_json(rec->config_json);
    try {
        h.net = engine::load_unet_checkpoint(rec->path, unet_options(h.config)).net;
    } catch (const std::runtime_error& e) {
        throw InputError(rec->path, e.what());
    }
    return h;
}

engine::Confusion confusion_against(const torch::Tensor& prob, const cv::Mat& truth, double threshold) {
    const cv::Mat pred = probability_at(prob, truth.size()) > threshold;  // 0 / 255
    return engine::confusion(pred.ptr<std::uint8_t>(), truth.ptr<std::uint8_t>(), truth.total());
}

double confidence_of(const torch::Tensor& prob) {
    return torch::max(prob, 1.0 - prob).mean().item<double>();
}

void report(const ProgressFn& progress, const std::string& stage, std::int64_t done, std::int64_t total,
            const std::string& message, double loss) {
    if (!progress) return;
    Progress p;
    p.stage = stage;
    p.done = done;
    p.total = total;
    p.message = message;
    p.loss = loss;
    progress(p);
}

}  // namespace detail

using namespace detail;

std::string SegModelConfig::to_json() const {
    return json{{"architecture", architecture},
                {"input_size", input_size},
                {"base_width", base_width},
                {"depth", depth}}
        .dump();
}

SegModelConfig SegModelConfig::from_json(const std::string& text) {
    SegModelConfig c;
    try {
        const json j = json::parse(text.empty() ? "{}" : text);
        c.architecture = j.value("architecture", c.architecture);
        c.input_size = j.value("input_size", c.input_size);
        c.base_width = j.value("base_width", c.base_width);
        c.depth = j.value("depth", c.depth);
    } catch (const json::exception& e) {
        throw InputError(std::string("model configuration is not valid JSON: ") + e.what());
    }
    return c;
}

void add_labelled_set(const project::Project& project, int size, std::vector<torch::Tensor>& xs,
                      std::vector<torch::Tensor>& ys, const ProgressFn& progress,
                      const std::stop_token& stop) {
    const auto labelled = project.images(Split::labeled);
    for (std::size_t i = 0; i < labelled.size(); ++i) {
        throw_if_stopped(stop);
        const auto& r = labelled[i];
        const auto mask = doctor_mask(project, r.id);
        if (!mask) continue;
        report(progress, "load", static_cast<std::int64_t>(i), static_cast<std::int64_t>(labelled.size()),
               r.name);
        const cv::Mat rgb = data::load_image_rgb8(r.path);
        cv::Mat m = data::load_mask(mask->path);
        data::check_mask_size(m, mask->path, rgb.cols, rgb.rows);
        xs.push_back(model_input(rgb, size));
        ys.push_back(mask_to_tensor(data::resize_mask(m, size, size)));
    }
}

/// What must match for a partial S training to be resumed: settings and the data itself.
std::string training_fingerprint(const engine::SegDataset& dataset, const TrainSegOptions& o) {
    std::ostringstream f;
    f.precision(17);
    f << o.model.to_json() << " epochs " << o.epochs << " batch " << o.batch_size << " lr " << o.learning_rate
      << " augment " << o.augment << " seed " << o.seed << " n " << dataset.size() << " sums "
      << dataset.images.sum().item<double>() << ' ' << dataset.masks.sum().item<double>() << ' '
      << (dataset.images * dataset.images).sum().item<double>();
    return f.str();
}

TrainSegResult fit_and_store_seg(project::Project& project, const engine::SegDataset& dataset,
                                 const TrainSegOptions& options, const ProgressFn& progress,
                                 std::stop_token stop, const std::string& note, const std::string& partial) {
    const auto net_options = unet_options(options.model);
    const c10::Device device = device_from(options.compute);
    engine::seed_everything(options.seed);
    engine::UNet net(net_options);
    engine::SegTrainOptions topt;
    topt.epochs = options.epochs;
    topt.batch_size = options.batch_size;
    topt.learning_rate = options.learning_rate;
    topt.augment = options.augment;
    topt.seed = options.seed;
    topt.device = device;
    if (!partial.empty()) {
        topt.checkpoint = project.models_dir() / partial;
        topt.checkpoint_every = 2;
        topt.fingerprint = training_fingerprint(dataset, options);
    }
    int last_micro = options.batch_size;
    const auto result = engine::train_segmentation(
        net, dataset, topt,
        [&](const engine::EpochStats& s) {
            std::string message = "epoch " + std::to_string(s.epoch) + "/" + std::to_string(s.epochs);
            if (s.micro_batch > 0 && s.micro_batch < options.batch_size) {
                message += " (out of memory: batch " + std::to_string(s.micro_batch) + ")";
                if (s.micro_batch != last_micro)
                    spdlog::warn(
                        "S ran out of device memory at batch {}: the step is retried in batches of {}",
                        last_micro, s.micro_batch);
                last_micro = s.micro_batch;
            }
            if (!progress) return;
            Progress p;
            p.stage = "train-seg";
            p.done = static_cast<std::int64_t>(s.epoch - 1) * s.steps + s.step;
            p.total = static_cast<std::int64_t>(s.epochs) * s.steps;
            p.loss = s.loss;
            p.message = message;
            if (s.epoch_end) {
                p.epoch = s.epoch;
                p.metrics = {{"loss", s.loss},
                             {"dice", s.dice},
                             {"learning_rate", s.learning_rate},
                             {"batch", static_cast<double>(s.micro_batch)}};
            }
            progress(p);
        },
        stop);
    if (result.cancelled) throw Cancelled();

    const auto previous = project.latest_model(kSegKind);
    const int version = previous ? previous->version + 1 : 1;
    const fs::path relative = fs::path("models") / ("seg_v" + std::to_string(version) + ".pt");
    net->to(torch::kCPU);
    try {
        engine::save_unet_checkpoint(project.root() / relative, net, options.model.to_json());
    } catch (const std::runtime_error& e) {
        throw InputError(project.root() / relative, e.what());
    }

    TrainSegResult out;
    out.train_images = static_cast<int>(dataset.size());
    out.epoch_losses = result.epoch_losses;
    out.seconds = result.seconds;
    out.images_per_second =
        result.seconds > 0 ? static_cast<double>(result.images_seen) / result.seconds : 0.0;
    out.device = engine::describe_device(device);
    json metrics{{"final_loss", result.epoch_losses.back()},
                 {"epoch_losses", result.epoch_losses},
                 {"train_seconds", out.seconds},
                 {"images_per_second", out.images_per_second},
                 {"train_images", out.train_images},
                 {"epochs", options.epochs},
                 {"batch_size", options.batch_size},
                 {"learning_rate", options.learning_rate},
                 {"seed", options.seed},
                 {"device", out.device}};
    if (!note.empty()) metrics["training_set"] = note;
    if (result.resumed_from_epoch > 0) metrics["resumed_from_epoch"] = result.resumed_from_epoch;
    try {
        out.model_id = project.add_model(kSegKind, relative, options.model.to_json(), metrics.dump());
    } catch (...) {
        std::error_code ec;
        fs::remove(project.root() / relative, ec);  // no checkpoint file without its database row
        throw;
    }
    out.version = project.model(out.model_id)->version;
    out.checkpoint = project.root() / relative;
    if (!topt.checkpoint.empty()) {
        std::error_code ec;
        fs::remove(topt.checkpoint, ec);  // the stored model supersedes it
    }
    return out;
}

void validate(const TrainSegOptions& o) {
    unet_options(o.model);
    if (o.epochs < 1 || o.epochs > 100000)
        throw InputError("epochs " + std::to_string(o.epochs) + " must be from 1 to 100000");
    if (o.batch_size < 1 || o.batch_size > 4096)
        throw InputError("batch_size " + std::to_string(o.batch_size) + " must be from 1 to 4096");
    if (!std::isfinite(o.learning_rate) || o.learning_rate <= 0 || o.learning_rate > 1)
        throw InputError("learning_rate " + std::to_string(o.learning_rate) +
                         " must be a number above 0, at most 1");
}

TrainSegResult train_seg(project::Project& project, const TrainSegOptions& options,
                         const ProgressFn& progress, std::stop_token stop) {
    validate(options);  // refuse bad settings before loading anything
    device_from(options.compute);
    const int size = options.model.input_size;
    std::vector<torch::Tensor> xs, ys;
    add_labelled_set(project, size, xs, ys, progress, stop);
    if (xs.empty()) {
        throw InputError(project.root(),
                         "no labelled image with a doctor mask: import or annotate some first");
    }
    return fit_and_store_seg(project, engine::SegDataset{torch::stack(xs), torch::stack(ys)}, options,
                             progress, stop, "labelled", "seg_train.partial.pt");
}

PredictResult predict(project::Project& project, const PredictOptions& options, const ProgressFn& progress,
                      std::stop_token stop) {
    const c10::Device device = device_from(options.compute);
    auto model = load_model(project, options.model_id);
    const int size = model.config.input_size;
    std::vector<project::ImageRecord> todo;
    for (Split s : options.splits) {
        auto v = project.images(s);
        todo.insert(todo.end(), v.begin(), v.end());
    }
    PredictResult out;
    out.model_id = model.record.id;
    const auto start = std::chrono::steady_clock::now();
    double confidence_sum = 0.0;
    const std::size_t batch = static_cast<std::size_t>(std::max(1, options.batch_size));
    for (std::size_t begin = 0; begin < todo.size(); begin += batch) {
        throw_if_stopped(stop);
        const std::size_t end = std::min(todo.size(), begin + batch);
        std::vector<LoadedImage> loaded;
        std::vector<torch::Tensor> inputs;
        for (std::size_t i = begin; i < end; ++i) {
            loaded.push_back(load_image(todo[i]));
            inputs.push_back(model_input(loaded.back().rgb, size));
        }
        const auto retries = engine::out_of_memory_retries();
        const auto probs =
            engine::predict_probabilities(model.net, torch::stack(inputs), device, options.batch_size);
        if (engine::out_of_memory_retries() != retries)
            spdlog::warn("pseudo-labelling ran out of device memory at batch {}: computed in smaller batches",
                         options.batch_size);
        for (std::size_t k = 0; k < loaded.size(); ++k) {
            const auto& li = loaded[k];
            const double confidence = confidence_of(probs[static_cast<int64_t>(k)]);
            const cv::Mat mask = data::postprocess_probability(
                probability_at(probs[static_cast<int64_t>(k)], li.rgb.size()), options.postprocess);
            const fs::path relative =
                fs::path("masks") / (li.record.name + "_pseudo_m" + std::to_string(model.record.id) + ".png");
            data::write_mask_png(project.root() / relative, mask);
            try {
                project.add_mask(li.record.id, project::MaskKind::pseudo, relative, model.record.id,
                                 confidence, "mipr");
            } catch (...) {
                std::error_code ec;
                fs::remove(project.root() / relative, ec);
                throw;
            }
            confidence_sum += confidence;
            ++out.predicted;
            report(progress, "predict", out.predicted, static_cast<std::int64_t>(todo.size()),
                   li.record.name);
        }
    }
    out.mean_confidence = out.predicted ? confidence_sum / out.predicted : 0.0;
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return out;
}

EvalResult evaluate(project::Project& project, const EvalOptions& options, const ProgressFn& progress,
                    std::stop_token stop) {
    const c10::Device device = device_from(options.compute);
    auto model = load_model(project, options.model_id);
    const int size = model.config.input_size;
    const auto tests = project.images(Split::test);
    EvalResult out;
    out.model_id = model.record.id;
    std::vector<double> dices, accs;
    for (std::size_t i = 0; i < tests.size(); ++i) {
        throw_if_stopped(stop);
        const auto& r = tests[i];
        const auto mask_rec = doctor_mask(project, r.id);
        if (!mask_rec) continue;
        const cv::Mat rgb = data::load_image_rgb8(r.path);
        const cv::Mat truth = data::load_mask(mask_rec->path);
        data::check_mask_size(truth, mask_rec->path, rgb.cols, rgb.rows);
        const auto prob_t =
            engine::predict_probabilities(model.net, model_input(rgb, size).unsqueeze(0), device, 1);
        const auto c = confusion_against(prob_t[0], truth, options.threshold);
        out.per_image.push_back({r.name, c.dice(), c.accuracy()});
        dices.push_back(c.dice());
        accs.push_back(c.accuracy());
        report(progress, "eval", static_cast<std::int64_t>(i + 1), static_cast<std::int64_t>(tests.size()),
               r.name);
    }
    if (dices.empty())
        throw InputError(project.root(), "the test split has no image with a doctor mask to evaluate on");
    out.images = static_cast<int>(dices.size());
    const auto d = engine::mean_std(dices);
    const auto a = engine::mean_std(accs);
    out.dice_mean = d.mean;
    out.dice_std = d.std;
    out.accuracy_mean = a.mean;
    out.accuracy_std = a.std;

    json metrics =
        json::parse(model.record.metrics_json.empty() ? "{}" : model.record.metrics_json, nullptr, false);
    if (metrics.is_discarded() || !metrics.is_object()) metrics = json::object();
    metrics["test"] = {{"images", out.images},
                       {"dice_mean", out.dice_mean},
                       {"dice_std", out.dice_std},
                       {"accuracy_mean", out.accuracy_mean},
                       {"accuracy_std", out.accuracy_std},
                       {"threshold", options.threshold}};
    project.set_model_metrics(model.record.id, metrics.dump());
    return out;
}

}  // namespace mipr::pipeline
