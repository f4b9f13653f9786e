/*
 * rulestest.c: `faxintake rules check` and `faxintake rules test`.
 *
 * A test run has three phases, timed apart because they differ a
 * thousandfold in cost:
 *   1. words: each document hashed and looked up in the OCR cache; misses
 *      are read by a pool of workers, each with its own OCR engine (opened
 *      only when a worker meets its first miss, so a warm run never loads
 *      Tesseract), and stored;
 *   2. extraction: the rules over every document's words, on one thread,
 *      so "documents per second" is the cost of the rules on one core;
 *   3. scoring: every field against the truth, as bench/score.py does.
 * All documents are held in memory between phases 1 and 2; a corpus of a
 * few hundred referrals is tens of megabytes.
 */
#include "rulestest.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../extract/compare.h"
#include "../ocr/cache.h"

enum { NF = FI_COMPARE_NFIELDS, MAX_TRUTH_FILE = 16 << 20 };

typedef struct doc_slot {
    const char *file;          /* as given on the command line */
    char *stem;                /* file name without folder and extension */
    fi_doc *doc;               /* its words, as the cache holds them */
    int from_cache;            /* 1: found in the cache */
    char *err;                 /* why it could not be read, or NULL */
    fi_result *res;            /* extraction result (NULL if unreadable) */
    int has_truth;             /* 1: a usable truth file was found */
    char *truth[NF];           /* truth values as JSON text, NULL: absent */
} doc_slot;

typedef struct run {
    const fi_rulestest_options *opt;
    fi_ocr_cache *cache;
    doc_slot *docs;
    int ndocs;
    FILE *log;
    pthread_mutex_t lock;      /* guards everything below */
    int next;                  /* index of the next document to take */
    int done, hits, ocred, failed;
    int put_warned;            /* a cache write failure is reported once */
    double t0;
} run;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ------------------------------------------------------------ rules check */

int fi_rules_check(const char *path, FILE *out, char **err)
{
    fi_rules *rules = NULL;
    *err = NULL;
    int rc = path ? fi_rules_load(&rules, path, err) : fi_rules_default(&rules, err);
    if (rc) {
        if (!*err)
            *err = fi_errf("%s: cannot load the rules", path ? path : "built-in rules");
        return -1;
    }
    int nfield, ntext;
    fi_rules_counts(rules, &nfield, &ntext);
    fprintf(out, "%s: ok (%d field rules, %d text rules)\n", path ? path : "built-in rules", nfield,
            ntext);
    fi_rules_free(rules);
    return 0;
}

/* ------------------------------------------------------- phase 1: words */

static char *stem_of(const char *file)
{
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    const char *dot = strrchr(base, '.');
    size_t len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    return strndup(base, len);
}

/* The document as it comes back from the cache: extraction must see the
 * same words (confidences rounded as stored) on a cold and a warm run.
 * Takes doc; returns the copy, or NULL on OOM. */
static fi_doc *as_cached(fi_doc *doc)
{
    char *pages = fi_doc_pages_to_json(doc);
    fi_doc *copy = NULL;
    if (pages && fi_doc_from_pages_json(&copy, doc->source, pages) == 0) {
        copy->meta = doc->meta;
        doc->meta = NULL;
    }
    free(pages);
    fi_doc_free(doc);
    return copy;
}

typedef struct reader {
    fi_ocr *ocr;               /* opened at the first cache miss */
    int tried;                 /* 1: opening was attempted */
    char *open_err;            /* why the engine could not start */
} reader;

