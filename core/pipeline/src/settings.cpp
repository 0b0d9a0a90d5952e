// The settings table (settings.h). A field binds a key to a member of Settings through an
// accessor; its type, range and help are written here once and serve the command line, the
// studio's dialog, JSON and validation.
#include "mipr/pipeline/settings.h"

#include "mipr/common/error.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <sstream>

using nlohmann::json;

namespace mipr::pipeline {
namespace {

struct Field {
    SettingInfo info;
    std::function<json(const Settings&)> get;
    std::function<void(Settings&, const json&)> set;  // the value is checked before
};

// Accessor helpers: E is an expression on `s` naming the member.
#define MIPR_REF(E) [](auto& s) -> auto& { return s.E; }

template <class Ref>
Field number_field(SettingInfo info, Ref ref) {
    return {std::move(info), [ref](const Settings& s) { return json(ref(s)); },
            [ref](Settings& s, const json& v) {
                using T = std::remove_reference_t<decltype(ref(s))>;
                ref(s) = v.get<T>();
            }};
}

template <class Ref>
Field integer(std::string key, std::string group, std::string label, std::string help, double lo, double hi,
              Ref ref) {
    return number_field({std::move(key),
                         std::move(group),
                         std::move(label),
                         std::move(help),
                         SettingType::integer,
                         lo,
                         hi,
                         false,
                         {}},
                        ref);
}

template <class Ref>
Field real(std::string key, std::string group, std::string label, std::string help, double lo, double hi,
           Ref ref, bool min_exclusive = false) {
    return number_field({std::move(key),
                         std::move(group),
                         std::move(label),
                         std::move(help),
                         SettingType::real,
                         lo,
                         hi,
                         min_exclusive,
                         {}},
                        ref);
}

template <class Ref>
Field boolean(std::string key, std::string group, std::string label, std::string help, Ref ref) {
    return {{std::move(key),
             std::move(group),
             std::move(label),
             std::move(help),
             SettingType::boolean,
             0,
             1,
             false,
             {}},
            [ref](const Settings& s) { return json(ref(s)); },
            [ref](Settings& s, const json& v) { ref(s) = v.get<bool>(); }};
}

template <class Ref>
Field choice(std::string key, std::string group, std::string label, std::string help,
             std::vector<std::string> choices, Ref ref) {
    return {{std::move(key), std::move(group), std::move(label), std::move(help), SettingType::choice, 0, 0,
             false, std::move(choices)},
            [ref](const Settings& s) { return json(ref(s)); },
            [ref](Settings& s, const json& v) { ref(s) = v.get<std::string>(); }};
}

std::string join_ints(const std::vector<int>& v) {
    std::ostringstream out;
    for (std::size_t i = 0; i < v.size(); ++i)
        out << (i ? "," : "") << v[i];
    return out.str();
}

std::vector<int> parse_ints(const std::string& key, const std::string& text) {
    std::vector<int> out;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ',')) {
        int v = 0;
        const auto* first = part.data() + part.find_first_not_of(' ');
        const auto [ptr, ec] = std::from_chars(first, part.data() + part.size(), v);
        if (part.find_first_not_of(' ') == std::string::npos || ec != std::errc() ||
            ptr != part.data() + part.size() || v < 1 || v > 64)
            throw InputError(key + ": '" + text +
                             "' is not a list of whole numbers from 1 to 64, e.g. 1,2,4");
        out.push_back(v);
    }
    if (out.empty()) throw InputError(key + ": give at least one patch size, e.g. 1,2,4");
    return out;
}

