#!/bin/sh
# The CLI's handling of secrets, output files and damaged bundles (issue 10): the IIN key is
# never recorded, outputs are refused or replaced safely, a tampered bundle ends explain and
# export-jsonl before they print, and a case near the calendar's end is decided, not fatal.
#
# Usage: tests/cli/evidence_cli_test.sh SOURCE_DIR BAILIFF_COMMAND...
#   e.g. tests/cli/evidence_cli_test.sh . build/native/cli/bailiff
#        tests/cli/evidence_cli_test.sh . node --no-experimental-fetch build/wasm/cli/bailiff.js
# Prints one line per check and "N passed, N failed"; exits non-zero when any check fails.
set -u

# shellcheck source=tests/cli/checks.sh
. "$(dirname "$0")/checks.sh"
begin_checks evidence-cli "$@"
shift
csv="$source_dir/tests/fixtures/csv/valid.csv"
key="evidence-test-key-0123456789"

# 1. The IIN key never reaches a bundle, whichever way it is given; a short key is refused.
run "$@" simulate --population synthetic:taraz-pilot --cases 2000 --replications 1 \
  --iin-key "$key" --bundle key.rbb
if [ "$status" -eq 0 ] && ! grep -q "$key" key.rbb && grep -q -- '--iin-key (not recorded)' key.rbb; then
  ok "--iin-key is not recorded in the bundle"
else
  bad "--iin-key recorded or run failed (status $status): $(cat err)"
fi
run "$@" export-jsonl key.rbb
if [ "$status" -eq 0 ] && ! grep -q "$key" out; then ok "export-jsonl shows no key"; else bad "export-jsonl: $(cat err)"; fi

printf '%s\n' "$key" >key.txt
run "$@" simulate --population "csv:$csv" --replications 1 --iin-key-file key.txt --json
file_status=$status
cp out from_file.json
BAILIFF_IIN_KEY=$key "$@" simulate --population "csv:$csv" --replications 1 --json >from_env.json 2>err
env_status=$?
if [ "$file_status" -eq 0 ] && [ "$env_status" -eq 0 ] && cmp -s from_file.json from_env.json; then
  ok "--iin-key-file and BAILIFF_IIN_KEY give the same run"
else
  bad "key file / environment differ or failed: $(cat err)"
fi
if grep -q "$key" from_file.json; then bad "the key appears in --json"; else ok "the key is not in --json"; fi

run "$@" simulate --population "csv:$csv" --replications 1 --iin-key short-key
if [ "$status" -ne 0 ] && grep -q "expected a key of at least 16 bytes" err && ! grep -q short-key err; then
  ok "a short key is refused without echoing it"
else
  bad "short key: status $status: $(cat err)"
fi
run "$@" simulate --population "csv:$csv" --iin-key "$key" --iin-key-file key.txt
if [ "$status" -ne 0 ] && grep -q "not both" err; then ok "two key sources are refused"; else bad "two key sources: $(cat err)"; fi

# The records' recorded payments as calibration targets (calibrate --population csv:PATH).
run "$@" calibrate --population "csv:$csv" --iin-key-file key.txt --max-iterations 0 --json
if [ "$status" -eq 0 ] && has out '"target": "recorded-paid-share-discount"' &&
  has out '"figure": "2 of 5 records closed as paid in the discount stage"' &&
  has out '"target": "recorded-mean-paid-discount"' &&
  has out '"figure": "9,830.00 tenge on average over the 2 records closed as paid in the discount stage"' &&
  ! grep -q "$key" out; then
  ok "calibrate --population csv: the recorded discount payments (share and mean sum) are the targets, the key not shown"
else
  bad "calibrate --population csv: status $status: $(cat err)"
fi
run "$@" calibrate --population "csv:$csv" --iin-key-file key.txt --targets shipped+folder-that-is-not-there
if [ "$status" -ne 0 ] && grep -q "one source of targets: --targets or the records of --population, not both" err; then
  ok "calibrate refuses --targets with --population"
else
  bad "calibrate --targets with --population: status $status: $(cat err)"
fi
run "$@" calibrate --population synthetic:taraz-pilot --max-iterations 0
if [ "$status" -ne 0 ] && grep -q "expected csv:PATH (historical records with their recorded payments)" err; then
  ok "calibrate --population refuses a synthetic preset"
else
  bad "calibrate --population synthetic: status $status: $(cat err)"
fi

