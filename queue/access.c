/*
 * access.c: who may use the review server: users with Argon2id password
 * hashes, login with rate limiting, browser sessions and integrators' API
 * tokens, and the audit rows of logins and document views.
 *
 * A session or token is 32 random bytes shown once (hex) to its holder;
 * the store keeps only its SHA-256, so a copy of the database does not
 * hand out logins.  A password is checked even for an unknown user name,
 * so that timing does not tell which names exist.
 */
#include <cjson/cJSON.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

/* Wrong logins allowed per name, and per client address, in the window. */
enum { FAIL_WINDOW = 15 * 60, FAIL_PER_NAME = 5, FAIL_PER_IP = 20 };
/* A session's last_seen is written at most this often: every request
 * would otherwise be a write (and an fsync). */
enum { TOUCH_EVERY = 30 };

int fi_store_role_valid(const char *role)
{
    return role && (strcmp(role, "intake") == 0 || strcmp(role, "admin") == 0);
}

static int check_password_text(const char *password, char **err)
{
    size_t n = password ? strlen(password) : 0;
    if (n < 10) {
        *err = fi_errf("the password is too short: use at least 10 characters");
        return -1;
    }
    if (n > 1024) {
        *err = fi_errf("the password is longer than 1024 characters");
        return -1;
    }
    return 0;
}

static int hash_password(const char *password, char out[crypto_pwhash_STRBYTES], char **err)
{
    if (sodium_init() < 0 ||
        crypto_pwhash_str_alg(out, password, strlen(password), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)) {
        *err = fi_errf("cannot hash the password (out of memory?)");
        return -1;
    }
    return 0;
}

int fi_store_user_add(fi_store *s, const char *name, const char *role, const char *password,
                      const char *actor, char **err)
{
    *err = NULL;
    char hash[crypto_pwhash_STRBYTES], now[32];
    if (fi_check_user(name, err) || fi_check_user(actor, err))
        return -1;
    if (!fi_store_role_valid(role)) {
        *err = fi_errf("unknown role '%s': intake (the queue and documents) or admin (also the "
                       "rules and the audit log)", role ? role : "");
        return -1;
    }
    if (check_password_text(password, err) || hash_password(password, hash, err))
        return -1;
    fi_iso_time(fi_now(s), now);
    if (fi_tx_begin(s, err))
        return -1;
    sqlite3_stmt *st = fi_stmt(s, Q_USER_INSERT, err);
    int ok = st != NULL;
    if (ok) {
        fi_bind_text(st, 1, name);
        fi_bind_text(st, 2, role);
        fi_bind_text(st, 3, hash);
        fi_bind_text(st, 4, now);
        if (sqlite3_step(st) != SQLITE_DONE) {
            *err = sqlite3_extended_errcode(s->db) == SQLITE_CONSTRAINT_PRIMARYKEY
                       ? fi_errf("user %s exists; `faxintake user passwd %s` sets a new "
                                 "password", name, name)
                       : fi_sqlerr(s, "cannot add the user");
            ok = 0;
        }
    }
    ok = ok && fi_audit_add(s, actor, "user.add", 0, 0, name, NULL, role, err) == 0;
    return fi_tx_end(s, ok, err);
}

/* 1 when name is a user, 0 when not, -1 on error; role (16 bytes) and
 * disabled filled when it is. */
static int user_get(fi_store *s, const char *name, char role[16], char hash[crypto_pwhash_STRBYTES],
                    int *disabled, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, Q_USER_GET, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, name);
    int rc = sqlite3_step(st), found = 0;
    if (rc == SQLITE_ROW) {
        const char *r = (const char *)sqlite3_column_text(st, 0);
        const char *h = (const char *)sqlite3_column_text(st, 1);
        snprintf(role, 16, "%s", r ? r : "");
        if (hash)
            snprintf(hash, crypto_pwhash_STRBYTES, "%s", h ? h : "");
        *disabled = sqlite3_column_int(st, 2);
        found = 1;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot read the users");
        return -1;
    }
    return found;
}

/* One UPDATE or DELETE of a user's row(s): ?1 the name, ?2 text or a
 * number (text NULL).  0, or -1 with *err. */
static int change_user(fi_store *s, fi_q q, const char *name, const char *text, int num,
                       const char *what, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, q, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, name);
    if (text)
        fi_bind_text(st, 2, text);
    else if (q == Q_USER_SET_DISABLED)
        sqlite3_bind_int(st, 2, num);
    return fi_exec(s, st, what, err);
}

/* 0 when name is a user, -1 with *err saying how to add one (or why the
 * users cannot be read). */
