#!/bin/sh
# Serve the built web app on 127.0.0.1 and print its URL (the main job's last step).
# Usage: web/serve.sh [SITE_DIR] [PORT]   (default build/wasm/web/site, port 8080)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
site=${1:-$root/build/wasm/web/site}
port=${2:-8080}
[ -f "$site/index.html" ] || { echo "web/serve.sh: no site at $site (cmake --build --preset wasm --target bailiff_web)" >&2; exit 1; }
exec node "$root/tests/web/serve.mjs" "$site" "$port"
