# Shared by the CLI test scripts (sourced, not run): counted checks and a captured run.
# The sourcing script sets passed=0 failed=0 and ends with the "N passed, N failed" line.

ok() {
  echo "ok: $1"
  passed=$((passed + 1))
}
bad() {
  echo "FAILED: $1" >&2
  failed=$((failed + 1))
}
run() {  # run ARGS... with stdout to out, stderr to err; sets status
  "$@" >out 2>err
  status=$?
}
has() {  # has FILE TEXT: FILE contains TEXT
  grep -qF -- "$2" "$1"
}
