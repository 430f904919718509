#!/bin/sh
# Trust, part 2 (issue 24): each check below reproduces an attack or a careless use that the
# command let through, and states what it does now.
#
# Usage: tests/cli/trust_cli_test.sh SOURCE_DIR BAILIFF_COMMAND...
#   e.g. tests/cli/trust_cli_test.sh . build/native/cli/bailiff
# Prints one line per check and "N passed, N failed"; exits non-zero when any check fails.
set -u

# shellcheck source=tests/cli/checks.sh
. "$(dirname "$0")/checks.sh"
begin_checks trust-cli "$@"
shift

# 1. Output paths: only a regular file is replaced; a device, a pipe or a stream is written
# in place; two outputs on one file, or an output on an input, are refused.
ln -s /dev/null sink
run "$@" decide -o sink
if [ "$status" -eq 0 ] && [ -L sink ] && [ "$(readlink sink)" = /dev/null ] && [ -c /dev/null ]; then
  ok "-o LINK-TO-/dev/null writes the device in place, the link and the device stay"
else
  bad "-o link to /dev/null (status $status): $(ls -l sink) $(cat err)"
fi
mkfifo pipe
(timeout 60 cat pipe >from-pipe) &
reader=$!
run timeout 60 "$@" decide -o pipe
wait "$reader"
if [ "$status" -eq 0 ] && [ -p pipe ] && has from-pipe "Run root"; then
  ok "-o FIFO writes into the pipe, which stays a pipe"
else
  bad "-o FIFO (status $status): $(ls -l pipe) $(cat err)"
fi
run "$@" decide --json -o /proc/self/fd/1
if [ "$status" -eq 0 ] && has out '"run_root"'; then
  ok "-o /proc/self/fd/1 writes standard output"
else
  bad "-o /proc/self/fd/1 (status $status): $(cat err)"
fi
run "$@" decide --json -o /dev/stdout
if [ "$status" -eq 0 ] && has out '"run_root"' && [ -L /dev/stdout ]; then
  ok "-o /dev/stdout writes standard output; /dev/stdout stays a link"
else
  bad "-o /dev/stdout (status $status): $(ls -l /dev/stdout) $(cat err)"
fi
run "$@" decide -o same.out --bundle same.out
if [ "$status" -ne 0 ] && [ ! -e same.out ] && has err "--bundle: output: expected a file other than --output's"; then
  ok "-o X --bundle X is refused, nothing written"
else
  bad "-o X --bundle X (status $status): $(cat err)"
fi
run "$@" decide -o ./same.out --bundle same.out
if [ "$status" -ne 0 ] && [ ! -e same.out ]; then ok "-o ./X --bundle X is refused"; else bad "-o ./X --bundle X: $(cat err)"; fi
cp "$source_dir/data/cases/example.json" mine.json
cp mine.json mine.orig
run "$@" decide --cases mine.json -o mine.json
if [ "$status" -ne 0 ] && cmp -s mine.json mine.orig && has err "--output: output: expected a file other than the input --cases"; then
  ok "an output equal to an input (--cases X -o X) is refused, the input kept"
else
  bad "--cases X -o X (status $status): $(cat err)"
fi
"$@" decide --bundle run.rbb >/dev/null 2>&1
cp run.rbb run.orig
run "$@" verify run.rbb -o run.rbb
if [ "$status" -ne 0 ] && cmp -s run.rbb run.orig && has err "the input bundle"; then
  ok "verify X -o X is refused, the bundle kept"
else
  bad "verify X -o X (status $status): $(cat err)"
fi

# 2. A damaged secret key file never shows key material: every way of damaging it, given to
# every option and reader that might take it, and no message holds any 8 characters of the
# seed (hex in either case, or base64 of its bytes).
"$@" keygen -o k >/dev/null 2>&1
seed=$(sed -n 's/^seed //p' k.key)
header=$(sed -n 1p k.key)
idline=$(sed -n 2p k.key)
publine=$(sed -n 3p k.key)
seedline=$(sed -n 4p k.key)
: >seed-patterns
i=1
while [ "$i" -le 57 ]; do
  echo "$seed" | cut -c "$i-$((i + 7))" >>seed-patterns
  i=$((i + 1))
