#!/bin/bash
# Regenerates the golden test files under tests/data/golden (see README.md there). Needs
# ImageMagick 6 (`convert`); run once and commit the output: the tests never call ImageMagick.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")"
rm -rf formats exif broken masks split layouts
mkdir -p formats exif broken masks split
IM="convert -define png:exclude-chunks=date,time +set date:create +set date:modify"

# The "quad": 32x24, red top-left, lime top-right, blue bottom-left, grey 128 bottom-right. Any
# rotation or mirroring, or BGR/RGB confusion, changes which corner holds which colour.
QUAD=(\( -size 16x12 xc:red -size 16x12 xc:lime +append \) \( -size 16x12 xc:blue -size 16x12 'xc:rgb(128,128,128)' +append \) -append +repage)
GREY=(\( -size 16x12 'xc:rgb(32,32,32)' -size 16x12 'xc:rgb(96,96,96)' +append \) \( -size 16x12 'xc:rgb(160,160,160)' -size 16x12 'xc:rgb(224,224,224)' +append \) -append +repage -colorspace Gray)

$IM "${QUAD[@]}" -depth 8 PNG24:formats/quad_rgb8.png
$IM "${QUAD[@]}" -depth 16 PNG48:formats/quad_rgb16.png
$IM "${QUAD[@]}" -alpha set -channel A -evaluate set 50% +channel PNG32:formats/quad_rgba8.png
$IM "${QUAD[@]}" PNG8:formats/quad_palette.png
$IM "${GREY[@]}" -depth 8 -define png:color-type=0 -define png:bit-depth=8 formats/quad_grey8.png
$IM "${GREY[@]}" -depth 16 -define png:color-type=0 -define png:bit-depth=16 formats/quad_grey16.png
$IM "${QUAD[@]}" -type TrueColor BMP3:formats/quad_rgb8.bmp
$IM "${QUAD[@]}" -type TrueColor -depth 8 -compress none formats/quad_rgb8.tif
$IM "${QUAD[@]}" -type TrueColor -depth 16 -compress none formats/quad_rgb16.tif
$IM "${GREY[@]}" -type Grayscale -depth 8 -compress none formats/quad_grey8.tif
$IM "${QUAD[@]}" -quality 100 -sampling-factor 1x1 -strip formats/quad_rgb8.jpg
$IM "${GREY[@]}" -type Grayscale -quality 100 -strip formats/quad_grey8.jpg
cp formats/quad_rgb8.jpg formats/jpeg_named.png  # the content decides the format, not the name
# A TIFF stored rotated, with Orientation = 6 (RightTop): libtiff returns it upright.
$IM "${QUAD[@]}" -rotate -90 -orient right-top -type TrueColor -depth 8 -compress none formats/quad_o6.tif

# JPEGs with an EXIF Orientation tag 1..8: the stored pixels are the quad transformed by the
# inverse of what the tag asks a viewer to do, so every file shows the quad upright. ImageMagick
# only writes EXIF it has read, so the APP1 segment is spliced in after SOI by hand. Orientation
# 7 is written little-endian ("II"), the others big-endian ("MM").
inverse=("" "" "-flop" "-rotate 180" "-flip" "-transpose" "-rotate -90" "-transverse" "-rotate 90")
for o in 1 2 3 4 5 6 7 8; do
    # shellcheck disable=SC2086  # the transform is two words on purpose
    $IM "${QUAD[@]}" ${inverse[$o]} -quality 100 -sampling-factor 1x1 -strip exif/plain.jpg
    if [ "$o" = 7 ]; then
        app1='\xff\xe1\x00\x22Exif\x00\x00II\x2a\x00\x08\x00\x00\x00\x01\x00\x12\x01\x03\x00\x01\x00\x00\x00\x0'$o'\x00\x00\x00\x00\x00\x00\x00'
    else
        app1='\xff\xe1\x00\x22Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01\x00\x0'$o'\x00\x00\x00\x00\x00\x00'
    fi
    # shellcheck disable=SC2059  # the escapes are the point
    { printf '\xff\xd8'; printf "$app1"; tail -c +3 exif/plain.jpg; } >"exif/quad_o$o.jpg"
    # Check with ImageMagick's own EXIF reader that the file shows the quad upright.
    got=$(convert exif/quad_o$o.jpg -auto-orient -format '%w %h %[pixel:p{2,2}]' info:)
    case "$got" in "32 24 srgb(25"[3-5]",0,0)" | "32 24 red") ;; *) echo "exif/quad_o$o.jpg: unexpected '$got'" >&2; exit 1 ;; esac
done
rm exif/plain.jpg

# Broken files.
head -c 400 formats/quad_rgb8.jpg >broken/truncated.jpg
head -c 100 formats/quad_rgb8.png >broken/truncated.png
printf 'This is a text file, not a PNG image.\n' >broken/not_an_image.png
: >broken/empty.png
$IM "${QUAD[@]}" -define quantum:format=floating-point -depth 32 -compress lzw broken/float32.tif

