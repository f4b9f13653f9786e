/*
 * store.c: opening the store, the statement cache and transactions, and
 * recording documents as the intake reads them.
 *
 * Durability: WAL with synchronous=FULL, so a document the intake was told
 * is stored survives a power cut; the drop-folder file is only moved away
 * after that commit.  Concurrency: every change runs in BEGIN IMMEDIATE,
 * which takes the write lock up front, so two processes never both read
 * "item 7 is free" and then both write "mine"; the loser waits (busy
 * timeout) and then sees the first one's claim.
 *
 * The OCR words are kept per page, compressed: they are nine tenths of a
 * document's bytes and are read back only to re-run the rules.  A resend
 * of a byte-identical file shares the first document's words.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "../extract/result.h"
#include "store_int.h"

enum { BUSY_TIMEOUT_MS = 10000, DEFAULT_LEASE_S = 900, DEFAULT_LINK_DAYS = 30 };

/* ------------------------------------------------------------ helpers */

long long fi_now(const fi_store *s)
{
    return s->fixed_now ? s->fixed_now : (long long)time(NULL);
}

void fi_iso_time(long long t, char buf[32])
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) || strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
        snprintf(buf, 32, "1970-01-01T00:00:00Z");
}

/* n digits at *p into *v; advances p. */
static int digits(const char **p, int n, int *v)
{
    int x = 0;
    for (int i = 0; i < n; i++) {
        char c = (*p)[i];
        if (c < '0' || c > '9')
            return -1;
        x = x * 10 + (c - '0');
    }
    *p += n;
    *v = x;
    return 0;
}

long long fi_parse_iso(const char *text)
{
    const char *p = text;
    int y, mo, d, h = 0, mi = 0, se = 0;
    if (!p || digits(&p, 4, &y) || *p++ != '-' || digits(&p, 2, &mo) || *p++ != '-' ||
        digits(&p, 2, &d))
        return -1;
    if (*p == 'T' || *p == ' ') {
        p++;
        if (digits(&p, 2, &h) || *p++ != ':' || digits(&p, 2, &mi))
            return -1;
        if (*p == ':') {
            p++;
            if (digits(&p, 2, &se))
                return -1;
        }
        if (*p == 'Z')
            p++;
    }
    if (*p || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
        return -1;
    struct tm tm = {.tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = h,
                    .tm_min = mi, .tm_sec = se};
    return (long long)timegm(&tm);
}

char *fi_sqlerr(fi_store *s, const char *what)
{
    int code = sqlite3_errcode(s->db);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return fi_errf("%s: the database %s stayed locked by another process for %d s; try "
                       "again", what, s->path, BUSY_TIMEOUT_MS / 1000);
    if (code == SQLITE_FULL)
        return fi_errf("%s: the disk holding %s is full", what, s->path);
    if (code == SQLITE_READONLY)
        return fi_errf("%s: %s is read-only here; check its permissions and its folder's",
                       what, s->path);
    return fi_errf("%s: %s (database %s)", what, sqlite3_errmsg(s->db), s->path);
}

sqlite3_stmt *fi_stmt(fi_store *s, fi_q q, char **err)
{
    sqlite3_stmt *st = s->stmt[q];
    if (!st) {
        if (sqlite3_prepare_v3(s->db, fi_sql(q), -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) !=
            SQLITE_OK) {
            *err = fi_sqlerr(s, "cannot prepare a query");
            return NULL;
        }
        s->stmt[q] = st;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return st;
}

static void reset_all(fi_store *s)
{
    for (int i = 0; i < Q_COUNT; i++)
        if (s->stmt[i])
            sqlite3_reset(s->stmt[i]);
}

int fi_exec(fi_store *s, sqlite3_stmt *st, const char *what, char **err)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        *err = fi_sqlerr(s, what);
        return -1;
    }
    return 0;
}

