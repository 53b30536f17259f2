#!/usr/bin/env bash
# Regenerates the disan sample collection (hanoi-creative-city/) from the texts in texts/.
#
#   ./make-samples.sh          rebuild every file under documents/, scans/, photos/, audio/, video/
#   ./make-samples.sh check    print what the checks read back (text, tags, OCR) without rebuilding
#   ./make-samples.sh narration  rebuild only the narrated recording, its transcripts and its subtitled video
#
# Needs the Debian packages chromium, imagemagick, libimage-exiftool-perl, espeak-ng, sox,
# ffmpeg, pandoc, poppler-utils and tesseract-ocr (+ tesseract-ocr-vie) for the check.
# metadata.csv and README.md are written by hand and are not touched here.
set -euo pipefail
cd "$(dirname "$0")/hanoi-creative-city"
HERE=$(pwd)

CONVERT=/usr/bin/convert            # the plain `convert` on PATH may not be ImageMagick
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
FONT_BOLD=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
RIGHTS="© 2026 Dự án disan – CC BY 4.0"
# pandoc stamps DOCX files with this date, so reruns give the same bytes
export SOURCE_DATE_EPOCH=1601596800

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# ---------------------------------------------------------------- text documents

# pin_pdf_dates FILE: chromium stamps the print time; a fixed stamp of the same length keeps the
# cross-reference offsets valid and makes a rebuild give the same bytes (and the same SHA-256)
pin_pdf_dates() {
  perl -0777 -pi -e "s/\(D:\d{14}\+00'00'\)/(D:20261125000000+00'00')/g" "$1"
}

# print_pdf SOURCE.html TARGET.pdf AUTHOR SUBJECT KEYWORDS
print_pdf() {
  TZ=UTC timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --no-first-run --user-data-dir="$WORK/chromium" --no-pdf-header-footer \
    --print-to-pdf="$HERE/$2" "file://$HERE/$1" 2>/dev/null
  test -s "$2"
  # chromium takes the title from <title>; the other document fields are added here
  exiftool -q -overwrite_original -PDF:Author="$3" -PDF:Subject="$4" -PDF:Keywords="$5" \
    -XMP-dc:Creator="$3" -XMP-dc:Rights="$RIGHTS" "$2"
  pin_pdf_dates "$2"
}

make_documents() {
  mkdir -p documents
  print_pdf ../texts/hanoi-thanh-pho-sang-tao.html documents/hanoi-thanh-pho-sang-tao.pdf \
    "Ban biên tập disan" "Hà Nội gia nhập Mạng lưới các thành phố sáng tạo của UNESCO (2019, thiết kế)" \
    "Hà Nội, thành phố sáng tạo, UNESCO, thiết kế"
  print_pdf ../texts/chieu-doi-do-1010.html documents/chieu-doi-do-1010.pdf \
    "Ban biên tập disan" "Chiếu dời đô năm 1010: Lý Thái Tổ dời kinh đô từ Hoa Lư ra Thăng Long" \
    "Chiếu dời đô, Lý Thái Tổ, Hoa Lư, Thăng Long"
  print_pdf ../texts/creative-cities-network.html documents/creative-cities-network.pdf \
    "disan editorial team" "The UNESCO Creative Cities Network and Hanoi, City of Design since 2019" \
    "UNESCO, Creative Cities Network, Hanoi, design, craft villages"
  print_pdf ../texts/lang-nghe-truyen-thong.html documents/lang-nghe-truyen-thong.pdf \
    "Ban biên tập disan" "Làng nghề truyền thống quanh Hà Nội trong nền kinh tế sáng tạo" \
    "làng nghề truyền thống, Bát Tràng, đình làng, múa rối nước"
  # title, author, subject, keywords and date come from the YAML block of the Markdown source
  pandoc ../texts/toa-dam-tham-van-2020.md -o documents/toa-dam-tham-van-2020.docx
}

