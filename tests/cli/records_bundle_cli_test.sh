#!/bin/sh
# The findings bundle of check-records through the real command (issue 23, item 3): a signed
# bundle written beside the report verifies with the signer's public key; one case's receipt
# is cut from it and checked on its own, with its findings in words (and a case without a
# finding gets a receipt that says so); a changed byte in the bundle or in a receipt is
# refused; no IIN, pseudonym or key reaches the bundle, the receipt or any output; a failing
# check writes neither the report nor the bundle.
#
# Usage: tests/cli/records_bundle_cli_test.sh SOURCE_DIR BAILIFF_COMMAND...
# Prints one line per check and "N passed, N failed"; exits non-zero when any check fails.
set -u

# shellcheck source=tests/cli/checks.sh
. "$(dirname "$0")/checks.sh"
begin_checks records-bundle-cli "$@"
shift

iin_key="$source_dir/tests/fixtures/cli/example.key"
golden="$source_dir/tests/golden"
# flip FILE OFFSET: change the byte at OFFSET (0-based) of FILE to another one.
flip() {
  byte=$(dd if="$1" bs=1 skip="$2" count=1 2>/dev/null | od -An -tu1 | tr -d ' ')
  printf "$(printf '\\%03o' $(((byte + 1) % 256)))" |
    dd of="$1" bs=1 seek="$2" count=1 conv=notrunc 2>/dev/null
}

"$@" keygen -o auditor >/dev/null 2>&1
"$@" keygen -o stranger >/dev/null 2>&1
id=$(sed -n 's/^key-id //p' auditor.pub)

# 1. The bundle is written beside the same report, signed.
run "$@" check-records example --iin-key-file "$iin_key" --bundle findings.rbb --sign auditor.key
if [ "$status" -eq 0 ] && cmp -s out "$golden/check_records_example.txt" &&
  has err "bailiff: bundle written to findings.rbb (" && has err "bytes), signed by key $id;"; then
  ok "check-records --bundle --sign: the report as without it, and a bundle signed by key $id"
else
  bad "check-records --bundle (status $status): $(cat err) $(diff out "$golden/check_records_example.txt" | head -5)"
fi

# 2. verify: authentic with the key, integrity only without.
run "$@" verify findings.rbb --public-key auditor.pub
if [ "$status" -eq 0 ] && has out "Bundle    findings.rbb (records, " &&
  has out "  ok      findings   10 findings in 8 of 12 cases, 17,988.75 ₸ charged without a basis" &&
  has out "VERIFIED  10 findings in 12 cases are as the check wrote them" &&
  has out "AUTHENTIC signed by key $id"; then
  ok "verify --public-key: AUTHENTIC, 10 findings in 12 cases"
else
  bad "verify --public-key (status $status): $(cat out err)"
fi
run "$@" verify findings.rbb
if [ "$status" -eq 0 ] && has out "integrity checked, authenticity not checked"; then
  ok "verify without a key: integrity checked, authenticity not checked"
else
  bad "verify without a key (status $status): $(cat out err)"
fi
run "$@" verify findings.rbb --public-key stranger.pub
if [ "$status" -eq 1 ] && has out "NOT VERIFIED"; then
  ok "verify with another key: NOT VERIFIED (exit 1)"
else
  bad "verify with another key (status $status): $(cat out err)"
fi

# 3. A receipt of one case, checked without the bundle.
run "$@" receipt findings.rbb --case RL-06-no-discount --public-key auditor.pub -o rl06.receipt
if [ "$status" -eq 0 ] && [ -s rl06.receipt ] &&
  has err "receipt for case RL-06-no-discount written to rl06.receipt (" &&
  has err "bytes: 1 finding, case 6 of 12, signed by key $id)"; then
  ok "receipt: case RL-06-no-discount, 1 finding, case 6 of 12"
else
  bad "receipt (status $status): $(cat err)"
fi
mv findings.rbb elsewhere.rbb  # the receipt stands on its own
run "$@" verify-receipt rl06.receipt --public-key auditor.pub
if [ "$status" -eq 0 ] && has out "Case      RL-06-no-discount: 1 finding" &&
  has out "  1. The debtor paid inside the discount window but the discount was not applied: recorded closing as paid on 2025-03-07 (19,660.00 ₸); the law required closing as paid on 2025-03-07 (9,830.00 ₸); 9,830.00 ₸ at stake." &&
  has out "AUTHENTIC signed by key $id: this finding is all the bundle holds for case RL-06-no-discount (case 6 of 12)"; then
  ok "verify-receipt --public-key, without the bundle: AUTHENTIC, the finding in words"
else
  bad "verify-receipt (status $status): $(cat out err)"
