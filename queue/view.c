/*
 * view.c: what the queue and one document look like, as JSON (for
 * `--json` and for the review screen) and as text for a terminal.  The
 * text is drawn from the same JSON, so the two never disagree.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "../extract/result.h"
#include "store_int.h"

static const char *col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static void add_str(cJSON *o, const char *key, const char *v)
{
    if (v)
        cJSON_AddStringToObject(o, key, v);
    else
        cJSON_AddNullToObject(o, key);
}

static void add_id(cJSON *o, const char *key, long long v)
{
    if (v)
        cJSON_AddNumberToObject(o, key, (double)v);
    else
        cJSON_AddNullToObject(o, key);
}

/* A stored JSON value parsed back, or JSON null. */
static cJSON *value_of(const char *json)
{
    cJSON *v = json ? cJSON_Parse(json) : NULL;
    return v ? v : cJSON_CreateNull();
}

static double round3(double v)
{
    return (double)(long long)(v * 1000.0 + 0.5) / 1000.0;
}

/* -------------------------------------------------------------- queue */

int fi_store_queue_json(fi_store *s, long long offset, long long limit, char **json, char **err)
{
    return fi_store_queue_filter_json(s, NULL, NULL, offset, limit, json, err);
}

int fi_store_queue_filter_json(fi_store *s, const char *status, const char *specialty,
                               long long offset, long long limit, char **json, char **err)
{
    *json = NULL;
    *err = NULL;
    char now[32];
    fi_iso_time(fi_now(s), now);
    int filtered = status || specialty;
    cJSON *arr = cJSON_CreateArray();
    sqlite3_stmt *st = arr ? fi_stmt(s, filtered ? Q_QUEUE_FILTER : Q_QUEUE_LIST, err) : NULL;
    if (!st) {
        cJSON_Delete(arr);
        if (!*err)
            *err = fi_errf("out of memory");
        return -1;
    }
    fi_bind_text(st, 1, now);
    sqlite3_bind_int64(st, 2, limit > 0 ? limit : 50);
    sqlite3_bind_int64(st, 3, offset > 0 ? offset : 0);
    if (filtered) {
        fi_bind_text(st, 4, status);
        fi_bind_text(st, 5, specialty);
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        cJSON *o = cJSON_CreateObject();
        if (!o)
            break;
        cJSON_AddItemToArray(arr, o);
        cJSON_AddNumberToObject(o, "document", (double)sqlite3_column_int64(st, 0));
        cJSON_AddNumberToObject(o, "referral", (double)sqlite3_column_int64(st, 1));
        cJSON_AddStringToObject(o, "urgency", fi_urgency_name(sqlite3_column_int(st, 2)));
        add_str(o, "received_at", col(st, 3));
        add_str(o, "referral_status", col(st, 4));
        add_str(o, "claimed_by", col(st, 5));
        add_str(o, "lease_until", col(st, 6));
        add_str(o, "link", col(st, 7));
        add_id(o, "link_document", sqlite3_column_int64(st, 15));
        add_id(o, "duplicate_of", sqlite3_column_int64(st, 8));
        if (sqlite3_column_type(st, 9) == SQLITE_NULL)
            cJSON_AddNullToObject(o, "completeness");
        else
            cJSON_AddNumberToObject(o, "completeness", round3(sqlite3_column_double(st, 9)));
        add_str(o, "file_name", col(st, 10));
        cJSON_AddItemToObject(o, "patient_last_name", value_of(col(st, 11)));
        cJSON_AddItemToObject(o, "patient_first_name", value_of(col(st, 12)));
        cJSON_AddItemToObject(o, "referred_to_specialty", value_of(col(st, 13)));
        cJSON_AddNumberToObject(o, "needs_review", sqlite3_column_int(st, 14));
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        cJSON_Delete(arr);
        *err = fi_sqlerr(s, "cannot read the queue");
        return -1;
    }
    *json = cJSON_Print(arr);
    cJSON_Delete(arr);
    if (!*json)
        *err = fi_errf("out of memory");
    return *json ? 0 : -1;
}

/* --------------------------------------------------------------- show */

static const char *link_sentence(const char *link)
{
    if (!link || strcmp(link, "new") == 0)
        return NULL;
    if (strcmp(link, "mrn_dob") == 0)
        return "same MRN and date of birth as";
    if (strcmp(link, "name_dob") == 0)
        return "same last name and date of birth as";
    if (strcmp(link, "duplicate") == 0)
        return "byte-identical resend of";
    return "attached by hand to the referral of";
}

