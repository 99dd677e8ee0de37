#!/usr/bin/env bash
# The browser tests drive Debian's chromium (never a downloaded browser build).
# Install it when it is missing and we are allowed to; otherwise say so plainly.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium for the browser tests…"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "chromium is missing at /usr/bin/chromium and cannot be installed without root: run 'apt-get install chromium'" >&2
  exit 1
fi