const std::vector<Field>& table() {
    static const std::vector<Field> fields = [] {
        const std::string loop = "Loop", seg = "S", gan = "G and D", post = "Post-processing",
                          filter = "Filter", exp = "Experiment", review = "Review", compute = "Compute";
        std::vector<Field> f;
        // The loop
        f.push_back(
            integer("iterations", loop, "Iterations", "MIPR iterations", 1, 100, MIPR_REF(run().iterations)));
        f.push_back(Field{{"contribution",
                           loop,
                           "Accepted pairs add",
                           "what an accepted pair adds to S's training set: the real image with t' (real), "
                           "x' with t' (generated), or both",
                           SettingType::choice,
                           0,
                           0,
                           false,
                           {"real", "generated", "both"}},
                          [](const Settings& s) { return json(to_string(s.run().contribution)); },
                          [](Settings& s, const json& v) {
                              s.run().contribution = parse_contribution(v.get<std::string>());
                          }});
        f.push_back(
            boolean("auto_accept", loop, "Accept without review",
                    "pairs that pass the filter are accepted (the paper's automatic mode); off: they wait "
                    "for a reviewer",
                    MIPR_REF(run().auto_accept)));
        f.push_back(integer("seed", loop, "Seed", "random seed of the loop (S, G, augmentation)", 0,
                            9007199254740991.0, MIPR_REF(run().seed)));
        f.push_back(integer("annotate_batch", loop, "Annotation batch",
                            "unlabelled images per S and G inference batch while annotating", 1, 4096,
                            MIPR_REF(run().annotate_batch)));
        // S
        f.push_back(choice("seg.architecture", seg, "Architecture", "S's network", {"unet", "attention-unet"},
                           MIPR_REF(run().seg.model.architecture)));
        f.push_back(integer("seg.input_size", seg, "Image size",
                            "images are resized to this square size (a multiple of 2^depth)", 16,
                            kMaxInputSize, MIPR_REF(run().seg.model.input_size)));
        f.push_back(integer("seg.base_width", seg, "Width", "U-Net base width (channels of the first level)",
                            1, 1024, MIPR_REF(run().seg.model.base_width)));
        f.push_back(integer("seg.depth", seg, "Depth", "U-Net depth (down-samplings)", 1, 7,
                            MIPR_REF(run().seg.model.depth)));
        f.push_back(integer("seg.epochs", seg, "Epochs",
                            "epochs of S on the labelled set (larger sets get about the same samples)", 1,
                            100000, MIPR_REF(run().seg.epochs)));
        f.push_back(integer("seg.batch_size", seg, "Batch", "images per optimiser step", 1, 4096,
                            MIPR_REF(run().seg.batch_size)));
        f.push_back(real("seg.learning_rate", seg, "Learning rate", "Adam learning rate (cosine-annealed)", 0,
                         1, MIPR_REF(run().seg.learning_rate), true));
        f.push_back(boolean("seg.augment", seg, "Augment", "random flips and 90° rotations of image and mask",
                            MIPR_REF(run().seg.augment)));
        // G and D
        f.push_back(integer("gan.base_width", gan, "G width", "G's encoder: channels of the first block", 1,
                            1024, MIPR_REF(run().gan.base_width)));
        f.push_back(integer("gan.max_width", gan, "G max width", "G's widest block", 1, 4096,
                            MIPR_REF(run().gan.max_width)));
        f.push_back(integer("gan.down_blocks", gan, "G blocks", "G's stride-2 encoder blocks", 1, 7,
                            MIPR_REF(run().gan.down_blocks)));
        f.push_back(integer("gan.spade_hidden", gan, "SPADE hidden", "channels of SPADE's shared layer", 1,
                            1024, MIPR_REF(run().gan.spade_hidden)));
        f.push_back(integer("gan.disc_width", gan, "D width", "discriminator base filters", 1, 1024,
                            MIPR_REF(run().gan.disc_width)));
        f.push_back(integer("gan.epochs", gan, "Epochs",
                            "epochs of G and D on the labelled set (larger sets get about the same samples)",
                            1, 100000, MIPR_REF(run().gan.epochs)));
        f.push_back(integer("gan.batch_size", gan, "Batch", "images per G and D step", 1, 4096,
                            MIPR_REF(run().gan.batch_size)));
        f.push_back(real("gan.lr_g", gan, "G learning rate", "Adam learning rate of G", 0, 1,
                         MIPR_REF(run().gan.lr_g), true));
        f.push_back(real("gan.lr_d", gan, "D learning rate", "Adam learning rate of D (TTUR)", 0, 1,
                         MIPR_REF(run().gan.lr_d), true));
        f.push_back(real("gan.lambda_fm", gan, "λ feature matching", "weight of D's feature-matching loss", 0,
                         1000, MIPR_REF(run().gan.lambda_fm)));
        f.push_back(real("gan.lambda_l1", gan, "λ L1", "weight of the L1 loss of x' to x", 0, 1000,
                         MIPR_REF(run().gan.lambda_l1)));
        f.push_back(real("gan.lambda_consistency", gan, "λ consistency", "weight of the S-consistency loss",
                         0, 1000, MIPR_REF(run().gan.lambda_consistency)));
        f.push_back(boolean("gan.use_alpha", gan, "SPADE+ detail path",
                            "the Sobel detail path (off: plain SPADE, an ablation)",
                            MIPR_REF(run().gan.use_alpha)));
        f.push_back(boolean("gan.shuffle", gan, "Patch shuffle",
                            "G's encoder reads a patch-shuffled copy of the image (off: an ablation)",
                            MIPR_REF(run().gan.shuffle)));
        f.push_back(
            Field{{"gan.shuffle_k",
                   gan,
                   "Patch grid K",
                   "patch shuffle: the image is cut into K×K patches, K drawn from this list each step",
                   SettingType::text,
                   0,
                   0,
                   false,
                   {}},
                  [](const Settings& s) { return json(join_ints(s.run().gan.shuffle_k)); },
                  [](Settings& s, const json& v) {
                      s.run().gan.shuffle_k = parse_ints("gan.shuffle_k", v.get<std::string>());
                  }});
        f.push_back(boolean("gan.consistency", gan, "S-consistency",
                            "the S-consistency loss (off: an ablation)", MIPR_REF(run().gan.consistency)));
        // Post-processing
        f.push_back(real("post.threshold", post, "Threshold", "probability above which a pixel is lesion", 0,
                         1, MIPR_REF(run().postprocess.threshold)));
        f.push_back(boolean("post.largest_component", post, "Largest component",
                            "keep only the largest connected component",
                            MIPR_REF(run().postprocess.largest_component)));
        f.push_back(boolean("post.fill_holes", post, "Fill holes", "fill holes in the mask",
                            MIPR_REF(run().postprocess.fill_holes)));
        f.push_back(integer("post.open_radius", post, "Opening radius",
                            "morphological opening radius in pixels (0: off)", 0, 100,
                            MIPR_REF(run().postprocess.open_radius)));
        f.push_back(integer("post.close_radius", post, "Closing radius",
                            "morphological closing radius in pixels (0: off)", 0, 100,
                            MIPR_REF(run().postprocess.close_radius)));
        f.push_back(real("post.min_area_fraction", post, "Least lesion area",
                         "masks with less lesion than this fraction of the image become empty", 0, 1,
                         MIPR_REF(run().postprocess.min_area_fraction)));
        // Filter
        f.push_back(real("filter.min_consistency", filter, "Least consistency",
                         "least Dice of S on x' against t'", 0, 1, MIPR_REF(run().filter.min_consistency)));
        f.push_back(real("filter.min_confidence", filter, "Least confidence",
                         "least mean confidence of S on x_u", 0, 1, MIPR_REF(run().filter.min_confidence)));
        f.push_back(real("filter.max_l1", filter, "Most L1", "largest mean |x' - x_u| (images in [0,1])", 0,
                         1, MIPR_REF(run().filter.max_l1)));
        f.push_back(real("filter.min_ssim", filter, "Least SSIM", "least SSIM of x' to x_u", -1, 1,
                         MIPR_REF(run().filter.min_ssim)));
        f.push_back(
            real("filter.keep_fraction", filter, "Keep fraction",
                 "at most this fraction of an iteration's pairs is kept, those on which S is most confident "
                 "(1: every pair that passes the thresholds)",
                 0, 1, MIPR_REF(run().filter.keep_fraction), true));
        // Experiment
        f.push_back(Field{{"experiment.seeds",
                           exp,
                           "Seeds",
                           "seeds of the Table-1 protocol (0, 1, ...)",
                           SettingType::integer,
                           1,
                           100,
                           false,
                           {}},
                          [](const Settings& s) { return json(s.experiment.seeds.size()); },
                          [](Settings& s, const json& v) {
                              s.experiment.seeds.clear();
                              for (int i = 0; i < v.get<int>(); ++i)
                                  s.experiment.seeds.push_back(static_cast<unsigned long long>(i));
                          }});
        f.push_back(integer("experiment.eval_epochs", exp, "Labelled-only epochs",
                            "epochs of the labelled-only S (the other rows get as many samples)", 1, 100000,
                            MIPR_REF(experiment.eval_epochs_labelled)));
        f.push_back(integer("experiment.eval_min_epochs", exp, "Least epochs",
                            "least epochs of a fresh S on a larger set", 1, 100000,
                            MIPR_REF(experiment.eval_min_epochs)));
        f.push_back(boolean("experiment.self_training", exp, "Self-training baseline",
                            "the plain self-training rows", MIPR_REF(experiment.self_training)));
        f.push_back(boolean("experiment.unselected_every_iteration", exp, "Unselected control each iteration",
                            "all of iteration k's real pairs at every iteration (off: the last only)",
                            MIPR_REF(experiment.unselected_every_iteration)));
        f.push_back(integer("experiment.eval_workers", exp, "Side-by-side trainings",
                            "fresh S's trained side by side on the CPU", 1, 64,
                            MIPR_REF(experiment.eval_workers)));
        f.push_back(boolean("experiment.loop_per_seed", exp, "A loop per seed",
                            "each seed runs its own MIPR loop (off: the project's loop serves every seed)",
                            MIPR_REF(experiment.loop_per_seed)));
        // Review economics (mipr simulate-review, the quality signals)
        f.push_back(real("review.accept_dice", review, "Oracle accepts at Dice",
                         "simulate-review: a pseudo-label with at least this Dice against the doctor mask is "
                         "accepted, any other edited",
                         0, 1, MIPR_REF(simulate.accept_dice)));
        f.push_back(real("review.accept_seconds", review, "Seconds to accept",
                         "modelled cost of looking at a pair and accepting it", 0, 36000,
                         MIPR_REF(simulate.accept_seconds)));
        f.push_back(real("review.edit_seconds", review, "Seconds to edit",
                         "modelled cost of correcting a label", 0, 36000, MIPR_REF(simulate.edit_seconds)));
        f.push_back(real("review.scratch_seconds", review, "Seconds from scratch",
                         "modelled cost of labelling one image from scratch", 0, 36000,
                         MIPR_REF(simulate.scratch_seconds)));
        f.push_back(integer("review.retrain_every", review, "Retrain every",
                            "simulate-review: S is retrained and scored after every this many decisions", 1,
                            100000, MIPR_REF(simulate.retrain_every)));
        f.push_back(
            integer("review.seeds", review, "Seeds per point",
                    "simulate-review: S's trained per point of a cost curve, their test Dice averaged", 1,
                    100, MIPR_REF(simulate.seeds)));
        f.push_back(integer("review.curves", review, "Cost curves",
                            "strategies with a cost curve besides random, the best by Spearman (0: all)", 0,
                            100, MIPR_REF(simulate.curves)));
        f.push_back(
            boolean("review.signals", review, "Quality signals",
                    "after each iteration, the pairs' quality signals and learned Dice estimate (a few "
                    "short trainings of S)",
                    MIPR_REF(run().quality_signals)));
        f.push_back(integer("review.folds", review, "Estimate folds",
                            "folds of the labelled split for the learned Dice estimate's out-of-fold fit", 2,
                            100, MIPR_REF(run().signal_folds)));
        f.push_back(real("review.change_threshold", review, "Changed pixel",
                         "a pixel counts as changed by G when |x' - x_u| exceeds this (images in [0,1])", 0,
                         1, MIPR_REF(run().change_threshold)));
        // Compute
        f.push_back(Field{{"compute.device",
                           compute,
                           "Device",
                           "auto | cpu | cuda | cuda:N",
                           SettingType::text,
                           0,
                           0,
                           false,
                           {}},
                          [](const Settings& s) { return json(s.run().compute.device); },
                          [](Settings& s, const json& v) {
                              const auto d = v.get<std::string>();
                              const bool ok = d == "auto" || d == "cpu" || d == "cuda" ||
                                              (d.rfind("cuda:", 0) == 0 && d.size() > 5 && d.size() < 9 &&
                                               d.find_first_not_of("0123456789", 5) == std::string::npos);
                              if (!ok)
                                  throw InputError("compute.device: '" + d +
                                                   "': expected auto, cpu, cuda or cuda:N");
                              s.run().compute.device = d;
                          }});
        f.push_back(integer("compute.threads", compute, "CPU threads",
                            "intra-op threads on the CPU (0: one per core)", 0, 256,
                            MIPR_REF(run().compute.threads)));
        f.push_back(
            choice("compute.precision", compute, "Precision",
                   "auto (bfloat16 autocast + channels-last on CUDA, float32 on the CPU), fp32, mixed, "
                   "channels-last",
                   {"auto", "fp32", "mixed", "channels-last"}, MIPR_REF(run().compute.precision)));
        return f;
    }();
    return fields;
}
#undef MIPR_REF

