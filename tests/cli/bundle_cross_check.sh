#!/bin/sh
# Cross-platform check of replay bundles: a bundle written by one `bailiff` build must verify
# under the other, in both directions, and both must compute the same run root. Signed
# bundles and receipts are byte-identical under both builds (Ed25519 is deterministic), and
# each build checks the other's key, signatures and receipts.
#
# Usage: tests/cli/bundle_cross_check.sh "NATIVE_COMMAND" "WASM_COMMAND"
#   e.g. tests/cli/bundle_cross_check.sh build/native/cli/bailiff "node build/wasm/cli/bailiff.js"
# Each argument is a command line (split on spaces). Exits non-zero on the first failure.
set -eu

if [ "$#" -ne 2 ]; then
  echo "usage: $0 \"NATIVE_COMMAND\" \"WASM_COMMAND\"" >&2
  exit 64
fi
first=$1
second=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/bundle-cross.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
# The WASM build under node sees the current directory through NODERAWFS: work in it.
cd "$work"

fail() {
  echo "bundle_cross_check: FAILED: $*" >&2
  exit 1
}

root_of() {  # the run root a verify report states
  sed -n 's/^VERIFIED .*run root \([0-9a-f]\{64\}\)$/\1/p' "$1"
}

check_pair() {  # writer, verifier, label, bundle args...
  writer=$1 verifier=$2 label=$3
  shift 3
  # shellcheck disable=SC2086
  $writer "$@" --bundle "$label.rbb" > "$label.report" 2> "$label.write.err" ||
    fail "$label: writing the bundle failed: $(cat "$label.write.err")"
  for who in writer verifier; do
    cmd=$writer
    [ "$who" = verifier ] && cmd=$verifier
    # shellcheck disable=SC2086
    $cmd verify "$label.rbb" > "$label.$who.verify" 2> "$label.$who.err" ||
      fail "$label: verify under the $who failed: $(cat "$label.$who.verify" "$label.$who.err")"
  done
  a=$(root_of "$label.writer.verify")
  b=$(root_of "$label.verifier.verify")
  [ -n "$a" ] && [ "$a" = "$b" ] || fail "$label: run roots differ: '$a' vs '$b'"
  # The two builds also export the same JSON Lines.
  # shellcheck disable=SC2086
  $writer export-jsonl "$label.rbb" > "$label.writer.jsonl" || fail "$label: export-jsonl (writer)"
  # shellcheck disable=SC2086
  $verifier export-jsonl "$label.rbb" > "$label.verifier.jsonl" || fail "$label: export-jsonl (verifier)"
  cmp -s "$label.writer.jsonl" "$label.verifier.jsonl" || fail "$label: JSON Lines differ"
  # A damaged copy is refused by the verifier.
  cp "$label.rbb" "$label.bad.rbb"
  size=$(wc -c < "$label.bad.rbb")
  printf '\377' | dd of="$label.bad.rbb" bs=1 seek=$((size - 200)) conv=notrunc 2> /dev/null
  # shellcheck disable=SC2086
  if $verifier verify "$label.bad.rbb" > /dev/null 2>&1; then
    fail "$label: a damaged bundle verified"
  fi
  echo "ok  $label: root $a"
}

check_pair "$first" "$second" decide-first-to-second decide
check_pair "$second" "$first" decide-second-to-first decide --policy kz-pre-robot
check_pair "$first" "$second" simulate-first-to-second simulate --population synthetic:taraz-pilot \
  --cases 5000 --replications 2 --threads 1
check_pair "$second" "$first" simulate-second-to-first simulate --population synthetic:taraz-pilot \
  --cases 5000 --replications 2 --threads 1
# Signatures and receipts: one key (made by the first build), both builds sign the same run
# in folders of their own, under the same file names (the manifest records the command line).
# shellcheck disable=SC2086
$first keygen -o cross > /dev/null 2>&1 || fail "keygen"
for who in first second; do
  cmd=$first
  [ "$who" = second ] && cmd=$second
  mkdir "$who"
  (
    cd "$who" || exit 1
    # shellcheck disable=SC2086
    $cmd decide --bundle signed.rbb --sign ../cross.key > /dev/null 2> signed.err || exit 1
    # shellcheck disable=SC2086
    $cmd simulate --population synthetic:taraz-pilot --cases 3000 --replications 1 --threads 1 \
      --bundle signed-sim.rbb --sign ../cross.key > /dev/null 2>> signed.err || exit 1
    # shellcheck disable=SC2086
    $cmd receipt signed.rbb --case EX-06-partial -o receipt > /dev/null 2>> signed.err
  ) || fail "signing or the receipt under the $who build: $(cat "$who/signed.err")"
done
for file in signed.rbb signed-sim.rbb receipt; do
  cmp -s "first/$file" "second/$file" || fail "$file differs between the builds"
done
for who in first second; do
  cmd=$first
  [ "$who" = second ] && cmd=$second
  # shellcheck disable=SC2086
  $cmd verify first/signed.rbb --public-key cross.pub | grep -q '^AUTHENTIC signed by key' ||
    fail "verify --public-key under the $who build"
  # shellcheck disable=SC2086
  $cmd verify-receipt second/receipt --public-key cross.pub | grep -q '^AUTHENTIC signed by key' ||
    fail "verify-receipt under the $who build"
done
echo "ok  signatures and receipts: byte-identical under both builds, authentic under each"
echo "bundle_cross_check: all bundles verify under both builds"
