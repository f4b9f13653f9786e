#!/usr/bin/env bash
# intake_crash.sh: `faxintake run` keeps its promise through crashes.
#
#   intake_crash.sh FAXINTAKE MKFIXTURES SOURCE_DIR
#
# A writer drops about 115 files into the spool (most at once by rename,
# some copied in place, some written slowly with the file held open, some
# written under an exclusive flock with long pauses as HylaFAX does, some
# corrupt, empty or encrypted, a dozen byte-identical resends) while the
# daemon is SIGKILLed at random moments at least 12 times and restarted.
# Then: every input is in the store exactly once, as a document or a
# quarantine entry; the resends are linked to their first copy; the bad
# files are quarantined with their reason beside them; nothing is left in
# the spool or in processing/; the archive and quarantine hold exactly the
# files the store names.  Bounded in time (about a minute; fails after 170 s).
set -euo pipefail

bin=$1
mkfixtures=$2
src=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/faxintake-crash.XXXXXX")
daemon=0
bg=()
cleanup() {
    [ "$daemon" -gt 0 ] && kill -9 "$daemon" 2>/dev/null || true
    for p in "${bg[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ "${keep:-0}" = 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
fail() { echo "intake_crash: FAIL: $*" >&2; keep=1; tail -n 40 "$work/daemon.log" >&2 || true; exit 1; }

# The store is checked with SQL from outside, as an auditor would.
if command -v sqlite3 >/dev/null; then
    sql() { sqlite3 -batch -noheader "$work/faxintake.db" "$1"; }
elif command -v python3 >/dev/null; then
    sql() { python3 -c 'import sqlite3,sys
for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print("|".join(map(str,r)))' \
        "$work/faxintake.db" "$1"; }
else
    echo "intake_crash: neither sqlite3 nor python3 to check the store; skipped"
    exit 77
fi

t_start=$SECONDS
deadline=$((t_start + 170))
cd "$work"
"$mkfixtures" fx >/dev/null
mkdir in spool
cat >faxintake.conf <<'EOF'
# the crash test's settings: short waits so the test stays short
spool = spool
db = faxintake.db
workers = 2
quiet_seconds = 0.8
rescan_seconds = 3
shutdown_seconds = 1
[limits]
wall_seconds = 60
EOF

# ---- the inputs, made unique by a trailing comment (readers ignore it)
names=()
add() { names+=("$1"); }
for i in $(seq 1 70); do
    { cat fx/born_digital.pdf; printf '%%crash-test %d\n' "$i"; } >"in/pdf_$i.pdf"; add "pdf_$i.pdf"
done
for i in $(seq 1 5); do
    { cat fx/g3_2d_standard.tif; printf 'crash-test %d' "$i"; } >"in/tif_$i.tif"; add "tif_$i.tif"
done
for i in $(seq 1 12); do
    cp "in/pdf_$((i * 5)).pdf" "in/dup_$i.pdf"; add "dup_$i.pdf"
done
for i in 1 2 3; do
    { cat fx/truncated.pdf; printf '%%bad %d\n' "$i"; } >"in/badpdf_$i.pdf"; add "badpdf_$i.pdf"
    { cat fx/text.tif; printf 'bad %d\n' "$i"; } >"in/text_$i.tif"; add "text_$i.tif"
    { cat fx/truncated_head.tif; printf 'bad %d' "$i"; } >"in/trunc_$i.tif"; add "trunc_$i.tif"
done
: >in/empty_1.tif; add empty_1.tif
: >in/empty_2.tif; add empty_2.tif
cp "$src/tests/resources/encrypted.pdf" in/encrypted.pdf; add encrypted.pdf
slow=() locked=()
for i in $(seq 1 8); do
    { cat fx/born_digital.pdf; printf '%%slow %d\n' "$i"; } >"in/slow_$i.pdf"; slow+=("slow_$i.pdf")
done
for i in $(seq 1 4); do
    { cat fx/born_digital.pdf; printf '%%locked %d\n' "$i"; } >"in/locked_$i.pdf"; locked+=("locked_$i.pdf")
done
quick=("${names[@]}")
names+=("${slow[@]}" "${locked[@]}")
total=${#names[@]}

# ---- the writers
writer() {
    local n i
    for n in $(printf '%s\n' "${quick[@]}" | shuf); do
        i=$((RANDOM % 10))
        if [ "$i" -lt 7 ]; then       # the fax server hook: temporary name, then rename
            cp "in/$n" "spool/.$n.part" && mv "spool/.$n.part" "spool/$n"
        else                          # a scanner writing in place
            cp "in/$n" "spool/$n"
        fi
        sleep "0.$((RANDOM % 3))$((RANDOM % 10))"
    done
}
slow_writer() { # held open while written in pieces, pauses shorter than the quiet time
    local n size
    for n in "${slow[@]}"; do
        size=$(stat -c %s "in/$n")
        (
            exec 3>"spool/$n"
            head -c $((size / 3)) "in/$n" >&3; sleep 0.5
            head -c $((2 * size / 3)) "in/$n" | tail -c +$((size / 3 + 1)) >&3; sleep 0.6
            tail -c +$((2 * size / 3 + 1)) "in/$n" >&3
        )
        sleep 0.3
    done
}
locked_writer() { # HylaFAX style: an exclusive flock while receiving, long pauses
    local n size
    for n in "${locked[@]}"; do
        size=$(stat -c %s "in/$n")
        : >"spool/$n"
        flock -x "spool/$n" bash -c '
            head -c $(('"$size"' / 2)) "in/'"$n"'" >>"spool/'"$n"'"; sleep 2
            tail -c +$(('"$size"' / 2 + 1)) "in/'"$n"'" >>"spool/'"$n"'"; sleep 1'
        sleep 0.5
    done
}
writer & bg+=($!); w1=$!
slow_writer & bg+=($!); w2=$!
locked_writer & bg+=($!); w3=$!
writers_running() { kill -0 "$w1" 2>/dev/null || kill -0 "$w2" 2>/dev/null || kill -0 "$w3" 2>/dev/null; }

# ---- the daemon, killed at random moments
start_daemon() {
    "$bin" run -c faxintake.conf 2>>daemon.log &
    daemon=$!
}
kills=0
while writers_running || [ "$kills" -lt 12 ]; do
    [ "$SECONDS" -lt "$deadline" ] || fail "still running after 170 s"
    start_daemon
    sleep "$((RANDOM % 2)).$((RANDOM % 10))$((RANDOM % 10))"
    kill -9 "$daemon" 2>/dev/null || fail "the daemon died on its own (see daemon.log)"
    wait "$daemon" 2>/dev/null || true
    kills=$((kills + 1))
done
wait "$w1" "$w2" "$w3"

# ---- a last run to the end
starts_before=$(grep -c '^[^ ]* start' daemon.log || true)
start_daemon
# SIGTERM is handled once the daemon has said "start"; before that it is
# the default action, which is not the clean stop this run checks.
until [ "$(grep -c '^[^ ]* start' daemon.log || true)" -gt "$starts_before" ]; do
    [ "$SECONDS" -lt "$deadline" ] || fail "the last daemon never started"
    kill -0 "$daemon" 2>/dev/null || fail "the daemon died on its own (see daemon.log)"
    sleep 0.1
done
settled() {
    [ -z "$(find spool -maxdepth 1 -type f ! -name '.*' -print -quit)" ] &&
        [ -z "$(find spool/.processing -maxdepth 1 -type f ! -name '.*' -print -quit)" ] &&
        [ -z "$(find spool/.processing -maxdepth 1 -name '.*.commit' -print -quit)" ]
}
until settled; do
    [ "$SECONDS" -lt "$deadline" ] || fail "files still waiting after 170 s"
    kill -0 "$daemon" 2>/dev/null || fail "the daemon died on its own (see daemon.log)"
    sleep 0.5
done
kill -TERM "$daemon"
wait "$daemon" || fail "the daemon did not stop cleanly on SIGTERM"
daemon=0

# ---- the checks
recorded=$(sql "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM quarantine)")
[ "$recorded" -eq "$total" ] || fail "$total files dropped, $recorded records in the store"
for n in "${names[@]}"; do
    c=$(sql "SELECT (SELECT count(*) FROM documents WHERE file_name='$n') +
                    (SELECT count(*) FROM quarantine WHERE file_name='$n')")
    [ "$c" -eq 1 ] || fail "$n is recorded $c times"
done
for n in badpdf_1.pdf text_2.tif trunc_3.tif empty_1.tif empty_2.tif encrypted.pdf; do
    c=$(sql "SELECT count(*) FROM quarantine WHERE file_name='$n'")
    [ "$c" -eq 1 ] || fail "$n should be quarantined"
done
reason=$(sql "SELECT reason FROM quarantine WHERE file_name='encrypted.pdf'")
case $reason in encrypted:*) ;; *) fail "encrypted.pdf quarantined as '$reason'" ;; esac
dups=$(sql "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL")
[ "$dups" -eq 12 ] || fail "12 resends, $dups linked as duplicates"
for n in "${slow[@]}" "${locked[@]}"; do
    c=$(sql "SELECT count(*) FROM documents WHERE file_name='$n' AND pages = 2")
    [ "$c" -eq 1 ] || fail "$n was taken before it was complete"
done
left=$(find spool -type f ! -name .lock ! -name .status.json | wc -l)
[ "$left" -eq 0 ] || fail "$left files left in the spool or processing/: $(find spool -type f)"
shas=$(sql "SELECT count(DISTINCT sha256) FROM documents")
archived=$(find archive -type f -name '*.pdf' -o -type f -name '*.tif' | wc -l)
[ "$archived" -eq "$shas" ] || fail "$shas distinct documents, $archived files archived"
quar=$(sql "SELECT count(*) FROM quarantine")
qfiles=$(find quarantine -type f ! -name '*.reason.txt' | wc -l)
qreasons=$(find quarantine -type f -name '*.reason.txt' | wc -l)
[ "$qfiles" -eq "$quar" ] && [ "$qreasons" -eq "$quar" ] ||
    fail "$quar quarantine records, $qfiles files and $qreasons reasons in quarantine/"
recovered=$(grep -c ' recovering ' daemon.log || true)
echo "intake_crash: ok: $total files, $kills kills ($recovered restarts found claims in" \
     "processing/), $shas documents + $dups resends + $quar quarantined, $((SECONDS - t_start)) s"
