#!/usr/bin/env bash
# Compiles the platform-facing code for Windows with MinGW-w64 (g++-mingw-w64-x86-64-posix), so a
# POSIX- or glibc-only call (unistd.h, flock, sigwait, mallopt, ...) cannot slip back in unnoticed.
# Two checks per file: it compiles (syntax only, -fsyntax-only), and none of our own files includes,
# in a branch that Windows compiles, a header MSVC does not have (MinGW-w64 carries some POSIX
# headers, unistd.h and pthread.h among them, that MSVC lacks, so compiling alone would let them
# through). Syntax only: the Windows builds of SQLite, spdlog and CLI11 are not on this
# machine, so their Linux headers stand in (they are the same headers; they choose their Windows
# branches from _WIN32 as MinGW defines it). What this does not prove: that MSVC accepts the code,
# that it links, or that it runs; see README, "Windows".
#
#   scripts/check-windows-compile.sh [FILE.cpp ...]     (default: the list below)
# Exit 0 when every file compiles, 1 when one does not, 2 when the compiler is missing.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

cxx="${MIPR_MINGW_CXX:-x86_64-w64-mingw32-g++-posix}"
if ! command -v "$cxx" >/dev/null; then
    echo "check-windows-compile: $cxx not found (Debian package g++-mingw-w64-x86-64-posix;" \
         "scripts/setup.sh installs it)" >&2
    exit 2
fi

# The code that talks to the operating system: core/common and core/project whole, and the
# platform code of the applications (signal handling, terminal, allocator).
files=("$@")
if ((${#files[@]} == 0)); then
    # app/mipr/main.cpp's signal handling lives in core/common (platform.cpp); main.cpp itself
    # needs the pipeline's headers (LibTorch), which have no Windows stand-in here.
    files=(core/common/src/*.cpp core/project/src/*.cpp app/mipr/terminal_progress.cpp)
fi

# Header-only stand-ins: only these folders of /usr/include, never the rest (glibc's headers
# must not be found in place of MinGW's).
inc="$(mktemp -d)"
trap 'rm -rf "$inc"' EXIT
for h in sqlite3.h spdlog fmt CLI nlohmann; do
    [[ -e /usr/include/$h ]] || { echo "check-windows-compile: /usr/include/$h missing" >&2; exit 2; }
    ln -s "/usr/include/$h" "$inc/$h"
done

flags=(-std=c++20 -fsyntax-only -Wall -Wextra -Werror -D_WIN32_WINNT=0x0A00 -DUNICODE -D_UNICODE
       -DSPDLOG_FMT_EXTERNAL -DSPDLOG_COMPILED_LIB
       -Icore/common/include -Icore/project/include -Icore/project/src -Iapp/mipr -isystem "$inc")
# Headers of POSIX systems that MSVC (2022) does not have.
posix_only='unistd\.h|pthread\.h|dlfcn\.h|dirent\.h|termios\.h|poll\.h|strings\.h|semaphore\.h|syslog\.h|pwd\.h|grp\.h|sys/(file|mman|ioctl|wait|time|resource|socket|select|uio|un|utsname|statvfs)\.h'
# Prints "file:line: header" for each such #include in our own files that survives the
# preprocessor for Windows (linemarkers say which file a line comes from).
posix_includes() {
    "$cxx" "${flags[@]/-fsyntax-only/-E}" -dI "$1" 2>/dev/null | awk -v here="$here" -v re="$posix_only" '
        /^# [0-9]+ "/ { file = $3; gsub(/"/, "", file); line = $2 - 1; next }
        { line++ }
        /^#include[ \t]*[<"]/ {
            ours = (substr(file, 1, 1) != "/" && file !~ /^</) || index(file, here "/") == 1
            if (ours && file !~ "^" ENVIRON["MIPR_STANDIN"] && match($0, "[<\"](" re ")[>\"]"))
                printf "%s:%d: #include %s (not in MSVC)\n", file, line, substr($0, RSTART, RLENGTH)
        }'
}
export MIPR_STANDIN="$inc"
failed=0
for f in "${files[@]}"; do
    if ! out=$("$cxx" "${flags[@]}" "$f" 2>&1); then
        echo "FAIL  $f"
        printf '%s\n' "$out" | grep -E 'error|fatal' | head -20 | sed 's/^/      /'
        failed=1
    elif bad=$(posix_includes "$f") && [[ -n "$bad" ]]; then
        echo "FAIL  $f"
        printf '%s\n' "$bad" | sed 's/^/      /'
        failed=1
    else
        echo "ok    $f"
    fi
done
if ((failed)); then
    echo "check-windows-compile: some files would not build on Windows (MinGW-w64 $("$cxx" -dumpversion) syntax check and MSVC headers)" >&2
    exit 1
fi
echo "check-windows-compile: ${#files[@]} files compile for Windows (MinGW-w64 $("$cxx" -dumpversion), syntax only)"
