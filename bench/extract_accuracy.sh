#!/usr/bin/env bash
# extract_accuracy.sh - field accuracy of the whole pipeline on the dev corpus.
#
# What it measures
#   `faxintake ingest -j 2` over every document of the dev corpus (OCR,
#   extraction with second readings, contract JSON), then the benchmark's
#   own scorer, `shared/bench/score.py TRUTH OUT`, whose table it prints:
#   per-field accuracy, overall accuracy, documents fully correct,
#   completeness agreement and needs_review recall.  This is the figure of
#   record; `faxintake rules test` gives the same per-field verdicts from
#   cached OCR in seconds, but without second readings of the image.
#
# How to run
#   bench/extract_accuracy.sh [--reuse] [--out DIR] [SCORE_ARGS...]
#     --reuse     score the JSON already in OUT, skip ingest
#     --out DIR   output folder (default: ${TMPDIR:-/tmp}/faxintake-accuracy)
#     SCORE_ARGS  passed on to score.py, e.g. --errors, --json, --field reason
#   Environment: CORPUS (<repo>/../shared/corpus/dev), SCORER
#                (<repo>/../shared/bench/score.py), JOBS (2), FAXINTAKE
#                (<repo>/build/faxintake; when unset the build is updated first).
#   Ingest takes about 10 minutes on 2 cores.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
corpus=${CORPUS:-$repo/../shared/corpus/dev}
scorer=${SCORER:-$repo/../shared/bench/score.py}
bin=${FAXINTAKE:-$repo/build/faxintake}
jobs=${JOBS:-2}
out=${TMPDIR:-/tmp}/faxintake-accuracy
reuse=0
score_args=()

die() { echo "extract_accuracy: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case $1 in
    --reuse) reuse=1; shift ;;
    --out) [ $# -ge 2 ] || die "--out needs a folder"; out=$2; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) score_args+=("$1"); shift ;;
    esac
done
[ -d "$corpus/docs" ] && [ -d "$corpus/truth" ] || die "no docs/ and truth/ under $corpus"
[ -f "$scorer" ] || die "no scorer at $scorer"
command -v python3 >/dev/null || die "python3 not found"

if [ "$reuse" = 1 ]; then
    compgen -G "$out/*.json" >/dev/null || die "--reuse: no JSON in $out; run without --reuse first"
    echo "reusing the outputs in $out"
else
    if [ -z "${FAXINTAKE:-}" ]; then
        build() {
            { [ -f "$repo/build/CMakeCache.txt" ] || cmake -S "$repo" -B "$repo/build" >/dev/null; } &&
                cmake --build "$repo/build" -j2 >/dev/null
        }
        if ! build; then
            echo "extract_accuracy: build failed (an edit in progress?); retrying in 60 s" >&2
            sleep 60
            build || [ -x "$bin" ] || die "build failed and no binary at $bin"
        fi
    fi
    [ -x "$bin" ] || die "no binary at $bin"
    # A stale output of a document that now fails would be scored: start clean
    # (only our own *.json: --out may name a folder holding other things).
    mkdir -p "$out"
    find "$out" -maxdepth 1 -name '*.json' -delete
    t0=$(date +%s)
    rc=0
    OMP_THREAD_LIMIT=1 "$bin" ingest -j "$jobs" -q -o "$out" "$corpus"/docs/* || rc=$?
    [ "$rc" -le 1 ] || die "faxintake ingest failed (exit $rc)"
    [ "$rc" -eq 0 ] || echo "extract_accuracy: some documents failed (above); they score as wrong" >&2
    echo "ingest: $(($(date +%s) - t0)) s, -j $jobs, $(find "$out" -name '*.json' | wc -l) outputs in $out"
fi
echo
exec python3 "$scorer" "$corpus/truth" "$out" "${score_args[@]}"
