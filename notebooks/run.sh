#!/usr/bin/env bash
# Execute every notebook headless with Debian's jupyter nbconvert and render it to HTML in
# BUILD/notebooks/ (gitignored): a failed assertion in any cell fails this script. Each cell
# has 120 s, each notebook 180 s. Also refuses a committed notebook that holds outputs.
# Usage: notebooks/run.sh [BUILD]   (default build/native; the module is BUILD/python)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
build="${1:-build/native}"
out="${build}/notebooks"
mkdir -p "${out}"
root="$(pwd)"
export PYTHONPATH="${root}/${build}/python"
export MPLBACKEND=Agg
status=0
for notebook in notebooks/*.ipynb; do
  name="$(basename "${notebook}" .ipynb)"
  if ! /usr/bin/python3 -c 'import json, sys
cells = json.load(open(sys.argv[1]))["cells"]
sys.exit(any(c.get("outputs") or c.get("execution_count") for c in cells))' "${notebook}"; then
    echo "FAILED: ${notebook} was committed with outputs (clear them)" >&2
    status=1
    continue
  fi
  start=${SECONDS}
  if timeout 180 /usr/bin/jupyter-nbconvert --to html --execute \
    --ExecutePreprocessor.timeout=120 --ExecutePreprocessor.kernel_name=python3 \
    --output-dir "${out}" "${notebook}" >"${out}/${name}.log" 2>&1; then
    echo "notebook ${name}: passed in $((SECONDS - start)) s (${out}/${name}.html)"
  else
    echo "FAILED: notebook ${name} after $((SECONDS - start)) s; the end of ${out}/${name}.log:" >&2
    tail -n 30 "${out}/${name}.log" >&2
    status=1
  fi
done
exit "${status}"