# ---------------------------------------------------------------- scanned page

make_scan() {
  mkdir -p scans
  # an A4 page at 200 dpi (1654 x 2339 px), printed text, then the scanner's faults:
  # a slight skew, grain, a soft edge and a grey paper tone
  "$CONVERT" -seed 41 -size 1654x2339 xc:'#f8f6ef' -fill '#1b1b1b' \
    -font "$FONT_BOLD" -pointsize 56 -annotate +180+260 "$(sed -n 1p ../texts/ban-tin-thang-long-scan.txt)" \
    -font "$FONT" -pointsize 34 -annotate +180+340 "$(sed -n 2p ../texts/ban-tin-thang-long-scan.txt)" \
    -fill '#1b1b1b' -draw "rectangle 180,380 1474,384" \
    -interline-spacing 14 -annotate +180+500 "$(sed -n '4,$p' ../texts/ban-tin-thang-long-scan.txt)" \
    -background '#f8f6ef' -rotate 0.5 -gravity center -extent 1654x2339 +gravity \
    -attenuate 0.6 +noise Gaussian -blur 0x0.6 -colorspace gray \
    -density 200 -units PixelsPerInch -quality 80 "$WORK/scan.jpg"
  cp "$WORK/scan.jpg" "$WORK/page.jpg"
  cat > "$WORK/page.html" <<'EOF'
<!doctype html><html><head><meta charset="utf-8"><title>Bản tin Thăng Long – bản quét</title>
<style>@page { size: A4; margin: 0 } html, body { margin: 0 } img { display: block; width: 210mm; height: 297mm }</style>
</head><body><img src="page.jpg"></body></html>
EOF
  TZ=UTC timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --no-first-run --user-data-dir="$WORK/chromium" --no-pdf-header-footer \
    --print-to-pdf="$HERE/scans/ban-tin-thang-long-scan.pdf" "file://$WORK/page.html" 2>/dev/null
  test -s scans/ban-tin-thang-long-scan.pdf
  pin_pdf_dates scans/ban-tin-thang-long-scan.pdf
}

# ---------------------------------------------------------------- photographs

# tag_photo FILE TITLE CAPTION KEYWORDS(;-separated) "YYYY:MM:DD hh:mm:ss" LAT LON LOCATION
tag_photo() {
  exiftool -q -overwrite_original -charset iptc=UTF8 -IPTC:CodedCharacterSet=UTF8 -sep ';' \
    -EXIF:Artist="Nhóm ảnh disan" -EXIF:Copyright="$RIGHTS" \
    -EXIF:DateTimeOriginal="$5" -EXIF:CreateDate="$5" \
    -EXIF:GPSLatitude="$6" -EXIF:GPSLatitudeRef=N -EXIF:GPSLongitude="$7" -EXIF:GPSLongitudeRef=E \
    -IPTC:ObjectName="$2" -XMP-dc:Title="$2" \
    -IPTC:Caption-Abstract="$3" -XMP-dc:Description="$3" \
    -IPTC:Keywords="$4" -XMP-dc:Subject="$4" \
    -IPTC:By-line="Nhóm ảnh disan" -XMP-dc:Creator="Nhóm ảnh disan" \
    -IPTC:CopyrightNotice="$RIGHTS" -XMP-dc:Rights="$RIGHTS" \
    -IPTC:City="Hà Nội" -IPTC:Sub-location="$8" -IPTC:Country-PrimaryLocationName="Việt Nam" \
    -XMP-photoshop:City="Hà Nội" -XMP-iptcCore:Location="$8" -XMP-photoshop:Country="Việt Nam" \
    "$1"
}

# a soft light-and-shade layer laid over each scene so that flat shapes look photographed
LIGHT='( -size 1600x1200 plasma:grey50-grey50 -colorspace gray -blur 0x25 ) -compose softlight -composite -compose over'
FINISH='-attenuate 0.35 +noise Gaussian -blur 0x0.8 -strip -quality 84'

