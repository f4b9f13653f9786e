#!/usr/bin/env bash
# review_e2e.sh FAXINTAKE STORE: the review screen end to end in a real
# headless Chromium (Debian's chromium package, driven by playwright-core
# from npm; no downloaded browser build).
#
# Copies STORE (the three samples read by `faxintake ingest --db`), adds an
# intake user and an admin, starts `faxintake serve` with a rules file to
# edit and a fake daemon status file naming a process that must get
# SIGHUP, runs review_e2e.js, then checks what the browser did in the
# store and the audit log with the command line: the corrected field, the
# decisions, the views, the saved rules and the daemon's reload.
#
# playwright-core (pinned) is installed once into $FI_NPM_DIR (default
# $XDG_CACHE_HOME/faxintake/npm-review-e2e or ~/.cache/...).
# FI_SHOTS=DIR: also save the screenshots of the queue and document
# screens there (docs/ holds them: FI_SHOTS=docs ctest -R review_e2e).
set -euo pipefail

bin=$1
store=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
chromium=${FI_CHROMIUM:-/usr/bin/chromium}
for need in node npm "$chromium"; do
    if ! command -v "$need" >/dev/null; then
        echo "review_e2e.sh: $need is missing; scripts/bootstrap.sh installs it" >&2
        exit 1
    fi
done

npm_dir=${FI_NPM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/faxintake/npm-review-e2e}
if [ ! -f "$npm_dir/node_modules/playwright-core/package.json" ]; then
    mkdir -p "$npm_dir"
    (cd "$npm_dir" && npm install --no-audit --no-fund --loglevel=error --no-save \
        playwright-core@1.64.1)
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fi-review-e2e.XXXXXX")
server=
sleeper=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    [ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "review_e2e.sh: FAIL: $*" >&2; exit 1; }

cp "$store" "$tmp/store.db"
export FAXINTAKE_DB=$tmp/store.db FAXINTAKE_USER=setup
printf 'intake-secret-9\n' | "$bin" user add ivy --role intake >/dev/null
printf 'admin-secret-9\n' | "$bin" user add ada --role admin >/dev/null
cp "$here/../rules/default.rules" "$tmp/referral.rules"

# A stand-in for the daemon, whose pid is in the status file the daemon
# keeps: a shell run from a copy named faxintake-ocr (the server signals
# only faxintake programs) that records the SIGHUP it gets.
mkdir -p "$tmp/spool/.processing"
printf '%s\n' 'trap '"'"'echo hup >>"$1"'"'"' HUP' 'while true; do sleep 0.2; done' \
    >"$tmp/fake-daemon.sh"
cp "$(command -v bash)" "$tmp/faxintake-ocr"
"$tmp/faxintake-ocr" "$tmp/fake-daemon.sh" "$tmp/hup.log" &
sleeper=$!
printf '{"pid": %d}\n' "$sleeper" >"$tmp/spool/.processing/.status.json"
printf 'spool = %s\ndb = %s\nrules = %s\n' "$tmp/spool" "$tmp/store.db" \
    "$tmp/referral.rules" >"$tmp/faxintake.conf"

"$bin" serve --listen 127.0.0.1:0 --config "$tmp/faxintake.conf" 2>"$tmp/serve.log" &
server=$!
for _ in $(seq 100); do
    grep -q "listening on" "$tmp/serve.log" 2>/dev/null && break
    sleep 0.05
done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$tmp/serve.log")
[ -n "$url" ] || fail "serve did not start: $(cat "$tmp/serve.log")"

shots=${FI_SHOTS:-}
[ -n "$shots" ] && shots=$(cd "$shots" && pwd)
result=$(cd "$tmp" && FI_SHOTS=$shots NODE_PATH="$npm_dir/node_modules" \
    FI_CHROMIUM="$chromium" node "$here/review_e2e.js" "$url")
echo "browser: $result"
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])$2)" "$result"; }
doc=$(field "" "['doc']")
needs=$(field "" "['needs_info']")

# --- what the browser did, seen from the store
show=$("$bin" show "$doc" --json)
check_json() { # WHAT PYTHON-EXPRESSION-ON-d
    python3 -c "import json,sys; d=json.loads(sys.stdin.read()); sys.exit(0 if ($2) else 1)" \
        <<<"$show" || fail "$1"
}
check_json "the corrected date of birth is stored, set by ivy" \
    "d['fields']['patient_dob']['value']=='1951-02-03' and d['fields']['patient_dob']['set_by']=='ivy'"
check_json "Enter accepted the document as ivy" \
    "d['review']['decision']=='accepted' and d['review']['decided_by']=='ivy'"
show=$("$bin" show "$needs" --json)
check_json "Alt+I asked for information with the reason typed" \
    "d['review']['decision']=='needs_info' and 'insurance card' in d['review']['reason']"
log=$("$bin" audit log --limit 1000)
for want in "ivy document.view" "ivy field.set" "ivy review.accepted" "ivy review.needs_info" \
    "ada rules.save" "ivy login.failed"; do
    python3 -c "
import json,sys
rows=json.loads(sys.stdin.read()); actor,action=sys.argv[1].split()
sys.exit(0 if any(r['actor']==actor and r['action']==action for r in rows) else 1)" "$want" \
        <<<"$log" || fail "audit log has no '$want'"
done
"$bin" audit verify >/dev/null || fail "the audit chain does not verify"
cmp -s "$tmp/referral.rules" "$here/../rules/default.rules" || fail "the saved rules differ"
for _ in $(seq 20); do [ -s "$tmp/hup.log" ] && break; sleep 0.1; done
[ -s "$tmp/hup.log" ] || fail "saving the rules did not send the daemon SIGHUP"
echo "review_e2e: ok ($(field "" "['checks']") browser checks, store and audit checked)"
