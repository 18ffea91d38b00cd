#!/bin/sh
# Configures (once) and builds with Ninja and ccache. Usage: scripts/build.sh [target...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${IWINV_BUILD_DIR:-$root/build}"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE="${IWINV_BUILD_TYPE:-RelWithDebInfo}" \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        ${IWINV_CMAKE_ARGS:-}
fi
if [ $# -gt 0 ]; then
    for t in "$@"; do set -- "$@" --target "$t"; shift; done
fi
cmake --build "$build" "$@"
