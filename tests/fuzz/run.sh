#!/usr/bin/env bash
# Run every libFuzzer target of the `sanitize` preset for SECONDS each (default 30; .ci/test.sh runs
# 5 each; `tests/fuzz/run.sh 3600` for an hour each), seeded from the shipped
# data and the test fixtures (the committed corpus) plus a decide bundle written at run
# time. New inputs go to a scratch folder; crashes to build/sanitize/findings/. Prints one line
# per target with its executions and "N passed, N failed"; exits non-zero on any finding.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
seconds="${1:-30}"
build=build/sanitize
findings="${build}/findings"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/bailiff-fuzz.XXXXXX")"
trap 'rm -rf "${scratch}"' EXIT INT TERM
mkdir -p "${findings}"

declare -A seeds=(
  [policy]="data/policies tests/fixtures/policy"
  [cases]="data/cases tests/fixtures/cases tests/fixtures/cli tests/cases"
  [calendar]="data/calendars tests/fixtures/calendar"
  [behaviour]="data/behaviour"
  [population]="data/populations"
  [targets]="data/targets tests/fixtures/targets"
  [csv]="tests/fixtures/csv"
  [bundle]="${scratch}/bundle-seeds"
  [receipt]="${scratch}/receipt-seeds"
  [keyfile]="${scratch}/key-seeds"
)

# Bundle seeds: a decide bundle of the shipped example under each shipped policy.
mkdir -p "${scratch}/bundle-seeds"
for policy in kz-2024-08-20 kz-2024-pilot kz-pre-robot; do
  "${build}/cli/bailiff" decide --policy "${policy}" --bundle "${scratch}/bundle-seeds/${policy}.rbb" \
    >/dev/null 2>"${scratch}/seed.err" ||
    { echo "fuzz: cannot write the bundle seed for ${policy}: $(cat "${scratch}/seed.err")" >&2; exit 1; }
done

# Receipt seeds: every case of the example, from a bundle signed with the key fuzz_receipt
# checks against (seed bytes 0..31, a test key), which also seeds the bundle target.
mkdir -p "${scratch}/receipt-seeds"
{
  echo "robot-bailiff Ed25519 secret key v1"
  echo "key-id 56475aa75463474c"
  echo "public-key 03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"
  echo "seed 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
} >"${scratch}/fuzz.key"
# Key file seeds: that secret key and its public key file.
mkdir -p "${scratch}/key-seeds"
cp "${scratch}/fuzz.key" "${scratch}/key-seeds/fuzz.key"
head -n 3 "${scratch}/fuzz.key" | sed '1s/secret/public/' >"${scratch}/key-seeds/fuzz.pub"
"${build}/cli/bailiff" decide --bundle "${scratch}/bundle-seeds/signed.rbb" --sign "${scratch}/fuzz.key" \
  >/dev/null 2>"${scratch}/seed.err" ||
  { echo "fuzz: cannot write the signed bundle seed: $(cat "${scratch}/seed.err")" >&2; exit 1; }
for case_id in $(sed -n 's/.*"id": "\(EX-[^"]*\)".*/\1/p' data/cases/example.json); do
  "${build}/cli/bailiff" receipt "${scratch}/bundle-seeds/signed.rbb" --case "${case_id}" \
    -o "${scratch}/receipt-seeds/${case_id}.receipt" >/dev/null 2>"${scratch}/seed.err" ||
    { echo "fuzz: cannot write the receipt seed ${case_id}: $(cat "${scratch}/seed.err")" >&2; exit 1; }
done

passed=0
failed=0
for target in policy cases calendar behaviour population targets csv bundle receipt keyfile; do
  corpus="${scratch}/corpus-${target}"
  mkdir -p "${corpus}"
  # shellcheck disable=SC2086  # the seed folders are a list
  "${build}/tests/fuzz/fuzz_${target}" "${corpus}" ${seeds[${target}]} \
    -max_total_time="${seconds}" -timeout=20 -rss_limit_mb=2048 -max_len=131072 \
    -print_final_stats=1 -artifact_prefix="${findings}/${target}-" >"${scratch}/${target}.log" 2>&1
  status=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "${scratch}/${target}.log")"
  if ((status == 0)); then
    echo "fuzz ${target}: ${runs:-?} executions in ${seconds} s, no finding"
    passed=$((passed + 1))
  else
    echo "fuzz ${target}: FINDING (exit ${status}); input in ${findings}/; log:" >&2
    grep -E "ERROR|SUMMARY|==[0-9]+==|terminate|what\(\)" "${scratch}/${target}.log" | head -n 20 >&2
    failed=$((failed + 1))
  fi
done
echo "fuzz: ${passed} passed, ${failed} failed"
((failed == 0))
