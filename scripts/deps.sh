#!/bin/sh
# Installs the Debian 12 packages the console needs to build, run and test.
# Skips apt-get entirely when everything is already installed, so a second run is instant.
set -eu

PACKAGES="cmake g++ make ninja-build ccache pkg-config
qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libxkbcommon-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
qt6-svg-dev qtkeychain-qt6-dev libsecret-1-0 libqt6sql6-sqlite
xvfb xauth dbus gnome-keyring libsecret-tools fonts-noto-cjk imagemagick
curl openssl ca-certificates"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Run as root (or install sudo) to install:$missing" >&2; exit 1; }
    SUDO="sudo"
fi
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