static int add_document(fi_store *s, cJSON *root, long long doc_id, long long *ref, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, Q_DOC_GET, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        *err = rc == SQLITE_DONE ? fi_errf("no document %lld in %s; `faxintake queue list` "
                                           "shows the waiting ones", doc_id, s->path)
                                 : fi_sqlerr(s, "cannot read the document");
        return -1;
    }
    cJSON *d = cJSON_AddObjectToObject(root, "document");
    cJSON_AddNumberToObject(d, "id", (double)doc_id);
    add_str(d, "file_name", col(st, 2));
    add_str(d, "sha256", col(st, 1));
    add_str(d, "received_at", col(st, 3));
    cJSON *sender = col(st, 4) ? cJSON_Parse(col(st, 4)) : NULL;
    cJSON_AddItemToObject(d, "sender", sender ? sender : cJSON_CreateNull());
    cJSON_AddNumberToObject(d, "pages", sqlite3_column_int(st, 5));
    if (sqlite3_column_type(st, 6) != SQLITE_NULL)
        cJSON_AddNumberToObject(d, "completeness", round3(sqlite3_column_double(st, 6)));
    add_str(d, "extracted_at", col(st, 12));
    *ref = sqlite3_column_int64(st, 8);
    const char *link = col(st, 9);
    long long link_doc = sqlite3_column_int64(st, 10);
    cJSON *l = cJSON_AddObjectToObject(root, "link");
    add_str(l, "kind", link);
    add_id(l, "document", link_doc);
    add_id(l, "duplicate_of", sqlite3_column_int64(st, 7));
    const char *why = link_sentence(link);
    char text[160];
    if (why) {
        snprintf(text, sizeof text, "in referral %lld: %s document %lld", *ref, why, link_doc);
        cJSON_AddStringToObject(l, "text", text);
        snprintf(text, sizeof text, "faxintake unlink %lld --as USER", doc_id);
        cJSON_AddStringToObject(l, "undo", text);
    } else {
        snprintf(text, sizeof text, "opened referral %lld", *ref);
        cJSON_AddStringToObject(l, "text", text);
    }
    /* a resend's pages are those of the document whose words it shares */
    long long words_of = sqlite3_column_int64(st, 11);
    sqlite3_reset(st);

    st = fi_stmt(s, Q_PAGES_INFO, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, words_of ? words_of : doc_id);
    cJSON *pages = cJSON_AddArrayToObject(d, "page_info");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        cJSON *p = cJSON_CreateObject();
        cJSON_AddItemToArray(pages, p);
        cJSON_AddNumberToObject(p, "page", sqlite3_column_int(st, 0));
        add_str(p, "read_by", col(st, 1));
        cJSON_AddNumberToObject(p, "rotation", sqlite3_column_int(st, 2));
        cJSON_AddNumberToObject(p, "mean_conf", round3(sqlite3_column_double(st, 3)));
        cJSON_AddNumberToObject(p, "words", sqlite3_column_int(st, 4));
        if (col(st, 5))
            cJSON_AddStringToObject(p, "note", col(st, 5));
        /* the space of the fields' boxes, and whether the review screen
         * has a picture of the page (documents stored before v3 have none) */
        if (sqlite3_column_type(st, 6) != SQLITE_NULL) {
            cJSON_AddNumberToObject(p, "width", sqlite3_column_int(st, 6));
            cJSON_AddNumberToObject(p, "height", sqlite3_column_int(st, 7));
        }
        cJSON_AddBoolToObject(p, "image", sqlite3_column_int(st, 8) != 0);
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : (*err = fi_sqlerr(s, "cannot read the pages"), -1);
}

