// One settings model for every job that trains (issue 16): `mipr train-seg`, `mipr run`,
// `mipr experiment`, a --config file and the studio's run dialog all read and write the same
// Settings, through one table of fields (key, group, label, help, type, range). Each default is
// written once, in the structs' member initialisers (run.h, seg_jobs.h, experiment.h,
// mipr/data/postprocess.h), which are the "cpu" preset; the other presets are lists of
// overrides in settings.cpp. One JSON form, one validation, whose messages name the key.
// Torch-free header.
#pragma once

#include <string>
#include <vector>

#include "mipr/pipeline/experiment.h"
#include "mipr/pipeline/run.h"
#include "mipr/pipeline/seg_jobs.h"
#include "mipr/pipeline/simulate_review.h"

namespace mipr::pipeline {

enum class SettingType { integer, real, boolean, choice, text };

/// What the command line, the dialog and the documentation know of a setting.
struct SettingInfo {
    std::string key;    ///< dot-separated JSON path, e.g. "seg.epochs"
    std::string group;  ///< Loop, S, G and D, Post-processing, Filter, Experiment, Compute
    std::string label;  ///< a few words, for the dialog
    std::string help;   ///< one sentence, for --help, `mipr settings` and tooltips
    SettingType type = SettingType::integer;
    double min = 0, max = 0;           ///< integer and real: the allowed range, inclusive...
    bool min_exclusive = false;        ///< ...except min when this is set
    std::vector<std::string> choices;  ///< choice: the allowed values
};

struct Settings {
    /// Everything: the experiment's own settings, experiment.run the MIPR loop (iterations, S,
    /// G and D, post-processing, filter, seed, compute), experiment.run.seg S's training.
    ExperimentOptions experiment;
    /// `mipr simulate-review` and the quality signals (group Review).
    SimulateOptions simulate;
    std::string preset = "cpu";  ///< the preset these settings started from

    RunOptions& run() { return experiment.run; }
    const RunOptions& run() const { return experiment.run; }
    /// S's training as `mipr train-seg` runs it: the loop's S settings with its seed and compute.
    TrainSegOptions train_seg() const;
    /// simulate-review with S's settings, the post-processing, the experiment's epochs rule and
    /// the loop's seed and compute applied.
    SimulateOptions simulate_options() const;
    /// The experiment with its loop's compute settings applied to every part.
    ExperimentOptions experiment_options() const;

    /// Every setting, grouped, each key once.
    static const std::vector<SettingInfo>& fields();
    static const SettingInfo* field(const std::string& key);  ///< nullptr for an unknown key
    static std::vector<std::string> preset_names();           ///< cpu, paper, smoke
    /// The defaults with a preset's overrides applied; InputError for an unknown name.
    static Settings preset_named(const std::string& name);

    /// A setting's value as text: numbers in their shortest exact form, booleans true / false.
    std::string get(const std::string& key) const;
    /// Sets a setting from text, checking its type and range; InputError naming the key.
    void set(const std::string& key, const std::string& value);
    /// Every setting as a JSON object nested by key ({"seg": {"epochs": 40, ...}, ...}), with
    /// "preset".
    std::string to_json() const;
    /// Applies a JSON object, nested as to_json() writes it or with dotted keys; keys it does not
    /// name keep their values; "preset" (if any) first resets to that preset. InputError naming
    /// the key for an unknown key, a wrong type or a value out of range.
    void apply_json(const std::string& text);
    /// Every range and the checks that join settings (the input size a multiple of 2^depth for S
    /// and G, G's widths, patch-shuffle sizes dividing the input). InputError naming the key.
    void validate() const;
};

/// "KEY=VALUE" of --set, split; InputError when there is no '='.
std::pair<std::string, std::string> split_assignment(const std::string& text);

/// Devices the studio offers: "cpu" always, then each CUDA device found.
struct DeviceInfo {
    std::string id;           ///< cpu | cuda:N
    std::string description;  ///< e.g. "CPU (2 threads)", "cuda:0 NVIDIA H200 (130.2 GiB free)"
};
std::vector<DeviceInfo> available_devices();

}  // namespace mipr::pipeline
