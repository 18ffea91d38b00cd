#!/bin/sh
# One command to install what is missing, build and start the console.
# With no saved credentials the console opens on the built-in demo account.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh" iwinv-console iwinv-sim
exec "${IWINV_BUILD_DIR:-$root/build}/iwinv-console" "$@"
