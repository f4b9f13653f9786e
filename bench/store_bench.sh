#!/usr/bin/env bash
# store_bench.sh: the store with a million documents.
#
#   bench/store_bench.sh [DB]
#
# 1. build/store_bench fills DB (default /tmp/faxintake-bench/store.db) with
#    DOCS synthetic referrals, two pages of WORDS words each, and reviews 20%
#    of them, unless DB already holds that many (a second run reuses it: the
#    first takes the better part of an hour on one core); it prints the
#    database size per document and the in-process time of `queue next`,
#    `queue list` (first page) and `show`, alone and with the store opened
#    and closed around them as a command-line run does.
# 2. The same three through the faxintake binary, wall time per run
#    (median of RUNS/10, at least 5), process start included (faxintake
#    links the store alone: the OCR and HTTP libraries are in the programs
#    it execs for those commands).
#
# Environment: DOCS (default 1000000), WORDS (250), RUNS (200 in process,
# a tenth of it for the binary), BUILD (build).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD:-$repo/build}
db=${1:-/tmp/faxintake-bench/store.db}
docs=${DOCS:-1000000}
words=${WORDS:-250}
runs=${RUNS:-200}
mkdir -p "$(dirname "$db")"

cmake --build "$build" --target store_bench faxintake -j "$(nproc)" >/dev/null
echo "== store_bench $db (docs $docs, words/page $words)"
"$build/store_bench" "$db" --docs "$docs" --words "$words" --runs "$runs"

# the binary, end to end
export OMP_THREAD_LIMIT=1 FAXINTAKE_DB=$db
bin=$build/faxintake
n=$((runs / 10 > 5 ? runs / 10 : 5))
# The clock is bash's own $EPOCHREALTIME: a `date` process around each
# run would add its own start-up (2-4 ms) to what is measured.
out=$(mktemp "${TMPDIR:-/tmp}/fi-store-bench.XXXXXX")
trap 'rm -f "$out"' EXIT
median_ms() { # [--release] COMMAND...: median wall time of n runs, in ms
    local i t0 t1 release=0 id
    [ "$1" = --release ] && release=1 && shift
    for ((i = 0; i < n; i++)); do
        # output to a file: a $(...) would time a subshell's fork too
        t0=$EPOCHREALTIME
        "$@" >"$out"
        t1=$EPOCHREALTIME
        echo $(((${t1/./} - ${t0/./})))
        # `queue next` claims: give the item back, untimed, so each run claims anew
        if [ $release -eq 1 ]; then
            id=$(sed -n 's/^[[:space:]]*"id":[[:space:]]*\([0-9]*\),*$/\1/p' "$out" | head -1)
            [ -n "$id" ] && "$bin" queue release "$id" --as bench-cli >/dev/null
        fi
    done | sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)] / 1000}'
}
echo "== the faxintake binary, median wall time of $n runs (process start included)"
echo "  /bin/true (the cost of starting any process here)  $(median_ms /bin/true) ms"
echo "  faxintake --help                   $(median_ms "$bin" --help) ms"
echo "  faxintake queue list               $(median_ms "$bin" queue list) ms"
echo "  faxintake show ID                  $(median_ms "$bin" show 123457) ms"
echo "  faxintake queue next --as USER     $(median_ms --release "$bin" queue next --as bench-cli --json) ms"
