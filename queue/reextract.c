/*
 * reextract.c: replaying the rules over stored words.
 *
 * When the rules change, every stored document can be extracted again
 * from its words, without OCR.  A value a person set is the truth for that
 * document and is never replaced; only extracted values change, each
 * change audited under the actor "rules:reextract".  The same stored words
 * and reviewed values make a labelled corpus for free: `rules test
 * --reviewed` scores the current rules against what reviewers accepted.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "../extract/compare.h"
#include "../extract/result.h"
#include "store_int.h"

enum { DOCS_PER_TX = 256 };

#define ACTOR "rules:reextract"

/* A value for a report line: a string bare, a list as JSON, none. */
static void shown(const char *json, char *buf, size_t bufsz)
{
    char *s = fi_json_string(json);
    snprintf(buf, bufsz, "%s", s ? s : json ? json : "(none)");
    free(s);
}

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Replaces one extracted value (value NULL: no longer found). */
static int put_extracted(fi_store *s, long long doc_id, int i, const fi_value *v,
                         const char *value, char **err)
{
    sqlite3_stmt *st;
    if (!value) {
        st = fi_stmt(s, Q_FIELD_DELETE, err);
        if (!st)
            return -1;
        sqlite3_bind_int64(st, 1, doc_id);
        fi_bind_text(st, 2, FI_FIELDS[i].name);
        return fi_exec(s, st, "cannot remove a field", err);
    }
    st = fi_stmt(s, Q_FIELD_SET_EXTRACTED, err);
    if (!st)
        return -1;
    fi_bind_field(st, doc_id, i, v, value);
    return fi_exec(s, st, "cannot store a field", err);
}

static int reextract_one(fi_store *s, const fi_rules *rules, long long doc_id, FILE *out,
                         fi_reextract_stats *stats, char **err)
{
    fi_doc *doc = NULL;
    fi_result *res = NULL;
    long long ref = 0;
    int rc = -1, changed = 0, keys = 0;
    char now[32], *accepted_by = NULL;
    if (fi_store_load_doc(s, doc_id, &doc, err))
        return -1;
    if (!(res = fi_extract(rules, doc, NULL, NULL))) {
        *err = fi_errf("out of memory extracting document %lld", doc_id);
        goto done;
    }
    sqlite3_stmt *st = fi_stmt(s, Q_DOC_GET, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, doc_id);
    if (sqlite3_step(st) == SQLITE_ROW)
        ref = sqlite3_column_int64(st, 8);
    sqlite3_reset(st);
    /* An accepted document's values were confirmed by its reviewer, the
     * ones the rules found and the ones they did not: they stand as if
     * typed, and are the truth `rules test --reviewed` scores against. */
    st = fi_stmt(s, Q_ITEM_GET, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, doc_id);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 3) &&
        strcmp((const char *)sqlite3_column_text(st, 3), "accepted") == 0)
        accepted_by = fi_col_dup(st, 5);
    sqlite3_reset(st);

    for (int i = 0; i < FI_NFIELDS; i++) {
        const char *name = FI_FIELDS[i].name;
        char *old = NULL, *by = NULL;
        int had = 0;
        st = fi_stmt(s, Q_FIELD_GET, err);
        if (!st)
            goto done;
        sqlite3_bind_int64(st, 1, doc_id);
        fi_bind_text(st, 2, name);
        if (sqlite3_step(st) == SQLITE_ROW) {
            had = 1;
            old = fi_col_dup(st, 0);
            by = fi_col_dup(st, 1);
        }
        sqlite3_reset(st);
        char *now_value = fi_result_value(res, name);
        int r = 0;
        if (by || accepted_by) {
            /* A person's value stands; say when the rules now disagree. */
            if (!same(old, now_value)) {
                char a[160], b[160];
                shown(old, a, sizeof a);
                shown(now_value, b, sizeof b);
                stats->kept_person++;
                if (out && by)
                    fprintf(out, "document %lld: %s: kept %s's value %s (the rules read %s)\n",
                            doc_id, name, by, a, b);
                else if (out)
                    fprintf(out, "document %lld: %s: kept %s as accepted by %s (the rules read "
                                 "%s)\n", doc_id, name, a, accepted_by, b);
            }
        } else if (same(old, now_value)) {
            /* same value: refresh its confidence and box quietly */
            if (had && now_value)
                r = put_extracted(s, doc_id, i, &res->values[i], now_value, err);
        } else {
            char a[160], b[160];
            shown(old, a, sizeof a);
            shown(now_value, b, sizeof b);
            r = put_extracted(s, doc_id, i, &res->values[i], now_value, err);
            if (!r)
                r = fi_audit_add(s, ACTOR, "field.reextract", doc_id, ref, name, old, now_value,
                                 err);
            if (!r && out)
                fprintf(out, "document %lld: %s: %s -> %s\n", doc_id, name, a, b);
            if (!r && strcmp(name, "urgency") == 0) {
                char *u = fi_json_string(now_value);
                st = fi_stmt(s, Q_ITEM_SET_RANK, err);
                if (st) {
                    sqlite3_bind_int64(st, 1, doc_id);
                    sqlite3_bind_int(st, 2, fi_urgency_rank(u));
                    r = fi_exec(s, st, "cannot re-rank the item", err);
                } else {
                    r = -1;
                }
                free(u);
            }
            keys |= strcmp(name, "patient_last_name") == 0 || strcmp(name, "patient_dob") == 0 ||
                    strcmp(name, "patient_mrn") == 0;
            changed++;
        }
        free(old);
        free(by);
        free(now_value);
        if (r)
            goto done;
    }
    if (keys && ref && fi_referral_update_keys(s, ref, err))
        goto done;
    fi_iso_time(fi_now(s), now);
    st = fi_stmt(s, Q_DOC_SET_EXTRACTED, err);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, doc_id);
    sqlite3_bind_double(st, 2, fi_result_completeness(res));
    fi_bind_text(st, 3, now);
    if (fi_exec(s, st, "cannot update the document", err))
        goto done;
    stats->documents++;
    stats->changed_fields += changed;
    stats->changed_docs += changed > 0;
    rc = 0;
