#!/usr/bin/env bash
# Builds the engine benchmark against a LibTorch (Debian's by default; set TORCH_PREFIX to a
# LibTorch or to `python3 -c "import torch;print(torch.utils.cmake_prefix_path)"` on a GPU
# server) and runs it beside PyTorch eager on the same nets, threads and sizes; prints ratios.
#   bench/run_bench.sh [--device cpu|cuda] [--size 128] [--width 16] [--batch 4] [--seconds 8]
#                      [--gan-width 32] [--precision auto|fp32|mixed|channels-last]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${BENCH_BUILD_DIR:-$here/../build-bench}"
python="${PYTHON:-/usr/bin/python3}"
args=("$@")
if [[ -n "${BENCH_BIN:-}" ]]; then
    bench_bin="$BENCH_BIN"  # e.g. build/bench/engine_bench from the main build
else
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release ${TORCH_PREFIX:+-DCMAKE_PREFIX_PATH=$TORCH_PREFIX} >/dev/null
    cmake --build "$build" --target engine_bench -j "$(nproc)" >/dev/null
    bench_bin="$build/engine_bench"
fi
# The heap settings `mipr` and the studio run under (core/common/src/allocator.cpp sets them and
# re-executes; engine_bench links the engine alone, so they are set here). glibc's defaults cost
# eager far more than our engine (S inference 30-38 against 114-129 img/s), so eager runs twice:
# as it runs by default, and with the same settings; the ratio against the second is the fair one.
heap=(MALLOC_MMAP_THRESHOLD_=4294967296 MALLOC_TRIM_THRESHOLD_=4294967296 MALLOC_TOP_PAD_=536870912)
ours=$(env "${heap[@]}" "$bench_bin" "${args[@]}")
echo "$ours" | sed 's/^/engine  /'
theirs=$("$python" "$here/pytorch_eager.py" "${args[@]}")
echo "$theirs" | sed 's/^/pytorch /'
tuned=$(env "${heap[@]}" "$python" "$here/pytorch_eager.py" "${args[@]}")
echo "$tuned" | sed 's/^/pytorch-heap /'
get() { echo "$1" | awk -v k="$2" '$1 == k {print $2}'; }
mm=$(get "$ours" matmul_gflops); c1=$(get "$ours" conv1x1_gflops); bf=$(get "$ours" matmul_bf16_gflops)
peak=$(awk -v a="$mm" -v b="${c1:-0}" 'BEGIN {print (b > a ? b : a)}')
echo "peak float32 GFLOP/s: matmul $mm, 1x1 convolution ${c1:-n/a}; the larger is the limit"
if [[ "$(get "$ours" mixed_precision)" == 1 && -n "$bf" ]]; then
    peak=$bf
    echo "mixed precision: the limit is the bfloat16 matmul, $bf GFLOP/s"
fi
for k in seg_train_img_per_s seg_infer_img_per_s gan_train_img_per_s gen_infer_img_per_s; do
    a=$(get "$ours" "$k"); b=$(get "$theirs" "$k")
    c=$(get "$tuned" "$k")
    awk -v k="$k" -v a="$a" -v b="$b" -v c="$c" 'BEGIN {printf "ratio %s engine/pytorch %.2f (%s vs %s); against pytorch with the heap settings %.2f (vs %s)\n", k, a / b, a, b, a / c, c}'
done
for k in seg_train_gflops seg_infer_gflops; do
    awk -v k="$k" -v a="$(get "$ours" "$k")" -v p="$peak" 'BEGIN {printf "share %s of peak %.0f%% (%s of %s GFLOP/s)\n", k, 100 * a / p, a, p}'
done
