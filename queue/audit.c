/*
 * audit.c: the append-only audit log and its hash chain.
 *
 * Each row's hash is the SHA-256 of the previous row's hash followed by
 * every column of the row, each written as its length and bytes (or "-"
 * for NULL), so that no two different rows serialize alike.  Changing,
 * removing or inserting a row in the middle therefore breaks the chain at
 * that row or the next; `faxintake audit verify` walks it.  A chain cannot
 * show that its last rows were cut off: verify prints the row count and
 * the last hash so that they can be recorded somewhere else (a daily
 * e-mail, a ticket) and compared later.
 */
#include <cjson/cJSON.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

#define GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

static void put_text(crypto_hash_sha256_state *h, const char *text)
{
    char len[32];
    if (!text) {
        crypto_hash_sha256_update(h, (const unsigned char *)"-\n", 2);
        return;
    }
    size_t n = strlen(text);
    int k = snprintf(len, sizeof len, "%zu:", n);
    crypto_hash_sha256_update(h, (const unsigned char *)len, (unsigned long long)k);
    crypto_hash_sha256_update(h, (const unsigned char *)text, (unsigned long long)n);
    crypto_hash_sha256_update(h, (const unsigned char *)"\n", 1);
}

static void put_id(crypto_hash_sha256_state *h, long long id)
{
    char buf[32];
    if (!id) {
        put_text(h, NULL);
        return;
    }
    snprintf(buf, sizeof buf, "%lld", id);
    put_text(h, buf);
}

static void row_hash(const char *prev, long long id, const char *at, const char *actor,
                     const char *action, long long doc_id, long long ref_id, const char *field,
                     const char *old_value, const char *new_value, char out[65])
{
    crypto_hash_sha256_state h;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_init(&h);
    put_text(&h, prev);
    put_id(&h, id);
    put_text(&h, at);
    put_text(&h, actor);
    put_text(&h, action);
    put_id(&h, doc_id);
    put_id(&h, ref_id);
    put_text(&h, field);
    put_text(&h, old_value);
    put_text(&h, new_value);
    crypto_hash_sha256_final(&h, digest);
    sodium_bin2hex(out, 65, digest, sizeof digest);
}

int fi_audit_add(fi_store *s, const char *actor, const char *action, long long doc_id,
                 long long referral_id, const char *field, const char *old_value,
                 const char *new_value, char **err)
{
    char prev[65] = GENESIS, hash[65], at[32];
    long long id = 1;
    sqlite3_stmt *st = fi_stmt(s, Q_AUDIT_LAST, err);
    if (!st)
        return -1;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        id = sqlite3_column_int64(st, 0) + 1;
        const unsigned char *h = sqlite3_column_text(st, 1);
        if (h)
            snprintf(prev, sizeof prev, "%s", (const char *)h);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot read the audit log");
        return -1;
    }
    fi_iso_time(fi_now(s), at);
    row_hash(prev, id, at, actor, action, doc_id, referral_id, field, old_value, new_value, hash);
    st = fi_stmt(s, Q_AUDIT_INSERT, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, id);
    fi_bind_text(st, 2, at);
    fi_bind_text(st, 3, actor);
    fi_bind_text(st, 4, action);
    fi_bind_id(st, 5, doc_id);
    fi_bind_id(st, 6, referral_id);
    fi_bind_text(st, 7, field);
    fi_bind_text(st, 8, old_value);
    fi_bind_text(st, 9, new_value);
    fi_bind_text(st, 10, hash);
    return fi_exec(s, st, "cannot write the audit log", err);
}

static const char *col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

int fi_store_audit_verify(fi_store *s, long long *rows, char head[65], char **err)
{
    *err = NULL;
    *rows = 0;
    char prev[65] = GENESIS, want[65];
    long long expect_id = 1, after = 0;
    int broken = 0;
    snprintf(head, 65, "%s", GENESIS);
    /* Read in pages, so that a long log does not hold one read transaction
     * open while intake writes. */
    for (;;) {
        sqlite3_stmt *st = fi_stmt(s, Q_AUDIT_FROM, err);
        if (!st)
            return -1;
        sqlite3_bind_int64(st, 1, after);
        sqlite3_bind_int64(st, 2, 10000);
        int n = 0, rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            long long id = sqlite3_column_int64(st, 0);
            const char *hash = col(st, 9);
            n++;
            after = id;
            if (id != expect_id) {
                *err = fi_errf("audit rows %lld to %lld are missing: rows were deleted",
                               expect_id, id - 1);
                broken = 1;
                break;
            }
            row_hash(prev, id, col(st, 1), col(st, 2), col(st, 3), sqlite3_column_int64(st, 4),
                     sqlite3_column_int64(st, 5), col(st, 6), col(st, 7), col(st, 8), want);
            if (!hash || strcmp(hash, want) != 0) {
                *err = fi_errf("audit row %lld (%s, %s by %s) does not match its hash: it or "
                               "the row before it was changed after it was written",
                               id, col(st, 1) ? col(st, 1) : "?", col(st, 3) ? col(st, 3) : "?",
                               col(st, 2) ? col(st, 2) : "?");
                broken = 1;
                break;
            }
            snprintf(prev, sizeof prev, "%s", hash);
            expect_id++;
            (*rows)++;
        }
        sqlite3_reset(st);
        if (broken)
            return 1;
        if (rc != SQLITE_DONE) {
            *err = fi_sqlerr(s, "cannot read the audit log");
            return -1;
        }
        if (n == 0)
            break;
    }
    snprintf(head, 65, "%s", prev);
    return 0;
}

cJSON *fi_audit_row_json(sqlite3_stmt *st)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    static const char *const KEYS[] = {"id", "at", "actor", "action", "document", "referral",
                                       "field", "old", "new"};
    for (int i = 0; i < 9; i++) {
        if (sqlite3_column_type(st, i) == SQLITE_NULL)
            continue;
        if (i == 0 || i == 4 || i == 5)
            cJSON_AddNumberToObject(o, KEYS[i], (double)sqlite3_column_int64(st, i));
        else
            cJSON_AddStringToObject(o, KEYS[i], col(st, i));
    }
    return o;
}

int fi_store_audit_json(fi_store *s, long long after_id, long long limit, char **json,
                        char **err)
{
    *err = NULL;
    *json = NULL;
    cJSON *arr = cJSON_CreateArray();
    sqlite3_stmt *st = arr ? fi_stmt(s, Q_AUDIT_FROM, err) : NULL;
    if (!st) {
        cJSON_Delete(arr);
        if (!*err)
            *err = fi_errf("out of memory");
        return -1;
    }
    sqlite3_bind_int64(st, 1, after_id);
    sqlite3_bind_int64(st, 2, limit > 0 ? limit : 100);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        cJSON_AddItemToArray(arr, fi_audit_row_json(st));
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        cJSON_Delete(arr);
        *err = fi_sqlerr(s, "cannot read the audit log");
        return -1;
    }
    *json = cJSON_Print(arr);
    cJSON_Delete(arr);
    return *json ? 0 : -1;
}