static int add_fields(fi_store *s, cJSON *root, long long doc_id, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, Q_FIELDS_OF_DOC, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    cJSON *rows[FI_NFIELDS] = {0};
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int i = fi_field_index(col(st, 0));
        if (i < 0 || rows[i])
            continue;
        cJSON *f = rows[i] = cJSON_CreateObject();
        cJSON_AddItemToObject(f, "value", value_of(col(st, 1)));
        cJSON_AddNumberToObject(f, "confidence", round3(sqlite3_column_double(st, 2)));
        if (sqlite3_column_type(st, 3) != SQLITE_NULL) {
            cJSON_AddNumberToObject(f, "page", sqlite3_column_int(st, 3));
            int box[4] = {sqlite3_column_int(st, 4), sqlite3_column_int(st, 5),
                          sqlite3_column_int(st, 6), sqlite3_column_int(st, 7)};
            cJSON_AddItemToObject(f, "bbox", cJSON_CreateIntArray(box, 4));
        }
        if (col(st, 8))
            cJSON_AddStringToObject(f, "rule", col(st, 8));
        cJSON_AddBoolToObject(f, "needs_review", sqlite3_column_int(st, 9) != 0);
        add_str(f, "set_by", col(st, 10));
        if (col(st, 11))
            cJSON_AddStringToObject(f, "set_at", col(st, 11));
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        for (int i = 0; i < FI_NFIELDS; i++)
            cJSON_Delete(rows[i]);
        *err = fi_sqlerr(s, "cannot read the fields");
        return -1;
    }
    /* In the contract's order, so that every view lists them alike. */
    cJSON *fields = cJSON_AddObjectToObject(root, "fields");
    cJSON *missing = cJSON_AddArrayToObject(root, "missing");
    cJSON *review = cJSON_AddArrayToObject(root, "needs_review");
    cJSON *order = cJSON_AddArrayToObject(root, "fields_order");
    for (int i = 0; i < FI_NFIELDS; i++) {
        const char *name = FI_FIELDS[i].name;
        cJSON_AddItemToArray(order, cJSON_CreateString(name));
        int carried = rows[i] && !cJSON_IsNull(cJSON_GetObjectItem(rows[i], "value"));
        if (rows[i])
            cJSON_AddItemToObject(fields, name, rows[i]);
        if (!carried && FI_FIELDS[i].required)
            cJSON_AddItemToArray(missing, cJSON_CreateString(name));
        if (rows[i] && cJSON_IsTrue(cJSON_GetObjectItem(rows[i], "needs_review")))
            cJSON_AddItemToArray(review, cJSON_CreateString(name));
    }
    return 0;
}