done:
    free(accepted_by);
    fi_result_free(res);
    fi_doc_free(doc);
    return rc;
}

/* The ids of the next page of documents after after (for --all). */
static int next_ids(fi_store *s, long long after, long long *ids, size_t max, size_t *n,
                    char **err)
{
    *n = 0;
    sqlite3_stmt *st = fi_stmt(s, Q_DOC_IDS_FROM, err);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 1, after);
    sqlite3_bind_int64(st, 2, (long long)max);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        ids[(*n)++] = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot list the documents");
        return -1;
    }
    return 0;
}

int fi_store_reextract(fi_store *s, const fi_rules *rules, const long long *ids, size_t n,
                       FILE *out, fi_reextract_stats *stats, char **err)
{
    *err = NULL;
    fi_reextract_stats local = {0};
    if (!stats)
        stats = &local;
    memset(stats, 0, sizeof *stats);
    long long page[DOCS_PER_TX];
    long long after = 0;
    size_t done = 0;
    /* A few hundred documents per transaction: a crash loses at most that
     * much work, and intake and reviewers are never locked out for long. */
    for (;;) {
        size_t count = 0;
        const long long *batch = page;
        if (n == 0) {
            if (next_ids(s, after, page, DOCS_PER_TX, &count, err))
                return -1;
        } else {
            batch = ids + done;
            count = n - done < DOCS_PER_TX ? n - done : DOCS_PER_TX;
        }
        if (count == 0)
            break;
        if (fi_tx_begin(s, err))
            return -1;
        int ok = 1;
        for (size_t i = 0; ok && i < count; i++)
            ok = reextract_one(s, rules, batch[i], out, stats, err) == 0;
        if (fi_tx_end(s, ok, err))
            return -1;
        done += count;
        after = batch[count - 1];
        if (n && done >= n)
            break;
    }
    return 0;
}

/* ------------------------------------------------------ rules test */

/* Scores rules over the reviewed documents into per[] (zeroed by the
 * caller), *scored and *fully; each wrong field is described on errs when
 * it is not NULL. */
