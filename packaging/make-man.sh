#!/usr/bin/env bash
# Writes the man pages mipr.1 and mipr-studio.1 from the programs' own --help (help2man), so they
# cannot disagree with the programs. mipr's page gets a section per subcommand from its --help.
#   packaging/make-man.sh MIPR MIPR_STUDIO OUTDIR
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
mipr="$1" studio="$2" out="$3"
mkdir -p "$out"
include="$(mktemp)"
trap 'rm -f "$include"' EXIT
{
    echo "[SUBCOMMANDS]"
    # The subcommand names, from the top-level help's "Subcommands:" list.
    "$mipr" --help | awk '/^Subcommands:/{on=1; next} on && /^  [a-z]/{print $1}' | while read -r cmd; do
        echo ".SS \"mipr $cmd\""
        echo ".nf"
        "$mipr" "$cmd" --help | sed -e 's/\\/\\e/g' -e 's/^\./\\\&./'
        echo ".fi"
    done
    cat <<'TXT'
[EXIT STATUS]
0 success; 1 an error (the message names the file and the problem); 2 wrong usage; 130 cancelled
with Ctrl-C (nothing half-written is kept).
[SEE ALSO]
.BR mipr-studio (1)
TXT
} >"$include"
help2man --no-info --section=1 --name="automatic annotation of medical images with pixel rearrangement (command line)" \
    --include="$include" --output="$out/mipr.1" "$mipr"
# The studio parses its options after starting Qt: offscreen, no display needed.
version="$(QT_QPA_PLATFORM=offscreen "$studio" --version | awk '{print $NF}')"
QT_QPA_PLATFORM=offscreen help2man --no-info --section=1 --version-string="mipr-studio $version" \
    --name="automatic annotation of medical images with pixel rearrangement (desktop studio)" \
    --output="$out/mipr-studio.1" "$studio"
gzip -9nf "$out/mipr.1" "$out/mipr-studio.1"
