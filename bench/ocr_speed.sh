#!/usr/bin/env bash
# ocr_speed.sh - OCR throughput of faxintake against a plain tesseract CLI baseline.
#
# What it measures
#   On a fixed set of fine-mode fax pages (204x196 dpi, the common case of the
#   fax servers) it times, in one run and on the same pages:
#     (a) the tesseract CLI baseline: two parallel single-threaded processes
#         (OMP_THREAD_LIMIT=1, `xargs -P 2`, `tesseract PAGE.tif OUTBASE`,
#         default psm 3, txt output), one page per process call (the documents
#         are split with tiffsplit; without tiffsplit each multi-page TIFF is
#         given to tesseract whole);
#     (b) `faxintake ingest -j 2 -q -o TMP DOC...` over the same documents
#         (whole pipeline: decode, preprocessing, orientation, OCR, extraction,
#         JSON), with its peak RSS from `/usr/bin/time -v`
#         ("Maximum resident set size"; faxintake uses threads, so this is the
#         whole run's peak).
#   It prints pages, seconds and pages/s of each, the ratio
#   faxintake / tesseract-pair (pages/s), the peak memory of faxintake in MB,
#   and the machine (nproc, /proc/loadavg before starting). Each measurement
#   is repeated REPEATS times (default 2), the two tools alternating; the
#   figures are the BEST (shortest) run, the mean is shown alongside.
#   A ratio above 1 means faxintake is faster than the tesseract pair.
#   Also printed: CPU seconds (user+sys, from /usr/bin/time) per page of each,
#   which is less disturbed by other load on the machine than wall time.
#
# Document set (deterministic)
#   The first N_DOCS (default 20, about 50 pages) documents, by file name, of the
#   dev corpus whose truth has meta.format == "tiff" and meta.resolution == "fine".
#
# How to run
#   bench/ocr_speed.sh [PAGES_DIR]
#     PAGES_DIR   working folder for the copied documents, split pages and
#                 outputs (default: ${TMPDIR:-/tmp}/faxintake-ocr-speed); its
#                 docs/, pages/, tess/ and fi/ subfolders are recreated.
#   Environment: N_DOCS (20), REPEATS (2), JOBS (2), CORPUS (<repo>/../shared/corpus/dev),
#                FAXINTAKE (<repo>/build/faxintake).
#   Builds the binary first (cmake, incremental). Takes about 3-4 minutes on 2 cores.
#   Needs: bash, python3 (selection only), tesseract, /usr/bin/time (Debian
#   package `time`), optionally tiffsplit (package `libtiff-tools`).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
corpus=${CORPUS:-$repo/../shared/corpus/dev}
bin=${FAXINTAKE:-$repo/build/faxintake}
work=${1:-${TMPDIR:-/tmp}/faxintake-ocr-speed}
n_docs=${N_DOCS:-20}
repeats=${REPEATS:-2}
jobs=${JOBS:-2}

die() { echo "ocr_speed: $*" >&2; exit 1; }
command -v tesseract >/dev/null || die "tesseract CLI not found"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (apt-get install time)"
command -v python3 >/dev/null || die "python3 not found"

# --- build (if needed) -------------------------------------------------------
if [ -z "${FAXINTAKE:-}" ]; then
    build() {
        { [ -f "$repo/build/CMakeCache.txt" ] || cmake -S "$repo" -B "$repo/build" >/dev/null; } &&
            cmake --build "$repo/build" -j2 >/dev/null
    }
    if ! build; then
        echo "ocr_speed: build failed (an edit in progress?); retrying in 60 s" >&2
        sleep 60
        if ! build; then
            [ -x "$bin" ] || die "build failed and no binary at $bin"
            echo "ocr_speed: build still failing; using the existing $bin" >&2
        fi
    fi
fi
[ -x "$bin" ] || die "no binary at $bin"

# --- select and prepare the pages --------------------------------------------
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
[ "${#docs[@]}" -gt 0 ] || die "no fine-mode fax TIFFs found under $corpus"