const Field& find(const std::string& key) {
    for (const auto& f : table())
        if (f.info.key == key) return f;
    throw InputError("unknown setting '" + key + "' (`mipr settings` lists them)");
}

std::string shown(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_float()) {
        // The shortest form that reads back exactly (max_digits10 always does).
        for (int digits = 1;; ++digits) {
            std::ostringstream o;
            o.precision(digits);
            o << v.get<double>();
            if (digits >= std::numeric_limits<double>::max_digits10 || std::stod(o.str()) == v.get<double>())
                return o.str();
        }
    }
    return v.dump();
}

/// Checks a JSON value against a field and returns it in the field's type; InputError naming the key.
json checked(const SettingInfo& info, const json& v) {
    const auto& key = info.key;
    const auto range = [&] {
        std::ostringstream r;
        r << (info.min_exclusive ? "above " : "from ") << shown(json(info.min))
          << (info.min_exclusive ? ", at most " : " to ") << shown(json(info.max));
        return r.str();
    };
    switch (info.type) {
        case SettingType::integer: {
            double d = 0;
            if (v.is_number_integer() || v.is_number_unsigned()) {
                d = v.get<double>();
            } else if (v.is_number_float() && std::isfinite(v.get<double>()) &&
                       v.get<double>() == std::floor(v.get<double>())) {
                d = v.get<double>();
            } else {
                throw InputError(key + ": expected a whole number, got " + v.dump());
            }
            if (d < info.min || d > info.max)
                throw InputError(key + ": " + shown(v) + " is out of range (" + range() + ")");
            if (v.is_number_unsigned()) return v;
            return json(static_cast<long long>(d));
        }
        case SettingType::real: {
            if (!v.is_number()) throw InputError(key + ": expected a number, got " + v.dump());
            const double d = v.get<double>();
            if (!std::isfinite(d) || d > info.max || (info.min_exclusive ? d <= info.min : d < info.min))
                throw InputError(key + ": " + shown(v) + " is out of range (" + range() + ")");
            return json(d);
        }
        case SettingType::boolean:
            if (!v.is_boolean()) throw InputError(key + ": expected true or false, got " + v.dump());
            return v;
        case SettingType::choice: {
            if (!v.is_string()) throw InputError(key + ": expected a word, got " + v.dump());
            for (const auto& c : info.choices)
                if (c == v.get<std::string>()) return v;
            std::string all;
            for (const auto& c : info.choices)
                all += (all.empty() ? "" : ", ") + c;
            throw InputError(key + ": '" + v.get<std::string>() + "' is not one of " + all);
        }
        case SettingType::text:
            if (!v.is_string()) throw InputError(key + ": expected text, got " + v.dump());
            return v;
    }
    return v;
}

