#!/usr/bin/env bash
# Builds the Debian package from the release preset and checks it as Debian and a desktop would:
#   lintian --pedantic (fails on any error, warning or pedantic tag), desktop-file-validate, appstreamcli,
#   then installs the .deb on this machine, runs `heupwijzer --version` and removes the package again.
# Usage: packaging/check-deb.sh          (needs root or sudo for apt-get and dpkg)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=$root/build/release
cd "$root"

sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi

step() { printf '\n== %s\n' "$*"; }

step "set-up and build (release preset: only the reader and its package data)"
bash "$here/setup-debian.sh" package
cmake --preset release >/dev/null
cmake --build --preset release --target heupwijzer heupwijzer_package_data

step "cpack"
rm -rf "$build/packages"
cpack --config "$build/CPackConfig.cmake" -G DEB
deb=$(find "$build/packages" -maxdepth 1 -name 'heupwijzer_*.deb')
[[ -f $deb ]] || { echo "check-deb: cpack made no heupwijzer_*.deb in $build/packages" >&2; exit 1; }
version=$(dpkg-deb --field "$deb" Version)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

step "lintian --pedantic"
# lintian warns when run as root; the check itself is the same.
lintian --pedantic --display-info --display-experimental --show-overrides --fail-on error,warning,pedantic "$deb"
echo "lintian: no error, warning or pedantic tag"

step "desktop file and AppStream metainfo, as installed by the package"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb --extract "$deb" "$unpacked"
desktop-file-validate "$unpacked"/usr/share/applications/*.desktop
echo "desktop-file-validate: passed"
appstreamcli validate --no-net "$unpacked"/usr/share/metainfo/*.metainfo.xml

step "install, run --version, remove"
"${sudo[@]}" dpkg -i "$deb"
trap 'rm -rf "$unpacked"; "${sudo[@]}" dpkg -r heupwijzer >/dev/null 2>&1 || true' EXIT
output=$(QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/heupwijzer --version)
echo "$output"
"${sudo[@]}" dpkg -r heupwijzer
trap 'rm -rf "$unpacked"' EXIT
[[ $output == *"$version"* ]] || { echo "check-deb: --version printed no $version" >&2; exit 1; }
[[ ! -e /usr/bin/heupwijzer ]] || { echo "check-deb: /usr/bin/heupwijzer is still there after dpkg -r" >&2; exit 1; }

step "check-deb: $(basename "$deb") passed every check"
