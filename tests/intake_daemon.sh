#!/usr/bin/env bash
# intake_daemon.sh: `faxintake run` and `faxintake status` end to end.
#
#   intake_daemon.sh FAXINTAKE MKFIXTURES SOURCE_DIR
#
#  1. an encrypted PDF and a truncated TIFF are quarantined with their
#     reason, and the file dropped after them still goes through;
#  2. a fax handed over by contrib/hylafax/faxintake-drop: its sidecar's
#     sender metadata reaches the store and the archive;
#  3. SIGHUP with a broken rules file keeps the old rules and the daemon
#     working; a fixed file is then loaded;
#  4. a reader that crashes (SIGSEGV) or hangs on a file costs that file
#     (quarantined: crash, timeout) and not the daemon;
#  5. a crash right after a store commit (test hook) leaves the file in
#     processing/; the next start moves it on without recording it twice,
#     for a new document, a resend and a quarantined file;
#  6. `faxintake status` shows the counts and the quarantined files;
#  7. set-up errors: a mistyped config key, a second daemon on the same
#     folders, a rules file that does not load, each exit 2 with a reason.
set -euo pipefail

bin=$1
mkfixtures=$2
src=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/faxintake-daemon.XXXXXX")
daemon=0
cleanup() {
    [ "$daemon" -gt 0 ] && kill -9 "$daemon" 2>/dev/null || true
    wait 2>/dev/null || true
    if [ "${keep:-0}" = 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
fail() { echo "intake_daemon: FAIL: $*" >&2; keep=1; tail -n 30 "$work/daemon.log" >&2 || true; exit 1; }
ok() { echo "intake_daemon: ok: $*"; }

if command -v sqlite3 >/dev/null; then
    sql() { sqlite3 -batch -noheader "$work/faxintake.db" "$1"; }
elif command -v python3 >/dev/null; then
    sql() { python3 -c 'import sqlite3,sys
for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print("|".join(map(str,r)))' \
        "$work/faxintake.db" "$1"; }
else
    echo "intake_daemon: neither sqlite3 nor python3 to check the store; skipped"
    exit 77
fi

cd "$work"
"$mkfixtures" fx >/dev/null
mkdir spool
cp "$src/rules/default.rules" my.rules
cat >faxintake.conf <<'EOF'
spool = spool
db = faxintake.db
rules = my.rules
workers = 2
quiet_seconds = 0.3
shutdown_seconds = 2
[limits]
wall_seconds = 3
EOF

start() { # [ENV=VALUE...]: starts the daemon in the background
    env "$@" "$bin" run -c faxintake.conf 2>>daemon.log &
    daemon=$!
}
stop() {
    kill -TERM "$daemon"
    wait "$daemon" || fail "the daemon did not stop cleanly"
    daemon=0
}
# until CMD succeeds, at most 30 s
wait_for() {
    local i
    for i in $(seq 1 300); do
        if eval "$1"; then return 0; fi
        [ "$daemon" -eq 0 ] || kill -0 "$daemon" 2>/dev/null || fail "the daemon died waiting for: $1"
        sleep 0.1
    done
    fail "timed out waiting for: $1"
}
recorded() { # NAME: true when NAME is in the store as a document or quarantined
    local n
    n=$(sql "SELECT (SELECT count(*) FROM documents WHERE file_name='$1') +
                    (SELECT count(*) FROM quarantine WHERE file_name='$1')" 2>/dev/null) || n=0
    [ "${n:-0}" -ge 1 ]
}
drop() { # SRC NAME: as a fax server hook does, temporary name then rename
    cp "$1" "spool/.$2.part" && mv "spool/.$2.part" "spool/$2"
}
unique_pdf() { { cat fx/born_digital.pdf; printf '%%%s\n' "$1"; } >"$2"; }

# ---- 1. bad files are quarantined, the next one goes through
start
drop "$src/tests/resources/encrypted.pdf" secret.pdf
drop fx/truncated.tif cut.tif
unique_pdf one one.pdf
drop one.pdf good1.pdf
wait_for "recorded good1.pdf"
wait_for "recorded secret.pdf && recorded cut.tif"
[ "$(sql "SELECT count(*) FROM documents WHERE file_name='good1.pdf' AND pages=2")" = 1 ] ||
    fail "good1.pdf is not a 2-page document"
# the readers' page pictures reach the store, for the review screen
[ "$(sql "SELECT count(*) FROM page_images i JOIN documents d ON d.id = i.doc_id
          WHERE d.file_name='good1.pdf' AND substr(hex(i.png), 1, 8) = '89504E47'")" = 2 ] ||
    fail "good1.pdf's two page pictures are not stored as PNG"
case $(sql "SELECT reason FROM quarantine WHERE file_name='secret.pdf'") in
encrypted:*) ;; *) fail "encrypted.pdf not quarantined as encrypted" ;; esac
case $(sql "SELECT reason FROM quarantine WHERE file_name='cut.tif'") in
corrupt:*) ;; *) fail "truncated.tif not quarantined as corrupt" ;; esac
ls quarantine/*~cut.tif.reason.txt >/dev/null || fail "no reason file beside cut.tif"
ok "encrypted PDF and truncated TIFF quarantined, the next file read"

# ---- 2. a fax handed over by the HylaFAX hook, with its sidecar
mkdir -p recvq
cp fx/g4_fine.tif recvq/fax000123.tif
"$src/contrib/hylafax/faxintake-drop" -s spool recvq/fax000123.tif "station_id=REFERRALS 1" \
    "caller_id=+15550100" "receive_error=" || fail "faxintake-drop failed"
wait_for "recorded fax000123.tif"
sender=$(sql "SELECT sender FROM documents WHERE file_name='fax000123.tif'")
case $sender in *'"caller_id":"+15550100"'*) ;; *) fail "no caller id in the store: $sender" ;; esac
case $sender in *'"station_id":"REFERRALS 1"'*) ;; *) fail "no station id in the store: $sender" ;; esac
ls archive/*/*.json >/dev/null 2>&1 || fail "sidecar not archived"
[ -z "$(find spool -maxdepth 1 -type f)" ] || fail "files left in the spool: $(ls -A spool)"
ok "a fax handed over by contrib/hylafax/faxintake-drop, sidecar stored and archived"

