#!/bin/sh
# Runs inside dbus-run-session (see test.sh): starts an unlocked gnome-keyring, then CTest.
set -eu
XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"; export XDG_RUNTIME_DIR
keyring_home=$(mktemp -d)
printf ci | XDG_DATA_HOME="$keyring_home" gnome-keyring-daemon --unlock --components=secrets >/dev/null
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    tries=$((tries + 1))
    [ "$tries" -gt 100 ] && { echo "gnome-keyring did not start" >&2; exit 1; }
    sleep 0.1
done
# Settings and data of the tests stay out of the real home.
XDG_CONFIG_HOME=$(mktemp -d); export XDG_CONFIG_HOME
XDG_DATA_HOME=$(mktemp -d); export XDG_DATA_HOME
XDG_CACHE_HOME=$(mktemp -d); export XDG_CACHE_HOME
cd "$IWINV_TEST_BUILD_DIR"
status=0
ctest --output-on-failure --timeout 300 -j2 "$@" || status=$?
exit "$status"
