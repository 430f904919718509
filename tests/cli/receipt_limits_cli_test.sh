#!/bin/sh
# Issue 24, item 10: receipts the reader refuses. A 100,000-byte case id or a case with 1,600
# part payments gave a receipt (exit 0) that verify-receipt refused. The writer now enforces
# the reader's limits (audit/include/bailiff/audit/receipt.hpp: kMaxReceiptRecords,
# kMaxReceiptFieldBytes): what it cannot write whole it refuses, with no file; what it writes,
# verify-receipt accepts.
#
# Usage: tests/cli/receipt_limits_cli_test.sh SOURCE_DIR BAILIFF_COMMAND...
# Prints one line per check and "N passed, N failed"; exits non-zero when any check fails.
set -u

# shellcheck source=tests/cli/checks.sh
. "$(dirname "$0")/checks.sh"
begin_checks receipt-limits "$@"
shift

"$@" keygen -o k >/dev/null 2>&1

# an_id N: a case id of N bytes ("C-" then "x"s).
an_id() {
  printf 'C-'
  head -c "$(($1 - 2))" /dev/zero | tr '\0' x
}
# payments N: N part payments of 1 tenge on 2025-01-20, inside the 30-day term.
payments() {
  i=0
  sep=''
  while [ "$i" -lt "$1" ]; do
    printf '%s{"date": "2025-01-20", "amount_tenge": 1}' "$sep"
    sep=', '
    i=$((i + 1))
  done
}
# cases_of ID N: a one-case file, case ID with N part payments.
cases_of() {
  printf '{"cases": [{"id": "%s", "amount_tenge": 19660, "in_force": "2025-01-15", "payments": [%s]}]}\n' \
    "$1" "$(payments "$2")" >cases.json
  rm -f run.rbb case.rcpt
}

# Beyond the limits: refused, no file, the limit named.
for spec in "100000 1|a case id of 100,000 bytes, while a receipt holds case ids of at most 4,096" \
  "4090 1|a decision record of" \
  "20 1600|decision records, while a receipt holds at most 1,000"; do
  size=${spec%% *}
  rest=${spec#* }
  count=${rest%%|*}
  expected=${rest#*|}
  id=$(an_id "$size")
  cases_of "$id" "$count"
  "$@" decide --cases cases.json --bundle run.rbb --sign k.key >/dev/null 2>&1
  run "$@" receipt run.rbb --case "$id" --public-key k.pub -o case.rcpt
  if [ "$status" -eq 1 ] && [ ! -e case.rcpt ] && has err "$expected" && has err "(what verify-receipt reads): no receipt written"; then
    ok "a $size-byte case id with $count payments: no receipt, the limit named"
  else
    bad "$size-byte id, $count payments (status $status): $(head -c 400 err)"
  fi
done

# Inside the limits: the receipt written is one verify-receipt accepts.
for spec in "3000 1" "20 900"; do
  size=${spec% *}
  count=${spec#* }
  id=$(an_id "$size")
  cases_of "$id" "$count"
  "$@" decide --cases cases.json --bundle run.rbb --sign k.key >/dev/null 2>&1
  "$@" receipt run.rbb --case "$id" --public-key k.pub -o case.rcpt >/dev/null 2>&1
  run "$@" verify-receipt case.rcpt --public-key k.pub
  if [ "$status" -eq 0 ] && has out "AUTHENTIC"; then
    ok "a $size-byte case id with $count payments: receipt written and AUTHENTIC"
  else
    bad "$size-byte id, $count payments (status $status): $(head -c 400 err)"
  fi
done

echo "receipt_limits_cli_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