# 2. Output files: an empty path and a folder are refused; a symbolic link at the target is
# refused, its target untouched; nothing temporary is left behind.
run "$@" decide -o ""
if [ "$status" -ne 0 ] && [ ! -s out ] && grep -q "empty" err; then ok "-o \"\" is refused"; else bad "-o \"\": $status $(cat err)"; fi
mkdir folder
run "$@" decide -o folder/
if [ "$status" -ne 0 ] && grep -q "found a folder" err; then ok "-o DIR/ is refused as a folder"; else bad "-o DIR/: $(cat err)"; fi
run "$@" decide -o folder
if [ "$status" -ne 0 ] && grep -q "existing folder" err; then ok "-o DIR is refused as a folder"; else bad "-o DIR: $(cat err)"; fi
run "$@" decide -o missing/report.txt
if [ "$status" -ne 0 ] && grep -q "folder missing: No such file or directory" err; then
  ok "a missing folder is named"
else
  bad "missing folder: $(cat err)"
fi
echo precious >precious.txt
ln -s precious.txt link.txt
run "$@" decide -o link.txt
if [ "$status" -ne 0 ] && [ -L link.txt ] && [ "$(cat precious.txt)" = precious ] && grep -q "found a symbolic link" err; then
  ok "a symbolic link at the target is refused (only a regular file is replaced), its target untouched"
else
  bad "symbolic link followed or replaced: $(cat err)"
fi
if ls -a | grep -q '\.tmp-'; then bad "a temporary file was left: $(ls -a)"; else ok "no temporary file is left"; fi

# 3. A tampered bundle: explain and export-jsonl fail before printing; verify --json names
# the broken record.
run "$@" decide --bundle decide.rbb
cp decide.rbb tampered.rbb
size=$(wc -c <decide.rbb)
offset=$((size - 200))
printf 'X' | dd of=tampered.rbb bs=1 seek="$offset" conv=notrunc 2>/dev/null
for command in "explain --case EX-01-discount --bundle tampered.rbb" "export-jsonl tampered.rbb"; do
  # shellcheck disable=SC2086
  run "$@" $command
  if [ "$status" -ne 0 ] && [ ! -s out ] && grep -q "not verified" err; then
    ok "$command fails on a tampered bundle with nothing printed"
  else
    bad "$command: status $status, $(wc -c <out) bytes printed, $(cat err)"
  fi
done
# shellcheck disable=SC2086
run "$@" explain --case EX-01-discount --bundle decide.rbb
if [ "$status" -eq 0 ] && [ -s out ]; then ok "explain on an intact bundle works"; else bad "explain intact: $(cat err)"; fi

# 4. Control bytes from an input never reach the terminal raw.
{
  echo "case_id,debtor_iin,region,article,amount_tenge,in_force,payment_date,payment_amount_tenge"
  printf 'C-1,920615400031,Taraz,592,19\033[2J660,2024-01-15,,\n'
} >esc.csv
run "$@" simulate --population csv:esc.csv --iin-key "$key"
if [ "$status" -ne 0 ] && ! grep -q "$(printf '\033')" err && grep -q '\\x1b' err; then
  ok "control bytes in an error are escaped"
else
  bad "control bytes: $(od -c err | head -n 3)"
fi

# 5. Near the calendar's end: decided, reported open with the reason.
cat >late.json <<'EOF'
{"cases": [{"id": "LATE-1", "amount_tenge": 21625, "in_force": "2026-10-12"},
           {"id": "LATE-2", "amount_tenge": 21625, "in_force": "2026-12-02",
            "payments": [{"date": "2026-12-02", "amount_tenge": 21625}]}]}
EOF
run "$@" decide --cases late.json --horizon 2027-12-31
if [ "$status" -eq 0 ] && grep -q "open on 2027-12-31: with a private bailiff" out &&
  grep -q "closed_as_paid" out; then
  ok "cases decided into the provisional 2027"
else
  bad "late cases into 2027: status $status: $(cat err)"
fi
# The default horizon ends the last final year (2026): the next step is dated in the
# provisional 2027, so the report says so.
run "$@" decide --cases late.json
if [ "$status" -eq 0 ] && grep -q "open on 2026-12-31: the next step (robot_window_expires) is due on 2027-01-06, after the horizon 2026-12-31" out &&
  grep -q "^Provisional  dates from 2027-01-01" out; then
  ok "a next step in 2027 is dated and flagged provisional"
else
  bad "late cases: status $status: $(cat out err)"
fi
cat >later.json <<'EOF'
{"cases": [{"id": "LATE-3", "amount_tenge": 21625, "in_force": "2027-10-12"}]}
EOF
run "$@" decide --cases later.json --horizon 2027-12-31
if [ "$status" -eq 0 ] && grep -q "open on 2027-12-31: the next step (robot_window_expires) falls after the calendar's last day 2027-12-31" out; then
  ok "cases near the calendar's end are decided"
else
  bad "cases near the end: status $status: $(cat err)"
fi
run "$@" decide --cases late.json --horizon 2026-11-30
if [ "$status" -eq 0 ]; then ok "a horizon before entry into force is accepted"; else bad "early horizon: $(cat err)"; fi

echo "evidence_cli_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
