#!/usr/bin/env bash
# Renders media/icon.png (128×128, the Extensions view and Marketplace icon) from the activity-bar glyph
# media/feishu-hire.svg: the same strokes in white on a rounded blue square. Needs rsvg-convert
# (Debian: apt-get install librsvg2-bin). The PNG is committed; run this only when the glyph changes.
set -euo pipefail
cd "$(dirname "$0")/.."
glyph=$(sed -E 's/<svg[^>]*>//; s#</svg>##' media/feishu-hire.svg)
tmp=$(mktemp --suffix=.svg)
trap 'rm -f "$tmp"' EXIT
cat > "$tmp" <<SVG
<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="24" fill="#3370ff"/>
  <g transform="translate(16 16) scale(4)" fill="none" stroke="#ffffff" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">$glyph</g>
</svg>
SVG
rsvg-convert --width 128 --height 128 --format png --output media/icon.png "$tmp"
echo "wrote media/icon.png"
