#!/usr/bin/env bash
# Records what the engine does on a tiny, seeded MIPR run, so that two builds (LibTorch 1.13 on
# Debian 12, 2.6 on Debian 13, ...) can be compared with scripts/compare-fingerprints.sh:
# demo data (fixed seed), import, `mipr run` (two iterations, small nets, 64 px) for two seeds,
# then `mipr eval` per image and the pairs' decisions and scores (`mipr export --format csv`).
# Two seeds on one build give the noise scale that a difference between builds is judged by.
#
#   scripts/engine-fingerprint.sh BUILD_DIR OUT_DIR
#
# OUT_DIR must be new or an earlier fingerprint (it holds a FINGERPRINT marker); it gets
# versions.txt, and per seed eval-seedN.txt, eval-seedN.csv and decisions-seedN.csv.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
[[ $# -eq 2 ]] || { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
build="$1"
out="$2"
mipr="$build/app/mipr"
[[ -x "$mipr" ]] || { echo "engine-fingerprint: no $mipr (build first: scripts/setup.sh build)" >&2; exit 1; }
if [[ -e "$out" && ! -f "$out/FINGERPRINT" && -n "$(ls -A "$out" 2>/dev/null)" ]]; then
    echo "engine-fingerprint: $out exists and is not an earlier fingerprint; name a new folder" >&2
    exit 1
fi
mkdir -p "$out"
touch "$out/FINGERPRINT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{
    echo "mipr $("$mipr" --version | awk '{print $2}')"
    for p in libtorch-dev libopencv-dev; do
        v=$(dpkg-query -W -f='${Version}' "$p" 2>/dev/null) && echo "$p $v"
    done
    echo "compiler $(c++ --version | head -1)"
} >"$out/versions.txt"

"$mipr" demo-data "$work/source" --count 60 --width 96 --height 96 --seed 5 >/dev/null
for seed in 1 2; do
    p="$work/project-$seed"
    "$mipr" import "$p" "$work/source" --split "$work/source/split.csv" --create -q >/dev/null
    t0=$(date +%s)
    "$mipr" run "$p" --iterations 2 --seg-epochs 30 --gan-epochs 8 --size 64 --seed "$seed" --threads 2 -q \
        >"$out/run-seed$seed.txt"
    echo "seconds $(($(date +%s) - t0))" >>"$out/run-seed$seed.txt"
    "$mipr" eval "$p" --threads 2 -q --csv "$out/eval-seed$seed.csv" >"$out/eval-seed$seed.txt"
    "$mipr" export "$p" "$work/export-$seed" --format csv >/dev/null 2>"$work/export.log" ||
        { cat "$work/export.log" >&2; exit 1; }
    cp "$work/export-$seed/decisions.csv" "$out/decisions-seed$seed.csv"
    echo "seed $seed: $(cat "$out/eval-seed$seed.txt")"
done
echo "fingerprint written to $out"
