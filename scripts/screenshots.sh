#!/bin/sh
# scripts/screenshots.sh [OUT_DIR] [WIDTHxHEIGHT] — builds, then saves a PNG of every wizard
# page as drawn by the real X11 platform under Xvfb (default OUT_DIR: build/screenshots).
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh run
sh scripts/build.sh build
OUT="${1:-build/screenshots}"
xvfb-run -a -s "-screen 0 1600x1000x24" ./build/tests/page_screenshots "$OUT" "${2:-1000x760}"
# Two training scenarios, each at the page where its fault shows (docs/training-*.png).
xvfb-run -a -s "-screen 0 1600x1000x24" ./build/tests/training_screenshots \
    "$OUT/training-expired-certificate-gateway.png" expired-certificate gateway 1000x820 gateway.6b
xvfb-run -a -s "-screen 0 1600x1000x24" ./build/tests/training_screenshots \
    "$OUT/training-http-request2-missing-provisioning.png" http-request2-missing provisioning 1000x820 provisioning.2
echo "Screenshots in $OUT"
