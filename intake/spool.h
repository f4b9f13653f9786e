/*
 * spool.h: the drop folder and the folders a file moves through.
 *
 * Queue states are folders, as in Postfix; a file moves between them only
 * by rename(), so at any moment it is whole in exactly one place:
 *
 *   spool/NAME                      dropped by the fax server or scanner
 *   processing/ID~NAME              claimed: ID is the claim's receive time,
 *                                   YYYYMMDDTHHMMSS.uuuuuuZ (UTC), unique per claim
 *   processing/.ID.commit           written just before the store commit
 *                                   that records the claim: its outcome
 *   archive/ab/<sha256>.<ext>       recorded in the store (content-addressed:
 *                                   the store's sha256 finds the original,
 *                                   and a resend lands on the same name)
 *   archive/ab/<sha256>.ID.json     the claim's sidecar, when it had one
 *   quarantine/ID~NAME              could not be read; the reason is in the
 *   quarantine/ID~NAME.reason.txt   store and in this file
 *
 * A file in spool/ is taken only when it is ready: not a temporary name
 * (dot-files, .part, .filepart, .tmp, .temp, .crdownload, ~), not locked
 * (flock or POSIX lock, as HylaFAX holds while receiving), not open for
 * writing (seen through a file lease where the filesystem allows one), and
 * either renamed into the folder (inotify moved-to: the writer says it is
 * complete) or unchanged in size and time for quiet_seconds.  NAME.json or
 * STEM.json next to a document is its sidecar (sender metadata from the fax
 * server): it is claimed with the document and never read as one.
 *
 * The folder is watched with inotify (close-write, moved-to) plus a full
 * rescan every rescan_seconds for missed events, or polled every
 * poll_seconds where inotify sees nothing (NFS, SMB/CIFS, FUSE: chosen by
 * config or detected with statfs).  A lock file, processing/.lock, keeps a
 * second daemon off the same folders.
 */
#ifndef FI_INTAKE_SPOOL_H
#define FI_INTAKE_SPOOL_H

#include "config.h"

typedef struct fi_spool fi_spool;

/* A claimed file.  All strings are owned by the claim (fi_claim_free). */
typedef struct fi_claim {
    char *id;              /* claim id, also the file name prefix in processing/ */
    char *received_at;     /* the id as ISO 8601 UTC: 2024-03-18T10:15:00.123456Z */
    char *name;            /* the name as dropped */
    char *path;            /* the file in processing/ */
    char *sidecar;         /* its claimed sidecar in processing/, or NULL */
    int recovered;         /* 1: left in processing/ by an earlier run */
} fi_claim;

void fi_claim_free(fi_claim *claim);

/* Creates the folders that are missing, takes the lock and starts
 * watching.  On failure returns -1, *out NULL, and *err (free()) says what
 * to fix (a folder that cannot be created, another daemon running...). */
int fi_spool_open(fi_spool **out, const fi_intake_config *cfg, char **err);
void fi_spool_close(fi_spool *spool);

/* How the folder is watched, for the log: "inotify" or "poll (nfs)"... */
const char *fi_spool_watch_desc(const fi_spool *spool);

/* Applies new timings after a reload (folders only change on restart). */
void fi_spool_set_timing(fi_spool *spool, const fi_intake_config *cfg);

/* The inotify descriptor to wait on, or -1 in poll mode. */
int fi_spool_fd(const fi_spool *spool);

/* Drains pending inotify events.  Returns 0, or -1 with *err when the
 * watch was lost (the folder was removed or moved); the spool then polls. */
int fi_spool_read_events(fi_spool *spool, char **err);

/* Seconds until fi_spool_claim_next has something to re-check (a file
 * waiting out its quiet time, the next rescan); 0: now. */
double fi_spool_timeout(const fi_spool *spool);

/* Called for a file that is seen but not taken yet for a reason worth a
 * log line (locked, open for writing), once per state of the file. */
typedef void (*fi_spool_wait_fn)(void *ctx, const char *name, const char *why);

/* Claims the next ready file: renames it (and its sidecar) into
 * processing/ and makes the renames durable.  Returns 1 with *out set, 0
 * when nothing is ready, -1 with *err when a file could not be claimed
 * (the caller logs it and calls again: that file is skipped until it
 * changes).  on_wait may be NULL. */
int fi_spool_claim_next(fi_spool *spool, fi_claim **out, fi_spool_wait_fn on_wait, void *ctx,
                        char **err);

/* The claims left in processing/ by an earlier run, oldest first, in a new
 * array of *n claims (free each with fi_claim_free, then the array).
 * Sidecars whose document is gone are moved to quarantine/. */
int fi_spool_recover(fi_spool *spool, fi_claim ***out, size_t *n, char **err);

/* Before the store commit: records the claim's outcome ("archive", or
 * "quarantine" and its reason) durably in processing/.ID.commit, so a
 * restart after the commit knows where the file goes.  existed says
 * whether the store already held the file's sha256 (see daemon.c). */
int fi_spool_mark(fi_spool *spool, const fi_claim *claim, const char *outcome, int existed,
                  const char *reason, char **err);

/* Reads the marker of a claim: returns 1 with *outcome ("archive" or
 * "quarantine"), *existed and *reason (free(); may be NULL) set, 0 when
 * there is none. */
int fi_spool_read_mark(fi_spool *spool, const fi_claim *claim, char **outcome, int *existed,
                       char **reason);

/* After the store commit: moves the file to archive/ab/<sha256>.<ext>
 * (ext from its first bytes) and its sidecar beside it, then removes the
 * marker.  *dest (free(); may be NULL) receives the archived path. */
int fi_spool_archive(fi_spool *spool, const fi_claim *claim, const char *sha256, char **dest,
                     char **err);

/* After the store commit: moves the file and its sidecar to quarantine/
 * with ID~NAME.reason.txt beside them, then removes the marker. */
int fi_spool_quarantine(fi_spool *spool, const fi_claim *claim, const char *reason, char **dest,
                        char **err);

/* Reads the claim's sidecar, when it has one: a JSON object of at most
 * 64 kB.  Returns 1 with *json (free()), 0 when there is none, -1 with *err
 * when it is unreadable or not a JSON object (the caller logs it and goes
 * on without). */
int fi_spool_read_sidecar(const fi_claim *claim, char **json, char **err);

/* For `faxintake status`, without taking the lock: files waiting in spool/,
 * claims in processing/, and the pid of the running daemon (0: none). */
int fi_spool_depth(const fi_intake_config *cfg, long *waiting, long *processing, long *pid,
                   char **err);

/* Calls fn for each ID~NAME.reason.txt in quarantine/, newest first, at most
 * limit times; the strings are borrowed for the call. */
typedef void (*fi_spool_reason_fn)(void *ctx, const char *id, const char *name,
                                   const char *reason);
int fi_spool_list_quarantine(const fi_intake_config *cfg, int limit, fi_spool_reason_fn fn,
                             void *ctx, char **err);

/* 1 when name is a temporary or hidden name the spool never takes. */
int fi_spool_ignored_name(const char *name);

#endif
