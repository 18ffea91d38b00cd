#!/bin/sh
# Fails when the Korean catalogue is not complete: runs lupdate over the sources into a copy of
# the .ts (so strings added to the code but not to the .ts count too) and looks for entries
# that are unfinished.
set -eu
lupdate="$1"; ts="$2"; sources="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check_ko.ts"
"$lupdate" -no-obsolete -locations none @"$sources" -ts "$work/check_ko.ts" >"$work/log" 2>&1 || {
    cat "$work/log"; exit 1; }
n=$(grep -c 'type="unfinished"' "$work/check_ko.ts" || true)
if [ "$n" -gt 0 ]; then
    echo "$n Korean translation(s) missing or unfinished; run the update_translations target and translate:"
    grep -B3 'type="unfinished"' "$work/check_ko.ts" | grep '<source>' | head -50
    exit 1
fi
echo "Korean catalogue complete"
