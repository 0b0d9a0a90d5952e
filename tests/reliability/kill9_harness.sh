#!/usr/bin/env bash
# kill -9 harness (issue 15): interrupts `mipr import`, `train-seg`, `run`, `review` (decisions,
# edits included) and `export` at random moments on a tiny demo project, and asserts after each
# interruption that
#   - `mipr check` finds the project consistent (exit 0),
#   - every decision the review command reported committed is in the project, not undone,
#   - a rerun of the same command completes, and
#   - the result equals that of an uninterrupted run (counts, the model's test scores, every
#     pair's status and scores, the exported files byte for byte),
#   - an interrupted export leaves its folder absent or whole, never half-written.
#
#   tests/reliability/kill9_harness.sh MIPR [--trials N] [--seed S] [--work DIR]
#
# The test command runs a few trials; `--trials 100` or more is the long mode.
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail
mipr="${1:?usage: kill9_harness.sh MIPR [--trials N] [--seed S] [--work DIR]}"
shift
trials=5
seed=1
work=""
while (($#)); do
    case "$1" in
        --trials) trials="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        *) echo "kill9_harness: unknown option '$1'" >&2; exit 2 ;;
    esac
done
RANDOM=$seed
if [[ -z "$work" ]]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
# A used work folder would give the references earlier runs' models: start from an empty one.
if [[ -d "$work" && -n "$(ls -A "$work")" ]]; then
    echo "kill9_harness: $work is not empty; give a new or empty folder" >&2
    exit 2
fi
mkdir -p "$work"
log="$work/harness.log"
: >"$log"

M() { "$mipr" "$@" >>"$log" 2>&1; }
tiny_run=(--iterations 1 --size 32 --seg-epochs 4 --gan-epochs 3 --seed 1 --threads 1 --device cpu -q)
tiny_seg=(--epochs 6 --size 32 --seed 1 --threads 1 --device cpu -q)

# What a project's state is, for comparing runs: counts, models' test scores, every pair's
# status and scores (decisions.csv without the reviewer and time columns).
state_of() {  # state_of PROJECT
    local p="$1" out="$work/state-export-$$-$RANDOM"
    "$mipr" info "$p" | grep -v '^project ' | sed 's/([0-9T:.-]*Z)//; s/([0-9-]* [0-9:]*)//'
    # Scores to 5 decimals: a resumed annotate step computes the rest in other batches, which
    # moves a score in its 7th digit (seen: SSIM 0.2419012 against 0.2419001), never a status.
    "$mipr" export "$p" "$out" --format csv >/dev/null 2>&1 &&
        cut -d, -f1-4,7- "$out/decisions.csv" |
        awk -F, -v OFS=, 'NR > 1 {for (i = 7; i <= 10; ++i) $i = sprintf("%.5f", $i)} {print}'
    rm -rf "$out"
}

source_dir="$work/source"
M demo-data "$source_dir" --count 12 --width 48 --height 40 --seed 7 || { echo "demo-data failed"; exit 1; }

# References: each stage uninterrupted, with its duration (the window a kill is drawn from).
declare -A duration reference
t0=$(date +%s%N)
M import "$work/ref-import" "$source_dir" --create -q
duration[import]=$((($(date +%s%N) - t0) / 1000000))
reference[import]=$(state_of "$work/ref-import")
cp -a "$work/ref-import" "$work/base"  # an imported project, the start of the other stages
t0=$(date +%s%N)
M train-seg "$work/ref-import" "${tiny_seg[@]}"
duration[train-seg]=$((($(date +%s%N) - t0) / 1000000))
reference[train-seg]=$(state_of "$work/ref-import")
cp -a "$work/base" "$work/ref-run"
t0=$(date +%s%N)
M run "$work/ref-run" "${tiny_run[@]}"
duration[run]=$((($(date +%s%N) - t0) / 1000000))
reference[run]=$(state_of "$work/ref-run")
t0=$(date +%s%N)
M export "$work/ref-run" "$work/ref-export"
duration[export]=$((($(date +%s%N) - t0) / 1000000))
# An export's files, byte for byte, but for what names the moment and the project folder (the
# manifest; COCO's date and description).
export_digest() {  # export_digest DIR
    (cd "$1" && find . -type f ! -name mipr-export.json ! -name annotations.coco.json -exec sha256sum {} + | sort
     [[ -f annotations.coco.json ]] && sed 's/"date_created":"[^"]*"//; s/"description":"[^"]*"//' annotations.coco.json | sha256sum)
}
ref_export_files=$(export_digest "$work/ref-export")

# Review: accept about half the pairs one by one, reject the others but two, which get the
# doctor's mask as an edit; each decision is its own commit, reported as "decision N".
mapfile -t listed < <("$mipr" review "$work/ref-run" --list | awk 'NR > 1 {print $1, $3}')
((${#listed[@]} >= 4)) || { echo "the reference run made ${#listed[@]} pairs, too few to review"; exit 1; }
review_cmd=(review PROJECT --reviewer harness)
accept="" reject=""
for ((i = 0; i < ${#listed[@]}; i++)); do
    read -r id image <<<"${listed[$i]}"
    if ((i < 2)); then
        review_cmd+=(--edit "$id=$source_dir/masks/${image}_segmentation.png")
    elif ((i % 2 == 0)); then
        accept+="${accept:+,}$id"
    else
        reject+="${reject:+,}$id"
    fi
done
review_cmd+=(--accept "$accept" --reject "$reject")
cp -a "$work/ref-run" "$work/ref-review"
M "${review_cmd[@]/#PROJECT/$work/ref-review}"
reference[review]=$(state_of "$work/ref-review")
review_total=${#listed[@]}
decision_line=', decision [0-9]*$'  # how `mipr review` reports a committed decision

stages=(${MIPR_KILL9_STAGES:-import train-seg run review export})
lost_decisions=0
failures=0
check_failures=0
for ((t = 1; t <= trials; t++)); do
    # Every stage once first (the test command's few trials cover them all), then at random.
    if ((t <= ${#stages[@]})); then stage=${stages[$((t - 1))]}; else stage=${stages[$((RANDOM % ${#stages[@]}))]}; fi
    p="$work/trial-$t"
    rm -rf "$p" "$work/out-$t"
    case "$stage" in
        import) cmd=(import "$p" "$source_dir" --create -q) ;;
        train-seg) cp -a "$work/base" "$p"; cmd=(train-seg "$p" "${tiny_seg[@]}") ;;
        run) cp -a "$work/base" "$p"; cmd=(run "$p" "${tiny_run[@]}") ;;
        review) cp -a "$work/ref-run" "$p"; cmd=("${review_cmd[@]/#PROJECT/$p}") ;;
        export) cp -a "$work/ref-run" "$p"; cmd=(export "$p" "$work/out-$t") ;;
    esac
    : >"$work/out-$t.txt"  # before the command starts: the review kill below reads it at once
    "$mipr" "${cmd[@]}" >>"$work/out-$t.txt" 2>&1 &
    pid=$!
    if [[ "$stage" == review ]]; then
        # Decisions take milliseconds after a start of hundreds: a time drawn at random would
        # nearly always fall before the first or after the last. Instead the kill follows the
        # k-th reported decision (k drawn from 0 to all but one) as closely as the shell can.
        k=$((RANDOM % review_total))
        moment="once $k decision(s) were reported"
        while kill -0 "$pid" 2>/dev/null && (($(grep -c "$decision_line" "$work/out-$t.txt") < k)); do :; done
    else
        delay_ms=$((RANDOM % (duration[$stage] + 1)))
        moment="after $delay_ms ms"
        sleep "$(awk -v ms="$delay_ms" 'BEGIN {printf "%.3f", ms / 1000}')"
    fi
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    finished=$?  # 0: it completed before the kill (then a rerun would be a second command)
    cat "$work/out-$t.txt" >>"$log"
    verdict="ok"
    # No decision the command reported committed may be missing (or undone) afterwards.
    if [[ "$stage" == review ]]; then
        present=$("$mipr" review "$p" --decisions 2>>"$log" | awk 'NR > 1 && !/undone/ {print $1}')
        for d in $(sed -n 's/.*, decision \([0-9]*\)$/\1/p' "$work/out-$t.txt"); do
            if ! grep -qx "$d" <<<"$present"; then
                verdict="decision $d was reported committed and is missing"
                ((lost_decisions++))
            fi
        done
    fi
    if [[ -f "$p/project.mipr" ]] && ! "$mipr" check "$p" >>"$log" 2>&1; then
        verdict="check failed after the kill"
        ((check_failures++))
    fi
    if [[ "$stage" == export && -d "$work/out-$t" ]]; then
        [[ "$(export_digest "$work/out-$t")" == "$ref_export_files" ]] ||
            verdict="the interrupted export left a half-written folder"
    fi
    # Killed after its last commit but before it exited: it is complete, and a rerun would be a
    # second command (train-seg trains a new version), so it is compared as it is.
    if ((finished != 0)) && [[ "$stage" != export && -f "$p/project.mipr" ]] &&
        [[ "$(state_of "$p")" == "${reference[$stage]}" ]]; then
        finished=0
    fi
    if [[ "$verdict" == ok ]]; then
        if ((finished != 0)) && ! "$mipr" "${cmd[@]}" >>"$log" 2>&1; then
            verdict="the rerun failed"
        elif [[ "$stage" == export ]]; then
            [[ "$(export_digest "$work/out-$t")" == "$ref_export_files" ]] || verdict="the rerun's export differs"
        elif [[ "$(state_of "$p")" != "${reference[$stage]}" ]]; then
            verdict="the rerun's result differs from an uninterrupted run"
            diff <(echo "${reference[$stage]}") <(state_of "$p") >>"$log"
        elif ! "$mipr" check "$p" >>"$log" 2>&1; then
            verdict="check failed after the rerun"
            ((check_failures++))
        fi
    fi
    [[ "$verdict" == ok ]] || ((failures++))
    when="killed $moment"
    ((finished == 0)) && when="complete when killed $moment"
    [[ "$stage" == review ]] && when+=" ($(grep -c "$decision_line" "$work/out-$t.txt") decisions reported)"
    printf 'trial %d: %s %s: %s\n' "$t" "$stage" "$when" "$verdict"
    rm -rf "$p" "$work/out-$t" "$work/out-$t.txt"
done
echo "kill -9 harness: $trials trials, $failures failed, $check_failures check failures," \
    "$lost_decisions committed decisions lost (log: $log)"
((failures == 0))