static int user_exists(fi_store *s, const char *name, char **err)
{
    char role[16];
    int disabled = 0, found = user_get(s, name, role, NULL, &disabled, err);
    if (found == 0)
        *err = fi_errf("no user %s (`faxintake user list` lists them; `faxintake user add %s "
                       "--role ROLE` adds one)", name, name);
    return found == 1 ? 0 : -1;
}

int fi_store_user_passwd(fi_store *s, const char *name, const char *password,
                         const char *actor, char **err)
{
    *err = NULL;
    char hash[crypto_pwhash_STRBYTES];
    if (fi_check_user(actor, err) || check_password_text(password, err) ||
        hash_password(password, hash, err) || fi_tx_begin(s, err))
        return -1;
    /* a new password ends the sessions the old one opened */
    int ok = user_exists(s, name, err) == 0 &&
             change_user(s, Q_USER_SET_PASSWORD, name, hash, 0, "cannot set the password",
                         err) == 0 &&
             change_user(s, Q_SESSION_END_USER, name, NULL, 0, "cannot end the user's sessions",
                         err) == 0 &&
             fi_audit_add(s, actor, "user.passwd", 0, 0, name, NULL, NULL, err) == 0;
    return fi_tx_end(s, ok, err);
}

int fi_store_user_disable(fi_store *s, const char *name, int disabled, const char *actor,
                          char **err)
{
    *err = NULL;
    if (fi_check_user(actor, err) || fi_tx_begin(s, err))
        return -1;
    int ok = user_exists(s, name, err) == 0 &&
             change_user(s, Q_USER_SET_DISABLED, name, NULL, disabled != 0,
                         "cannot change the user", err) == 0 &&
             (!disabled || change_user(s, Q_SESSION_END_USER, name, NULL, 0,
                                       "cannot end the user's sessions", err) == 0) &&
             fi_audit_add(s, actor, disabled ? "user.disable" : "user.enable", 0, 0, name,
                          NULL, NULL, err) == 0;
    return fi_tx_end(s, ok, err);
}

int fi_store_users_print(fi_store *s, FILE *out, char **err)
{
    *err = NULL;
    sqlite3_stmt *st = fi_stmt(s, Q_USER_LIST, err);
    if (!st)
        return -1;
    int rc, n = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n++ == 0)
            fprintf(out, "%-24s %-7s %-21s %s\n", "user", "role", "created", "state");
        fprintf(out, "%-24s %-7s %-21s %s\n", (const char *)sqlite3_column_text(st, 0),
                (const char *)sqlite3_column_text(st, 1), (const char *)sqlite3_column_text(st, 2),
                sqlite3_column_int(st, 3) ? "disabled" : "active");
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot list the users");
        return -1;
    }
    if (n == 0)
        fputs("no users yet: `faxintake user add NAME --role admin` adds the first\n", out);
    return 0;
}

long long fi_store_user_count(fi_store *s, char **err)
{
    *err = NULL;
    sqlite3_stmt *st = fi_stmt(s, Q_USER_COUNT, err);
    if (!st)
        return -1;
    long long n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    if (n < 0)
        *err = fi_sqlerr(s, "cannot count the users");
    return n;
}

/* Random token (64 hex) and its stored form, the SHA-256 of it (64 hex). */
static void new_token(char token[65], char hash[65])
{
    unsigned char raw[32], h[crypto_hash_sha256_BYTES];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(token, 65, raw, sizeof raw);
    crypto_hash_sha256(h, (const unsigned char *)token, 64);
    sodium_bin2hex(hash, 65, h, sizeof h);
}

static void token_hash(const char *token, char hash[65])
{
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, (const unsigned char *)token, strlen(token));
    sodium_bin2hex(hash, 65, h, sizeof h);
}

/* Opens a session or token row for user inside the current transaction. */
static int session_insert(fi_store *s, const char *user, const char *kind, const char *label,
                          char token[65], char csrf[65], char **err)
{
    char hash[65], ignored[65];
    new_token(token, hash);
    new_token(csrf, ignored);
    sqlite3_stmt *st = fi_stmt(s, Q_SESSION_INSERT, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, hash);
    fi_bind_text(st, 2, user);
    fi_bind_text(st, 3, kind);
    fi_bind_text(st, 4, csrf);
    fi_bind_text(st, 5, label);
    sqlite3_bind_int64(st, 6, fi_now(s));
    return fi_exec(s, st, "cannot open a session", err);
}

/* Failures of key (a name or an address) in the window: count, and when
 * the oldest of them leaves it. */
