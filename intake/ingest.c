/*
 * ingest.c: the batch runner behind `faxintake ingest`.
 *
 * Workers take documents from a shared cursor, so a long fax does not hold
 * up the short ones behind it.  Output files are written under a temporary
 * name and renamed, so a reader of the output folder never sees half a
 * JSON file.
 */
#include "ingest.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../ocr/cache.h"
#include "../queue/store.h"

typedef struct batch {
    const fi_ingest_options *opt;
    char *const *files;
    int nfiles;
    FILE *log;
    pthread_mutex_t lock;      /* guards everything below */
    int next;                  /* index of the next file to take */
    int done, failed;
    long pages;
    double t0;
    char *start_error;         /* first worker that could not start */
} batch;

typedef struct sized {
    char *file;
    long long bytes;
} sized;

static int cmp_larger_first(const void *a, const void *b)
{
    const sized *p = a, *q = b;
    return p->bytes < q->bytes ? 1 : p->bytes > q->bytes ? -1 : 0;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *output_path(const char *outdir, const char *file, const char *suffix)
{
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    const char *dot = strrchr(base, '.');
    size_t stem = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    size_t len = strlen(outdir) + stem + strlen(suffix) + 3;
    char *p = malloc(len);
    if (p)
        snprintf(p, len, "%s/%.*s%s", outdir, (int)stem, base, suffix);
    return p;
}

/* Writes text to path through a temporary file and rename(). */
static int write_atomically(const char *path, const char *text, char **err)
{
    size_t len = strlen(path) + 16;
    char *tmp = malloc(len);
    int rc = -1;
    FILE *f = NULL;
    if (!tmp)
        goto done;
    snprintf(tmp, len, "%s.tmp%ld", path, (long)getpid());
    f = fopen(tmp, "w");
    if (!f || fputs(text, f) < 0 || fputc('\n', f) == EOF) {
        *err = fi_errf("cannot write %s: %s", tmp, strerror(errno));
        goto done;
    }
    if (fclose(f) != 0) {
        f = NULL;
        *err = fi_errf("cannot write %s: %s", tmp, strerror(errno));
        goto done;
    }
    f = NULL;
    if (rename(tmp, path) != 0) {
        *err = fi_errf("cannot rename %s to %s: %s", tmp, path, strerror(errno));
        goto done;
    }
    rc = 0;
done:
    if (f)
        fclose(f);
    if (rc && tmp)
        unlink(tmp);
    free(tmp);
    return rc;
}

static char *reread_cb(void *ctx, size_t page, int x0, int y0, int x1, int y1, int mode,
                       const char *whitelist, float *conf)
{
    return fi_ocr_reread(ctx, page, x0, y0, x1, y1, mode, whitelist, conf);
}

/* Reads, extracts and writes one document; returns 0 or -1 with *err. */
static int ingest_one(fi_ocr *ocr, fi_store *store, const fi_ingest_options *opt,
                      const char *file, long *pages, char **err)
{
    fi_doc *doc = NULL;
    fi_result *res = NULL;
    char *json = NULL, *path = NULL;
    int rc = -1;
    int st = fi_ocr_read_file(ocr, file, &doc, err);
    if (st != FI_OCR_OK)
        goto done;
    *pages = (long)doc->npages;
    res = fi_extract(opt->rules, doc, reread_cb, ocr);
    json = res ? fi_result_to_json(res, doc, opt->with_ocr) : NULL;
    path = output_path(opt->outdir, file, ".json");
    if (!json || !path) {
        *err = fi_errf("out of memory writing the result");
        goto done;
    }
    rc = write_atomically(path, json, err);
    if (rc == 0 && store) {
        /* The store keys documents by content: a resend is recorded as one. */
        char sha[65];
        const char *base = strrchr(file, '/');
        fi_store_doc_info info = {.sha256 = sha, .file_name = base ? base + 1 : file,
                                  .sender_json = doc->meta};
        rc = fi_sha256_file(file, sha, err) ||
             fi_store_add_document(store, &info, doc, res, NULL, NULL, err) ? -1 : 0;
    }
done:
    free(path);
    free(json);
    fi_result_free(res);
    fi_doc_free(doc);
    return rc;
}

static void show_progress(batch *b)
{
    double el = now_s() - b->t0;
    fprintf(stderr, "\r%d/%d documents, %ld pages, %d failed, %.1f pages/min   ", b->done,
            b->nfiles, b->pages, b->failed, el > 0 ? (double)b->pages * 60.0 / el : 0.0);
    fflush(stderr);
}

/* Keeps the first worker's reason for not starting (err, taken over). */
static void start_failed(batch *b, char *err)
{
    pthread_mutex_lock(&b->lock);
    if (!b->start_error)
        b->start_error = err;
    else
        free(err);
    pthread_mutex_unlock(&b->lock);
}

static void *worker(void *arg)
{
    batch *b = arg;
    fi_ocr *ocr = NULL;
    fi_store *store = NULL;
    char *err = NULL;
    if (fi_ocr_open(&ocr, &b->opt->ocr, &err) != FI_OCR_OK) {
        start_failed(b, err);
        return NULL;
    }
    /* One SQLite connection per worker: SQLite serializes their writes. */
    if (b->opt->db && fi_store_open(&store, b->opt->db, &err)) {
        start_failed(b, err);
        fi_ocr_close(ocr);
        return NULL;
    }
    for (;;) {
        pthread_mutex_lock(&b->lock);
        int i = b->next < b->nfiles ? b->next++ : -1;
        pthread_mutex_unlock(&b->lock);
        if (i < 0)
            break;
        long pages = 0;
        err = NULL;
        int rc = ingest_one(ocr, store, b->opt, b->files[i], &pages, &err);
        pthread_mutex_lock(&b->lock);
        b->done++;
        b->pages += pages;
        if (rc) {
            b->failed++;
            if (b->opt->progress)
                fputc('\n', stderr);
            fprintf(b->log, "faxintake: %s: %s\n", b->files[i], err ? err : "failed");
        }
        if (b->opt->progress)
            show_progress(b);
        pthread_mutex_unlock(&b->lock);
        free(err);
    }
    fi_store_close(store);
    fi_ocr_close(ocr);
    return NULL;
}

int fi_ingest_run(const fi_ingest_options *opt, char *const *files, int nfiles, FILE *log,
                  char **err)
{
    *err = NULL;
    struct stat st;
    if (stat(opt->outdir, &st) != 0 && mkdir(opt->outdir, 0777) != 0) {
        *err = fi_errf("cannot create the output folder %s: %s", opt->outdir, strerror(errno));
        return -1;
    }
    int jobs = opt->jobs > 0 ? opt->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (jobs < 1)
        jobs = 1;
    if (jobs > nfiles)
        jobs = nfiles > 0 ? nfiles : 1;
    /* Largest files first: with documents of one to many pages, a big one
     * taken last would keep one worker busy while the others idle. */
    sized *order = calloc((size_t)nfiles + 1, sizeof *order);
    char **sorted = calloc((size_t)nfiles + 1, sizeof *sorted);
    if (!order || !sorted) {
        free(order);
        free(sorted);
        *err = fi_errf("out of memory");
        return -1;
    }
    for (int i = 0; i < nfiles; i++) {
        order[i].file = files[i];
        order[i].bytes = stat(files[i], &st) == 0 ? (long long)st.st_size : 0;
    }
    qsort(order, (size_t)nfiles, sizeof *order, cmp_larger_first);
    for (int i = 0; i < nfiles; i++)
        sorted[i] = order[i].file;
    free(order);
    batch b = {.opt = opt, .files = sorted, .nfiles = nfiles, .log = log, .t0 = now_s()};
    pthread_mutex_init(&b.lock, NULL);
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    int started = 0;
    for (; threads && started < jobs; started++)
        if (pthread_create(&threads[started], NULL, worker, &b) != 0)
            break;
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    free(sorted);
    pthread_mutex_destroy(&b.lock);
    if (opt->progress && nfiles)
        fputc('\n', stderr);
    if (started == 0 || b.done < nfiles) {
        *err = b.start_error ? b.start_error : fi_errf("could not start the workers");
        return -1;
    }
    free(b.start_error);
    return b.failed;
}
