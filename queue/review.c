/*
 * review.c: the review queue and the referral lifecycle.
 *
 * A review item is claimed by one reviewer at a time with a lease: acting
 * on it (claiming, setting a field) renews the lease, and once the lease
 * runs out anyone may take the item, so a reviewer who walks away does not
 * hold a stat referral hostage.  Claims run in BEGIN IMMEDIATE (see
 * store.c), so "find the next free item" and "mark it mine" cannot be
 * interleaved with another process doing the same.
 *
 * A referral moves through a fixed table of transitions (MOVES below);
 * every move writes a history row with its time and who made it, and an
 * audit row.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../extract/result.h"
#include "../extract/validate.h"
#include "store_int.h"

_Static_assert(sizeof ((fi_referral *)0)->fields / sizeof(fi_ref_field) == FI_NFIELDS,
               "fi_referral.fields holds one entry per contract field");

/* ---------------------------------------------------------- lifecycle */

/* Which status may follow which.  scheduled -> scheduled is a new date. */
static const struct {
    const char *from;
    const char *to[6];
} MOVES[] = {
    {"received", {"in_review", "needs_info", "accepted", "rejected", "duplicate", NULL}},
    {"in_review", {"needs_info", "accepted", "rejected", "duplicate", NULL}},
    {"needs_info", {"in_review", "accepted", "rejected", "duplicate", "closed", NULL}},
    {"accepted", {"scheduled", "closed", NULL}},
    {"scheduled", {"scheduled", "completed", "closed", NULL}},
    {"completed", {"closed", NULL}},
    {"rejected", {"in_review", "closed", NULL}},
    {"duplicate", {"in_review", "closed", NULL}},
    {"closed", {NULL}},
};
enum { NMOVES = sizeof MOVES / sizeof *MOVES };

int fi_store_status_valid(const char *status)
{
    for (int i = 0; status && i < NMOVES; i++)
        if (strcmp(MOVES[i].from, status) == 0)
            return 1;
    return 0;
}

static int move_allowed(const char *from, const char *to, char *allowed, size_t allowedsz)
{
    allowed[0] = '\0';
    for (int i = 0; i < NMOVES; i++) {
        if (strcmp(MOVES[i].from, from) != 0)
            continue;
        size_t len = 0;
        for (int k = 0; MOVES[i].to[k]; k++) {
            if (strcmp(MOVES[i].to[k], to) == 0)
                return 1;
            int w = snprintf(allowed + len, allowedsz - len, "%s%s", k ? ", " : "",
                             MOVES[i].to[k]);
            if (w > 0 && (size_t)w < allowedsz - len)
                len += (size_t)w;
        }
    }
    return 0;
}

/* The status of a referral (caller frees), or NULL with *err. */
static char *referral_status(fi_store *s, long long ref, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, Q_REF_GET, err);
    if (!st)
        return NULL;
    sqlite3_bind_int64(st, 1, ref);
    char *status = NULL;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        status = fi_col_dup(st, 0);
    sqlite3_reset(st);
    if (rc == SQLITE_DONE)
        *err = fi_errf("no referral %lld in %s", ref, s->path);
    else if (!status)
        *err = fi_sqlerr(s, "cannot read the referral");
    return status;
}

int fi_referral_move(fi_store *s, long long ref, const char *to, const char *date,
                     const char *reason, const char *user, char **err)
{
    char now[32], allowed[160];
    char *from = referral_status(s, ref, err);
    int rc = -1;
    if (!from)
        return -1;
    if (!move_allowed(from, to, allowed, sizeof allowed)) {
        if (allowed[0])
            *err = fi_errf("referral %lld is %s: it can move to %s, not to %s", ref, from,
                           allowed, to);
        else
            *err = fi_errf("referral %lld is %s: a %s referral does not move (not to %s)", ref,
                           from, from, to);
        goto done;
    }
    fi_iso_time(fi_now(s), now);
    sqlite3_stmt *st = fi_stmt(s, Q_REF_SET_STATUS, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, ref);
    fi_bind_text(st, 2, to);
    fi_bind_text(st, 3, now);
    fi_bind_text(st, 4, date);
    if (fi_exec(s, st, "cannot change the referral's status", err) ||
        fi_history_add(s, ref, now, user, from, to, date, reason, err) ||
        fi_audit_add(s, user, "status", 0, ref, NULL, from, to, err))
        goto done;
    rc = 0;
done:
    free(from);
    return rc;
}

