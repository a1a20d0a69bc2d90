#!/bin/sh
# scripts/test.sh — installs what is missing, builds, and runs the whole test suite
# (CTest; every test runs offscreen, no display needed), then a short libFuzzer run of each fuzz
# target (clang, address and undefined sanitizers; scripts/fuzz.sh): O365_FUZZ_SECONDS seconds each,
# 4 by default (12 targets; the suite stays under 15 minutes on 2 cores), 0 to leave it out. A crash fails the command and leaves its input in build-fuzz/artifacts/.
set -eu
cd "$(dirname "$0")/.."
t0=$(date +%s)
phase() { echo "== scripts/test.sh: $1 after $(($(date +%s) - t0)) s"; }
sh scripts/deps.sh test
sh scripts/pwsh.sh
phase "packages"
sh scripts/build.sh build
phase "build"
(cd build && ctest --output-on-failure --parallel "$(nproc)" --timeout 600)
phase "CTest"
FUZZ_SECONDS="${O365_FUZZ_SECONDS:-4}"
case "$FUZZ_SECONDS" in
    '' | *[!0-9]*) echo "scripts/test.sh: O365_FUZZ_SECONDS must be a number of seconds (0: no fuzzing)" >&2; exit 2 ;;
esac
if [ "$FUZZ_SECONDS" -gt 0 ]; then
    sh scripts/fuzz.sh "$FUZZ_SECONDS"
    phase "fuzzing"
fi
