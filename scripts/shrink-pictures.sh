#!/usr/bin/env bash
# Shrinks the README pictures in docs/screenshots/ in place to 256-colour PNGs (pngquant, from Debian's apt),
# run after retaking them: the Marketplace page inlines its pictures and must stay under 1 MB, and a
# screenshot of VS Code loses nothing visible at 256 colours.
# usage: bash scripts/shrink-pictures.sh [file.png ...]   (default: every docs/screenshots/*.png)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pngquant >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get install -y pngquant >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y pngquant >/dev/null; }
  else
    echo "shrink-pictures: needs pngquant (sudo apt-get install pngquant)" >&2; exit 1
  fi
fi
[ $# -gt 0 ] || set -- docs/screenshots/*.png
for f in "$@"; do
  before=$(stat -c %s "$f")
  # Exit code 98/99: the result would be larger or below the quality floor; the file is left as it is.
  pngquant --quality 70-95 --speed 1 --strip --skip-if-larger --force --output "$f" -- "$f" || [ $? -ge 98 ]
  echo "$f: $before -> $(stat -c %s "$f") bytes"
done