make_photos() {
  mkdir -p photos
  # Hoàn Kiếm lake: sky, tree line, water, the Turtle Tower on its islet, the red Thê Húc bridge
  # shellcheck disable=SC2086
  "$CONVERT" -size 1600x1200 xc:'#1d3f4a' \
    \( -size 1600x600 gradient:'#6f9fd3'-'#f0dcc0' \) -geometry +0+0 -composite \
    \( -seed 3 -size 1600x180 plasma:grey50-grey50 -colorspace gray -blur 0x4 +level-colors '#0e2a12','#4f7d3a' \) -geometry +0+420 -composite \
    -fill '#24481f' -draw "ellipse 180,430 160,40 0,360" -draw "ellipse 520,425 200,50 0,360" -draw "ellipse 900,432 180,36 0,360" -draw "ellipse 1300,428 240,48 0,360" \
    \( -seed 5 -size 1600x640 plasma:grey50-grey50 -colorspace gray -motion-blur 0x40+0 +level-colors '#16323c','#6a9a98' \) -geometry +0+560 -composite \
    -fill '#4a3b28' -draw "ellipse 520,760 170,26 0,360" \
    -fill '#6f6a5f' -draw "rectangle 470,610 570,745" -fill '#7d776b' -draw "rectangle 485,555 555,612" -fill '#8b8476' -draw "rectangle 497,515 543,557" \
    -fill '#3b3a36' -draw "polygon 460,612 580,612 560,598 480,598" -draw "polygon 478,557 562,557 548,545 492,545" -draw "polygon 490,517 550,517 520,488" \
    -fill '#2a2a28' -draw "roundrectangle 495,650 515,700 8,8" -draw "roundrectangle 525,650 545,700 8,8" -draw "roundrectangle 507,570 533,600 8,8" \
    -fill none -stroke '#b5161e' -strokewidth 20 -draw "path 'M 960,640 Q 1280,520 1600,600'" \
    -stroke '#8e1016' -strokewidth 8 -draw "line 1040,612 1040,700" -draw "line 1140,586 1140,700" -draw "line 1240,572 1240,700" -draw "line 1340,568 1340,700" -draw "line 1440,574 1440,700" -draw "line 1540,588 1540,700" \
    -stroke none -fill '#0c2410' -draw "ellipse 120,60 320,190 0,360" -draw "ellipse 430,-20 260,120 0,360" \
    -seed 9 $LIGHT $FINISH photos/ho-hoan-kiem.jpg
  tag_photo photos/ho-hoan-kiem.jpg "Tháp Rùa và cầu Thê Húc trên Hồ Gươm" \
    "Ảnh dựng mô phỏng: Hồ Hoàn Kiếm (Hồ Gươm) buổi sáng, Tháp Rùa giữa hồ và cầu Thê Húc sơn đỏ, nơi có không gian đi bộ cuối tuần của Hà Nội." \
    "Hà Nội;Hồ Hoàn Kiếm;Hồ Gươm;Tháp Rùa;không gian đi bộ" "2020:10:10 07:45:00" 21.0287 105.8524 "Hồ Hoàn Kiếm"

  # Phùng Hưng street: painted panels inside the brick arches of the old railway viaduct
  # shellcheck disable=SC2086
  "$CONVERT" -size 1600x1200 xc:'#8a4b32' \
    \( -size 1600x330 gradient:'#7fb0dc'-'#e9e2cf' \) -geometry +0+0 -composite \
    \( -seed 21 -size 1600x200 plasma:grey50-grey50 -colorspace gray -blur 0x3 +level-colors '#123016','#5c8c3c' \) -geometry +0+180 -composite \
    \( -seed 22 -size 1600x720 plasma:grey50-grey50 -colorspace gray -blur 0x1 +level-colors '#6b3522','#b0674a' \) -geometry +0+330 -composite \
    \( -size 1600x150 gradient:'#8d8a84'-'#5d5b57' \) -geometry +0+1050 -composite \
    -fill '#3a2a22' -draw "rectangle 0,330 1600,352" \
    -fill '#f0c75e' -draw "path 'M 60,1050 L 60,560 A 170,170 0 0,1 400,560 L 400,1050 Z'" \
    -fill '#4f8fc0' -draw "path 'M 460,1050 L 460,560 A 170,170 0 0,1 800,560 L 800,1050 Z'" \
    -fill '#d9d2c0' -draw "path 'M 860,1050 L 860,560 A 170,170 0 0,1 1200,560 L 1200,1050 Z'" \
    -fill '#6aa36b' -draw "path 'M 1260,1050 L 1260,560 A 170,170 0 0,1 1600,560 L 1600,1050 Z'" \
    -fill '#b8322a' -draw "circle 230,640 230,560" -fill '#7a5a2a' -draw "rectangle 110,820 350,1040" -fill '#2d2d2d' -draw "polygon 100,820 360,820 230,720" \
    -fill '#f4e9c8' -draw "ellipse 630,720 120,60 0,360" -fill '#1f4f7a' -draw "rectangle 500,880 760,1040" -fill '#f6d34a' -draw "circle 560,600 560,570" \
    -fill '#3b3b3b' -draw "rectangle 900,900 1160,960" -fill '#8c1d1d' -draw "roundrectangle 930,760 1130,900 20,20" -fill '#2b6c9e' -draw "circle 1030,650 1030,600" \
    -fill '#2d5e33' -draw "ellipse 1430,900 130,150 0,360" -fill '#e6b93c' -draw "ellipse 1380,650 60,40 0,360" -fill '#c94f7c' -draw "circle 1500,700 1500,660" \
    -seed 23 $LIGHT $FINISH photos/pho-bich-hoa-phung-hung.jpg
  tag_photo photos/pho-bich-hoa-phung-hung.jpg "Tranh tường dưới vòm cầu phố Phùng Hưng" \
    "Ảnh dựng mô phỏng: những bức bích họa vẽ trong các vòm gạch của cầu đường sắt cũ trên phố Phùng Hưng, quận Hoàn Kiếm, Hà Nội." \
    "Hà Nội;Phùng Hưng;bích họa;tranh tường;phố cổ" "2021:03:14 15:20:00" 21.0368 105.8465 "Phố Phùng Hưng"

  # Bát Tràng: blue-and-white and brown-glazed pieces on a workshop table
  # shellcheck disable=SC2086
  "$CONVERT" -size 1600x1200 xc:'#d9c4a0' \
    \( -seed 31 -size 1600x760 plasma:grey50-grey50 -colorspace gray -blur 0x30 +level-colors '#a88d66','#e8d6b5' \) -geometry +0+0 -composite \
    \( -seed 32 -size 1600x440 plasma:grey50-grey50 -colorspace gray -motion-blur 0x60+0 +level-colors '#4a2c17','#8c5a33' \) -geometry +0+760 -composite \
    -fill '#2e2a27' -draw "ellipse 410,790 150,26 0,360" -draw "ellipse 800,815 130,22 0,360" -draw "ellipse 1180,800 170,28 0,360" \
    \( -size 300x480 radial-gradient:'#f7f9fb'-'#7d98b5' \( -size 300x480 xc:black -fill white -draw "path 'M 115,0 L 185,0 L 178,70 C 300,150 320,330 215,478 L 85,478 C -20,330 0,150 122,70 Z'" \) -alpha off -compose copy_opacity -composite \) -compose over -geometry +260+310 -composite \
    \( -size 260x300 radial-gradient:'#d4965a'-'#5a3016' \( -size 260x300 xc:black -fill white -draw "path 'M 0,40 L 260,40 C 252,190 185,292 130,298 C 75,292 8,190 0,40 Z'" -draw "ellipse 130,40 130,22 0,360" \) -alpha off -compose copy_opacity -composite \) -compose over -geometry +670+515 -composite \
    \( -size 340x360 radial-gradient:'#f1f4f7'-'#6a8bab' \( -size 340x360 xc:black -fill white -draw "path 'M 120,0 L 220,0 L 232,42 C 362,95 362,300 250,358 L 90,358 C -22,300 -22,95 108,42 Z'" \) -alpha off -compose copy_opacity -composite \) -compose over -geometry +1010+440 -composite \
    -fill none -stroke '#1f3f8c' -strokewidth 6 -draw "path 'M 330,560 C 370,540 450,580 490,560'" -draw "ellipse 410,660 55,34 0,360" -draw "path 'M 320,740 C 370,720 450,760 500,740'" \
    -draw "ellipse 1180,640 80,46 0,360" -draw "path 'M 1050,560 C 1120,540 1240,580 1310,560'" -stroke '#3a1c0c' -strokewidth 4 -draw "ellipse 800,555 128,20 0,360" -stroke none \
    -seed 33 $LIGHT $FINISH photos/lang-gom.jpg
  tag_photo photos/lang-gom.jpg "Bình gốm men lam của làng Bát Tràng" \
    "Ảnh dựng mô phỏng: bình gốm men lam và bát men nâu bày trên bàn gỗ trong một xưởng gốm ở làng nghề Bát Tràng, huyện Gia Lâm, Hà Nội." \
    "Bát Tràng;làng nghề;làng nghề truyền thống;gốm sứ;Gia Lâm;Hà Nội" "2019:11:02 10:05:00" 20.9756 105.9128 "Làng gốm Bát Tràng"
}