# ---- 3. SIGHUP with a broken rules file
printf '\n[field broken\n' >>my.rules
kill -HUP "$daemon"
wait_for "grep -q ' rules-kept ' daemon.log"
unique_pdf two two.pdf
drop two.pdf good2.pdf
wait_for "recorded good2.pdf"
[ "$(sql "SELECT count(*) FROM documents WHERE file_name='good2.pdf'")" = 1 ] ||
    fail "good2.pdf not read after the bad reload"
cp "$src/rules/default.rules" my.rules
kill -HUP "$daemon"
wait_for "grep -q ' reloaded rules=my.rules' daemon.log"
unique_pdf three three.pdf
drop three.pdf good3.pdf
wait_for "recorded good3.pdf"
ok "SIGHUP with broken rules kept the old ones; fixed rules reloaded"
stop

# ---- 4. a reader that crashes or hangs
start FAXINTAKE_TEST_CRASH=reader-segv
unique_pdf c1 c1.pdf
drop c1.pdf crash1.pdf
unique_pdf four four.pdf
drop four.pdf good4.pdf
wait_for "recorded crash1.pdf && recorded good4.pdf"
case $(sql "SELECT reason FROM quarantine WHERE file_name='crash1.pdf'") in
crash:*) ;; *) fail "a reader crash did not quarantine the file" ;; esac
stop
start FAXINTAKE_TEST_CRASH=reader-hang
unique_pdf c2 c2.pdf
drop c2.pdf crash2.pdf
unique_pdf five five.pdf
drop five.pdf good5.pdf
wait_for "recorded crash2.pdf && recorded good5.pdf"
case $(sql "SELECT reason FROM quarantine WHERE file_name='crash2.pdf'") in
timeout:*) ;; *) fail "a hung reader did not quarantine the file" ;; esac
stop
ok "a reader crash and a hang each quarantined one file; the daemon went on"

