#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser download does not work on our
# machines). Installs it when /usr/bin/chromium is missing; needs root (CI and our machines run as root).
set -euo pipefail
CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser tests need Debian's Chromium at $CHROMIUM: run 'sudo apt-get install chromium' once." >&2
  exit 1
fi
echo "Installing Debian's Chromium for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core > /dev/null
"$CHROMIUM" --version
