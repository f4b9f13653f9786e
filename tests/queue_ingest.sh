#!/usr/bin/env bash
# queue_ingest.sh FAXINTAKE SAMPLES: `faxintake ingest --db` records every
# document in the store, with its words, fields and a review item; the
# same files again are recorded as byte-identical resends.  Reads the
# samples with real OCR (label "slow").
set -euo pipefail

bin=$1
samples=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fi-queue-ingest.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export OMP_THREAD_LIMIT=1 FAXINTAKE_DB=$tmp/store.db
fail() { echo "queue_ingest: $*" >&2; exit 1; }

"$bin" ingest -q -j 2 --db "$tmp/store.db" -o "$tmp/out" "$samples"/referral-*
n=$("$bin" queue list --json | grep -c '"document":')
[ "$n" -eq 3 ] || fail "expected 3 queued documents, got $n"
"$bin" ingest -q -j 1 --db "$tmp/store.db" -o "$tmp/out" "$samples"/referral-letter.tif
"$bin" queue list | grep -q "duplicate of" || fail "the resend is not marked as a duplicate"
# the stored words replay (a second reading of the image, which ingest may
# do for an unsure value, cannot be replayed: the first run may change a
# value or two, a second one nothing)
"$bin" reextract --all >/dev/null
out=$("$bin" reextract --all)
grep -q "re-extracted 4 document(s): 0 value(s) changed" <<<"$out" ||
    fail "re-extraction from stored words is not stable: $out"
"$bin" audit verify | grep -q "audit log intact" || fail "audit chain"
echo "queue_ingest: 4 passed, 0 failed"
