#!/bin/sh
# run-with-keyring.sh TEST [ARGS...] — runs TEST inside a private D-Bus session with an
# unlocked gnome-keyring (a real Secret Service, as on a desktop). HOME must be a fresh,
# writable folder: the keyring file is created there.
exec dbus-run-session -- sh -c 'printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
