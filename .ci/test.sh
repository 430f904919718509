#!/usr/bin/env bash
# Every test on a fresh Debian 12 machine: install what is missing, build and test natively
# (and the MPI build against it; the Python module's pytest suite and the notebooks included),
# build and test the WASM build under node, then check that `bailiff decide` prints the same
# bytes natively and under node. Exits non-zero when any step fails; ends with one summary line.
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

# The cross-platform byte-identity check: the same report natively and under node.
# shellcheck disable=SC2317  # called through step
cross_check() {
  local native=./build/native/cli/bailiff wasm=./build/wasm/cli/bailiff.js
  local out=build/cross-check status=0 policy format args name
  mkdir -p "${out}"
  for policy in kz-2024-08-20 kz-2024-pilot kz-pre-robot; do
    for format in json text; do
      args=(decide --policy "${policy}" --cases example --calendar kz)
      [[ "${format}" == json ]] && args+=(--json)
      name="${out}/${policy}.${format}"
      if ! "${native}" "${args[@]}" >"${name}.native"; then
        echo "native bailiff ${args[*]} failed" >&2
        status=1
        continue
      fi
      if ! node "${wasm}" "${args[@]}" >"${name}.wasm"; then
        echo "node bailiff.js ${args[*]} failed" >&2
        status=1
        continue
      fi
      if diff -u "${name}.native" "${name}.wasm" >"${name}.diff"; then
        echo "identical: bailiff ${args[*]} ($(wc -c <"${name}.native") bytes)"
      else
        echo "DIFFERENT: bailiff ${args[*]}; first lines of ${name}.diff:" >&2
        head -n 20 "${name}.diff" >&2
        status=1
      fi
    done
  done
  # The simulation: identical bytes for 1, 2 and 3 threads natively and under node.
  local sim_args=(simulate --method mc --population synthetic:national --cases 200000 --replications 3 --json)
  "${native}" "${sim_args[@]}" --threads 1 >"${out}/simulate.t1" 2>/dev/null || status=1
  for threads in 2 3; do
    "${native}" "${sim_args[@]}" --threads "${threads}" >"${out}/simulate.t${threads}" 2>/dev/null || status=1
    if cmp -s "${out}/simulate.t1" "${out}/simulate.t${threads}"; then
      echo "identical: bailiff ${sim_args[*]} --threads 1 and ${threads}"
    else
      echo "DIFFERENT: bailiff ${sim_args[*]} --threads 1 and ${threads}" >&2
      status=1
    fi
  done
  node "${wasm}" "${sim_args[@]}" >"${out}/simulate.wasm" 2>/dev/null || status=1
  if cmp -s "${out}/simulate.t1" "${out}/simulate.wasm"; then
    echo "identical: bailiff ${sim_args[*]} native and under node ($(wc -c <"${out}/simulate.wasm") bytes)"
  else
    echo "DIFFERENT: bailiff ${sim_args[*]} native and under node" >&2
    diff <(head -c 4000 "${out}/simulate.t1") <(head -c 4000 "${out}/simulate.wasm") | head -n 20 >&2
    status=1
  fi
  return "${status}"
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
  step "wasm tests (node)" ctest --preset wasm --parallel "${jobs}"
fi

if ((built == 2)); then
  step "native = wasm bytes" cross_check
  step "bundles verify across builds" bash tests/cli/bundle_cross_check.sh \
    "$(pwd)/build/native/cli/bailiff" "node --no-experimental-fetch $(pwd)/build/wasm/cli/bailiff.js"
  step "browser tests (headless Chromium)" tests/web/run.sh build/wasm/web/site
else
  failed+=("native = wasm bytes, bundles, browser (skipped: a build failed)")
fi

summary
