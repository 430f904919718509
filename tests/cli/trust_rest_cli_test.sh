#!/bin/sh
# Issue 24, item 11 ("the rest of the list"): each check reproduces one small defect the
# command had, and states what it does now.
#
# Usage: tests/cli/trust_rest_cli_test.sh SOURCE_DIR BAILIFF_COMMAND...
# Prints one line per check and "N passed, N failed"; exits non-zero when any check fails.
set -u

# shellcheck source=tests/cli/checks.sh
. "$(dirname "$0")/checks.sh"
begin_checks trust-rest "$@"
shift
unset BAILIFF_IIN_KEY

# Option validators exited 104/105 with CLI11's text and no "bailiff: error:".
for use in "simulate --threads 1000|--threads: expected a whole number from 0 to 256, found 1000" \
  "simulate --cases -1|--cases: expected a whole number from 0 to 200,000,000, found -1" \
  "check-records example --tolerance abc|--tolerance"; do
  args=${use%%|*}
  # shellcheck disable=SC2086
  run "$@" $args
  if [ "$status" -eq 2 ] && [ ! -s out ] && head -n 1 err | grep -q "^bailiff: error: ${use#*|}"; then
    ok "$args: exit 2, 'bailiff: error:' and the option named"
  else
    bad "$args (status $status): $(cat err)"
  fi
done

# The IIN key: errors name where the key came from; a plain key is refused; the environment
# is never silently overridden; --iin-key on the command line is warned about.
{
  echo "case_id,debtor_iin,region,article,amount_tenge,in_force,payment_date,payment_amount_tenge"
  echo "C-1,920615400031,Zhambyl,592,19660,2025-01-15,,"
} >fines.csv
printf 'short\n' >short.key
run "$@" simulate --population csv:fines.csv --iin-key-file short.key --replications 1
if [ "$status" -eq 2 ] && has err "short.key:line 1: --iin-key-file: expected a key of at least 16 bytes" &&
  has err "found 5 bytes (not shown)" && ! has err "(command line)"; then
  ok "a key file too short: the file is named, not the command line"
else
  bad "short key file (status $status): $(cat err)"
fi
printf 'aaaaaaaaaaaaaaaa\n' >plain.key
run "$@" simulate --population csv:fines.csv --iin-key-file plain.key --replications 1
if [ "$status" -eq 2 ] && has err "plain.key:line 1: --iin-key-file" && has err "found 16 bytes, 1 of them different (not shown)" &&
  ! has err aaaa; then
  ok "aaaaaaaaaaaaaaaa is refused as a key, not shown"
else
  bad "plain key (status $status): $(cat err)"
fi
run env BAILIFF_IIN_KEY=aaaaaaaaaaaaaaaa "$@" simulate --population csv:fines.csv --replications 1
if [ "$status" -eq 2 ] && has err "(environment):BAILIFF_IIN_KEY: BAILIFF_IIN_KEY: expected a key of at least 16 bytes"; then
  ok "a plain key in BAILIFF_IIN_KEY is refused, the variable named"
else
  bad "plain key in the environment (status $status): $(cat err)"
fi
printf 'trust-rest-key-0123456789\n' >good.key
run env BAILIFF_IIN_KEY=another-key-0123456789 "$@" simulate --population csv:fines.csv --iin-key-file good.key --replications 1
if [ "$status" -eq 0 ] &&
  has err "bailiff: warning: --iin-key-file is used; the environment variable BAILIFF_IIN_KEY is ignored"; then
  ok "BAILIFF_IIN_KEY overridden by --iin-key-file: said on stderr"
else
  bad "environment overridden (status $status): $(cat err)"
fi
run "$@" simulate --population csv:fines.csv --iin-key trust-rest-key-0123456789 --replications 1
if [ "$status" -eq 0 ] && has err "bailiff: warning: --iin-key puts the key in the process list" &&
  ! has err trust-rest-key; then
  ok "--iin-key on the command line: warned about ps, the key not shown"
else
  bad "--iin-key warning (status $status): $(cat err)"
fi

# The horizon before a CSV fine: the file is named.
{
  echo "case_id,debtor_iin,region,article,amount_tenge,in_force,payment_date,payment_amount_tenge"
  echo "C-1,920615400031,Zhambyl,592,19660,2027-06-15,,"
} >late.csv
run "$@" simulate --population csv:late.csv --iin-key-file good.key --replications 1
if [ "$status" -ne 0 ] && has err "late.csv: horizon 2026-12-31 ends before the population's last fine (2027-06-15)"; then
  ok "a CSV fine after the horizon: the file is named"
