#!/bin/sh
# Browser tests of the web visualizer in Debian's headless Chromium (playwright-core from npm,
# pinned by tests/web/package-lock.json; never a downloaded browser).
# Usage: tests/web/run.sh [SITE_DIR]   (default build/wasm/web/site; build it with
#   cmake --preset wasm && cmake --build --preset wasm --target bailiff_web)
# Six suites: web.test.mjs (runs, exports, CSV, receipts, network, Web Workers), page.test.mjs (the
# headline and figures as HTML text, idle frames, stale marks, history, keyboard, sizes),
# edit.test.mjs (every policy parameter edited through its widget in ru, kk and en; the reform
# question and the savings answer), records.test.mjs (a recorded log checked in the page),
# keys.test.mjs (the keyboard first: Tab through every control, a reform by keys only) and
# screens.test.mjs (a phone, a laptop at 100% and 150% text, a desktop: the layout, no key
# figure off-screen or cut, touch and wheel scrolling). One suite: node SUITE.test.mjs SITE_DIR.
# Screenshots and downloads: tests/artifacts/web/. Exit status: non-zero on any failure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
site=${1:-$here/../../build/wasm/web/site}
if [ ! -f "$site/app.wasm" ]; then
  echo "tests/web: no site at $site (cmake --build --preset wasm --target bailiff_web)" >&2
  exit 1
fi
site=$(cd "$site" && pwd)  # absolute: the test runs from tests/web
[ -x "${BAILIFF_CHROMIUM:-/usr/bin/chromium}" ] || { echo "tests/web: chromium missing (apt-get install chromium)" >&2; exit 1; }
cd "$here"
if [ ! -d node_modules/playwright-core ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
status=0
node web.test.mjs "$site" || status=1
node page.test.mjs "$site" || status=1
node edit.test.mjs "$site" || status=1
node records.test.mjs "$site" || status=1
node keys.test.mjs "$site" || status=1
node screens.test.mjs "$site" || status=1
exit $status
