#!/bin/sh
# Issue 24, item 8: IINs that slipped past the 12-digit rule. One rule now, applied by every
# reader and every message writer: any run of 12 or more digits that contains a valid IIN is
# refused in identifiers and names and never echoed. 990804314858 is a valid IIN; each check
# below fed it (alone or inside a 13- to 20-digit run) to a reader or an option and greps
# everything printed for its digits.
#
# Usage: tests/cli/iin_rule_cli_test.sh SOURCE_DIR BAILIFF_COMMAND...
# Prints one line per check and "N passed, N failed"; exits non-zero when any check fails.
set -u

# shellcheck source=tests/cli/checks.sh
. "$(dirname "$0")/checks.sh"
begin_checks iin-rule "$@"
shift

iin=990804314858
# refused WHAT EXPECTED: the last run failed (exit 2), printed nothing on stdout, said
# EXPECTED on stderr and showed no 12 consecutive digits of the IIN anywhere.
refused() {
  if [ "$status" -eq 2 ] && [ ! -s out ] && has err "$2" && ! cat out err | grep -q "$iin"; then
    ok "$1"
  else
    bad "$1 (status $status): $(cat out err | head -c 400)"
  fi
}

# Identifiers of the cases file: a 13- to 20-digit run holding the IIN.
for value in "C-1$iin" "${iin}7" "00000000$iin" "art. 5$iin"; do
  for field in id debtor region article; do
    if [ "$field" = id ]; then other='"region": "Taraz"'; else other='"id": "C-1"'; fi
    printf '{"cases": [{%s, "amount_tenge": 19660, "in_force": "2025-01-15", "%s": "%s"}]}\n' \
      "$other" "$field" "$value" >cases.json
    run "$@" decide --cases cases.json
    refused "cases file: $field \"$value\" refused, not echoed" "/cases/0/$field: $field: expected"
  done
done

# The IIN as an amount (the CSV already capped amounts below 10^11 tenge).
for amount in "$iin" "\"$iin.00\""; do
  printf '{"cases": [{"id": "C-1", "amount_tenge": %s, "in_force": "2025-01-15"}]}\n' "$amount" >cases.json
  run "$@" decide --cases cases.json
  refused "cases file: amount_tenge $amount refused, not echoed" "/cases/0/amount_tenge: amount_tenge: expected an"
  printf '{"cases": [{"id": "C-1", "amount_tenge": 19660, "in_force": "2025-01-15", "payments": [{"date": "2025-01-16", "amount_tenge": %s}]}]}\n' \
    "$amount" >cases.json
  run "$@" decide --cases cases.json
  refused "cases file: a payment of $amount refused, not echoed" \
    "/cases/0/payments/0/amount_tenge: amount_tenge: expected an"
done

# File names and command-line values echoed in errors.
printf '{"cases": []' >"cases-$iin.json"
run "$@" decide --cases "cases-$iin.json"
refused "a damaged file whose name holds the IIN: named without it" "cases-(not shown: it may be an IIN).json"
run "$@" decide --cases "missing-1$iin.json"
refused "a missing file whose name holds the IIN: named without it" "missing-(not shown: it may be an IIN).json"
for value in "$iin" "C-1$iin"; do
  run "$@" explain --case "$value"
  refused "explain --case $value: not echoed" "--case: case: expected the id of a case in the file"
done
run "$@" simulate --cases 100 --replications 1 --report-period 2025-01-01..2025-12-31 --region "$iin"
refused "simulate --region $iin: not echoed" "region"
run "$@" decide --horizon "2026-12-3$iin"
refused "decide --horizon with the IIN: not echoed" "--horizon: horizon: expected a date YYYY-MM-DD"

# Names in the policy and behaviour files.
sed "s/\"title\": \"Order 697/\"title\": \"Order 1$iin/" "$source_dir/data/policies/kz-2024-08-20.json" >policy.json
run "$@" decide --policy policy.json
refused "a policy title holding the IIN: refused, not echoed" "policy.json:/title: title: expected"
sed "0,/\"name\": \"/s//\"name\": \"seg-$iin-/" "$source_dir/data/behaviour/default.json" >behaviour.json
run "$@" simulate --cases 100 --replications 1 --behaviour behaviour.json
refused "a behaviour segment name holding the IIN: refused, not echoed" "behaviour.json:/segments/0/name: name: expected"

# The historical CSV: a case id holding the IIN inside a longer run.
{
  echo "case_id,debtor_iin,region,article,amount_tenge,in_force,payment_date,payment_amount_tenge"
  echo "C-1$iin,920615400031,Zhambyl,592,19660,2024-01-15,,"
} >long-id.csv
run "$@" simulate --population csv:long-id.csv --iin-key 0123456789abcdef0123 --replications 1
refused "CSV case id C-1$iin: refused, not echoed" "long-id.csv:line 2, column 1: case_id: expected a case id that is not an IIN"

# A receipt whose case id was edited to hold the IIN (same length, so only that check fails).
"$@" keygen -o k >/dev/null 2>&1
"$@" decide --bundle run.rbb --sign k.key >/dev/null 2>&1
"$@" receipt run.rbb --case EX-04-private-bailiff --public-key k.pub -o ex04.rcpt >/dev/null 2>&1
printf 'X-%s-bailif' "$iin" | dd of=ex04.rcpt bs=1 seek=14 conv=notrunc 2>/dev/null
run "$@" verify-receipt ex04.rcpt --public-key k.pub
if [ "$status" -ne 0 ] && ! cat out err | grep -q "$iin" &&
  has err "case id: expected a case id without an IIN, found digits that may be an IIN (not shown)"; then
  ok "a receipt whose case id holds the IIN: refused, not echoed"
else
  bad "receipt with the IIN in its case id (status $status): $(cat out err | head -c 400)"
fi

echo "iin_rule_cli_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
