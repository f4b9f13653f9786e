/*
 * worker.c: the reader processes (see worker.h for the why and the
 * protocol).  The parent's half starts a reader and moves frames; the
 * reader's half, fi_worker_main, is a loop of read, extract, answer.
 */
#include "worker.h"

#include <cjson/cJSON.h>
#include <sodium.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../ocr/ocr.h"

/* A reader's answer holds the words of every page: a 200-page fax is a few
 * MB.  Anything far larger is a broken reader, not a document. */
enum { FRAME_MAX = 256 * 1024 * 1024, CHILD_FD = 3 };

struct fi_worker {
    pid_t pid;
    int fd;                /* our end of the socket pair, non-blocking */
    char *buf;             /* bytes received that do not yet make a frame */
    size_t len, cap;
};

/* ---- frames ---- */

static int write_all(int fd, const void *data, size_t len)
{
    const char *p = data;
    while (len) {
        ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN) {
                /* Our end is non-blocking; a message larger than the socket
                 * buffer waits for the reader to drain it. */
                struct timespec ts = {0, 1000000};
                nanosleep(&ts, NULL);
                continue;
            }
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

static int send_frame(int fd, const char *json)
{
    size_t len = strlen(json);
    if (len > FRAME_MAX) {
        errno = EMSGSIZE;
        return -1;
    }
    uint32_t n = (uint32_t)len;
    return write_all(fd, &n, sizeof n) || write_all(fd, json, len) ? -1 : 0;
}

/* Blocking read of exactly len bytes: 1, 0 at a clean end, -1 on error. */
static int read_exact(int fd, void *data, size_t len)
{
    char *p = data;
    size_t got = 0;
    while (got < len) {
        ssize_t n = read(fd, p + got, len - got);
        if (n == 0)
            return got ? -1 : 0;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        got += (size_t)n;
    }
    return 1;
}

/* The reader's blocking receive: 1 with *out (free()), 0 at end, -1. */
static int recv_frame(int fd, char **out)
{
    uint32_t n;
    *out = NULL;
    int rc = read_exact(fd, &n, sizeof n);
    if (rc <= 0)
        return rc;
    if (n > FRAME_MAX)
        return -1;
    char *buf = malloc((size_t)n + 1);
    if (!buf)
        return -1;
    if (read_exact(fd, buf, n) != 1) {
        free(buf);
        return -1;
    }
    buf[n] = '\0';
    *out = buf;
    return 1;
}

/* ---- the parent's half ---- */

int fi_worker_spawn(fi_worker **out, const char *exe, const char *hello, char **err)
{
    *out = NULL;
    int sv[2];
    fi_worker *w = calloc(1, sizeof *w);
    if (!w) {
        *err = fi_errf("out of memory starting a reader");
        return -1;
    }
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        *err = fi_errf("cannot create a socket pair for a reader: %s", strerror(errno));
        free(w);
        return -1;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        *err = fi_errf("cannot start a reader process: %s", strerror(errno));
        close(sv[0]);
        close(sv[1]);
        free(w);
        return -1;
    }
    if (pid == 0) {
        /* Between fork and exec: async-signal-safe calls only. */
        if (dup2(sv[1], CHILD_FD) < 0)
            _exit(127);
        if (sv[1] == CHILD_FD)
            fcntl(CHILD_FD, F_SETFD, 0);
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127);
        setpgid(0, 0);
        /* Terminal and service-manager signals are the parent's to act
         * on: it finishes or abandons the reader's document itself. */
        signal(SIGINT, SIG_IGN);
        signal(SIGTERM, SIG_IGN);
        signal(SIGHUP, SIG_IGN);
        signal(SIGPIPE, SIG_IGN);
        signal(SIGCHLD, SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
        if (devnull >= 0) {
            /* Libraries that print to stdout must not reach the log. */
            dup2(devnull, STDIN_FILENO);
            dup2(devnull, STDOUT_FILENO);
        }
        char *argv[] = {"faxintake", "run", "--worker-fd", "3", NULL};
        execv(exe, argv);
        _exit(127);
    }
    close(sv[1]);
    w->pid = pid;
    w->fd = sv[0];
    if (send_frame(w->fd, hello) != 0) {
        *err = fi_errf("cannot talk to the reader process %ld: %s", (long)pid, strerror(errno));
        fi_worker_free(w);
        return -1;
    }
    fcntl(w->fd, F_SETFL, fcntl(w->fd, F_GETFL) | O_NONBLOCK);
    *out = w;
    return 0;
}