static int add_review(fi_store *s, cJSON *root, long long doc_id, char **err)
{
    char now[32];
    fi_iso_time(fi_now(s), now);
    sqlite3_stmt *st = fi_stmt(s, Q_ITEM_GET, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    int rc = sqlite3_step(st);
    cJSON *r = cJSON_AddObjectToObject(root, "review");
    if (rc == SQLITE_ROW) {
        const char *lease = col(st, 2);
        int live = lease && strcmp(lease, now) > 0;
        add_str(r, "state", col(st, 0));
        cJSON_AddStringToObject(r, "urgency", fi_urgency_name(sqlite3_column_int(st, 4)));
        add_str(r, "queued_at", col(st, 8));
        add_str(r, "claimed_by", live ? col(st, 1) : NULL);
        add_str(r, "lease_until", live ? lease : NULL);
        add_str(r, "decision", col(st, 3));
        add_str(r, "decided_by", col(st, 5));
        add_str(r, "decided_at", col(st, 6));
        add_str(r, "reason", col(st, 7));
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot read the item");
        return -1;
    }
    return 0;
}

static int add_referral(fi_store *s, cJSON *root, long long ref, char **err)
{
    fi_referral *r = NULL;
    if (fi_referral_load(s, ref, &r, err))
        return -1;
    cJSON *o = cJSON_AddObjectToObject(root, "referral");
    cJSON_AddNumberToObject(o, "id", (double)ref);
    add_str(o, "status", r->status);
    add_str(o, "opened_at", r->opened_at);
    add_str(o, "accepted_at", r->accepted_at);
    add_str(o, "scheduled_for", r->scheduled_for);
    cJSON *docs = cJSON_AddArrayToObject(o, "documents");
    for (size_t i = 0; i < r->ndocs; i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddItemToArray(docs, d);
        cJSON_AddNumberToObject(d, "id", (double)r->docs[i].id);
        add_str(d, "file_name", r->docs[i].file_name);
        add_str(d, "received_at", r->docs[i].received_at);
        add_str(d, "link", r->docs[i].link);
    }
    cJSON *hist = cJSON_AddArrayToObject(o, "history");
    for (size_t i = 0; i < r->nhist; i++) {
        const fi_ref_hist *h = &r->hist[i];
        cJSON *e = cJSON_CreateObject();
        cJSON_AddItemToArray(hist, e);
        add_str(e, "at", h->at);
        add_str(e, "by", h->actor);
        add_str(e, "from", h->from);
        add_str(e, "to", h->to);
        if (h->date)
            cJSON_AddStringToObject(e, "date", h->date);
        if (h->reason)
            cJSON_AddStringToObject(e, "reason", h->reason);
    }
    fi_referral_free(r);
    return 0;
}

static int add_audit(fi_store *s, cJSON *root, long long doc_id, long long ref, char **err)
{
    sqlite3_stmt *st = fi_stmt(s, Q_AUDIT_OF_DOC, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    sqlite3_bind_int64(st, 2, ref);
    sqlite3_bind_int64(st, 3, 50);
    cJSON *arr = cJSON_AddArrayToObject(root, "audit");
    int rc;
    /* newest 50, shown oldest first */
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        cJSON_InsertItemInArray(arr, 0, fi_audit_row_json(st));
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : (*err = fi_sqlerr(s, "cannot read the audit log"), -1);
}

int fi_store_show_json(fi_store *s, long long doc_id, char **json, char **err)
{
    *json = NULL;
    *err = NULL;
    long long ref = 0;
    cJSON *root = cJSON_CreateObject();
    int rc = -1;
    if (!root) {
        *err = fi_errf("out of memory");
        return -1;
    }
    if (add_document(s, root, doc_id, &ref, err) || add_fields(s, root, doc_id, err) ||
        add_review(s, root, doc_id, err) || add_referral(s, root, ref, err) ||
        add_audit(s, root, doc_id, ref, err))
        goto done;
    *json = cJSON_Print(root);
    if (!*json)
        *err = fi_errf("out of memory");
    rc = *json ? 0 : -1;
done:
    cJSON_Delete(root);
    return rc;
}

/* --------------------------------------------------------------- text */

static const char *str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static double num(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? v->valuedouble : 0.0;
}

/* A field value for a table cell: strings bare, lists joined by commas. */
static void value_text(const cJSON *v, char *buf, size_t bufsz)
{
    buf[0] = '\0';
    if (cJSON_IsString(v)) {
        snprintf(buf, bufsz, "%s", v->valuestring);
    } else if (cJSON_IsArray(v)) {
        size_t len = 0;
        const cJSON *e;
        cJSON_ArrayForEach(e, v)
        {
            int w = snprintf(buf + len, bufsz - len, "%s%s", len ? ", " : "",
                             cJSON_IsString(e) ? e->valuestring : "?");
            if (w < 0 || (size_t)w >= bufsz - len)
                break;
            len += (size_t)w;
        }
    } else if (cJSON_IsNull(v)) {
        snprintf(buf, bufsz, "(not carried)");
    }
}

int fi_store_print_queue(fi_store *s, long long offset, long long limit, FILE *out, char **err)
{
    char *json = NULL;
    if (fi_store_queue_json(s, offset, limit, &json, err))
        return -1;
    cJSON *arr = cJSON_Parse(json);
    free(json);
    if (!cJSON_GetArraySize(arr)) {
        fputs(offset ? "no more items\n" : "the queue is empty\n", out);
        cJSON_Delete(arr);
        return 0;
    }
    fprintf(out, "%-7s %-8s %-8s %-20s %-24s %-16s %-5s %-6s %s\n", "doc", "referral",
            "urgency", "received", "patient", "specialty", "compl", "review", "note");
    const cJSON *o;
    cJSON_ArrayForEach(o, arr)
    {
        char patient[64], spec[32], note[96];
        const char *last = str(o, "patient_last_name"), *first = str(o, "patient_first_name");
        snprintf(patient, sizeof patient, "%s%s%s", last ? last : "?", first ? ", " : "",
                 first ? first : "");
        const cJSON *sv = cJSON_GetObjectItem(o, "referred_to_specialty");
        snprintf(spec, sizeof spec, "%s", cJSON_IsString(sv) ? sv->valuestring : "-");
        note[0] = '\0';
        const char *link = str(o, "link");
        if (str(o, "claimed_by"))
            snprintf(note, sizeof note, "claimed by %s", str(o, "claimed_by"));
        else if (link && strcmp(link, "duplicate") == 0)
            snprintf(note, sizeof note, "duplicate of %.0f", num(o, "duplicate_of"));
        else if (link && strcmp(link, "new") != 0)
            snprintf(note, sizeof note, "linked (%s) to %.0f", link, num(o, "link_document"));
        fprintf(out, "%-7.0f %-8.0f %-8s %-20s %-24.24s %-16.16s %5.2f %6.0f %s\n",
                num(o, "document"), num(o, "referral"), str(o, "urgency"),
                str(o, "received_at") ? str(o, "received_at") : "", patient, spec,
                num(o, "completeness"), num(o, "needs_review"), note);
    }
    cJSON_Delete(arr);
    return 0;
}

int fi_store_print_show(fi_store *s, long long doc_id, FILE *out, char **err)
{
    char *json = NULL;
    if (fi_store_show_json(s, doc_id, &json, err))
        return -1;
    cJSON *root = cJSON_Parse(json);
    free(json);
    const cJSON *d = cJSON_GetObjectItem(root, "document");
    const cJSON *l = cJSON_GetObjectItem(root, "link");
    const cJSON *rv = cJSON_GetObjectItem(root, "review");
    const cJSON *rf = cJSON_GetObjectItem(root, "referral");
    const cJSON *e;
    fprintf(out, "document %.0f   %s   received %s   %.0f page(s)\n", num(d, "id"),
            str(d, "file_name"), str(d, "received_at"), num(d, "pages"));
    cJSON_ArrayForEach(e, cJSON_GetObjectItem(d, "page_info"))
    {
        fprintf(out, "  page %.0f: %s, %.0f words, mean confidence %.2f", num(e, "page"),
                str(e, "read_by"), num(e, "words"), num(e, "mean_conf"));
        if (num(e, "rotation"))
            fprintf(out, ", turned %.0f degrees", num(e, "rotation"));
        if (str(e, "note"))
            fprintf(out, " (%s)", str(e, "note"));
        fputc('\n', out);
    }
    fprintf(out, "referral %.0f   %s", num(rf, "id"), str(rf, "status"));
    if (str(rf, "scheduled_for"))
        fprintf(out, " for %s", str(rf, "scheduled_for"));
    fprintf(out, "   %s\n", str(l, "text"));
    if (str(l, "undo"))
        fprintf(out, "  undo with: %s\n", str(l, "undo"));
    fprintf(out, "review   %s, %s", str(rv, "state"), str(rv, "urgency"));
    if (str(rv, "claimed_by"))
        fprintf(out, ", claimed by %s until %s", str(rv, "claimed_by"), str(rv, "lease_until"));
    if (str(rv, "decision"))
        fprintf(out, ", %s by %s at %s", str(rv, "decision"), str(rv, "decided_by"),
                str(rv, "decided_at"));
    if (str(rv, "reason"))
        fprintf(out, " (%s)", str(rv, "reason"));
    fputs("\n\n", out);

    fprintf(out, "%-22s %-36s %5s %4s  %s\n", "field", "value", "conf", "page", "");
    const cJSON *fields = cJSON_GetObjectItem(root, "fields");
    for (int i = 0; i < FI_NFIELDS; i++) {
        const cJSON *f = cJSON_GetObjectItem(fields, FI_FIELDS[i].name);
        char value[256];
        if (!f) {
            fprintf(out, "%-22s %-36s\n", FI_FIELDS[i].name,
                    FI_FIELDS[i].required ? "(missing)" : "-");
            continue;
        }
        value_text(cJSON_GetObjectItem(f, "value"), value, sizeof value);
        char page[8] = "";
        if (num(f, "page"))
            snprintf(page, sizeof page, "%.0f", num(f, "page"));
        char mark[96] = "";
        if (str(f, "set_by"))
            snprintf(mark, sizeof mark, "set by %s", str(f, "set_by"));
        else if (cJSON_IsTrue(cJSON_GetObjectItem(f, "needs_review")))
            snprintf(mark, sizeof mark, "CHECK");
        fprintf(out, "%-22s %-36s %5.2f %4s  %s\n", FI_FIELDS[i].name, value,
                num(f, "confidence"), page, mark);
    }

    const cJSON *docs = cJSON_GetObjectItem(rf, "documents");
    if (cJSON_GetArraySize(docs) > 1) {
        fputs("\ndocuments of this referral:\n", out);
        cJSON_ArrayForEach(e, docs)
            fprintf(out, "  %.0f  %s  %s  %s\n", num(e, "id"), str(e, "received_at"),
                    str(e, "file_name"), str(e, "link"));
    }
    fputs("\nhistory:\n", out);
    cJSON_ArrayForEach(e, cJSON_GetObjectItem(rf, "history"))
    {
        fprintf(out, "  %s  %-10s -> %-10s by %s", str(e, "at"),
                str(e, "from") ? str(e, "from") : "", str(e, "to"), str(e, "by"));
        if (str(e, "date"))
            fprintf(out, " (date %s)", str(e, "date"));
        if (str(e, "reason"))
            fprintf(out, ": %s", str(e, "reason"));
        fputc('\n', out);
    }
    fputs("\naudit:\n", out);
    cJSON_ArrayForEach(e, cJSON_GetObjectItem(root, "audit"))
    {
        fprintf(out, "  %s  %-10s %-18s", str(e, "at"), str(e, "actor"), str(e, "action"));
        if (str(e, "field"))
            fprintf(out, " %s", str(e, "field"));
        if (str(e, "old") || str(e, "new"))
            fprintf(out, " %s -> %s", str(e, "old") ? str(e, "old") : "(none)",
                    str(e, "new") ? str(e, "new") : "(none)");
        fputc('\n', out);
    }
    cJSON_Delete(root);
    return 0;
}
