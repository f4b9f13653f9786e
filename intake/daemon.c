/*
 * daemon.c: the event loop of `faxintake run`, and `faxintake status`.
 *
 * One thread, one poll(): signals (signalfd, so no handler and no global
 * state), inotify, and one socket per reader.  This process owns the
 * store connection, the folders and the log; it never decodes a file (it
 * only hashes it and parses the readers' JSON), so a hostile file can cost
 * a reader but not the daemon.  daemon.h tells the life of a file and why
 * each step is where it is.
 */
#include "daemon.h"

#include <cjson/cJSON.h>
#include <sodium.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../ocr/cache.h"
#include "../queue/store.h"
#include "config.h"
#include "log.h"
#include "spool.h"
#include "status.h"
#include "worker.h"

enum { RULES_MAX = 4 * 1024 * 1024 };  /* a rules file larger than this is a mistake */
static const double STORE_RETRY_S = 30;   /* after a store error (disk full, locked) */

typedef struct rules_ref {
    fi_rules *rules;
    char *text;            /* the file's text sent to readers; NULL: built-in */
    char *name;            /* the file, for messages; "built-in" */
    int refs;
} rules_ref;

typedef struct job {
    fi_claim *claim;
    char sha[65];          /* "" until hashed */
    int deaths;            /* reader deaths the file may not be guilty of */
    double not_before;     /* monotonic: retry after a store error */
    double t_claimed;      /* monotonic */
    double hash_ms;
    struct job *next;
} job;

typedef struct slot {
    fi_worker *w;          /* NULL: no reader in this slot */
    pid_t pid;
    int ready;             /* Tesseract loaded, said so */
    int gen;               /* config generation it was started with */
    rules_ref *rules;      /* the rules it extracts with */
    job *job;              /* the document in hand */
    double sent_at, deadline;
    int timed_out;         /* we killed it for the wall-time limit */
    double restart_at;     /* monotonic; 0: start now */
    int failures;          /* starts in a row that never got ready */
} slot;

typedef struct intake {
    const fi_daemon_options *opt;
    fi_intake_config cfg;
    FILE *log;
    fi_spool *spool;
    fi_store *store;
    int sigfd;
    sigset_t old_mask;
    rules_ref *rules;      /* the current rules */
    int gen;               /* bumped by every reload */
    slot *slots;
    int nslots;
    pid_t *exiting;        /* retired readers still to reap */
    int nexiting;
    job *head, *tail;      /* claimed, waiting for a reader */
    int stopping;
    double stop_deadline;
    int ever_ready;        /* a reader has started: later failures are not fatal */
    char *start_error;     /* why readers cannot start, before any did */
    char started_at[32];
    int crash_after_commit; /* test hook, see fi_daemon_run */
    fi_status *status;     /* processing/.status.json */
} intake;

/* ---- time and the log ---- */

static double now_mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A one-off event with a message. */
static void log_msg(intake *d, const char *event, const char *key, const char *msg)
{
    fi_logline l;
    fi_logline_begin(&l, event);
    fi_logline_str(&l, key, msg ? msg : "unknown");
    fi_logline_end(&l, d->log);
}

/* ---- rules ---- */

static void rules_unref(rules_ref *r)
{
    if (!r || --r->refs > 0)
        return;
    fi_rules_free(r->rules);
    free(r->text);
    free(r->name);
    free(r);
}

/* Loads and compiles the rules file (NULL: the built-in rules); the text
 * is kept to hand to readers, so they compile exactly what we checked. */
static rules_ref *rules_load(const char *path, char **err)
{
    rules_ref *r = calloc(1, sizeof *r);
    FILE *f = NULL;
    if (!r)
        goto oom;
    r->refs = 1;
    r->name = strdup(path ? path : "built-in");
    if (!r->name)
        goto oom;
    if (!path) {
        if (fi_rules_open(&r->rules, NULL, err))
            goto fail;
        return r;
    }
    f = fopen(path, "r");
    if (!f) {
        *err = fi_errf("cannot open the rules file %s: %s", path, strerror(errno));
        goto fail;
    }
    r->text = malloc(RULES_MAX + 1);
    if (!r->text)
        goto oom;
    size_t n = fread(r->text, 1, RULES_MAX + 1, f);
    if (ferror(f) || n > RULES_MAX) {
        *err = fi_errf(ferror(f) ? "cannot read the rules file %s" : "rules file %s is over 4 MB",
                       path);
        goto fail;
    }
    r->text[n] = '\0';
    fclose(f);
    f = NULL;
    /* the readers parse the same text without the dictionaries: they
     * extract only to record second readings */
    if (fi_rules_parse(&r->rules, path, r->text, err) ||
        fi_rules_open_dictionaries(r->rules, err))
        goto fail;
    return r;
oom:
    *err = fi_errf("out of memory loading the rules");
fail:
    if (f)
        fclose(f);
    rules_unref(r);
    return NULL;
}

/* ---- readers ---- */

static char *hello_json(intake *d)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *ocr = cJSON_AddObjectToObject(o, "ocr");
    cJSON_AddStringToObject(o, "op", "hello");
    cJSON_AddNumberToObject(ocr, "max_file_bytes", (double)d->cfg.ocr.max_file_bytes);
    cJSON_AddNumberToObject(ocr, "max_pages", d->cfg.ocr.max_pages);
    cJSON_AddNumberToObject(ocr, "max_page_pixels", (double)d->cfg.ocr.max_page_pixels);
    cJSON_AddNumberToObject(ocr, "default_dpi", d->cfg.ocr.default_dpi);
    if (d->cfg.tessdata)
        cJSON_AddStringToObject(o, "tessdata", d->cfg.tessdata);
    if (d->rules->text)
        cJSON_AddStringToObject(o, "rules", d->rules->text);
    cJSON_AddStringToObject(o, "rules_name", d->rules->name);
    cJSON_AddNumberToObject(o, "memory_mb", (double)d->cfg.memory_mb);
    cJSON_AddNumberToObject(o, "cpu_seconds", d->cfg.cpu_seconds);
    cJSON_AddNumberToObject(o, "page_seconds", d->cfg.page_seconds);
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return text;
}

