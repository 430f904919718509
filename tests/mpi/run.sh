#!/usr/bin/env bash
# The MPI build against the build without MPI: `mpirun -n K bailiff simulate|compare|calibrate`
# must write the same bytes (JSON report with every audit root, replay bundle) for K = 1..4
# as the plain build; bad input seen by one rank, ranks given different inputs, and a rank
# killed with SIGKILL must each end the job non-zero, with one message and no output file.
#
# Usage: tests/mpi/run.sh MPI_BAILIFF PLAIN_BAILIFF  (e.g. build/native/cli/bailiff-mpi
# build/native/cli/bailiff). Prints one line per check and "N passed, N failed"; exits 1
# when any check failed.
set -uo pipefail

mpi_bailiff="$(realpath "$1")"
plain_bailiff="$(realpath "$2")"
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/bailiff-mpi.XXXXXX")"
trap 'rm -rf "${work}"' EXIT
cd "${work}" || exit 1

# shellcheck source=tests/cli/checks.sh
source "${source_dir}/tests/cli/checks.sh"
passed=0
failed=0

# Root in a container needs both variables; more ranks than cores need --oversubscribe.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
mpi=(mpirun --oversubscribe)

simulate=(simulate --method mc --population synthetic:national --cases 200000 --replications 2 --threads 1 --json)
compare=(compare --a kz-2024-pilot --b kz-2024-08-20 --cases 100000 --threads 1 --json)
calibrate=(calibrate --method mc --max-iterations 0 --cases 20000 --threads 1 --json)

# same NAME FILE REFERENCE: the bytes of FILE are those of REFERENCE.
same() {
  if [[ -s "$2" ]] && cmp -s "$2" "$3"; then ok "$1 ($(wc -c <"$2") bytes)"; else bad "$1: $2 differs from $3"; fi
}
# no_output NAME: the run left no report, bundle or temporary file behind.
no_output() {
  local left
  left="$(find . -mindepth 1 -maxdepth 1 ! -name out ! -name err ! -name kill.err | head -n 3)"
  if [[ -z "${left}" ]]; then ok "$1: no output file"; else bad "$1: left ${left//$'\n'/ }"; fi
}
# messages FILE: lines of FILE that are the command's error messages.
messages() { grep -c 'bailiff: error:' "$1"; }

# roots FILE: the audit roots a JSON report names, one a line.
roots() { grep -o '"[a-z_]*audit_root": "[0-9a-f]*"' "$1"; }

# The references: the build without MPI. Each run writes run.json and run.rbb in its own
# folder, so that the command line a bundle records is the same.
mkdir plain && (cd plain && "${plain_bailiff}" "${simulate[@]}" -o run.json --bundle run.rbb >/dev/null 2>err) ||
  bad "plain simulate: $(head -c 300 plain/err)"
"${plain_bailiff}" "${compare[@]}" -o plain-compare.json 2>/dev/null || bad "plain compare"
"${plain_bailiff}" "${calibrate[@]}" --report plain-calibrate.json 2>/dev/null || bad "plain calibrate"

for k in 1 2 3 4; do
  mkdir "k${k}"
  if (cd "k${k}" && "${mpi[@]}" -n "${k}" "${mpi_bailiff}" "${simulate[@]}" -o run.json --bundle run.rbb >/dev/null 2>err); then
    same "simulate, ${k} ranks: the JSON report" "k${k}/run.json" plain/run.json
    if [[ -n "$(roots plain/run.json)" && "$(roots "k${k}/run.json")" == "$(roots plain/run.json)" ]]; then
      ok "simulate, ${k} ranks: its $(roots plain/run.json | wc -l) audit roots"
    else
      bad "simulate, ${k} ranks: the audit roots differ"
    fi
    same "simulate, ${k} ranks: the bundle (every run's block records)" "k${k}/run.rbb" plain/run.rbb
  else
    bad "mpirun -n ${k} bailiff simulate failed: $(head -c 400 "k${k}/err")"
  fi
done
run "${plain_bailiff}" verify k3/run.rbb
[[ ${status} -eq 0 ]] && ok "the 3-rank bundle verifies in the plain build" || bad "verify k3.rbb: $(head -c 300 err)"

