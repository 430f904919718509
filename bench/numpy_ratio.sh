#!/usr/bin/env bash
# The toolkit against its numpy peer (bench/numpy_peer.py) on the same fines, in one run, as
# absolute times drift on a shared machine: `bailiff simulate` on N fines with the baseline
# (wall clock of the whole process) and the peer's best time, alternated K times; prints each
# pair (wall clock and CPU time), the median ratio of the wall clocks and the load average
# before and after.
# Usage: bench/numpy_ratio.sh [N=10000000] [THREADS=2] [K=3]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-10000000}
threads=${2:-2}
rounds=${3:-3}
native=build/native/cli/bailiff
python=/usr/bin/python3  # Debian's, with python3-numpy

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
ratios=()
stats=$(mktemp)
trap 'rm -f "$stats"' EXIT
for ((k = 1; k <= rounds; ++k)); do
  /usr/bin/time -o "$stats" -f '%e %U %S' \
    "$native" simulate --cases "$cases" --replications 1 --threads "$threads" --json >/dev/null
  read -r toolkit user sys <"$stats"
  toolkit_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  peer=$(/usr/bin/time -o "$stats" -f '%U %S' "$python" bench/numpy_peer.py --cases "$cases" |
    "$python" -c 'import json, sys; print(json.load(sys.stdin)["seconds"])')
  peer_cpu=$(awk '{ printf "%.2f", $1 + $2 }' "$stats")
  ratio=$(awk -v t="$toolkit" -v p="$peer" 'BEGIN { printf "%.2f", p / t }')
  ratios+=("$ratio")
  echo "round $k: bailiff ${toolkit} s wall, ${toolkit_cpu} s CPU ($threads threads);" \
    "numpy peer ${peer} s wall (its own timer), ${peer_cpu} s CPU (whole process): ${ratio}x"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
echo "median ratio (peer / bailiff): ${median}x over $rounds rounds, $cases fines"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
