#!/usr/bin/env bash
# daemon_speed.sh - throughput, latency and memory of `faxintake run`.
#
# What it measures, in one run, on the same fine-mode fax TIFFs:
#   (a) the daemon with 1 and with 2 reader processes: the documents are
#       renamed into the spool of an idle daemon (readers loaded) at once;
#       pages/s from that moment to the last "document" log line;
#   (b) `faxintake ingest -j 2` on the same files: the same reading and
#       extraction in threads of one process, no store, no isolation;
#   (c) two parallel single-threaded tesseract CLI processes
#       (OMP_THREAD_LIMIT=1, xargs -P 2), one page per call (tiffsplit);
#   (d) `ocrmypdf -j 2` (Debian package ocrmypdf) on one PDF holding all the
#       pages (tiffcp + tiff2pdf), so its per-file start-up is paid once;
#       skipped with a note when ocrmypdf is not installed;
#   (e) drop-to-queued latency of a 3-page fine-mode fax on an idle daemon
#       (2 readers): from the rename into the spool to the "document" log
#       line (the store commit is done by then), median of 3, with the time
#       the isolation costs: the claim-to-commit time less hashing, reading,
#       extraction and the store commit, i.e. the pipe, the JSON both ways,
#       the parent's replay of the extraction and the queueing;
#   (f) peak memory: the daemon's own VmHWM, the largest reader's
#       ru_maxrss (from the log), their sum for the 2-reader daemon; the
#       largest process of (b), (c) and (d) from /usr/bin/time.
#
# Document set: the first N_DOCS (default 10) documents, by name, of the dev
# corpus whose truth says format tiff, resolution fine.
#
# How to run
#   bench/daemon_speed.sh [WORKDIR]      (default ${TMPDIR:-/tmp}/faxintake-daemon-speed)
#   Environment: N_DOCS (10), CORPUS (<repo>/../shared/corpus/dev),
#                FAXINTAKE (<repo>/build/faxintake, built if missing).
#   Needs: python3 (selection), tesseract, tiffsplit, tiffcp and tiff2pdf
#   (libtiff-tools), /usr/bin/time (time), optionally ocrmypdf.  About 3-5
#   minutes on 2 cores.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
corpus=${CORPUS:-$repo/../shared/corpus/dev}
bin=${FAXINTAKE:-$repo/build/faxintake}
# the daemon runs in its own folder: a relative FAXINTAKE is made absolute
[ -x "$bin" ] || { echo "daemon_speed: $bin not found" >&2; exit 1; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
work=${1:-${TMPDIR:-/tmp}/faxintake-daemon-speed}
n_docs=${N_DOCS:-10}

die() { echo "daemon_speed: $*" >&2; exit 1; }
for t in python3 tesseract tiffsplit tiffcp tiff2pdf; do
    command -v "$t" >/dev/null || die "$t not found"
done
[ -x /usr/bin/time ] || die "/usr/bin/time not found (apt-get install time)"
if [ ! -x "$bin" ] && [ -z "${FAXINTAKE:-}" ]; then
    cmake -S "$repo" -B "$repo/build" >/dev/null && cmake --build "$repo/build" -j2 >/dev/null
fi
[ -x "$bin" ] || die "no binary at $bin"
export OMP_THREAD_LIMIT=1

mapfile -t docs < <(python3 - "$corpus" "$n_docs" <<'EOF'
import glob, json, os, sys
corpus, n = sys.argv[1], int(sys.argv[2])
picked = []
for tf in sorted(glob.glob(os.path.join(corpus, "truth", "*.json"))):
    t = json.load(open(tf, encoding="utf-8"))
    m = t.get("meta") or {}
    if m.get("format") == "tiff" and m.get("resolution") == "fine":
        p = os.path.join(corpus, "docs", t.get("source") or "")
        if os.path.isfile(p):
            picked.append(p)
for p in picked[:n]:
    print(p)
EOF
)
[ "${#docs[@]}" -gt 0 ] || die "no fine-mode fax TIFFs under $corpus"

rm -rf "$work"
mkdir -p "$work/docs" "$work/pages"
cp "${docs[@]}" "$work/docs/"
for d in "$work"/docs/*.tif; do
    tiffsplit "$d" "$work/pages/$(basename "$d" .tif)_" >/dev/null
done
pages=$(find "$work/pages" -name '*.tif' | wc -l)
ndocs=${#docs[@]}
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
rate() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.3f}')" "$1" "$2"; }
results=()
row() { results+=("$(printf '%-44s %7s %8s %9s' "$1" "$2" "$3" "$4")"); }

echo "machine: $(getconf _NPROCESSORS_ONLN) cores, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary:  $bin"
echo "set:     $ndocs fine-mode fax TIFFs, $pages pages (first $n_docs of the corpus' tiff/fine)"

# ---- the daemon ------------------------------------------------------------
# start_daemon DIR WORKERS: an idle daemon with its readers loaded
start_daemon() {
    local dir=$1 n=$2
    mkdir -p "$dir/stage"
    printf 'spool = spool\ndb = faxintake.db\nworkers = %s\nquiet_seconds = 0.5\n' "$n" >"$dir/faxintake.conf"
    (cd "$dir" && exec "$bin" run -c faxintake.conf 2>daemon.log) &
    dpid=$!
    # A warm-up page, then a moment for the other readers to load.
    cp "$repo/samples/referral-order.pdf" "$dir/stage/warmup.pdf"
    until [ -d "$dir/spool" ]; do
        kill -0 "$dpid" 2>/dev/null || die "the daemon did not start: $(tail -3 "$dir/daemon.log")"
        sleep 0.1
    done
    mv "$dir/stage/warmup.pdf" "$dir/spool/"
    until grep -q ' document .*file=warmup.pdf' "$dir/daemon.log" 2>/dev/null; do
        kill -0 "$dpid" || die "the daemon died: $(tail -3 "$dir/daemon.log")"
        sleep 0.1
    done
    sleep 2
}
stop_daemon() {
    local dir=$1
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$dpid/status")
    reader_mb=$(grep -o 'rss_mb=[0-9]*' "$dir/daemon.log" | cut -d= -f2 | sort -n | tail -1)
    kill -TERM "$dpid"
    wait "$dpid" || true
}
for w in 1 2; do
    dir=$work/daemon$w
    start_daemon "$dir" "$w"
    cp "$work"/docs/*.tif "$dir/stage/"
    before=$(grep -c ' document ' "$dir/daemon.log")
    t0=$(now)
    # One rename each; the daemon may claim a file before mv looks at it
    # again, which mv reports as an error: the source gone is success.
    for f in "$dir"/stage/*.tif; do
        mv "$f" "$dir/spool/" 2>/dev/null || [ ! -e "$f" ] || die "cannot move $f into the spool"
    done
    until [ "$(grep -c ' document ' "$dir/daemon.log")" -ge $((before + ndocs)) ]; do sleep 0.05; done
    t1=$(now)
    stop_daemon "$dir"
    s=$(secs "$t0" "$t1")
    row "faxintake run, $w reader(s)" "$s" "$(rate "$pages" "$s")" \
        "$((hwm / 1024)) + ${w}x$reader_mb"
    [ "$w" = 2 ] && { daemon2_mem=$((hwm / 1024 + 2 * reader_mb)); }
done

# ---- faxintake ingest -j 2 ---------------------------------------------------
t0=$(now)
/usr/bin/time -f '%M' -o "$work/ingest.mem" "$bin" ingest -j 2 -q --no-ocr-words \
    -o "$work/ingest" "$work"/docs/*.tif
t1=$(now)
s=$(secs "$t0" "$t1")
row "faxintake ingest -j 2 (threads, no store)" "$s" "$(rate "$pages" "$s")" \
    "$(($(tail -1 "$work/ingest.mem") / 1024))"

# ---- two tesseract CLI processes -------------------------------------------
mkdir -p "$work/tess"
t0=$(now)
find "$work/pages" -name '*.tif' | sort | xargs -P 2 -I{} sh -c \
    'tesseract "$1" "$2/$(basename "$1" .tif)" >/dev/null 2>&1' _ {} "$work/tess"
t1=$(now)
s=$(secs "$t0" "$t1")
one=$(find "$work/pages" -name '*.tif' | sort | head -1)
/usr/bin/time -f '%M' -o "$work/tess.mem" tesseract "$one" "$work/tess/mem" >/dev/null 2>&1
row "tesseract CLI x2 (OMP_THREAD_LIMIT=1)" "$s" "$(rate "$pages" "$s")" \
    "$(($(tail -1 "$work/tess.mem") / 1024)) each"

# ---- ocrmypdf -j 2 -----------------------------------------------------------
if command -v ocrmypdf >/dev/null; then
    tiffcp "$work"/docs/*.tif "$work/all.tif"
    tiff2pdf -o "$work/all.pdf" "$work/all.tif"
    t0=$(now)
    /usr/bin/time -f '%M' -o "$work/ocrmypdf.mem" ocrmypdf -q -j 2 "$work/all.pdf" "$work/all.ocr.pdf" ||
        echo "daemon_speed: ocrmypdf failed" >&2
    t1=$(now)
    s=$(secs "$t0" "$t1")
    row "ocrmypdf -j 2 (one $pages-page PDF)" "$s" "$(rate "$pages" "$s")" \
        "$(($(tail -1 "$work/ocrmypdf.mem") / 1024)) largest"
else
    row "ocrmypdf -j 2: not installed (apt-get install ocrmypdf)" "-" "-" "-"
fi

# ---- latency of a 3-page fax on an idle daemon --------------------------------
dir=$work/latency
start_daemon "$dir" 2
first=$(ls "$work"/docs/*.tif | head -1)
lat=()
over=()
for i in 1 2 3; do
    # 3 pages from the first document's pages, made unique by a trailing byte run
    mapfile -t p3 < <(find "$work/pages" -name '*.tif' | sort | head -3)
    tiffcp "${p3[@]}" "$dir/stage/three.tif"
    printf 'latency %d' "$i" >>"$dir/stage/three.tif"
    mv "$dir/stage/three.tif" "$dir/stage/three_$i.tif"
    t0=$(date +%s%3N)
    mv "$dir/stage/three_$i.tif" "$dir/spool/"
    until line=$(grep " document .*file=three_$i.tif" "$dir/daemon.log"); do sleep 0.01; done
    t1=$(date -d "$(cut -d' ' -f1 <<<"$line")" +%s%3N)
    lat+=($((t1 - t0)))
    over+=("$(python3 - "$line" <<'EOF'
import re, sys
kv = dict(re.findall(r'(\w+)=([0-9.]+)', sys.argv[1]))
f = lambda k: float(kv.get(k, 0))
print(f"{f('total_ms') - f('hash_ms') - f('read_ms') - f('extract_ms') - f('store_ms'):.0f}")
EOF
)")
    sleep 1
done
stop_daemon "$dir"
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
last=$(grep ' document .*file=three_3.tif' "$dir/daemon.log")

echo
printf '%-44s %7s %8s %9s\n' "run" "seconds" "pages/s" "peak MB"
printf '%s\n' "${results[@]}"
echo
echo "drop-to-queued latency, 3-page fine fax, idle daemon (2 readers): median $(median "${lat[@]}") ms (runs: ${lat[*]} ms)"
echo "  last run's log: $(grep -o 'read_ms=[0-9]* extract_ms=[0-9.]* cpu_ms=[0-9]*' <<<"$last") $(grep -o 'store_ms=[0-9.]* total_ms=[0-9]*' <<<"$last")"
echo "  isolation cost per document (claim to commit, less hash/read/extract/store): median $(median "${over[@]}") ms (runs: ${over[*]} ms)"
echo "peak memory of the 2-reader daemon (parent VmHWM + 2 x largest reader): ${daemon2_mem} MB"
