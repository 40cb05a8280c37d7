#!/usr/bin/env bash
# Installs, with apt-get, exactly the Debian 12 packages that are missing for building, running or testing
# Heupwijzer, and says what it installs. Usage: packaging/setup-debian.sh [build|test|package|fuzz]
set -euo pipefail

profile=${1:-build}

# Why each package is here is written in README.md ("Dependencies").
build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libgl-dev qt6-svg-dev qt6-speech-dev qt6-declarative-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev libfontconfig-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libstemmer-dev libyaml-cpp-dev
    catch2 fonts-dejavu-core librsvg2-bin
)
test_packages=(
    poppler-utils
    qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio
    strace
    xvfb dbus at-spi2-core python3-pyatspi
)
fuzz_packages=(
    clang libclang-rt-14-dev
)
package_packages=(
    dpkg-dev file lintian appstream desktop-file-utils
)

packages=("${build_packages[@]}")
case $profile in
build) ;;
test) packages+=("${test_packages[@]}") ;;
package) packages+=("${package_packages[@]}") ;;
fuzz) packages+=("${fuzz_packages[@]}") ;;
*) echo "usage: packaging/setup-debian.sh [build|test|package|fuzz]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    echo "setup: all ${#packages[@]} packages are already installed."
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi

echo "setup: installing ${#missing[@]} missing package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
echo "setup: done."
