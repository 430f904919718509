#!/bin/sh
# check-records and record-log through the real command (issue 23): the ground truth end to
# end (a generated clean log gives no finding; a log with injected deviations gives one
# finding per injection), no IIN and no key in any output, and the refusals of bad input.
#
# Usage: tests/cli/records_cli_test.sh SOURCE_DIR BAILIFF_COMMAND...
# Prints one line per check and "N passed, N failed"; exits non-zero when any check fails.
set -u

# shellcheck source=tests/cli/checks.sh
. "$(dirname "$0")/checks.sh"
begin_checks records-cli "$@"
shift
key="records-cli-test-key-0001"
printf '%s\n' "$key" >key.txt

# 1. A clean generated log: no finding.
run "$@" record-log --cases 3000 --seed 5 -o clean.csv
as_of=$(sed -n 's/.*check it with --as-of \([0-9-]*\).*/\1/p' err)
if [ "$status" -eq 0 ] && [ -n "$as_of" ] && has clean.csv "SIM-000002999,fine,"; then
  ok "record-log writes a log of 3,000 cases"
else
  bad "record-log (status $status): $(cat err)"
fi
run "$@" check-records clean.csv --iin-key-file key.txt --as-of "$as_of" --csv
if [ "$status" -eq 0 ] && [ "$(wc -l <out)" -eq 1 ]; then
  ok "the clean log gives no finding"
else
  bad "clean log: status $status, $(($(wc -l <out) - 1)) findings: $(head -3 out) $(cat err)"
fi

# 2. Injected deviations: one finding each, in CSV and in JSON Lines.
for form in csv jsonl; do
  flag=""
  [ "$form" = jsonl ] && flag="--jsonl"
  run "$@" record-log --cases 3000 --seed 5 --inject-rate 0.3 $flag --truth truth.csv -o dirty.$form
  injected=$(($(wc -l <truth.csv) - 1))
  run "$@" check-records dirty.$form --iin-key-file key.txt --as-of "$as_of" --csv
  found=$(($(wc -l <out) - 1))
  cut -d, -f1,4 out | tail -n +2 | sort >found.txt
  cut -d, -f1,2 truth.csv | tail -n +2 | sort >expected.txt
  if [ "$status" -eq 0 ] && [ "$injected" -gt 100 ] && cmp -s found.txt expected.txt; then
    ok "$form: $injected injected deviations, each found once with its kind"
  else
    bad "$form: $injected injected, $found found (status $status): $(diff expected.txt found.txt | head -5)"
  fi
done

# 3. No IIN and no key in any output of the check.
iins=$(grep ',fine,' dirty.csv | cut -d, -f6 | sort -u | head -200)
for format in "" --json --csv; do
  run "$@" check-records dirty.csv --iin-key-file key.txt --as-of "$as_of" $format
  leaked=""
  for iin in $iins; do
    if grep -q "$iin" out err; then leaked="$iin"; fi
  done
  if [ "$status" -eq 0 ] && [ -z "$leaked" ] && ! grep -q "$key" out err; then
    ok "check-records ${format:-text}: no IIN, no key"
  else
    bad "check-records ${format:-text}: status $status, leaked ${leaked:-the key}"
  fi
done

# 4. Refusals: no key; a malformed line (named by file, line and column); output untouched.
env -u BAILIFF_IIN_KEY "$@" check-records dirty.csv >out 2>err
status=$?
if [ "$status" -ne 0 ] && has err "at least 16 bytes"; then ok "no key: refused"; else bad "no key: $(cat err)"; fi
head -3 dirty.csv >bad.csv
printf 'SIM-000000000,event,2026-12-31,closed,100,,,,\n' >>bad.csv
run "$@" check-records bad.csv --iin-key-file key.txt -o report.txt
if [ "$status" -ne 0 ] && has err "bad.csv:line 4, column 32: action: expected one of the engine's actions" &&
  [ ! -e report.txt ]; then
  ok "an unknown action is refused at its line and column, and no report is written"
else
  bad "unknown action: status $status: $(cat err)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