fi
run "$@" verify-receipt rl06.receipt --public-key auditor.pub --json
if [ "$status" -eq 0 ] && has out '"verified": true' && has out '"kind": "records"' &&
  has out '"kind": "discount_not_honoured"' && has out '"at_stake_tenge": "9830.00"'; then
  ok "verify-receipt --json: verified, the finding's fields"
else
  bad "verify-receipt --json (status $status): $(cat out err)"
fi
run "$@" verify-receipt rl06.receipt
if [ "$status" -eq 3 ] && has out "NOT CHECKED"; then
  ok "verify-receipt without a key: NOT CHECKED (exit 3)"
else
  bad "verify-receipt without a key (status $status): $(cat out err)"
fi
mv elsewhere.rbb findings.rbb
run "$@" receipt findings.rbb --case RL-02-voluntary --public-key auditor.pub -o rl02.receipt
run "$@" verify-receipt rl02.receipt --public-key auditor.pub
if [ "$status" -eq 0 ] && has out "Case      RL-02-voluntary: 0 findings" &&
  has out "the bundle holds no finding for case RL-02-voluntary (case 2 of 12)"; then
  ok "a case without a finding: its receipt says the bundle holds none"
else
  bad "receipt of a clean case (status $status): $(cat out err)"
fi

# 4. Tampering: a byte of a finding in the bundle, a byte of the receipt.
cp findings.rbb tampered.rbb
at=$(grep -a -b -o "discount.paid_in_window" tampered.rbb | head -1 | cut -d: -f1)
flip tampered.rbb "$at"
run "$@" verify tampered.rbb --public-key auditor.pub
if [ "$status" -eq 1 ] && has out "NOT VERIFIED" && has out "FAILED  chain"; then
  ok "a changed byte in a finding of the bundle: NOT VERIFIED, the chain names it"
else
  bad "tampered bundle (status $status): $(cat out err)"
fi
run "$@" receipt tampered.rbb --case RL-06-no-discount --public-key auditor.pub -o t.receipt
if [ "$status" -ne 0 ] && has err "tampered.rbb: not verified:" && [ ! -e t.receipt ]; then
  ok "no receipt is cut from a tampered bundle"
else
  bad "receipt from a tampered bundle (status $status): $(cat err)"
fi
cp rl06.receipt tampered.receipt
at=$(grep -a -b -o "discount.paid_in_window" tampered.receipt | head -1 | cut -d: -f1)
flip tampered.receipt "$at"
run "$@" verify-receipt tampered.receipt --public-key auditor.pub
if [ "$status" -eq 1 ] && has out "NOT VERIFIED"; then
  ok "a changed byte in the receipt: NOT VERIFIED (exit 1)"
else
  bad "tampered receipt (status $status): $(cat out err)"
fi

# 5. No IIN, pseudonym or key anywhere.
seed=$(sed -n 's/^seed //p' auditor.key)
leaked=""
[ -n "$seed" ] || leaked=" (no seed in auditor.key)"
for file in findings.rbb rl06.receipt rl02.receipt out err; do
  for iin in $(grep ',fine,' "$source_dir/data/records/example.csv" | cut -d, -f6 | sort -u); do
    if grep -a -q "$iin" "$file"; then leaked="$leaked $file:$iin"; fi
  done
  if grep -a -q "$seed" "$file" || grep -a -q "example-key-0001" "$file" ||
    grep -a -q -E "p_[0-9a-f]{16}" "$file"; then
    leaked="$leaked $file:key-or-pseudonym"
  fi
done
run "$@" export-jsonl findings.rbb
findings=$(grep -c '"type":"finding"' out)
if [ -z "$leaked" ] && [ "$findings" -eq 10 ]; then
  ok "no IIN, pseudonym or key in the bundle, the receipts or the outputs; export lists 10 findings"
else
  bad "leaked:$leaked; export lists $findings findings"
fi

# 6. A failing check writes neither its report nor its bundle.
run "$@" check-records "$source_dir/tests/fixtures/records/unknown_region.csv" \
  --iin-key-file "$iin_key" --bundle failed.rbb --sign auditor.key -o failed.txt
if [ "$status" -eq 2 ] && has err "unknown_region.csv:line 6, column 49: region:" &&
  [ ! -e failed.rbb ] && [ ! -e failed.txt ]; then
  ok "a failing check writes neither the report nor the bundle"
else
  bad "failing check (status $status): $(cat err); $(ls)"
fi
run "$@" check-records example --iin-key-file "$iin_key" --sign auditor.key
if [ "$status" -ne 0 ] && has err "--sign requires --bundle"; then
  ok "--sign without --bundle is refused"
else
  bad "--sign alone (status $status): $(cat err)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
