/*
 * schema.c: the tables of the store and the migrations that build them.
 *
 * The database's PRAGMA user_version is the schema version; opening a
 * store runs, in order and each in its own transaction, the migrations
 * from that version to FI_SCHEMA_VERSION, so any older database is brought
 * forward and none is ever rebuilt.  A database newer than this code is
 * refused rather than written with an older idea of its schema.  PRAGMA
 * application_id marks the file as ours, so that pointing --db at some
 * other SQLite file fails with a message instead of adding tables to it.
 *
 * Version 1 is the store as the intake first wrote it (documents, their
 * words and fields, quarantine); version 2 adds the review queue, the
 * referrals and their history, the audit log, and who set each field.
 *
 * Version 3 adds the review server's users and sessions and the pages'
 * pictures.
 *
 * Schema (version 3):
 *
 *   table            column          meaning
 *   ---------------  --------------  ------------------------------------------------
 *   documents        id              document id (also its review item's id)
 *                    sha256          hex SHA-256 of the file's bytes
 *                    file_name       name as dropped, without folders
 *                    received_at     when the intake claimed the file (ISO 8601 UTC)
 *                    sender          sender metadata, a JSON object, or NULL
 *                    pages           page count
 *                    completeness    completeness score of the last extraction
 *                    duplicate_of    first document with the same sha256, or NULL
 *                    referral_id     referral the document belongs to          (v2)
 *                    link            new | mrn_dob | name_dob | duplicate | manual (v2)
 *                    link_doc        document whose patient matched, or NULL   (v2)
 *                    words_of        document whose pages hold the words       (v2)
 *                    extracted_at    when the fields were last extracted       (v2)
 *   pages            doc_id, page    document and 1-based page (primary key)
 *                    read_by         ocr | text_layer | blank
 *                    rotation        degrees turned before reading
 *                    mean_conf       mean word confidence 0..1
 *                    nwords          number of words
 *                    note            why something unusual was done, or NULL
 *                    words_len       length of the uncompressed words
 *                    words           the page as fi_doc_pages_to_json() writes one,
 *                                    zlib-compressed (words are 90% of a document)
 *   fields           doc_id, field   document and contract field name (primary key)
 *                    value           JSON value; NULL: a person said "not carried"
 *                    confidence      0..1 (1 for a person's value)
 *                    page, x0..y1    where it was read, or NULL
 *                    rule            id of the rule that found it
 *                    review          1: a person should check it
 *                    set_by, set_at  who set it and when; NULL: extracted      (v2)
 *   quarantine       id, sha256, file_name, reason, at: files that could not be read
 *   referrals        id              referral id                               (v2)
 *                    status          received | in_review | needs_info | accepted |
 *                                    scheduled | completed | closed | rejected |
 *                                    duplicate
 *                    opened_at       receipt of its first document
 *                    updated_at      last change
 *                    last_doc_at     receipt of its newest document (link window)
 *                    patient_key     folded last name of its first document
 *                    patient_dob     date of birth, YYYY-MM-DD
 *                    patient_mrn     medical record number
 *                    accepted_at     first acceptance, or NULL
 *                    scheduled_for   appointment date, or NULL
 *   referral_history id, referral_id, at, actor, from_status, to_status,
 *                    effective_date, reason: one row per transition            (v2)
 *   review_items     doc_id          the document (primary key)                (v2)
 *                    state           open | done
 *                    urgency_rank    0 stat, 1 urgent, 2 routine
 *                    queued_at       when it entered the queue
 *                    claimed_by      reviewer holding it, or NULL
 *                    lease_until     end of the claim; later claims may take it
 *                    decision        accepted | rejected | needs_info, when done
 *                    decided_by, decided_at, reason
 *   audit            id              1, 2, 3... (no gaps)                      (v2)
 *                    at, actor       when and who ("rules:reextract" for the rules)
 *                    action          document.received, claim, release, field.set,
 *                                    field.reextract, review.<decision>, status,
 *                                    link, unlink, export, quarantine, schema
 *                    doc_id, referral_id, field, old_value, new_value
 *                    hash            SHA-256 of the previous row's hash and this row
 *   users            name, role      a review screen user: intake | admin       (v3)
 *                    pw_hash         Argon2id hash (libsodium crypto_pwhash_str)
 *                    created_at, disabled
 *   sessions         token_hash      SHA-256 of the cookie or API token (the token
 *                                    itself is never stored)                   (v3)
 *                    user, kind      session (a browser login) | token (an integrator)
 *                    csrf            the session's CSRF token
 *                    label           what a token is for
 *                    created_at, last_seen  unix seconds (idle timeout)
 *   login_failures   name, ip, at    wrong logins, for rate limiting (unix seconds) (v3)
 *   page_images      doc_id, page    a picture of the page (PNG) for review,   (v3)
 *                    width, height   in the page's own pixels (the fields' boxes)
 *                    png             stored under the document holding the words
 *
 * The audit table refuses UPDATE and DELETE through triggers; someone who
 * edits the file by other means breaks the hash chain, which
 * `faxintake audit verify` checks.
 */
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* 'FAXI' */
enum { FI_APPLICATION_ID = 0x46415849 };