static int failures(fi_store *s, fi_q q, const char *key, long long now, long long *count,
                    long long *free_at, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, q, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, key);
    sqlite3_bind_int64(st, 2, now - FAIL_WINDOW);
    int rc = sqlite3_step(st);
    *count = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    *free_at = rc == SQLITE_ROW ? sqlite3_column_int64(st, 1) + FAIL_WINDOW : now;
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) {
        *err = fi_sqlerr(s, "cannot read the login failures");
        return -1;
    }
    return 0;
}

int fi_store_login(fi_store *s, const char *name, const char *password, const char *ip,
                   fi_session *out, int *retry_after, char **err)
{
    *err = NULL;
    *retry_after = 0;
    memset(out, 0, sizeof *out);
    char role[16] = "", hash[crypto_pwhash_STRBYTES];
    int disabled = 0;
    long long now = fi_now(s), by_name = 0, by_ip = 0, name_free = 0, ip_free = 0;
    if (!name || !*name || strlen(name) > 64 || !password || strlen(password) > 1024) {
        *err = fi_errf("give a user name and a password");
        return FI_LOGIN_BAD;
    }
    if (sodium_init() < 0) {
        *err = fi_errf("libsodium does not start");
        return -1;
    }
    if (failures(s, Q_FAIL_BY_NAME, name, now, &by_name, &name_free, err) ||
        failures(s, Q_FAIL_BY_IP, ip ? ip : "", now, &by_ip, &ip_free, err))
        return -1;
    if (by_name >= FAIL_PER_NAME || by_ip >= FAIL_PER_IP) {
        long long until = by_name >= FAIL_PER_NAME ? name_free : 0;
        if (by_ip >= FAIL_PER_IP && ip_free > until)
            until = ip_free;
        *retry_after = (int)(until > now ? until - now : 1);
        *err = fi_errf("too many wrong passwords; try again in %d minutes, or ask an admin",
                       (*retry_after + 59) / 60);
        return FI_LOGIN_LIMITED;
    }
    int found = user_get(s, name, role, hash, &disabled, err);
    if (found < 0)
        return -1;
    int good = 0;
    if (found) {
        good = crypto_pwhash_str_verify(hash, password, strlen(password)) == 0 && !disabled;
    } else {
        /* as much work as a check, so that timing does not tell names apart */
        char *ignored = NULL;
        hash_password(password, hash, &ignored);
        free(ignored);
    }
    if (fi_tx_begin(s, err))
        return -1;
    int ok = 1;
    sqlite3_stmt *st;
    if (!good) {
        ok = (st = fi_stmt(s, Q_FAIL_INSERT, err)) != NULL;
        if (ok) {
            fi_bind_text(st, 1, name);
            fi_bind_text(st, 2, ip ? ip : "");
            sqlite3_bind_int64(st, 3, now);
            ok = fi_exec(s, st, "cannot record the failure", err) == 0;
        }
        ok = ok && fi_audit_add(s, name, "login.failed", 0, 0, NULL, NULL, ip, err) == 0;
    } else {
        ok = (st = fi_stmt(s, Q_FAIL_CLEAR, err)) != NULL;
        if (ok) {
            fi_bind_text(st, 1, name);
            ok = fi_exec(s, st, "cannot clear the failures", err) == 0;
        }
        ok = ok && session_insert(s, name, "session", NULL, out->token, out->csrf, err) == 0;
        ok = ok && fi_audit_add(s, name, "login", 0, 0, NULL, NULL, ip, err) == 0;
    }
    /* old failures and idle sessions are of no use to anyone */
    if (ok && (st = fi_stmt(s, Q_FAIL_PRUNE, err)) != NULL) {
        sqlite3_bind_int64(st, 1, now - FAIL_WINDOW);
        ok = fi_exec(s, st, "cannot prune the failures", err) == 0;
    }
    if (fi_tx_end(s, ok, err))
        return -1;
    if (!good) {
        *err = fi_errf("wrong user name or password");
        return FI_LOGIN_BAD;
    }
    snprintf(out->user, sizeof out->user, "%s", name);
    snprintf(out->role, sizeof out->role, "%s", role);
    out->kind_token = 0;
    return FI_LOGIN_OK;
}