/// Text from the command line or the dialog as the field's JSON type.
json parse_text(const SettingInfo& info, const std::string& text) {
    const auto& key = info.key;
    switch (info.type) {
        case SettingType::integer:
        case SettingType::real: {
            const json v = json::parse(text, nullptr, false);
            if (v.is_discarded() || !v.is_number())
                throw InputError(key + ": '" + text + "' is not a number");
            return v;
        }
        case SettingType::boolean: {
            if (text == "true" || text == "1" || text == "yes" || text == "on") return true;
            if (text == "false" || text == "0" || text == "no" || text == "off") return false;
            throw InputError(key + ": '" + text + "': expected true or false");
        }
        case SettingType::choice:
        case SettingType::text:
            return json(text);
    }
    return json(text);
}

void assign(Settings& s, const std::string& key, const json& value) {
    const auto& f = find(key);
    f.set(s, checked(f.info, value));
}

/// Flattens {"seg": {"epochs": 3}} into {"seg.epochs": 3}; keys of the table that are objects
/// do not exist, so an object value is always a group.
void flatten(const json& j, const std::string& prefix, std::vector<std::pair<std::string, json>>& out) {
    for (const auto& [k, v] : j.items()) {
        const std::string key = prefix.empty() ? k : prefix + "." + k;
        if (v.is_object()) {
            flatten(v, key, out);
        } else {
            out.emplace_back(key, v);
        }
    }
}

