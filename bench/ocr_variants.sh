#!/usr/bin/env bash
# ocr_variants.sh: the page treatments tried instead of faxintake's own,
# each scored by bench/ocr_quality.py on the dev corpus.
#
#   bench/ocr_variants.sh [WORKDIR] [VARIANT...]
#                                     (default ${TMPDIR:-/tmp}/faxintake-ocr-variants, all)
#
# The OCR quality target (95% of the truth values in the OCR words, 90% on
# standard-mode faxes) is not met, and the issue asks for it "by page
# handling".  First `faxintake ingest` reads the corpus's 80 documents
# (ocr_quality.py's figures).  Then build/ocr_variants reads them again
# with the shipped page handling
# ("shipped", which repeats ingest's reading) and with each other
# treatment that was tried (segmentation modes, thresholding, noise
# removal, smoothing, resampling resolution, stroke weight: its usage
# lists them), one change at a time, turning each page as ingest turned
# it; each reading is scored the same way.  After each variant comes its
# union with the shipped reading (the most a second reading of every page
# that way could add), and last the union of all readings' words (the
# most any choice between the treatments, page by page or word by word,
# could find).  A PDF page with a text layer is read from it every time.
# About a quarter of an hour on 2 cores.
# Environment: CORPUS (<repo>/../shared/corpus/dev), BUILD (build).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${CORPUS:-$repo/../shared/corpus/dev}
build=${BUILD:-$repo/build}
work=${1:-${TMPDIR:-/tmp}/faxintake-ocr-variants}
shift || true
variants=${*:-shipped psm4 psm11 sauvola no_nr unsmoothed dpi250 dpi400 binary180 darker bolder}

cmake -S "$repo" -B "$build" >/dev/null
cmake --build "$build" --target ocr_variants faxintake faxintake-ocr -j 2 >/dev/null
files=("$corpus"/docs/*.tif "$corpus"/docs/*.pdf)
half=$(( (${#files[@]} + 1) / 2 ))

echo "ocr_variants: ${#files[@]} documents of $corpus"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "=== faxintake ingest"
python3 "$repo/bench/ocr_quality.py" --jobs 2 --docs "$corpus/docs" --truth "$corpus/truth" \
    --out "$work/ingest" --bin "$build/faxintake" | grep -E '^(TIFF|fax PDF|scanned|born|overall)'
outs=()
for v in $variants; do
    out="$work/out-$v"
    rm -rf "$out"
    mkdir -p "$out"
    t0=$(date +%s)
    # Two engines side by side, one thread each, as faxintake runs them.
    OMP_THREAD_LIMIT=1 "$build/ocr_variants" "$v" "$out" "$work/ingest" "${files[@]:0:half}" &
    OMP_THREAD_LIMIT=1 "$build/ocr_variants" "$v" "$out" "$work/ingest" "${files[@]:half}" || true
    wait || true
    echo
    echo "=== $v ($(( $(date +%s) - t0 )) s)"
    python3 "$repo/bench/ocr_quality.py" --reuse --docs "$corpus/docs" --truth "$corpus/truth" \
        --out "$out" | grep -E '^(TIFF|fax PDF|scanned|born|overall)'
    if [ "$v" != shipped ] && [ -d "$work/out-shipped" ]; then
        echo "  with shipped's reading (union: the most a second reading of each page could add)"
        python3 "$repo/bench/ocr_quality.py" --reuse --docs "$corpus/docs" --truth "$corpus/truth" \
            --out "$work/out-shipped" --union "$out" | grep -E '^(TIFF|fax PDF|scanned|born|overall)' | sed 's/^/  /'
    fi
    outs+=("$out")
done
if [ ${#outs[@]} -gt 1 ]; then
    echo
    echo "=== the union of the words of all these readings (an upper bound for choosing between them)"
    python3 "$repo/bench/ocr_quality.py" --reuse --docs "$corpus/docs" --truth "$corpus/truth" \
        --out "${outs[0]}" --union "${outs[@]:1}" | grep -E '^(TIFF|fax PDF|scanned|born|overall)'
fi