done
octal=$(echo "$seed" | sed 's/../0x& /g')
# shellcheck disable=SC2086
seed_base64=$(for byte in $octal; do printf "\\$(printf '%o' "$byte")"; done | base64 -w 0)
i=1
while [ "$i" -le 37 ]; do
  echo "$seed_base64" | cut -c "$i-$((i + 7))" >>seed-patterns
  i=$((i + 1))
done
mkdir damaged
v=0
variant() {  # variant TEXT: one damaged key file, written with printf %s
  v=$((v + 1))
  printf '%s' "$1" >"damaged/$v.key"
}
nl='
'
variant ""
variant "$header$nl"
variant "$idline$nl$publine$nl$seedline$nl"
variant "$idline$nl$header$nl$publine$nl$seedline$nl"
variant "$header$nl$publine$nl$idline$nl$seedline$nl"
variant "$header$nl$idline$nl$seedline$nl$publine$nl"
variant "$seedline$nl$idline$nl$publine$nl$header$nl"
variant "$header$nl$seedline$nl$publine$nl$idline$nl"
variant "$publine$nl$idline$nl$header$nl$seedline$nl"
variant "$seedline$nl$header$nl$idline$nl$publine$nl"
variant "$seedline$nl"
variant "$seed$nl"
variant "$seed"
variant "$header$nl$seed$nl"
variant "$header${nl}key-id $seed$nl$publine$nl$seedline$nl"
variant "$header${nl}key-id $seed$nl$publine$nl"
variant "$header$nl$idline${nl}public-key $seed$nl$seedline$nl"
variant "$header$nl$idline$nl$publine$nl$seed$nl"
variant "$header$nl$idline$nl$publine${nl}seed  $seed$nl"
variant "$header$nl$idline$nl$publine${nl}seed	$seed$nl"
variant "$header$nl$idline$nl$publine${nl}seed $(echo "$seed" | tr a-f A-F)$nl"
variant "$header$nl$idline$nl$publine${nl}seed $seed_base64$nl"
variant "$header$nl$idline$nl$publine${nl}seed ${seed}00$nl"
variant "$header$nl$idline$nl$publine${nl}seed $(echo "$seed" | cut -c 2-)$nl"
variant "$header$nl$idline$nl$publine${nl}seed $(echo "$seed" | cut -c 1-31) $(echo "$seed" | cut -c 32-)$nl"
variant "$header$nl$idline$nl$publine${nl}seed $(echo "$seed" | sed 's/^./0/;s/^00/11/')$nl"
variant "$header$nl$idline$nl$publine$nl$seedline$nl$seedline$nl"
variant "$header$nl$idline$nl$publine$nl$seedline$nl$nl"
variant "$header$nl$idline$nl$publine$nl$seedline"
variant "$header$nl$nl$idline$nl$publine$nl$seedline$nl"
variant "$(printf '\357\273\277')$header$nl$idline$nl$publine$nl$seedline$nl"
variant "$(sed 's/$/\r/' k.key)$nl"
variant "$(echo "$header" | tr a-z A-Z)$nl$idline$nl$publine$nl$seedline$nl"
variant "robot-bailiff Ed25519 public key v1$nl$idline$nl$publine$nl$seedline$nl"
variant "$header$nl$seedline$nl$seedline$nl$seedline$nl"
size=$(wc -c <k.key)
for cut_at in 1 20 36 37 44 60 100 130 140 150 160 $((size - 33)) $((size - 2)) $((size - 1)); do
  v=$((v + 1))
  head -c "$cut_at" k.key >"damaged/$v.key"
