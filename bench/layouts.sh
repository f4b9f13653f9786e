#!/usr/bin/env bash
# layouts.sh: field extraction on referral layouts the dev corpus does not
# have, in the repository (bench/layouts/, see its README.md).
#
#   bench/layouts.sh [SET...]     (default: every set in bench/layouts/)
#
# For each set, `faxintake rules test` (real OCR, cached in
# $TMPDIR/faxintake-layouts-cache; no second readings of regions) against
# the set's truth, scored as shared/bench/score.py scores: overall field
# accuracy, documents fully correct and completeness agreement, then every
# wrong field.  Under a minute on 2 cores when the cache is cold.
# Environment: BUILD (build), FAXINTAKE (BUILD/faxintake).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD:-$repo/build}
bin=${FAXINTAKE:-$build/faxintake}
cache=${TMPDIR:-/tmp}/faxintake-layouts-cache
if [ ! -x "$bin" ]; then
    cmake -S "$repo" -B "$build" >/dev/null
    cmake --build "$build" -j 2 >/dev/null
fi
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
    for d in "$repo"/bench/layouts/*/; do sets+=("$(basename "$d")"); done
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for s in "${sets[@]}"; do
    dir=$repo/bench/layouts/$s
    [ -d "$dir/docs" ] || { echo "layouts: no set '$s' in bench/layouts" >&2; exit 2; }
    echo
    echo "=== set $s ($(ls "$dir/docs" | wc -l) documents): $(head -1 "$dir/ABOUT")"
    "$bin" rules test -q --truth "$dir/truth" --cache "$cache" --errors "$dir"/docs/* |
        sed -n -e '/^overall field/p' -e '/^documents fully/p' -e '/^completeness/p' -e '/^errors:/,$p'
done
