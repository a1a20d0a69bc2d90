#!/bin/sh
# scripts/build.sh [BUILD_DIR] — configures and builds (Ninja, RelWithDebInfo).
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"
# -g1: line tables and function names (backtraces say where), not full debug info — the suite's
# build is mostly compile time, and full -g costs it without helping a test run.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
    -DBUILD_TESTING=ON >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