void fi_worker_free(fi_worker *w)
{
    if (!w)
        return;
    if (w->fd >= 0)
        close(w->fd);
    free(w->buf);
    free(w);
}

pid_t fi_worker_pid(const fi_worker *w)
{
    return w->pid;
}

int fi_worker_fd(const fi_worker *w)
{
    return w->fd;
}

int fi_worker_send(fi_worker *w, const char *json, char **err)
{
    if (w->fd < 0 || send_frame(w->fd, json) != 0) {
        *err = fi_errf("cannot send to the reader process %ld: %s", (long)w->pid,
                       w->fd < 0 ? "it has closed its end" : strerror(errno));
        return -1;
    }
    return 0;
}

/* A whole frame at the front of buf: 1 with *msg, 0 not yet, -1 bad. */
static int take_frame(fi_worker *w, char **msg)
{
    uint32_t n;
    if (w->len < sizeof n)
        return 0;
    memcpy(&n, w->buf, sizeof n);
    if (n > FRAME_MAX)
        return -1;
    if (w->len < sizeof n + n)
        return 0;
    char *m = malloc((size_t)n + 1);
    if (!m)
        return -1;
    memcpy(m, w->buf + sizeof n, n);
    m[n] = '\0';
    w->len -= sizeof n + n;
    memmove(w->buf, w->buf + sizeof n + n, w->len);
    *msg = m;
    return 1;
}

int fi_worker_receive(fi_worker *w, char **msg)
{
    *msg = NULL;
    int rc = take_frame(w, msg);
    if (rc != 0 || w->fd < 0)
        return rc != 0 ? rc : -1;
    for (;;) {
        if (w->cap - w->len < 65536) {
            size_t cap = w->cap ? w->cap * 2 : 262144;
            char *b = realloc(w->buf, cap);
            if (!b)
                return -1;
            w->buf = b;
            w->cap = cap;
        }
        ssize_t n = read(w->fd, w->buf + w->len, w->cap - w->len);
        if (n > 0) {
            w->len += (size_t)n;
            rc = take_frame(w, msg);
            if (rc != 0)
                return rc;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return 0;
        /* End of stream: the reader exited or closed its end. */
        close(w->fd);
        w->fd = -1;
        return take_frame(w, msg) == 1 ? 1 : -1;
    }
}

/* ---- replaying second readings ---- */

typedef struct reread_entry {
    int args[6];           /* page, x0, y0, x1, y1, mode */
    char *whitelist;       /* NULL: any character */
    char *text;            /* the answer, NULL when there was none */
    float conf;
    int used;
} reread_entry;

struct fi_worker_replay {
    reread_entry *e;
    size_t n;
};

void fi_worker_replay_free(fi_worker_replay *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        free(r->e[i].whitelist);
        free(r->e[i].text);
    }
    free(r->e);
    free(r);
}

fi_worker_replay *fi_worker_replay_new(const char *rereads_json)
{
    cJSON *arr = cJSON_Parse(rereads_json ? rereads_json : "[]");
    fi_worker_replay *r = calloc(1, sizeof *r);
    int n = cJSON_IsArray(arr) ? cJSON_GetArraySize(arr) : -1;
    if (!r || n < 0)
        goto fail;
    r->e = calloc((size_t)n + 1, sizeof *r->e);
    if (!r->e)
        goto fail;
    const cJSON *item;
    cJSON_ArrayForEach(item, arr)
    {
        if (cJSON_GetArraySize(item) != 9)
            goto fail;
        reread_entry *e = &r->e[r->n++];
        for (int k = 0; k < 6; k++) {
            const cJSON *v = cJSON_GetArrayItem(item, k);
            if (!cJSON_IsNumber(v))
                goto fail;
            e->args[k] = v->valueint;
        }
        const cJSON *wl = cJSON_GetArrayItem(item, 6), *text = cJSON_GetArrayItem(item, 7);
        if ((cJSON_IsString(wl) && !(e->whitelist = strdup(wl->valuestring))) ||
            (cJSON_IsString(text) && !(e->text = strdup(text->valuestring))))
            goto fail;
        e->conf = (float)cJSON_GetArrayItem(item, 8)->valuedouble;
    }
    cJSON_Delete(arr);
    return r;
fail:
    cJSON_Delete(arr);
    fi_worker_replay_free(r);
    return NULL;
}