int fi_store_referral_status(fi_store *s, long long ref, const char *status, const char *date,
                             const char *reason, const char *user, char **err)
{
    *err = NULL;
    char day[16];
    if (fi_check_user(user, err))
        return -1;
    if (!fi_store_status_valid(status)) {
        *err = fi_errf("unknown status '%s'; the statuses are received, in_review, needs_info, "
                       "accepted, scheduled, completed, closed, rejected and duplicate",
                       status ? status : "");
        return -1;
    }
    if (date && !fi_norm_date(date, day, sizeof day)) {
        *err = fi_errf("--date '%s' is not a date (e.g. 2024-04-02 or 04/02/2024)", date);
        return -1;
    }
    if (fi_tx_begin(s, err))
        return -1;
    int ok = fi_referral_move(s, ref, status, date ? day : NULL, reason, user, err) == 0;
    return fi_tx_end(s, ok, err);
}

/* ------------------------------------------------------ linking keys */

/* The text of field of doc_id as stored (caller frees), NULL when absent;
 * *set_by (may be NULL) receives who set it. */
static int field_text(fi_store *s, long long doc_id, const char *field, char **text,
                      char **set_by, char **err)
{
    *text = NULL;
    if (set_by)
        *set_by = NULL;
    sqlite3_stmt *st = fi_stmt(s, Q_FIELD_GET, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    fi_bind_text(st, 2, field);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        char *json = fi_col_dup(st, 0);
        *text = fi_json_string(json);
        free(json);
        if (set_by)
            *set_by = fi_col_dup(st, 1);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot read a field");
        return -1;
    }
    return 0;
}

/* The linking keys of a document from its stored fields. */
static int doc_keys(fi_store *s, long long doc_id, char **key, char **dob, char **mrn, char **err)
{
    char *last = NULL;
    *key = *dob = *mrn = NULL;
    if (field_text(s, doc_id, "patient_last_name", &last, NULL, err) ||
        field_text(s, doc_id, "patient_dob", dob, NULL, err) ||
        field_text(s, doc_id, "patient_mrn", mrn, NULL, err)) {
        free(last);
        return -1;
    }
    *key = fi_fold_name(last);
    free(last);
    return 0;
}

int fi_referral_update_keys(fi_store *s, long long ref, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, Q_DOC_PRIMARY, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, ref);
    long long primary = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (!primary)
        return 0;
    char *key, *dob, *mrn;
    if (doc_keys(s, primary, &key, &dob, &mrn, err))
        return -1;
    int rc = -1;
    st = fi_stmt(s, Q_REF_SET_KEYS, err);
    if (st) {
        sqlite3_bind_int64(st, 1, ref);
        fi_bind_text(st, 2, key && *key ? key : NULL);
        fi_bind_text(st, 3, dob);
        fi_bind_text(st, 4, mrn);
        rc = fi_exec(s, st, "cannot update the referral's patient", err);
    }
    free(key);
    free(dob);
    free(mrn);
    return rc;
}

/* ---------------------------------------------------------- documents */

typedef struct doc_row {
    long long referral_id, duplicate_of, link_doc;
    char *link;
} doc_row;