// The presets other than "cpu" (the defaults): overrides by key.
const std::vector<std::pair<std::string, std::vector<std::pair<std::string, json>>>>& presets() {
    static const std::vector<std::pair<std::string, std::vector<std::pair<std::string, json>>>> all{
        {"cpu", {}},
        // The paper's scale (§3.2): 256², widths 64, 500 epochs of G; a GPU's work.
        {"paper",
         {{"seg.input_size", 256},
          {"seg.base_width", 64},
          {"seg.epochs", 100},
          {"gan.base_width", 64},
          {"gan.max_width", 512},
          {"gan.spade_hidden", 128},
          {"gan.disc_width", 64},
          {"gan.epochs", 500},
          {"experiment.eval_epochs", 100},
          {"experiment.eval_min_epochs", 100},
          {"experiment.unselected_every_iteration", true}}},
        // Seconds: for tests of the protocol and the plumbing, not for numbers.
        {"smoke",
         {{"iterations", 1},
          {"seg.input_size", 32},
          {"seg.base_width", 4},
          {"seg.depth", 2},
          {"seg.epochs", 3},
          {"gan.base_width", 4},
          {"gan.max_width", 16},
          {"gan.down_blocks", 2},
          {"gan.spade_hidden", 8},
          {"gan.disc_width", 4},
          {"gan.epochs", 2},
          {"filter.min_consistency", 0.0},
          {"filter.keep_fraction", 1.0},
          {"experiment.seeds", 2},
          {"experiment.eval_epochs", 3},
          {"experiment.eval_min_epochs", 1},
          {"experiment.unselected_every_iteration", true}}},
    };
    return all;
}

}  // namespace