run "${mpi[@]}" -n 3 "${mpi_bailiff}" "${compare[@]}" -o k3-compare.json
[[ ${status} -eq 0 ]] && same "compare, 3 ranks: the JSON report" k3-compare.json plain-compare.json || bad "compare over 3 ranks: $(head -c 300 err)"
run "${mpi[@]}" -n 2 "${mpi_bailiff}" "${calibrate[@]}" --report k2-calibrate.json
[[ ${status} -eq 0 ]] && same "calibrate, 2 ranks: the JSON report" k2-calibrate.json plain-calibrate.json || bad "calibrate over 2 ranks: $(head -c 300 err)"
run "${mpi[@]}" -n 2 "${mpi_bailiff}" "${simulate[@]}"
[[ ${status} -eq 0 ]] && same "simulate, 2 ranks: the report on stdout is printed once" out plain/run.json || bad "simulate to stdout over 2 ranks"

# The faults run in a folder of their own, which must stay empty but for stdout and stderr.
mkdir faults && cd faults || exit 1

# Faults. Bad input seen by one rank only (MPMD: rank 1 is given a broken policy file).
bad_policy="${source_dir}/tests/fixtures/policy/bad-date.json"
run "${mpi[@]}" -n 1 "${mpi_bailiff}" "${simulate[@]}" -o out.json : \
  -n 1 "${mpi_bailiff}" "${simulate[@]}" --policy "${bad_policy}" -o out.json
[[ ${status} -eq 2 ]] && ok "bad input on rank 1: exit 2" || bad "bad input on rank 1: exit ${status}, expected 2"
has err "[rank 1 of 2] bailiff: error: ${bad_policy}:" && [[ "$(messages err)" -eq 1 ]] &&
  ok "bad input on rank 1: that rank's message, once" || bad "bad input on rank 1: stderr: $(head -c 400 err)"
no_output "bad input on rank 1"

# Bad input seen by every rank: one message, from rank 0.
run "${mpi[@]}" -n 3 "${mpi_bailiff}" "${simulate[@]}" --policy "${bad_policy}" -o out.json
[[ ${status} -eq 2 && "$(messages err)" -eq 1 ]] && has err "[rank 0 of 3] bailiff: error: ${bad_policy}:" &&
  ok "bad input on every rank: exit 2, one message" || bad "bad input on every rank: exit ${status}: $(head -c 400 err)"
no_output "bad input on every rank"

# Ranks given other inputs (another seed on rank 1) are caught at the first exchange.
run "${mpi[@]}" -n 1 "${mpi_bailiff}" "${simulate[@]}" -o out.json : \
  -n 1 "${mpi_bailiff}" "${simulate[@]}" --seed 99 -o out.json
[[ ${status} -ne 0 && "$(messages err)" -eq 1 ]] && has err "process 1 simulates other inputs" &&
  ok "ranks with other inputs: exit ${status}, one message" || bad "ranks with other inputs: exit ${status}: $(head -c 400 err)"
no_output "ranks with other inputs"

# A command that does not share its work refuses more than one rank, once.
run "${mpi[@]}" -n 2 "${mpi_bailiff}" decide
[[ ${status} -eq 2 && "$(messages err)" -eq 1 ]] && has err "only simulate, compare, calibrate share" &&
  ok "decide over 2 ranks: refused once" || bad "decide over 2 ranks: exit ${status}: $(head -c 400 err)"

# A rank killed with SIGKILL in the middle of the run (60 M case runs, seconds on one thread
# per rank): mpirun ends the job non-zero and rank 0 writes nothing.
"${mpi[@]}" -n 2 "${mpi_bailiff}" simulate --method mc --cases 15000000 --replications 2 --threads 1 --json \
  -o out.json --bundle out.rbb >/dev/null 2>kill.err &
launcher=$!
victim=""
for _ in $(seq 1 100); do
  for pid in $(ps -o pid= --ppid "${launcher}" 2>/dev/null); do
    if tr '\0' '\n' <"/proc/${pid}/environ" 2>/dev/null | grep -qx 'OMPI_COMM_WORLD_RANK=1'; then victim="${pid}"; fi
  done
  [[ -n "${victim}" ]] && break
  sleep 0.1
done
if [[ -n "${victim}" ]]; then
  sleep 0.5
  kill -9 "${victim}"
  wait "${launcher}"
  status=$?
  [[ ${status} -ne 0 ]] && ok "rank 1 killed: the job ends with exit ${status}" || bad "rank 1 killed: mpirun exited 0"
  has kill.err "process rank 1 with PID" && has kill.err "exited on signal 9" &&
    ok "rank 1 killed: the job names the rank and its signal" || bad "rank 1 killed: stderr: $(tail -c 300 kill.err)"
  no_output "rank 1 killed"
else
  kill "${launcher}" 2>/dev/null
  wait "${launcher}"
  bad "rank 1 killed: no rank 1 process found under mpirun"
fi

echo "${passed} passed, ${failed} failed"
((failed == 0))
