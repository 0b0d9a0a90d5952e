#!/usr/bin/env python3
"""Groups ThreadSanitizer reports by the module at the top of each of the two accesses.

   scripts/tsan-classify.py LOG [--ours OUT]

With Debian's Qt, OpenCV (TBB) and LibTorch (OpenMP) not built with -fsanitize=thread, their own
synchronisation is invisible to TSan, so most reports have a library on one side. Reports with our
code on both sides are written to OUT (default tsan-ours.txt) for reading one by one.
SPDX-License-Identifier: GPL-3.0-or-later
"""
import collections
import re
import sys

log = sys.argv[1]
out = sys.argv[sys.argv.index("--ours") + 1] if "--ours" in sys.argv else "tsan-ours.txt"
ours = ("test_", "mipr")
text = open(log, errors="replace").read()
groups = collections.Counter()
mine = []
for block in text.split("WARNING: ThreadSanitizer: ")[1:]:
    body = block.split("SUMMARY")[0]
    kind = block.split("\n")[0].split(" (")[0]
    parts = re.split(r"\n  (?=(?:Previous )?(?:[Ww]rite|[Rr]ead|Atomic|Mutex|Location|Thread))", body)
    modules = []
    for access in [p for p in parts if re.match(r"(Previous )?(write|read|Write|Read|Atomic)", p)][:2]:
        frames = [f for f in re.findall(r"#\d+ .+? \S+ \((\S+?)\+", access) if "libtsan" not in f]
        modules.append(frames[0].split("/")[-1] if frames else "?")
    groups[(kind, *modules)] += 1
    if modules and all(m.startswith(ours) for m in modules):
        mine.append(body)
for key, n in groups.most_common():
    print(f"{n:5d}  {key[0]}: {' / '.join(key[1:])}")
print(f"{sum(groups.values())} reports; {len(mine)} with our code on both sides (in {out})")
open(out, "w").write("\n=====\n".join(mine))
