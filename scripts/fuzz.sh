#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UBSan) and runs each for SECONDS
# (default 600), seeded from tests/data/golden; prints each one's executions and findings.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_image_headers fuzz_split_csv fuzz_coco_rle fuzz_project_open)
build=build-fuzz
command -v clang++ >/dev/null || { echo "fuzz.sh: needs clang (apt-get install clang)" >&2; exit 1; }
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIPR_FUZZ=ON \
    -DMIPR_BUILD_UI=OFF -DMIPR_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" >/dev/null
cmake --build "$build" --target "${targets[@]}"
out="$build/fuzz-runs"
mkdir -p "$out"
for t in "${targets[@]}"; do
    corpus="$out/corpus-$t"
    mkdir -p "$corpus"
    case "$t" in
        fuzz_image_headers) find tests/data/golden -type f \( -name '*.png' -o -name '*.jpg' -o -name '*.bmp' -o -name '*.tif' \) -size -64k -exec cp {} "$corpus/" \; ;;
        fuzz_split_csv) find tests/data/golden -name '*.csv' -exec cp {} "$corpus/" \; ;;
        fuzz_project_open)
            # A real project database to mutate, when the main build's mipr is there to make one.
            if [[ -x build/app/mipr && ! -f "$corpus/seed.mipr" ]]; then
                tmp=$(mktemp -d)
                build/app/mipr demo-data "$tmp/src" --count 3 --width 16 --height 16 >/dev/null &&
                    build/app/mipr import "$tmp/p" "$tmp/src" --create -q >/dev/null &&
                    cp "$tmp/p/project.mipr" "$corpus/seed.mipr"
                rm -rf "$tmp"
            fi ;;
        *) ;;
    esac
    set +e
    (cd "$out" && "../tests/fuzz/$t" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2048 \
        -artifact_prefix="$t-" "corpus-$t") >"$out/$t.log" 2>&1
    rc=$?
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$t.log" | grep -o '[0-9]*$' || echo "?")
    crashes=$(ls "$out" | grep -c "^$t-" || true)
    echo "$t: ${seconds} s, $execs executions, exit $rc, findings in $out: $crashes (log $out/$t.log)"
done
