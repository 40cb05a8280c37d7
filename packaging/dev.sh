#!/usr/bin/env bash
# The two front-door commands of README.md:
#   packaging/dev.sh run    set up, build (Release) and start the reader
#   packaging/dev.sh test   set up, build and run every test
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
*)
    echo "usage: packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac
