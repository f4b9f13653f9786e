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
#    (median of RUNS), for comparison: that includes starting the process,
#    which loads Tesseract, poppler and cairo whatever the command.
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
median_ms() { # COMMAND...: median wall time of n runs, in ms
    local i t0 t1
    for ((i = 0; i < n; i++)); do
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        echo $(((t1 - t0) / 1000))
    done | sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)] / 1000}'
}
next_and_release() {
    local out id
    out=$("$bin" queue next --as "bench-cli" --json)
    id=$(sed -n 's/^[[:space:]]*"id":[[:space:]]*\([0-9]*\),*$/\1/p' <<<"$out" | head -1)
    [ -n "$id" ] && "$bin" queue release "$id" --as bench-cli >/dev/null
}
echo "== the faxintake binary, median wall time of $n runs (process start included)"
echo "  faxintake --help                   $(median_ms "$bin" --help) ms"
echo "  faxintake queue list               $(median_ms "$bin" queue list) ms"
echo "  faxintake show ID                  $(median_ms "$bin" show 123457) ms"
echo "  faxintake queue next (+ release)   $(median_ms next_and_release) ms"
