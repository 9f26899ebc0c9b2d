#!/bin/sh
# Builds the Debian package from the app image the `app-image` Maven profile made, if the tools exist.
#
#   sh packaging/jpackage-deb.sh JPACKAGE APP_IMAGE_DIR RESOURCE_DIR [jpackage options...]
#
# jpackage needs dpkg-deb and fakeroot for --type deb; without them this prints why and exits 0, so
# `mvn -Papp-image package` still succeeds with just the app image. The desktop entry is
# packaging/hillas-explorer.desktop with Exec= and Icon= pointing at the installed launcher and icon
# (jpackage fills in APPLICATION_LAUNCHER and APPLICATION_ICON). Set HX_DEB_MAINTAINER to an e-mail
# address to name the package maintainer (jpackage writes "<Unknown>" otherwise).
set -eu

if [ "$#" -lt 3 ]; then
    echo "usage: $0 JPACKAGE APP_IMAGE_DIR RESOURCE_DIR [jpackage options...]" >&2
    exit 2
fi
jpackage=$1
app_image=$2
resource_dir=$3
shift 3

missing=""
for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
    echo "[jpackage-deb] skipping the .deb: not found on PATH:$missing (on Debian/Ubuntu: apt-get install$missing)"
    exit 0
fi
if [ ! -d "$app_image" ]; then
    echo "[jpackage-deb] no app image at '$app_image'" >&2
    exit 1
fi

here=$(cd "$(dirname "$0")" && pwd)
name=$(basename "$app_image")
rm -rf "$resource_dir"
mkdir -p "$resource_dir"
# jpackage looks for "<launcher name>.desktop" in the resource dir
sed -e 's|^Exec=.*|Exec=APPLICATION_LAUNCHER|' -e 's|^Icon=.*|Icon=APPLICATION_ICON|' -e '/^#/d' \
    "$here/hillas-explorer.desktop" > "$resource_dir/$name.desktop"

if [ -n "${HX_DEB_MAINTAINER:-}" ]; then
    set -- "$@" --linux-deb-maintainer "$HX_DEB_MAINTAINER"
fi
echo "[jpackage-deb] building the .deb from $app_image"
exec "$jpackage" --type deb --app-image "$app_image" --resource-dir "$resource_dir" "$@"
