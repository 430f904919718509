#!/usr/bin/env bash
# check-records at national scale: a recorded log of N synthetic national cases (default
# 3,000,000, a national year's fines in force) written by `bailiff record-log` with 5% of
# the cases given a deviation, then checked; prints wall and CPU seconds and the peak RSS of
# each step (the check streams the log: its memory should not grow with N).
# Usage: bench/records_national.sh [BAILIFF] [CASES]
set -euo pipefail
bailiff="${1:-build/native/cli/bailiff}"
cases="${2:-3000000}"
work=$(mktemp -d "${TMPDIR:-/tmp}/records-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf 'records-bench-key-0001' >"$work/key"
/usr/bin/time -f "record-log: %e s wall, %U s user, %M KB peak" \
  "$bailiff" record-log --cases "$cases" --inject-rate 0.05 --truth "$work/truth.csv" -o "$work/log.csv"
echo "log: $(wc -l <"$work/log.csv") lines, $(du -m "$work/log.csv" | cut -f1) MB; $(($(wc -l <"$work/truth.csv") - 1)) deviations injected"
as_of=2026-12-31
/usr/bin/time -f "check-records --as-of: %e s wall, %U s user, %M KB peak" \
  "$bailiff" check-records "$work/log.csv" --iin-key-file "$work/key" --as-of "$as_of" --csv -o "$work/findings.csv"
echo "findings: $(($(wc -l <"$work/findings.csv") - 1))"
# The detection table: injected against found, by kind; and whether every finding is the
# injected one (same case, kind and tenge at stake).
python3 - "$work/truth.csv" "$work/findings.csv" <<'PY'
import collections, csv, sys
truth = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
found = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
injected = collections.Counter(row["kind"] for row in truth)
detected = collections.Counter(row["kind"] for row in found)
print("| kind | injected | found |")
print("|---|---|---|")
for kind in sorted(set(injected) | set(detected)):
    print(f"| {kind} | {injected[kind]:,} | {detected[kind]:,} |")
expected = sorted((r["case_id"], r["kind"], r["at_stake_tenge"]) for r in truth)
got = sorted((r["case_id"], r["kind"], r["at_stake_tenge"]) for r in found)
print("every finding is an injected deviation with its kind and tenge at stake"
      if expected == got else "MISMATCH between injected and found")
PY
/usr/bin/time -f "check-records (as-of from a first pass): %e s wall, %U s user, %M KB peak" \
  "$bailiff" check-records "$work/log.csv" --iin-key-file "$work/key" -o "$work/report.txt"
head -1 "$work/report.txt"
