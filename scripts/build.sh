#!/bin/sh
# scripts/build.sh [BUILD_DIR] — configures and builds (Ninja, RelWithDebInfo).
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
