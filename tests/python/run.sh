#!/usr/bin/env bash
# The Python module's tests with Debian's python3 and pytest: the module from BUILD/python,
# the CLI it is compared with from BUILD/cli/bailiff. No tests collected (pytest's exit
# code 5) is a failure, like any other non-zero code.
# Usage: tests/python/run.sh [BUILD]   (default build/native)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
build="${1:-build/native}"
root="$(pwd)"
export PYTHONPATH="${root}/${build}/python"
export BAILIFF_CLI="${root}/${build}/cli/bailiff"
/usr/bin/python3 -m pytest -q -p no:cacheprovider tests/python
code=$?
if ((code == 5)); then
  echo "tests/python/run.sh: pytest collected no tests" >&2
fi
exit "${code}"
