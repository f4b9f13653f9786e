#!/usr/bin/env bash
# ocr_models.sh: bench/ocr_quality.py with each Tesseract model that could
# read English referrals and can be installed here, one after the other.
#
#   bench/ocr_models.sh [WORKDIR]     (default ${TMPDIR:-/tmp}/faxintake-ocr-models)
#
# faxintake reads with Debian's tesseract-ocr-eng (a "fast" LSTM model).
# The recognizer, not the page handling, makes most of the remaining misses
# (an "I10" read "110", a "J30.9" read "730.9" on a clean page), so this
# compares the models on the same pages:
#   eng       tesseract-ocr-eng, the default
#   nodict    the same network without its word list (its lstm-word-dawg
#             left out by combine_tessdata): do codes and IDs read better
#             when no dictionary pulls them towards words?
#   Latin     tesseract-ocr-script-latn (all Latin-script languages, with
#             its 89 MB word list), installed by this script when missing
#   best_int  tessdata_best for English, integer version, and
#   best      tessdata_best, float (the "4.0.0" folder, with the legacy
#             engine, which faxintake does not use): both from the npm
#             registry's @tesseract.js-data/eng@1.0.0, the package
#             tesseract.js downloads; skipped when npm is missing
# Each gets a model folder with the model as eng.traineddata (ingest loads
# "eng") and Debian's osd.traineddata, and ocr_quality.py's table; the
# "sum of per-page 'ms'" line compares their speed.  Then the union of
# all their readings' words, scored the same way, and each engine's
# memory: /usr/bin/time on one `tesseract` CLI run of a blank page.  About
# ten minutes on 2 cores.  Environment: CORPUS, BUILD as ocr_quality.py.
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

# One folder per model, holding it as eng.traineddata beside osd.
models="eng nodict Latin"
for model in eng Latin; do
    mkdir -p "$work/$model"
    ln -sf "$tessdata/$model.traineddata" "$work/$model/eng.traineddata"
done
mkdir -p "$work/nodict/parts"
(
    cd "$work/nodict/parts"
    rm -f eng.*
    combine_tessdata -u "$tessdata/eng.traineddata" eng. >/dev/null 2>&1
    rm -f eng.lstm-word-dawg
    combine_tessdata eng. >/dev/null 2>&1
    mv eng.traineddata ..
)
if command -v npm >/dev/null; then
    mkdir -p "$work/npm"
    (cd "$work/npm" && [ -f tesseract.js-data-eng-1.0.0.tgz ] ||
        npm pack -q @tesseract.js-data/eng@1.0.0 >/dev/null 2>&1)
    tar xzf "$work/npm/tesseract.js-data-eng-1.0.0.tgz" -C "$work/npm"
    for pair in best_int:4.0.0_best_int best:4.0.0; do
        model=${pair%%:*}
        mkdir -p "$work/$model"
        gunzip -c "$work/npm/package/${pair#*:}/eng.traineddata.gz" > "$work/$model/eng.traineddata"
        models="$models $model"
    done
else
    echo "(npm not found: best_int and best skipped)"
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for model in $models; do
    ln -sf "$tessdata/osd.traineddata" "$work/$model/osd.traineddata"
    echo
    echo "=== model $model ($(readlink -f "$work/$model/eng.traineddata"))"
    python3 "$repo/bench/ocr_quality.py" --jobs 2 --docs "$corpus/docs" --truth "$corpus/truth" \
        --out "$work/out-$model" --bin "$build/faxintake" --tessdata "$work/$model" |
        grep -E '^(group|TIFF|fax PDF|scanned|born|overall|ingest|sum of)'
done
# Could combining the models' readings, word by word, reach what none
# reaches alone?  The union of their words is the most any such voting
# could find.
others=()
for model in $models; do [ "$model" = eng ] || others+=("$work/out-$model"); done
echo
echo "=== the union of the words of every model's reading (an upper bound for combining them)"
python3 "$repo/bench/ocr_quality.py" --reuse --docs "$corpus/docs" --truth "$corpus/truth" \
    --out "$work/out-eng" --union "${others[@]}" | grep -E '^(group|TIFF|fax PDF|scanned|born|overall)'
printf 'P1\n8 8\n' > "$work/blank.pbm"
for i in $(seq 8); do echo "0 0 0 0 0 0 0 0"; done >> "$work/blank.pbm"
echo
for model in $models; do
    OMP_THREAD_LIMIT=1 /usr/bin/time -f "engine memory, $model: %M KB peak, %e s to load" \
        tesseract "$work/blank.pbm" - --tessdata-dir "$work/$model" -l eng >/dev/null 2>"$work/time.txt" || true
    tail -1 "$work/time.txt"
done
