#!/usr/bin/env bash
# Offline proof: runs the reader through a scripted session (start, chapters, search, glossary, handout PDF) under
# strace and fails if it ever creates a socket other than AF_UNIX or connects/sends to a non-local address.
#
# Which families count as network: every family except AF_UNIX (= AF_LOCAL). AF_INET/AF_INET6 are the internet;
# AF_NETLINK is how glibc and Qt's network-information code ask the kernel for interfaces and routes, which a
# reader that never goes online has no reason to do; AF_PACKET and the rest are rarer still. AF_UNIX stays allowed:
# it never leaves the computer (X11/Wayland, D-Bus, fontconfig, speech-dispatcher).
#
# Usage: offline_session.sh PATH/TO/heupwijzer
set -euo pipefail

app=${1:?usage: offline_session.sh PATH/TO/heupwijzer}
command -v strace >/dev/null || { echo "strace is missing: bash packaging/setup-debian.sh test" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# 1. The binary links no Qt networking at all (directly or through a library it loads at start).
if readelf -d "$app" | grep -q 'NEEDED.*Qt6Network' || ldd "$app" | grep -q 'libQt6Network'; then
    echo "FAIL: $app links libQt6Network" >&2
    exit 1
fi

# 2. The session, with a fresh home so no user setting or cache takes part.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data
export XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/runtime QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
pdf=$scratch/handout.pdf
log=$scratch/strace.log
# LeakSanitizer cannot work in a traced process ("LeakSanitizer does not work under ptrace"): it aborts at exit.
# So the traced run never checks leaks (the option does nothing in a build without sanitizers), and a sanitizer
# build runs the same session once more below, untraced, with leak detection as set by the caller.
if ! ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
    strace -f -qq -e trace=network -o "$log" "$app" --self-test-session "$pdf"; then
    echo "FAIL: the scripted session did not finish with exit code 0" >&2
    exit 1
fi
[[ -s $pdf && $(head -c 5 "$pdf") == "%PDF-" ]] || { echo "FAIL: no handout PDF at $pdf" >&2; exit 1; }
leaks=''
if readelf -d "$app" | grep -q 'NEEDED.*libasan'; then
    if ! "$app" --self-test-session "$scratch/untraced.pdf"; then
        echo "FAIL: the scripted session without strace (for LeakSanitizer) did not finish with exit code 0" >&2
        exit 1
    fi
    leaks='; run again without strace for LeakSanitizer'
fi

# 3. Every socket is AF_UNIX; no address of another family appears in any call (connect, bind, sendto, …).
sockets=$(grep -c 'socket(' "$log" || true)
families='socket\(AF_|sa_family=AF_|nl_family='
local_only='socket\(AF_(UNIX|LOCAL)|sa_family=AF_(UNIX|LOCAL)'
foreign=$(grep -E "$families" "$log" | grep -vE "$local_only" || true)
if [[ -n $foreign ]]; then
    echo "FAIL: network sockets or addresses in the session:" >&2
    echo "$foreign" >&2
    exit 1
fi
echo "PASS: $sockets socket() calls, all AF_UNIX; handout PDF of $(stat -c %s "$pdf") bytes; no libQt6Network$leaks"
