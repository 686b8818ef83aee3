#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: the browsers Debian ships, one per engine
# (no tool may download a browser of its own here): chromium (Blink), firefox-esr (Gecko) and
# webkit2gtk-driver (WebKitGTK's WebKitWebDriver and MiniBrowser) with xvfb, the virtual display
# WebKitGTK needs; Debian's postgresql (the server suite starts its own cluster from it; no system
# service is used); and the locked npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Puppeteer (the Firefox launcher) downloads nothing: .puppeteerrc.cjs says so too, for a plain `npm ci`.
export PUPPETEER_SKIP_DOWNLOAD=1
npm ci --no-audit --no-fund --loglevel=error
