#!/usr/bin/env bash
# Prepare this checkout to run Kundengespräch: Qt's system libraries (Debian/Ubuntu, via apt)
# and a Python virtual environment in .venv with the app installed in editable mode.
#   bash packaging/bootstrap.sh          # what the app needs
#   bash packaging/bootstrap.sh --test   # plus what the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

# Qt 6 on X11 (and offscreen), printing, fonts; see shared platform facts.
system_packages=(
  libegl1 libgl1 libx11-6 libbrotli1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
  libxkbcommon0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libcups2
  fonts-dejavu-core python3-venv
)
# For the tests: PDF rendering checks, a virtual screen, and QR decoding of the sheet.
[ "$with_tests" = 1 ] && system_packages+=(poppler-utils xvfb xauth zbar-tools)

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for package in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
else
  echo "Not a Debian-like system: install Qt's system libraries with your package manager." >&2
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "Kundengespräch needs Python 3.11 or newer ($python is older)." >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
extras=""
[ "$with_tests" = 1 ] && extras="[test]"
log=$(mktemp)
if ! .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}" >"$log" 2>&1
then
  cat "$log" >&2
  exit 1
fi
rm -f "$log"
.venv/bin/python -c "import kundengespraech, PySide6, sqlalchemy, reportlab" \
  || { echo "Installation incomplete: see the messages above." >&2; exit 1; }
