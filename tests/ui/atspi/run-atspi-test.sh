#!/bin/bash
# Starts the real Heupwijzer under a private X server (Xvfb) and a private D-Bus session with the AT-SPI bus,
# then lets check_tree.py read it like a screen reader (issue 8). Every process started here is stopped again,
# whatever happens. Usage: run-atspi-test.sh PATH/TO/heupwijzer
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

if [[ ${1:-} == --inside-session ]]; then
    # Second stage, inside dbus-run-session: the AT-SPI bus, the program, the check.
    app=$2
    children=()
    stop_children() {
        for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
        for pid in "${children[@]}"; do wait "$pid" 2>/dev/null || true; done
    }
    trap stop_children EXIT
    # D-Bus would activate the bus on demand; starting it ourselves makes a missing at-spi2-core fail loudly here.
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    children+=($!)
    export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
    "$app" &
    app_pid=$!
    children=("$app_pid" "${children[@]}")
    status=0
    timeout --kill-after=5 70 /usr/bin/python3 "$here/check_tree.py" "$app_pid" || status=$?
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "FAIL: Heupwijzer exited during the check" >&2
        status=1
    fi
    exit "$status"
fi

app=${1:?usage: run-atspi-test.sh PATH/TO/heupwijzer}
for tool in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (packaging/setup-debian.sh test)" >&2; exit 1; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null ||
    { echo "FAIL: python3-pyatspi is missing (packaging/setup-debian.sh test)" >&2; exit 1; }

# A throw-away home: the program must start as on a first run and must not touch the user's settings.
scratch=$(mktemp -d)
xvfb_pid=
cleanup() {
    if [[ -n $xvfb_pid ]]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data
export XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# Xvfb picks a free display itself (other test runs may hold some) and writes its number once it accepts
# clients: -displayfd is both the free-display search and the readiness signal.
mkfifo "$scratch/display"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$scratch/display" >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
display=
read -r -t 20 display <"$scratch/display" || true
if [[ -z $display ]]; then
    echo "FAIL: Xvfb did not report a display within 20 s:" >&2
    cat "$scratch/xvfb.log" >&2
    exit 1
fi
export DISPLAY=:$display

dbus-run-session -- bash "$0" --inside-session "$app"
