#!/usr/bin/env bash
# The hostile corpus (issue 15): bad input of many kinds, each made here from a small demo set
# (nothing large is kept in git), each given to `mipr` with the message it must produce. A case
# passes when mipr ends normally (exit 0, 1 or 2: never a crash, a signal or a hang) with the
# expected exit code and its output (stdout and stderr) holds the expected text, and no output
# is longer than 2,000 characters a line or carries a stack trace.
#
#   tests/data/hostile/hostile_corpus.sh MIPR [--list]
#
# Needs: bash, coreutils, sqlite3 (to tamper with project databases), timeout.
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail
mipr="${1:?usage: hostile_corpus.sh MIPR}"
list_only=0
[[ "${2:-}" == --list ]] && list_only=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A clean source (4 demo images with masks and a split) and an imported project with a model.
"$mipr" demo-data "$work/demo" --count 4 --width 32 --height 32 --seed 3 >/dev/null || exit 1
"$mipr" import "$work/project" "$work/demo" --create -q >/dev/null || exit 1

total=0
passed=0
failed_cases=()

# case NAME EXPECTED_CODES EXPECTED_TEXT -- COMMAND...   (EXPECTED_CODES like "1" or "0|1")
case_() {
    local name="$1" codes="$2" text="$3"
    shift 4
    ((total++))
    if ((list_only)); then
        printf '%-40s exit %-4s "%s"\n' "$name" "$codes" "$text"
        return
    fi
    local out rc
    out=$(timeout 120 bash -c '"$@"' bash "$@" 2>&1)
    rc=$?
    local why=""
    if ((rc == 124)); then
        why="timed out"
    elif ! [[ "|$codes|" == *"|$rc|"* ]]; then
        why="exit $rc, expected $codes"
    elif [[ "$out" != *"$text"* ]]; then
        why="the output lacks \"$text\""
    elif [[ "$out" == *"Exception raised from"* ]] || ! awk 'length > 2000 {exit 1}' <<<"$out"; then
        why="a stack trace or an overlong line"
    fi
    if [[ -z "$why" ]]; then
        ((passed++))
    else
        failed_cases+=("$name: $why; output: $(head -c 300 <<<"$out")")
    fi
}

# A source folder with the demo images and one bad file added under images/ (or masks/).
src_with() {  # src_with NAME -> prints the folder; the caller then adds its bad file
    local d="$work/src-$1"
    rm -rf "$d"
    cp -r "$work/demo" "$d"
    rm -f "$d/split.csv"
    echo "$d"
}
fresh_project() {  # fresh_project NAME -> a copy of the imported project
    local d="$work/proj-$1"
    rm -rf "$d"
    cp -a "$work/project" "$d"
    echo "$d"
}
be32() { printf "\\x$(printf %02x $(($1 >> 24 & 255)))\\x$(printf %02x $(($1 >> 16 & 255)))\\x$(printf %02x $(($1 >> 8 & 255)))\\x$(printf %02x $(($1 & 255)))"; }
le16() { printf "\\x$(printf %02x $(($1 & 255)))\\x$(printf %02x $(($1 >> 8 & 255)))"; }
le32() { le16 $(($1 & 65535)); le16 $(($1 >> 16 & 65535)); }
import_() { "$mipr" import "$work/imp-$1" "$2" --create --layout folders -q; }
export mipr work
export -f import_