static void start_slot(intake *d, slot *s)
{
    char *err = NULL, *hello = hello_json(d);
    if (!hello || fi_worker_spawn(&s->w, d->opt->exe, hello, &err)) {
        log_msg(d, "reader-error", "reason", err ? err : "out of memory");
        s->restart_at = now_mono() + 5;
        free(err);
        free(hello);
        return;
    }
    free(hello);
    s->pid = fi_worker_pid(s->w);
    s->ready = 0;
    s->gen = d->gen;
    s->rules = d->rules;
    d->rules->refs++;
    s->job = NULL;
    s->timed_out = 0;
    s->restart_at = 0;
}

/* Lets the reader go (it exits when its pipe closes); reaped later. */
static void retire_slot(intake *d, slot *s)
{
    if (s->pid > 0) {
        pid_t *e = realloc(d->exiting, (size_t)(d->nexiting + 1) * sizeof *e);
        if (e) {
            d->exiting = e;
            d->exiting[d->nexiting++] = s->pid;
        } else {
            kill(s->pid, SIGKILL);  /* cannot remember it: make sure it goes */
        }
    }
    fi_worker_free(s->w);
    s->w = NULL;
    s->pid = 0;
    s->ready = 0;
    rules_unref(s->rules);
    s->rules = NULL;
}

/* ---- the queue ---- */

static void job_free(job *j)
{
    if (!j)
        return;
    fi_claim_free(j->claim);
    free(j);
}

static void push_job(intake *d, job *j, int front)
{
    j->next = NULL;
    if (!d->head) {
        d->head = d->tail = j;
    } else if (front) {
        j->next = d->head;
        d->head = j;
    } else {
        d->tail->next = j;
        d->tail = j;
    }
}

/* The first job that may run now, taken off the queue. */
static job *pop_job(intake *d, double now)
{
    job *prev = NULL;
    for (job *j = d->head; j; prev = j, j = j->next) {
        if (j->not_before > now)
            continue;
        if (prev)
            prev->next = j->next;
        else
            d->head = j->next;
        if (d->tail == j)
            d->tail = prev;
        j->next = NULL;
        return j;
    }
    return NULL;
}

static long queue_len(const intake *d)
{
    long n = 0;
    for (const job *j = d->head; j; j = j->next)
        n++;
    return n;
}

/* ---- status file ---- */

/* processing/.status.json (status.c): the counts and what the daemon is
 * doing. */
static void write_status(intake *d, const char *state)
{
    if (!d->status)
        return;
    int busy = 0, ready = 0;
    for (int i = 0; i < d->nslots; i++) {
        busy += d->slots[i].job != NULL;
        ready += d->slots[i].ready;
    }
    fi_status_live live = {
        .state = state,
        .started_at = d->started_at,
        .rules = d->rules ? d->rules->name : "",
        .watch = d->spool ? fi_spool_watch_desc(d->spool) : "",
        .workers = d->nslots,
        .workers_ready = ready,
        .busy = busy,
        .queued = queue_len(d),
    };
    fi_status_write(d->status, &live);
}

/* Counts an outcome for status, and shows it in the file at once. */
static void count_event(intake *d, long docs, long dups, long pages, long quar)
{
    if (d->status)
        fi_status_count(d->status, docs, dups, pages, quar);
    write_status(d, d->stopping ? "stopping" : "running");
}

static double json_num(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? v->valuedouble : 0;
}

static const char *json_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* ---- recording an outcome ---- */

/* A store that cannot commit (disk full, locked too long) is not the
 * file's fault: the file waits in processing/ and is tried again. */
static void store_failed(intake *d, job *j, const char *what, const char *err)
{
    fi_logline l;
    fi_logline_begin(&l, "store-error");
    fi_logline_str(&l, "file", j->claim->name);
    fi_logline_str(&l, "while", what);
    fi_logline_str(&l, "reason", err);
    fi_logline_fmt(&l, "retry_in_s", "%g", STORE_RETRY_S);
    fi_logline_end(&l, d->log);
    j->not_before = now_mono() + STORE_RETRY_S;
    push_job(d, j, 0);
}

static void quarantine_job(intake *d, job *j, const char *reason)
{
    char *err = NULL, *dest = NULL;
    long long before = 0;
    double t0 = now_mono();
    if (fi_store_count_sha(d->store, j->sha, &before, &err) ||
        fi_spool_mark(d->spool, j->claim, "quarantine", (int)before, reason, &err) ||
        fi_store_quarantine(d->store, j->sha, j->claim->name, reason, &err)) {
        store_failed(d, j, "quarantining", err);
        free(err);
        return;
    }
    if (d->crash_after_commit)
        raise(SIGKILL);
    double t1 = now_mono();
    if (fi_spool_quarantine(d->spool, j->claim, reason, &dest, &err)) {
        /* Recorded: the next start finds the note and finishes the move. */
        log_msg(d, "move-error", "reason", err);
        free(err);
    }
    fi_logline l;
    fi_logline_begin(&l, "quarantine");
    fi_logline_str(&l, "file", j->claim->name);
    fi_logline_str(&l, "reason", reason);
    fi_logline_str(&l, "sha256", j->sha);
    fi_logline_fmt(&l, "store_ms", "%.1f", (t1 - t0) * 1e3);
    fi_logline_fmt(&l, "total_ms", "%.0f", (now_mono() - j->t_claimed) * 1e3);
    fi_logline_str(&l, "to", dest);
    fi_logline_end(&l, d->log);
    count_event(d, 0, 0, 0, 1);
    free(dest);
    job_free(j);
}

typedef struct doc_timing {
    double read_ms, extract_ms, replay_ms, cpu_ms, rss_kb;
    int worker;
} doc_timing;