make_map() {
  # a hand-drawn style plan of the old quarter: the Red River, Hoàn Kiếm lake, a few streets
  "$CONVERT" -size 1400x1000 xc:'#f3eddc' -font "$FONT" \
    -fill '#9cc3e4' -draw "path 'M 1180,0 C 1120,300 1260,600 1160,1000 L 1400,1000 L 1400,0 Z'" \
    -stroke '#c9b98f' -strokewidth 14 -fill none \
    -draw "line 140,120 1080,160" -draw "line 120,330 1100,360" -draw "line 380,60 420,960" -draw "line 700,60 650,960" -draw "line 930,80 960,960" \
    -draw "path 'M 160,80 C 200,400 160,700 230,960'" \
    -stroke '#7d6b4f' -strokewidth 3 -fill '#6fa8d6' -draw "ellipse 560,700 95,170 0,360" \
    -fill '#c0392b' -stroke none -draw "circle 548,690 548,680" -draw "rectangle 610,560 660,566" \
    -fill '#2b2b2b' -pointsize 44 -annotate +60+60 "Phố cổ Hà Nội" \
    -pointsize 26 -annotate +480+910 "Hồ Hoàn Kiếm" -annotate +1210+500 "Sông Hồng" \
    -annotate +190+300 "Phùng Hưng" -annotate +450+150 "Hàng Đào" -annotate +720+330 "Hàng Bạc" \
    -annotate +740+140 "Chợ Đồng Xuân" -pointsize 20 -annotate +60+980 "Bản đồ phác họa – bộ mẫu disan" \
    -alpha off -depth 8 -strip PNG24:photos/ban-do-ha-noi.png
  exiftool -q -overwrite_original \
    -PNG:Title="Bản đồ phác họa khu phố cổ Hà Nội" -PNG:Author="Nhóm ảnh disan" \
    -PNG:Description="Bản đồ vẽ tay khu phố cổ: Hồ Hoàn Kiếm, sông Hồng, phố Phùng Hưng, Hàng Đào, Hàng Bạc, chợ Đồng Xuân." \
    -PNG:Copyright="$RIGHTS" -XMP-dc:Title="Bản đồ phác họa khu phố cổ Hà Nội" \
    -XMP-dc:Subject="Hà Nội" -XMP-dc:Subject="phố cổ" -XMP-dc:Subject="bản đồ" \
    photos/ban-do-ha-noi.png
}

