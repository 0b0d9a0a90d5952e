#!/usr/bin/env bash
# MIPR Studio set-up: installs the Debian/Ubuntu packages the project needs (only those missing),
# configures and builds, then runs what was asked.
#
#   scripts/setup.sh demo      set up, build, make a demo project, open MIPR Studio on it
#                              (headless — no display or --headless — run the pipeline on it)
#   scripts/setup.sh test      set up, build, run the whole test suite (what CI runs)
#   scripts/setup.sh build     set up and build only
#   scripts/setup.sh deps      install the packages only
#   scripts/setup.sh bench     set up, build, run the engine benchmark beside PyTorch eager
#
# Environment: MIPR_BUILD_DIR (default build), MIPR_DEMO_DIR (default build/demo-project),
# MIPR_WERROR (ON|OFF; default ON under CI=true, else OFF: a user's build never fails on a warning
# of a compiler or LibTorch we have not tried; CMake applies it only to the pinned toolchains).
# Tested on Debian 12 "bookworm" and Debian 13 "trixie" (scripts/check-distro.sh SUITE).
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build_dir="${MIPR_BUILD_DIR:-build}"
action="${1:-build}"
shift || true
headless=0
for arg in "$@"; do
    case "$arg" in
        --headless) headless=1 ;;
        *) echo "setup.sh: unknown option '$arg'" >&2; exit 2 ;;
    esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Debian package names (Debian 12 "bookworm" and 13 "trixie"; Ubuntu 23.04+ has the same names).
packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libtorch-dev libopenblas0-openmp
    libopencv-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    libsqlite3-dev sqlite3 libcli11-dev libspdlog-dev nlohmann-json3-dev
    # the Windows compile check; the Debian package (man pages, AppStream check, shlibdeps, which
    # needs file); Qt's own translations
    g++-mingw-w64-x86-64-posix help2man appstream desktop-file-utils libxml2-utils dpkg-dev file
    qt6-translations-l10n
    xvfb xauth
)
# Installed where the system has them, skipped with a note where it does not: the pinned
# clang-format of scripts/check-format.sh (Debian 12 and 13 both have it).
optional_packages=(clang-format-19)