/* Records a read document (doc and res NULL: a resend of a stored one). */
static int commit_document(intake *d, job *j, const fi_doc *doc, const fi_result *res,
                           const char *sender, const doc_timing *t)
{
    char *err = NULL, *dest = NULL;
    long long before = 0, id = 0, dup = 0;
    double t0 = now_mono();
    fi_store_doc_info info = {j->sha, j->claim->name, NULL, sender};
    /* The store keeps whole seconds. */
    char received[32];
    snprintf(received, sizeof received, "%.19sZ", j->claim->received_at);
    info.received_at = received;
    if (fi_store_count_sha(d->store, j->sha, &before, &err) ||
        fi_spool_mark(d->spool, j->claim, "archive", (int)before, NULL, &err))
        goto store_error;
    if (fi_store_add_document(d->store, &info, doc, res, &id, &dup, &err)) {
        if (!doc) {
            /* Only a quarantine entry has this hash: read it after all. */
            free(err);
            return -1;
        }
        goto store_error;
    }
    if (d->crash_after_commit)
        raise(SIGKILL);
    double t1 = now_mono();
    if (fi_spool_archive(d->spool, j->claim, j->sha, &dest, &err)) {
        log_msg(d, "move-error", "reason", err);
        free(err);
    }
    long pages = doc ? (long)doc->npages : 0;
    fi_logline l;
    fi_logline_begin(&l, dup ? "duplicate" : "document");
    fi_logline_fmt(&l, "id", "%lld", id);
    if (dup)
        fi_logline_fmt(&l, "of", "%lld", dup);
    fi_logline_str(&l, "file", j->claim->name);
    if (doc)
        fi_logline_fmt(&l, "pages", "%ld", pages);
    fi_logline_str(&l, "sha256", j->sha);
    fi_logline_fmt(&l, "hash_ms", "%.1f", j->hash_ms);
    if (t) {
        fi_logline_fmt(&l, "read_ms", "%.0f", t->read_ms);
        fi_logline_fmt(&l, "extract_ms", "%.1f", t->extract_ms + t->replay_ms);
        fi_logline_fmt(&l, "cpu_ms", "%.0f", t->cpu_ms);
        fi_logline_fmt(&l, "rss_mb", "%.0f", t->rss_kb / 1024);
        fi_logline_fmt(&l, "worker", "%d", t->worker);
    }
    fi_logline_fmt(&l, "store_ms", "%.1f", (t1 - t0) * 1e3);
    fi_logline_fmt(&l, "total_ms", "%.0f", (now_mono() - j->t_claimed) * 1e3);
    fi_logline_str(&l, "sender", sender);
    fi_logline_str(&l, "to", dest);
    fi_logline_end(&l, d->log);
    count_event(d, dup ? 0 : 1, dup ? 1 : 0, dup ? 0 : pages, 0);
    free(dest);
    job_free(j);
    return 0;
store_error:
    store_failed(d, j, "recording the document", err);
    free(err);
    return 0;
}

/* A claim found in processing/ with its outcome note: did the commit
 * happen?  1 yes (the move is finished now), 0 no (the note is stale: the
 * file is read again), -1 the store cannot say now (retried later). */
static int resolve_note(intake *d, job *j)
{
    char *outcome = NULL, *reason = NULL, *err = NULL, *dest = NULL;
    int existed = 0;
    if (!fi_spool_read_mark(d->spool, j->claim, &outcome, &existed, &reason))
        return 0;
    long long now_count = 0;
    int rc = -1;
    if (fi_store_count_sha(d->store, j->sha, &now_count, &err)) {
        store_failed(d, j, "checking a claim left by a crash", err);
        rc = -1;
        goto cleanup;
    }
    /* Only this daemon (the lock) records intake, and it commits one claim
     * at a time, so one more record of the hash than the note counted is
     * this claim's. */
    if (now_count <= existed) {
        rc = 0;
        goto cleanup;
    }
    int q = strcmp(outcome, "quarantine") == 0;
    if (q ? fi_spool_quarantine(d->spool, j->claim, reason ? reason : "unknown", &dest, &err)
          : fi_spool_archive(d->spool, j->claim, j->sha, &dest, &err)) {
        log_msg(d, "move-error", "reason", err);
        j->not_before = now_mono() + STORE_RETRY_S;
        push_job(d, j, 0);
        rc = -1;
        goto cleanup;
    }
    fi_logline l;
    fi_logline_begin(&l, "recovered");
    fi_logline_str(&l, "file", j->claim->name);
    fi_logline_str(&l, "outcome", q ? "quarantine" : "archive");
    fi_logline_str(&l, "to", dest);
    fi_logline_end(&l, d->log);
    job_free(j);
    rc = 1;
cleanup:
    free(outcome);
    free(reason);
    free(err);
    free(dest);
    return rc;
}

/* Hashes a job and deals with what needs no reader: a file gone or too
 * large, a commit that happened before a crash, a resend of a stored
 * document.  Returns 1 when the job must be read, 0 when it is done (or
 * requeued). */
static int prepare(intake *d, job *j)
{
    char *err = NULL;
    struct stat st;
    if (stat(j->claim->path, &st) != 0) {
        fi_logline l;
        fi_logline_begin(&l, "vanished");
        fi_logline_str(&l, "file", j->claim->name);
        fi_logline_str(&l, "path", j->claim->path);
        fi_logline_str(&l, "reason", strerror(errno));
        fi_logline_end(&l, d->log);
        job_free(j);
        return 0;
    }
    /* A file we do not hash (over the size limit: the limit is there to
     * bound our work) or cannot hash is known by its claim instead. */
    int over = st.st_size > d->cfg.ocr.max_file_bytes;
    char *unreadable = NULL;
    if (!j->sha[0] && !over) {
        double t0 = now_mono();
        if (fi_sha256_file(j->claim->path, j->sha, &err)) {
            unreadable = fi_errf("unreadable: %s", err);
            free(err);
            err = NULL;
            j->sha[0] = '\0';
        }
        j->hash_ms = (now_mono() - t0) * 1e3;
    }
    if (!j->sha[0])
        snprintf(j->sha, sizeof j->sha, "unhashed-%s", j->claim->id);
    if (resolve_note(d, j) != 0) {
        free(unreadable);
        return 0;
    }
    if (over || unreadable) {
        char *reason = unreadable ? unreadable
                                  : fi_errf("over_limit: the file is %lld MB, over the limit of "
                                            "%ld MB (limits.max_file_mb)",
                                            (long long)(st.st_size >> 20),
                                            d->cfg.ocr.max_file_bytes >> 20);
        quarantine_job(d, j, reason ? reason : "over_limit");
        free(reason);
        return 0;
    }
    long long first = 0;
    int found = fi_store_find_sha(d->store, j->sha, &first, &err);
    if (found < 0) {
        store_failed(d, j, "looking up the file's hash", err);
        free(err);
        return 0;
    }
    if (found) {
        char *sidecar = NULL;
        if (fi_spool_read_sidecar(j->claim, &sidecar, &err) < 0) {
            log_msg(d, "sidecar-ignored", "reason", err);
            free(err);
            err = NULL;
        }
        int rc = commit_document(d, j, NULL, NULL, sidecar, NULL);
        free(sidecar);
        if (rc == 0)
            return 0;
        /* -1: the hash is only in quarantine: read the file after all. */
    }
    return 1;
}

