#!/bin/sh
# The targets table of data/targets/README.md is what `bailiff calibrate --max-iterations 0 --loo
# --predictive-draws 40 --markdown` prints today: every row (published, model, ratio, tolerance,
# within, the ensemble's interval, the leave-one-out prediction) is asserted, so a change of the
# model, the targets or the calibrated behaviour that moves a row fails here until the table is
# regenerated.
# Usage: targets_table_test.sh SOURCE_DIR BAILIFF [ARGS...] (a command and its leading arguments).
set -u
source_dir="$1"
shift
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
passed=0
failed=0
. "${source_dir}/tests/cli/checks.sh"

"$@" calibrate --max-iterations 0 --loo --predictive-draws 40 --markdown >"${work}/model.md" 2>"${work}/err"
status=$?
if [ "${status}" -eq 0 ]; then ok "calibrate --markdown ran"; else bad "calibrate --markdown exited ${status}: $(cat "${work}/err")"; fi

# The table rows of each: the lines that end in a within column.
rows_of() { grep -E '^\| [a-z0-9-]+ \| .*\| (yes|\*\*no\*\*) \|$' "$1"; }
rows_of "${work}/model.md" >"${work}/model.rows"
rows_of "${source_dir}/data/targets/README.md" >"${work}/readme.rows"
rows=$(wc -l <"${work}/model.rows")
if [ "${rows}" -ge 18 ]; then ok "the model prints ${rows} target rows"; else bad "only ${rows} target rows"; fi
if cmp -s "${work}/model.rows" "${work}/readme.rows"; then
  ok "data/targets/README.md holds exactly these rows"
else
  bad "data/targets/README.md differs from the model (regenerate the table):"
  diff "${work}/readme.rows" "${work}/model.rows" >&2
fi
# Column 10 is "within", column 15 the leave-one-out prediction's "within".
within=$(awk -F'|' '$11 == " yes "' "${work}/model.rows" | wc -l)
predicted=$(awk -F'|' '$16 == " yes "' "${work}/model.rows" | wc -l)
claimed=$(grep -o 'Of the [0-9]* targets, [0-9]* are within' "${source_dir}/data/targets/README.md" | awk '{print $5}')
if [ "${within}" = "${claimed}" ]; then ok "${within} rows within tolerance, as the README says"; else bad "${within} rows within tolerance, the README says ${claimed:-nothing}"; fi
claimed=$(grep -o '[0-9]* are predicted within tolerance' "${source_dir}/data/targets/README.md" | awk '{print $1}')
if [ "${predicted}" = "${claimed}" ]; then ok "${predicted} rows predicted out of sample, as the README says"; else bad "${predicted} rows predicted within tolerance out of sample, the README says ${claimed:-nothing}"; fi

echo "${passed} passed, ${failed} failed"
[ "${failed}" -eq 0 ]
