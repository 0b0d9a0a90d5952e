#!/usr/bin/env bash
# Builds and runs the tests under a sanitizer (issue 15):
#   scripts/sanitize.sh asan   the whole suite under AddressSanitizer + UBSan (preset asan,
#                              build-asan/), leaks included;
#   scripts/sanitize.sh tsan   the suites that run jobs and prefetches on threads under
#                              ThreadSanitizer (preset tsan, build-tsan/): the task pool of the
#                              experiment, annotate's decode-ahead, import, the studio's review
#                              prefetch, thumbnails, image loading and import job.
# Only our code is instrumented: Qt, LibTorch, OpenCV and SQLite are Debian's builds. The
# suppression files in tests/sanitizers/ name what is reported inside those libraries (and why);
# none names our code. Extra arguments go to ctest (e.g. -R test_cli).
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
kind="${1:?usage: scripts/sanitize.sh asan|tsan [ctest arguments]}"
shift
supp="$PWD/tests/sanitizers"
case "$kind" in
    asan)
        cmake --preset asan >/dev/null
        cmake --build build-asan
        export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
        export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
        export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
        ctest --test-dir build-asan -j1 --output-on-failure --timeout 2400 "$@"
        ;;
    tsan)
        cmake --preset tsan >/dev/null
        targets=(test_run test_experiment test_import test_seg_jobs test_ui_review test_ui_main_window)
        cmake --build build-tsan --target "${targets[@]}"
        export TSAN_OPTIONS="suppressions=$supp/tsan.supp:halt_on_error=0:second_deadlock_stack=1:report_signal_unsafe=0"
        # LibTorch's OpenMP pool is invisible to TSan (libgomp is not instrumented): one intra-op
        # thread, so what runs in parallel is only our own threads.
        export OMP_NUM_THREADS=1 OPENCV_FOR_THREADS_NUM=1
        set +e
        ctest --test-dir build-tsan -j1 --output-on-failure --timeout 2400 \
            -R "^($(IFS='|'; echo "${targets[*]}"))\$" "$@" | tee build-tsan/tsan-run.log
        rc=${PIPESTATUS[0]}
        # Debian's Qt, OpenCV and LibTorch are not instrumented: their synchronisation (Qt's futex
        # mutexes and thread pool, TBB, OpenMP) is invisible, so reports with a library on one side
        # are expected. Read the ones with our code on both sides (build-tsan/tsan-ours.txt).
        python3 scripts/tsan-classify.py build-tsan/tsan-run.log --ours build-tsan/tsan-ours.txt
        exit "$rc"
        ;;
    *) echo "sanitize.sh: asan or tsan, not '$kind'" >&2; exit 2 ;;
esac
