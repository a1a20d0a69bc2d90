#!/bin/sh
# scripts/bench.sh [BUILD_DIR] [ITERATIONS] — builds and runs the benchmarks (bench/) offscreen and
# prints every figure as a ratio against its floor, measured in the same run, with the raw numbers.
# The machines are noisy: the figures are medians; run it on a quiet machine (see `uptime`).
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build-bench}"
N="${2:-}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_BENCHMARKS=ON >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target bench >/dev/null

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/runtime" "$scratch/data" "$scratch/config" "$scratch/home"
chmod 700 "$scratch/runtime"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" \
    XDG_CONFIG_HOME="$scratch/config" HOME="$scratch/home"

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average:$(uptime | sed 's/.*load average://')"
for b in bench_startup bench_checks bench_page_checks bench_export; do
    echo
    if [ -n "$N" ]; then "$BUILD_DIR/bench/$b" --iterations "$N"; else "$BUILD_DIR/bench/$b"; fi
done
echo
echo "# load average after:$(uptime | sed 's/.*load average://')"