int fi_store_session_check(fi_store *s, const char *token, int idle_seconds, fi_session *out,
                           char **err)
{
    *err = NULL;
    memset(out, 0, sizeof *out);
    if (!token || strlen(token) != 64)
        return 0;
    char hash[65];
    token_hash(token, hash);
    sqlite3_stmt *st = fi_stmt(s, Q_SESSION_GET, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, hash);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        if (rc == SQLITE_DONE)
            return 0;
        *err = fi_sqlerr(s, "cannot read the sessions");
        return -1;
    }
    const char *kind = (const char *)sqlite3_column_text(st, 2);
    long long last = sqlite3_column_int64(st, 5), now = fi_now(s);
    snprintf(out->user, sizeof out->user, "%s", (const char *)sqlite3_column_text(st, 0));
    snprintf(out->role, sizeof out->role, "%s", (const char *)sqlite3_column_text(st, 1));
    snprintf(out->csrf, sizeof out->csrf, "%s", (const char *)sqlite3_column_text(st, 3));
    snprintf(out->token, sizeof out->token, "%s", token);
    out->kind_token = kind && strcmp(kind, "token") == 0;
    sqlite3_reset(st);
    int valid = out->kind_token || idle_seconds <= 0 || now - last < idle_seconds;
    if (!valid) {
        memset(out, 0, sizeof *out);
        return fi_store_session_end(s, token, err) ? -1 : 0;
    }
    if (now - last >= TOUCH_EVERY) {
        st = fi_stmt(s, Q_SESSION_TOUCH, err);
        if (!st)
            return -1;
        fi_bind_text(st, 1, hash);
        sqlite3_bind_int64(st, 2, now);
        if (fi_exec(s, st, "cannot note the session's activity", err))
            return -1;
    }
    return 1;
}

int fi_store_session_end(fi_store *s, const char *token, char **err)
{
    *err = NULL;
    char hash[65];
    token_hash(token, hash);
    sqlite3_stmt *st = fi_stmt(s, Q_SESSION_DELETE, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, hash);
    return fi_exec(s, st, "cannot end the session", err);
}

int fi_store_token_create(fi_store *s, const char *user, const char *label, const char *actor,
                          char token[65], char **err)
{
    *err = NULL;
    char role[16], csrf[65];
    int disabled = 0;
    if (fi_check_user(actor, err) || fi_tx_begin(s, err))
        return -1;
    int found = user_get(s, user, role, NULL, &disabled, err);
    int ok = found == 1 && !disabled;
    if (found == 0 || (found == 1 && disabled))
        *err = fi_errf("no active user %s; an API token acts as a user, so add the user first "
                       "(`faxintake user add %s --role intake`)", user, user);
    ok = ok && session_insert(s, user, "token", label, token, csrf, err) == 0;
    ok = ok && fi_audit_add(s, actor, "token.create", 0, 0, user, NULL, label, err) == 0;
    return fi_tx_end(s, ok, err);
}

int fi_store_note_view(fi_store *s, long long doc_id, const char *user, char **err)
{
    *err = NULL;
    if (fi_check_user(user, err))
        return -1;
    sqlite3_stmt *st = fi_stmt(s, Q_DOC_REFERRAL, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    int rc = sqlite3_step(st);
    long long ref = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) {
        *err = rc == SQLITE_DONE ? fi_errf("no document %lld", doc_id)
                                 : fi_sqlerr(s, "cannot read the document");
        return -1;
    }
    if (fi_tx_begin(s, err))
        return -1;
    int ok = fi_audit_add(s, user, "document.view", doc_id, ref, NULL, NULL, NULL, err) == 0;
    return fi_tx_end(s, ok, err);
}

int fi_store_audit_event(fi_store *s, const char *actor, const char *action, const char *what,
                         const char *detail, char **err)
{
    *err = NULL;
    if (fi_check_user(actor, err) || fi_tx_begin(s, err))
        return -1;
    int ok = fi_audit_add(s, actor, action, 0, 0, what, NULL, detail, err) == 0;
    return fi_tx_end(s, ok, err);
}

int fi_store_page_image(fi_store *s, long long doc_id, int page, unsigned char **png,
                        size_t *len, char **err)
{
    *err = NULL;
    *png = NULL;
    *len = 0;
    sqlite3_stmt *st = fi_stmt(s, Q_IMAGE_GET, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    sqlite3_bind_int(st, 2, page);
    int rc = sqlite3_step(st), found = 0;
    if (rc == SQLITE_ROW) {
        int n = sqlite3_column_bytes(st, 0);
        const void *b = sqlite3_column_blob(st, 0);
        *png = n > 0 ? malloc((size_t)n) : NULL;
        if (*png) {
            memcpy(*png, b, (size_t)n);
            *len = (size_t)n;
            found = 1;
        }
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot read the page image");
        return -1;
    }
    return found;
}