# ---- 4b. poll mode (as for an NFS or SMB spool)
sed -i 's/^quiet_seconds = .*/quiet_seconds = 0.3\nwatch = poll\npoll_seconds = 0.2/' faxintake.conf
start
unique_pdf polled polled.pdf
cp polled.pdf spool/polled.pdf
wait_for "recorded polled.pdf"
grep -q 'watch="poll every 0.2s"' daemon.log || fail "poll mode not used"
stop
sed -i '/^watch = poll/d; /^poll_seconds/d' faxintake.conf
ok "poll mode"

# ---- 5. a crash right after the commit
crash_once() { # NAME: the daemon dies after recording NAME; the next start finishes
    local name=$1 before
    before=$(sql "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM quarantine)")
    start FAXINTAKE_TEST_CRASH=after-commit
    if wait "$daemon" 2>/dev/null; then fail "the crash hook did not fire"; fi
    daemon=0
    ls spool/.processing/*"~$name" >/dev/null 2>&1 || fail "$name not left in processing/"
    ls spool/.processing/.*.commit >/dev/null 2>&1 || fail "no commit note for $name"
    start
    wait_for "grep -q ' recovered file=$name ' daemon.log"
    stop
    [ "$(sql "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM quarantine)")" \
        -eq $((before + 1)) ] || fail "$name recorded twice after a crash after its commit"
    [ -z "$(find spool/.processing -type f ! -name '.lock' ! -name '.status.json')" ] ||
        fail "files left in processing/ after recovering $name"
}
unique_pdf six six.pdf
cp six.pdf spool/after1.pdf
crash_once after1.pdf
cp six.pdf spool/after2.pdf  # a resend of after1.pdf
crash_once after2.pdf
[ "$(sql "SELECT count(*) FROM documents WHERE file_name='after2.pdf' AND duplicate_of IS NOT NULL")" = 1 ] ||
    fail "after2.pdf not linked as a resend"
cp fx/truncated_head.tif spool/after3.tif
crash_once after3.tif
ok "a crash after each kind of commit recovered without a second record"

# ---- 6. status
status=$("$bin" status -c faxintake.conf)
echo "$status" | grep -q '^daemon: *not running' || fail "status: $status"
echo "$status" | grep -q 'documents' || fail "status shows no counts: $status"
echo "$status" | grep -q 'cut.tif' || fail "status does not list cut.tif: $status"
echo "$status" | grep -q 'corrupt: ' || fail "status gives no reason: $status"
ok "status shows counts and quarantined files with reasons"

# ---- 7. set-up errors
printf 'spool = spool\nquiet_secs = 1\n' >bad.conf
out=$("$bin" run -c bad.conf 2>&1) && fail "a bad config key was accepted"
case $out in *"bad.conf:2: unknown setting 'quiet_secs'"*) ;; *) fail "bad config: $out" ;; esac
start
wait_for "'$bin' status -c faxintake.conf | grep -q '^daemon: *running'"
out=$("$bin" run -c faxintake.conf 2>&1) && fail "a second daemon started on the same folders"
case $out in *"another faxintake run"*) ;; *) fail "second daemon: $out" ;; esac
stop
printf '[field broken\n' >broken.rules
printf 'spool = spool\ndb = faxintake.db\nrules = broken.rules\n' >broken.conf
out=$("$bin" run -c broken.conf 2>&1) && fail "broken rules were accepted at start"
case $out in *broken.rules*) ;; *) fail "broken rules at start: $out" ;; esac
ok "set-up errors exit 2 with the reason"