char *fi_worker_replay_reread(void *ctx, size_t page, int x0, int y0, int x1, int y1, int mode,
                              const char *whitelist, float *conf)
{
    fi_worker_replay *r = ctx;
    int args[6] = {(int)page, x0, y0, x1, y1, mode};
    *conf = 0;
    /* The same extraction over the same words asks the same questions in
     * the same order; matching on the arguments keeps a stray difference
     * (the date changing between the two runs) from shifting the rest. */
    for (size_t i = 0; r && i < r->n; i++) {
        reread_entry *e = &r->e[i];
        if (e->used || memcmp(e->args, args, sizeof args) != 0)
            continue;
        if ((e->whitelist == NULL) != (whitelist == NULL) ||
            (whitelist && strcmp(e->whitelist, whitelist) != 0))
            continue;
        e->used = 1;
        *conf = e->conf;
        return e->text ? strdup(e->text) : NULL;
    }
    return NULL;
}

/* ---- the reader's half ---- */

typedef struct reader {
    int fd;
    fi_ocr *ocr;
    fi_rules *rules;
    double cpu_seconds;
    unsigned page_seconds; /* wall time per page, 0: none */
    cJSON *rereads;        /* second readings of the document in hand */
} reader;

/* Arms the per-page wall-time limit: SIGALRM's default action ends the
 * reader, and the parent quarantines the file (a decoder or Tesseract
 * stuck on one page). */
static void arm_page_alarm(void *ctx, int page)
{
    const reader *rd = ctx;
    (void)page;
    alarm(rd->page_seconds);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double cpu_used_s(long *maxrss_kb)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    if (maxrss_kb)
        *maxrss_kb = ru.ru_maxrss;
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

/* CPU time for the next document: the soft limit moves to what has been
 * used plus the allowance; the kernel sends SIGXCPU past it, which ends
 * the reader (the parent quarantines the file). */
static void allow_cpu(double seconds)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_CPU, &rl) != 0)
        return;
    rlim_t soft = (rlim_t)(cpu_used_s(NULL) + seconds + 1.0);
    if (rl.rlim_max != RLIM_INFINITY && soft > rl.rlim_max)
        soft = rl.rlim_max;
    rl.rlim_cur = soft;
    setrlimit(RLIMIT_CPU, &rl);
}

static void limit_memory(long memory_mb)
{
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#if defined(__SANITIZE_ADDRESS__)
    (void)memory_mb;  /* ASan reserves terabytes of shadow: no RLIMIT_AS */
#else
    struct rlimit as;
    if (memory_mb > 0 && getrlimit(RLIMIT_AS, &as) == 0) {
        rlim_t want = (rlim_t)memory_mb << 20;
        if (as.rlim_max == RLIM_INFINITY || want < as.rlim_max) {
            as.rlim_cur = want;
            setrlimit(RLIMIT_AS, &as);
        }
    }
#endif
}

static int send_json(int fd, cJSON *o)
{
    char *text = o ? cJSON_PrintUnformatted(o) : NULL;
    int rc = text ? send_frame(fd, text) : -1;
    free(text);
    cJSON_Delete(o);
    return rc;
}

static int send_fatal(int fd, const char *message)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "op", "fatal");
    cJSON_AddStringToObject(o, "message", message ? message : "out of memory");
    return send_json(fd, o);
}

