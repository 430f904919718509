#!/usr/bin/env bash
# Every test on a fresh Debian 12 machine: install what is missing, build and test natively
# (and the MPI build against it; the Python module's pytest suite and the notebooks included),
# build and test the WASM build under node (its tests cross.* check that both builds give the
# same bytes), then the page in headless Chromium. Exits non-zero when any step fails; ends
# with one summary line.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

jobs="$(nproc 2>/dev/null || echo 2)"
fuzz_seconds=5
started=${SECONDS}
passed=()
failed=()

# step NAME COMMAND...: run COMMAND, record NAME as passed or failed with its duration.
step() {
  local name="$1"
  shift
  local t0=${SECONDS}
  echo "==> ${name}"
  if "$@"; then
    passed+=("${name} ($((SECONDS - t0)) s)")
    return 0
  fi
  failed+=("${name}")
  echo "==> FAILED: ${name}" >&2
  return 1
}

# quiet COMMAND...: run COMMAND with its stdout dropped (errors still show).
# shellcheck disable=SC2317  # called through step
quiet() {
  "$@" >/dev/null
}

summary() {
  local total=$((SECONDS - started))
  if ((${#failed[@]} == 0)); then
    echo "test.sh: PASS in ${total} s: ${passed[*]}"
    exit 0
  fi
  echo "test.sh: FAIL in ${total} s: failed: ${failed[*]}; passed: ${passed[*]:-none}" >&2
  exit 1
}

step "setup" bash .ci/setup.sh || summary

built=0
if step "native configure" quiet cmake --preset native &&
  step "native build" cmake --build --preset native --parallel "${jobs}"; then
  built=$((built + 1))
  step "native tests" ctest --preset native --parallel "${jobs}"
  # The Python module (built by the native preset): pytest against the CLI, then every
  # notebook executed headless and rendered to build/native/notebooks/*.html.
  step "python tests (pytest)" tests/python/run.sh build/native
  step "notebooks (nbconvert --execute)" notebooks/run.sh build/native
fi

# The bailiff command over Open MPI ranks (bailiff-mpi, from the native tree): the same bytes
# as bailiff for 1 to 4 ranks, and the faults (bad input on one rank, a rank killed) ending
# the job with no output.
if ((built == 1)); then
  step "mpi tests (1-4 ranks = plain build, faults)" \
    tests/mpi/run.sh build/native/cli/bailiff-mpi build/native/cli/bailiff
fi

# One clang tree with ASan + UBSan: the tests (but those labelled slow, whose code the others
# already cover) and every reader fuzzed briefly.
if step "sanitize configure" quiet cmake --preset sanitize &&
  step "sanitize build" quiet cmake --build --preset sanitize --parallel "${jobs}"; then
  step "sanitizer tests (ASan + UBSan)" ctest --preset sanitize --parallel "${jobs}"
  step "fuzz smoke (${fuzz_seconds} s per reader)" tests/fuzz/run.sh "${fuzz_seconds}"
fi

if step "wasm configure" quiet cmake --preset wasm &&
  step "wasm build" cmake --build --preset wasm --parallel "${jobs}"; then
  built=$((built + 1))
  # With the native tree built, its tests cross.* check that both builds give the same bytes.
  step "wasm tests (node; cross.* = native bytes)" ctest --preset wasm --parallel "${jobs}"
fi

if ((built == 2)); then
  step "browser tests (headless Chromium)" tests/web/run.sh build/wasm/web/site
else
  failed+=("browser (skipped: a build failed)")
fi

summary
