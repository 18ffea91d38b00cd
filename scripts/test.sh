#!/bin/sh
# One command to install what is missing, build and run the whole test suite headless,
# inside its own D-Bus session with an unlocked throwaway keyring.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${IWINV_BUILD_DIR:-$root/build}"
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
export IWINV_TEST_BUILD_DIR="$build"
exec dbus-run-session -- sh "$root/scripts/test-in-session.sh" "$@"
