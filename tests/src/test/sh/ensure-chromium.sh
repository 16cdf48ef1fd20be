#!/usr/bin/env bash
# Makes sure Debian's headless Chromium is at /usr/bin/chromium for HtmlReportBrowserIT.
# Run by the tests module before the integration tests: `./mvnw -B verify` must set up a fresh
# machine (CI runs as root); elsewhere it installs with passwordless sudo or says how to.
set -euo pipefail

chromium=/usr/bin/chromium
[ -x "$chromium" ] && exit 0

install=(bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null')
if [ "$(id -u)" -eq 0 ]; then
  "${install[@]}"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo -n "${install[@]}"
else
  echo "ensure-chromium: $chromium is missing and cannot be installed without root;" \
    "install it with: sudo apt-get update && sudo apt-get install chromium" \
    "(or leave out the integration tests with -DskipITs)" >&2
  exit 1
fi

if [ ! -x "$chromium" ]; then
  echo "ensure-chromium: apt-get installed chromium, but $chromium is still missing" >&2
  exit 1
fi
echo "ensure-chromium: installed $("$chromium" --version)"
