#!/bin/sh
# Signatures and receipts through the real command (issue 10, findings 13 and 14): keygen
# writes a private secret key and a public key, --sign signs every bundle written, verify says
# "authentic" only with the signer's public key and "integrity checked, authenticity not
# checked" without one, the secret never appears in any output, and every case of a signed
# bundle has a receipt that verify-receipt checks offline.
#
# Usage: tests/cli/signature_cli_test.sh SOURCE_DIR BAILIFF_COMMAND...
#   e.g. tests/cli/signature_cli_test.sh . build/native/cli/bailiff
#        tests/cli/signature_cli_test.sh . node --no-experimental-fetch build/wasm/cli/bailiff.js
# Prints one line per check and "N passed, N failed"; exits non-zero when any check fails.
set -u

# shellcheck source=tests/cli/checks.sh
. "$(dirname "$0")/checks.sh"
begin_checks signature-cli "$@"
shift

# 1. keygen: a 0600 secret key, a public key, never overwriting a secret key.
run "$@" keygen -o alice
mode=$(stat -c %a alice.key 2>/dev/null)
if [ "$status" -eq 0 ] && [ "$mode" = 600 ] && has alice.pub "robot-bailiff Ed25519 public key v1" \
  && has alice.key "robot-bailiff Ed25519 secret key v1"; then
  ok "keygen writes alice.key (mode $mode) and alice.pub"
else
  bad "keygen (status $status, mode $mode): $(cat err)"
fi
seed=$(sed -n 's/^seed //p' alice.key)
id=$(sed -n 's/^key-id //p' alice.pub)
if [ -n "$seed" ] && ! has out "$seed" && ! has err "$seed" && has err "$id"; then
  ok "keygen names key $id and does not print the secret"
else
  bad "keygen output shows the seed or no key id"
fi
cp alice.key alice.key.orig
run "$@" keygen -o alice
if [ "$status" -ne 0 ] && has err "alice.key exists" && cmp -s alice.key alice.key.orig; then
  ok "keygen refuses to overwrite a secret key"
else
  bad "keygen overwrote alice.key or did not say why (status $status): $(cat err)"
fi
"$@" keygen -o mallory >/dev/null 2>&1

# 2. A signed decide bundle: authentic with alice.pub only.
run "$@" decide --bundle signed.rbb --sign alice.key
if [ "$status" -eq 0 ] && has err "signed by key $id" && ! grep -qF "$seed" signed.rbb \
  && ! grep -qF "alice.key" signed.rbb; then
  ok "decide --bundle --sign signs with key $id; neither the secret nor its path is in the bundle"
else
  bad "decide --sign (status $status): $(cat err)"
fi
run "$@" verify signed.rbb
if [ "$status" -eq 0 ] && has out "integrity checked, authenticity not checked: the manifest names key id $id, but who signed it is not established"; then
  ok "verify without a key: integrity checked, authenticity not checked"
else
  bad "verify without a key (status $status): $(cat out err)"
fi
run "$@" verify signed.rbb --public-key alice.pub
if [ "$status" -eq 0 ] && has out "AUTHENTIC signed by key $id"; then
  ok "verify --public-key alice.pub: authentic"
else
  bad "verify --public-key (status $status): $(cat out err)"
fi
run "$@" verify signed.rbb --public-key alice.pub --json
if [ "$status" -eq 0 ] && has out '"authentic": true' && has out '"checked": true'; then
  ok "verify --json states authenticity in fields"
else
  bad "verify --json (status $status): $(cat out err)"
fi
mallory=$(sed -n 's/^key-id //p' mallory.pub)
run "$@" verify signed.rbb --public-key mallory.pub
if [ "$status" -ne 0 ] && has err "signature: the bundle names key id $id, the public key given is key id $mallory"; then
  ok "verify with another key fails and names both key ids"
else
  bad "verify with the wrong key (status $status): $(cat out err)"
fi

# 3. A tampered signed bundle is not authentic; an unsigned bundle cannot be.
cp signed.rbb tampered.rbb
printf 'X' | dd of=tampered.rbb bs=1 seek=100 conv=notrunc 2>/dev/null
run "$@" verify tampered.rbb --public-key alice.pub
if [ "$status" -ne 0 ] && has err "not verified" && ! has out "AUTHENTIC"; then
  ok "a changed manifest byte: not authentic, exit $status"
else
  bad "tampered bundle (status $status): $(cat out err)"
fi
"$@" decide --bundle plain.rbb >/dev/null 2>&1
run "$@" verify plain.rbb --public-key alice.pub
if [ "$status" -ne 0 ] && has err "the bundle is not signed (written without --sign)"; then
  ok "an unsigned bundle with --public-key fails"