/* Fills slot->doc from the cache or by OCR; on failure sets slot->err. */
static void read_one(run *r, reader *rd, doc_slot *slot)
{
    char hex[65];
    char *err = NULL;
    fi_doc *doc = NULL;
    if (fi_sha256_file(slot->file, hex, &err)) {
        slot->err = err;
        return;
    }
    if (fi_ocr_cache_get(r->cache, hex, slot->file, &slot->doc) == 1) {
        slot->from_cache = 1;
        return;
    }
    if (!rd->tried) {
        rd->tried = 1;
        if (fi_ocr_open(&rd->ocr, &r->opt->ocr, &rd->open_err) != FI_OCR_OK)
            rd->ocr = NULL;
    }
    if (!rd->ocr) {
        slot->err = fi_errf("cannot start the OCR engine: %s",
                            rd->open_err ? rd->open_err : "unknown error");
        return;
    }
    if (fi_ocr_read_file(rd->ocr, slot->file, &doc, &err) != FI_OCR_OK) {
        slot->err = err ? err : fi_errf("cannot read the document");
        return;
    }
    if (fi_ocr_cache_put(r->cache, hex, doc, &err)) {
        pthread_mutex_lock(&r->lock);
        if (!r->put_warned++)
            fprintf(r->log, "faxintake rules test: warning: %s; going on without caching\n",
                    err ? err : "cannot write to the OCR cache");
        pthread_mutex_unlock(&r->lock);
        free(err);
    }
    slot->doc = as_cached(doc);
    if (!slot->doc)
        slot->err = fi_errf("out of memory");
}

static void show_progress(const run *r)
{
    fprintf(stderr, "\r%d/%d documents (%d from the cache, %d read, %d failed)   ", r->done,
            r->ndocs, r->hits, r->ocred, r->failed);
    fflush(stderr);
}

static void *worker(void *arg)
{
    run *r = arg;
    reader rd = {0};
    for (;;) {
        pthread_mutex_lock(&r->lock);
        int i = r->next < r->ndocs ? r->next++ : -1;
        pthread_mutex_unlock(&r->lock);
        if (i < 0)
            break;
        doc_slot *slot = &r->docs[i];
        read_one(r, &rd, slot);
        pthread_mutex_lock(&r->lock);
        r->done++;
        if (slot->err) {
            r->failed++;
            if (r->opt->progress)
                fputc('\n', stderr);
            fprintf(r->log, "faxintake: %s: %s\n", slot->file, slot->err);
        } else if (slot->from_cache) {
            r->hits++;
        } else {
            r->ocred++;
        }
        if (r->opt->progress)
            show_progress(r);
        pthread_mutex_unlock(&r->lock);
    }
    fi_ocr_close(rd.ocr);
    free(rd.open_err);
    return NULL;
}