done
"$@" decide --bundle good.rbb >/dev/null 2>&1
leaks=0
refused=0
runs=0
for f in damaged/*.key; do
  for use in "decide --bundle x.rbb --sign $f" "verify good.rbb --public-key $f" "verify $f" \
    "verify-receipt $f" "verify-receipt $f --json" "decide --cases $f" "export-jsonl $f" \
    "simulate --replications 1 --iin-key-file $f --population csv:$source_dir/tests/fixtures/csv/valid.csv"; do
    # shellcheck disable=SC2086
    run "$@" $use
    case "$use" in
      *iin-key-file*) ;;  # any bytes make an IIN key (never shown): only the messages count
      *)
        runs=$((runs + 1))
        [ "$status" -ne 0 ] && refused=$((refused + 1))
        ;;
    esac
    if cat out err | grep -qiF -f seed-patterns; then
      leaks=$((leaks + 1))
      [ "$leaks" -le 3 ] && echo "leak: $use: $(cat out err | head -c 300)" >&2
    fi
  done
done
if [ "$v" -ge 29 ] && [ "$leaks" -eq 0 ] && [ "$refused" -eq "$runs" ]; then
  ok "$v damaged secret key files given to 8 readers: all refused, no message shows any 8 characters of the seed"
else
  bad "$v damaged key files, $runs runs: $refused refused, $leaks showed part of the seed"
fi

# 4. A receipt without a public key is NOT CHECKED (exit 3, "verified": false): a changed
# byte (an amount edited, say) must never read as verified; `receipt` checks the bundle's
# signature with --public-key; `verify` without a key does not claim who signed.
"$@" keygen -o alice >/dev/null 2>&1
"$@" keygen -o mallory >/dev/null 2>&1
"$@" decide --bundle signed.rbb --sign alice.key >/dev/null 2>&1
run "$@" receipt signed.rbb --case EX-04-private-bailiff --public-key alice.pub -o ex04.rcpt
if [ "$status" -eq 0 ] && [ -s ex04.rcpt ]; then ok "receipt --public-key: cut from an authentic bundle"; else bad "receipt --public-key: $(cat err)"; fi
run "$@" verify-receipt ex04.rcpt
plain_status=$status
run "$@" verify-receipt ex04.rcpt --json
if [ "$plain_status" -eq 3 ] && [ "$status" -eq 3 ] && has out '"verified": false' && has out '"verdict": "not_checked"' &&
  has err "NOT CHECKED"; then
  ok "verify-receipt without a key: NOT CHECKED, exit 3, \"verified\": false"
else
  bad "verify-receipt without a key: exit $plain_status/$status: $(cat out err)"
fi
run "$@" verify-receipt ex04.rcpt --public-key alice.pub --json
if [ "$status" -eq 0 ] && has out '"verified": true' && has out '"verdict": "authentic"'; then
  ok "verify-receipt with the key: authentic, exit 0"
else
  bad "verify-receipt with the key (status $status): $(cat out err)"
fi
size=$(wc -c <ex04.rcpt)
at=0
changed=0
passed_unkeyed=0
while [ "$at" -lt "$size" ]; do
  cp ex04.rcpt flip.rcpt
  printf '\001' | dd of=flip.rcpt bs=1 seek="$at" conv=notrunc 2>/dev/null
  if ! cmp -s flip.rcpt ex04.rcpt; then
    changed=$((changed + 1))
    "$@" verify-receipt flip.rcpt --json >out 2>err
    if [ "$?" -eq 0 ] || has out '"verified": true' || grep -q '^VERIFIED' out; then passed_unkeyed=$((passed_unkeyed + 1)); fi
  fi
  at=$((at + 5))
done
if [ "$changed" -gt 100 ] && [ "$passed_unkeyed" -eq 0 ]; then
  ok "$changed changed receipts without a key: none exits 0 or says verified"
else
  bad "$passed_unkeyed of $changed changed receipts pass without a key"
fi
run "$@" receipt signed.rbb --case EX-04-private-bailiff --public-key mallory.pub -o m.rcpt
if [ "$status" -ne 0 ] && [ ! -e m.rcpt ] && has err "signature"; then
  ok "receipt --public-key of another key: refused, no receipt"
else
  bad "receipt with another key (status $status): $(cat err)"
fi
cp signed.rbb badsig.rbb
bsize=$(wc -c <badsig.rbb)
# The signature's last byte, changed (to 1, or to 2 when it is 1).
if [ "$(tail -c 1 badsig.rbb | od -An -tu1 | tr -d ' ')" = 1 ]; then new='\002'; else new='\001'; fi
printf "$new" | dd of=badsig.rbb bs=1 seek=$((bsize - 1)) conv=notrunc 2>/dev/null
run "$@" receipt badsig.rbb --case EX-04-private-bailiff --public-key alice.pub -o b.rcpt
if [ "$status" -ne 0 ] && [ ! -e b.rcpt ] && has err "signature"; then
  ok "receipt from a bundle whose signature does not hold: refused"
else
  bad "receipt from a bad signature (status $status): $(cat err)"
fi
run "$@" verify signed.rbb
if [ "$status" -eq 0 ] && ! has out "signed by key" && has out "authenticity not checked"; then
  ok "verify without a key never says \"signed by key\""
else
  bad "verify without a key: $(cat out)"
fi

# 7. Counts have a range and a clear refusal: nothing wraps (-1, 2^64) or ends in a bare
# std::bad_alloc (10^12 fines, a million threads).
for use in "simulate --cases -1" "simulate --cases 18446744073709551616" "simulate --cases 1000000000000" \
  "simulate --cases 10 --threads 1000000" "simulate --cases 10 --replications 1001" \
  "simulate --cases 10 --replications -1" "simulate --cases 10 --seed -1" "simulate --cases 0x10" \
  "compare --cases -1" "sweep --set robot_window=1 --cases -1" "sensitivity --threads -1" \
  "calibrate --cases -1" "calibrate --max-iterations -1" "calibrate --draws -1" "calibrate --starts 0" \
  "calibrate --threads 1000000" "verify x.rbb --threads -1"; do
  # shellcheck disable=SC2086
  run timeout 60 "$@" $use
  if [ "$status" -ne 0 ] && [ "$status" -ne 124 ] && has err "expected a whole number from" && ! has err "bad_alloc" &&
    [ ! -s out ]; then
    ok "$use: refused with the range"
  else
    bad "$use (status $status): $(head -c 300 err)"
  fi
done

# 9. A failing command leaves none of its outputs; a failed write to standard output is an
# error, not a truncated result with status 0.
run "$@" decide -o report.txt --bundle missing-dir/run.rbb
if [ "$status" -ne 0 ] && [ ! -e report.txt ] && has err "missing-dir"; then
  ok "decide -o R --bundle (unwritable): fails and leaves no report"
else
  bad "decide -o R --bundle unwritable (status $status): $(ls) $(cat err)"
fi
run "$@" simulate --population synthetic:taraz-pilot --cases 500 --replications 1 --threads 1 --json \
  -o sim.json --bundle missing-dir/sim.rbb
if [ "$status" -ne 0 ] && [ ! -e sim.json ]; then
  ok "simulate -o R --bundle (unwritable): fails and leaves no report"
else
  bad "simulate -o R --bundle unwritable (status $status): $(cat err)"
fi
run "$@" calibrate --cases 1000 --max-iterations 0 --threads 1 -o fitted.json --report missing-dir/report.txt
if [ "$status" -ne 0 ] && [ ! -e fitted.json ]; then
  ok "calibrate -o F --report (unwritable): fails and leaves no behaviour file"
else
  bad "calibrate -o F --report unwritable (status $status): $(cat err)"
fi
if [ -w /dev/full ]; then
  "$@" decide --bundle full.rbb >/dev/null 2>&1
  for use in "decide --json" "verify full.rbb" "explain --case EX-01-discount" "export-jsonl full.rbb" "diff"; do
    # shellcheck disable=SC2086
    "$@" $use >/dev/full 2>err
    status=$?
    if [ "$status" -ne 0 ] && has err "cannot write standard output"; then
      ok "$use >/dev/full: an error exit"
    else
      bad "$use >/dev/full (status $status): $(cat err)"
    fi
  done
fi
if ls -a | grep -q '\.tmp-'; then bad "a temporary file was left: $(ls -a)"; else ok "no temporary file is left"; fi

# 6. Every reader takes only a regular file, up to a size that fits its format: /dev/zero is
# never read until memory runs out, and a named pipe is never waited on.
# limited ARGS...: run with a memory cap of about 4 GB: an address-space limit natively; under
# the sanitizers (BAILIFF_SANITIZED, whose shadow memory needs the address space) ASan's own
# limit on resident memory; none under node, which reserves more address space.
limited() {
  if [ -n "${BAILIFF_SANITIZED:-}" ]; then
    run env ASAN_OPTIONS=hard_rss_limit_mb=4000 timeout 30 "$@"
    return
  fi
  case "$1" in
    *node*) run timeout 30 "$@" ;;
    *) run sh -c 'ulimit -v 4000000; exec timeout 30 "$@"' limited "$@" ;;
  esac
}
mkfifo idle-pipe
for source in /dev/zero idle-pipe; do
  for use in "verify $source" "verify-receipt $source" "verify-receipt ex04.rcpt --public-key $source" \
    "decide --bundle x.rbb --sign $source" "export-jsonl $source" "explain --case EX-01-discount --bundle $source" \
    "receipt $source --case EX-01-discount -o x.rcpt" \
    "simulate --cases 10 --replications 1 --population csv:$source --iin-key-file $source" \
    "simulate --cases 10 --replications 1 --population csv:$source --iin-key 0123456789abcdef0123"; do
    # shellcheck disable=SC2086
    limited "$@" $use
    if [ "$status" -ne 0 ] && [ "$status" -ne 124 ] && has err "expected a regular file, found"; then
      ok "$use: refused at once"
    else
      bad "$use (status $status): $(head -c 300 err)"
    fi
  done
done
head -c 5000 /dev/zero | tr '\0' 'a' >long.pub
run "$@" verify signed.rbb --public-key long.pub
if [ "$status" -ne 0 ] && has err "long.pub:line 1: (file): expected a file of at most 4,096 bytes, found 5,000 bytes"; then
  ok "a 5,000-byte public key file is refused by its size"
else
  bad "long public key (status $status): $(cat err)"
fi
truncate -s 9000000 big.rcpt
run "$@" verify-receipt big.rcpt
if [ "$status" -ne 0 ] && has err "expected a file of at most 8,388,608 bytes, found 9,000,000 bytes"; then
  ok "a 9 MB receipt is refused by its size, unread"
else
  bad "big receipt (status $status): $(cat err)"
fi
truncate -s 3000000000 big.rbb
limited "$@" verify big.rbb
if [ "$status" -ne 0 ] && has err "expected a file of at most 2,147,483,648 bytes, found 3,000,000,000 bytes"; then
  ok "a 3 GB bundle is refused by its size, unread"
else
  bad "big bundle (status $status): $(cat err)"
fi
rm -f big.rbb big.rcpt

# 5. Identifiers and names that could spoof a report (a newline, ESC, NUL, a bidirectional
# override) are refused by every reader, and nothing read is printed raw.
esc=$(printf '\033')
for bad_text in '\u001b[8m' '\u202e' '\n' '\u0000' '\u0085' '\u2066'; do
  for field in id region article debtor; do
    if [ "$field" = id ]; then other='"region": "Taraz"'; else other='"id": "C-1"'; fi
    printf '{"cases": [{%s, "amount_tenge": 19660, "in_force": "2025-01-15", "%s": "X%sY"}]}\n' \
      "$other" "$field" "$bad_text" >spoof.json
    run "$@" decide --cases spoof.json
    if [ "$status" -ne 0 ] && [ ! -s out ] && has err "expected text without control or bidirectional formatting characters" &&
      ! grep -q "$esc" err; then
      ok "cases JSON: $field with $bad_text refused"
    else
      bad "cases JSON: $field with $bad_text (status $status): $(cat out err | od -c | head -n 3)"
    fi
  done
done
{
  echo "case_id,debtor_iin,region,article,amount_tenge,in_force,payment_date,payment_amount_tenge"
  printf 'C-1\033[8m,920615400031,Taraz,592,19660,2024-01-15,,\n'
} >esc-id.csv
{
  echo "case_id,debtor_iin,region,article,amount_tenge,in_force,payment_date,payment_amount_tenge"
  printf 'C-1,920615400031,Taraz\342\200\256,592,19660,2024-01-15,,\n'
} >bidi-region.csv
for csv_file in esc-id.csv bidi-region.csv; do
  run "$@" simulate --population "csv:$csv_file" --iin-key 0123456789abcdef0123 --replications 1
  if [ "$status" -ne 0 ] && has err "expected text without control or bidirectional formatting characters" &&
    ! grep -q "$esc" err; then
    ok "CSV $csv_file refused"
  else
    bad "CSV $csv_file (status $status): $(od -c err | head -n 3)"
  fi
done
cp ex04.rcpt spoof.rcpt
printf '\nAUTHENTIC due 0\033[8m ' | dd of=spoof.rcpt bs=1 seek=14 conv=notrunc 2>/dev/null
for use in "verify-receipt spoof.rcpt" "verify-receipt spoof.rcpt --public-key alice.pub" "verify-receipt spoof.rcpt --json"; do
  # shellcheck disable=SC2086
  run "$@" $use
  if [ "$status" -ne 0 ] && ! cat out err | grep -q "$esc" && ! cat out err | grep -q "^AUTHENTIC" &&
    has err "case id: expected text without control"; then
    ok "$use: a receipt with a spoofing case id is refused, nothing printed raw"
  else
    bad "$use (status $status): $(cat out err | od -c | head -n 5)"
  fi
done

echo "trust_cli_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
