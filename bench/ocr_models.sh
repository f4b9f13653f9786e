#!/usr/bin/env bash
# ocr_models.sh: bench/ocr_quality.py with each Tesseract model Debian ships
# that could read English referrals, one after the other.
#
#   bench/ocr_models.sh [WORKDIR]     (default ${TMPDIR:-/tmp}/faxintake-ocr-models)
#
# faxintake reads with Debian's tesseract-ocr-eng (a "fast" LSTM model).
# The recognizer, not the page handling, makes most of the remaining misses
# (an "I10" read "110", a "J30.9" read "730.9" on a clean page), so this
# compares the models that can be installed here on the same pages:
#   eng     tesseract-ocr-eng, the default
#   Latin   tesseract-ocr-script-latn (all Latin-script languages, with its
#           89 MB word list), installed by this script when missing
# Each gets a model folder with the model as eng.traineddata (ingest loads
# "eng") and Debian's osd.traineddata, and ocr_quality.py's table; the
# "sum of per-page 'ms'" line compares their speed.  Then each engine's
# memory: /usr/bin/time on one `tesseract` CLI run of a blank page.  About
# five minutes on 2 cores.  Environment: CORPUS, BUILD as ocr_quality.py.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${CORPUS:-$repo/../shared/corpus/dev}
build=${BUILD:-$repo/build}
work=${1:-${TMPDIR:-/tmp}/faxintake-ocr-models}
tessdata=/usr/share/tesseract-ocr/5/tessdata

if [ ! -f "$tessdata/Latin.traineddata" ]; then
    sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y -q tesseract-ocr-script-latn >/dev/null
fi
cmake -S "$repo" -B "$build" >/dev/null
cmake --build "$build" --target faxintake -j 2 >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for model in eng Latin; do
    mkdir -p "$work/$model"
    ln -sf "$tessdata/$model.traineddata" "$work/$model/eng.traineddata"
    ln -sf "$tessdata/osd.traineddata" "$work/$model/osd.traineddata"
    echo
    echo "=== model $model ($tessdata/$model.traineddata)"
    python3 "$repo/bench/ocr_quality.py" --jobs 2 --docs "$corpus/docs" --truth "$corpus/truth" \
        --out "$work/out-$model" --bin "$build/faxintake" --tessdata "$work/$model" |
        grep -E '^(group|TIFF|fax PDF|scanned|born|overall|ingest|sum of)'
done
printf 'P1\n8 8\n' > "$work/blank.pbm"
for i in $(seq 8); do echo "0 0 0 0 0 0 0 0"; done >> "$work/blank.pbm"
echo
for model in eng Latin; do
    OMP_THREAD_LIMIT=1 /usr/bin/time -f "engine memory, $model: %M KB peak, %e s to load" \
        tesseract "$work/blank.pbm" - --tessdata-dir "$work/$model" -l eng >/dev/null 2>"$work/time.txt" || true
    tail -1 "$work/time.txt"
done
