#!/bin/sh
# scripts/deps.sh [build|test|run|fuzz]... — installs the Debian 12 packages the project needs
# and that are not installed yet (apt, as root or through sudo). Idempotent and quiet when
# nothing is missing.
set -eu

BUILD="g++ cmake ninja-build pkg-config qt6-base-dev qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools
qt6-tools-dev-tools libgl-dev libquazip1-qt6-dev libssl-dev libqt6svg6"
# qt6-translations-l10n: Qt's own qtbase_*.qm (QWizard's Back/Next/Cancel, standard dialogs).
RUN="xvfb xauth qt6-translations-l10n"
# fuzz: scripts/fuzz.sh: clang, and its libFuzzer and sanitizer runtimes (libclang-rt-14-dev, which
# clang only recommends: without it the fuzz build cannot link).
FUZZ="clang libclang-rt-14-dev"
TEST="xvfb xauth qt6-translations-l10n dbus gnome-keyring poppler-utils openssl php-pear python3 openssh-client openssh-server libxml2-utils dpkg-dev desktop-file-utils"

want=""
[ $# -eq 0 ] && set -- build
for set in "$@"; do
    case "$set" in
        build) want="$want $BUILD" ;;
        run) want="$want $BUILD $RUN" ;;
        test) want="$want $BUILD $TEST" ;;
        fuzz) want="$want $BUILD $FUZZ" ;;
        *) echo "deps.sh: unknown package set '$set' (build, run, test or fuzz)" >&2; exit 2 ;;
    esac
done

missing=""
for p in $want; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
    case "$status" in
        ii*) ;;
        *) case " $missing " in *" $p "*) ;; *) missing="$missing $p" ;; esac ;;
    esac
done
[ -z "$missing" ] && exit 0

echo "Installing missing Debian packages:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "deps.sh: run as root (or install sudo) to install:$missing" >&2; exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