static int doc_get(fi_store *s, long long doc_id, doc_row *d, char **err)
{
    memset(d, 0, sizeof *d);
    sqlite3_stmt *st = fi_stmt(s, Q_DOC_GET, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        d->duplicate_of = sqlite3_column_int64(st, 7);
        d->referral_id = sqlite3_column_int64(st, 8);
        d->link = fi_col_dup(st, 9);
        d->link_doc = sqlite3_column_int64(st, 10);
    }
    sqlite3_reset(st);
    if (rc == SQLITE_DONE) {
        *err = fi_errf("no document %lld in %s; `faxintake queue list` shows the waiting ones",
                       doc_id, s->path);
        return -1;
    }
    if (rc != SQLITE_ROW) {
        *err = fi_sqlerr(s, "cannot read the document");
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------- claims */

typedef struct item_row {
    char *state, *claimed_by, *lease_until, *decision, *decided_by, *decided_at;
    int rank;
} item_row;

static void item_clear(item_row *it)
{
    free(it->state);
    free(it->claimed_by);
    free(it->lease_until);
    free(it->decision);
    free(it->decided_by);
    free(it->decided_at);
    memset(it, 0, sizeof *it);
}

static int item_get(fi_store *s, long long doc_id, item_row *it, char **err)
{
    memset(it, 0, sizeof *it);
    sqlite3_stmt *st = fi_stmt(s, Q_ITEM_GET, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        it->state = fi_col_dup(st, 0);
        it->claimed_by = fi_col_dup(st, 1);
        it->lease_until = fi_col_dup(st, 2);
        it->decision = fi_col_dup(st, 3);
        it->rank = sqlite3_column_int(st, 4);
        it->decided_by = fi_col_dup(st, 5);
        it->decided_at = fi_col_dup(st, 6);
    }
    sqlite3_reset(st);
    if (rc == SQLITE_DONE) {
        *err = fi_errf("no document %lld in %s; `faxintake queue list` shows the waiting ones",
                       doc_id, s->path);
        return -1;
    }
    if (rc != SQLITE_ROW || !it->state) {
        *err = fi_sqlerr(s, "cannot read the review item");
        return -1;
    }
    return 0;
}

/* Marks doc_id as user's until now + lease; a first claim is audited and
 * moves the referral into review. */
static int claim(fi_store *s, long long doc_id, const char *user, const char *previous,
                 int renew, char **err)
{
    char until[32];
    fi_iso_time(fi_now(s) + s->lease_seconds, until);
    sqlite3_stmt *st = fi_stmt(s, Q_ITEM_CLAIM, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    fi_bind_text(st, 2, user);
    fi_bind_text(st, 3, until);
    if (fi_exec(s, st, "cannot claim the item", err))
        return -1;
    if (renew)
        return 0;
    doc_row d;
    if (doc_get(s, doc_id, &d, err))
        return -1;
    int rc = -1;
    char *status = referral_status(s, d.referral_id, err);
    if (!status)
        goto done;
    if (fi_audit_add(s, user, "claim", doc_id, d.referral_id, NULL, previous, until, err))
        goto done;
    /* A new document for a referral waiting for information reopens it. */
    if ((strcmp(status, "received") == 0 || strcmp(status, "needs_info") == 0) &&
        strcmp(d.link ? d.link : "", "duplicate") != 0) {
        char why[64];
        snprintf(why, sizeof why, "document %lld claimed", doc_id);
        if (fi_referral_move(s, d.referral_id, "in_review", NULL, why, user, err))
            goto done;
    }
    rc = 0;
done:
    free(status);
    free(d.link);
    return rc;
}

/* Makes sure user may act on an item: free (then claimed for user), held
 * by user (lease renewed), or held by someone whose lease ran out.  A
 * reviewed item may still be corrected (for set) when done_ok. */
static int hold_item(fi_store *s, long long doc_id, const char *user, int done_ok, char **err)
{
    item_row it;
    char now[32];
    if (item_get(s, doc_id, &it, err))
        return -1;
    int rc = -1;
    fi_iso_time(fi_now(s), now);
    if (strcmp(it.state, "done") == 0) {
        if (done_ok)
            rc = 0;
        else
            *err = fi_errf("document %lld was already reviewed: %s by %s at %s", doc_id,
                           it.decision ? it.decision : "closed",
                           it.decided_by ? it.decided_by : "?",
                           it.decided_at ? it.decided_at : "?");
        goto done;
    }
    int live = it.claimed_by && it.lease_until && strcmp(it.lease_until, now) > 0;
    if (live && strcmp(it.claimed_by, user) != 0) {
        *err = fi_errf("document %lld is claimed by %s until %s; ask them, or wait until the "
                       "claim lapses", doc_id, it.claimed_by, it.lease_until);
        goto done;
    }
    int mine = live && strcmp(it.claimed_by, user) == 0;
    rc = claim(s, doc_id, user, !mine && it.claimed_by ? it.claimed_by : NULL, mine, err);
done:
    item_clear(&it);
    return rc;
}

int fi_store_queue_next(fi_store *s, const char *user, long long *doc_id, char **err)
{
    *err = NULL;
    *doc_id = 0;
    char now[32];
    if (fi_check_user(user, err))
        return -1;
    fi_iso_time(fi_now(s), now);
    if (fi_tx_begin(s, err))
        return -1;
    int ok = 0, found = 0, renew = 0;
    char *previous = NULL;
    /* One item at a time: a reviewer who asks again gets the one they hold. */
    sqlite3_stmt *st = fi_stmt(s, Q_ITEM_HELD, err);
    if (!st)
        goto done;
    fi_bind_text(st, 1, user);
    fi_bind_text(st, 2, now);
    if (sqlite3_step(st) == SQLITE_ROW) {
        *doc_id = sqlite3_column_int64(st, 0);
        found = renew = 1;
    }
    sqlite3_reset(st);
    if (!found) {
        st = fi_stmt(s, Q_ITEM_NEXT, err);
        if (!st)
            goto done;
        fi_bind_text(st, 1, now);
        int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *doc_id = sqlite3_column_int64(st, 0);
            found = 1;
        }
        sqlite3_reset(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            *err = fi_sqlerr(s, "cannot read the queue");
            goto done;
        }
    }
    if (found && !renew) {
        item_row it;
        if (item_get(s, *doc_id, &it, err))
            goto done;
        previous = it.claimed_by;
        it.claimed_by = NULL;
        item_clear(&it);
    }
    if (found && claim(s, *doc_id, user, previous, renew, err))
        goto done;
    ok = 1;
done:
    free(previous);
    if (fi_tx_end(s, ok, err)) {
        *doc_id = 0;
        return -1;
    }
    return found;
}

int fi_store_release(fi_store *s, long long doc_id, const char *user, char **err)
{
    *err = NULL;
    item_row it;
    if (fi_check_user(user, err) || fi_tx_begin(s, err))
        return -1;
    int ok = 0;
    if (item_get(s, doc_id, &it, err))
        goto done;
    if (strcmp(it.state, "open") != 0 || !it.claimed_by || strcmp(it.claimed_by, user) != 0) {
        *err = fi_errf("document %lld is not claimed by %s; nothing to release", doc_id, user);
        goto done;
    }
    sqlite3_stmt *st = fi_stmt(s, Q_ITEM_RELEASE, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, doc_id);
    doc_row d;
    if (fi_exec(s, st, "cannot release the item", err) || doc_get(s, doc_id, &d, err))
        goto done;
    ok = fi_audit_add(s, user, "release", doc_id, d.referral_id, NULL, user, NULL, err) == 0;
    free(d.link);
done:
    item_clear(&it);
    return fi_tx_end(s, ok, err);
}

/* ------------------------------------------------------------ set */

/* Trims spaces at both ends into a new string. */
static char *trimmed(const char *text)
{
    while (*text == ' ' || *text == '\t')
        text++;
    size_t n = strlen(text);
    while (n && (text[n - 1] == ' ' || text[n - 1] == '\t' || text[n - 1] == '\n'))
        n--;
    return strndup(text, n);
}

static char *json_string(const char *text)
{
    cJSON *v = cJSON_CreateString(text);
    char *out = v ? cJSON_PrintUnformatted(v) : NULL;
    cJSON_Delete(v);
    return out;
}

/* diagnosis_codes: codes separated by commas, semicolons or spaces. */
static int norm_codes(const char *text, char **json, char **err)
{
    cJSON *arr = cJSON_CreateArray();
    const char *p = text;
    char code[32];
    if (!arr)
        return -1;
    while (*p) {
        while (*p == ',' || *p == ';' || *p == ' ' || *p == '\t')
            p++;
        const char *start = p;
        while (*p && *p != ',' && *p != ';' && *p != ' ' && *p != '\t')
            p++;
        size_t n = (size_t)(p - start);
        if (!n)
            break;
        char one[64];
        snprintf(one, sizeof one, "%.*s", (int)(n < 63 ? n : 63), start);
        int known = 0;
        if (!fi_norm_icd10(one, code, sizeof code, &known)) {
            *err = fi_errf("diagnosis_codes: '%s' is not an ICD-10-CM code (a letter, two "
                           "digits, an optional dot and up to 4 more, e.g. E11.9)", one);
            cJSON_Delete(arr);
            return -1;
        }
        int dup = 0;
        for (int i = 0; i < cJSON_GetArraySize(arr); i++)
            dup |= strcmp(cJSON_GetArrayItem(arr, i)->valuestring, code) == 0;
        if (!dup)
            cJSON_AddItemToArray(arr, cJSON_CreateString(code));
    }
    *json = cJSON_GetArraySize(arr) ? cJSON_PrintUnformatted(arr) : NULL;
    cJSON_Delete(arr);
    return 0;
}

int fi_store_normalize_input(const char *field, const char *input, char **json, char **err)
{
    *json = NULL;
    *err = NULL;
    int i = fi_field_index(field);
    if (i < 0) {
        char list[512];
        size_t len = 0;
        for (int k = 0; k < FI_NFIELDS; k++) {
            int w = snprintf(list + len, sizeof list - len, "%s%s", k ? ", " : "",
                             FI_FIELDS[k].name);
            if (w > 0 && (size_t)w < sizeof list - len)
                len += (size_t)w;
        }
        *err = fi_errf("unknown field '%s'; the fields are %s", field, list);
        return -1;
    }
    char *text = trimmed(input);
    char out[512];
    int rc = -1, valid = 1;
    const char *want = NULL;
    if (!text) {
        *err = fi_errf("out of memory");
        return -1;
    }
    if (!*text) {
        rc = 0; /* the document does not carry the field */
        goto done;
    }
    snprintf(out, sizeof out, "%s", text);
    if (strcmp(field, "diagnosis_codes") == 0) {
        rc = norm_codes(text, json, err);
        goto done;
    } else if (strcmp(field, "patient_dob") == 0) {
        char today[32];
        fi_iso_time((long long)time(NULL), today);
        today[10] = '\0';
        valid = fi_norm_date(text, out, sizeof out);
        want = "a date (e.g. 1961-03-14 or 03/14/1961)";
        if (valid && !fi_date_plausible_dob(out, today)) {
            *err = fi_errf("patient_dob: '%s' is not a plausible date of birth (in the future "
                           "or more than 120 years ago)", text);
            goto done;
        }
    } else if (strcmp(field, "referral_date") == 0) {
        valid = fi_norm_date(text, out, sizeof out);
        want = "a date (e.g. 2024-03-18 or 03/18/2024)";
    } else if (strcmp(field, "referring_npi") == 0) {
        valid = fi_norm_npi(text, out, sizeof out);
        want = "a 10-digit NPI whose check digit is right";
    } else if (strcmp(field, "referred_to_specialty") == 0) {
        valid = fi_norm_specialty(text, out, sizeof out);
        want = "a specialty of the contract's list (cardiology, orthopedics, ...)";
    } else if (strcmp(field, "urgency") == 0) {
        valid = fi_norm_urgency(text, out, sizeof out);
        want = "routine, urgent or stat";
    } else if (strcmp(field, "patient_sex") == 0) {
        valid = fi_norm_sex(text, out, sizeof out);
        want = "M, F or U";
    } else if (strcmp(field, "referring_provider") == 0 ||
               strcmp(field, "referred_to_provider") == 0) {
        valid = fi_norm_provider(text, out, sizeof out);
        want = "a provider's name, First Last";
    } else if (FI_FIELDS[i].kind == FI_KIND_PHONE) {
        valid = fi_norm_phone(text, out, sizeof out);
        want = "a 10-digit US phone number (e.g. 555-201-3344)";
    } else if (FI_FIELDS[i].kind == FI_KIND_ID) {
        valid = fi_norm_id(text, out, sizeof out);
        want = "an identifier of letters, digits and dashes with at least one digit";
    } else if (FI_FIELDS[i].kind == FI_KIND_NAME) {
        /* A patient's name is kept as printed; only digits give it away as
         * a slip of the keyboard. */
        valid = strpbrk(text, "0123456789") == NULL;
        want = "a name without digits";
    }
    if (!valid) {
        *err = fi_errf("%s: '%s' is not %s", field, text, want);
        goto done;
    }
    *json = json_string(out);
    rc = *json ? 0 : -1;
    if (rc)
        *err = fi_errf("out of memory");
done:
    free(text);
    return rc;
}

int fi_store_set_fields(fi_store *s, long long doc_id, const char *user,
                        char *const *assignments, int n, char **err)
{
    *err = NULL;
    if (fi_check_user(user, err))
        return -1;
    if (n <= 0) {
        *err = fi_errf("nothing to set: give FIELD=VALUE");
        return -1;
    }
    char **names = calloc((size_t)n, sizeof *names);
    char **values = calloc((size_t)n, sizeof *values);
    int ok = 0, in_tx = 0, keys = 0;
    doc_row d = {0};
    char now[32];
    if (!names || !values) {
        *err = fi_errf("out of memory");
        goto done;
    }
    /* Everything is checked before anything is written: all or none. */
    for (int i = 0; i < n; i++) {
        const char *eq = strchr(assignments[i], '=');
        if (!eq || eq == assignments[i]) {
            *err = fi_errf("'%s' is not FIELD=VALUE", assignments[i]);
            goto done;
        }
        names[i] = strndup(assignments[i], (size_t)(eq - assignments[i]));
        if (!names[i] || fi_store_normalize_input(names[i], eq + 1, &values[i], err))
            goto done;
        for (int k = 0; k < i; k++)
            if (strcmp(names[k], names[i]) == 0) {
                *err = fi_errf("%s is given twice", names[i]);
                goto done;
            }
    }
    if (fi_tx_begin(s, err))
        goto done;
    in_tx = 1;
    if (hold_item(s, doc_id, user, 1, err) || doc_get(s, doc_id, &d, err))
        goto done;
    fi_iso_time(fi_now(s), now);
    for (int i = 0; i < n; i++) {
        sqlite3_stmt *st = fi_stmt(s, Q_FIELD_GET, err);
        if (!st)
            goto done;
        sqlite3_bind_int64(st, 1, doc_id);
        fi_bind_text(st, 2, names[i]);
        char *old = NULL, *old_by = NULL;
        int had = sqlite3_step(st) == SQLITE_ROW;
        if (had) {
            old = fi_col_dup(st, 0);
            old_by = fi_col_dup(st, 1);
        }
        sqlite3_reset(st);
        int same = had && old_by &&
                   ((!old && !values[i]) || (old && values[i] && strcmp(old, values[i]) == 0));
        free(old_by);
        if (same) {
            free(old);
            continue;
        }
        st = fi_stmt(s, Q_FIELD_SET_PERSON, err);
        int rc = -1;
        if (st) {
            sqlite3_bind_int64(st, 1, doc_id);
            fi_bind_text(st, 2, names[i]);
            fi_bind_text(st, 3, values[i]);
            fi_bind_text(st, 4, user);
            fi_bind_text(st, 5, now);
            rc = fi_exec(s, st, "cannot set the field", err);
        }
        if (rc == 0)
            rc = fi_audit_add(s, user, "field.set", doc_id, d.referral_id, names[i], old,
                              values[i], err);
        free(old);
        if (rc)
            goto done;
        if (strcmp(names[i], "urgency") == 0) {
            char *u = fi_json_string(values[i]);
            st = fi_stmt(s, Q_ITEM_SET_RANK, err);
            if (st) {
                sqlite3_bind_int64(st, 1, doc_id);
                sqlite3_bind_int(st, 2, fi_urgency_rank(u));
            }
            free(u);
            if (!st || fi_exec(s, st, "cannot re-rank the item", err))
                goto done;
        }
        keys |= strcmp(names[i], "patient_last_name") == 0 ||
                strcmp(names[i], "patient_dob") == 0 || strcmp(names[i], "patient_mrn") == 0;
    }
    if (keys && fi_referral_update_keys(s, d.referral_id, err))
        goto done;
    ok = 1;
done:
    for (int i = 0; names && values && i < n; i++) {
        free(names[i]);
        free(values[i]);
    }
    free(names);
    free(values);
    free(d.link);
    if (in_tx)
        return fi_tx_end(s, ok, err);
    return ok ? 0 : -1;
}

/* ----------------------------------------------------------- decide */

static const char *const DECISION_WORD[] = {"accepted", "rejected", "needs_info"};

int fi_store_decide(fi_store *s, long long doc_id, const char *user, fi_decision dec,
                    const char *reason, char **note, char **err)
{
    *err = NULL;
    if (note)
        *note = NULL;
    if (fi_check_user(user, err))
        return -1;
    if ((dec == FI_DECIDE_REJECT || dec == FI_DECIDE_NEEDS_INFO) && (!reason || !*reason)) {
        *err = fi_errf("say why with --reason TEXT: the referring office will be told");
        return -1;
    }
    const char *word = DECISION_WORD[dec];
    char now[32], action[32];
    doc_row d = {0};
    char *status = NULL, *msg = NULL;
    int ok = 0;
    if (fi_tx_begin(s, err))
        return -1;
    if (hold_item(s, doc_id, user, 0, err) || doc_get(s, doc_id, &d, err))
        goto done;
    fi_iso_time(fi_now(s), now);
    sqlite3_stmt *st = fi_stmt(s, Q_ITEM_DECIDE, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, doc_id);
    fi_bind_text(st, 2, word);
    fi_bind_text(st, 3, user);
    fi_bind_text(st, 4, now);
    fi_bind_text(st, 5, reason);
    snprintf(action, sizeof action, "review.%s", word);
    if (fi_exec(s, st, "cannot record the decision", err) ||
        fi_audit_add(s, user, action, doc_id, d.referral_id, NULL, NULL, reason, err))
        goto done;
    if (!(status = referral_status(s, d.referral_id, err)))
        goto done;
    int in_review = strcmp(status, "received") == 0 || strcmp(status, "in_review") == 0 ||
                    strcmp(status, "needs_info") == 0;
    if (d.link && strcmp(d.link, "duplicate") == 0) {
        msg = fi_errf("document %lld %s as a duplicate of document %lld; referral %lld stays %s",
                      doc_id, dec == FI_DECIDE_ACCEPT ? "confirmed" : "closed", d.duplicate_of,
                      d.referral_id, status);
    } else if (in_review && strcmp(status, word) != 0) {
        if (fi_referral_move(s, d.referral_id, word, NULL, reason, user, err))
            goto done;
        msg = fi_errf("referral %lld is now %s", d.referral_id, word);
    } else {
        msg = fi_errf("referral %lld stays %s", d.referral_id, status);
    }
    ok = 1;
done:
    free(status);
    free(d.link);
    if (fi_tx_end(s, ok, err)) {
        free(msg);
        return -1;
    }
    if (note)
        *note = msg;
    else
        free(msg);
    return 0;
}

/* ------------------------------------------------------- link, unlink */

int fi_store_unlink(fi_store *s, long long doc_id, const char *user, long long *referral_id,
                    char **err)
{
    *err = NULL;
    doc_row d = {0};
    char *key = NULL, *dob = NULL, *mrn = NULL;
    char now[32], was[96], is[64];
    long long ref = 0;
    int ok = 0;
    if (fi_check_user(user, err) || fi_tx_begin(s, err))
        return -1;
    if (doc_get(s, doc_id, &d, err))
        goto done;
    if (!d.link || strcmp(d.link, "new") == 0) {
        *err = fi_errf("document %lld opened referral %lld itself: there is no link to undo "
                       "(`faxintake link %lld REFERRAL` moves it into another)", doc_id,
                       d.referral_id, doc_id);
        goto done;
    }
    fi_iso_time(fi_now(s), now);
    if (doc_keys(s, doc_id, &key, &dob, &mrn, err) ||
        fi_referral_open(s, now, key, dob, mrn, user, &ref, err))
        goto done;
    sqlite3_stmt *st = fi_stmt(s, Q_DOC_SET_REFERRAL, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, doc_id);
    sqlite3_bind_int64(st, 2, ref);
    fi_bind_text(st, 3, "new");
    if (fi_exec(s, st, "cannot move the document", err))
        goto done;
    snprintf(was, sizeof was, "referral %lld (%s of document %lld)", d.referral_id, d.link,
             d.link_doc);
    snprintf(is, sizeof is, "referral %lld", ref);
    if (fi_audit_add(s, user, "unlink", doc_id, ref, NULL, was, is, err))
        goto done;
    ok = 1;
done:
    free(key);
    free(dob);
    free(mrn);
    free(d.link);
    if (fi_tx_end(s, ok, err))
        return -1;
    if (referral_id)
        *referral_id = ref;
    return 0;
}

int fi_store_link(fi_store *s, long long doc_id, long long ref, const char *user, char **err)
{
    *err = NULL;
    doc_row d = {0};
    char *target = NULL;
    char now[32], was[64], is[64];
    int ok = 0;
    if (fi_check_user(user, err) || fi_tx_begin(s, err))
        return -1;
    if (doc_get(s, doc_id, &d, err) || !(target = referral_status(s, ref, err)))
        goto done;
    if (d.referral_id == ref) {
        *err = fi_errf("document %lld is already in referral %lld", doc_id, ref);
        goto done;
    }
    sqlite3_stmt *st = fi_stmt(s, Q_DOC_PRIMARY, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, ref);
    long long primary = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    st = fi_stmt(s, Q_DOC_SET_REFERRAL, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, doc_id);
    sqlite3_bind_int64(st, 2, ref);
    fi_bind_text(st, 3, "manual");
    fi_bind_id(st, 4, primary);
    fi_bind_id(st, 5, d.duplicate_of);
    if (fi_exec(s, st, "cannot move the document", err))
        goto done;
    fi_iso_time(fi_now(s), now);
    snprintf(was, sizeof was, "referral %lld", d.referral_id);
    snprintf(is, sizeof is, "referral %lld", ref);
    if (fi_audit_add(s, user, "link", doc_id, ref, NULL, was, is, err))
        goto done;
    st = fi_stmt(s, Q_DOC_COUNT_REFERRAL, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, d.referral_id);
    long long left = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    /* The referral the document opened by mistake was the patient's other
     * one all along: it is a duplicate now, if it is still in review. */
    if (left == 0) {
        char *old = referral_status(s, d.referral_id, err);
        char allowed[160];
        if (!old)
            goto done;
        int can = move_allowed(old, "duplicate", allowed, sizeof allowed);
        free(old);
        if (can && fi_referral_move(s, d.referral_id, "duplicate", NULL, is, user, err))
            goto done;
    } else if (fi_referral_update_keys(s, d.referral_id, err)) {
        goto done;
    }
    ok = 1;
done:
    free(target);
    free(d.link);
    return fi_tx_end(s, ok, err);
}

/* ---------------------------------------------------- merged referral */

void fi_referral_free(fi_referral *r)
{
    if (!r)
        return;
    free(r->status);
    free(r->opened_at);
    free(r->updated_at);
    free(r->accepted_at);
    free(r->scheduled_for);
    for (int i = 0; i < FI_NFIELDS; i++) {
        free(r->fields[i].value);
        free(r->fields[i].set_by);
    }
    for (size_t i = 0; i < r->ndocs; i++) {
        free(r->docs[i].file_name);
        free(r->docs[i].sha256);
        free(r->docs[i].received_at);
        free(r->docs[i].link);
    }
    free(r->docs);
    for (size_t i = 0; i < r->nhist; i++) {
        fi_ref_hist *h = &r->hist[i];
        free(h->at);
        free(h->actor);
        free(h->from);
        free(h->to);
        free(h->date);
        free(h->reason);
    }
    free(r->hist);
    free(r);
}

/* Which value of a field a referral carries when its documents disagree:
 * a person's word beats the rules', the later person beats the earlier,
 * and among extracted values the first document's (the referral itself;
 * later faxes are usually records and fill only what it lacks). */
static int prefer(const fi_ref_field *have, int have_set, const char *by, const char *at,
                  const char *have_at)
{
    if (!have_set)
        return 1;
    if (by && !have->set_by)
        return 1;
    if (by && have->set_by && at && have_at && strcmp(at, have_at) > 0)
        return 1;
    return 0;
}

int fi_referral_load(fi_store *s, long long id, fi_referral **out, char **err)
{
    *out = NULL;
    fi_referral *r = calloc(1, sizeof *r);
    char *set_at[FI_NFIELDS] = {0};
    int have[FI_NFIELDS] = {0};
    int rc = -1, step;
    if (!r) {
        *err = fi_errf("out of memory");
        return -1;
    }
    r->id = id;
    sqlite3_stmt *st = fi_stmt(s, Q_REF_GET, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, id);
    step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        r->status = fi_col_dup(st, 0);
        r->opened_at = fi_col_dup(st, 1);
        r->updated_at = fi_col_dup(st, 2);
        r->accepted_at = fi_col_dup(st, 3);
        r->scheduled_for = fi_col_dup(st, 4);
    }
    sqlite3_reset(st);
    if (step != SQLITE_ROW) {
        *err = step == SQLITE_DONE ? fi_errf("no referral %lld in %s", id, s->path)
                                   : fi_sqlerr(s, "cannot read the referral");
        goto done;
    }

    st = fi_stmt(s, Q_DOCS_OF_REFERRAL, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, id);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        fi_ref_doc *grown = realloc(r->docs, (r->ndocs + 1) * sizeof *grown);
        if (!grown)
            break;
        r->docs = grown;
        fi_ref_doc *d = &r->docs[r->ndocs++];
        d->id = sqlite3_column_int64(st, 0);
        d->file_name = fi_col_dup(st, 1);
        d->sha256 = fi_col_dup(st, 2);
        d->received_at = fi_col_dup(st, 3);
        d->link = fi_col_dup(st, 4);
        d->pages = sqlite3_column_int(st, 5);
        d->duplicate_of = sqlite3_column_int64(st, 6);
    }
    sqlite3_reset(st);
    if (step != SQLITE_DONE) {
        *err = step == SQLITE_ROW ? fi_errf("out of memory")
                                  : fi_sqlerr(s, "cannot read documents");
        goto done;
    }

    st = fi_stmt(s, Q_HIST_OF_REFERRAL, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, id);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        fi_ref_hist *grown = realloc(r->hist, (r->nhist + 1) * sizeof *grown);
        if (!grown)
            break;
        r->hist = grown;
        fi_ref_hist *h = &r->hist[r->nhist++];
        h->at = fi_col_dup(st, 0);
        h->actor = fi_col_dup(st, 1);
        h->from = fi_col_dup(st, 2);
        h->to = fi_col_dup(st, 3);
        h->date = fi_col_dup(st, 4);
        h->reason = fi_col_dup(st, 5);
    }
    sqlite3_reset(st);
    if (step != SQLITE_DONE) {
        *err = step == SQLITE_ROW ? fi_errf("out of memory") : fi_sqlerr(s, "cannot read history");
        goto done;
    }

    st = fi_stmt(s, Q_FIELDS_OF_REFERRAL, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, id);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int i = fi_field_index((const char *)sqlite3_column_text(st, 1));
        if (i < 0)
            continue;
        const char *by = (const char *)sqlite3_column_text(st, 10);
        const char *at = (const char *)sqlite3_column_text(st, 11);
        fi_ref_field *f = &r->fields[i];
        if (!prefer(f, have[i], by, at, set_at[i]))
            continue;
        free(f->value);
        free(f->set_by);
        free(set_at[i]);
        have[i] = 1;
        f->doc_id = sqlite3_column_int64(st, 0);
        f->value = fi_col_dup(st, 2);
        f->conf = sqlite3_column_double(st, 3);
        f->page = sqlite3_column_int(st, 4);
        f->x0 = sqlite3_column_int(st, 5);
        f->y0 = sqlite3_column_int(st, 6);
        f->x1 = sqlite3_column_int(st, 7);
        f->y1 = sqlite3_column_int(st, 8);
        f->review = sqlite3_column_int(st, 9);
        f->set_by = by ? strdup(by) : NULL;
        set_at[i] = at ? strdup(at) : NULL;
    }
    sqlite3_reset(st);
    if (step != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot read the fields");
        goto done;
    }
    rc = 0;
done:
    for (int i = 0; i < FI_NFIELDS; i++)
        free(set_at[i]);
    if (rc)
        fi_referral_free(r);
    else
        *out = r;
    return rc;
}