else
  bad "CSV after the horizon (status $status): $(cat err)"
fi

{
  echo "case_id,debtor_iin,region,article,amount_tenge,in_force,payment_date,payment_amount_tenge"
  echo "C-1,920615400031,Zhambyl,592,19660,2023-01-15,,"
} >early.csv
run "$@" simulate --population csv:early.csv --iin-key-file good.key --replications 1
if [ "$status" -ne 0 ] &&
  has err "early.csv: a fine in force on 2023-01-15: policy \"kz-2024-08-20\" has no parameters in force on 2023-01-15"; then
  ok "a CSV fine before the policy's first values: the file is named"
else
  bad "CSV before the policy (status $status): $(cat err)"
fi

# keygen -o DIR/ wrote the hidden files DIR/.key and DIR/.pub.
mkdir keys
for prefix in keys/ keys; do
  run "$@" keygen -o "$prefix"
  if [ "$status" -eq 2 ] && [ -z "$(ls -A keys)" ] && [ ! -e keys.key ] &&
    has err "expected a prefix that names the two files (PREFIX.key, PREFIX.pub), such as keys/auditor, not a directory"; then
    ok "keygen -o $prefix (a directory) is refused, nothing written"
  else
    bad "keygen -o $prefix (status $status): $(ls -A keys) $(cat err)"
  fi
done

# verify --json printed nothing for a file that is not a bundle.
printf 'not a bundle at all' >junk.rbb
run "$@" verify junk.rbb --json
if [ "$status" -eq 2 ] && has out '"verified": false' && has out '"check": "framing"' &&
  has out 'junk.rbb:byte 0: magic: expected a robot-bailiff bundle'; then
  ok "verify --json on a file that is not a bundle prints a verdict"
else
  bad "verify --json framing (status $status): $(cat out err)"
fi

# A target's scenario.policy and scenario.population were reported as if the value were a
# file ("kz-no-such:line 1: policies: ..."): the targets file, the target, the field, the value
# and what is allowed are named.
mkdir targets
for use in 's/"kz-2024-pilot"/"kz-no-such"/|/scenario/policy: scenario.policy of target taraz-pilot-paid-share: expected a policy file or a shipped policy id (kz-pre-robot, kz-2024-pilot, kz-2024-08-20), found "kz-no-such"' \
  's/"synthetic:taraz-pilot"/"synthetic:no-such"/|/scenario/population: scenario.population of target taraz-pilot-paid-share: expected a shipped preset (synthetic:national, synthetic:taraz-pilot' \
  's/"synthetic:taraz-pilot"/"csv:no-such.csv"/|found "csv:no-such.csv" (no such file)'; do
  sed "${use%%|*}" "$source_dir/data/targets/taraz-pilot-paid-share.json" >targets/pilot.json
  run "$@" calibrate --targets targets --max-iterations 0 --threads 1 --iin-key-file good.key
  if [ "$status" -eq 2 ] && [ ! -s out ] && has err "bailiff: error: targets/pilot.json:" && has err "${use#*|}"; then
    ok "target scenario ${use%%|*}: the targets file, target and field named"
  else
    bad "target scenario ${use%%|*} (status $status): $(cat err)"
  fi
done

# "Embedded:" (or "EMBEDDED:") read as an ordinary file name, so a file of that name passed for
# a shipped one: the prefix is "embedded:" in lower case, and "./" reads such a file.
cp "$source_dir/data/policies/kz-2024-08-20.json" "EMBEDDED:kz.json"
run "$@" decide --policy "EMBEDDED:kz.json"
if [ "$status" -eq 2 ] && [ ! -s out ] &&
  has err 'EMBEDDED:kz.json:line 1: policies: expected a file or a shipped name (the prefix of a shipped file'"'"'s name is "embedded:", in lower case' &&
  has err 'found the prefix "EMBEDDED:"'; then
  ok "--policy EMBEDDED:kz.json (a file) is refused: the prefix is embedded: in lower case"
else
  bad "--policy EMBEDDED:kz.json (status $status): $(cat err)"
fi
run "$@" decide --policy "Embedded:policies/kz-2024-08-20.json"
if [ "$status" -eq 2 ] && has err 'found the prefix "Embedded:"'; then
  ok "--policy Embedded:policies/... is refused"
else
  bad "--policy Embedded:policies/... (status $status): $(cat err)"