# ---------------------------------------------------------------- recordings

# write_id3 FILE TITLE ARTIST ALBUM YEAR GENRE COMMENT
# Puts an ID3v2.3 tag in front of an MP3. ffmpeg's muxer stores a comment as a TXXX frame,
# which most readers (Tika among them) do not report as the comment, so COMM is written here.
write_id3() {
  python3 - "$@" <<'PY'
import struct, sys
path, title, artist, album, year, genre, comment = sys.argv[1:8]
def utf16(s):  # v2.3 knows no UTF-8: encoding 1 is UTF-16 with a byte order mark
    return b"\xff\xfe" + s.encode("utf-16-le")
def frame(name, data):
    return name.encode("ascii") + struct.pack(">I", len(data)) + b"\x00\x00" + data
frames = b"".join([
    frame("TIT2", b"\x01" + utf16(title)),
    frame("TPE1", b"\x01" + utf16(artist)),
    frame("TALB", b"\x01" + utf16(album)),
    frame("TYER", b"\x00" + year.encode("ascii")),
    frame("TCON", b"\x01" + utf16(genre)),
    frame("COMM", b"\x01" + b"vie" + utf16("") + b"\x00\x00" + utf16(comment)),
])
size = len(frames)
syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
with open(path, "rb") as f:
    audio = f.read()
with open(path, "wb") as f:
    f.write(b"ID3\x03\x00\x00" + syncsafe + frames + audio)
PY
}

