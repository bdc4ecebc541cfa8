#!/usr/bin/env bash
# A real print queue for the printing test on a fresh Debian machine without systemd (run as
# root): installs CUPS and the virtual PDF printer (cups-pdf) only if missing, starts cupsd
# unless it runs, creates the queue "PDF" and makes it the default printer. Everything goes to
# stderr except the last line on stdout, the folder where cups-pdf writes the printed files:
#   out=$(bash .ci/cups.sh)
set -euo pipefail
exec 3>&1 1>&2

QUEUE=PDF
PPD=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd

if [ "$(id -u)" -ne 0 ]; then
  echo "cups.sh: must run as root (apt-get, cupsd, lpadmin)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
if ! installed cups || ! installed printer-driver-cups-pdf; then
  echo "Installing CUPS and cups-pdf ..."
  install_packages() {
    apt-get install -y -qq --no-install-recommends cups printer-driver-cups-pdf >/dev/null
  }
  # Refresh the package lists only when the install fails with the lists at hand.
  install_packages || { apt-get update -qq && install_packages; }
fi
[ -f "$PPD" ] || { echo "cups.sh: $PPD missing after installing cups-pdf." >&2; exit 1; }

if lpstat -r 2>/dev/null | grep -q "is running"; then
  echo "cupsd is already running."
else
  mkdir -p /run/cups
  # Fd 3 (our stdout) is closed for the daemon: holding it open would make a caller's
  # $(bash .ci/cups.sh) wait forever.
  cupsd 3>&-
  for _ in $(seq 1 40); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.25
  done
  lpstat -r | grep -q "is running" || { echo "cups.sh: cupsd did not start." >&2; exit 1; }
fi

lpadmin -p "$QUEUE" -v cups-pdf:/ -P "$PPD" -E
lpadmin -d "$QUEUE"
cupsenable "$QUEUE"
cupsaccept "$QUEUE"
lpstat -d -p "$QUEUE" >&2

# cups-pdf writes to "Out" of its configuration, ${HOME}/PDF of the printing user by default.
out=$(awk '$1 == "Out" { print $2 }' /etc/cups/cups-pdf.conf | tail -n 1)
out=${out:-'${HOME}/PDF'}
home=$(getent passwd "$(id -un)" | cut -d: -f6)
out=${out//'${HOME}'/$home}
out=${out//'${USER}'/$(id -un)}
echo "Printed files land in $out."
echo "$out" >&3
