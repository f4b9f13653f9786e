/*
 * status.h (private to intake/): processing/.status.json, what `faxintake
 * status` shows of the daemon.
 *
 * The daemon counts each outcome here and rewrites the file after each
 * (a temporary file renamed over it, so a reader never sees half of one).
 * Today's counts are carried over a restart, not over a crash between a
 * commit and the next write: the store's counts are the exact ones, and
 * this file is what `faxintake status` falls back on without a store.
 */
#ifndef FI_INTAKE_STATUS_H
#define FI_INTAKE_STATUS_H

#include <stdio.h>

/* Pages per minute are counted over this many seconds. */
enum { FI_STATUS_RATE_WINDOW_S = 600 };

typedef struct fi_status fi_status;

/* What the daemon is doing, written beside the counts. */
typedef struct fi_status_live {
    const char *state;      /* running, stopping, stopped, failed */
    const char *started_at; /* ISO 8601 */
    const char *rules;      /* the rules file, or "built-in" */
    const char *watch;      /* how the spool is watched */
    int workers, workers_ready, busy;
    long queued;
} fi_status_live;

/* The file as `faxintake status` reads it back. */
typedef struct fi_status_seen {
    int found;              /* 0: no file (never started); the rest is 0 */
    int workers, busy;
    char watch[64];
    char updated_at[32];
    long documents, duplicates, pages, quarantined; /* today, local time */
    double recent_pages;    /* within the last FI_STATUS_RATE_WINDOW_S */
} fi_status_seen;

/* The status of the daemon on the folder processing, today's counts
 * loaded from its file.  NULL when out of memory. */
fi_status *fi_status_open(const char *processing);
void fi_status_close(fi_status *s);

/* Counts an outcome: documents, resends, pages, quarantined files. */
void fi_status_count(fi_status *s, long docs, long dups, long pages, long quar);

/* Rewrites the file with the counts and live; a failure to write is not
 * the daemon's to stop for (status shows it stale). */
void fi_status_write(const fi_status *s, const fi_status_live *live);

/* Reads the file of the daemon on processing into *seen. */
void fi_status_read(const char *processing, fi_status_seen *seen);

#endif