static const char SCHEMA_V1[] =
    "CREATE TABLE documents("
    "  id INTEGER PRIMARY KEY,"
    "  sha256 TEXT NOT NULL,"
    "  file_name TEXT NOT NULL,"
    "  received_at TEXT NOT NULL,"
    "  sender TEXT,"
    "  pages INTEGER NOT NULL,"
    "  completeness REAL,"
    "  duplicate_of INTEGER REFERENCES documents(id));"
    "CREATE INDEX documents_sha256 ON documents(sha256);"
    "CREATE TABLE pages("
    "  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  page INTEGER NOT NULL,"
    "  read_by TEXT NOT NULL,"
    "  rotation INTEGER NOT NULL DEFAULT 0,"
    "  mean_conf REAL,"
    "  nwords INTEGER NOT NULL,"
    "  note TEXT,"
    "  words_len INTEGER NOT NULL,"
    "  words BLOB NOT NULL,"
    "  PRIMARY KEY(doc_id, page));"
    "CREATE TABLE fields("
    "  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  field TEXT NOT NULL,"
    "  value TEXT,"
    "  confidence REAL,"
    "  page INTEGER, x0 INTEGER, y0 INTEGER, x1 INTEGER, y1 INTEGER,"
    "  rule TEXT,"
    "  review INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY(doc_id, field)) WITHOUT ROWID;"
    "CREATE TABLE quarantine("
    "  id INTEGER PRIMARY KEY,"
    "  sha256 TEXT NOT NULL,"
    "  file_name TEXT NOT NULL,"
    "  reason TEXT NOT NULL,"
    "  at TEXT NOT NULL);"
    "CREATE INDEX quarantine_sha256 ON quarantine(sha256);";

/* Every document of a version 1 store opens its own referral (they were
 * never linked) and waits in the queue; a resend joins its first
 * document's referral.  fi_fold() is registered by store.c. */
