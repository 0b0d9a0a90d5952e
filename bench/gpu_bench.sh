#!/usr/bin/env bash
# The engine on a CUDA GPU server that has PyTorch but no Qt or OpenCV (issue 3, item 7). Builds
# core/engine, its self-test and engine_bench against the LibTorch inside PyTorch, runs the
# self-test on the GPU (a short U-Net training whose loss must fall), then bench/run_bench.sh
# (the engine beside the same nets in PyTorch eager) at this project's CPU scale (128², U-Net
# width 16, G/D width 32) and at paper scale (256², widths 64), in float32 and in mixed precision
# (bfloat16 autocast + channels-last). Logs go to $OUT (or /tmp/mipr-gpu-bench); a summary is
# printed last.
#   bench/gpu_bench.sh [SECONDS per measurement, default 3]
# DEVICE=cpu runs the same steps on the CPU (a dry run of this script on a machine without a GPU).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${OUT:-/tmp/mipr-gpu-bench}"
seconds="${1:-3}"
device="${DEVICE:-cuda}"
python="${PYTHON:-python3}"
build="${BENCH_BUILD_DIR:-$here/../build-gpu}"
mkdir -p "$out"
t0=$(date +%s)
{
    nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null
    "$python" -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda, "cudnn", torch.backends.cudnn.version())'
    echo "cores $(nproc)"
} 2>&1 | tee "$out/machine.txt"

cuda_args=()
if [[ "$device" == cuda ]]; then
    cuda_args+=("-DCMAKE_PREFIX_PATH=$("$python" -c "import torch;print(torch.utils.cmake_prefix_path)")")
    # Help the Torch package find the toolkit (it enables CUDA and looks for cudart/nvrtc).
    nvcc=$(command -v nvcc || echo /usr/local/cuda/bin/nvcc)
    if [[ -x "$nvcc" ]]; then
        toolkit=$(cd "$(dirname "$(readlink -f "$nvcc")")/.." && pwd)
        cuda_args+=("-DCMAKE_CUDA_COMPILER=$nvcc" "-DCUDAToolkit_ROOT=$toolkit" "-DCUDA_TOOLKIT_ROOT_DIR=$toolkit")
    fi
    cuda_args+=(-DTORCH_CUDA_ARCH_LIST=9.0 -DCMAKE_CUDA_ARCHITECTURES=90)
fi
if ! cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -Wno-dev "${cuda_args[@]}" \
    >"$out/configure.log" 2>&1; then
    echo "CONFIGURE FAILED"; tail -60 "$out/configure.log"; exit 1
fi
grep -E "LibTorch:" "$out/configure.log"
if ! cmake --build "$build" -j "$(nproc)" >"$out/build.log" 2>&1; then
    echo "BUILD FAILED"; grep -m 12 -A 14 "error" "$out/build.log" | head -150; exit 1
fi
echo "configure + build: $(($(date +%s) - t0)) s"

if "$build/engine/mipr-engine-selftest" --device "$device" >"$out/selftest.txt" 2>&1; then
    echo "selftest on $device: PASSED"; tail -4 "$out/selftest.txt"
else
    echo "selftest on $device: FAILED"; tail -30 "$out/selftest.txt"
fi

summary=()
run() {  # NAME ARGS...: one engine-and-eager comparison, with the GPU memory of each process
    local name=$1
    shift
    local smi=""
    if [[ "$device" == cuda ]]; then
        nvidia-smi --query-compute-apps=process_name,used_gpu_memory --format=csv,noheader,nounits -lms 200 \
            >"$out/mem-$name.csv" 2>/dev/null &
        smi=$!
    fi
    BENCH_BIN="$build/engine_bench" PYTHON="$python" timeout 300 bash "$here/run_bench.sh" --device "$device" \
        --seconds "$seconds" "$@" >"$out/bench-$name.txt" 2>&1
    local rc=$?
    [[ -n "$smi" ]] && kill "$smi" 2>/dev/null
    summary+=("== $name: $* (exit $rc)")
    while IFS= read -r line; do summary+=("$line"); done < <(grep -E \
        "^(ratio|share|peak|mixed)|seg_infer_mixed|(engine|pytorch) +(matmul|conv1x1|peak_rss|torch)|error|Error" \
        "$out/bench-$name.txt" | head -30)
    if [[ -s "$out/mem-$name.csv" ]]; then
        summary+=("GPU memory, most seen per process (MiB): $(awk -F', *' '{if ($2 + 0 > m[$1]) m[$1] = $2 + 0}
            END {for (p in m) printf "%s %d; ", p, m[p]}' "$out/mem-$name.csv")")
    fi
}
if [[ "$device" == cuda ]]; then
    run cpu-scale-fp32 --size 128 --width 16 --batch 4 --gan-width 32 --precision fp32
    run cpu-scale-mixed --size 128 --width 16 --batch 4 --gan-width 32 --precision mixed
    run paper-fp32 --size 256 --width 64 --batch 8 --gan-width 64 --precision fp32
    run paper-mixed --size 256 --width 64 --batch 8 --gan-width 64 --precision mixed
else
    run dry-run --size 64 --width 8 --batch 2 --gan-width 8 --precision fp32
fi
echo "total: $(($(date +%s) - t0)) s"
printf '%s\n' "${summary[@]}" | tee "$out/summary.txt"
