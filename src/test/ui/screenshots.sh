#!/usr/bin/env bash
# Makes the screenshots of every page for the README: runs the browser tests (src/test/java/jp/advisor/ui, Selenium on
# Debian's chromium, installed by .ci/chromium.sh when missing), which save target/screenshots/*.png, and copies them
# to docs/screenshots/. Run from anywhere: bash src/test/ui/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
bash .ci/chromium.sh
rm -rf target/screenshots
mvn -B -q test -Dtest='jp.advisor.ui.**.*Test' -Dsurefire.failIfNoSpecifiedTests=false
mkdir -p docs/screenshots
cp target/screenshots/*.png docs/screenshots/
ls -1 docs/screenshots
