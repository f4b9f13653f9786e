#!/usr/bin/env bash
# extract_speed.sh - how fast the rules re-run over cached OCR (documents/s).
#
# What it measures
#   Tuning the rules means re-running them over a corpus whose OCR has not
#   changed; `faxintake rules test` keeps each document's words in the OCR
#   cache (keyed by the file's SHA-256) and only re-extracts.  The target is
#   at least 200 documents per second of extraction.  On the dev corpus it
#     1. fills the cache: `rules test` over every document (OCRs only those
#        not cached yet: about 10 minutes on 2 cores the first time, seconds
#        after that);
#     2. times a warm run end to end (wall clock of the whole command:
#        process start, hashing, reading the cache, extraction, scoring),
#        which must OCR nothing;
#     3. runs the extraction REPEAT times over the same words in one process
#        (`rules test --repeat N`) and reports documents/s of fi_extract
#        alone, on one thread: the figure against the target.
#   It prints the accuracy table of the warm run too, so a speed-up that
#   changes results shows.
#
# How to run
#   bench/extract_speed.sh [--cache DIR] [--repeat N] [--jobs N]
#     --cache DIR   OCR cache (default: faxintake's, ~/.cache/faxintake/ocr)
#     --repeat N    extraction passes for step 3 (default 20)
#     --jobs N      OCR workers while filling the cache (default 2)
#   Environment: CORPUS (<repo>/../shared/corpus/dev), FAXINTAKE
#                (<repo>/build/faxintake; when unset the build is updated first).
#   Exit status 0 when it measured (whether or not the target is met).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
corpus=${CORPUS:-$repo/../shared/corpus/dev}
bin=${FAXINTAKE:-$repo/build/faxintake}
repeat=20
jobs=2
cache_args=()
target=200

die() { echo "extract_speed: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case $1 in
    --cache) [ $# -ge 2 ] || die "--cache needs a folder"; cache_args=(--cache "$2"); shift 2 ;;
    --repeat) [ $# -ge 2 ] || die "--repeat needs a number"; repeat=$2; shift 2 ;;
    --jobs) [ $# -ge 2 ] || die "--jobs needs a number"; jobs=$2; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
    esac
done
[[ $repeat =~ ^[1-9][0-9]*$ ]] || die "--repeat needs a positive number, not '$repeat'"
[[ $jobs =~ ^[1-9][0-9]*$ ]] || die "--jobs needs a positive number, not '$jobs'"
[ -d "$corpus/docs" ] && [ -d "$corpus/truth" ] || die "no docs/ and truth/ under $corpus"

# --- build (if needed) -------------------------------------------------------
if [ -z "${FAXINTAKE:-}" ]; then
    build() {
        { [ -f "$repo/build/CMakeCache.txt" ] || cmake -S "$repo" -B "$repo/build" >/dev/null; } &&
            cmake --build "$repo/build" -j2 >/dev/null
    }
    if ! build; then
        echo "extract_speed: build failed (an edit in progress?); retrying in 60 s" >&2
        sleep 60
        build || [ -x "$bin" ] || die "build failed and no binary at $bin"
    fi
fi
[ -x "$bin" ] || die "no binary at $bin"

work=$(mktemp -d "${TMPDIR:-/tmp}/faxintake-extract-speed.XXXXXX")
trap 'rm -rf "$work"' EXIT
docs=("$corpus"/docs/*)
truth=$corpus/truth
export OMP_THREAD_LIMIT=1

# rules test exits 1 when some document is unreadable; that is reported, not fatal.
rules_test() {
    local rc=0
    "$bin" rules test -q --truth "$truth" "${cache_args[@]}" "$@" "${docs[@]}" || rc=$?
    [ "$rc" -le 1 ] || die "faxintake rules test failed (exit $rc)"
}

echo "machine: $(getconf _NPROCESSORS_ONLN) cores, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary:  $bin"
echo "corpus:  ${#docs[@]} documents in $corpus/docs"
echo

# 1. fill the cache
t0=$(date +%s.%N)
rules_test -j "$jobs" >"$work/fill.txt"
t1=$(date +%s.%N)
fill=$(grep '^ocr cache:' "$work/fill.txt" | sed 's/^ocr cache: *//')
awk -v a="$t0" -v b="$t1" -v f="$fill" 'BEGIN { printf "fill:   %.1f s  (%s)\n", b - a, f }'

# 2. a warm run, end to end
t0=$(date +%s.%N)
rules_test >"$work/warm.txt"
t1=$(date +%s.%N)
misses=$(sed -n 's/^ocr cache: *[0-9]* hits, \([0-9]*\) misses.*/\1/p' "$work/warm.txt")
[ "$misses" = 0 ] || echo "extract_speed: warning: the warm run still had $misses cache misses" >&2
warm_time=$(sed -n 's/^time: *//p' "$work/warm.txt")
awk -v a="$t0" -v b="$t1" -v n="${#docs[@]}" -v t="$warm_time" 'BEGIN {
    printf "warm:   %.2f s wall for the whole command, %.0f docs/s end to end\n", b - a, n / (b - a)
    printf "        (%s)\n", t }'

# 3. extraction alone, repeated for a steady figure
rules_test --repeat "$repeat" >"$work/repeat.txt"
line=$(sed -n 's/^time: *//p' "$work/repeat.txt")
rate=$(sed -n 's/^time:.*(\([0-9.]*\) docs\/s)$/\1/p' "$work/repeat.txt")
echo "repeat: $line"
echo
sed -n '1,/^completeness agreement:/p' "$work/warm.txt"
echo
awk -v r="$rate" -v t="$target" -v n="$repeat" 'BEGIN {
    printf "re-extraction from cached OCR: %.0f documents/s (one thread, %d passes); target >= %d: %s\n",
           r, n, t, (r >= t ? "met" : "NOT met") }'