# ---- Images -------------------------------------------------------------------------------------
s=$(src_with text); echo "not an image" >"$s/images/bad.png"
case_ "image: text named .png" "0|1" "bad.png: not a supported image format or corrupt" -- import_ text "$s"
s=$(src_with empty); : >"$s/images/bad.png"
case_ "image: empty file" "0|1" "bad.png: empty file" -- import_ empty "$s"
s=$(src_with truncpng); head -c 60 "$work/demo/images/demo_000.png" >"$s/images/bad.png"
case_ "image: truncated PNG" "0|1" "bad.png: not a supported image format or corrupt" -- import_ truncpng "$s"
s=$(src_with truncjpg); printf '\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00' >"$s/images/bad.jpg"
case_ "image: truncated JPEG" "0|1" "bad.jpg:" -- import_ truncjpg "$s"
s=$(src_with pngbomb)
{ printf '\x89PNG\r\n\x1a\n'; be32 13; printf 'IHDR'; be32 30000; be32 30000; printf '\x08\x02\x00\x00\x00'; be32 0; } >"$s/images/bomb.png"
case_ "image: PNG bomb 30000x30000" "0|1" "30000 x 30000 pixels" -- import_ pngbomb "$s"
s=$(src_with jpgbomb)
printf '\xff\xd8\xff\xc0\x00\x11\x08\xfd\xe8\xfd\xe8\x03\x01\x11\x00\x02\x11\x00\x03\x11\x00\xff\xd9' >"$s/images/bomb.jpg"
case_ "image: JPEG header 65000x65000" "0|1" "65000 x 65000 pixels" -- import_ jpgbomb "$s"
s=$(src_with bmpbomb)
{ printf 'BM'; le32 70; le32 0; le32 54; le32 40; le32 50000; le32 50000; le16 1; le16 24; le32 0; le32 16; le32 2835; le32 2835; le32 0; le32 0; head -c 16 /dev/zero; } >"$s/images/bomb.bmp"
case_ "image: BMP header 50000x50000" "0|1" "50000 x 50000 pixels" -- import_ bmpbomb "$s"
s=$(src_with tifbomb)
{ printf 'II'; le16 42; le32 8; le16 2; le16 256; le16 4; le32 1; le32 40000; le16 257; le16 4; le32 1; le32 40000; le32 0; head -c 64 /dev/zero; } >"$s/images/bomb.tif"
case_ "image: TIFF header 40000x40000" "0|1" "40000 x 40000 pixels" -- import_ tifbomb "$s"
s=$(src_with folder); mkdir "$s/images/folder.png"
case_ "image: a folder named .png" "0|1" "folder.png: is a folder" -- import_ folder "$s"
s=$(src_with fifo); mkfifo "$s/images/pipe.png"
case_ "image: a FIFO named .png" "0|1" "pipe.png: is not a regular file" -- import_ fifo "$s"
s=$(src_with dangling); ln -s "$s/images/nowhere.png" "$s/images/dangling.png"
case_ "image: a dangling symbolic link" "0|1" "dangling.png: is a symbolic link that leads nowhere" -- import_ dangling "$s"
s=$(src_with loop); ln -s "$s/images/loop.png" "$s/images/loop.png"
case_ "image: a symbolic link loop" "0|1" "loop.png: is a symbolic link that leads nowhere" -- import_ loop "$s"
s=$(src_with dupid); cp "$s/images/demo_000.png" "$s/images/demo_000.PNG"
case_ "image: two files with one id" "0|1" "duplicate image id demo_000" -- import_ dupid "$s"

# ---- Masks --------------------------------------------------------------------------------------
s=$(src_with masksize); "$mipr" demo-data "$work/other" --count 1 --width 40 --height 24 >/dev/null
cp "$work/other/masks/demo_000_segmentation.png" "$s/masks/demo_000_segmentation.png"
case_ "mask: wrong size" "0|1" "demo_000_segmentation.png" -- import_ masksize "$s"
s=$(src_with maskcorrupt); echo "garbage" >"$s/masks/demo_000_segmentation.png"
case_ "mask: corrupt" "0|1" "demo_000_segmentation.png: not a supported image format or corrupt" -- import_ maskcorrupt "$s"
s=$(src_with maskempty); : >"$s/masks/demo_000_segmentation.png"
case_ "mask: empty file" "0|1" "demo_000_segmentation.png: empty file" -- import_ maskempty "$s"
s=$(src_with maskgrey); cp "$s/images/demo_000.png" "$s/masks/demo_000_segmentation.png"
case_ "mask: not binary (a photo)" "0|1" "demo_000_segmentation.png" -- import_ maskgrey "$s"
s=$(src_with maskfolder); rm "$s/masks/demo_000_segmentation.png"; mkdir "$s/masks/demo_000_segmentation.png"
case_ "mask: a folder named like a mask" "0|1" "is a folder" -- import_ maskfolder "$s"