static char *record_reread(void *ctx, size_t page, int x0, int y0, int x1, int y1, int mode,
                           const char *whitelist, float *conf)
{
    reader *rd = ctx;
    char *text = fi_ocr_reread(rd->ocr, page, x0, y0, x1, y1, mode, whitelist, conf);
    cJSON *e = cJSON_CreateArray();
    int nums[6] = {(int)page, x0, y0, x1, y1, mode};
    for (int k = 0; e && k < 6; k++)
        cJSON_AddItemToArray(e, cJSON_CreateNumber(nums[k]));
    if (e) {
        cJSON_AddItemToArray(e, whitelist ? cJSON_CreateString(whitelist) : cJSON_CreateNull());
        cJSON_AddItemToArray(e, text ? cJSON_CreateString(text) : cJSON_CreateNull());
        cJSON_AddItemToArray(e, cJSON_CreateNumber(text ? *conf : 0));
        cJSON_AddItemToArray(rd->rereads, e);
    }
    return text;
}

/* Reads one document and answers with a doc or failed message. */

/* "images": the pictures of the pages for the review screen, base64 PNG
 * (null for a page without one); the parent stores them (fi_page.png). */
static int add_images(cJSON *o, const fi_doc *doc)
{
    cJSON *arr = cJSON_AddArrayToObject(o, "images");
    if (!arr)
        return -1;
    for (size_t i = 0; i < doc->npages; i++) {
        const fi_page *p = &doc->pages[i];
        cJSON *item = NULL;
        if (p->png && p->png_len) {
            size_t n = sodium_base64_encoded_len(p->png_len, sodium_base64_VARIANT_ORIGINAL);
            char *b64 = malloc(n);
            if (!b64)
                return -1;
            sodium_bin2base64(b64, n, p->png, p->png_len, sodium_base64_VARIANT_ORIGINAL);
            item = cJSON_CreateString(b64);
            free(b64);
        } else {
            item = cJSON_CreateNull();
        }
        if (!item || !cJSON_AddItemToArray(arr, item))
            return -1;
    }
    return 0;
}

static int serve_read(reader *rd, const char *path, const char *name)
{
    fi_doc *doc = NULL, *same = NULL;
    fi_result *res = NULL;
    char *err = NULL, *pages = NULL;
    cJSON *o = cJSON_CreateObject();
    int rc = -1;
    allow_cpu(rd->cpu_seconds);
    /* Test hook (tests/intake_daemon.sh): a reader that crashes or hangs on
     * files named crash*, as a decoder bug would. */
    const char *hook = getenv("FAXINTAKE_TEST_CRASH");
    if (hook && strncmp(name, "crash", 5) == 0) {
        if (strcmp(hook, "reader-segv") == 0)
            raise(SIGSEGV);
        while (strcmp(hook, "reader-hang") == 0)
            pause();
    }
    double cpu0 = cpu_used_s(NULL);
    double t0 = now_ms();
    int st = fi_ocr_read_file(rd->ocr, path, &doc, &err);
    alarm(0);
    double t1 = now_ms();
    if (!o)
        goto cleanup;
    if (st != FI_OCR_OK) {
        cJSON_AddStringToObject(o, "op", "failed");
        cJSON_AddNumberToObject(o, "status", st);
        cJSON_AddStringToObject(o, "kind", fi_ocr_status_name(st));
        cJSON_AddStringToObject(o, "message", err ? err : "cannot read the file");
        cJSON_AddNumberToObject(o, "read_ms", t1 - t0);
        rc = send_json(rd->fd, o);
        o = NULL;
        goto cleanup;
    }
    /* Extract from the words as the parent will see them (confidences
     * rounded by the JSON form), so that its replay decides the same. */
    pages = fi_doc_pages_to_json(doc);
    if (!pages || fi_doc_from_pages_json(&same, name, pages) != 0)
        goto cleanup;
    rd->rereads = cJSON_CreateArray();
    if (!rd->rereads)
        goto cleanup;
    res = fi_extract(rd->rules, same, record_reread, rd);
    double t2 = now_ms();
    long rss = 0;
    double cpu = cpu_used_s(&rss);
    cJSON_AddStringToObject(o, "op", "doc");
    cJSON_AddItemToObject(o, "pages", cJSON_CreateRaw(pages));
    cJSON *meta = doc->meta ? cJSON_Parse(doc->meta) : NULL;
    cJSON_AddItemToObject(o, "meta", meta ? meta : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "rereads", rd->rereads);
    rd->rereads = NULL;
    if (add_images(o, doc))
        goto cleanup;
    cJSON_AddNumberToObject(o, "read_ms", t1 - t0);
    cJSON_AddNumberToObject(o, "extract_ms", t2 - t1);
    cJSON_AddNumberToObject(o, "cpu_ms", (cpu - cpu0) * 1e3);
    cJSON_AddNumberToObject(o, "rss_kb", (double)rss);
    rc = send_json(rd->fd, o);
    o = NULL;
cleanup:
    if (rc != 0 && o) {
        cJSON_Delete(o);
        o = NULL;
        rc = send_fatal(rd->fd, "out of memory answering");
    }
    cJSON_Delete(rd->rereads);
    rd->rereads = NULL;
    free(pages);
    free(err);
    fi_result_free(res);
    fi_doc_free(same);
    fi_doc_free(doc);
    return rc;
}

