#!/usr/bin/env bash
# Next-case latency and memory of the review studio on PH² pairs (issue 4). Builds review_bench
# and mipr in the main build, makes a PH² project with one MIPR iteration left for review unless
# one is given, and runs the benchmark offscreen.
#   bench/review_bench.sh [PROJECT] [review_bench options: --presses 1000 --burst 200 --size WxH]
# Making the project trains S and G briefly (a few minutes on 2 CPU cores); the figures do not
# depend on how good the pairs are, only on their image sizes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
build="${BUILD_DIR:-$root/build}"
data="${PH2_DIR:-$root/../shared/data/ph2}"
cmake --build "$build" --target review_bench mipr >/dev/null
project="${1:-}"
if [[ -z "$project" || "$project" == --* ]]; then
    project="${TMPDIR:-/tmp}/mipr-review-bench"
    if [[ ! -f "$project/project.mipr" ]]; then
        "$build/app/mipr" init "$project"
        "$build/app/mipr" import "$project" "$data" -q
        "$build/app/mipr" run "$project" --iterations 1 --review --seg-epochs 20 --gan-epochs 2 -q
    fi
else
    shift
fi
QT_QPA_PLATFORM=offscreen "$build/bench/review_bench" --project "$project" "$@"