static const char SCHEMA_V2[] =
    "CREATE TABLE referrals("
    "  id INTEGER PRIMARY KEY,"
    "  status TEXT NOT NULL CHECK(status IN ('received','in_review','needs_info','accepted',"
    "    'scheduled','completed','closed','rejected','duplicate')),"
    "  opened_at TEXT NOT NULL,"
    "  updated_at TEXT NOT NULL,"
    "  last_doc_at TEXT NOT NULL,"
    "  patient_key TEXT,"
    "  patient_dob TEXT,"
    "  patient_mrn TEXT,"
    "  accepted_at TEXT,"
    "  scheduled_for TEXT);"
    "CREATE INDEX referrals_name ON referrals(patient_dob, patient_key);"
    "CREATE INDEX referrals_mrn ON referrals(patient_dob, patient_mrn);"
    "CREATE INDEX referrals_opened ON referrals(opened_at);"
    "CREATE INDEX referrals_updated ON referrals(updated_at);"
    "CREATE TABLE referral_history("
    "  id INTEGER PRIMARY KEY,"
    "  referral_id INTEGER NOT NULL REFERENCES referrals(id),"
    "  at TEXT NOT NULL,"
    "  actor TEXT NOT NULL,"
    "  from_status TEXT,"
    "  to_status TEXT NOT NULL,"
    "  effective_date TEXT,"
    "  reason TEXT);"
    "CREATE INDEX referral_history_referral ON referral_history(referral_id);"
    "ALTER TABLE documents ADD COLUMN referral_id INTEGER REFERENCES referrals(id);"
    "ALTER TABLE documents ADD COLUMN link TEXT NOT NULL DEFAULT 'new';"
    "ALTER TABLE documents ADD COLUMN link_doc INTEGER REFERENCES documents(id);"
    "ALTER TABLE documents ADD COLUMN words_of INTEGER REFERENCES documents(id);"
    "ALTER TABLE documents ADD COLUMN extracted_at TEXT;"
    "CREATE INDEX documents_referral ON documents(referral_id);"
    "CREATE INDEX documents_received ON documents(received_at);"
    "CREATE INDEX quarantine_at ON quarantine(at);"
    "ALTER TABLE fields ADD COLUMN set_by TEXT;"
    "ALTER TABLE fields ADD COLUMN set_at TEXT;"
    "CREATE TABLE review_items("
    "  doc_id INTEGER PRIMARY KEY REFERENCES documents(id),"
    "  state TEXT NOT NULL CHECK(state IN ('open','done')),"
    "  urgency_rank INTEGER NOT NULL,"
    "  queued_at TEXT NOT NULL,"
    "  claimed_by TEXT,"
    "  lease_until TEXT,"
    "  decision TEXT,"
    "  decided_by TEXT,"
    "  decided_at TEXT,"
    "  reason TEXT);"
    /* Only open items are indexed in queue order: the queue stays as fast
     * with ten million reviewed documents behind it as with none. */
    "CREATE INDEX review_open ON review_items(urgency_rank, queued_at, doc_id) "
    "  WHERE state = 'open';"
    "CREATE INDEX review_claimed ON review_items(claimed_by) "
    "  WHERE state = 'open' AND claimed_by IS NOT NULL;"
    "CREATE INDEX review_decided ON review_items(decided_at) WHERE state = 'done';"
    "CREATE TABLE audit("
    "  id INTEGER PRIMARY KEY,"
    "  at TEXT NOT NULL,"
    "  actor TEXT NOT NULL,"
    "  action TEXT NOT NULL,"
    "  doc_id INTEGER,"
    "  referral_id INTEGER,"
    "  field TEXT,"
    "  old_value TEXT,"
    "  new_value TEXT,"
    "  hash TEXT NOT NULL);"
    "CREATE INDEX audit_doc ON audit(doc_id) WHERE doc_id IS NOT NULL;"
    "CREATE INDEX audit_referral ON audit(referral_id) WHERE referral_id IS NOT NULL;"
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
    "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
    "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
    /* existing documents */
    "INSERT INTO referrals(id, status, opened_at, updated_at, last_doc_at, patient_key, "
    "  patient_dob, patient_mrn) "
    "SELECT d.id, 'received', d.received_at, d.received_at, d.received_at, "
    "  fi_fold((SELECT json_extract(value, '$') FROM fields "
    "           WHERE doc_id = d.id AND field = 'patient_last_name')), "
    "  (SELECT json_extract(value, '$') FROM fields "
    "   WHERE doc_id = d.id AND field = 'patient_dob'), "
    "  (SELECT json_extract(value, '$') FROM fields "
    "   WHERE doc_id = d.id AND field = 'patient_mrn') "
    "FROM documents d WHERE d.duplicate_of IS NULL;"
    "UPDATE documents SET referral_id = coalesce(duplicate_of, id), "
    "  link = CASE WHEN duplicate_of IS NULL THEN 'new' ELSE 'duplicate' END, "
    "  link_doc = duplicate_of, extracted_at = received_at, "
    "  words_of = CASE WHEN duplicate_of IS NOT NULL AND NOT EXISTS "
    "    (SELECT 1 FROM pages WHERE doc_id = documents.id) THEN duplicate_of END;"
    "INSERT INTO referral_history(referral_id, at, actor, from_status, to_status, reason) "
    "SELECT id, opened_at, 'system', NULL, 'received', 'migrated from schema version 1' "
    "FROM referrals;"
    "INSERT INTO review_items(doc_id, state, urgency_rank, queued_at) "
    "SELECT d.id, 'open', CASE (SELECT json_extract(value, '$') FROM fields "
    "  WHERE doc_id = d.id AND field = 'urgency') WHEN 'stat' THEN 0 WHEN 'urgent' THEN 1 "
    "  ELSE 2 END, d.received_at FROM documents d;";

/* Version 3: the review server's users, sessions and login failures, and
 * the pictures of the pages (documents stored before have none). */
