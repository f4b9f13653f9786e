#!/usr/bin/env bash
# test.sh: build faxintake and run every test, twice: a normal build and a
# sanitizer build.  This is what CI runs (.ci/run).
#
#   scripts/test.sh [--quick] [--no-sanitize]
#
#   1. scripts/bootstrap.sh: missing Debian packages, then build/ with
#      warnings as errors;
#   2. ctest in build/;
#   3. build-asan/: the same sources with -DFI_SANITIZE=ON (AddressSanitizer,
#      LeakSanitizer and UndefinedBehaviorSanitizer) and -DFI_WERROR=ON;
#   4. ctest in build-asan/.
#
#   --quick        skip the suites labelled "slow" (real OCR): ctest -LE slow
#   --no-sanitize  skip steps 3 and 4
#
# Both test runs happen even when the first fails; the exit status is 0 only
# when everything built and every test passed.
# Environment: JOBS (default: nproc); ASAN_OPTIONS (default detect_leaks=1) and
# UBSAN_OPTIONS (default print_stacktrace=1:halt_on_error=1) when not set.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

quick=0
sanitize=1
for arg in "$@"; do
    case $arg in
    --quick) quick=1 ;;
    --no-sanitize) sanitize=0 ;;
    -h | --help) sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "test.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
    esac
done

jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
export JOBS=$jobs
ctest_args=(--output-on-failure -j "$jobs")
if [ "$quick" -eq 1 ]; then ctest_args+=(-LE slow); fi

t_start=$SECONDS
timings=()
failures=()
passed=0
failed=0
log=$(mktemp "${TMPDIR:-/tmp}/faxintake-test.XXXXXX")
step() { # NAME COMMAND...: runs and times one step, records a failure
    local name=$1 t0=$SECONDS rc=0
    shift
    printf '\n=== test.sh: %s\n' "$name"
    "$@" || rc=$?
    timings+=("$(printf '%-34s %5ds  %s' "$name" $((SECONDS - t0)) "$([ $rc -eq 0 ] && echo ok || echo "FAILED ($rc)")")")
    [ $rc -eq 0 ] || failures+=("$name")
    return $rc
}
# ctest in DIR, counting its results ("N% tests passed, N tests failed out of N")
run_ctest() {
    local dir=$1 rc=0 line
    ctest --test-dir "$dir" "${ctest_args[@]}" 2>&1 | tee "$log" || rc=$?
    line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
    if [ -n "$line" ]; then
        local nfail ntotal
        nfail=$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$line")
        ntotal=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
        passed=$((passed + ntotal - nfail))
        failed=$((failed + nfail))
    elif [ $rc -eq 0 ]; then
        echo "test.sh: ctest in $dir ran no test" >&2
        rc=1
    fi
    return $rc
}
summary() {
    rm -f "$log"
    printf '\n=== test.sh: summary\n'
    printf '%s\n' "${timings[@]}"
    printf '%-34s %5ds\n' "total" $((SECONDS - t_start))
    if [ "${#failures[@]}" -ne 0 ]; then
        echo "test.sh: FAILED: ${failures[*]}"
    fi
    echo "tests: $passed passed, $failed failed"
}
trap summary EXIT

# 1-2. packages, release build, tests
step "bootstrap (packages, build/)" scripts/bootstrap.sh || exit 1
step "ctest build/" run_ctest build || true

# 3-4. sanitizer build and its tests.  Leak reports from third-party caches
# (fontconfig under cairo) are suppressed in the test programs themselves.
if [ "$sanitize" -eq 1 ]; then
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
    # (see tests/lsan.supp for why thread-local storage is not scanned)
    export LSAN_OPTIONS=${LSAN_OPTIONS:-use_tls=0:suppressions=$PWD/tests/lsan.supp}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    if step "configure build-asan/" cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug \
        -DFI_SANITIZE=ON -DFI_WERROR=ON &&
        step "build build-asan/" cmake --build build-asan -j "$jobs"; then
        step "ctest build-asan/ (ASan+UBSan)" run_ctest build-asan || true
    fi
fi

[ "${#failures[@]}" -eq 0 ]
