#!/bin/sh
# package-test.sh SOURCE_DIR BUILD_DIR SCRATCH — builds the .deb with CPack, unpacks it into a
# scratch root with dpkg -x, runs the installed binary, and validates the .desktop file.
set -eu
src="$1"; build="$2"; scratch="$3"
rm -rf "$scratch"; mkdir -p "$scratch/out" "$scratch/root"
cd "$build"
cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
echo "package: $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
case "$depends" in *libqt6widgets6*) ;; *) echo "FAIL: Depends lacks libqt6widgets6"; exit 1 ;; esac
dpkg -x "$deb" "$scratch/root"
for f in usr/bin/o365-upgrade-wizard usr/share/applications/o365-upgrade-wizard.desktop \
         usr/share/icons/hicolor/scalable/apps/o365-upgrade-wizard.svg; do
    [ -e "$scratch/root/$f" ] || { echo "FAIL: $f missing from the package"; exit 1; }
done
version=$("$scratch/root/usr/bin/o365-upgrade-wizard" --version)
echo "installed binary: $version"
case "$version" in "o365-upgrade-wizard "*) ;; *) echo "FAIL: unexpected --version output"; exit 1 ;; esac
desktop-file-validate "$scratch/root/usr/share/applications/o365-upgrade-wizard.desktop"
echo "desktop-file-validate: ok"
