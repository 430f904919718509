#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is missing, build, run the
# embedded default scenario (Kazakhstan 2025, kz-2024-08-20 against kz-pre-robot), then
# build the browser visualizer and serve it on 127.0.0.1 (Ctrl-C stops the server).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash .ci/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native --parallel "$(nproc)" --target bailiff

# Main job: the national default scenario with both savings figures and their intervals.
./build/native/cli/bailiff simulate

cmake --preset wasm >/dev/null
cmake --build --preset wasm --parallel "$(nproc)" --target bailiff_web
exec web/serve.sh