const std::vector<SettingInfo>& Settings::fields() {
    static const std::vector<SettingInfo> infos = [] {
        std::vector<SettingInfo> out;
        for (const auto& f : table())
            out.push_back(f.info);
        return out;
    }();
    return infos;
}

const SettingInfo* Settings::field(const std::string& key) {
    for (const auto& f : fields())
        if (f.key == key) return &f;
    return nullptr;
}

std::vector<std::string> Settings::preset_names() {
    std::vector<std::string> out;
    for (const auto& [name, overrides] : presets())
        out.push_back(name);
    return out;
}

Settings Settings::preset_named(const std::string& name) {
    for (const auto& [preset_name, overrides] : presets()) {
        if (preset_name != name) continue;
        Settings s;
        s.preset = name;
        s.experiment.preset = name;
        for (const auto& [key, value] : overrides)
            assign(s, key, value);
        return s;
    }
    throw InputError("preset '" + name + "': expected cpu, paper or smoke");
}

TrainSegOptions Settings::train_seg() const {
    TrainSegOptions o = run().seg;
    o.seed = run().seed;
    o.compute = run().compute;
    return o;
}

SimulateOptions Settings::simulate_options() const {
    SimulateOptions o = simulate;
    o.signal_options = signal_options(run());
    o.epochs_labelled = experiment.eval_epochs_labelled;
    o.min_epochs = experiment.eval_min_epochs;
    o.seed = run().seed;
    return o;
}

