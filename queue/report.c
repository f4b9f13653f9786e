/*
 * report.c: the questions a physician-relations team and an intake lead
 * ask of the store.
 *
 * referrers: for each referring provider or practice, referrals per week,
 * how many came complete, how long they waited for acceptance, and
 * whether their volume fell by half against the period before (a practice
 * that quietly stops referring is the thing to notice).  A referrer is
 * its NPI when the referral carries one, else its fax number: one NPI may
 * fax from several offices, one office fax serves several providers.
 *
 * queue: how deep the queue is and how old its oldest item per urgency,
 * and how many items each reviewer closed.
 */
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

enum { WEEK = 7 * 86400, MAX_WEEKS = 104 };

typedef struct ref_row {
    char *key;                 /* "npi:..." or "fax:..." or "unknown" */
    char *npi, *fax, *provider;
    long long opened;          /* unix time */
    double hours_to_accept;    /* -1: not accepted */
    int complete;
} ref_row;

static int by_key_then_time(const void *a, const void *b)
{
    const ref_row *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return x->opened < y->opened ? -1 : x->opened > y->opened;
}

static int by_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

typedef struct referrer {
    const ref_row *first;      /* rows [first, first + n) share the key */
    size_t n;
    int weeks[MAX_WEEKS];      /* this period, oldest week first */
    int total, previous, complete, accepted;
    double median_hours;       /* -1: none accepted */
    int alert;
} referrer;

static int by_volume(const void *a, const void *b)
{
    const referrer *x = a, *y = b;
    if (x->total != y->total)
        return y->total - x->total;
    return x->previous < y->previous ? 1 : x->previous > y->previous ? -1 : 0;
}

/* Reads the referrals opened in [from, to) into rows. */
static int load_rows(fi_store *s, long long from, long long to, ref_row **rows, size_t *n,
                     char **err)
{
    char a[32], b[32];
    size_t cap = 0;
    *rows = NULL;
    *n = 0;
    fi_iso_time(from, a);
    fi_iso_time(to, b);
    sqlite3_stmt *st = fi_stmt(s, Q_REPORT_REFERRALS, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, a);
    fi_bind_text(st, 2, b);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 1024;
            ref_row *grown = realloc(*rows, cap * sizeof *grown);
            if (!grown)
                break;
            *rows = grown;
        }
        ref_row *r = &(*rows)[(*n)++];
        memset(r, 0, sizeof *r);
        r->opened = fi_parse_iso((const char *)sqlite3_column_text(st, 0));
        long long acc = fi_parse_iso((const char *)sqlite3_column_text(st, 1));
        r->hours_to_accept = acc >= 0 && r->opened >= 0 ? (double)(acc - r->opened) / 3600.0 : -1;
        r->complete = sqlite3_column_type(st, 2) != SQLITE_NULL &&
                      sqlite3_column_double(st, 2) >= 0.999;
        r->npi = fi_json_string((const char *)sqlite3_column_text(st, 3));
        r->fax = fi_json_string((const char *)sqlite3_column_text(st, 4));
        r->provider = fi_json_string((const char *)sqlite3_column_text(st, 5));
        r->key = r->npi   ? fi_errf("npi:%s", r->npi)
                 : r->fax ? fi_errf("fax:%s", r->fax)
                          : strdup("unknown");
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        *err = rc == SQLITE_ROW ? fi_errf("out of memory") : fi_sqlerr(s, "cannot read referrals");
        return -1;
    }
    return 0;
}

static void csv_put(FILE *out, const char *text)
{
    if (!text)
        return;
    if (!strpbrk(text, ",\"\n")) {
        fputs(text, out);
        return;
    }
    fputc('"', out);
    for (const char *p = text; *p; p++) {
        if (*p == '"')
            fputc('"', out);
        fputc(*p, out);
    }
    fputc('"', out);
}