make_audio() {
  mkdir -p audio
  espeak-ng -v vi -s 140 -w "$WORK/loi-chao.raw.wav" -f ../texts/loi-chao-ha-noi.txt
  sox -R "$WORK/loi-chao.raw.wav" -b 16 -c 1 -r 22050 "$WORK/loi-chao.wav" norm -3
  # ffmpeg writes the tags as a LIST/INFO chunk (INAM, IART, ICRD, ICMT, IGNR)
  ffmpeg -nostdin -v error -y -i "$WORK/loi-chao.wav" -c:a pcm_s16le -ar 22050 -ac 1 -fflags +bitexact \
    -metadata title="Lời chào Hà Nội" -metadata artist="Nhóm âm thanh disan" \
    -metadata date="2020" -metadata genre="Speech" \
    -metadata comment="Giọng đọc tổng hợp tiếng Việt giới thiệu Hà Nội, thành phố sáng tạo của UNESCO." \
    audio/loi-chao-ha-noi.wav

  espeak-ng -v vi -s 135 -w "$WORK/ca-tru.raw.wav" -f ../texts/ca-tru-gioi-thieu.txt
  sox -R "$WORK/ca-tru.raw.wav" -b 16 -c 1 -r 22050 "$WORK/ca-tru.wav" norm -3 pad 1 1
  local seconds
  seconds=$(soxi -D "$WORK/ca-tru.wav")
  # a quiet drone (G and D) under the voice, fading in and out
  sox -R -n -b 16 -c 1 -r 22050 "$WORK/drone.wav" synth "$seconds" sine 196 sine 293.66 \
    remix - vol 0.06 fade 1 "$seconds" 1.5
  sox -R -m "$WORK/ca-tru.wav" "$WORK/drone.wav" "$WORK/ca-tru-mix.wav" norm -2
  ffmpeg -nostdin -v error -y -i "$WORK/ca-tru-mix.wav" -c:a libmp3lame -b:a 64k -ar 22050 -ac 1 \
    -id3v2_version 0 -write_id3v1 0 -fflags +bitexact audio/ca-tru-gioi-thieu.mp3
  write_id3 audio/ca-tru-gioi-thieu.mp3 "Giới thiệu nghệ thuật ca trù" "Nhóm âm thanh disan" \
    "Âm thanh Thăng Long – bộ mẫu disan" 2009 "Speech" \
    "Ca trù, lối hát cổ truyền gắn với Thăng Long – Hà Nội; bản thu nội bộ."
}

