#!/usr/bin/env bash
# Refresh the Qt Linguist files from the sources (keeps existing translations), then compile them.
# Edit resources/i18n/kundengespraech_en.ts with Qt Linguist (or any editor) before compiling.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
"$bin/pyside6-lupdate" -no-obsolete -locations none kundengespraech/ui/*.py \
  -ts resources/i18n/kundengespraech_en.ts
"$bin/pyside6-lrelease" -silent resources/i18n/kundengespraech_en.ts \
  -qm resources/i18n/kundengespraech_en.qm