/* The sender metadata: the reader's (TIFF tags) with the sidecar's keys
 * over them (the fax server knows its caller id better than a tag). */
static char *sender_json(intake *d, const job *j, const cJSON *meta)
{
    char *side = NULL, *err = NULL, *out = NULL;
    if (fi_spool_read_sidecar(j->claim, &side, &err) < 0) {
        fi_logline l;
        fi_logline_begin(&l, "sidecar-ignored");
        fi_logline_str(&l, "file", j->claim->name);
        fi_logline_str(&l, "reason", err);
        fi_logline_end(&l, d->log);
        free(err);
    }
    cJSON *merged = cJSON_IsObject(meta) ? cJSON_Duplicate(meta, 1) : NULL;
    cJSON *s = side ? cJSON_Parse(side) : NULL;
    if (s) {
        if (!merged)
            merged = cJSON_CreateObject();
        cJSON *e;
        cJSON_ArrayForEach(e, s)
        {
            if (!e->string || cJSON_IsObject(e) || cJSON_IsArray(e))
                continue;  /* flat values only: it is a few ids, not a document */
            cJSON_DeleteItemFromObjectCaseSensitive(merged, e->string);
            cJSON_AddItemToObject(merged, e->string, cJSON_Duplicate(e, 0));
        }
    }
    if (merged && cJSON_GetArraySize(merged) > 0)
        out = cJSON_PrintUnformatted(merged);
    cJSON_Delete(merged);
    cJSON_Delete(s);
    free(side);
    return out;
}

/* The readers' pictures of the pages (worker.h), decoded into the pages;
 * a page whose picture is missing or damaged is stored without one (the
 * review screen says so) rather than losing the document. */
static void attach_images(fi_doc *doc, const cJSON *images)
{
    for (size_t i = 0; i < doc->npages; i++) {
        const cJSON *b = cJSON_GetArrayItem(images, (int)i);
        if (!cJSON_IsString(b))
            continue;
        size_t n = strlen(b->valuestring), len = 0;
        unsigned char *png = malloc(n / 4 * 3 + 3);
        if (png && sodium_base642bin(png, n / 4 * 3 + 3, b->valuestring, n, NULL, &len, NULL,
                                     sodium_base64_VARIANT_ORIGINAL) == 0) {
            doc->pages[i].png = png;
            doc->pages[i].png_len = len;
        } else {
            free(png);
        }
    }
}

static void finish_doc(intake *d, slot *s, job *j, const cJSON *msg)
{
    fi_doc *doc = NULL;
    fi_result *res = NULL;
    fi_worker_replay *replay = NULL;
    char *pages = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(msg, "pages"));
    char *rereads = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(msg, "rereads"));
    char *sender = sender_json(d, j, cJSON_GetObjectItemCaseSensitive(msg, "meta"));
    if (!pages || fi_doc_from_pages_json(&doc, j->claim->name, pages) != 0) {
        quarantine_job(d, j, "internal: the reader's answer could not be parsed");
        goto cleanup;
    }
    if (sender)
        doc->meta = strdup(sender);
    attach_images(doc, cJSON_GetObjectItemCaseSensitive(msg, "images"));
    /* The reader extracted with second readings of the page images; the
     * same extraction here, answered from its record, gives the same
     * fields without the images (see worker.h). */
    replay = fi_worker_replay_new(rereads);
    double t0 = now_mono();
    res = fi_extract(s->rules->rules, doc, fi_worker_replay_reread, replay);
    doc_timing t = {
        .read_ms = json_num(msg, "read_ms"),
        .extract_ms = json_num(msg, "extract_ms"),
        .replay_ms = (now_mono() - t0) * 1e3,
        .cpu_ms = json_num(msg, "cpu_ms"),
        .rss_kb = json_num(msg, "rss_kb"),
        .worker = (int)(s - d->slots) + 1,
    };
    if (!res) {
        quarantine_job(d, j, "internal: out of memory extracting the fields");
        goto cleanup;
    }
    commit_document(d, j, doc, res, sender, &t);
cleanup:
    fi_worker_replay_free(replay);
    fi_result_free(res);
    fi_doc_free(doc);
    free(pages);
    free(rereads);
    free(sender);
}

static void finish_failed(intake *d, job *j, const cJSON *msg)
{
    const char *kind = json_str(msg, "kind"), *message = json_str(msg, "message");
    char *reason = fi_errf("%s: %s", kind ? kind : "error", message ? message : "unreadable");
    quarantine_job(d, j, reason ? reason : "unreadable");
    free(reason);
}

/* ---- reader events ---- */

static void on_message(intake *d, slot *s, const char *text)
{
    cJSON *msg = cJSON_Parse(text);
    const char *op = json_str(msg, "op");
    if (!op) {
        log_msg(d, "reader-error", "reason", "a message that is not JSON; stopping that reader");
        kill(s->pid, SIGKILL);
    } else if (strcmp(op, "ready") == 0) {
        s->ready = 1;
        s->failures = 0;
        d->ever_ready = 1;
    } else if (strcmp(op, "fatal") == 0) {
        const char *m = json_str(msg, "message");
        log_msg(d, "reader-fatal", "reason", m);
        if (!d->ever_ready && !d->start_error)
            d->start_error = fi_errf("the OCR readers cannot start: %s", m ? m : "unknown");
    } else if ((strcmp(op, "doc") == 0 || strcmp(op, "failed") == 0) && s->job) {
        job *j = s->job;
        s->job = NULL;
        if (strcmp(op, "doc") == 0)
            finish_doc(d, s, j, msg);
        else
            finish_failed(d, j, msg);
    }
    cJSON_Delete(msg);
}

