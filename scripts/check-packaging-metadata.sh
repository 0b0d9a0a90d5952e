#!/usr/bin/env bash
# Validates what the Debian package installs besides the programs: the AppStream metadata (as the
# build configured it), the desktop entry and the MIME type of project files.
#   scripts/check-packaging-metadata.sh BUILD_DIR
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:?usage: check-packaging-metadata.sh BUILD_DIR}"
for tool in appstreamcli desktop-file-validate xmllint; do
    command -v "$tool" >/dev/null || { echo "check-packaging-metadata: $tool not found (scripts/setup.sh installs it)" >&2; exit 2; }
done
appstreamcli validate --no-net --explain "$build/packaging/org.mipr.Studio.metainfo.xml"
desktop-file-validate "$here/packaging/mipr-studio.desktop"
echo "desktop entry: valid"
xmllint --noout "$here/packaging/mipr-studio-mime.xml"
grep -q 'type="application/x-mipr-project"' "$here/packaging/mipr-studio-mime.xml"
grep -q '^MimeType=application/x-mipr-project;$' "$here/packaging/mipr-studio.desktop"
echo "MIME type: well-formed, and the desktop entry opens it"