ExperimentOptions Settings::experiment_options() const {
    ExperimentOptions o = experiment;
    o.preset = preset;
    o.run.seg.compute = o.run.compute;
    return o;
}

std::string Settings::get(const std::string& key) const {
    return shown(find(key).get(*this));
}

void Settings::set(const std::string& key, const std::string& value) {
    const auto& f = find(key);
    f.set(*this, checked(f.info, parse_text(f.info, value)));
}

std::string Settings::to_json() const {
    json out = json::object();
    out["preset"] = preset;
    for (const auto& f : table()) {
        json* node = &out;
        std::string rest = f.info.key;
        for (auto dot = rest.find('.'); dot != std::string::npos; dot = rest.find('.')) {
            node = &(*node)[rest.substr(0, dot)];
            rest = rest.substr(dot + 1);
        }
        (*node)[rest] = f.get(*this);
    }
    return out.dump(2);
}

void Settings::apply_json(const std::string& text) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        std::string why = e.what();
        if (const auto colon = why.find("parse error"); colon != std::string::npos) why = why.substr(colon);
        throw InputError("not valid JSON (" + why + ")");
    }
    if (!j.is_object()) throw InputError("the settings must be a JSON object");
    if (j.contains("preset")) {
        if (!j["preset"].is_string()) throw InputError("preset: expected cpu, paper or smoke");
        *this = preset_named(j["preset"].get<std::string>());
    }
    std::vector<std::pair<std::string, json>> flat;
    flatten(j, "", flat);
    // The keys of `mipr train-seg --config` files written before the one settings model.
    static const std::vector<std::pair<std::string, std::string>> legacy{
        {"epochs", "seg.epochs"},
        {"batch_size", "seg.batch_size"},
        {"learning_rate", "seg.learning_rate"},
        {"input_size", "seg.input_size"},
        {"base_width", "seg.base_width"},
        {"depth", "seg.depth"},
        {"augment", "seg.augment"}};
    for (auto [key, value] : flat) {
        if (key == "preset") continue;
        for (const auto& [old_key, new_key] : legacy)
            if (key == old_key) key = new_key;
        assign(*this, key, value);
    }
}

void Settings::validate() const {
    for (const auto& f : table())
        (void)checked(f.info, f.get(*this));
    const auto& r = run();
    const int seg_step = 1 << r.seg.model.depth;
    if (r.seg.model.input_size % seg_step != 0)
        throw InputError("seg.input_size: " + std::to_string(r.seg.model.input_size) +
                         " is not a multiple of 2^" + std::to_string(r.seg.model.depth) + " = " +
                         std::to_string(seg_step) + " (seg.depth)");
    const int gan_step = 1 << r.gan.down_blocks;
    if (r.seg.model.input_size % gan_step != 0)
        throw InputError("gan.down_blocks: the image size " + std::to_string(r.seg.model.input_size) +
                         " is not a multiple of 2^" + std::to_string(r.gan.down_blocks) + " = " +
                         std::to_string(gan_step));
    if (r.gan.max_width < r.gan.base_width)
        throw InputError("gan.max_width: " + std::to_string(r.gan.max_width) +
                         " is less than gan.base_width " + std::to_string(r.gan.base_width));
    (void)parse_ints("gan.shuffle_k", join_ints(r.gan.shuffle_k));
    for (const int k : r.gan.shuffle_k)
        if (r.seg.model.input_size % k != 0)
            throw InputError("gan.shuffle_k: " + std::to_string(k) + " does not divide the image size " +
                             std::to_string(r.seg.model.input_size));
}

std::pair<std::string, std::string> split_assignment(const std::string& text) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        throw InputError("'" + text + "': expected KEY=VALUE, e.g. seg.epochs=20");
    return {text.substr(0, eq), text.substr(eq + 1)};
}

}  // namespace mipr::pipeline