static int score_reviewed(fi_store *s, const fi_rules *rules, FILE *errs,
                          fi_tally per[FI_NFIELDS], int *scored_out, int *fully_out,
                          char **err)
{
    long long *ids = NULL;
    size_t nids = 0, cap = 0;
    int scored = 0, fully = 0, rc = -1;

    sqlite3_stmt *st = fi_stmt(s, Q_REVIEWED_DOCS, err);
    if (!st)
        return -1;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (nids == cap) {
            cap = cap ? cap * 2 : 256;
            long long *grown = realloc(ids, cap * sizeof *ids);
            if (!grown)
                break;
            ids = grown;
        }
        ids[nids++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_reset(st);
    if (step != SQLITE_DONE) {
        *err = step == SQLITE_ROW ? fi_errf("out of memory") : fi_sqlerr(s, "cannot list");
        goto done;
    }
    for (size_t d = 0; d < nids; d++) {
        fi_doc *doc = NULL;
        char *truth[FI_NFIELDS] = {0};
        if (fi_store_load_doc(s, ids[d], &doc, err))
            goto done;
        fi_result *res = fi_extract(rules, doc, NULL, NULL);
        st = fi_stmt(s, Q_FIELDS_OF_DOC, err);
        if (!res || !st) {
            fi_doc_free(doc);
            fi_result_free(res);
            if (!*err)
                *err = fi_errf("out of memory");
            goto done;
        }
        /* the reviewed values: what the rules read and the reviewer let
         * stand, or what the reviewer typed */
        sqlite3_bind_int64(st, 1, ids[d]);
        while (sqlite3_step(st) == SQLITE_ROW) {
            int i = fi_field_index((const char *)sqlite3_column_text(st, 0));
            if (i >= 0 && !truth[i])
                truth[i] = fi_col_dup(st, 1);
        }
        sqlite3_reset(st);
        int all_ok = 1;
        for (int i = 0; i < FI_NFIELDS; i++) {
            const char *name = FI_FIELDS[i].name;
            char *found = fi_result_value(res, name);
            fi_verdict v = fi_compare_field(name, found, truth[i]);
            fi_tally_add(&per[i], v);
            if (v != FI_VERDICT_NOT_COUNTED && v != FI_VERDICT_CORRECT) {
                all_ok = 0;
                if (errs) {
                    char a[160], b[160];
                    shown(truth[i], a, sizeof a);
                    shown(found, b, sizeof b);
                    fprintf(errs, "document %lld %s: %s: reviewed %s, rules read %s\n", ids[d],
                            name, fi_verdict_name(v), a, b);
                }
            }
            free(found);
            free(truth[i]);
        }
        fully += all_ok;
        scored++;
        fi_result_free(res);
        fi_doc_free(doc);
    }
    *scored_out = scored;
    *fully_out = fully;
    rc = 0;
done:
    free(ids);
    return rc;
}

int fi_store_rules_test(fi_store *s, const fi_rules *rules, int show_errors, FILE *out,
                        char **err)
{
    *err = NULL;
    fi_tally per[FI_NFIELDS] = {{0}};
    int scored = 0, fully = 0, rc = -1;
    char *errbuf = NULL;
    size_t errlen = 0;
    FILE *errs = NULL;
    if (show_errors && !(errs = open_memstream(&errbuf, &errlen))) {
        *err = fi_errf("out of memory");
        goto done;
    }
    if (score_reviewed(s, rules, errs, per, &scored, &fully, err))
        goto done;
    if (errs) {
        fclose(errs);
        errs = NULL;
    }
    fi_tally_print_table(per, out);
    fputs("(* required for completeness; truth: the reviewers' accepted values)\n", out);
    fprintf(out, "documents:                 %d reviewed and accepted\n", scored);
    fi_tally_print_overall(per, "reviewed fields", out);
    fprintf(out, "documents fully correct:   %d/%d (%.1f%%)\n", fully, scored,
            fi_percent(fully, scored));
    if (errbuf && errlen) {
        fputs("\nerrors:\n", out);
        fwrite(errbuf, 1, errlen, out);
    }
    rc = scored;
done:
    if (errs)
        fclose(errs);
    free(errbuf);
    return rc;
}

int fi_store_rules_score_json(fi_store *s, const fi_rules *rules, char **json, char **err)
{
    *err = NULL;
    *json = NULL;
    fi_tally per[FI_NFIELDS] = {{0}};
    int scored = 0, fully = 0, n = 0, correct = 0, fp = 0;
    if (score_reviewed(s, rules, NULL, per, &scored, &fully, err))
        return -1;
    cJSON *root = cJSON_CreateObject();
    cJSON *fields = cJSON_AddArrayToObject(root, "fields");
    for (int i = 0; fields && i < FI_NFIELDS; i++) {
        cJSON *f = cJSON_CreateObject();
        cJSON_AddItemToArray(fields, f);
        cJSON_AddStringToObject(f, "field", FI_FIELDS[i].name);
        cJSON_AddNumberToObject(f, "n", per[i].n);
        cJSON_AddNumberToObject(f, "correct", per[i].correct);
        cJSON_AddNumberToObject(f, "fp", per[i].fp);
        n += per[i].n;
        correct += per[i].correct;
        fp += per[i].fp;
    }
    cJSON_AddNumberToObject(root, "documents", scored);
    cJSON_AddNumberToObject(root, "fully_correct", fully);
    cJSON_AddNumberToObject(root, "n", n);
    cJSON_AddNumberToObject(root, "correct", correct);
    cJSON_AddNumberToObject(root, "fp", fp);
    *json = cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    if (!*json) {
        *err = fi_errf("out of memory");
        return -1;
    }
    return 0;
}