void fi_bind_text(sqlite3_stmt *st, int i, const char *text)
{
    if (text)
        sqlite3_bind_text(st, i, text, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

void fi_bind_field(sqlite3_stmt *st, long long doc_id, int field, const fi_value *v,
                   const char *value)
{
    sqlite3_bind_int64(st, 1, doc_id);
    fi_bind_text(st, 2, FI_FIELDS[field].name);
    fi_bind_text(st, 3, value);
    sqlite3_bind_double(st, 4, v->conf);
    if (v->page > 0) {
        sqlite3_bind_int(st, 5, v->page);
        sqlite3_bind_int(st, 6, v->x0);
        sqlite3_bind_int(st, 7, v->y0);
        sqlite3_bind_int(st, 8, v->x1);
        sqlite3_bind_int(st, 9, v->y1);
    }
    fi_bind_text(st, 10, v->rule);
    sqlite3_bind_int(st, 11, v->review ? 1 : 0);
}

void fi_bind_id(sqlite3_stmt *st, int i, long long id)
{
    if (id)
        sqlite3_bind_int64(st, i, id);
    else
        sqlite3_bind_null(st, i);
}

char *fi_col_dup(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? strdup((const char *)t) : NULL;
}

int fi_tx_begin(fi_store *s, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, s->batch ? Q_SAVEPOINT : Q_BEGIN, err);
    return st ? fi_exec(s, st, "cannot start a transaction", err) : -1;
}

int fi_tx_end(fi_store *s, int ok, char **err)
{
    char *ignored = NULL;
    reset_all(s);
    if (ok) {
        sqlite3_stmt *st = fi_stmt(s, s->batch ? Q_RELEASE : Q_COMMIT, err);
        if (st && fi_exec(s, st, "cannot commit", err) == 0)
            return 0;
        /* fall through: a failed COMMIT leaves the transaction open */
        err = &ignored;
    }
    if (s->batch) {
        sqlite3_stmt *st = fi_stmt(s, Q_ROLLBACK_TO, &ignored);
        if (st)
            fi_exec(s, st, "rollback", &ignored);
        st = fi_stmt(s, Q_RELEASE, &ignored);
        if (st)
            fi_exec(s, st, "rollback", &ignored);
    } else if (!sqlite3_get_autocommit(s->db)) {
        sqlite3_stmt *st = fi_stmt(s, Q_ROLLBACK, &ignored);
        if (st)
            fi_exec(s, st, "rollback", &ignored);
    }
    free(ignored);
    return -1;
}

char *fi_fold_name(const char *name)
{
    if (!name)
        return NULL;
    char *out = malloc(strlen(name) + 1);
    size_t n = 0;
    if (!out)
        return NULL;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (*p >= 'A' && *p <= 'Z')
            out[n++] = (char)(*p - 'A' + 'a');
        else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p >= 0x80)
            out[n++] = (char)*p;
    }
    out[n] = '\0';
    return out;
}

static void sql_fold(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *t = (const char *)sqlite3_value_text(argv[0]);
    char *f = fi_fold_name(t);
    if (f)
        sqlite3_result_text(ctx, f, -1, free);
    else
        sqlite3_result_null(ctx);
}

char *fi_json_string(const char *json)
{
    if (!json)
        return NULL;
    cJSON *v = cJSON_Parse(json);
    char *s = cJSON_IsString(v) ? strdup(v->valuestring) : NULL;
    cJSON_Delete(v);
    return s;
}

int fi_urgency_rank(const char *urgency)
{
    if (urgency && strcmp(urgency, "stat") == 0)
        return 0;
    if (urgency && strcmp(urgency, "urgent") == 0)
        return 1;
    return 2;
}

const char *fi_urgency_name(int rank)
{
    return rank == 0 ? "stat" : rank == 1 ? "urgent" : "routine";
}

