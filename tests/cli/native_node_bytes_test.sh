#!/usr/bin/env bash
# The cross-platform byte identity: `bailiff decide` prints the same bytes natively and under
# node for every shipped policy, JSON and readable, and the Monte Carlo `simulate` writes the
# same report natively with 1, 2 and 3 threads and under node.
#
# Usage: tests/cli/native_node_bytes_test.sh NATIVE_BAILIFF WASM_BAILIFF_JS
#   e.g. build/native/cli/bailiff build/wasm/cli/bailiff.js (ctest runs it as cross.bytes in
#   the wasm tree). Prints one line per check and "N passed, N failed"; exits 1 on any failure.
set -uo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 NATIVE_BAILIFF WASM_BAILIFF_JS" >&2
  exit 64
fi
native="$1"
wasm="$2"
if [ ! -x "${native}" ]; then
  echo "native_node_bytes_test: no native bailiff at ${native}: build the native preset first" >&2
  exit 1
fi
node=(node --no-experimental-fetch "${wasm}")
out="$(mktemp -d "${TMPDIR:-/tmp}/bailiff-bytes.XXXXXX")"
trap 'rm -rf "${out}"' EXIT
passed=0
failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
bad() { echo "FAILED: $*" >&2; failed=$((failed + 1)); }

for policy in kz-2024-08-20 kz-2024-pilot kz-pre-robot; do
  for format in json text; do
    args=(decide --policy "${policy}" --cases example --calendar kz)
    [[ "${format}" == json ]] && args+=(--json)
    name="${out}/${policy}.${format}"
    if ! "${native}" "${args[@]}" >"${name}.native"; then
      bad "native bailiff ${args[*]} failed"
    elif ! "${node[@]}" "${args[@]}" >"${name}.wasm"; then
      bad "node bailiff.js ${args[*]} failed"
    elif diff -u "${name}.native" "${name}.wasm" >"${name}.diff"; then
      ok "identical: bailiff ${args[*]} ($(wc -c <"${name}.native") bytes)"
    else
      bad "DIFFERENT: bailiff ${args[*]}; first lines of the diff:"
      head -n 20 "${name}.diff" >&2
    fi
  done
done

sim_args=(simulate --method mc --population synthetic:national --cases 200000 --replications 3 --json)
"${native}" "${sim_args[@]}" --threads 1 >"${out}/simulate.t1" 2>/dev/null || bad "native ${sim_args[*]} --threads 1 failed"
for threads in 2 3; do
  "${native}" "${sim_args[@]}" --threads "${threads}" >"${out}/simulate.t${threads}" 2>/dev/null ||
    bad "native ${sim_args[*]} --threads ${threads} failed"
  if cmp -s "${out}/simulate.t1" "${out}/simulate.t${threads}"; then
    ok "identical: bailiff ${sim_args[*]} --threads 1 and ${threads}"
  else
    bad "DIFFERENT: bailiff ${sim_args[*]} --threads 1 and ${threads}"
  fi
done
"${node[@]}" "${sim_args[@]}" >"${out}/simulate.wasm" 2>/dev/null || bad "node ${sim_args[*]} failed"
if cmp -s "${out}/simulate.t1" "${out}/simulate.wasm"; then
  ok "identical: bailiff ${sim_args[*]} natively and under node ($(wc -c <"${out}/simulate.wasm") bytes)"
else
  bad "DIFFERENT: bailiff ${sim_args[*]} natively and under node; first lines of the diff:"
  diff <(head -c 4000 "${out}/simulate.t1") <(head -c 4000 "${out}/simulate.wasm") | head -n 20 >&2
fi

echo "native_node_bytes_test: ${passed} passed, ${failed} failed"
[ "${failed}" -eq 0 ]