make_video() {
  mkdir -p video
  # three stills with a slow zoom, 2.4 s each, over the spoken greeting
  ffmpeg -nostdin -v error -y \
    -i photos/ho-hoan-kiem.jpg \
    -i photos/pho-bich-hoa-phung-hung.jpg \
    -i photos/lang-gom.jpg \
    -i audio/loi-chao-ha-noi.wav \
    -filter_complex "\
[0:v]scale=1280:960,zoompan=z='1+0.0025*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=60:s=800x600:fps=25[a];\
[1:v]scale=1280:960,zoompan=z='1+0.0025*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=60:s=800x600:fps=25[b];\
[2:v]scale=1280:960,zoompan=z='1+0.0025*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=60:s=800x600:fps=25[c];\
[a][b][c]concat=n=3:v=1:a=0,format=yuv420p[v];\
[3:a]aresample=44100,afade=t=out:st=6.4:d=0.8[s]" \
    -map '[v]' -map '[s]' -t 7.2 -c:v libx264 -preset medium -crf 28 -threads 1 \
    -c:a aac -b:a 64k -movflags +faststart -fflags +bitexact \
    -metadata title="Phố cổ Hà Nội qua ba khung hình" -metadata artist="Nhóm hình ảnh disan" \
    -metadata date="2021" -metadata comment="Trình chiếu ảnh Hồ Hoàn Kiếm, phố bích họa Phùng Hưng và làng gốm Bát Tràng." \
    -metadata copyright="$RIGHTS" \
    video/pho-co-ha-noi.mp4
}

# ---------------------------------------------------------------- a narrated recording with transcripts

# cue_time SECONDS SEPARATOR: 00:00:05.006 (WebVTT, ".") or 00:00:05,006 (SubRip, ",")
cue_time() {
  awk -v t="$1" -v sep="$2" 'BEGIN { ms = int(t * 1000 + 0.5);
    printf "%02d:%02d:%02d%s%03d", int(ms / 3600000), int(ms / 60000) % 60, int(ms / 1000) % 60, sep, ms % 1000 }'
}

