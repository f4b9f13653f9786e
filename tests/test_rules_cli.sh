#!/usr/bin/env bash
# test_rules_cli.sh: `faxintake rules check` and `faxintake rules test` end to
# end on the project's samples/ and their truth in
# tests/resources/samples-truth/.
#
#   test_rules_cli.sh FAXINTAKE SOURCE_DIR
#
# What it holds the commands to:
#   - check: built-in and file rules load ("ok (N field rules, M text
#     rules)"); a broken file exits 2 and names file:line;
#   - test: the first run OCRs every sample and fills the cache; the second
#     reads them all from the cache, OCRs nothing, and prints the same
#     scores; a cache entry from another OCR version is a miss;
#   - errors are listed with expected and found values; bad usage exits 2;
#     an unreadable document exits 1 and is named.
# It does not check accuracy figures: those move with the rules.
set -uo pipefail

bin=${1:?usage: test_rules_cli.sh FAXINTAKE SOURCE_DIR}
src=${2:?usage: test_rules_cli.sh FAXINTAKE SOURCE_DIR}
truth=$src/tests/resources/samples-truth
docs=("$src/samples/referral-form.tif" "$src/samples/referral-letter.tif"
      "$src/samples/referral-order.pdf")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/test_rules_cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export OMP_THREAD_LIMIT=1
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# expect_in FILE TEXT WHAT: FILE contains TEXT (fixed string).
expect_in() {
    grep -qF -- "$2" "$1" || { fail "$3: no '$2' in:"; sed 's/^/    /' "$1" >&2; }
}

# run NAME WANT_RC CMD...: runs CMD with stdout/stderr in $tmp/NAME.{out,err}.
run() {
    local name=$1 want=$2
    shift 2
    "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
    local rc=$?
    if [ "$rc" -ne "$want" ]; then
        fail "$name: exit $rc, want $want"
        sed 's/^/    /' "$tmp/$name.err" >&2
    fi
}

# --- rules check --------------------------------------------------------------
run check_builtin 0 "$bin" rules check
expect_in "$tmp/check_builtin.out" "built-in rules: ok (" "rules check (built-in)"

run check_file 0 "$bin" rules check "$src/rules/default.rules"
expect_in "$tmp/check_file.out" "default.rules: ok (" "rules check FILE"
expect_in "$tmp/check_file.out" " field rules, " "rules check FILE"

cat >"$tmp/broken.rules" <<'EOF'
# a rules file with a mistake on line 5
[settings]
review_below = 0.8
[field bogus]
sets = no_such_field
labels = foo
EOF
run check_broken 2 "$bin" rules check "$tmp/broken.rules"
expect_in "$tmp/check_broken.err" "broken.rules:5:" "rules check on a broken file"

run check_missing 2 "$bin" rules check "$tmp/no-such.rules"
expect_in "$tmp/check_missing.err" "no-such.rules" "rules check on a missing file"

# --- rules test: usage ----------------------------------------------------------
run test_no_truth 2 "$bin" rules test --cache "$tmp/cache" "${docs[@]}"
expect_in "$tmp/test_no_truth.err" "--truth" "rules test without --truth"
run test_bad_rules 2 "$bin" rules test --truth "$truth" --rules "$tmp/broken.rules" \
    --cache "$tmp/cache" "${docs[@]}"
expect_in "$tmp/test_bad_rules.err" "broken.rules:5:" "rules test with broken rules"

# --- rules test: cold, then warm ----------------------------------------------
run cold 0 "$bin" rules test -q --truth "$truth" --cache "$tmp/cache" -j 2 "${docs[@]}"
expect_in "$tmp/cold.out" "0 hits, 3 misses, 3 documents OCRed" "first run"
expect_in "$tmp/cold.out" "overall field accuracy:" "first run"
expect_in "$tmp/cold.out" "completeness agreement:" "first run"
expect_in "$tmp/cold.out" "docs/s" "first run"
expect_in "$tmp/cold.out" "3 scored (0 without truth, 0 unreadable)" "first run"
n=$(find "$tmp/cache" -name '*.json' | wc -l)
[ "$n" -eq 3 ] || fail "first run: $n cache files, want 3"
[ -z "$(find "$tmp/cache" -name '.*')" ] || fail "first run left temporary files in the cache"

run warm 0 "$bin" rules test -q --truth "$truth" --cache "$tmp/cache" --errors "${docs[@]}"
expect_in "$tmp/warm.out" "3 hits, 0 misses, 0 documents OCRed" "second run"
# Same scores whether the words came from OCR or from the cache.
grep -v -e '^ocr cache:' -e '^time:' "$tmp/cold.out" >"$tmp/cold.scores"
sed -n '/^errors:$/q;p' "$tmp/warm.out" | grep -v -e '^ocr cache:' -e '^time:' -e '^$' \
    >"$tmp/warm.scores"
diff -u "$tmp/cold.scores" "$tmp/warm.scores" >&2 || fail "scores differ between cold and warm runs"
# --errors: one line per error, "STEM FIELD: expected X, found Y" or "missing".
if grep -q '^errors:$' "$tmp/warm.out"; then
    bad=$(sed '1,/^errors:$/d' "$tmp/warm.out" |
        grep -cvE '^referral-(form|letter|order) [a-z_]+: (expected .*(, found .*|, missing)|false positive, found .*)$')
    [ "$bad" -eq 0 ] || fail "--errors: $bad lines not in the expected form"
else
    expect_in "$tmp/warm.out" "overall field accuracy:    100.0%" "no errors listed, so"
fi

# A cache entry written by another OCR version is a miss (and is replaced).
entry=$(find "$tmp/cache" -name '*.json' | head -1)
sed -i 's/"version":"faxintake-ocr-[^"]*"/"version":"faxintake-ocr-0"/' "$entry"
grep -q '"faxintake-ocr-0"' "$entry" || fail "could not age a cache entry (format changed?)"
run stale 0 "$bin" rules test -q --truth "$truth" --cache "$tmp/cache" "${docs[@]}"
expect_in "$tmp/stale.out" "2 hits, 1 misses, 1 documents OCRed" "run with a stale entry"

# --repeat (for the benchmark) runs the extraction several times.
run repeat 0 "$bin" rules test -q --truth "$truth" --cache "$tmp/cache" --repeat 5 "${docs[@]}"
expect_in "$tmp/repeat.out" "for 5 passes" "--repeat 5"

# An unreadable document is named, scored as all missed, and exits 1.
printf 'not a fax\n' >"$tmp/referral-form.tif"
run unreadable 1 "$bin" rules test -q --truth "$truth" --cache "$tmp/cache" "$tmp/referral-form.tif"
expect_in "$tmp/unreadable.err" "referral-form.tif" "unreadable document"
expect_in "$tmp/unreadable.out" "1 scored (0 without truth, 1 unreadable)" "unreadable document"

# A document without a truth file is reported and not scored.
cp "$src/samples/referral-order.pdf" "$tmp/other-name.pdf"
run no_truth 0 "$bin" rules test -q --truth "$truth" --cache "$tmp/cache" "$tmp/other-name.pdf"
expect_in "$tmp/no_truth.err" "no truth file" "document without truth"
expect_in "$tmp/no_truth.out" "1 hits, 0 misses" "renamed copy (content-keyed cache)"

if [ "$failures" -ne 0 ]; then
    echo "test_rules_cli: $failures failure(s)" >&2
    exit 1
fi
echo "test_rules_cli: ok"
