#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is missing, build natively, run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash .ci/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native --parallel "$(nproc)" --target bailiff

# Main job: decide the shipped example cases (defaults: policy kz-2024-08-20, calendar kz).
./build/native/sim/cli/bailiff decide
