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
/usr/bin/time -f "check-records (as-of from a first pass): %e s wall, %U s user, %M KB peak" \
  "$bailiff" check-records "$work/log.csv" --iin-key-file "$work/key" -o "$work/report.txt"
head -1 "$work/report.txt"
