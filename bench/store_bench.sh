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
# The binary, timed from Python: subprocess starts a command with
# vfork/posix_spawn as a launcher would, where a bash loop adds its own
# fork of the shell (about 2 ms more per run on this machine, for
# /bin/true as for faxintake).  /bin/true gives the cost of starting any
# process; `queue next` claims, so its item is given back after each run,
# untimed.
binary_pass() {
    python3 - "$bin" "$n" <<'PY'
import re, statistics, subprocess, sys, time
bin, n = sys.argv[1], int(sys.argv[2])
def median_ms(cmd, release=False):
    runs = []
    for _ in range(n):
        t0 = time.perf_counter()
        out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True).stdout
        runs.append((time.perf_counter() - t0) * 1000)
        m = re.search(r'"id":\s*(\d+)', out) if release else None
        if m:
            subprocess.run([bin, "queue", "release", m.group(1), "--as", "bench-cli"],
                           stdout=subprocess.DEVNULL)
    return statistics.median(runs)
for name, cmd, rel in (("/bin/true (starting any process)", ["/bin/true"], False),
                       ("faxintake --help", [bin, "--help"], False),
                       ("faxintake queue list", [bin, "queue", "list"], False),
                       ("faxintake show ID", [bin, "show", "123457"], False),
                       ("faxintake queue next --as USER",
                        [bin, "queue", "next", "--as", "bench-cli", "--json"], True)):
    print("  %-34s %5.1f ms" % (name, median_ms(cmd, rel)))
PY
}
out=$(mktemp "${TMPDIR:-/tmp}/fi-store-bench.XXXXXX")
trap 'rm -f "$out"' EXIT
echo "== the faxintake binary, median wall time of $n runs (process start included)"
echo "-- alone: each command is the store's last connection and checkpoints the WAL as it closes"
binary_pass
# At a site the daemon and the review server keep connections open, so a
# command is not the last one and leaves the checkpoint to SQLite's own
# schedule: measured with `faxintake serve` running on the store.
"$bin" serve --db "$db" --listen 127.0.0.1:0 2>"$out" &
serve=$!
trap 'kill $serve 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 100); do grep -q listening "$out" && break; sleep 0.05; done
echo "-- with faxintake serve running on the store (as at a site)"
binary_pass