# One sentence per cue: each Vietnamese line is spoken on its own, so its cue starts and ends
# exactly where its words do; the English transcript is a translation with the same times.
make_narration() {
  mkdir -p audio video
  local vtt=audio/ke-chuyen-lang-nghe.vi.vtt srt=audio/ke-chuyen-lang-nghe.en.srt
  local pause=0.6 start=0.5 n=0 seconds end parts=()
  sox -R -n -b 16 -c 1 -r 22050 "$WORK/lead.wav" trim 0 "$start"
  sox -R -n -b 16 -c 1 -r 22050 "$WORK/pause.wav" trim 0 "$pause"
  parts+=("$WORK/lead.wav")
  printf 'WEBVTT - Kể chuyện làng nghề Hà Nội\n' > "$vtt"
  : > "$srt"
  while IFS= read -r line; do
    n=$((n + 1))
    espeak-ng -v vi -s 140 -w "$WORK/line-$n.raw.wav" "$line"
    sox -R "$WORK/line-$n.raw.wav" -b 16 -c 1 -r 22050 "$WORK/line-$n.wav" norm -3
    seconds=$(soxi -D "$WORK/line-$n.wav")
    end=$(awk -v a="$start" -v b="$seconds" 'BEGIN { printf "%.3f", a + b }')
    printf '\n%s --> %s\n%s\n' "$(cue_time "$start" .)" "$(cue_time "$end" .)" "$line" >> "$vtt"
    printf '%d\n%s --> %s\n%s\n\n' "$n" "$(cue_time "$start" ,)" "$(cue_time "$end" ,)" \
      "$(sed -n "${n}p" ../texts/ke-chuyen-lang-nghe.en.txt)" >> "$srt"
    parts+=("$WORK/line-$n.wav" "$WORK/pause.wav")
    start=$(awk -v a="$end" -v b="$pause" 'BEGIN { printf "%.3f", a + b }')
  done < ../texts/ke-chuyen-lang-nghe.vi.txt
  sox -R "${parts[@]}" "$WORK/narration.wav"
  ffmpeg -nostdin -v error -y -i "$WORK/narration.wav" -c:a libmp3lame -b:a 64k -ar 22050 -ac 1 \
    -id3v2_version 0 -write_id3v1 0 -fflags +bitexact audio/ke-chuyen-lang-nghe.mp3
  write_id3 audio/ke-chuyen-lang-nghe.mp3 "Kể chuyện làng nghề quanh Hà Nội" "Nhóm âm thanh disan" \
    "Âm thanh Thăng Long – bộ mẫu disan" 2021 "Speech" \
    "Giọng đọc tổng hợp kể về làng gốm Bát Tràng, làng lụa Vạn Phúc và kinh tế sáng tạo."
  # the same narration over a still of the Bát Tràng workshop, with the Vietnamese cues as a
  # subtitle stream inside the MP4 (mov_text) rather than a file beside it
  ffmpeg -nostdin -v error -y -loop 1 -framerate 1 -i photos/lang-gom.jpg -i "$WORK/narration.wav" -i "$vtt" \
    -map 0:v -map 1:a -map 2:s -vf scale=640:480,format=yuv420p -r 1 -c:v libx264 -tune stillimage \
    -preset medium -crf 30 -threads 1 -c:a aac -b:a 48k -c:s mov_text -metadata:s:s:0 language=vie \
    -shortest -movflags +faststart -fflags +bitexact -map_metadata -1 \
    -metadata title="Làng nghề Hà Nội – bản có phụ đề" -metadata artist="Nhóm hình ảnh disan" \
    -metadata date="2021" -metadata copyright="$RIGHTS" \
    video/lang-nghe-phu-de.mp4
}

# ---------------------------------------------------------------- checks

check() {
  for pdf in documents/*.pdf; do
    echo "== $pdf"; pdfinfo "$pdf" | grep -E '^(Title|Author|Pages):'; pdftotext "$pdf" - | head -c 300; echo
  done
  echo "== scans/ban-tin-thang-long-scan.pdf (text layer, expected empty)"
  pdftotext scans/ban-tin-thang-long-scan.pdf - | tr -d '[:space:]' | wc -c
  pdfimages -j scans/ban-tin-thang-long-scan.pdf "$WORK/scan"
  echo "== OCR of the scanned page"; OMP_THREAD_LIMIT=1 tesseract "$WORK"/scan-000.jpg - -l vie+eng 2>/dev/null
  echo "== documents/toa-dam-tham-van-2020.docx"; exiftool -s -Title -Creator -Subject -Keywords documents/toa-dam-tham-van-2020.docx
  for f in photos/*.jpg; do
    echo "== $f"; exiftool -s -Artist -DateTimeOriginal -GPSPosition -ObjectName -Title -Keywords -Subject -Caption-Abstract -Copyright "$f"
  done
  echo "== photos/ban-do-ha-noi.png"; exiftool -s -PNG:all -XMP-dc:Title photos/ban-do-ha-noi.png
  for f in audio/* video/*; do
    echo "== $f"; ffprobe -v error -show_entries format=duration:format_tags:stream=codec_name,sample_rate,channels,width,height -of compact "$f"
  done
}

if [ "${1:-}" = check ]; then check; exit 0; fi
if [ "${1:-}" = narration ]; then make_narration; exit 0; fi
make_documents
make_scan
make_photos
make_map
make_audio
make_video
make_narration
du -sh documents scans photos audio video
