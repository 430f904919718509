# Shared by the CLI test scripts (sourced, not run): the start of a script, counted checks and
# a captured run. A script calls begin_checks, then `shift`, and ends with the "N passed,
# N failed" line.

# begin_checks NAME SOURCE_DIR BAILIFF_COMMAND...: refuse a call without a command (exit 64),
# set source_dir (absolute), work in a scratch folder NAME.XXXXXX removed on exit, and start
# the counts at zero. The caller then drops SOURCE_DIR with `shift`: "$@" is the command.
begin_checks() {
  if [ "$#" -lt 3 ]; then
    echo "usage: $0 SOURCE_DIR BAILIFF_COMMAND..." >&2
    exit 64
  fi
  source_dir=$(cd "$2" && pwd)
  work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
  trap 'rm -rf "$work"' EXIT INT TERM
  cd "$work" || exit 1
  passed=0
  failed=0
}

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
