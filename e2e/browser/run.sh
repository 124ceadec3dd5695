#!/usr/bin/env bash
# Browser end-to-end tests of the station consoles and displays, against a running stack
# (FARMASI_URL, ANTREAN_URL, ... default to the local stack's ports). Installs Debian's chromium and the pinned
# playwright-core when missing. SCREENSHOTS=1 also rewrites docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if command -v apt-get >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium
  else
    echo "chromium missing at ${CHROMIUM_PATH:-/usr/bin/chromium} (set CHROMIUM_PATH)" >&2; exit 1
  fi
fi
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund
fi
node --test --test-concurrency=1 terbilang.test.mjs stations.test.mjs simrs.test.mjs vclaim.test.mjs voice.test.mjs kiosk.test.mjs operator.test.mjs
if [ "${SCREENSHOTS:-0}" = "1" ]; then
  node screenshots.mjs
fi
