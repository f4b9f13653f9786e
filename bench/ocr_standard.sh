#!/usr/bin/env bash
# ocr_standard.sh: the standard-mode check of bench/ocr_quality.py on pages
# it was not tuned on.
#
#   bench/ocr_standard.sh [WORKDIR]     (default ${TMPDIR:-/tmp}/faxintake-ocr-standard)
#
# The page treatments for standard-mode faxes (resampling, smoothing: see
# ocr/prep.c) were chosen on the dev corpus's 17 standard-mode faxes.  This
# makes its 31 fine-mode faxes standard-mode too (build/halve_rows keeps
# every other row and halves the vertical resolution, as a fax sent in
# standard mode is scanned) and prints bench/ocr_quality.py's table for
# them: the share of truth values present in the OCR words.  Their row is
# labelled "TIFF fine" (the script sorts by the truth's format), read it as
# standard mode.  About a minute on 2 cores.
# Environment: CORPUS (<repo>/../shared/corpus/dev), BUILD (build).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${CORPUS:-$repo/../shared/corpus/dev}
build=${BUILD:-$repo/build}
work=${1:-${TMPDIR:-/tmp}/faxintake-ocr-standard}
command -v tiffinfo >/dev/null || { echo "ocr_standard: needs tiffinfo (libtiff-tools)" >&2; exit 2; }

cmake -S "$repo" -B "$build" >/dev/null
cmake --build "$build" --target halve_rows faxintake faxintake-ocr -j 2 >/dev/null
rm -rf "$work"
mkdir -p "$work/docs"
n=0
for f in "$corpus"/docs/*.tif; do
    tiffinfo "$f" 2>/dev/null | grep -q 'Resolution: 204, 196' || continue
    "$build/halve_rows" "$f" "$work/docs/$(basename "$f")"
    n=$((n + 1))
done
echo "ocr_standard: $n fine-mode faxes of $corpus made standard-mode in $work/docs"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$repo/bench/ocr_quality.py" --jobs 2 --docs "$work/docs" --truth "$corpus/truth" \
    --out "$work/out" --bin "$build/faxintake"