static const char SCHEMA_V3[] =
    "CREATE TABLE users("
    "  name TEXT PRIMARY KEY,"
    "  role TEXT NOT NULL CHECK (role IN ('intake', 'admin')),"
    "  pw_hash TEXT NOT NULL,"
    "  created_at TEXT NOT NULL,"
    "  disabled INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE sessions("
    "  token_hash TEXT PRIMARY KEY,"
    "  user TEXT NOT NULL REFERENCES users(name),"
    "  kind TEXT NOT NULL CHECK (kind IN ('session', 'token')),"
    "  csrf TEXT NOT NULL,"
    "  label TEXT,"
    "  created_at INTEGER NOT NULL,"
    "  last_seen INTEGER NOT NULL);"
    "CREATE INDEX sessions_user ON sessions(user);"
    "CREATE TABLE login_failures("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  ip TEXT NOT NULL,"
    "  at INTEGER NOT NULL);"
    "CREATE INDEX login_failures_name ON login_failures(name, at);"
    "CREATE INDEX login_failures_ip ON login_failures(ip, at);"
    "CREATE TABLE page_images("
    "  doc_id INTEGER NOT NULL REFERENCES documents(id),"
    "  page INTEGER NOT NULL,"
    "  width INTEGER NOT NULL,"
    "  height INTEGER NOT NULL,"
    "  png BLOB NOT NULL,"
    "  PRIMARY KEY (doc_id, page));";

static const char *const MIGRATIONS[FI_SCHEMA_VERSION + 1] = {
    [1] = SCHEMA_V1,
    [2] = SCHEMA_V2,
    [3] = SCHEMA_V3,
};

int fi_store_schema_latest(void)
{
    return FI_SCHEMA_VERSION;
}

/* One integer from a PRAGMA or count; -1 on error. */
static long long one_int(fi_store *s, const char *sql)
{
    sqlite3_stmt *st = NULL;
    long long v = -1;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static int exec_script(fi_store *s, const char *sql, char **err, const char *what)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        *err = fi_errf("%s: %s (database %s)", what, msg ? msg : sqlite3_errmsg(s->db), s->path);
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

int fi_schema_migrate(fi_store *s, char **err)
{
    /* The usual case, a store already current, takes no lock: a command
     * that only reads does not wait for a writer. */
    if (one_int(s, "PRAGMA user_version") == FI_SCHEMA_VERSION &&
        one_int(s, "PRAGMA application_id") == FI_APPLICATION_ID) {
        s->version = FI_SCHEMA_VERSION;
        return 0;
    }
    /* Else checked and migrated under the write lock, so that two
     * processes opening a new file at once do not both create the tables. */
    if (exec_script(s, "BEGIN IMMEDIATE", err, "cannot lock the database"))
        return -1;
    long long version = one_int(s, "PRAGMA user_version");
    long long app = one_int(s, "PRAGMA application_id");
    long long tables = one_int(s, "SELECT count(*) FROM sqlite_schema");
    if (version < 0 || app < 0 || tables < 0) {
        *err = fi_errf("cannot read %s: %s; is it an SQLite database?", s->path,
                       sqlite3_errmsg(s->db));
        goto fail;
    }
    if (app != FI_APPLICATION_ID && (tables > 0 || version != 0)) {
        *err = fi_errf("%s is an SQLite database but not a faxintake store; give another "
                       "file with --db", s->path);
        goto fail;
    }
    if (version > FI_SCHEMA_VERSION) {
        *err = fi_errf("%s has schema version %lld, newer than this faxintake knows (%d); "
                       "use a newer faxintake", s->path, version, FI_SCHEMA_VERSION);
        goto fail;
    }
    if (exec_script(s, "COMMIT", err, "cannot read the schema"))
        return -1;
    int from = (int)version;
    for (int v = from + 1; v <= FI_SCHEMA_VERSION; v++) {
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v);
        char what[64];
        snprintf(what, sizeof what, "migrating to schema version %d", v);
        if (exec_script(s, "BEGIN IMMEDIATE", err, "cannot lock the database"))
            return -1;
        /* Another process may have migrated while we waited for the lock. */
        if (one_int(s, "PRAGMA user_version") >= v) {
            if (exec_script(s, "COMMIT", err, what))
                return -1;
            continue;
        }
        char app_pragma[64];
        snprintf(app_pragma, sizeof app_pragma, "PRAGMA application_id = %d", FI_APPLICATION_ID);
        if (exec_script(s, MIGRATIONS[v], err, what) || exec_script(s, pragma, err, what) ||
            exec_script(s, app_pragma, err, what))
            goto fail;
        s->version = v;
        /* The audit log exists from version 2 on: record the whole step. */
        if (v == FI_SCHEMA_VERSION) {
            char old_s[16], new_s[16];
            snprintf(old_s, sizeof old_s, "%d", from);
            snprintf(new_s, sizeof new_s, "%d", v);
            if (fi_audit_add(s, "system", "schema", 0, 0, NULL, from ? old_s : NULL, new_s, err))
                goto fail;
        }
        if (exec_script(s, "COMMIT", err, what))
            goto fail;
    }
    s->version = FI_SCHEMA_VERSION;
    return 0;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}
