#!/usr/bin/env bash
# The studio's event-loop lateness while a CPU run trains and while curves redraw (issue 16).
# Builds gui_stall_bench in the main build, imports PH² into a fresh project unless one is given,
# and runs the benchmark offscreen.
#   bench/gui_stall_bench.sh [PROJECT] [gui_stall_bench options: --seconds 90 --points 1000]
# The run it measures is the project's next MIPR iteration at the cpu preset; it is stopped at
# the end (a later run continues it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
build="${BUILD_DIR:-$root/build}"
data="${PH2_DIR:-$root/../shared/data/ph2}"
cmake --build "$build" --target gui_stall_bench mipr >/dev/null
project="${1:-}"
if [[ -z "$project" || "$project" == --* ]]; then
    project="${TMPDIR:-/tmp}/mipr-gui-stall-bench"
    if [[ ! -f "$project/project.mipr" ]]; then
        "$build/app/mipr" import "$project" "$data" --split "$data/split.csv" --create -q
    fi
else
    shift
fi
QT_QPA_PLATFORM=offscreen "$build/bench/gui_stall_bench" --project "$project" "$@"
