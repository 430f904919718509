#!/usr/bin/env bash
# Measure simulation throughput (cases/s) and peak memory, native and WASM, and print a
# Markdown table for bench/README.md. Run after `cmake --build --preset native` and
# `cmake --build --preset wasm`. Usage: bench/run_benchmarks.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
native=build/native/cli/bailiff
wasm=build/wasm/cli/bailiff.js
quick=${1:-}

# `simulate` runs the policy and its baseline on every fine, so one fine is two case runs
# through the full engine; the table counts case runs per second.
measure() {  # label, threads, cases, command...
  local label=$1 threads=$2 cases=$3; shift 3
  local start end rss stats
  stats=$(mktemp)
  start=$(date +%s.%N)
  /usr/bin/time -o "$stats" -f '%M' "$@" simulate --cases "$cases" --replications 1 \
    --threads "$threads" --json >/dev/null 2>/dev/null
  end=$(date +%s.%N)
  rss=$(tail -1 "$stats")
  rm -f "$stats"
  awk -v l="$label" -v t="$threads" -v c="$cases" -v s="$start" -v e="$end" -v m="$rss" \
    'BEGIN { d = e - s; printf "| %s | %d | %d | %.2f | %.2f | %.0f |\n", l, t, c, d, 2 * c / d / 1e6, m / 1024 }'
}

echo "| build | threads | fines | wall s | M case runs/s | peak RSS MB |"
echo "|---|---|---|---|---|---|"
sizes=(1000000 10000000)
[ "$quick" = --quick ] && sizes=(1000000)
for n in "${sizes[@]}"; do
  for t in 1 2; do measure native "$t" "$n" "$native"; done
  if [ -f "$wasm" ]; then measure wasm 1 "$n" node --no-experimental-fetch "$wasm"; fi
done
if [ "$quick" != --quick ]; then measure native 2 100000000 "$native"; fi