fi
cp "$source_dir/data/records/example.csv" "Embedded:log.csv"
run "$@" check-records "Embedded:log.csv" --iin-key-file good.key
if [ "$status" -eq 2 ] && [ ! -s out ] && has err 'Embedded:log.csv:line 1: (file): expected a log file or a shipped log name' &&
  has err 'found the prefix "Embedded:"'; then
  ok "check-records Embedded:log.csv (a file) is refused: the prefix is embedded: in lower case"
else
  bad "check-records Embedded:log.csv (status $status): $(cat err)"
fi
run "$@" decide --policy "./EMBEDDED:kz.json" --json
if [ "$status" -eq 0 ] && has out '"./EMBEDDED:kz.json"'; then
  ok "--policy ./EMBEDDED:kz.json reads the file, under that name"
else
  bad "--policy ./EMBEDDED:kz.json (status $status): $(cat err)"
fi
run "$@" decide --policy embedded:policies/kz-2024-08-20.json --json
if [ "$status" -eq 0 ] && has out '"embedded:policies/kz-2024-08-20.json"'; then
  ok "--policy embedded:policies/kz-2024-08-20.json (the name reports print) is the shipped policy"
else
  bad "--policy embedded:policies/... (status $status): $(cat err)"
fi

# The bundle manifest: an unknown key was accepted (and printed by export-jsonl), a key given
# twice was reported as a depth error. Same-length edits keep the bundle's framing; the seal
# then fails too, and the manifest check says what is wrong with the manifest. (A forger can
# recompute an unsigned bundle's seal: tests/audit/bundle_test.cpp builds such bundles, which
# only the manifest reader refuses.)
run "$@" decide --bundle plain.rbb
LC_ALL=C sed 's/"inputs_embedded": true/"inputs_embeddeX": true/' plain.rbb >extra.rbb
LC_ALL=C sed 's/"seed": 0,/"kind": 0,/' plain.rbb >twice.rbb
if [ "$status" -eq 0 ] && ! cmp -s plain.rbb extra.rbb && ! cmp -s plain.rbb twice.rbb &&
  [ "$(wc -c <extra.rbb)" -eq "$(wc -c <plain.rbb)" ]; then
  run "$@" export-jsonl extra.rbb
  if [ "$status" -ne 0 ] && ! has out 'inputs_embeddeX' && ! has err 'inputs_embeddeX'; then
    ok "export-jsonl does not print a manifest with an unknown key (a resealed one: bundle_test.cpp)"
  else
    bad "export-jsonl with an unknown key (status $status): $(head -c 600 out) $(cat err)"
  fi
  run "$@" verify extra.rbb --json
  if [ "$status" -ne 0 ] && has out '"verified": false' && has out 'unknown key \"inputs_embeddeX\" at /inputs_embeddeX'; then
    ok "verify names an unknown manifest key"
  else
    bad "verify with an unknown key (status $status): $(cat out err)"
  fi
  run "$@" verify twice.rbb
  if [ "$status" -ne 0 ] && has out 'key "kind" given twice in one object (at /kind)' && ! has out 'nested at most'; then
    ok "verify reports a manifest key given twice as a duplicate, not as depth"
  else
    bad "verify with a duplicate key (status $status): $(cat out err)"
  fi
else
  bad "could not build the edited bundles (status $status)"
fi

# keygen: an existing .key or .pub is never replaced (the .pub was renamed over, and the
# no-overwrite check was a stat before a rename); the .pub followed the umask.
for existing in key pub; do
  rm -f kept.key kept.pub
  printf 'already here\n' >"kept.$existing"
  run "$@" keygen -o kept
  other=pub
  [ "$existing" = pub ] && other=key
  if [ "$status" -eq 2 ] && [ "$(cat "kept.$existing")" = "already here" ] && [ ! -e "kept.$other" ] &&
    has err "kept.$existing exists" && [ -z "$(ls -A | grep '^\.kept')" ]; then
    ok "keygen -o kept with kept.$existing there: refused, the file unchanged, nothing else written"
  else
    bad "keygen over kept.$existing (status $status): $(cat "kept.$existing") $(cat err)"
  fi
done
for mask in 077 000; do
  rm -f "mask$mask.key" "mask$mask.pub"
  (umask "$mask" && "$@" keygen -o "mask$mask" >out 2>err)
  modes="$(stat -c %a "mask$mask.key" 2>/dev/null) $(stat -c %a "mask$mask.pub" 2>/dev/null)"
  if [ "$modes" = "600 644" ]; then
    ok "keygen under umask $mask: .key 600, .pub 644"
  else
    bad "keygen under umask $mask: modes $modes: $(cat err)"
  fi
done

echo "trust_rest_cli_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