install_packages() {
    if [[ ! -r /etc/os-release ]]; then
        echo "setup.sh: cannot tell which system this is (no /etc/os-release)." >&2
        echo "Install by hand: ${packages[*]}" >&2
        exit 1
    fi
    # shellcheck disable=SC1091
    . /etc/os-release
    case " ${ID:-} ${ID_LIKE:-} " in
        *" debian "*|*" ubuntu "*) ;;
        *)
            echo "setup.sh: this script knows Debian and Ubuntu; this is '${PRETTY_NAME:-unknown}'." >&2
            echo "Install the equivalents of: ${packages[*]}" >&2
            echo "then build with: cmake --preset default && cmake --build --preset default" >&2
            exit 1 ;;
    esac
    local missing=() p
    for p in "${packages[@]}"; do
        installed "$p" || missing+=("$p")
    done
    if ((${#missing[@]} == 0)); then
        say "All ${#packages[@]} packages are installed"
    else
        say "Installing ${#missing[@]} package(s): ${missing[*]}"
        as_root apt-get update -q
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
    # Optional packages: only when the package lists (fresh from the update above, or as they
    # are) know them, so a system without them is not asked for root on every run.
    for p in "${optional_packages[@]}"; do
        installed "$p" && continue
        if apt-cache show --no-all-versions "$p" >/dev/null 2>&1; then
            say "Installing $p"
            DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "$p" ||
                echo "setup.sh: could not install $p; going on without it" >&2
        else
            echo "setup.sh: $p is not available on this system; going on without it"
        fi
    done
}

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "setup.sh: need root (or sudo) for: $*" >&2
        exit 1
    fi
}

# Debian's default libblas.so.3 is the slow reference BLAS; LibTorch's CPU convolutions go
# through it. Point the alternative at OpenBLAS (installed above) when the reference one is active.
use_openblas() {
    local current
    current=$(update-alternatives --query libblas.so.3-x86_64-linux-gnu 2>/dev/null | awk '/^Value:/{print $2}') || true
    if [[ -n "$current" && "$current" != *openblas* ]]; then
        local ob
        ob=$(update-alternatives --list libblas.so.3-x86_64-linux-gnu 2>/dev/null | grep openblas | head -1) || true
        if [[ -n "$ob" && $(id -u) -eq 0 ]]; then
            say "Selecting OpenBLAS for libblas.so.3"
            update-alternatives --set libblas.so.3-x86_64-linux-gnu "$ob"
        fi
    fi
}

# Warnings as errors only where we chose them: CI, on the toolchains CMake pins.
if [[ -z "${MIPR_WERROR:-}" ]]; then
    if [[ "${CI:-}" == true ]]; then MIPR_WERROR=ON; else MIPR_WERROR=OFF; fi
fi

configure_and_build() {
    export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1
    say "Configuring ($build_dir)"
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMIPR_WERROR="$MIPR_WERROR"
    say "Building with $(nproc) jobs"
    cmake --build "$build_dir" -j "$(nproc)"
}

run_tests() {
    say "Checking formatting"
    scripts/check-format.sh
    say "Running the test suite"
    ctest --test-dir "$build_dir" --output-on-failure -j 1
    say "Building core/engine alone, with nothing but LibTorch"
    cmake -S core/engine -B "$build_dir/engine-standalone" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMIPR_WERROR="$MIPR_WERROR" >/dev/null
    cmake --build "$build_dir/engine-standalone" -j "$(nproc)"
    ctest --test-dir "$build_dir/engine-standalone" --output-on-failure
}

run_demo() {
    local demo="${MIPR_DEMO_DIR:-$build_dir/demo-project}"
    local mipr="$build_dir/app/mipr"
    local settings="$here/resources/demo/demo-settings.json"
    if [[ ! -f "$demo/project.mipr" ]]; then
        say "Making a demo project in $demo"
        "$mipr" demo-data "$demo-source" --count 60 --seed 1
        "$mipr" import "$demo" "$demo-source" --split "$demo-source/split.csv" --create
    fi
    # One MIPR iteration at tiny scale (64², narrow nets; a few minutes on 2 cores): S, G, and a pair
    # per unlabelled image left for review. Resumable: a completed iteration is not run again.
    say "One MIPR iteration on the demo project ($settings)"
    "$mipr" run "$demo" --config "$settings"
    # The Table-1 experiment on the project's own loop, one seed: the results page.
    if ! compgen -G "$demo/reports/experiment-*/rows.csv" >/dev/null; then
        say "The Table-1 experiment on the demo project (one seed)"
        "$mipr" experiment "$demo" --config "$settings" -q
    fi
    "$mipr" info "$demo"
    if ((headless)) || [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        say "No display (or --headless): the pipeline ran on $demo; open it later with $build_dir/app/mipr-studio $demo"
        return
    fi
    say "Opening MIPR Studio"
    exec "$build_dir/app/mipr-studio" "$demo"
}

case "$action" in
    deps) install_packages; use_openblas ;;
    build) install_packages; use_openblas; configure_and_build ;;
    test) install_packages; use_openblas; configure_and_build; run_tests ;;
    demo) install_packages; use_openblas; configure_and_build; run_demo ;;
    bench)
        packages+=(python3-torch)  # PyTorch eager, the benchmark's yardstick
        install_packages; use_openblas; configure_and_build
        cmake --build "$build_dir" --target engine_bench
        BENCH_BIN="$build_dir/bench/engine_bench" PYTHON=/usr/bin/python3 bench/run_bench.sh ;;
    *) echo "usage: scripts/setup.sh demo|test|build|deps|bench [--headless]" >&2; exit 2 ;;
esac
