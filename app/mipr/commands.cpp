// The `mipr` subcommands: init, import, info, demo-data, train-seg, predict, eval, run, experiment,
// settings, review (review_command.cpp), export, check.
#include "commands.h"

#include "cli_support.h"

#include "mipr/common/error.h"
#include "mipr/data/demo_data.h"
#include "mipr/pipeline/experiment.h"
#include "mipr/pipeline/export.h"
#include "mipr/pipeline/import.h"
#include "mipr/pipeline/run.h"
#include "mipr/pipeline/seg_jobs.h"
#include "mipr/project/project.h"
#include "mipr/project/project_lock.h"
#include "terminal_progress.h"

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace fs = std::filesystem;
using nlohmann::json;

namespace mipr::cli {
namespace {

void add_init(CLI::App& app) {
    auto* cmd = app.add_subcommand("init", "create an empty project");
    auto dir = std::make_shared<std::string>();
    cmd->add_option("DIR", *dir, "project folder (created if missing)")->required();
    cmd->callback([dir] {
        auto p = project::Project::create(*dir);
        std::printf("created project %s (schema %d)\n", p.root().string().c_str(), p.schema_version());
    });
}

void add_import(CLI::App& app, std::stop_token stop) {
    auto* cmd = app.add_subcommand("import", "add images and masks from a dataset folder");
    struct Args {
        std::string project, source, split, layout = "auto";
        bool create = false, quiet = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("PROJECT", a->project, "project folder")->required();
    cmd->add_option("SOURCE", a->source, "dataset folder")->required()->check(CLI::ExistingDirectory);
    cmd->add_option(
        "--split", a->split,
        "CSV with header id,split (labeled | unlabeled | test); default: SOURCE/split.csv when it exists");
    cmd->add_option("--layout", a->layout, "auto | isic | ph2 | folders")->capture_default_str();
    cmd->add_flag("--create", a->create, "create the project first when it does not exist");
    cmd->add_flag("-q,--quiet", a->quiet, "no progress output");
    cmd->callback([a, stop] {
        std::optional<project::ProjectLock> lock;
        auto p = (a->create && !project::Project::exists(a->project))
                     ? project::Project::create(a->project)
                     : open_to_change(a->project, "mipr import", lock);
        if (!lock) lock.emplace(project::ProjectLock::acquire(p.root(), "mipr import"));
        pipeline::ImportOptions o;
        o.layout = data::parse_layout(a->layout);
        if (!a->split.empty()) {
            o.split_csv = fs::path(a->split);
        } else if (fs::exists(fs::path(a->source) / "split.csv")) {
            o.split_csv = fs::path(a->source) / "split.csv";  // the usual place: use it unless told otherwise
            std::printf("using the split in %s\n", o.split_csv->string().c_str());
        }
        TerminalProgress bar(a->quiet);
        const auto summary = pipeline::import_dataset(p, a->source, o, bar.callback(), stop);
        bar.finish();
        std::printf("%s\n", summary.to_text().c_str());
        print_counts(p);
        if (summary.imported == 0 && summary.failed > 0)
            throw InputError(a->source, "no image could be imported");
    });
}

void add_info(CLI::App& app) {
    auto* cmd = app.add_subcommand("info", "counts per split, models, review progress");
    auto dir = std::make_shared<std::string>();
    cmd->add_option("PROJECT", *dir, "project folder")->required();
    cmd->callback([dir] {
        auto p = project::Project::open(*dir, project::Project::Access::read);
        std::printf("project %s (schema %d)\n", p.root().string().c_str(), p.schema_version());
        print_counts(p);
        for (const auto& note : unfinished_notes(p))
            std::printf("%s\n", note.c_str());
        for (const auto& m : p.models()) {
            std::string test;
            const json metrics = json::parse(m.metrics_json.empty() ? "{}" : m.metrics_json, nullptr, false);
            if (metrics.is_object() && metrics.contains("test")) {
                const auto& t = metrics["test"];
                test = ", test DSC " + percent(t.value("dice_mean", 0.0), t.value("dice_std", 0.0)) +
                       " ACC " + percent(t.value("accuracy_mean", 0.0), t.value("accuracy_std", 0.0));
            }
            std::printf("model %lld: %s v%d (%s)%s, %s\n", static_cast<long long>(m.id), m.kind.c_str(),
                        m.version, m.created_at.c_str(), test.c_str(),
                        fs::relative(m.path, p.root()).string().c_str());
        }
    });
}

void add_demo_data(CLI::App& app) {
    auto* cmd = app.add_subcommand("demo-data", "generate the synthetic dermoscopy-like demo set");
    auto dir = std::make_shared<std::string>();
    auto o = std::make_shared<data::DemoOptions>();
    cmd->add_option("DIR", *dir, "output folder (images/, masks/, split.csv)")->required();
    cmd->add_option("--count", o->count, "number of images")
        ->capture_default_str()
        ->check(CLI::Range(1, 100000));
    cmd->add_option("--width", o->width, "image width")->capture_default_str()->check(CLI::Range(16, 8192));
    cmd->add_option("--height", o->height, "image height")
        ->capture_default_str()
        ->check(CLI::Range(16, 8192));
    cmd->add_option("--seed", o->seed, "random seed")->capture_default_str();
    cmd->callback([dir, o] {
        fs::create_directories(*dir);
        data::generate_demo_data(*dir, *o);
        std::printf("wrote %d demo images with masks and split.csv to %s\n", o->count, dir->c_str());
    });
}

void add_train_seg(CLI::App& app, std::stop_token stop) {
    auto* cmd = app.add_subcommand("train-seg", "train the segmentation network S on the labelled split");
    struct Args {
        std::string project;
        SettingsArgs settings;
        Common common;
        std::optional<int> epochs, batch, size, width, depth;
        std::optional<std::string> arch;
        std::optional<double> lr;
        std::optional<unsigned long long> seed;
        bool no_augment = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("PROJECT", a->project, "project folder")->required();
    add_settings_options(cmd, a->settings);
    cmd->add_option("--epochs", a->epochs, "training epochs (seg.epochs)")->check(CLI::Range(1, 100000));
    cmd->add_option("--batch-size", a->batch, "batch size (seg.batch_size)")->check(CLI::Range(1, 4096));
    cmd->add_option("--lr", a->lr, "Adam learning rate, cosine-annealed (seg.learning_rate)")
        ->check(finite_in(1e-9, 1.0));
    cmd->add_option("--size", a->size, "input size in pixels, square, a multiple of 2^depth (seg.input_size)")
        ->check(CLI::Range(16, pipeline::kMaxInputSize));
    cmd->add_option("--width", a->width, "U-Net base width (seg.base_width)")->check(CLI::Range(1, 1024));
    cmd->add_option("--depth", a->depth, "U-Net depth, down-samplings (seg.depth)")->check(CLI::Range(1, 7));
    cmd->add_option("--arch", a->arch, "unet | attention-unet (seg.architecture)")
        ->check(CLI::IsMember({"unet", "attention-unet"}));
    cmd->add_option("--seed", a->seed, "random seed (seed)");
    cmd->add_flag("--no-augment", a->no_augment, "no flips / rotations (seg.augment=false)");
    add_compute_options(cmd, a->common);
    cmd->callback([a, stop] {
        const auto settings = resolve_settings(a->settings, a->common, [&](pipeline::Settings& s) {
            auto& seg = s.run().seg;
            if (a->epochs) seg.epochs = *a->epochs;
            if (a->batch) seg.batch_size = *a->batch;
            if (a->lr) seg.learning_rate = *a->lr;
            if (a->size) seg.model.input_size = *a->size;
            if (a->width) seg.model.base_width = *a->width;
            if (a->depth) seg.model.depth = *a->depth;
            if (a->arch) seg.model.architecture = *a->arch;
            if (a->seed) s.run().seed = *a->seed;
            if (a->no_augment) seg.augment = false;
        });
        if (a->settings.print) {
            std::printf("%s\n", settings.to_json().c_str());
            return;
        }
        std::optional<project::ProjectLock> lock;
        auto p = open_to_change(a->project, "mipr train-seg", lock);
        TerminalProgress bar(a->common.quiet);
        const auto r = journaled(p, "train-seg", settings, bar.callback(), [&](const ProgressFn& progress) {
            return pipeline::train_seg(p, settings.train_seg(), progress, stop);
        });
        bar.finish();
        std::printf(
            "trained segmentation model v%d (id %lld) on %d labelled images: %d epochs in %.1f s "
            "(%.1f img/s on %s), final loss %.4f\ncheckpoint: %s\n",
            r.version, static_cast<long long>(r.model_id), r.train_images,
            static_cast<int>(r.epoch_losses.size()), r.seconds, r.images_per_second, r.device.c_str(),
            r.epoch_losses.back(), r.checkpoint.string().c_str());
    });
}

void add_predict(CLI::App& app, std::stop_token stop) {
    auto* cmd = app.add_subcommand("predict", "pseudo-label the unlabelled split with S");
    struct Args {
        std::string project;
        Common common;
        std::optional<long long> model;
        std::vector<std::string> splits{"unlabeled"};
        data::PostprocessOptions post;
        bool no_largest = false, no_fill = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("PROJECT", a->project, "project folder")->required();
    cmd->add_option("--model", a->model, "segmentation model id (default: the newest)");
    cmd->add_option("--splits", a->splits, "splits to pseudo-label")->capture_default_str()->delimiter(',');
    cmd->add_option("--threshold", a->post.threshold, "probability threshold")
        ->capture_default_str()
        ->check(finite_in(0.0, 1.0));
    cmd->add_flag("--no-largest-component", a->no_largest, "keep every connected component");
    cmd->add_flag("--no-fill-holes", a->no_fill, "keep holes in masks");
    cmd->add_option("--open", a->post.open_radius, "morphological opening radius (px)")
        ->capture_default_str();
    cmd->add_option("--close", a->post.close_radius, "morphological closing radius (px)")
        ->capture_default_str();
    cmd->add_option("--min-area", a->post.min_area_fraction, "empty masks below this lesion fraction")
        ->capture_default_str()
        ->check(finite_in(0.0, 1.0));
    add_compute_options(cmd, a->common);
    cmd->callback([a, stop] {
        std::optional<project::ProjectLock> lock;
        auto p = open_to_change(a->project, "mipr predict", lock);
        pipeline::PredictOptions o;
        o.model_id = a->model;
        o.splits.clear();
        for (const auto& s : a->splits) {
            const auto split = parse_split(s);
            if (!split) throw InputError("unknown split '" + s + "' (labeled, unlabeled, test)");
            o.splits.push_back(*split);
        }
        o.postprocess = a->post;
        o.postprocess.largest_component = !a->no_largest;
        o.postprocess.fill_holes = !a->no_fill;
        o.compute = a->common.compute();
        TerminalProgress bar(a->common.quiet);
        const auto r = pipeline::predict(p, o, bar.callback(), stop);
        bar.finish();
        std::printf("pseudo-labelled %d images with model %lld in %.1f s; mean confidence %.3f\n",
                    r.predicted, static_cast<long long>(r.model_id), r.seconds, r.mean_confidence);
    });
}

void add_eval(CLI::App& app, std::stop_token stop) {
    auto* cmd = app.add_subcommand("eval", "score S on the test split (DSC and accuracy, mean ± std)");
    struct Args {
        std::string project;
        Common common;
        std::optional<long long> model;
        double threshold = 0.5;
        std::string csv;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("PROJECT", a->project, "project folder")->required();
    cmd->add_option("--model", a->model, "segmentation model id (default: the newest)");
    cmd->add_option("--threshold", a->threshold, "probability threshold")
        ->capture_default_str()
        ->check(finite_in(0.0, 1.0));
    cmd->add_option("--csv", a->csv, "also write per-image scores to this CSV file");
    add_compute_options(cmd, a->common);
    cmd->callback([a, stop] {
        std::optional<project::ProjectLock> lock;
        auto p = open_to_change(a->project, "mipr eval", lock);
        pipeline::EvalOptions o;
        o.model_id = a->model;
        o.threshold = a->threshold;
        o.compute = a->common.compute();
        TerminalProgress bar(a->common.quiet);
        const auto r = pipeline::evaluate(p, o, bar.callback(), stop);
        bar.finish();
        std::printf("model %lld on %d test images: DSC %s  ACC %s (%%, mean ± std over images)\n",
                    static_cast<long long>(r.model_id), r.images, percent(r.dice_mean, r.dice_std).c_str(),
                    percent(r.accuracy_mean, r.accuracy_std).c_str());
        if (!a->csv.empty()) {
            std::ofstream out(a->csv);
            if (!out) throw InputError(a->csv, "cannot write the CSV file");
            out << "image,dice,accuracy\n";
            for (const auto& s : r.per_image)
                out << s.name << ',' << s.dice << ',' << s.accuracy << '\n';
            if (!out) throw InputError(a->csv, "write error");
        }
    });
}

void add_keep_fraction(CLI::App* cmd, std::optional<double>& value) {
    cmd->add_option("--keep-fraction", value,
                    "filter: at most this fraction of an iteration's pairs is kept, those on which S is "
                    "most confident; 1 keeps every pair that passes the thresholds (filter.keep_fraction)")
        ->check(finite_in(0.0, 1.0));
}

void add_run(CLI::App& app, std::stop_token stop) {
    auto* cmd = app.add_subcommand("run",
                                   "run MIPR iterations (train S, train G, pseudo-label, rearrange, score); "
                                   "resumable: a rerun continues after the last completed step");
    struct Args {
        std::string project;
        SettingsArgs settings;
        Common common;
        std::optional<int> iterations, seg_epochs, gan_epochs, size, annotate_batch;
        std::optional<std::string> arch, contribution;
        std::optional<double> min_consistency, keep_fraction;
        std::optional<unsigned long long> seed;
        bool no_alpha = false, no_shuffle = false, no_consistency = false, review = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("PROJECT", a->project, "project folder")->required();
    add_settings_options(cmd, a->settings);
    cmd->add_option("--iterations", a->iterations, "MIPR iterations (iterations)")->check(CLI::Range(1, 100));
    cmd->add_option("--contribution", a->contribution,
                    "what an accepted pair adds to S's training set: real | generated | both (contribution)")
        ->check(CLI::IsMember({"real", "generated", "both"}));
    cmd->add_option("--seg-epochs", a->seg_epochs, "epochs of S per iteration (seg.epochs)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option("--gan-epochs", a->gan_epochs, "epochs of G and D per iteration (gan.epochs)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option("--size", a->size, "input size, square (seg.input_size)")
        ->check(CLI::Range(16, pipeline::kMaxInputSize));
    cmd->add_option("--arch", a->arch, "S: unet | attention-unet (seg.architecture)")
        ->check(CLI::IsMember({"unet", "attention-unet"}));
    cmd->add_option("--min-consistency", a->min_consistency,
                    "filter: minimum Dice of S on x' against t' (filter.min_consistency)")
        ->check(finite_in(0.0, 1.0));
    add_keep_fraction(cmd, a->keep_fraction);
    cmd->add_flag("--no-alpha", a->no_alpha,
                  "ablation: plain SPADE, no Sobel detail path (gan.use_alpha=false)");
    cmd->add_flag("--no-shuffle", a->no_shuffle,
                  "ablation: G's encoder reads the image unshuffled (gan.shuffle=false)");
    cmd->add_flag("--no-consistency", a->no_consistency,
                  "ablation: no S-consistency loss (gan.consistency=false)");
    cmd->add_flag("--review", a->review,
                  "leave kept pairs pending for a reviewer instead of accepting them (auto_accept=false)");
    cmd->add_option("--annotate-batch", a->annotate_batch,
                    "unlabelled images per S/G inference batch while annotating (annotate_batch)")
        ->check(CLI::Range(1, 4096));
    cmd->add_option("--seed", a->seed, "random seed (seed)");
    add_compute_options(cmd, a->common);
    cmd->callback([a, stop] {
        const auto settings = resolve_settings(a->settings, a->common, [&](pipeline::Settings& s) {
            auto& o = s.run();
            if (a->iterations) o.iterations = *a->iterations;
            if (a->contribution) o.contribution = pipeline::parse_contribution(*a->contribution);
            if (a->seg_epochs) o.seg.epochs = *a->seg_epochs;
            if (a->gan_epochs) o.gan.epochs = *a->gan_epochs;
            if (a->size) o.seg.model.input_size = *a->size;
            if (a->arch) o.seg.model.architecture = *a->arch;
            if (a->min_consistency) o.filter.min_consistency = *a->min_consistency;
            if (a->keep_fraction) o.filter.keep_fraction = *a->keep_fraction;
            if (a->annotate_batch) o.annotate_batch = *a->annotate_batch;
            if (a->seed) o.seed = *a->seed;
            if (a->no_alpha) o.gan.use_alpha = false;
            if (a->no_shuffle) o.gan.shuffle = false;
            if (a->no_consistency) o.gan.consistency = false;
            if (a->review) o.auto_accept = false;
        });
        if (a->settings.print) {
            std::printf("%s\n", settings.to_json().c_str());
            return;
        }
        std::optional<project::ProjectLock> lock;
        auto p = open_to_change(a->project, "mipr run", lock);
        TerminalProgress bar(a->common.quiet);
        const auto summary = journaled(p, "run", settings, bar.callback(), [&](const ProgressFn& progress) {
            return pipeline::run_mipr(p, settings.run(), progress, stop);
        });
        bar.finish();
        std::printf("%s", summary.to_text().c_str());
        print_counts(p);
    });
}

void add_experiment(CLI::App& app, std::stop_token stop) {
    auto* cmd = app.add_subcommand("experiment",
                                   "the paper's Table-1 protocol with baselines; writes "
                                   "reports/experiment-<timestamp>/ in the project");
    struct Args {
        std::string project;
        SettingsArgs settings;
        Common common;
        std::optional<int> iterations, seeds, gan_epochs, seg_epochs, eval_epochs, eval_min_epochs,
            eval_workers;
        std::optional<std::string> arch, contribution;
        std::optional<double> keep_fraction;
        bool no_self_training = false, single_loop = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("PROJECT", a->project, "project folder")->required();
    add_settings_options(cmd, a->settings);
    cmd->add_option("--iterations", a->iterations, "MIPR iterations (iterations)")->check(CLI::Range(1, 100));
    cmd->add_option("--seeds", a->seeds, "number of seeds, 0, 1, ... (experiment.seeds)")
        ->check(CLI::Range(1, 100));
    cmd->add_option(
           "--contribution", a->contribution,
           "what accepted pairs add to S inside the MIPR loop: real | generated | both (contribution)")
        ->check(CLI::IsMember({"real", "generated", "both"}));
    cmd->add_option("--gan-epochs", a->gan_epochs, "epochs of G per iteration (gan.epochs)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option("--seg-epochs", a->seg_epochs, "epochs of S inside the loop (seg.epochs)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option("--eval-epochs", a->eval_epochs,
                    "epochs of the labelled-only S; others get the same samples (experiment.eval_epochs)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option("--eval-min-epochs", a->eval_min_epochs,
                    "least epochs of a fresh S on a larger set (experiment.eval_min_epochs)")
        ->check(CLI::Range(1, 100000));
    cmd->add_option(
           "--eval-workers", a->eval_workers,
           "fresh S's trained side by side on the CPU, each on its share of the threads; 1: one at a "
           "time on all threads, the faster on 2 cores (experiment.eval_workers)")
        ->check(CLI::Range(1, 64));
    cmd->add_option("--arch", a->arch,
                    "S, in the loop and in every row: unet | attention-unet, as the paper's Table 1 has both "
                    "(seg.architecture)")
        ->check(CLI::IsMember({"unet", "attention-unet"}));
    add_keep_fraction(cmd, a->keep_fraction);
    cmd->add_flag("--no-self-training", a->no_self_training,
                  "skip the self-training baseline (experiment.self_training=false)");
    cmd->add_flag(
        "--single-loop", a->single_loop,
        "one MIPR loop (the project's) for every seed instead of one loop per seed: faster, "
        "but the MIPR rows' ± then leaves out the loop's own variance (experiment.loop_per_seed=false)");
    add_compute_options(cmd, a->common);
    cmd->callback([a, stop] {
        const auto settings = resolve_settings(a->settings, a->common, [&](pipeline::Settings& s) {
            auto& e = s.experiment;
            if (a->iterations) e.run.iterations = *a->iterations;
            if (a->seeds) s.set("experiment.seeds", std::to_string(*a->seeds));
            if (a->gan_epochs) e.run.gan.epochs = *a->gan_epochs;
            if (a->seg_epochs) e.run.seg.epochs = *a->seg_epochs;
            if (a->eval_epochs) e.eval_epochs_labelled = *a->eval_epochs;
            if (a->eval_min_epochs) e.eval_min_epochs = *a->eval_min_epochs;
            if (a->eval_workers) e.eval_workers = *a->eval_workers;
            if (a->arch) e.run.seg.model.architecture = *a->arch;
            if (a->keep_fraction) e.run.filter.keep_fraction = *a->keep_fraction;
            if (a->contribution) e.run.contribution = pipeline::parse_contribution(*a->contribution);
            if (a->no_self_training) e.self_training = false;
            if (a->single_loop) e.loop_per_seed = false;
        });
        if (a->settings.print) {
            std::printf("%s\n", settings.to_json().c_str());
            return;
        }
        std::optional<project::ProjectLock> lock;
        auto p = open_to_change(a->project, "mipr experiment", lock);
        TerminalProgress bar(a->common.quiet);
        const auto r = journaled(p, "experiment", settings, bar.callback(), [&](const ProgressFn& progress) {
            return pipeline::run_experiment(p, settings.experiment_options(), progress, stop);
        });
        bar.finish();
        for (const auto& w : r.warnings)
            spdlog::warn("the project's own MIPR loop differs from the experiment's: {}", w);
        std::printf("%s\nreport: %s (%.0f s)\n", r.markdown.c_str(),
                    (r.report_dir / "report.md").string().c_str(), r.seconds);
    });
}

void add_settings(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "settings",
        "list every setting of train-seg, run and experiment (key, value in a preset, range, meaning), or "
        "print a preset as a --config file");
    struct Args {
        std::string preset = "cpu";
        bool json = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("--preset", a->preset, "the preset whose values are shown")
        ->capture_default_str()
        ->check(CLI::IsMember(pipeline::Settings::preset_names()));
    cmd->add_flag("--json", a->json, "print the preset as JSON (a --config file to start from)");
    cmd->callback([a] {
        const auto s = pipeline::Settings::preset_named(a->preset);
        if (a->json) {
            std::printf("%s\n", s.to_json().c_str());
            return;
        }
        std::string group;
        for (const auto& f : pipeline::Settings::fields()) {
            if (f.group != group) {
                group = f.group;
                std::printf("%s%s\n", group == pipeline::Settings::fields().front().group ? "" : "\n",
                            group.c_str());
            }
            std::string range;
            if (f.type == pipeline::SettingType::integer || f.type == pipeline::SettingType::real) {
                char buf[96];
                if (f.type == pipeline::SettingType::integer)
                    std::snprintf(buf, sizeof buf, " [%.0f, %.0f]", f.min, f.max);
                else
                    std::snprintf(buf, sizeof buf, " [%s%g, %g]", f.min_exclusive ? "> " : "", f.min, f.max);
                range = buf;
            } else if (f.type == pipeline::SettingType::choice) {
                for (const auto& c : f.choices)
                    range += (range.empty() ? " {" : "|") + c;
                range += "}";
            } else if (f.type == pipeline::SettingType::boolean) {
                range = " {true|false}";
            }
            std::printf("  %-40s %s%s\n      %s\n", (f.key + " = " + s.get(f.key)).c_str(), f.label.c_str(),
                        range.c_str(), f.help.c_str());
        }
    });
}

void add_export(CLI::App& app) {
    auto* cmd = app.add_subcommand("export",
                                   "write the accepted and edited annotations: PNG masks (ISIC names), COCO "
                                   "JSON (RLE) and a CSV of every pair's decision and scores");
    struct Args {
        std::string project, out, format = "all";
        bool quiet = false;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("PROJECT", a->project, "project folder")->required();
    cmd->add_option("OUT", a->out, "output folder (created if missing)")->required();
    cmd->add_option("--format", a->format,
                    "png (OUT/masks/<image>_segmentation.png) | coco (OUT/annotations.coco.json) | csv "
                    "(OUT/decisions.csv) | all")
        ->capture_default_str()
        ->check(CLI::IsMember({"png", "coco", "csv", "all"}));
    cmd->add_flag("-q,--quiet", a->quiet, "no progress output");
    cmd->callback([a] {
        const auto p = project::Project::open(a->project, project::Project::Access::read);
        pipeline::ExportOptions o;
        o.png = a->format == "png" || a->format == "all";
        o.coco = a->format == "coco" || a->format == "all";
        o.csv = a->format == "csv" || a->format == "all";
        TerminalProgress bar(a->quiet);
        const auto s = pipeline::export_annotations(p, a->out, o, bar.callback());
        bar.finish();
        std::string what;
        if (o.png) what += ", " + std::to_string(s.annotations) + " PNG masks";
        if (o.coco) what += ", annotations.coco.json";
        if (o.csv) what += ", decisions.csv (" + std::to_string(s.csv_rows) + " pairs)";
        std::printf("exported %d annotations (%d accepted, %d edited) to %s%s\n", s.annotations, s.accepted,
                    s.edited, a->out.c_str(), what.empty() ? "" : (":" + what.substr(1)).c_str());
        if (s.unfinished > 0)
            std::printf("left out %d pair(s) of unfinished iterations (`mipr run` completes them)\n",
                        s.unfinished);
    });
}

void add_check(CLI::App& app) {
    auto* cmd = app.add_subcommand("check", "integrity check of the database and the files it references");
    auto dir = std::make_shared<std::string>();
    cmd->add_option("PROJECT", *dir, "project folder")->required();
    cmd->callback([dir] {
        auto p = project::Project::open(*dir, project::Project::Access::read);
        const auto problems = p.check();
        for (const auto& line : problems)
            std::printf("%s\n", line.c_str());
        // Not a problem (a rerun completes it), but worth knowing.
        for (const auto& note : unfinished_notes(p))
            std::printf("note: %s\n", note.c_str());
        if (!problems.empty())
            throw InputError(p.database_path(), std::to_string(problems.size()) + " problem(s) found");
        std::printf("project %s is consistent\n", p.root().string().c_str());
    });
}

}  // namespace

void add_commands(CLI::App& app, std::stop_token stop) {
    add_init(app);
    add_import(app, stop);
    add_info(app);
    add_demo_data(app);
    add_train_seg(app, stop);
    add_predict(app, stop);
    add_eval(app, stop);
    add_run(app, stop);
    add_experiment(app, stop);
    add_settings(app);
    add_review(app);
    add_signals(app, stop);
    add_simulate_review(app, stop);
    add_export(app);
    add_check(app);
}

}  // namespace mipr::cli
