#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through Debian's chromedriver (no browser download).
# Installs both where they are missing and this user may use apt; otherwise says what to do.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
echo "[ensure-chromium] Chromium or chromedriver missing: installing Debian's chromium and chromium-driver"
if [ "$(id -u)" = "0" ]; then
  SUDO=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "[ensure-chromium] cannot install without root: run 'sudo apt-get install chromium chromium-driver' and retry" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
echo "[ensure-chromium] installed: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