static int read_all_docs(run *r, char **err)
{
    int jobs = r->opt->jobs > 0 ? r->opt->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (jobs < 1)
        jobs = 1;
    if (jobs > r->ndocs)
        jobs = r->ndocs > 0 ? r->ndocs : 1;
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    int started = 0;
    for (; threads && started < jobs; started++)
        if (pthread_create(&threads[started], NULL, worker, r) != 0)
            break;
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    if (r->opt->progress && r->ndocs)
        fputc('\n', stderr);
    if (started == 0 || r->done < r->ndocs) {
        *err = fi_errf("could not start the workers");
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------- truth */

static char *read_text_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    struct stat st;
    if (!f)
        return NULL;
    if (fstat(fileno(f), &st) != 0 || st.st_size > MAX_TRUTH_FILE)
        goto fail;
    size_t len = (size_t)st.st_size;
    buf = malloc(len + 1);
    if (!buf || fread(buf, 1, len, f) != len)
        goto fail;
    buf[len] = '\0';
    fclose(f);
    return buf;
fail:
    free(buf);
    fclose(f);
    return NULL;
}

/* Loads DIR/<stem>.json's "fields" into slot->truth; a missing or broken
 * truth file is reported on log and the document is not scored (as
 * score.py skips a broken truth file). */
static void load_truth(const char *dir, doc_slot *slot, FILE *log)
{
    char *path = fi_errf("%s/%s.json", dir, slot->stem);
    char *text = path ? read_text_file(path) : NULL;
    /* score.py reads truth with utf-8-sig: skip a byte order mark. */
    const char *body = text && strncmp(text, "\xef\xbb\xbf", 3) == 0 ? text + 3 : text;
    cJSON *root = body ? cJSON_Parse(body) : NULL;
    const cJSON *fields = cJSON_GetObjectItemCaseSensitive(root, "fields");
    if (!text) {
        fprintf(log, "faxintake rules test: warning: %s: no truth file %s; not scored\n",
                slot->file, path ? path : slot->stem);
        goto done;
    }
    if (!cJSON_IsObject(fields)) {
        fprintf(log, "faxintake rules test: warning: truth %s is not JSON with a \"fields\" "
                     "object; %s not scored\n", path, slot->file);
        goto done;
    }
    for (int i = 0; i < NF; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(fields, fi_compare_field_name(i));
        if (v && !cJSON_IsNull(v))
            slot->truth[i] = cJSON_PrintUnformatted(v);
    }
    slot->has_truth = 1;
done:
    cJSON_Delete(root);
    free(text);
    free(path);
}

/* ------------------------------------------------------------ report */

/* A value for an error line: a string without its quotes, anything else
 * (a list) as compact JSON; "routine" for an absent urgency.  free(). */
static char *shown(const char *field, const char *json)
{
    if (!json)
        return strdup(strcmp(field, "urgency") == 0 ? "routine" : "nothing");
    cJSON *v = cJSON_Parse(json);
    char *s = cJSON_IsString(v) ? strdup(v->valuestring) : strdup(json);
    cJSON_Delete(v);
    return s;
}

static void print_error(FILE *out, const doc_slot *slot, int i, fi_verdict v, const char *found)
{
    const char *field = fi_compare_field_name(i);
    char *want = shown(field, slot->truth[i]);
    char *got = shown(field, found);
    if (v == FI_VERDICT_MISSED)
        fprintf(out, "%s %s: expected %s, missing\n", slot->stem, field, want ? want : "?");
    else if (v == FI_VERDICT_FALSE_POSITIVE)
        fprintf(out, "%s %s: false positive, found %s\n", slot->stem, field, got ? got : "?");
    else
        fprintf(out, "%s %s: expected %s, found %s\n", slot->stem, field, want ? want : "?",
                got ? got : "?");
    free(want);
    free(got);
}

/* Scores every document with a truth and prints the report. */
static int score_and_report(const run *r, double t_read, double t_extract, int repeat, FILE *out)
{
    fi_tally per[NF] = {{0}};
    int scored = 0, no_truth = 0, fully = 0, agree = 0, extracted = 0;
    char *buf = NULL;
    size_t buflen = 0;
    /* Errors are collected in document order and printed after the table. */
    FILE *errs = r->opt->show_errors ? open_memstream(&buf, &buflen) : NULL;
    if (r->opt->show_errors && !errs)
        return -1;
    for (int d = 0; d < r->ndocs; d++) {
        const doc_slot *slot = &r->docs[d];
        extracted += slot->res != NULL;
        if (!slot->has_truth) {
            no_truth++;
            continue;
        }
        scored++;
        int all_ok = 1, same_missing = slot->res != NULL;
        for (int i = 0; i < NF; i++) {
            const char *name = fi_compare_field_name(i);
            char *found = slot->res ? fi_result_value(slot->res, name) : NULL;
            fi_verdict v = fi_compare_field(name, found, slot->truth[i]);
            /* An unreadable document is scored as score.py scores a missing
             * output: every truth field missed, urgency included. */
            if (!slot->res && v != FI_VERDICT_NOT_COUNTED)
                v = FI_VERDICT_MISSED;
            fi_tally_add(&per[i], v);
            if (v != FI_VERDICT_NOT_COUNTED && v != FI_VERDICT_CORRECT) {
                all_ok = 0;
                if (errs)
                    print_error(errs, slot, i, v, found);
            }
            if (fi_compare_field_required(i)) {
                char *norm = NULL;
                int truth_absent = fi_compare_normalize(name, slot->truth[i], &norm) != 1;
                free(norm);
                if (slot->res && truth_absent != fi_compare_result_missing(slot->res, i))
                    same_missing = 0;
            } else if (slot->res && fi_compare_result_missing(slot->res, i)) {
                same_missing = 0; /* the rules require a field the contract does not */
            }
            free(found);
        }
        fully += all_ok;
        agree += same_missing;
    }
    if (errs)
        fclose(errs);

    fi_tally_print_table(per, out);
    fputs("(* required for completeness)\n", out);
    fprintf(out, "documents:                 %d scored (%d without truth, %d unreadable)\n",
            scored, no_truth, r->failed);
    fi_tally_print_overall(per, "truth fields", out);
    fprintf(out, "documents fully correct:   %d/%d (%.1f%%)\n", fully, scored, fi_percent(fully, scored));
    fprintf(out, "completeness agreement:    %d/%d (%.1f%%)\n", agree, scored, fi_percent(agree, scored));
    fprintf(out, "ocr cache:                 %d hits, %d misses, %d documents OCRed (%s)\n",
            r->hits, r->ndocs - r->hits, r->ocred, fi_ocr_cache_dir(r->cache));
    double rate = t_extract > 0 ? (double)extracted * repeat / t_extract : 0.0;
    fprintf(out, "time:                      OCR and cache %.2f s, extraction %.3f s", t_read,
            t_extract);
    if (repeat > 1)
        fprintf(out, " for %d passes", repeat);
    fprintf(out, " (%.0f docs/s)\n", rate);
    if (buf && buflen) {
        fputs("\nerrors:\n", out);
        fwrite(buf, 1, buflen, out);
    }
    free(buf);
    return 0;
}

/* ------------------------------------------------------------ the run */

int fi_rulestest_run(const fi_rulestest_options *opt, char *const *files, int nfiles, FILE *out,
                     FILE *log, char **err)
{
    *err = NULL;
    run r = {.opt = opt, .ndocs = nfiles, .log = log};
    int rc = -1, lock_ok = 0;
    int repeat = opt->repeat > 0 ? opt->repeat : 1;
    struct stat st;
    if (!opt->truth_dir) {
        *err = fi_errf("no truth folder: --truth DIR is required");
        goto done;
    }
    if (stat(opt->truth_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        const char *why = "not a folder";
        if (stat(opt->truth_dir, &st) != 0)
            why = strerror(errno);
        *err = fi_errf("cannot use %s as the truth folder: %s (--truth DIR holds one "
                       "<stem>.json per document, as in CONTRACT.md)", opt->truth_dir, why);
        goto done;
    }
    if (fi_ocr_cache_open(&r.cache, opt->cache_dir, err))
        goto done;
    r.docs = calloc((size_t)nfiles + 1, sizeof *r.docs);
    if (!r.docs || pthread_mutex_init(&r.lock, NULL) != 0) {
        *err = fi_errf("out of memory");
        goto done;
    }
    lock_ok = 1;
    for (int d = 0; d < nfiles; d++) {
        r.docs[d].file = files[d];
        if (!(r.docs[d].stem = stem_of(files[d]))) {
            *err = fi_errf("out of memory");
            goto done;
        }
    }

    double t0 = now_s();
    if (read_all_docs(&r, err))
        goto done;
    double t_read = now_s() - t0;

    for (int d = 0; d < nfiles; d++)
        load_truth(opt->truth_dir, &r.docs[d], log);

    for (int d = 0; opt->explain && d < nfiles; d++) {
        if (!r.docs[d].doc)
            continue;
        char *text = fi_extract_explain(opt->rules, r.docs[d].doc);
        fprintf(out, "##### %s\n%s\n", r.docs[d].file, text ? text : "(out of memory)\n");
        free(text);
    }

    /* Only fi_extract is inside the clock: it is what a rules change costs. */
    t0 = now_s();
    for (int pass = 0; pass < repeat; pass++) {
        for (int d = 0; d < nfiles; d++) {
            doc_slot *slot = &r.docs[d];
            if (!slot->doc)
                continue;
            fi_result_free(slot->res);
            if (!(slot->res = fi_extract(opt->rules, slot->doc, NULL, NULL))) {
                *err = fi_errf("out of memory extracting %s", slot->file);
                goto done;
            }
        }
    }
    double t_extract = now_s() - t0;

    if (score_and_report(&r, t_read, t_extract, repeat, out)) {
        *err = fi_errf("out of memory writing the report");
        goto done;
    }
    rc = r.failed;
done:
    for (int d = 0; r.docs && d < nfiles; d++) {
        doc_slot *slot = &r.docs[d];
        free(slot->stem);
        fi_doc_free(slot->doc);
        free(slot->err);
        fi_result_free(slot->res);
        for (int i = 0; i < NF; i++)
            free(slot->truth[i]);
    }
    free(r.docs);
    if (lock_ok)
        pthread_mutex_destroy(&r.lock);
    fi_ocr_cache_close(r.cache);
    return rc;
}