static void drain(intake *d, slot *s)
{
    char *msg = NULL;
    int rc;
    while (s->w && (rc = fi_worker_receive(s->w, &msg)) == 1) {
        on_message(d, s, msg);
        free(msg);
        msg = NULL;
    }
}

static const char *signal_name(int sig)
{
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGFPE: return "SIGFPE";
    case SIGABRT: return "SIGABRT";
    case SIGXCPU: return "SIGXCPU";
    case SIGKILL: return "SIGKILL";
    case SIGTERM: return "SIGTERM";
    case SIGSYS: return "SIGSYS";
    default: return "a signal";
    }
}

/* A reader ended: what it had in hand is quarantined when the file is to
 * blame, tried again when it may not be, left for the next start when we
 * are stopping. */
static void reader_died(intake *d, slot *s, int status)
{
    drain(d, s);
    job *j = s->job;
    s->job = NULL;
    int was_ready = s->ready;
    int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    fi_logline l;
    fi_logline_begin(&l, "reader-exit");
    fi_logline_fmt(&l, "worker", "%d", (int)(s - d->slots) + 1);
    fi_logline_fmt(&l, "pid", "%ld", (long)s->pid);
    if (sig)
        fi_logline_str(&l, "signal", signal_name(sig));
    else
        fi_logline_fmt(&l, "status", "%d", code);
    fi_logline_str(&l, "file", j ? j->claim->name : NULL);
    fi_logline_end(&l, d->log);
    if (j) {
        char *reason = NULL;
        if (d->stopping) {
            push_job(d, j, 1);  /* stays in processing/ for the next start */
            j = NULL;
        } else if (s->timed_out) {
            reason = fi_errf("timeout: reading took longer than %g s (limits.wall_seconds); the "
                             "reader was stopped", d->cfg.wall_seconds);
        } else if (sig == SIGALRM) {
            reason = fi_errf("timeout: one page took longer than %g s (limits.page_seconds); "
                             "the reader was stopped", d->cfg.page_seconds);
        } else if (sig == SIGXCPU) {
            reason = fi_errf("cpu_limit: reading used more than %g s of CPU "
                             "(limits.cpu_seconds)", d->cfg.cpu_seconds);
        } else if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE ||
                   sig == SIGABRT || sig == SIGSYS || sig == SIGTRAP) {
            reason = fi_errf("crash: the reader died of %s while decoding this file (a decoder "
                             "bug the file triggers, or memory over limits.memory_mb = %ld)",
                             signal_name(sig), d->cfg.memory_mb);
        } else if (code > 0) {
            /* A library that exits on bad input, or a sanitizer's report. */
            reason = fi_errf("crash: the reader exited with status %d while decoding this file",
                             code);
        } else if (++j->deaths >= 2) {
            /* SIGKILL from outside is most often the OOM killer: once may
             * be another process's fault, twice is this file's. */
            reason = fi_errf("killed: the reader was killed twice (%s%s) while reading this "
                             "file", sig ? signal_name(sig) : "exit status",
                             sig == SIGKILL ? ", out of memory?" : "");
        } else {
            push_job(d, j, 1);
            j = NULL;
        }
        if (j)
            quarantine_job(d, j, reason ? reason : "crash");
        free(reason);
    }
    s->pid = 0;  /* reaped: nothing left to wait for */
    retire_slot(d, s);
    if (!was_ready) {
        /* Never got going (bad tessdata, exec failed): back off. */
        s->failures++;
        double wait = s->failures > 6 ? 60 : (double)(1 << s->failures);
        s->restart_at = now_mono() + wait;
        if (!d->ever_ready && !d->start_error && code == 127)
            d->start_error = fi_errf("cannot start the reader program %s", d->opt->exe);
    } else {
        s->restart_at = 0;
    }
}

static void reap(intake *d)
{
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
        for (int i = 0; i < d->nexiting; i++)
            if (d->exiting[i] == pid) {
                d->exiting[i] = d->exiting[--d->nexiting];
                pid = 0;
                break;
            }
        for (int i = 0; pid && i < d->nslots; i++)
            if (d->slots[i].pid == pid) {
                reader_died(d, &d->slots[i], status);
                break;
            }
    }
}

/* ---- dispatch ---- */

static void dispatch(intake *d)
{
    double now = now_mono();
    for (int i = 0; i < d->nslots; i++) {
        slot *s = &d->slots[i];
        if (!s->w && !d->stopping && s->restart_at <= now)
            start_slot(d, s);
        if (!s->w || !s->ready || s->job)
            continue;
        if (s->gen != d->gen) {
            retire_slot(d, s);  /* started before a reload: a fresh one reads the new rules */
            if (!d->stopping)
                start_slot(d, s);
            continue;
        }
        if (d->stopping)
            continue;
        job *j;
        while ((j = pop_job(d, now_mono())) != NULL && !prepare(d, j))
            ;
        if (!j)
            continue;  /* nothing to read; later slots may still need a restart */
        cJSON *req = cJSON_CreateObject();
        cJSON_AddStringToObject(req, "op", "read");
        cJSON_AddStringToObject(req, "path", j->claim->path);
        cJSON_AddStringToObject(req, "name", j->claim->name);
        char *text = cJSON_PrintUnformatted(req), *err = NULL;
        cJSON_Delete(req);
        if (!text || fi_worker_send(s->w, text, &err)) {
            log_msg(d, "reader-error", "reason", err ? err : "out of memory");
            free(err);
            push_job(d, j, 1);
            kill(s->pid, SIGKILL);  /* reaped, then replaced */
            free(text);
            continue;
        }
        free(text);
        s->job = j;
        s->sent_at = now_mono();
        s->deadline = s->sent_at + d->cfg.wall_seconds;
        s->timed_out = 0;
    }
}

static void on_wait(void *ctx, const char *name, const char *why)
{
    fi_logline l;
    fi_logline_begin(&l, "waiting");
    fi_logline_str(&l, "file", name);
    fi_logline_str(&l, "reason", why);
    fi_logline_end(&l, ((intake *)ctx)->log);
}

/* Files are claimed a little ahead of the readers, not all at once: a
 * backlog of thousands would otherwise cost two fsyncs each before the
 * first is read, and `status` could not tell waiting from in hand. */
static int claim_room(const intake *d)
{
    return !d->stopping && queue_len(d) < 2L * d->nslots + 2;
}