# ---- Split CSVs ---------------------------------------------------------------------------------
sp() { "$mipr" import "$work/imp-split-$1" "$work/demo" --create --split "$2" -q; }
export -f sp
case_ "split: /dev/zero" "1" "/dev/zero: is not a regular file" -- sp zero /dev/zero
mkfifo "$work/split-fifo.csv"
case_ "split: a FIFO" "1" "split-fifo.csv: is not a regular file" -- sp fifo "$work/split-fifo.csv"
case_ "split: missing" "1|2" "no-such.csv" -- sp missing "$work/no-such.csv"
printf 'name;kind\na;b\n' >"$work/split-header.csv"
case_ "split: bad header" "1" "expected the header 'id,split'" -- sp header "$work/split-header.csv"
printf 'id,split\ndemo_000,validation\n' >"$work/split-unknown.csv"
case_ "split: unknown split" "1" "unknown split 'validation'" -- sp unknown "$work/split-unknown.csv"
printf 'id,split\ndemo_000,test\ndemo_000,labeled\n' >"$work/split-twice.csv"
case_ "split: one id, two splits" "1" "is already listed as test" -- sp twice "$work/split-twice.csv"
{ printf 'id,split\n'; head -c 1048576 /dev/zero | tr '\0' x; printf '\n'; } >"$work/split-long.csv"
case_ "split: a 1 MB line" "1" "line 2" -- sp long "$work/split-long.csv"
printf 'id,split\ndemo_000,labeled\n' >"$work/split-partial.csv"
case_ "split: names 1 of 4 images" "0|1" "is not listed in" -- sp partial "$work/split-partial.csv"
{ printf 'id,split\n'; } >"$work/split-huge.csv"; truncate -s 65M "$work/split-huge.csv"
case_ "split: 65 MiB" "1" "the limit for a split CSV" -- sp huge "$work/split-huge.csv"
printf 'id,split\nghost,labeled\ndemo_000,labeled\ndemo_001,test\ndemo_002,unlabeled\ndemo_003,unlabeled\n' >"$work/split-ghost.csv"
case_ "split: an id with no image" "0" "matches no image" -- sp ghost "$work/split-ghost.csv"

# ---- Project databases --------------------------------------------------------------------------
p=$(fresh_project zero); : >"$p/project.mipr"; rm -f "$p"/project.mipr-*
case_ "database: 0 bytes" "1" "is empty" -- "$mipr" info "$p"
p=$(fresh_project random); head -c 8192 /dev/urandom >"$p/project.mipr"; rm -f "$p"/project.mipr-*
case_ "database: random bytes" "1" "is not a MIPR Studio project database" -- "$mipr" info "$p"
p=$(fresh_project other); rm -f "$p"/project.mipr*; sqlite3 "$p/project.mipr" 'CREATE TABLE notes (t TEXT);'
case_ "database: another program's SQLite" "1" "not a MIPR Studio project" -- "$mipr" info "$p"
p=$(fresh_project missing); rm -f "$p"/project.mipr*
case_ "database: missing" "1" "no MIPR Studio project here" -- "$mipr" info "$p"
p=$(fresh_project newer); sqlite3 "$p/project.mipr" "INSERT INTO schema_version (version, applied_at) VALUES (99, 'x');"
case_ "database: newer schema" "1" "was created by a newer MIPR Studio" -- "$mipr" info "$p"
p=$(fresh_project maskabs); sqlite3 "$p/project.mipr" "UPDATE masks SET path = '/etc/passwd';"
case_ "database: absolute mask path" "1" "an absolute path" -- "$mipr" check "$p"
p=$(fresh_project maskup); sqlite3 "$p/project.mipr" "UPDATE masks SET path = 'masks/../../outside.png';"
case_ "database: ../ mask path" "1" "leads out of the project folder" -- "$mipr" check "$p"
p=$(fresh_project maskdb); sqlite3 "$p/project.mipr" "UPDATE masks SET path = 'project.mipr';"
case_ "database: mask path onto the database" "1" "not in the project's masks/" -- "$mipr" check "$p"
p=$(fresh_project masklink); m=$(ls "$p/masks" | head -1); rm "$p/masks/$m"; ln -s /etc/hostname "$p/masks/$m"
case_ "database: mask file links outside" "1" "symbolic link takes out of the project" -- "$mipr" check "$p"
p=$(fresh_project imgname); sqlite3 "$p/project.mipr" "UPDATE images SET name = '../../x' WHERE name = 'demo_002';"
case_ "database: image name with ../" "1" "not a plain file name" -- "$mipr" check "$p"
p=$(fresh_project imgpath); sqlite3 "$p/project.mipr" "UPDATE images SET path = '/etc/passwd' WHERE name = 'demo_002';"
case_ "database: image path not an image" "1" "not an image file" -- "$mipr" check "$p"
p=$(fresh_project imgpath2); sqlite3 "$p/project.mipr" "UPDATE images SET path = '/etc/passwd' WHERE name = 'demo_000';"
case_ "database: train-seg on a tampered image" "1" "not an image file" -- "$mipr" train-seg "$p" --epochs 1 --size 32 -q
p=$(fresh_project locked); ( exec 9>"$p/.mipr-lock"; flock 9; echo "a test (process 1)" >&9; sleep 30 ) &
locker=$!; sleep 0.5
case_ "database: a second writer" "1" "another program is changing this project" -- "$mipr" train-seg "$p" --epochs 1 --size 32 -q
kill "$locker" 2>/dev/null; wait "$locker" 2>/dev/null
p=$(fresh_project locklink); rm -f "$p/.mipr-lock"; ln -s /etc/hostname "$p/.mipr-lock"
case_ "database: lock file is a symbolic link" "1" "lock file" -- "$mipr" train-seg "$p" --epochs 1 --size 32 -q