static long get_num(const cJSON *o, const char *key, long dflt)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? (long)v->valuedouble : dflt;
}

static const char *get_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

int fi_worker_main(int fd)
{
    reader rd = {.fd = fd};
    char *msg = NULL, *err = NULL;
    cJSON *hello = NULL;
    int status = 2;
    signal(SIGPIPE, SIG_IGN);
    if (recv_frame(fd, &msg) != 1 || !(hello = cJSON_Parse(msg))) {
        fputs("faxintake reader: no hello from the daemon; this mode is started by "
              "`faxintake run`, not by hand\n", stderr);
        goto cleanup;
    }
    fi_ocr_options opt;
    fi_ocr_options_init(&opt);
    const cJSON *o = cJSON_GetObjectItemCaseSensitive(hello, "ocr");
    opt.max_file_bytes = get_num(o, "max_file_bytes", opt.max_file_bytes);
    opt.max_pages = (int)get_num(o, "max_pages", opt.max_pages);
    opt.max_page_pixels = get_num(o, "max_page_pixels", opt.max_page_pixels);
    opt.default_dpi = (int)get_num(o, "default_dpi", opt.default_dpi);
    opt.page_images = 1;   /* the daemon stores every page's picture for review */
    opt.tessdata = get_str(hello, "tessdata");
    rd.cpu_seconds = (double)get_num(hello, "cpu_seconds", 300);
    rd.page_seconds = (unsigned)get_num(hello, "page_seconds", 120);
    opt.on_page = rd.page_seconds ? arm_page_alarm : NULL;
    opt.on_page_ctx = &rd;
    limit_memory(get_num(hello, "memory_mb", 0));
    const char *rules_text = get_str(hello, "rules");
    const char *rules_name = get_str(hello, "rules_name");
    if ((rules_text ? fi_rules_parse(&rd.rules, rules_name ? rules_name : "rules", rules_text, &err)
                    : fi_rules_default(&rd.rules, &err)) != 0 ||
        fi_ocr_open(&rd.ocr, &opt, &err) != FI_OCR_OK) {
        send_fatal(fd, err);
        goto cleanup;
    }
    cJSON *ready = cJSON_CreateObject();
    cJSON_AddStringToObject(ready, "op", "ready");
    cJSON_AddNumberToObject(ready, "pid", (double)getpid());
    if (send_json(fd, ready) != 0)
        goto cleanup;
    for (;;) {
        free(msg);
        msg = NULL;
        int rc = recv_frame(fd, &msg);
        if (rc == 0) {
            status = 0;  /* the daemon closed the pipe: we are done */
            break;
        }
        cJSON *req = rc == 1 ? cJSON_Parse(msg) : NULL;
        const char *op = get_str(req, "op");
        const char *path = get_str(req, "path"), *name = get_str(req, "name");
        if (!op || strcmp(op, "read") != 0 || !path || !name) {
            cJSON_Delete(req);
            break;
        }
        rc = serve_read(&rd, path, name);
        cJSON_Delete(req);
        if (rc != 0)
            break;
    }
cleanup:
    cJSON_Delete(hello);
    free(msg);
    free(err);
    fi_ocr_close(rd.ocr);
    fi_rules_free(rd.rules);
    close(fd);
    return status;
}
