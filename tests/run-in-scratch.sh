#!/bin/sh
# run-in-scratch.sh SCRATCH_DIR TEST_BINARY [ARGS...]
# Gives a test fresh, private XDG folders (0700 runtime dir) and runs it.
scratch="$1"; shift
rm -rf "$scratch"
mkdir -p "$scratch/runtime" "$scratch/data" "$scratch/config" "$scratch/home"
chmod 700 "$scratch/runtime"
exec "$@"