static void claim_files(intake *d)
{
    while (claim_room(d)) {
        fi_claim *c = NULL;
        char *err = NULL;
        int rc = fi_spool_claim_next(d->spool, &c, on_wait, d, &err);
        if (rc < 0) {
            log_msg(d, "claim-error", "reason", err);
            free(err);
            continue;  /* that file is skipped until it changes */
        }
        if (rc == 0)
            return;
        job *j = calloc(1, sizeof *j);
        if (!j) {
            fi_claim_free(c);  /* the file is in processing/: taken at the next start */
            log_msg(d, "claim-error", "reason", "out of memory");
            return;
        }
        j->claim = c;
        j->t_claimed = now_mono();
        fi_logline l;
        fi_logline_begin(&l, "claimed");
        fi_logline_str(&l, "file", c->name);
        fi_logline_str(&l, "received_at", c->received_at);
        fi_logline_str(&l, "sidecar", c->sidecar ? "yes" : NULL);
        fi_logline_end(&l, d->log);
        push_job(d, j, 0);
    }
}

/* ---- configuration ---- */

static int load_config(const fi_daemon_options *opt, fi_intake_config *cfg, char **err)
{
    if (fi_intake_config_init(cfg)) {
        *err = fi_errf("out of memory");
        return -1;
    }
    if (opt->config && fi_intake_config_load(cfg, opt->config, err))
        goto fail;
    if ((opt->spool && fi_intake_config_set(cfg, "spool", opt->spool, NULL, err)) ||
        (opt->db && fi_intake_config_set(cfg, "db", opt->db, NULL, err)))
        goto fail;
    if (opt->workers > 0)
        cfg->workers = opt->workers;
    if (fi_intake_config_finish(cfg)) {
        *err = fi_errf("out of memory");
        goto fail;
    }
    return 0;
fail:
    fi_intake_config_clear(cfg);
    return -1;
}

static int default_workers(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)(n > 256 ? 256 : n) : 1;
}

static void resize_slots(intake *d, int n)
{
    if (n == d->nslots)
        return;
    if (n > d->nslots) {
        slot *s = realloc(d->slots, (size_t)n * sizeof *s);
        if (!s)
            return;
        memset(s + d->nslots, 0, (size_t)(n - d->nslots) * sizeof *s);
        d->slots = s;
        d->nslots = n;
        return;
    }
    /* Fewer: the extra readers go now; what they hold goes back to the
     * queue and is read again by the others. */
    for (int i = n; i < d->nslots; i++) {
        slot *s = &d->slots[i];
        if (s->job) {
            push_job(d, s->job, 1);
            s->job = NULL;
            if (s->pid > 0)
                kill(s->pid, SIGKILL);
        }
        retire_slot(d, s);
    }
    d->nslots = n;
}

