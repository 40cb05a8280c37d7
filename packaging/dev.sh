#!/usr/bin/env bash
# The two front-door commands of README.md:
#   packaging/dev.sh run    set up, build (Release) and start the reader
#   packaging/dev.sh test   set up, build and run every test
# and the slower checks of README.md ("Sanitizers", "Performance"):
#   packaging/dev.sh asan   build with AddressSanitizer + UBSan and run every test (CI's second stage: .ci/asan)
#   packaging/dev.sh bench  build Release and print start-up, search and content-build figures
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
cd "$root"

command=${1:-}
shift || true

case $command in
run)
    bash "$here/setup-debian.sh" build
    cmake --preset release >/dev/null
    cmake --build --preset release --target heupwijzer
    exec "$root/build/release/src/app/heupwijzer" "$@"
    ;;
test)
    bash "$here/setup-debian.sh" test
    cmake --preset debug
    cmake --build --preset debug
    ctest --preset debug "$@"
    ;;
asan)
    bash "$here/setup-debian.sh" test
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan "$@"
    ;;
bench)
    bash "$here/setup-debian.sh" test
    cmake --preset release >/dev/null
    cmake --build --preset release --target startup_bench search_bench contentbuild_bench
    bench=$root/build/release/tests/bench
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    missed=0 # a benchmark exits non-zero when it misses its goal; print every figure first, then fail
    echo "== launch -> first paint and peak RSS, against a bare QTextBrowser window (the floor), on an X display"
    # The goal is judged where the reader runs: on a display (here a virtual X server). Both programs then pay
    # for connecting to it, as on a desktop.
    if [[ -n ${DISPLAY:-} ]]; then
        QT_QPA_PLATFORM=xcb "$bench/startup_bench" --runs 21 || missed=1
    else
        xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb "$bench/startup_bench" --runs 21 || missed=1
    fi
    echo "== the same without any display (offscreen, for reference: the floor then draws nowhere at all)"
    QT_QPA_PLATFORM=offscreen "$bench/startup_bench" --runs 21 || true
    echo "== search latency (real content and 10,000 synthetic chapters) against a plain FTS5 MATCH"
    "$bench/search_bench" --chapters 10000 || missed=1
    echo "== content build (content/ and 10,000 synthetic chapters)"
    "$bench/contentbuild_bench" --chapters 10000 || missed=1
    exit "$missed"
    ;;
*)
    echo "usage: packaging/dev.sh run|test|asan|bench" >&2
    exit 2
    ;;
esac
