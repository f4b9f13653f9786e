/*
 * store_bench.c: the store at scale.  Fills a store with synthetic
 * referrals (unless it already holds enough), reviews a share of them,
 * then times the three things a reviewer waits for: claiming the next item
 * (`queue next`), the first page of the queue (`queue list`) and one
 * document (`show`), in process, each alone and with the store opened and
 * closed around it as a command-line run does.  Prints the database size
 * per document.
 *
 *   store_bench DB [--docs N] [--words N] [--reviewed PCT] [--runs N]
 *               [--png FILE [--png-every K]] [--fill-only]
 *
 * Documents: two pages of about --words words each (default 250: a
 * typical faxed form and a page of notes), words drawn from a referral
 * vocabulary with names, dates and numbers that differ per document, so
 * that compression sees text like the real thing; eighteen fields;
 * received over the last 52 weeks, a tenth urgent and a fiftieth stat;
 * one patient in twenty sends a second fax that links to their referral.
 * Loaded in batches of 5,000 per transaction (fi_store_batch_begin).
 *
 * --png FILE gives pages 1 and 2 of every Kth document loaded (--png-every,
 * default 100) FILE as their picture, for the review screen's benchmark
 * (bench/review_load.sh); documents already present are left as they are.
 * --fill-only loads and prints the database size, without the timings.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../extract/result.h"
#include "../queue/store.h"

static const char *const VOCAB[] = {
    "Patient", "Name", "DOB", "Date", "of", "Birth", "Sex", "Phone", "Address", "Insurance",
    "Member", "ID", "Group", "Referring", "Provider", "NPI", "Fax", "Referred", "to",
    "Specialty", "Diagnosis", "ICD-10", "Reason", "for", "referral", "Urgency", "routine",
    "urgent", "Please", "evaluate", "and", "treat", "the", "patient", "with", "history", "of",
    "hypertension", "diabetes", "mellitus", "type", "2", "chest", "pain", "shortness", "breath",
    "on", "exertion", "denies", "fever", "chills", "Medications", "metformin", "500", "mg",
    "twice", "daily", "lisinopril", "10", "atorvastatin", "40", "Allergies", "NKDA", "Vitals",
    "BP", "142/88", "HR", "78", "Temp", "98.6", "Assessment", "Plan", "follow", "up", "in",
    "weeks", "Signature", "Office", "Clinic", "Family", "Medicine", "Internal", "Suite", "Street",
    "Avenue", "MN", "55401", "Thank", "you", "this", "consult", "Sincerely", "MD", "FACP",
    "cover", "sheet", "pages", "including", "confidential", "information", "intended", "only",
    "recipient", "Labs", "A1c", "7.9%", "LDL", "132", "eGFR", "68", "ECG", "normal", "sinus",
    "rhythm", "stress", "test", "recommended", "cardiology", "orthopedics", "knee", "left",
    "right", "MRI", "shows", "tear", "medial", "meniscus", "physical", "therapy", "failed",
};
enum { NVOCAB = sizeof VOCAB / sizeof *VOCAB };

static const char *const LAST[] = {"Okafor", "Nguyen", "Smith", "Garcia", "Johnson", "Lee",
                                   "Brown", "Patel", "Kim", "Martinez", "Anderson", "Taylor",
                                   "Thomas", "Moore", "Jackson", "White", "Harris", "Clark",
                                   "Lewis", "Walker", "Hall", "Young", "King", "Wright"};
static const char *const FIRST[] = {"Jane", "John", "Maria", "Robert", "Linda", "Ahmed",
                                    "Mei", "Carlos", "Adaeze", "Olga", "Sam", "Priya"};
static const char *const SPEC[] = {"cardiology", "orthopedics", "dermatology", "neurology",
                                   "gastroenterology", "endocrinology", "urology",
                                   "physical_therapy"};

static unsigned long long rng = 88172645463325252ULL;
static unsigned long long next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}
static int rnd(int n)
{
    return (int)(next_rand() % (unsigned long long)n);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void set(fi_result *r, const char *field, const char *text)
{
    int i = fi_field_index(field);
    fi_value *v = &r->values[i];
    v->found = 1;
    v->conf = 0.8f + (float)rnd(20) / 100.0f;
    v->page = 1;
    v->x0 = 200 + rnd(400);
    v->y0 = 100 + 40 * i;
    v->x1 = v->x0 + 300;
    v->y1 = v->y0 + 24;
    v->review = rnd(10) == 0;
    v->rule = strdup(field);
    if (FI_FIELDS[i].kind == FI_KIND_LIST) {
        v->list = calloc(2, sizeof *v->list);
        v->list[v->nlist++] = strdup(text);
        v->list[v->nlist++] = strdup("I10");
    } else {
        v->text = strdup(text);
    }
}

/* One synthetic referral: patient k (a second fax reuses an earlier k). */
static void make(long long k, int words, fi_doc **docp, fi_result **resp)
{
    char buf[64], last[48], dob[32], mrn[32];
    /* one patient per k: names repeat, but not with the same date of birth
     * within the link window (only second faxes share a referral) */
    snprintf(last, sizeof last, "%s%s%c%c", LAST[k % 24], k % 7 ? "-" : "-Reyes-",
             'a' + (int)(k / 24 % 26), 'a' + (int)(k / 624 % 26));
    snprintf(dob, sizeof dob, "%04lld-%02lld-%02lld", 1930 + k / 336 % 80, 1 + k / 28 % 12,
             1 + k % 28);
    snprintf(mrn, sizeof mrn, "MRN%07lld", k);
    fi_doc *doc = fi_doc_new("fax.tif");
    for (int pg = 0; pg < 2; pg++) {
        fi_page *p = fi_doc_add_page(doc, 1728, 2200, 204);
        int x = 100, y = 100, line = 0;
        for (int w = 0; w < words; w++) {
            const char *t;
            switch (rnd(12)) {
            case 0: snprintf(buf, sizeof buf, "%s,", last); t = buf; break;
            case 1: t = FIRST[(k + w) % 12]; break;
            case 2: snprintf(buf, sizeof buf, "(%03d)", 200 + rnd(700)); t = buf; break;
            case 3: snprintf(buf, sizeof buf, "%03d-%04d", rnd(1000), rnd(10000)); t = buf; break;
            case 4: snprintf(buf, sizeof buf, "%02d/%02d/%04d", 1 + rnd(12), 1 + rnd(28),
                             1930 + rnd(90)); t = buf; break;
            default: t = VOCAB[rnd(NVOCAB)];
            }
            int wpx = (int)strlen(t) * 14;
            if (x + wpx > 1650) {
                x = 100;
                y += 32;
                line++;
            }
            fi_page_add_word(p, t, 0.6f + (float)rnd(40) / 100.0f, x, y, x + wpx, y + 24,
                             line / 8, line);
            x += wpx + 12;
        }
        fi_page_update_conf(p);
    }
    fi_result *r = fi_result_new();
    set(r, "patient_last_name", last);
    set(r, "patient_first_name", FIRST[k % 12]);
    set(r, "patient_dob", dob);
    set(r, "patient_sex", k % 2 ? "F" : "M");
    snprintf(buf, sizeof buf, "555%07lld", 2000000 + k % 7999999);
    set(r, "patient_phone", buf);
    if (k % 3)
        set(r, "patient_mrn", mrn);
    set(r, "insurance_payer", k % 2 ? "Aetna" : "Blue Cross Blue Shield");
    snprintf(buf, sizeof buf, "W%09lld", k);
    set(r, "insurance_member_id", buf);
    set(r, "referring_provider", "Sarah Whitfield");
    /* four referring providers by NPI, 400 practices by fax */
    static const char *const NPI[] = {"1234567893", "1245319599", "1003000126", "1558444216"};
    set(r, "referring_npi", NPI[k % 4]);
    snprintf(buf, sizeof buf, "555014%04lld", k % 400);
    set(r, "referring_fax", buf);
    set(r, "referred_to_specialty", SPEC[k % 8]);
    set(r, "diagnosis_codes", "E11.9");
    set(r, "reason", "Chest pain on exertion, please evaluate");
    set(r, "urgency", k % 50 == 0 ? "stat" : k % 10 == 0 ? "urgent" : "routine");
    *docp = doc;
    *resp = r;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void report(const char *what, double *ms, int n)
{
    qsort(ms, (size_t)n, sizeof *ms, cmp_double);
    printf("  %-34s median %7.3f ms   p95 %7.3f ms   max %7.3f ms\n", what, ms[n / 2],
           ms[(n * 95) / 100], ms[n - 1]);
}

static void die(const char *what, char *err)
{
    fprintf(stderr, "store_bench: %s: %s\n", what, err ? err : "?");
    exit(1);
}

/* The whole of the PNG file at path, in *len bytes; exits when it cannot
 * be read or is not a PNG (a wrong file would otherwise only show as
 * broken pictures in the browser, after a long load). */
static unsigned char *read_png(const char *path, size_t *len)
{
    static const unsigned char SIG[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "store_bench: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    for (size_t got = 1; buf && got;) {
        if (n == cap) {
            unsigned char *more = realloc(buf, cap *= 2);
            if (!more) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = more;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    }
    int bad = !buf || ferror(f);
    fclose(f);
    if (bad) {
        fprintf(stderr, "store_bench: %s: %s\n", path, buf ? "read error" : "out of memory");
        exit(1);
    }
    if (n < sizeof SIG || memcmp(buf, SIG, sizeof SIG) != 0) {
        fprintf(stderr, "store_bench: %s: not a PNG file\n", path);
        exit(1);
    }
    *len = n;
    return buf;
}

static void usage(void)
{
    fputs("usage: store_bench DB [--docs N] [--words N] [--reviewed PCT] [--runs N]\n"
          "                      [--png FILE [--png-every K]] [--fill-only]\n",
          stderr);
    exit(2);
}

int main(int argc, char **argv)
{
    long long ndocs = 1000000, png_every = 100;
    int words = 250, reviewed_pct = 20, runs = 200, fill_only = 0;
    const char *png_path = NULL;
    if (argc < 2 || argv[1][0] == '-')
        usage();
    const char *path = argv[1];
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--fill-only")) {
            fill_only = 1;
            continue;
        }
        /* every other option takes a value; an unknown one is refused, so
         * that a misspelt option does not silently bench the default */
        if (i + 1 >= argc)
            usage();
        const char *opt = argv[i], *val = argv[++i];
        if (!strcmp(opt, "--png")) {
            png_path = val;
            continue;
        }
        char *end = NULL;
        long long v = strtoll(val, &end, 10);
        if (!*val || *end || v < 0)
            usage();
        if (!strcmp(opt, "--docs"))
            ndocs = v;
        else if (!strcmp(opt, "--words"))
            words = (int)v;
        else if (!strcmp(opt, "--reviewed"))
            reviewed_pct = (int)v;
        else if (!strcmp(opt, "--runs") && v > 0)
            runs = (int)v;
        else if (!strcmp(opt, "--png-every") && v > 0)
            png_every = v;
        else
            usage();
    }
    /* One picture shared by every page that gets one: it is only read,
     * and detached from the page before the page is freed (a page owns its
     * png).  Only every Kth document gets it, so that 100,000 documents
     * stay a database of about a gigabyte rather than five (two pages of
     * ~25 kB each); a picture is looked up by its primary key (doc_id,
     * page), so what the review screen's load time depends on is the
     * number of documents, not how many of them have pictures. */
    size_t png_len = 0;
    unsigned char *png = png_path ? read_png(png_path, &png_len) : NULL;
    fi_store *s = NULL;
    char *err = NULL;
    if (fi_store_open(&s, path, &err))
        die("open", err);
    fi_store_intake_stats have;
    if (fi_store_intake_counts(s, "1970-01-01T00:00:00Z", &have, &err))
        die("count", err);
    long long present = have.documents + have.duplicates;
    time_t t_now = time(NULL);
    if (present < ndocs) {
        printf("loading %lld documents (%lld present) of 2 pages x %d words...\n",
               ndocs - present, present, words);
        if (png)
            printf("with a %zu-byte picture on both pages of every %lldth document\n", png_len,
                   png_every);
        fflush(stdout);
        double t0 = now_ms();
        if (fi_store_batch_begin(s, &err))
            die("batch", err);
        for (long long i = present; i < ndocs; i++) {
            /* one document in 20 is a second fax for an earlier patient */
            long long k = i % 20 == 19 ? i - 1 - rnd(15) : i;
            fi_doc *doc;
            fi_result *res;
            make(k, words, &doc, &res);
            int pictured = png && i % png_every == 0;
            for (size_t pg = 0; pictured && pg < doc->npages; pg++) {
                doc->pages[pg].png = png;
                doc->pages[pg].png_len = png_len;
            }
            char sha[65], name[32], received[32];
            snprintf(sha, sizeof sha, "%064llx", (unsigned long long)i + 1);
            snprintf(name, sizeof name, "fax-%07lld.tif", i);
            time_t when = t_now - 52 * 7 * 86400 + (time_t)((double)i / ndocs * 52 * 7 * 86400);
            struct tm tm;
            gmtime_r(&when, &tm);
            strftime(received, sizeof received, "%Y-%m-%dT%H:%M:%SZ", &tm);
            fi_store_doc_info info = {.sha256 = sha, .file_name = name, .received_at = received};
            if (fi_store_add_document(s, &info, doc, res, NULL, NULL, &err))
                die("add", err);
            for (size_t pg = 0; pictured && pg < doc->npages; pg++)
                doc->pages[pg].png = NULL;   /* shared: not the page's to free */
            fi_doc_free(doc);
            fi_result_free(res);
            if ((i + 1) % 5000 == 0) {
                if (fi_store_batch_end(s, 1, &err) || fi_store_batch_begin(s, &err))
                    die("batch", err);
            }
            if ((i + 1) % 100000 == 0) {
                printf("  %lld documents, %.0f docs/s\n", i + 1,
                       (double)(i + 1 - present) / ((now_ms() - t0) / 1000.0));
                fflush(stdout);
            }
        }
        if (fi_store_batch_end(s, 1, &err))
            die("batch", err);
        /* review the oldest share, as months of work would have */
        long long nreview = ndocs * reviewed_pct / 100;
        printf("reviewing %lld documents...\n", nreview);
        fflush(stdout);
        if (fi_store_batch_begin(s, &err))
            die("batch", err);
        for (long long i = 0; i < nreview; i++) {
            long long id = 0;
            if (fi_store_queue_next(s, "reviewer", &id, &err) < 0)
                die("next", err);
            if (id && fi_store_decide(s, id, "reviewer", FI_DECIDE_ACCEPT, NULL, NULL, &err))
                die("accept", err);
            if ((i + 1) % 5000 == 0 && (fi_store_batch_end(s, 1, &err) ||
                                        fi_store_batch_begin(s, &err)))
                die("batch", err);
        }
        if (fi_store_batch_end(s, 1, &err))
            die("batch", err);
        printf("loaded in %.0f s\n", (now_ms() - t0) / 1000.0);
    }
    /* closing the only connection folds the WAL into the database file */
    fi_store_close(s);
    struct stat st;
    if (stat(path, &st) == 0)
        printf("database: %lld documents, %.2f GB, %.0f bytes per document\n", ndocs,
               (double)st.st_size / 1e9, (double)st.st_size / (double)ndocs);
    free(png);
    if (fill_only)
        return 0;

    if (fi_store_open(&s, path, &err))
        die("open", err);
    double *ms = calloc((size_t)runs, sizeof *ms);
    char *json = NULL, user[32];
    printf("timings over %d runs (synchronous=FULL: a claim waits for its fsync)\n", runs);
    for (int i = 0; i < runs; i++) {
        long long id = 0;
        snprintf(user, sizeof user, "bench%d", i);
        double t0 = now_ms();
        if (fi_store_queue_next(s, user, &id, &err) < 0)
            die("next", err);
        ms[i] = now_ms() - t0;
        if (id && fi_store_release(s, id, user, &err))
            die("release", err);
    }
    report("queue next (claim)", ms, runs);
    for (int i = 0; i < runs; i++) {
        double t0 = now_ms();
        if (fi_store_queue_json(s, 0, 50, &json, &err))
            die("list", err);
        ms[i] = now_ms() - t0;
        free(json);
    }
    report("queue list (first 50, JSON)", ms, runs);
    for (int i = 0; i < runs; i++) {
        long long id = 1 + (long long)(next_rand() % (unsigned long long)ndocs);
        double t0 = now_ms();
        if (fi_store_show_json(s, id, &json, &err))
            die("show", err);
        ms[i] = now_ms() - t0;
        free(json);
    }
    report("show (random document, JSON)", ms, runs);
    fi_store_close(s);

    /* as a command does it: open, one request, close; the intake daemon
     * keeps a connection open meanwhile, as in production (the last
     * connection to close would fold the WAL into the database) */
    fi_store *daemon = NULL;
    if (fi_store_open(&daemon, path, &err))
        die("open", err);
    FILE *devnull = fopen("/dev/null", "w");
    for (int i = 0; i < runs; i++) {
        double t0 = now_ms();
        if (fi_store_open(&s, path, &err) ||
            fi_store_print_queue(s, 0, 50, devnull, &err))
            die("list", err);
        fi_store_close(s);
        ms[i] = now_ms() - t0;
    }
    report("open + queue list (table) + close", ms, runs);
    for (int i = 0; i < runs; i++) {
        long long id = 1 + (long long)(next_rand() % (unsigned long long)ndocs);
        double t0 = now_ms();
        if (fi_store_open(&s, path, &err) || fi_store_print_show(s, id, devnull, &err))
            die("show", err);
        fi_store_close(s);
        ms[i] = now_ms() - t0;
    }
    report("open + show (table) + close", ms, runs);
    for (int i = 0; i < runs; i++) {
        long long id = 0;
        snprintf(user, sizeof user, "cli%d", i);
        double t0 = now_ms();
        if (fi_store_open(&s, path, &err) || fi_store_queue_next(s, user, &id, &err) < 0 ||
            (id && fi_store_print_show(s, id, devnull, &err)))
            die("next", err);
        fi_store_close(s);
        ms[i] = now_ms() - t0;
        if (fi_store_open(&s, path, &err) || (id && fi_store_release(s, id, user, &err)))
            die("release", err);
        fi_store_close(s);
    }
    report("open + queue next + show + close", ms, runs);
    fi_store_close(daemon);
    fclose(devnull);
    free(ms);
    return 0;
}