int fi_check_user(const char *user, char **err)
{
    if (!user || !*user) {
        *err = fi_errf("say who you are with --as USER (or FAXINTAKE_USER): every change is "
                       "audited under a name");
        return -1;
    }
    size_t n = strlen(user);
    if (n > 64) {
        *err = fi_errf("user name '%.20s...' is longer than 64 characters", user);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)user[i] < 0x21 || user[i] == 0x7f) {
            *err = fi_errf("user name '%s' has a space or control character; use a login "
                           "name", user);
            return -1;
        }
    if (strncmp(user, "system", 6) == 0 || strncmp(user, "rules:", 6) == 0 ||
        strcmp(user, "intake") == 0) {
        *err = fi_errf("user name '%s' is reserved for the store's own audit rows", user);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------- open, close */

/* An integer setting from the environment, def when unset. */
static int env_int(const char *name, int def, int min, int max, int *out, char **err)
{
    const char *v = getenv(name);
    *out = def;
    if (!v || !*v)
        return 0;
    char *end = NULL;
    long n = strtol(v, &end, 10);
    if (*end || n < min || n > max) {
        *err = fi_errf("%s='%s' is not a whole number from %d to %d", name, v, min, max);
        return -1;
    }
    *out = (int)n;
    return 0;
}

void fi_store_close(fi_store *s)
{
    if (!s)
        return;
    for (int i = 0; i < Q_COUNT; i++)
        sqlite3_finalize(s->stmt[i]);
    if (s->db)
        sqlite3_close(s->db);
    if (s->zs) {
        deflateEnd(s->zs);
        free(s->zs);
    }
    free(s->zbuf);
    free(s->path);
    free(s);
}

int fi_store_open(fi_store **out, const char *path, char **err)
{
    *out = NULL;
    *err = NULL;
    fi_store *s = calloc(1, sizeof *s);
    char *msg = NULL;
    if (!s || !(s->path = strdup(path))) {
        *err = fi_errf("out of memory opening %s", path);
        goto fail;
    }
    /* Settings every process of a site must share come from the
     * environment (see fi_store_open in store.h); bad values are refused
     * rather than silently replaced. */
    if (env_int("FAXINTAKE_LEASE_SECONDS", DEFAULT_LEASE_S, 30, 86400, &s->lease_seconds, err) ||
        env_int("FAXINTAKE_LINK_DAYS", DEFAULT_LINK_DAYS, 0, 3650, &s->link_days, err))
        goto fail;
    if (sodium_init() < 0) {
        *err = fi_errf("cannot initialize libsodium (audit hashes)");
        goto fail;
    }
    int rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                                               SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        *err = fi_errf("cannot open the store %s: %s; does its folder exist and may you write "
                       "there?", path, s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
        goto fail;
    }
    sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
    sqlite3_extended_result_codes(s->db, 0);
    /* journal_mode answers with a row; the rest answer nothing. */
    /* A 16 MB page cache (allocated as used) keeps a bulk load's index
     * pages in memory instead of spilling them to the WAL again and again. */
    if (sqlite3_exec(s->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                            "PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384;",
                     NULL, NULL, &msg) != SQLITE_OK) {
        *err = fi_errf("cannot set up %s: %s", path, msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        goto fail;
    }
    if (sqlite3_create_function(s->db, "fi_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                sql_fold, NULL, NULL) != SQLITE_OK) {
        *err = fi_sqlerr(s, "cannot register fi_fold");
        goto fail;
    }
    if (fi_schema_migrate(s, err))
        goto fail;
    *out = s;
    return 0;
fail:
    fi_store_close(s);
    return -1;
}

void fi_store_set_now(fi_store *s, long long now)
{
    s->fixed_now = now;
}

void fi_store_set_lease_seconds(fi_store *s, int seconds)
{
    s->lease_seconds = seconds > 0 ? seconds : DEFAULT_LEASE_S;
}

void fi_store_set_link_days(fi_store *s, int days)
{
    s->link_days = days >= 0 ? days : DEFAULT_LINK_DAYS;
}

int fi_store_schema_version(fi_store *s)
{
    return s->version;
}

int fi_store_batch_begin(fi_store *s, char **err)
{
    *err = NULL;
    if (s->batch) {
        *err = fi_errf("a batch is already open on this store");
        return -1;
    }
    sqlite3_stmt *st = fi_stmt(s, Q_BEGIN, err);
    if (!st || fi_exec(s, st, "cannot start a batch", err))
        return -1;
    s->batch = 1;
    return 0;
}

int fi_store_batch_end(fi_store *s, int commit, char **err)
{
    *err = NULL;
    if (!s->batch) {
        *err = fi_errf("no batch is open on this store");
        return -1;
    }
    s->batch = 0;
    reset_all(s);
    sqlite3_stmt *st = fi_stmt(s, commit ? Q_COMMIT : Q_ROLLBACK, err);
    if (st && fi_exec(s, st, commit ? "cannot commit the batch" : "cannot roll back", err) == 0)
        return 0;
    if (!sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}

/* -------------------------------------------------------- documents */

static int valid_sha(const char *sha)
{
    if (!sha || strlen(sha) != 64)
        return 0;
    for (const char *p = sha; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
            return 0;
    return 1;
}

int fi_store_find_sha(fi_store *s, const char *sha256, long long *id, char **err)
{
    *err = NULL;
    fi_q qs[2] = {Q_DOC_FIRST_BY_SHA, Q_QUAR_BY_SHA};
    for (int k = 0; k < 2; k++) {
        sqlite3_stmt *st = fi_stmt(s, qs[k], err);
        if (!st)
            return -1;
        fi_bind_text(st, 1, sha256);
        int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            if (id)
                *id = sqlite3_column_int64(st, 0);
            sqlite3_reset(st);
            return 1;
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            *err = fi_sqlerr(s, "cannot look up a file hash");
            return -1;
        }
    }
    return 0;
}

int fi_store_quarantine(fi_store *s, const char *sha256, const char *file_name,
                        const char *reason, char **err)
{
    *err = NULL;
    char now[32];
    fi_iso_time(fi_now(s), now);
    if (fi_tx_begin(s, err))
        return -1;
    sqlite3_stmt *st = fi_stmt(s, Q_QUAR_INSERT, err);
    int ok = st != NULL;
    if (ok) {
        fi_bind_text(st, 1, sha256);
        fi_bind_text(st, 2, file_name);
        fi_bind_text(st, 3, reason ? reason : "unknown");
        fi_bind_text(st, 4, now);
        ok = fi_exec(s, st, "cannot record the quarantined file", err) == 0;
    }
    ok = ok && fi_audit_add(s, "intake", "quarantine", 0, 0, NULL, file_name, reason, err) == 0;
    return fi_tx_end(s, ok, err);
}

/* Deflates text into s->zbuf with the store's one deflate stream: a new
 * stream per page would allocate and free its 256 kB state every time. */
static int deflate_text(fi_store *s, const char *text, size_t len, size_t *zlen)
{
    z_stream *z = s->zs;
    if (!z) {
        z = calloc(1, sizeof *z);
        if (!z || deflateInit(z, 6) != Z_OK) {
            free(z);
            return -1;
        }
        s->zs = z;
    } else if (deflateReset(z) != Z_OK) {
        return -1;
    }
    size_t bound = deflateBound(z, (uLong)len);
    if (bound > s->zcap) {
        unsigned char *grown = realloc(s->zbuf, bound);
        if (!grown)
            return -1;
        s->zbuf = grown;
        s->zcap = bound;
    }
    z->next_in = (Bytef *)text;
    z->avail_in = (uInt)len;
    z->next_out = s->zbuf;
    z->avail_out = (uInt)bound;
    if (deflate(z, Z_FINISH) != Z_STREAM_END)
        return -1;
    *zlen = bound - z->avail_out;
    return 0;
}

/* Stores page i of doc: its words as fi_doc_pages_to_json() writes a page,
 * compressed.  The page is serialized through a one-page view of the
 * document, so the words are turned into JSON once. */
static int insert_page(fi_store *s, long long doc_id, const fi_doc *doc, size_t i, char **err)
{
    static const char *const HOW[] = {"ocr", "text_layer", "blank"};
    const fi_page *p = &doc->pages[i];
    fi_doc view = *doc;
    view.npages = 1;
    view.pages = (fi_page *)p;
    char *json = fi_doc_pages_to_json(&view);
    int pageno = (int)i + 1, rc = -1;
    size_t len = json ? strlen(json) : 0, zlen = 0;
    /* "[{...}]" -> "{...}" */
    if (!json || len < 2 || json[0] != '[' || json[len - 1] != ']') {
        *err = fi_errf("out of memory storing page %d", pageno);
        goto done;
    }
    if (deflate_text(s, json + 1, len - 2, &zlen)) {
        *err = fi_errf("cannot compress the words of page %d", pageno);
        goto done;
    }
    sqlite3_stmt *st = fi_stmt(s, Q_PAGE_INSERT, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, doc_id);
    sqlite3_bind_int(st, 2, pageno);
    fi_bind_text(st, 3, (unsigned)p->how < 3 ? HOW[p->how] : "ocr");
    sqlite3_bind_int(st, 4, p->rotation);
    sqlite3_bind_double(st, 5, p->mean_conf);
    sqlite3_bind_int64(st, 6, (long long)p->nwords);
    fi_bind_text(st, 7, p->note);
    sqlite3_bind_int64(st, 8, (long long)(len - 2));
    sqlite3_bind_blob(st, 9, s->zbuf, (int)zlen, SQLITE_STATIC);
    rc = fi_exec(s, st, "cannot store a page", err);
    if (rc == 0 && p->png && p->png_len) {
        st = fi_stmt(s, Q_IMAGE_INSERT, err);
        if (!st) {
            rc = -1;
            goto done;
        }
        sqlite3_bind_int64(st, 1, doc_id);
        sqlite3_bind_int(st, 2, pageno);
        sqlite3_bind_int(st, 3, p->width);
        sqlite3_bind_int(st, 4, p->height);
        sqlite3_bind_blob64(st, 5, p->png, p->png_len, SQLITE_STATIC);
        rc = fi_exec(s, st, "cannot store a page image", err);
    }
done:
    free(json);
    return rc;
}

static int insert_pages(fi_store *s, long long doc_id, const fi_doc *doc, char **err)
{
    for (size_t i = 0; i < doc->npages; i++)
        if (insert_page(s, doc_id, doc, i, err))
            return -1;
    return 0;
}

static int insert_fields(fi_store *s, long long doc_id, const fi_result *res, char **err)
{
    for (int i = 0; i < FI_NFIELDS; i++) {
        const fi_value *v = &res->values[i];
        if (!v->found)
            continue;
        char *value = fi_result_value(res, FI_FIELDS[i].name);
        sqlite3_stmt *st = fi_stmt(s, Q_FIELD_INSERT, err);
        if (!value || !st) {
            free(value);
            if (!*err)
                *err = fi_errf("out of memory storing field %s", FI_FIELDS[i].name);
            return -1;
        }
        fi_bind_field(st, doc_id, i, v, value);
        int rc = fi_exec(s, st, "cannot store a field", err);
        free(value);
        if (rc)
            return -1;
    }
    return 0;
}

/* The text of field name in res, or NULL (borrowed). */
static const char *res_text(const fi_result *res, const char *name)
{
    int i = fi_field_index(name);
    if (!res || i < 0 || !res->values[i].found)
        return NULL;
    return res->values[i].text;
}

/* Looks for an open referral of the same patient, MRN+DOB first (the
 * stronger identity), then last name+DOB.  Returns 1 with *ref, *link_doc
 * and *link set, 0 when none, -1 on error. */
static int find_referral(fi_store *s, const char *dob, const char *mrn, const char *key,
                         const char *since, long long *ref, long long *link_doc,
                         const char **link, char **err)
{
    struct {
        fi_q q;
        const char *arg;
        const char *name;
    } tries[2] = {{Q_REF_FIND_MRN, mrn, "mrn_dob"}, {Q_REF_FIND_NAME, key, "name_dob"}};
    if (!dob)
        return 0;
    for (int k = 0; k < 2; k++) {
        if (!tries[k].arg || !*tries[k].arg)
            continue;
        sqlite3_stmt *st = fi_stmt(s, tries[k].q, err);
        if (!st)
            return -1;
        fi_bind_text(st, 1, dob);
        fi_bind_text(st, 2, tries[k].arg);
        fi_bind_text(st, 3, since);
        int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *ref = sqlite3_column_int64(st, 0);
            *link_doc = sqlite3_column_int64(st, 1);
            *link = tries[k].name;
            sqlite3_reset(st);
            return 1;
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            *err = fi_sqlerr(s, "cannot look for the patient's open referral");
            return -1;
        }
    }
    return 0;
}

int fi_history_add(fi_store *s, long long ref, const char *at, const char *actor,
                       const char *from, const char *to, const char *date, const char *reason,
                       char **err)
{
    sqlite3_stmt *st = fi_stmt(s, Q_HIST_INSERT, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, ref);
    fi_bind_text(st, 2, at);
    fi_bind_text(st, 3, actor);
    fi_bind_text(st, 4, from);
    fi_bind_text(st, 5, to);
    fi_bind_text(st, 6, date);
    fi_bind_text(st, 7, reason);
    return fi_exec(s, st, "cannot record the referral's history", err);
}

/* Opens a new referral (status received) for a document. */
int fi_referral_open(fi_store *s, const char *at, const char *key, const char *dob,
                         const char *mrn, const char *actor, long long *ref, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, Q_REF_INSERT, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, at);
    fi_bind_text(st, 2, key && *key ? key : NULL);
    fi_bind_text(st, 3, dob);
    fi_bind_text(st, 4, mrn);
    if (fi_exec(s, st, "cannot open a referral", err))
        return -1;
    *ref = sqlite3_last_insert_rowid(s->db);
    return fi_history_add(s, *ref, at, actor, NULL, "received", NULL, NULL, err);
}

/* The copied urgency of a resend, from the first document's fields. */
static int copied_rank(fi_store *s, long long doc_id, int *rank, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, Q_FIELD_GET, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    fi_bind_text(st, 2, "urgency");
    char *u = NULL;
    if (sqlite3_step(st) == SQLITE_ROW) {
        char *json = fi_col_dup(st, 0);
        u = fi_json_string(json);
        free(json);
    }
    sqlite3_reset(st);
    *rank = fi_urgency_rank(u);
    free(u);
    return 0;
}

int fi_store_add_document(fi_store *s, const fi_store_doc_info *info, const fi_doc *doc,
                          const fi_result *res, long long *id, long long *duplicate_of,
                          char **err)
{
    *err = NULL;
    if (id)
        *id = 0;
    if (duplicate_of)
        *duplicate_of = 0;
    if (!info || !valid_sha(info->sha256) || !info->file_name) {
        *err = fi_errf("a document needs its sha256 (64 lower-case hex digits) and file name");
        return -1;
    }
    char now[32], received[32], since[32];
    fi_iso_time(fi_now(s), now);
    long long t_received = info->received_at ? fi_parse_iso(info->received_at) : fi_now(s);
    if (t_received < 0) {
        *err = fi_errf("received_at '%s' is not an ISO 8601 time (YYYY-MM-DDTHH:MM:SSZ)",
                       info->received_at);
        return -1;
    }
    fi_iso_time(t_received, received);
    fi_iso_time(t_received - (long long)s->link_days * 86400, since);

    char *key = fi_fold_name(res_text(res, "patient_last_name"));
    const char *dob = res_text(res, "patient_dob");
    const char *mrn = res_text(res, "patient_mrn");
    long long first = 0, first_ref = 0, first_words = 0, first_pages = 0, ref = 0, link_doc = 0;
    long long doc_id = 0;
    const char *link = "new";
    int rank = fi_urgency_rank(res_text(res, "urgency"));
    int ok = 0;

    if (fi_tx_begin(s, err)) {
        free(key);
        return -1;
    }
    sqlite3_stmt *st = fi_stmt(s, Q_DOC_FIRST_BY_SHA, err);
    if (!st)
        goto done;
    fi_bind_text(st, 1, info->sha256);
    if (sqlite3_step(st) == SQLITE_ROW) {
        first = sqlite3_column_int64(st, 0);
        first_ref = sqlite3_column_int64(st, 1);
        first_words = sqlite3_column_int64(st, 2);
        first_pages = sqlite3_column_int64(st, 3);
    }
    sqlite3_reset(st);
    if (!first && !doc) {
        *err = fi_errf("%s: no words given and no stored document has sha256 %s",
                       info->file_name, info->sha256);
        goto done;
    }
    if (first) {
        ref = first_ref;
        link = "duplicate";
        link_doc = first;
        if (!res && copied_rank(s, first, &rank, err))
            goto done;
    } else {
        int found = s->link_days > 0 ? find_referral(s, dob, mrn, key, since, &ref, &link_doc,
                                                     &link, err)
                                      : 0;
        if (found < 0)
            goto done;
        if (!found && fi_referral_open(s, received, key, dob, mrn, "intake", &ref, err))
            goto done;
    }

    st = fi_stmt(s, Q_DOC_INSERT, err);
    if (!st)
        goto done;
    fi_bind_text(st, 1, info->sha256);
    fi_bind_text(st, 2, info->file_name);
    fi_bind_text(st, 3, received);
    fi_bind_text(st, 4, info->sender_json ? info->sender_json : doc ? doc->meta : NULL);
    sqlite3_bind_int64(st, 5, doc ? (long long)doc->npages : first_pages);
    if (res)
        sqlite3_bind_double(st, 6, fi_result_completeness(res));
    fi_bind_id(st, 7, first);
    sqlite3_bind_int64(st, 8, ref);
    fi_bind_text(st, 9, link);
    fi_bind_id(st, 10, link_doc);
    fi_bind_id(st, 11, first ? (first_words ? first_words : first) : 0);
    fi_bind_text(st, 12, res ? now : NULL);
    if (fi_exec(s, st, "cannot store the document", err))
        goto done;
    doc_id = sqlite3_last_insert_rowid(s->db);

    /* A resend's words are the first document's: they are not stored twice. */
    if (!first && insert_pages(s, doc_id, doc, err))
        goto done;
    if (res) {
        if (insert_fields(s, doc_id, res, err))
            goto done;
    } else {
        st = fi_stmt(s, Q_FIELDS_COPY, err);
        if (!st)
            goto done;
        sqlite3_bind_int64(st, 1, doc_id);
        sqlite3_bind_int64(st, 2, first);
        if (fi_exec(s, st, "cannot copy the first document's fields", err))
            goto done;
    }

    st = fi_stmt(s, Q_ITEM_INSERT, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, doc_id);
    sqlite3_bind_int(st, 2, rank);
    fi_bind_text(st, 3, received);
    if (fi_exec(s, st, "cannot queue the document for review", err))
        goto done;

    if (strcmp(link, "new") != 0) {
        st = fi_stmt(s, Q_REF_TOUCH, err);
        if (!st)
            goto done;
        sqlite3_bind_int64(st, 1, ref);
        fi_bind_text(st, 2, now);
        fi_bind_text(st, 3, received);
        if (fi_exec(s, st, "cannot update the referral", err))
            goto done;
    }
    if (fi_audit_add(s, "intake", "document.received", doc_id, ref, NULL, NULL, info->file_name,
                     err))
        goto done;
    if (strcmp(link, "new") != 0) {
        char what[96];
        snprintf(what, sizeof what, "%s of document %lld", link, link_doc);
        if (fi_audit_add(s, "intake", "link", doc_id, ref, NULL, NULL, what, err))
            goto done;
    }
    ok = 1;
done:
    free(key);
    if (fi_tx_end(s, ok, err))
        return -1;
    if (id)
        *id = doc_id;
    if (duplicate_of)
        *duplicate_of = first;
    return 0;
}

/* ------------------------------------------------------ loading words */

int fi_store_load_doc(fi_store *s, long long doc_id, fi_doc **out, char **err)
{
    *out = NULL;
    *err = NULL;
    char *file = NULL, *sender = NULL, *json = NULL;
    size_t len = 0, cap = 0;
    long long words_of = doc_id;
    int rc = -1;
    sqlite3_stmt *st = fi_stmt(s, Q_DOC_GET, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        *err = fi_errf("no document %lld in %s", doc_id, s->path);
        return -1;
    }
    file = fi_col_dup(st, 2);
    sender = fi_col_dup(st, 4);
    if (sqlite3_column_type(st, 11) != SQLITE_NULL)
        words_of = sqlite3_column_int64(st, 11);
    sqlite3_reset(st);

    st = fi_stmt(s, Q_PAGES_OF_DOC, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, words_of);
    /* The pages are joined back into the array fi_doc_from_pages_json reads. */
    cap = 4096;
    json = malloc(cap);
    if (!json)
        goto oom;
    json[len++] = '[';
    int rc_step;
    while ((rc_step = sqlite3_step(st)) == SQLITE_ROW) {
        uLongf plen = (uLongf)sqlite3_column_int64(st, 1);
        const void *z = sqlite3_column_blob(st, 2);
        uLong zlen = (uLong)sqlite3_column_bytes(st, 2);
        if (len + plen + 3 > cap) {
            while (len + plen + 3 > cap)
                cap *= 2;
            char *grown = realloc(json, cap);
            if (!grown)
                goto oom;
            json = grown;
        }
        if (len > 1)
            json[len++] = ',';
        uLongf got = plen;
        if (!z || uncompress((Bytef *)json + len, &got, z, zlen) != Z_OK || got != plen) {
            sqlite3_reset(st);
            *err = fi_errf("the words of page %d of document %lld are damaged in %s",
                           sqlite3_column_int(st, 0), doc_id, s->path);
            goto done;
        }
        len += plen;
    }
    sqlite3_reset(st);
    if (rc_step != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot read the words");
        goto done;
    }
    json[len++] = ']';
    json[len] = '\0';
    if (fi_doc_from_pages_json(out, file ? file : "document", json)) {
        *err = fi_errf("the words of document %lld in %s cannot be read back", doc_id, s->path);
        goto done;
    }
    (*out)->meta = sender;
    sender = NULL;
    rc = 0;
    goto done;
oom:
    sqlite3_reset(st);
    *err = fi_errf("out of memory reading document %lld", doc_id);
done:
    free(json);
    free(file);
    free(sender);
    return rc;
}

/* ------------------------------------------------ for the intake daemon */

int fi_store_count_sha(fi_store *s, const char *sha256, long long *count, char **err)
{
    *err = NULL;
    *count = 0;
    sqlite3_stmt *st = fi_stmt(s, Q_COUNT_SHA, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, sha256);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *count = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) {
        *err = fi_sqlerr(s, "cannot count the records of a file hash");
        return -1;
    }
    return 0;
}

int fi_store_intake_counts(fi_store *s, const char *since, fi_store_intake_stats *out,
                           char **err)
{
    *err = NULL;
    memset(out, 0, sizeof *out);
    long long t = fi_parse_iso(since);
    char from[32];
    if (t < 0) {
        *err = fi_errf("'%s' is not an ISO 8601 UTC time", since ? since : "");
        return -1;
    }
    fi_iso_time(t, from);
    sqlite3_stmt *st = fi_stmt(s, Q_INTAKE_DOCS, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, from);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out->documents = sqlite3_column_int64(st, 0);
        out->duplicates = sqlite3_column_int64(st, 1);
        out->pages = sqlite3_column_int64(st, 2);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) {
        *err = fi_sqlerr(s, "cannot count today's documents");
        return -1;
    }
    st = fi_stmt(s, Q_INTAKE_QUAR, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, from);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        out->quarantined = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) {
        *err = fi_sqlerr(s, "cannot count the quarantined files");
        return -1;
    }
    return 0;
}

int fi_store_list_quarantine(fi_store *s, int limit, fi_store_quarantine_fn fn, void *ctx,
                             char **err)
{
    *err = NULL;
    sqlite3_stmt *st = fi_stmt(s, Q_QUAR_LIST, err);
    if (!st)
        return -1;
    sqlite3_bind_int(st, 1, limit > 0 ? limit : 20);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (fn(ctx, sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
               (const char *)sqlite3_column_text(st, 2), (const char *)sqlite3_column_text(st, 3)))
            break;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot list the quarantine");
        return -1;
    }
    return 0;
}