mkdir -p "$work"
rm -rf "$work/docs" "$work/pages" "$work/tess" "$work/fi"
mkdir -p "$work/docs" "$work/pages" "$work/tess" "$work/fi"
cp "${docs[@]}" "$work/docs/"
if command -v tiffsplit >/dev/null; then
    for d in "$work"/docs/*.tif; do
        s=$(basename "$d" .tif)
        tiffsplit "$d" "$work/pages/${s}_" >/dev/null
    done
    tess_inputs=("$work"/pages/*.tif)
    pages=${#tess_inputs[@]}
    tess_mode="one page per tesseract call (tiffsplit)"
else
    tess_inputs=("$work"/docs/*.tif)
    pages=$(python3 - "$corpus" "$work/docs" <<'EOF'
import json, os, sys
corpus, docs = sys.argv[1], sys.argv[2]
print(sum(json.load(open(os.path.join(corpus, "truth", os.path.splitext(f)[0] + ".json")))["pages"]
          for f in os.listdir(docs)))
EOF
)
    tess_mode="one multi-page TIFF per tesseract call (tiffsplit not installed)"
fi
fi_inputs=("$work"/docs/*.tif)

load_before=$(cat /proc/loadavg)
echo "machine: nproc $(nproc), loadavg before start: $load_before"
echo "binary:  $bin"
echo "set:     ${#fi_inputs[@]} fine-mode fax TIFFs, $pages pages (first $n_docs of the corpus' tiff/fine, by name)"
echo "         tesseract: $tess_mode; jobs $jobs; $repeats repeats each, alternating"
echo

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

tess_times=()
tess_cpu=()
fi_cpu=()
fi_times=()
fi_rss=()
for r in $(seq 1 "$repeats"); do
    # (a) tesseract CLI pair
    rm -rf "$work/tess"; mkdir -p "$work/tess"
    t0=$(now)
    printf '%s\0' "${tess_inputs[@]}" |
        OMP_THREAD_LIMIT=1 /usr/bin/time -f '%U %S' -o "$work/time_tess.txt" \
            xargs -0 -P "$jobs" -n 1 sh -c \
            'tesseract "$1" "$0/$(basename "$1" .tif)" >/dev/null 2>&1' "$work/tess" ||
        echo "ocr_speed: warning: some tesseract runs failed" >&2
    t1=$(now)
    tt=$(elapsed "$t0" "$t1")
    tess_times+=("$tt")
    tc=$(awk 'END { printf "%.1f", $1 + $2 }' "$work/time_tess.txt")
    tess_cpu+=("$tc")
    ntxt=$(find "$work/tess" -name '*.txt' -size +0 | wc -l)
    echo "run $r  tesseract x$jobs : ${tt} s wall, ${tc} s CPU  ($ntxt non-empty txt outputs)"

    # (b) faxintake
    rm -rf "$work/fi"; mkdir -p "$work/fi"
    t0=$(now)
    /usr/bin/time -v -o "$work/time.txt" "$bin" ingest -j "$jobs" -q -o "$work/fi" "${fi_inputs[@]}" ||
        echo "ocr_speed: warning: faxintake exited non-zero (see stderr)" >&2
    t1=$(now)
    ft=$(elapsed "$t0" "$t1")
    rss=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$work/time.txt")
    fi_times+=("$ft")
    fi_rss+=("$rss")
    fc=$(awk -F: '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/time.txt")
    fi_cpu+=("$fc")
    njson=$(find "$work/fi" -name '*.json' | wc -l)
    echo "run $r  faxintake -j $jobs: ${ft} s wall, ${fc} s CPU  ($njson JSON outputs, peak RSS $((rss / 1024)) MB)"
done
load_after=$(cat /proc/loadavg)

# --- report ------------------------------------------------------------------
summary() { # pages times... -> "best mean"
    local p=$1; shift
    printf '%s\n' "$@" | awk '{ s += $1; if (NR == 1 || $1 < b) b = $1 } END { printf "%.2f %.2f\n", b, s / NR }'
}
read -r tb tm < <(summary "$pages" "${tess_times[@]}")
read -r fb fm < <(summary "$pages" "${fi_times[@]}")
read -r tcb _ < <(summary "$pages" "${tess_cpu[@]}")
read -r fcb _ < <(summary "$pages" "${fi_cpu[@]}")
rss_max=$(printf '%s\n' "${fi_rss[@]}" | sort -n | tail -1)

echo
echo "=== OCR speed, fine-mode fax pages: best of $repeats (mean in parentheses) ==="
awk -v p="$pages" -v tcb="$tcb" -v fcb="$fcb" -v tb="$tb" -v tm="$tm" -v fb="$fb" -v fm="$fm" -v rss="$rss_max" -v j="$jobs" 'BEGIN {
    printf "%-40s %6s %16s %18s %14s\n", "", "pages", "wall seconds", "pages/s", "CPU s/page"
    printf "%-40s %6d %7.1f (%6.1f) %8.2f (%6.2f) %14.2f\n", "tesseract CLI x" j " (OMP_THREAD_LIMIT=1)", p, tb, tm, p / tb, p / tm, tcb / p
    printf "%-40s %6d %7.1f (%6.1f) %8.2f (%6.2f) %14.2f\n", "faxintake ingest -j " j, p, fb, fm, p / fb, p / fm, fcb / p
    printf "ratio faxintake / tesseract pair (pages/s): %.2f (mean: %.2f)\n", (p / fb) / (p / tb), (p / fm) / (p / tm)
    printf "CPU time ratio tesseract / faxintake (best runs, user+sys): %.2f (less sensitive to other load)\n", tcb / fcb
    printf "faxintake peak RSS: %.0f MB (max over runs)\n", rss / 1024
}'
echo "machine: nproc $(nproc); loadavg before: $load_before; after: $load_after"