# Masks, 32x24 unless said otherwise; the lesion is the 16x12 rectangle (8,6)-(23,17), 192 px.
RECT="rectangle 8,6 23,17"
$IM -size 32x24 xc:black -fill white -draw "$RECT" -define png:color-type=0 -define png:bit-depth=8 masks/mask_binary.png
$IM -size 32x24 xc:black -fill white -draw "$RECT" -define png:color-type=0 -define png:bit-depth=1 masks/mask_1bit.png
$IM -size 32x24 xc:black -fill white -draw "$RECT" -depth 16 -define png:color-type=0 -define png:bit-depth=16 masks/mask16.png
$IM -size 32x24 xc:black -fill red -draw "$RECT" PNG24:masks/mask_red.png
$IM -size 32x24 xc:none -fill black -draw "$RECT" PNG32:masks/mask_alpha.png
$IM -size 32x24 xc:black -fill 'rgb(1,1,1)' -draw "$RECT" -define png:color-type=0 -define png:bit-depth=8 masks/mask_01.png
$IM -size 32x24 xc:black -fill 'rgb(200,200,200)' -draw "$RECT" -fill 'rgb(60,60,60)' -draw "rectangle 1,1 4,4" \
    -define png:color-type=0 -define png:bit-depth=8 masks/mask_nonbinary.png
$IM -size 16x12 xc:black -fill white -draw "rectangle 4,3 11,8" -define png:color-type=0 -define png:bit-depth=8 masks/mask_wrong_size.png

# Split files: CRLF line ends, a UTF-8 BOM, blank lines, spaces and mixed case must be accepted.
printf '\xef\xbb\xbfid,split\r\nIMD003,labeled\r\n\r\n  IMD006 , unlabelled \r\nIMD008,TEST\r\n   \r\n"IMD009",Labelled\r\n' >split/split_good.csv
printf 'id;split\nIMD003;labeled\nIMD006;test\n' >split/split_semicolon.csv
printf 'id,split\na,labeled\nb,test\nc\nd,unlabeled\n' >split/split_bad_line.csv
printf 'id,split\na,labeled\nb,validation\n' >split/split_unknown.csv
printf 'name,role\na,labeled\n' >split/split_bad_header.csv

# Dataset layouts with 16x12 images and masks.
img() { $IM -size 16x12 "xc:$1" -type TrueColor "$2"; }
msk() { $IM -size 16x12 xc:black -fill white -draw "rectangle 4,3 11,8" -type Grayscale "$1"; }

L=layouts/isic
mkdir -p "$L/ISIC2018_Task1-2_Training_Input/batch2" "$L/ISIC2018_Task1_Training_GroundTruth" "$L/extra"
img tan "$L/ISIC2018_Task1-2_Training_Input/ISIC_0000000.jpg"
img tan "$L/ISIC2018_Task1-2_Training_Input/ISIC_0000001.jpg"
img tan "$L/ISIC2018_Task1-2_Training_Input/batch2/ISIC_0000002.JPG"  # recursive, upper-case extension
img gray "$L/ISIC2018_Task1-2_Training_Input/ISIC_0000000_superpixels.png"  # not an image of the set
img tan "$L/extra/ISIC_0000001.png"  # duplicate id: the first by path is kept
printf 'not an image\n' >"$L/ISIC2018_Task1-2_Training_Input/._ISIC_0000003.jpg"  # macOS debris
printf 'ISIC archive attribution\n' >"$L/ISIC2018_Task1-2_Training_Input/ATTRIBUTION.txt"
msk "$L/ISIC2018_Task1_Training_GroundTruth/ISIC_0000000_segmentation.png"
msk "$L/ISIC2018_Task1_Training_GroundTruth/ISIC_0000001_segmentation.png"
msk "$L/ISIC2018_Task1_Training_GroundTruth/ISIC_0000007_segmentation.png"  # mask without image

L="layouts/ph2/PH2 Dataset images"
for id in IMD002 IMD010; do
    mkdir -p "$L/$id/${id}_Dermoscopic_Image" "$L/$id/${id}_lesion"
    img tan "BMP3:$L/$id/${id}_Dermoscopic_Image/$id.bmp"
    $IM -size 16x12 xc:black -fill white -draw "rectangle 4,3 11,8" -type Grayscale BMP3:"$L/$id/${id}_lesion/${id}_lesion.bmp"
done
mkdir -p "$L/IMD004/IMD004_Dermoscopic_Image"  # an image without a lesion mask
img tan "BMP3:$L/IMD004/IMD004_Dermoscopic_Image/IMD004.bmp"

L=layouts/folders
mkdir -p "$L/images" "$L/masks"
img tan "$L/images/a.png"
img tan "$L/images/b.jpg"
img tan "$L/images/c.BMP"
img tan "$L/images/d.tif"
printf 'notes\n' >"$L/images/notes.txt"
msk "$L/masks/a_segmentation.png"
msk "$L/masks/b_mask.png"
msk "$L/masks/c_lesion.png"
msk "$L/masks/e_mask.png"  # mask without image

du -sh . | sed 's/^/golden total: /'
