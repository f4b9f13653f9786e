/*
 * store_int.h (private to queue/): the store's connection, its table of
 * prepared statements, and the helpers every part of the store shares.
 *
 * Every statement the store runs is in the table of sql.c, indexed by the
 * enum below, prepared the first time it is used and kept for the life of
 * the connection.  A statement is reset when it is fetched and again when
 * a transaction ends, so none holds a read snapshot open between calls.
 */
#ifndef FI_STORE_INT_H
#define FI_STORE_INT_H

#include <cjson/cJSON.h>
#include <sqlite3.h>

#include "../ocr/errf.h"
#include "../extract/result.h"
#include "store.h"

enum { FI_SCHEMA_VERSION = 3 };

typedef enum fi_q {
    /* transactions */
    Q_BEGIN, Q_COMMIT, Q_ROLLBACK, Q_SAVEPOINT, Q_RELEASE, Q_ROLLBACK_TO,
    /* documents, pages, fields, quarantine */
    Q_DOC_FIRST_BY_SHA, Q_QUAR_BY_SHA, Q_DOC_INSERT, Q_DOC_GET, Q_DOC_SET_REFERRAL,
    Q_DOC_SET_EXTRACTED, Q_DOC_IDS_FROM, Q_DOCS_OF_REFERRAL, Q_DOC_PRIMARY, Q_DOC_COUNT_REFERRAL,
    Q_PAGE_INSERT, Q_PAGES_OF_DOC, Q_PAGES_INFO,
    Q_FIELD_INSERT, Q_FIELD_GET, Q_FIELD_SET_EXTRACTED, Q_FIELD_SET_PERSON, Q_FIELD_DELETE,
    Q_FIELDS_OF_DOC, Q_FIELDS_COPY, Q_FIELDS_OF_REFERRAL,
    Q_QUAR_INSERT, Q_COUNT_SHA, Q_INTAKE_DOCS, Q_INTAKE_QUAR, Q_QUAR_LIST,
    /* referrals */
    Q_REF_FIND_MRN, Q_REF_FIND_NAME, Q_REF_INSERT, Q_REF_GET, Q_REF_SET_STATUS, Q_REF_TOUCH,
    Q_REF_SET_KEYS, Q_HIST_INSERT, Q_HIST_OF_REFERRAL, Q_REFS_SINCE,
    /* review items */
    Q_ITEM_INSERT, Q_ITEM_GET, Q_ITEM_HELD, Q_ITEM_NEXT, Q_ITEM_CLAIM, Q_ITEM_RELEASE,
    Q_ITEM_DECIDE, Q_ITEM_SET_RANK, Q_QUEUE_LIST, Q_REVIEWED_DOCS,
    /* audit */
    Q_AUDIT_LAST, Q_AUDIT_INSERT, Q_AUDIT_FROM, Q_AUDIT_OF_DOC,
    /* reports */
    Q_REPORT_REFERRALS, Q_REPORT_DEPTH, Q_REPORT_THROUGHPUT,
    /* users, sessions, page images (v3) */
    Q_USER_INSERT, Q_USER_GET, Q_USER_SET_PASSWORD, Q_USER_SET_DISABLED, Q_USER_LIST, Q_USER_COUNT,
    Q_FAIL_INSERT, Q_FAIL_BY_NAME, Q_FAIL_BY_IP, Q_FAIL_CLEAR, Q_FAIL_PRUNE,
    Q_SESSION_INSERT, Q_SESSION_GET, Q_SESSION_TOUCH, Q_SESSION_DELETE, Q_SESSION_PRUNE,
    Q_SESSION_END_USER, Q_IMAGE_INSERT, Q_IMAGE_GET, Q_QUEUE_FILTER, Q_DOC_REFERRAL,
    Q_COUNT
} fi_q;

struct fi_store {
    sqlite3 *db;
    char *path;                /* as opened, for messages */
    sqlite3_stmt *stmt[Q_COUNT]; /* prepared on first use */
    long long fixed_now;       /* 0: the real clock */
    int lease_seconds;
    int link_days;
    int batch;                 /* 1: inside fi_store_batch_begin() */
    int version;               /* user_version after migration */
    struct z_stream_s *zs;     /* deflate state for page words, reused */
    unsigned char *zbuf;       /* its output buffer */
    size_t zcap;
};

/* The SQL text of a statement (sql.c). */
const char *fi_sql(fi_q q);

/* Runs the migrations from the database's version to FI_SCHEMA_VERSION
 * (schema.c). */
int fi_schema_migrate(fi_store *s, char **err);

/* The statement q, reset and with its bindings cleared, or NULL with *err. */
sqlite3_stmt *fi_stmt(fi_store *s, fi_q q, char **err);

