#!/bin/sh
# Saves screenshots of the running console (demo account) under Xvfb, in Korean and English,
# into docs/screenshots/. Usage: scripts/screenshots.sh [build-dir]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="${1:-${IWINV_BUILD_DIR:-$root/build}}"
out="$root/docs/screenshots"
mkdir -p "$out"
for lang in ko en; do
    xvfb-run -a -s '-screen 0 1400x900x24' sh -c "
        '$build/iwinv-console' --lang $lang -geometry 1400x900+0+0 >/dev/null 2>&1 &
        pid=\$!
        sleep 5
        import -window root '$out/instances-$lang.png'
        kill \$pid"
    echo "$out/instances-$lang.png"
done
