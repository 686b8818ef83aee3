#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: the Debian chromium package (no tool may
# download a browser of its own here), Debian's postgresql (the server suite starts its own cluster
# from it; no system service is used) and the locked npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export PUPPETEER_SKIP_DOWNLOAD=1
npm ci --no-audit --no-fund --loglevel=error