/* A message for the last SQLite error while doing what. */
char *fi_sqlerr(fi_store *s, const char *what);

/* One transaction per state change: BEGIN IMMEDIATE, or a savepoint inside
 * a batch.  end commits when ok is 1, rolls back otherwise (and then
 * returns -1 without touching *err). */
int fi_tx_begin(fi_store *s, char **err);
int fi_tx_end(fi_store *s, int ok, char **err);

/* Steps a statement that returns no row (or whose rows are ignored);
 * resets it.  0 or -1 with *err naming what. */
int fi_exec(fi_store *s, sqlite3_stmt *st, const char *what, char **err);

/* Binds text, or NULL when text is NULL. */
void fi_bind_text(sqlite3_stmt *st, int i, const char *text);
/* Binds an extracted field as parameters 1..11 of the field statements
 * (Q_FIELD_INSERT, Q_FIELD_SET_EXTRACTED): document, name, value (JSON
 * text), confidence, page and box (NULL when none), rule, review flag. */
void fi_bind_field(sqlite3_stmt *st, long long doc_id, int field, const fi_value *v,
                   const char *value);
/* Binds an id, or NULL when id is 0. */
void fi_bind_id(sqlite3_stmt *st, int i, long long id);
/* A column's text duplicated (NULL when NULL). */
char *fi_col_dup(sqlite3_stmt *st, int i);

/* The store's clock, and the time t as "YYYY-MM-DDTHH:MM:SSZ". */
long long fi_now(const fi_store *s);
void fi_iso_time(long long t, char buf[32]);
/* Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS[Z]" into unix time; -1 when
 * not such text. */
long long fi_parse_iso(const char *text);

/* Appends a row to the audit log inside the current transaction. */
int fi_audit_add(fi_store *s, const char *actor, const char *action, long long doc_id,
                 long long referral_id, const char *field, const char *old_value,
                 const char *new_value, char **err);

/* The folded form of a last name used to link documents of one patient:
 * letters and digits only, ASCII lower-cased (also the SQL function
 * fi_fold()).  Caller frees; NULL for NULL. */
char *fi_fold_name(const char *name);

/* A JSON string value's text ("\"Okafor\"" -> "Okafor"), NULL when json is
 * NULL or not a string.  Caller frees. */
char *fi_json_string(const char *json);

/* Urgency word -> rank in the queue (0 stat, 1 urgent, 2 routine) and back. */
int fi_urgency_rank(const char *urgency);
const char *fi_urgency_name(int rank);

/* Recomputes a referral's linking keys (last name, DOB, MRN) from its first
 * document's fields; inside a transaction. */
int fi_referral_update_keys(fi_store *s, long long referral_id, char **err);

/* Moves a referral to status inside the current transaction, checking the
 * transition and writing history and audit rows. */
int fi_referral_move(fi_store *s, long long referral_id, const char *to, const char *date,
                     const char *reason, const char *user, char **err);

/* Opens a new referral (status received, history row by actor) for a
 * patient with these linking keys; *ref receives its id. */
int fi_referral_open(fi_store *s, const char *at, const char *key, const char *dob,
                     const char *mrn, const char *actor, long long *ref, char **err);

/* Appends a row to a referral's status history. */
int fi_history_add(fi_store *s, long long ref, const char *at, const char *actor,
                   const char *from, const char *to, const char *date, const char *reason,
                   char **err);

/* One row of Q_AUDIT_FROM or Q_AUDIT_OF_DOC as a JSON object. */
cJSON *fi_audit_row_json(sqlite3_stmt *st);

/* Validates a user name given with --as. */
int fi_check_user(const char *user, char **err);

/* The merged record of a referral, for export (export.c, review.c). */
typedef struct fi_ref_field {
    char *value;               /* JSON text of the value, NULL: not carried */
    double conf;
    int page, x0, y0, x1, y1;
    int review;
    long long doc_id;          /* document it came from */
    char *set_by;              /* who set it, NULL: extracted */
} fi_ref_field;

typedef struct fi_ref_doc {
    long long id;
    char *file_name, *sha256, *received_at, *link;
    int pages;
    long long duplicate_of;
} fi_ref_doc;

typedef struct fi_ref_hist {
    char *at, *actor, *from, *to, *date, *reason;
} fi_ref_hist;

typedef struct fi_referral {
    long long id;
    char *status, *opened_at, *updated_at, *accepted_at, *scheduled_for;
    fi_ref_field fields[18];   /* in FI_FIELDS order */
    fi_ref_doc *docs;
    size_t ndocs;
    fi_ref_hist *hist;
    size_t nhist;
} fi_referral;

int fi_referral_load(fi_store *s, long long id, fi_referral **out, char **err);
void fi_referral_free(fi_referral *r);

#endif
