#!/bin/sh
# scripts/run.sh [WIZARD OPTIONS] — installs what is missing, builds, and starts the wizard.
# Without a display it starts under Xvfb (nothing is visible then; use it to check start-up,
# or set DISPLAY). Options are passed to o365-upgrade-wizard, e.g. --resume FILE, --lang de.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh run
sh scripts/build.sh build
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec ./build/o365-upgrade-wizard "$@"
fi
echo "No display: starting the wizard under Xvfb (xvfb-run)."
exec xvfb-run -a -s "-screen 0 1280x800x24" ./build/o365-upgrade-wizard "$@"
