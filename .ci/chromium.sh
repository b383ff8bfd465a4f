#!/usr/bin/env bash
# Installs (if missing) Debian's chromium and chromium-driver and a Japanese font for the browser tests
# (src/test/java/jp/advisor/ui/: Selenium drives /usr/bin/chromium headless through /usr/bin/chromedriver).
# Without a CJK font the pages' Japanese draws as boxes in the screenshots.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
        && fc-list :lang=ja 2>/dev/null | grep -q .; then
    echo "Chromium ready: $(chromium --version 2>/dev/null | head -1), $(chromedriver --version 2>/dev/null | head -1)"
    exit 0
fi
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium chromium-driver fonts-noto-cjk >/dev/null
echo "Chromium ready: $(chromium --version 2>/dev/null | head -1), $(chromedriver --version 2>/dev/null | head -1)"