static int same_path(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void reload(intake *d)
{
    fi_intake_config cfg;
    char *err = NULL;
    if (load_config(d->opt, &cfg, &err)) {
        log_msg(d, "reload-failed", "reason", err);
        free(err);
        return;
    }
    /* Folders and the database are open and locked: they change on a
     * restart only; keep them and say so. */
    const char *moved[] = {"spool", "processing", "archive", "quarantine", "db"};
    char **newp[] = {&cfg.spool, &cfg.processing, &cfg.archive, &cfg.quarantine, &cfg.db};
    char *oldp[] = {d->cfg.spool, d->cfg.processing, d->cfg.archive, d->cfg.quarantine, d->cfg.db};
    for (int i = 0; i < 5; i++) {
        if (same_path(*newp[i], oldp[i]))
            continue;
        log_msg(d, "reload-restart-needed", "setting", moved[i]);
        free(*newp[i]);
        *newp[i] = strdup(oldp[i]);
    }
    rules_ref *r = rules_load(cfg.rules, &err);
    if (!r) {
        fi_logline l;
        fi_logline_begin(&l, "rules-kept");
        fi_logline_str(&l, "reason", err);
        fi_logline_str(&l, "rules", d->rules->name);
        fi_logline_end(&l, d->log);
        free(err);
        free(cfg.rules);
        cfg.rules = d->cfg.rules ? strdup(d->cfg.rules) : NULL;
    } else {
        rules_unref(d->rules);
        d->rules = r;
    }
    fi_intake_config_clear(&d->cfg);
    d->cfg = cfg;
    d->cfg.ocr.tessdata = d->cfg.tessdata;
    fi_spool_set_timing(d->spool, &d->cfg);
    d->gen++;
    resize_slots(d, d->cfg.workers > 0 ? d->cfg.workers : default_workers());
    fi_logline l;
    fi_logline_begin(&l, "reloaded");
    fi_logline_str(&l, "rules", d->rules->name);
    fi_logline_fmt(&l, "workers", "%d", d->nslots);
    fi_logline_fmt(&l, "quiet_s", "%g", d->cfg.quiet_seconds);
    fi_logline_end(&l, d->log);
    write_status(d, "running");
}

/* ---- the loop ---- */

static void begin_stop(intake *d, int sig)
{
    double now = now_mono();
    if (d->stopping) {
        d->stop_deadline = now;  /* a second signal: stop now */
        return;
    }
    d->stopping = 1;
    d->stop_deadline = now + d->cfg.shutdown_seconds;
    fi_logline l;
    fi_logline_begin(&l, "stopping");
    fi_logline_str(&l, "signal", sig == SIGINT ? "SIGINT" : "SIGTERM");
    fi_logline_fmt(&l, "grace_s", "%g", d->cfg.shutdown_seconds);
    fi_logline_end(&l, d->log);
    write_status(d, "stopping");
}

static void on_signals(intake *d)
{
    struct signalfd_siginfo si;
    while (read(d->sigfd, &si, sizeof si) == (ssize_t)sizeof si) {
        switch (si.ssi_signo) {
        case SIGTERM:
        case SIGINT: begin_stop(d, (int)si.ssi_signo); break;
        case SIGHUP: reload(d); break;
        case SIGCHLD: reap(d); break;
        default: break;
        }
    }
}

static int busy_count(const intake *d)
{
    int n = 0;
    for (int i = 0; i < d->nslots; i++)
        n += d->slots[i].job != NULL;
    return n;
}

static int poll_timeout_ms(intake *d)
{
    double now = now_mono();
    /* Without room to claim, a reader finishing is what wakes us. */
    double t = d->stopping ? 1.0 : claim_room(d) ? fi_spool_timeout(d->spool) : 60;
    for (int i = 0; i < d->nslots; i++) {
        const slot *s = &d->slots[i];
        if (s->job && !s->timed_out && s->deadline - now < t)
            t = s->deadline - now;
        if (!s->w && !d->stopping && s->restart_at - now < t)
            t = s->restart_at - now;
    }
    for (const job *j = d->head; j; j = j->next)
        if (j->not_before > now && j->not_before - now < t)
            t = j->not_before - now;
    if (d->stopping && d->stop_deadline - now < t)
        t = d->stop_deadline - now;
    if (t > 60)
        t = 60;
    return t > 0 ? (int)ceil(t * 1000) : 0;
}

static int loop(intake *d, char **err)
{
    for (;;) {
        claim_files(d);
        dispatch(d);
        if (d->start_error && !d->ever_ready) {
            *err = d->start_error;
            d->start_error = NULL;
            return -1;
        }
        double now = now_mono();
        if (d->stopping) {
            int alive = 0;
            for (int i = 0; i < d->nslots; i++) {
                slot *s = &d->slots[i];
                if (s->job && now >= d->stop_deadline && s->pid > 0 && !s->timed_out) {
                    kill(s->pid, SIGKILL);  /* abandoned: the file stays in processing/ */
                    s->timed_out = 1;
                }
                alive += s->job != NULL;
            }
            if (!alive)
                return 0;
        }
        for (int i = 0; i < d->nslots; i++) {
            slot *s = &d->slots[i];
            if (s->job && !s->timed_out && now >= s->deadline) {
                kill(s->pid, SIGKILL);  /* reaped: the file is quarantined */
                s->timed_out = 1;
            }
        }
        struct pollfd fds[2 + 256];
        slot *owner[2 + 256];
        int n = 0;
        fds[n] = (struct pollfd){.fd = d->sigfd, .events = POLLIN};
        owner[n++] = NULL;
        if (fi_spool_fd(d->spool) >= 0) {
            fds[n] = (struct pollfd){.fd = fi_spool_fd(d->spool), .events = POLLIN};
            owner[n++] = NULL;
        }
        for (int i = 0; i < d->nslots && n < (int)(sizeof fds / sizeof *fds); i++)
            if (d->slots[i].w && fi_worker_fd(d->slots[i].w) >= 0) {
                fds[n] = (struct pollfd){.fd = fi_worker_fd(d->slots[i].w), .events = POLLIN};
                owner[n++] = &d->slots[i];
            }
        int rc = poll(fds, (nfds_t)n, poll_timeout_ms(d));
        if (rc < 0 && errno != EINTR) {
            *err = fi_errf("poll failed: %s", strerror(errno));
            return -1;
        }
        for (int i = 0; rc > 0 && i < n; i++) {
            if (!fds[i].revents)
                continue;
            if (fds[i].fd == d->sigfd) {
                on_signals(d);
            } else if (!owner[i]) {
                char *e = NULL;
                if (fi_spool_read_events(d->spool, &e)) {
                    log_msg(d, "watch-lost", "reason", e);
                    free(e);
                }
            } else if (owner[i]->w) {
                drain(d, owner[i]);
            }
        }
    }
}

/* Claims left in processing/ by an earlier run go first. */
static int recover(intake *d, char **err)
{
    fi_claim **claims = NULL;
    size_t n = 0;
    if (fi_spool_recover(d->spool, &claims, &n, err))
        return -1;
    for (size_t i = 0; i < n; i++) {
        job *j = calloc(1, sizeof *j);
        if (!j) {
            fi_claim_free(claims[i]);
            continue;
        }
        j->claim = claims[i];
        j->t_claimed = now_mono();
        push_job(d, j, 0);
    }
    free(claims);
    if (n) {
        fi_logline l;
        fi_logline_begin(&l, "recovering");
        fi_logline_fmt(&l, "files", "%zu", n);
        fi_logline_str(&l, "from", d->cfg.processing);
        fi_logline_end(&l, d->log);
    }
    return 0;
}

static void shutdown_all(intake *d)
{
    for (int i = 0; i < d->nslots; i++) {
        if (d->slots[i].job) {
            job_free(d->slots[i].job);  /* its file stays in processing/ */
            d->slots[i].job = NULL;
        }
        retire_slot(d, &d->slots[i]);
    }
    /* Idle readers exit as their pipe closes; give them a moment, then
     * make sure. */
    double until = now_mono() + 3;
    while (d->nexiting > 0) {
        int status;
        pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid > 0) {
            for (int i = 0; i < d->nexiting; i++)
                if (d->exiting[i] == pid)
                    d->exiting[i] = d->exiting[--d->nexiting];
            continue;
        }
        if (pid < 0 && errno == ECHILD)
            break;
        if (now_mono() > until) {
            for (int i = 0; i < d->nexiting; i++)
                kill(d->exiting[i], SIGKILL);
            until = now_mono() + 10;
        }
        struct timespec ts = {0, 20000000};
        nanosleep(&ts, NULL);
    }
    while (d->head) {
        job *j = d->head;
        d->head = j->next;
        job_free(j);
    }
    d->tail = NULL;
}