# ---- Options ------------------------------------------------------------------------------------
P="$work/project"
case_ "option: --threshold nan" "2" "--threshold" -- "$mipr" predict "$P" --threshold nan
case_ "option: --threshold 2" "2" "--threshold" -- "$mipr" predict "$P" --threshold 2
case_ "option: --min-area -1" "2" "--min-area" -- "$mipr" predict "$P" --min-area -1
case_ "option: --threads -1" "2" "--threads" -- "$mipr" predict "$P" --threads -1
case_ "option: --threads 100000" "2" "--threads" -- "$mipr" train-seg "$P" --threads 100000
case_ "option: --lr nan" "2" "--lr" -- "$mipr" train-seg "$P" --lr nan
case_ "option: --size 20000" "2" "--size" -- "$mipr" train-seg "$P" --size 20000
case_ "option: --keep-fraction 2" "2" "--keep-fraction" -- "$mipr" run "$P" --keep-fraction 2
case_ "option: --min-consistency nan" "2" "--min-consistency" -- "$mipr" run "$P" --min-consistency nan
case_ "option: --device tpu" "1" "tpu" -- "$mipr" train-seg "$P" --device tpu --epochs 1
echo '{"epochs": "ten"}' >"$work/type.json"
case_ "option: --config type error" "1" "type.json: seg.epochs: expected a whole number" -- "$mipr" train-seg "$P" --config "$work/type.json"
echo '{"learning_rate": -1}' >"$work/range.json"
case_ "option: --config out of range" "1" "range.json: seg.learning_rate: -1 is out of range" -- "$mipr" train-seg "$P" --config "$work/range.json"
case_ "option: --set out of range" "1" "--set seg.epochs=0: seg.epochs: 0 is out of range" -- "$mipr" run "$P" --set seg.epochs=0
case_ "option: --set unknown key" "1" "unknown setting 'seg.epoch'" -- "$mipr" run "$P" --set seg.epoch=3
case_ "option: --set without =" "1" "expected KEY=VALUE" -- "$mipr" experiment "$P" --set seg.epochs
echo '{"seg": {"input_size": 120}}' >"$work/joint.json"
case_ "option: --config joint check" "1" "joint.json: seg.input_size: 120 is not a multiple of 2^4" -- "$mipr" run "$P" --config "$work/joint.json"
echo '{not json' >"$work/broken.json"
case_ "option: --config not JSON" "1" "broken.json: not valid JSON" -- "$mipr" train-seg "$P" --config "$work/broken.json"
case_ "option: --config missing" "1" "none.json" -- "$mipr" train-seg "$P" --config "$work/none.json"

# ---- Export -------------------------------------------------------------------------------------
case_ "export: into a data-set folder" "1" "did not write" -- "$mipr" export "$P" "$work/demo"
case_ "export: into the project" "1" "project folder" -- "$mipr" export "$P" "$P/masks"
echo x >"$work/a-file"
case_ "export: onto a file" "1" "is not a folder" -- "$mipr" export "$P" "$work/a-file"

if ((list_only)); then
    echo "$total kinds"
    exit 0
fi
for f in "${failed_cases[@]}"; do
    echo "FAIL $f"
done
echo "hostile corpus: $total kinds, $passed with the expected message, $((total - passed)) without"
echo "$passed passed, $((total - passed)) failed"
((passed == total))
