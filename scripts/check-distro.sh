#!/usr/bin/env bash
# Runs the README's two commands as a new user would, in a fresh Debian root of one release:
# makes the root with debootstrap (minbase), clones this repository's committed HEAD into it with
# ../shared beside it (read-only), then runs `scripts/setup.sh demo` and `scripts/setup.sh test`
# there and prints each one's exit code, time, test count and the versions the root has.
#
#   sudo scripts/check-distro.sh SUITE [options]      SUITE: bookworm | trixie | ...
#     --mirror URL     Debian mirror (default http://deb.debian.org/debian)
#     --out DIR        where logs and results go (default /var/tmp/mipr-check/SUITE-<time>)
#     --compare        also record the engine's fingerprint (scripts/engine-fingerprint.sh):
#                      a tiny seeded `mipr run` on demo data, for comparing LibTorch versions
#                      with scripts/compare-fingerprints.sh
#     --bench          also run `scripts/setup.sh bench` (the engine beside PyTorch eager)
#     --keep           keep the root afterwards (default: removed)
#
# Needs root (debootstrap, chroot, mounts) and the network to reach the mirror. Nothing outside
# the new root and DIR is changed. The root is removed at the end unless --keep.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

usage() { sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suite="${1:-}"
[[ -n "$suite" && "$suite" != -* ]] || { usage >&2; exit 2; }
shift
mirror=http://deb.debian.org/debian
out=""
compare=0
bench=0
keep=0
while (($#)); do
    case "$1" in
        --mirror) mirror="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --compare) compare=1; shift ;;
        --bench) bench=1; shift ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "check-distro: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
[[ $(id -u) -eq 0 ]] || { echo "check-distro: needs root (debootstrap, chroot, mounts)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "check-distro: needs debootstrap (apt-get install debootstrap)" >&2; exit 1; }
shared="$(cd "$here/.." && pwd)/shared"
[[ -d "$shared" ]] || { echo "check-distro: no ../shared beside the repository ($shared)" >&2; exit 1; }
git -C "$here" rev-parse --verify -q HEAD >/dev/null || { echo "check-distro: $here has no commit to clone" >&2; exit 1; }

stamp=$(date +%Y%m%d-%H%M%S)
out="${out:-/var/tmp/mipr-check/$suite-$stamp}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
root="$(dirname "$out")/root-$suite-$stamp-$$"
work=/work  # inside the root: $work/mipr-studio and $work/shared, as ../shared expects
summary="$out/summary.txt"
: >"$summary"
say() { printf '%s\n' "$*" | tee -a "$summary"; }

mounted=()
cleanup() {
    local m
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        m="${mounted[i]}"
        umount -R "$m" 2>/dev/null || umount -lR "$m" 2>/dev/null || true
    done
    if ((keep)); then
        echo "check-distro: root kept at $root"
    elif [[ -d "$root" ]]; then
        # Only when nothing is mounted below it any more: never remove through a bind mount.
        if ! grep -q " $root/" /proc/mounts; then rm -rf --one-file-system "$root"; fi
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bind() {  # bind SRC DST [ro]
    mkdir -p "$2"
    mount --rbind "$1" "$2"
    mount --make-rslave "$2"
    mounted+=("$2")
    if [[ "${3:-}" == ro ]]; then mount -o remount,bind,ro "$2"; fi
}

elapsed() { local t0=$1; echo $(($(date +%s) - t0)); }

say "check-distro $suite: $(git -C "$here" log -1 --format='%h %s' | cut -c1-72)"
say "  logs in $out"

t0=$(date +%s)
if ! debootstrap --variant=minbase --include=git,ca-certificates "$suite" "$root" "$mirror" \
    >"$out/debootstrap.log" 2>&1; then
    say "  debootstrap $suite failed after $(elapsed "$t0") s (see $out/debootstrap.log)"
    exit 1
fi
say "  fresh root: debootstrap --variant=minbase $suite, $(elapsed "$t0") s"

mkdir -p "$root/proc" "$root/sys" "$root/dev"
mount -t proc proc "$root/proc"
mounted+=("$root/proc")
bind /sys "$root/sys"
bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
git clone -q "$here" "$root$work/mipr-studio"
bind "$shared" "$root$work/shared" ro

# A clean login environment: nothing of ours leaks in (no CI, no DISPLAY: the demo runs headless).
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        bash -c "cd $work/mipr-studio && $1"
}

failed=0
run_step() {  # run_step NAME COMMAND
    local name="$1" cmd="$2" log="$out/$1.log" rc t
    t=$(date +%s)
    set +e
    in_root "$cmd" >"$log" 2>&1
    rc=$?
    set -e
    local secs
    secs=$(elapsed "$t")
    local extra=""
    local tests
    tests=$(grep -E "^[0-9]+% tests passed" "$log" | paste -sd "|" | sed "s/|/; then /g" || true)
    [[ -n "$tests" ]] && extra="; $tests"
    local warnings
    warnings=$(grep -c 'warning:' "$log" || true)
    say "  $cmd: rc $rc, $secs s; $warnings compiler warning line(s)$extra"
    ((rc == 0)) || failed=1
    return 0
}

run_step demo "scripts/setup.sh demo"
run_step test "scripts/setup.sh test"
if ((compare)); then
    run_step fingerprint "scripts/engine-fingerprint.sh build $work/fingerprint"
    rm -rf "$out/fingerprint"
    cp -r "$root$work/fingerprint" "$out/fingerprint" 2>/dev/null || true
fi
if ((bench)); then
    run_step bench "scripts/setup.sh bench"
fi

# What the root had: the versions the README's table reports.
in_root 'for p in gcc g++ cmake qt6-base-dev libtorch-dev libopencv-dev libsqlite3-dev libqcustomplot-dev \
                libcli11-dev libspdlog-dev nlohmann-json3-dev clang-format-19 python3-torch; do
             v=$(dpkg-query -W -f="\${Version}" "$p" 2>/dev/null) && echo "$p $v"; done; \
         . /etc/os-release; echo "system $PRETTY_NAME"' >"$out/versions.txt" 2>/dev/null || true
say "  versions: $(tr '\n' ';' <"$out/versions.txt" | sed 's/;$//; s/;/; /g')"
if ((failed)); then
    say "check-distro $suite: FAILED"
    exit 1
fi
say "check-distro $suite: both README commands passed"