int fi_daemon_run(const fi_daemon_options *opt, FILE *log, char **err)
{
    *err = NULL;
    intake *d = calloc(1, sizeof *d);
    int rc = -1, have_mask = 0;
    if (!d) {
        *err = fi_errf("out of memory");
        return -1;
    }
    d->opt = opt;
    d->log = log;
    d->sigfd = -1;
    fi_log_time(d->started_at);
    /* Test hook (tests/intake_daemon.sh): die right after a store commit,
     * the one window the random crash test seldom hits. */
    const char *crash = getenv("FAXINTAKE_TEST_CRASH");
    d->crash_after_commit = crash && strcmp(crash, "after-commit") == 0;
    if (load_config(opt, &d->cfg, err))
        goto cleanup;
    if (!(d->rules = rules_load(d->cfg.rules, err)))
        goto cleanup;
    if (fi_spool_open(&d->spool, &d->cfg, err))
        goto cleanup;
    if (!(d->status = fi_status_open(d->cfg.processing))) {
        *err = fi_errf("out of memory");
        goto cleanup;
    }
    if (fi_store_open(&d->store, d->cfg.db, err))
        goto cleanup;
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    sigaddset(&mask, SIGCHLD);
    if (sigprocmask(SIG_BLOCK, &mask, &d->old_mask) != 0 ||
        (have_mask = 1, d->sigfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC)) < 0) {
        *err = fi_errf("cannot set up signal handling: %s", strerror(errno));
        goto cleanup;
    }
    resize_slots(d, d->cfg.workers > 0 ? d->cfg.workers : default_workers());
    if (recover(d, err))
        goto cleanup;
    fi_logline l;
    fi_logline_begin(&l, "start");
    fi_logline_fmt(&l, "pid", "%ld", (long)getpid());
    fi_logline_str(&l, "spool", d->cfg.spool);
    fi_logline_str(&l, "db", d->cfg.db);
    fi_logline_fmt(&l, "workers", "%d", d->nslots);
    fi_logline_str(&l, "watch", fi_spool_watch_desc(d->spool));
    fi_logline_str(&l, "rules", d->rules->name);
    fi_logline_end(&l, d->log);
    write_status(d, "running");
    rc = loop(d, err);
    fi_logline_begin(&l, "stopped");
    fi_logline_fmt(&l, "left_in_processing", "%ld", queue_len(d) + busy_count(d));
    fi_logline_end(&l, d->log);
cleanup:
    if (d->status) {
        d->stopping = 1;
        write_status(d, rc == 0 ? "stopped" : "failed");
    }
    shutdown_all(d);
    free(d->slots);
    free(d->exiting);
    free(d->start_error);
    rules_unref(d->rules);
    fi_store_close(d->store);
    fi_status_close(d->status);
    fi_spool_close(d->spool);
    if (d->sigfd >= 0)
        close(d->sigfd);
    if (have_mask)
        sigprocmask(SIG_SETMASK, &d->old_mask, NULL);
    fi_intake_config_clear(&d->cfg);
    free(d);
    return rc;
}

/* ---- status ---- */

static void print_reason(void *ctx, const char *id, const char *name, const char *reason)
{
    FILE *out = ctx;
    /* 20240318T101500.123456Z -> 2024-03-18 10:15:00 UTC */
    fprintf(out, "  %.4s-%.2s-%.2s %.2s:%.2s:%.2s  %s\n      %s\n", id, id + 4, id + 6, id + 9,
            id + 11, id + 13, name, reason);
}

static int print_store_reason(void *ctx, long long id, const char *file_name, const char *at,
                              const char *reason)
{
    FILE *out = ctx;
    fprintf(out, "  #%lld %s  %s\n      %s\n", id, at ? at : "", file_name ? file_name : "",
            reason ? reason : "");
    return 0;
}

int fi_daemon_status(const fi_daemon_options *opt, int max_quarantined, FILE *out, char **err)
{
    enum { WINDOW_S = FI_STATUS_RATE_WINDOW_S };
    fi_intake_config cfg;
    fi_store *store = NULL;
    int rc = -1;
    if (load_config(opt, &cfg, err))
        return -1;
    long waiting = 0, inproc = 0, pid = 0;
    if (fi_spool_depth(&cfg, &waiting, &inproc, &pid, err))
        goto cleanup;
    fi_status_seen st;
    fi_status_read(cfg.processing, &st);
    if (pid)
        fprintf(out, "daemon:      running (pid %ld), %d workers (%d busy), watching by %s\n",
                pid, st.workers, st.busy, st.found ? st.watch : "?");
    else
        fprintf(out, "daemon:      not running%s%s\n", st.found ? "; last stopped at " : "",
                st.updated_at);
    fprintf(out, "queue:       %ld waiting in %s, %ld claimed in %s\n", waiting, cfg.spool, inproc,
            cfg.processing);

    struct stat sb;
    int have_db = stat(cfg.db, &sb) == 0;
    if (have_db && fi_store_open(&store, cfg.db, err))
        goto cleanup;
    if (store) {
        /* Today in local time, as the store wants it: UTC. */
        time_t t = time(NULL);
        struct tm tm;
        localtime_r(&t, &tm);
        tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
        time_t midnight = mktime(&tm);
        char since[32], recent_since[32];
        struct tm u;
        gmtime_r(&midnight, &u);
        strftime(since, sizeof since, "%Y-%m-%dT%H:%M:%SZ", &u);
        time_t r = t - (time_t)WINDOW_S;
        gmtime_r(&r, &u);
        strftime(recent_since, sizeof recent_since, "%Y-%m-%dT%H:%M:%SZ", &u);
        fi_store_intake_stats c = {0}, rc2 = {0};
        if (fi_store_intake_counts(store, since, &c, err) ||
            fi_store_intake_counts(store, recent_since, &rc2, err))
            goto cleanup;
        fprintf(out, "today:       %lld documents (%lld pages), %lld resends linked, "
                     "%lld quarantined\n", c.documents, c.pages, c.duplicates, c.quarantined);
        fprintf(out, "rate:        %.1f pages/min over the last %d minutes\n",
                (double)rc2.pages / (WINDOW_S / 60.0), WINDOW_S / 60);
    } else {
        /* The daemon's own counts (processing/.status.json). */
        fprintf(out, "today:       %ld documents (%ld pages), %ld resends linked, "
                     "%ld quarantined\n", st.documents, st.pages, st.duplicates, st.quarantined);
        fprintf(out, "rate:        %.1f pages/min over the last %d minutes\n",
                st.recent_pages / (WINDOW_S / 60.0), WINDOW_S / 60);
    }
    fprintf(out, "quarantine:  %s (newest first; move a file back into the spool to retry "
                 "it)\n", cfg.quarantine);
    if (store) {
        if (fi_store_list_quarantine(store, max_quarantined, print_store_reason, out, err))
            goto cleanup;
    } else if (fi_spool_list_quarantine(&cfg, max_quarantined, print_reason, out, err)) {
        goto cleanup;
    }
    rc = 0;
cleanup:
    fi_store_close(store);
    fi_intake_config_clear(&cfg);
    return rc;
}