else
  bad "unsigned bundle with a key (status $status): $(cat out err)"
fi

# 4. Every command that writes a bundle signs; wrong use of --sign is refused up front.
run "$@" simulate --population synthetic:taraz-pilot --cases 2000 --replications 1 --threads 1 \
  --bundle sim.rbb --sign alice.key
run "$@" verify sim.rbb --public-key alice.pub --threads 1
if [ "$status" -eq 0 ] && has out "AUTHENTIC signed by key $id"; then
  ok "simulate --bundle --sign: authentic"
else
  bad "simulate --sign (status $status): $(cat out err)"
fi
run "$@" decide --sign alice.key
if [ "$status" -ne 0 ] && has err "--sign requires --bundle"; then ok "--sign without --bundle is refused"; else bad "--sign alone: $(cat err)"; fi
run "$@" decide --bundle x.rbb --sign alice.pub
if [ "$status" -ne 0 ] && has err "alice.pub:line 1: header: expected \"robot-bailiff Ed25519 secret key v1\"" \
  && [ ! -e x.rbb ]; then
  ok "--sign with a public key file is refused, nothing written"
else
  bad "--sign alice.pub (status $status): $(cat err)"
fi
sed 's/^seed \(.\)/seed X/' alice.key >damaged.key
run "$@" decide --bundle x.rbb --sign damaged.key
if [ "$status" -ne 0 ] && has err "damaged.key:line 4: seed: expected 64 lowercase hex digits" \
  && ! has err "$(echo "$seed" | cut -c 9-40)"; then
  ok "a damaged secret key is refused without showing it"
else
  bad "damaged key (status $status): $(cat err)"
fi

# 5. Receipts: every case of the example verifies offline; a changed byte or another key fails.
cases=$(sed -n 's/.*"id": "\(EX-[^"]*\)".*/\1/p' "$source_dir/data/cases/example.json")
all=0
good=0
for c in $cases; do
  all=$((all + 1))
  "$@" receipt signed.rbb --case "$c" -o "$c.rcpt" >/dev/null 2>err || { bad "receipt $c: $(cat err)"; continue; }
  run "$@" verify-receipt "$c.rcpt" --public-key alice.pub
  if [ "$status" -eq 0 ] && has out "AUTHENTIC signed by key $id" && has out "Case      $c:"; then
    good=$((good + 1))
  else
    bad "verify-receipt $c (status $status): $(cat out err)"
  fi
done
if [ "$all" -eq 7 ] && [ "$good" -eq 7 ]; then ok "all $good receipts of the example verify as authentic"; else bad "$good of $all receipts verified"; fi
run "$@" verify-receipt EX-03-robot-window.rcpt
if [ "$status" -eq 3 ] && has out "NOT CHECKED " && ! has out "VERIFIED"; then
  ok "verify-receipt without a key: NOT CHECKED, exit 3"
else
  bad "verify-receipt without a key (status $status): $(cat out err)"
fi
run "$@" verify-receipt EX-03-robot-window.rcpt --public-key mallory.pub
if [ "$status" -ne 0 ] && has err "the receipt names key id $id, the public key given is key id $mallory"; then
  ok "verify-receipt with another key fails"
else
  bad "verify-receipt with the wrong key (status $status): $(cat out err)"
fi
size=$(wc -c <EX-03-robot-window.rcpt)
flipped=0
for at in 20 40 100 $((size - 150)) $((size - 90)) $((size - 1)); do
  cp EX-03-robot-window.rcpt flip.rcpt
  printf '\377' | dd of=flip.rcpt bs=1 seek="$at" conv=notrunc 2>/dev/null
  "$@" verify-receipt flip.rcpt --public-key alice.pub >/dev/null 2>&1 || flipped=$((flipped + 1))
done
if [ "$flipped" -eq 6 ]; then ok "a receipt with a changed byte fails (6 places)"; else bad "only $flipped of 6 changed receipts failed"; fi
run "$@" receipt plain.rbb --case EX-01-discount -o plain.rcpt
if [ "$status" -ne 0 ] && has err "expected a signed bundle" && [ ! -e plain.rcpt ]; then
  ok "no receipt from an unsigned bundle"
else
  bad "receipt from an unsigned bundle (status $status): $(cat err)"
fi
run "$@" receipt tampered.rbb --case EX-01-discount -o t.rcpt
if [ "$status" -ne 0 ] && has err "not verified" && [ ! -e t.rcpt ]; then
  ok "no receipt from a tampered bundle"
else
  bad "receipt from a tampered bundle (status $status): $(cat err)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
