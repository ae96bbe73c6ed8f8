#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the app and its tests need: the libraries Qt loads,
# CJK fonts (Noto CJK for the screen, TrueType faces reportlab can embed), Xvfb and
# poppler-utils for screenshots and PDF pages, LibreOffice Calc (re-saving workbooks in the
# sync tests; with python3-uno, opening password-protected ones), 7-Zip (opening the
# encrypted photo archives). Does nothing when all are present.
set -euo pipefail

PACKAGES=(
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libxrender1 libxi6
  fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-ukai fonts-arphic-uming
  xvfb xauth poppler-utils
  libreoffice-calc-nogui python3-uno p7zip-full
)

command -v dpkg-query >/dev/null || { echo "not a Debian-like system: install Qt's libraries and a CJK font by hand" >&2; exit 0; }
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
