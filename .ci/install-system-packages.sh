#!/usr/bin/env bash
# Installs what the tests need from Debian: PostgreSQL 15, Chromium, a Cyrillic font, and LibreOffice,
# poppler and tesseract with Russian, which check the reports (DOCX converted to PDF, pages to PNG, read back).
set -euo pipefail
need=()
for pkg in postgresql-15 chromium fonts-dejavu-core libreoffice-writer-nogui poppler-utils tesseract-ocr tesseract-ocr-rus; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
echo "system packages ready"
