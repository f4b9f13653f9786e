/*
 * daemon.h: `faxintake run`, the drop-folder daemon, and `faxintake status`.
 *
 * Every file put in the spool ends, exactly once, as a document in the
 * store (archived by content) or in quarantine with its reason, whatever
 * crashes, restarts or bad files happen.  One process owns the store, the
 * folders and the log; untrusted files are read by reader processes
 * (worker.h) that may crash or hang without taking it down.
 *
 * The life of a file (spool.h has the folders):
 *   1. seen (inotify or scan), ready (spool.h), claimed by rename() into
 *      processing/ under a unique receive time, the rename made durable;
 *   2. hashed (SHA-256); a byte-identical resend of a stored document is
 *      linked to it without being read again;
 *   3. read by an idle reader: decoded, OCRed, fields extracted;
 *   4. its outcome noted in processing/.ID.commit with the number of store
 *      records of its hash, then committed to the store (WAL,
 *      synchronous=FULL) as a document or a quarantine entry;
 *   5. moved to the archive or quarantine, the note removed.
 * A crash anywhere leaves the file in processing/, taken again at the next
 * start: without a note, from step 2; with one, the store tells whether
 * step 4 happened (it holds more records of the hash than the note says),
 * and the file is either moved (step 5) or committed again.
 *
 * Signals: SIGTERM and SIGINT stop claiming, let documents in hand finish
 * for shutdown_seconds, then leave the rest in processing/ for the next
 * start (a second signal stops at once); SIGHUP reloads the config and the
 * rules (a bad file is logged and the old settings kept; folders and the
 * database change only on restart).
 *
 * The log: one line per event on the log stream, `TIME EVENT key=value...`,
 * e.g. `2024-03-18T10:15:03.120Z document id=42 file=fax000123.tif pages=3
 * read_ms=2840 extract_ms=12 store_ms=4 total_ms=2870 ...`.
 */
#ifndef FI_INTAKE_DAEMON_H
#define FI_INTAKE_DAEMON_H

#include <stdio.h>

typedef struct fi_daemon_options {
    const char *config;        /* config file, or NULL for the defaults */
    const char *spool;         /* overrides, or NULL */
    const char *db;
    int workers;               /* 0: from the config */
    const char *exe;           /* this program, to start readers: "/proc/self/exe" */
} fi_daemon_options;

/* Runs until SIGTERM or SIGINT.  Returns 0 after a clean stop, or -1 with
 * *err (free()) when it could not start (bad config or rules, folders or
 * database that cannot be opened, another daemon on the same folders, a
 * Tesseract model that does not load). */
int fi_daemon_run(const fi_daemon_options *opt, FILE *log, char **err);

/* Prints the state of the intake described by opt (the daemon need not be
 * running): queue depth, documents and pages today, pages per minute, the
 * newest quarantined files with their reasons.  Returns 0, or -1 with *err. */
int fi_daemon_status(const fi_daemon_options *opt, int max_quarantined, FILE *out, char **err);

#endif
