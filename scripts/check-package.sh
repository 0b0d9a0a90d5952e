#!/usr/bin/env bash
# Installs the Debian package into a fresh Debian root, uses it as a user would, and removes it:
#   1. debootstrap --variant=minbase SUITE (nothing of ours, no build tools);
#   2. apt-get install ./mipr-studio_*.deb (its dependencies from the mirror), timed;
#   3. mipr demo-data, mipr import, mipr train-seg --epochs 1, and the studio offscreen on the
#      result (German, a screenshot), the man pages, the desktop entry and the project file type;
#   4. apt-get purge mipr-studio + autoremove, then checks that none of its files is left.
# Prints the package's size, the install time and every command's output; the exit code is 0
# only when every step passed.
#
#   sudo scripts/check-package.sh SUITE DEB [--mirror URL] [--out DIR] [--keep]
#     SUITE   bookworm | trixie (the package must have been built on that release)
#     DEB     the package, e.g. build/mipr-studio_0.1.0_amd64.deb
#
# Needs root (debootstrap, chroot, mounts) and the mirror. Nothing outside the new root and DIR
# is changed; the root is removed at the end unless --keep.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

usage() { sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
suite="${1:-}"
deb="${2:-}"
[[ -n "$suite" && -n "$deb" && "$suite" != -* ]] || { usage >&2; exit 2; }
shift 2
mirror=http://deb.debian.org/debian
out=""
keep=0
while (($#)); do
    case "$1" in
        --mirror) mirror="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "check-package: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done
[[ $(id -u) -eq 0 ]] || { echo "check-package: needs root (debootstrap, chroot, mounts)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "check-package: needs debootstrap" >&2; exit 1; }
[[ -f "$deb" ]] || { echo "check-package: no package at $deb" >&2; exit 1; }
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"

stamp=$(date +%Y%m%d-%H%M%S)
out="${out:-/var/tmp/mipr-check/package-$suite-$stamp}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
root="$(dirname "$out")/pkgroot-$suite-$stamp-$$"
summary="$out/summary.txt"
: >"$summary"
say() { printf '%s\n' "$*" | tee -a "$summary"; }

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -lR "${mounted[i]}" 2>/dev/null || true
    done
    if ((keep)); then
        echo "check-package: root kept at $root"
    elif [[ -d "$root" ]] && ! grep -q " $root/" /proc/mounts; then
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
elapsed() { echo $(($(date +%s) - $1)); }

say "check-package $suite: $(basename "$deb"), $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
say "  $(dpkg-deb -f "$deb" Package Version Architecture Installed-Size | paste -sd ' ' | sed 's/Installed-Size:/Installed-Size (KiB):/')"
say "  Depends: $(dpkg-deb -f "$deb" Depends)"
say "  Recommends: $(dpkg-deb -f "$deb" Recommends)"

t0=$(date +%s)
if ! debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$out/debootstrap.log" 2>&1; then
    say "  debootstrap $suite failed after $(elapsed "$t0") s (see $out/debootstrap.log)"
    exit 1
fi
say "  fresh root: debootstrap --variant=minbase $suite, $(elapsed "$t0") s"
mkdir -p "$root/proc" "$root/dev"
mount -t proc proc "$root/proc"
mounted+=("$root/proc")
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mounted+=("$root/dev")
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
pkg="/tmp/$(basename "$deb")"

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 TERM=dumb \
        DEBIAN_FRONTEND=noninteractive PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        bash -c "cd /root && $1"
}
installed_packages() { in_root "dpkg-query -W -f='\${Package}\n'" | sort; }
added_packages() { installed_packages | comm -13 "$out/packages-before.txt" -; }  # since the install
failed=0
step() {  # step NAME COMMAND: runs it in the root, logs, prints its output's tail and its time
    local name="$1" cmd="$2" log="$out/$1.log" rc t
    t=$(date +%s)
    set +e
    in_root "$cmd" >"$log" 2>&1
    rc=$?
    set -e
    say "  \$ $cmd"
    say "    -> rc $rc, $(elapsed "$t") s"
    tail -n "${3:-6}" "$log" | sed 's/^/    | /' | tee -a "$summary"
    ((rc == 0)) || failed=1
    return 0
}

step update "apt-get update -q" 2
installed_packages >"$out/packages-before.txt"
step install "apt-get install -y -q --no-install-recommends $pkg" 3
say "  apt: $(grep -hE 'Need to get|After this operation' "$out/install.log" | paste -sd ' ')"
say "  packages the install added: $(added_packages | wc -l)"
in_root "dpkg -L mipr-studio" >"$out/files.txt" 2>/dev/null || true
step files "dpkg -L mipr-studio | grep -E 'bin/|applications/|mime/|metainfo/|man1/|hicolor/(scalable|256x256)/'" 20
step version "mipr --version && QT_QPA_PLATFORM=offscreen mipr-studio --version 2>&1 | tail -1 && man -w mipr mipr-studio 2>/dev/null || ls /usr/share/man/man1/mipr*" 4
step demo-data "mipr demo-data /root/demo-src --count 16 --seed 1" 3
step import "mipr import /root/demo /root/demo-src --split /root/demo-src/split.csv --create" 4
step train-seg "mipr train-seg /root/demo --epochs 1" 4
step info "mipr info /root/demo" 12
step studio "QT_QPA_PLATFORM=offscreen mipr-studio --language de --screenshot /root/studio-de.png /root/demo/project.mipr && ls -la /root/studio-de.png" 3
cp "$root/root/studio-de.png" "$out/studio-de.png" 2>/dev/null || true
step desktop "grep -E '^(Exec|MimeType|Icon)=' /usr/share/applications/mipr-studio.desktop && grep -l mipr /usr/share/mime/packages/*.xml" 4
step remove "apt-get purge -y -q mipr-studio && apt-get autoremove --purge -y -q" 3
# Every file the package installed is gone (folders shared with other packages may stay).
left=0
while read -r f; do
    [[ -f "$root$f" || -L "$root$f" ]] && { say "    left behind: $f"; left=$((left + 1)); }
done <"$out/files.txt"
kept=$(added_packages | paste -sd ' ')
say "  after purge + autoremove: $left file(s) of the package left; packages more than before the install: ${kept:-none}"
if [[ -n "$kept" ]]; then
    # apt keeps what an installed package recommends or suggests (APT::AutoRemove::*Important):
    # e.g. apt itself suggests gnupg, which OpenCV's dependencies pulled in. Without that policy
    # everything the install added must go.
    step autoremove-all "apt-get autoremove --purge -y -q -o APT::AutoRemove::RecommendsImportant=false -o APT::AutoRemove::SuggestsImportant=false" 1
    kept=$(added_packages | paste -sd ' ')
    say "  after autoremove without that policy: packages more than before the install: ${kept:-none}"
    # apt never removes an "important" or "required" package on its own (adduser in trixie): every
    # standard Debian system has those, only a minbase root lacks them.
    essential=""
    rest=""
    for p in $kept; do
        case "$(in_root "dpkg-query -W -f='\${Priority}' $p")" in
            important|required) essential+="$p " ;;
            *) rest+="$p " ;;
        esac
    done
    [[ -n "$essential" ]] && say "  of those, priority important or required (kept by apt, standard on Debian): $essential"
    kept="${rest% }"
fi
((left == 0)) && [[ -z "$kept" ]] || failed=1
if ((failed)); then
    say "check-package $suite: FAILED (logs in $out)"
    exit 1
fi
say "check-package $suite: installed, used and removed cleanly (logs in $out)"
