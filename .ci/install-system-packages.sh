#!/usr/bin/env bash
# Installs what the tests need from Debian: PostgreSQL 15, Chromium and a Cyrillic font.
set -euo pipefail
need=()
for pkg in postgresql-15 chromium fonts-dejavu-core; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
echo "system packages ready"
