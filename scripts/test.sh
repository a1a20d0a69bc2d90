#!/bin/sh
# scripts/test.sh — installs what is missing, builds, and runs the whole test suite
# (CTest; every test runs offscreen, no display needed).
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh test
sh scripts/build.sh build
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