int fi_store_report_referrers(fi_store *s, int weeks, int csv, FILE *out, char **err)
{
    *err = NULL;
    if (weeks < 1 || weeks > MAX_WEEKS) {
        *err = fi_errf("--weeks must be between 1 and %d", MAX_WEEKS);
        return -1;
    }
    long long now = fi_now(s);
    long long start = now - (long long)weeks * WEEK, prev = start - (long long)weeks * WEEK;
    ref_row *rows = NULL;
    size_t n = 0, nref = 0;
    referrer *refs = NULL;
    double *hours = NULL;
    int rc = -1;
    if (load_rows(s, prev, now, &rows, &n, err))
        goto done;
    qsort(rows, n, sizeof *rows, by_key_then_time);
    refs = calloc(n + 1, sizeof *refs);
    hours = malloc((n + 1) * sizeof *hours);
    if (!refs || !hours) {
        *err = fi_errf("out of memory");
        goto done;
    }
    for (size_t i = 0; i < n;) {
        referrer *r = &refs[nref++];
        r->first = &rows[i];
        size_t nh = 0;
        while (i < n && strcmp(rows[i].key, r->first->key) == 0) {
            const ref_row *x = &rows[i++];
            r->n++;
            if (x->opened < start) {
                r->previous++;
                continue;
            }
            int w = (int)((x->opened - start) / WEEK);
            r->weeks[w < weeks ? w : weeks - 1]++;
            r->total++;
            r->complete += x->complete;
            if (x->hours_to_accept >= 0) {
                hours[nh++] = x->hours_to_accept;
                r->accepted++;
            }
        }
        qsort(hours, nh, sizeof *hours, by_double);
        r->median_hours = !nh        ? -1
                          : nh % 2   ? hours[nh / 2]
                                     : (hours[nh / 2 - 1] + hours[nh / 2]) / 2;
        /* Two referrals before and one now is noise, not a trend. */
        r->alert = r->previous >= 4 && 2 * r->total <= r->previous;
    }
    qsort(refs, nref, sizeof *refs, by_volume);

    char day[32];
    if (csv) {
        fputs("npi,fax,provider,week_start,referrals,complete,accepted,"
              "median_hours_to_accept,period_referrals,previous_period_referrals,alert\n", out);
        for (size_t k = 0; k < nref; k++) {
            const referrer *r = &refs[k];
            /* the latest name and fax the referrer used */
            const ref_row *last = &r->first[r->n - 1];
            for (int w = 0; w < weeks; w++) {
                fi_iso_time(start + (long long)w * WEEK, day);
                day[10] = '\0';
                csv_put(out, last->npi);
                fputc(',', out);
                csv_put(out, last->fax);
                fputc(',', out);
                csv_put(out, last->provider);
                fprintf(out, ",%s,%d,", day, r->weeks[w]);
                /* completeness and acceptance are per period, on the last week's row */
                if (w == weeks - 1) {
                    fprintf(out, "%d,%d,", r->complete, r->accepted);
                    if (r->median_hours >= 0)
                        fprintf(out, "%.1f", r->median_hours);
                    fprintf(out, ",%d,%d,%s\n", r->total, r->previous,
                            r->alert ? "volume_halved" : "");
                } else {
                    fprintf(out, ",,,,,\n");
                }
            }
        }
        rc = 0;
        goto done;
    }
    fi_iso_time(start, day);
    day[10] = '\0';
    fprintf(out, "referrers over the %d week(s) from %s (previous period: the %d weeks before)\n\n",
            weeks, day, weeks);
    fprintf(out, "%-12s %-11s %-24s ", "npi", "fax", "provider");
    for (int w = 0; w < weeks; w++) {
        fi_iso_time(start + (long long)w * WEEK, day);
        fprintf(out, "%6.5s", day + 5);
    }
    fprintf(out, " %6s %6s %9s %10s  %s\n", "total", "prev", "complete", "accept_h", "alert");
    for (size_t k = 0; k < nref; k++) {
        const referrer *r = &refs[k];
        const ref_row *last = &r->first[r->n - 1];
        fprintf(out, "%-12s %-11s %-24.24s ", last->npi ? last->npi : "-",
                last->fax ? last->fax : "-", last->provider ? last->provider : "-");
        for (int w = 0; w < weeks; w++)
            fprintf(out, "%6d", r->weeks[w]);
        char comp[16] = "-", med[16] = "-";
        if (r->total)
            snprintf(comp, sizeof comp, "%.0f%%", 100.0 * r->complete / r->total);
        if (r->median_hours >= 0)
            snprintf(med, sizeof med, "%.1f", r->median_hours);
        fprintf(out, " %6d %6d %9s %10s  %s\n", r->total, r->previous, comp, med,
                r->alert ? "VOLUME HALVED" : "");
    }
    if (!nref)
        fputs("(no referrals in the period)\n", out);
    fputs("\ncomplete: share received with every required field; accept_h: median hours from "
          "receipt to acceptance\n", out);
    rc = 0;
done:
    for (size_t i = 0; i < n; i++) {
        free(rows[i].key);
        free(rows[i].npi);
        free(rows[i].fax);
        free(rows[i].provider);
    }
    free(rows);
    free(refs);
    free(hours);
    return rc;
}

static void age_text(long long seconds, char *buf, size_t bufsz)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds >= 86400)
        snprintf(buf, bufsz, "%lldd %lldh", seconds / 86400, seconds % 86400 / 3600);
    else if (seconds >= 3600)
        snprintf(buf, bufsz, "%lldh %lldm", seconds / 3600, seconds % 3600 / 60);
    else
        snprintf(buf, bufsz, "%lldm", seconds / 60);
}

int fi_store_report_queue(fi_store *s, FILE *out, char **err)
{
    *err = NULL;
    long long now = fi_now(s);
    char t_now[32], t_week[32], t_day[32];
    fi_iso_time(now, t_now);
    fi_iso_time(now - WEEK, t_week);
    fi_iso_time(now - 86400, t_day);
    sqlite3_stmt *st = fi_stmt(s, Q_REPORT_DEPTH, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, t_now);
    long long total = 0;
    fprintf(out, "queue at %s\n\n%-8s %7s %8s %12s\n", t_now, "urgency", "open", "claimed",
            "oldest");
    int rc, rows = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        char age[32];
        long long oldest = fi_parse_iso((const char *)sqlite3_column_text(st, 2));
        age_text(now - oldest, age, sizeof age);
        fprintf(out, "%-8s %7lld %8lld %12s\n", fi_urgency_name(sqlite3_column_int(st, 0)),
                sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 3), age);
        total += sqlite3_column_int64(st, 1);
        rows++;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot read the queue");
        return -1;
    }
    fprintf(out, "%-8s %7lld\n\n", "total", total);

    st = fi_stmt(s, Q_REPORT_THROUGHPUT, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, t_week);
    fi_bind_text(st, 2, t_day);
    fprintf(out, "reviewer throughput\n%-20s %8s %8s %9s %9s %11s\n", "reviewer", "24h", "7 days",
            "accepted", "rejected", "needs_info");
    rows = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *who = (const char *)sqlite3_column_text(st, 0);
        fprintf(out, "%-20s %8lld %8lld %9lld %9lld %11lld\n", who ? who : "?",
                sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 1),
                sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4),
                sqlite3_column_int64(st, 5));
        rows++;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        *err = fi_sqlerr(s, "cannot read the reviews");
        return -1;
    }
    if (!rows)
        fputs("(no item reviewed in the last 7 days)\n", out);
    return 0;
}
