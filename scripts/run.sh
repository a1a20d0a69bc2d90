#!/bin/sh
# scripts/run.sh [WIZARD OPTIONS] — installs what is missing, builds the wizard (only what it needs:
# no tests, fuzzers or benchmarks), and starts it. Without a display it starts under Xvfb (nothing
# is visible then; use it to check start-up, or set DISPLAY). Options are passed to
# o365-upgrade-wizard, e.g. --resume FILE, --lang de.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh run
if [ ! -f build/CMakeCache.txt ]; then
    # A first build: configured without the test suite (scripts/test.sh turns it on when it runs).
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
        -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build build --target o365-upgrade-wizard --parallel "$(nproc)"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec ./build/o365-upgrade-wizard "$@"
fi
echo "No display: starting the wizard under Xvfb (xvfb-run)."
exec xvfb-run -a -s "-screen 0 1280x800x24" ./build/o365-upgrade-wizard "$@"
