#!/usr/bin/env bash
# Compares two fingerprints of scripts/engine-fingerprint.sh (e.g. LibTorch 1.13 against 2.6):
# per seed, whether the same pairs were kept, the test DSC of each, and the largest per-image
# DSC difference; beside them the same figures between the two seeds of build A, the noise
# scale of the method itself.
#
#   scripts/compare-fingerprints.sh DIR_A DIR_B
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
[[ $# -eq 2 ]] || { sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
a="$1"
b="$2"
for d in "$a" "$b"; do
    [[ -f "$d/FINGERPRINT" ]] || { echo "compare-fingerprints: $d is not a fingerprint" >&2; exit 1; }
done

kept() {  # the image names of the pairs kept (accepted) in a decisions CSV, sorted
    awk -F, 'NR > 1 && $4 == "accepted" {print $3}' "$1" | sort
}
dsc() {  # mean test DSC (%) from an eval line
    sed -n 's/.*DSC \([0-9.]*\) ±.*/\1/p' "$1"
}
per_image_max_diff() {  # largest |DSC difference| over the test images, in points
    join -t, <(tail -n +2 "$1" | cut -d, -f1,2 | sort) <(tail -n +2 "$2" | cut -d, -f1,2 | sort) |
        awk -F, '{d = $2 - $3; if (d < 0) d = -d; if (d > m) m = d} END {printf "%.2f", 100 * m}'
}
pairs_line() {  # pairs_line DECISIONS_1 DECISIONS_2
    local k1 k2 common
    k1=$(kept "$1" | wc -l)
    k2=$(kept "$2" | wc -l)
    common=$(comm -12 <(kept "$1") <(kept "$2") | wc -l)
    local n
    n=$(($(tail -n +2 "$1" | wc -l)))
    if [[ "$(kept "$1")" == "$(kept "$2")" ]]; then
        echo "same $k1 of $n pairs kept"
    else
        echo "kept $k1 and $k2 of $n pairs, $common in common"
    fi
}

echo "A: $(tr '\n' ';' <"$a/versions.txt" | sed 's/;$//; s/;/; /g')"
echo "B: $(tr '\n' ';' <"$b/versions.txt" | sed 's/;$//; s/;/; /g')"
for seed in 1 2; do
    echo "seed $seed: A against B: $(pairs_line "$a/decisions-seed$seed.csv" "$b/decisions-seed$seed.csv");" \
        "test DSC $(dsc "$a/eval-seed$seed.txt") against $(dsc "$b/eval-seed$seed.txt");" \
        "largest per-image difference $(per_image_max_diff "$a/eval-seed$seed.csv" "$b/eval-seed$seed.csv") points"
done
for d in "$a" "$b"; do
    echo "noise, seed 1 against seed 2 on $(basename "$d"): $(pairs_line "$d/decisions-seed1.csv" "$d/decisions-seed2.csv");" \
        "test DSC $(dsc "$d/eval-seed1.txt") against $(dsc "$d/eval-seed2.txt");" \
        "largest per-image difference $(per_image_max_diff "$d/eval-seed1.csv" "$d/eval-seed2.csv") points"
done
