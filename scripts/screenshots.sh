#!/bin/sh
# scripts/screenshots.sh [OUT_DIR] [WIDTHxHEIGHT] — builds, then saves a PNG of every wizard
# page as drawn by the real X11 platform under Xvfb (default OUT_DIR: build/screenshots).
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh run
sh scripts/build.sh build
OUT="${1:-build/screenshots}"
xvfb-run -a -s "-screen 0 1600x1000x24" ./build/tests/page_screenshots "$OUT" "${2:-1000x760}"
echo "Screenshots in $OUT"
