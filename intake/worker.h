/*
 * worker.h: reader processes, in which untrusted files are decoded, OCRed
 * and their fields extracted, so that a crash or hang inside libtiff,
 * poppler or Tesseract costs one reader and one file, never the daemon.
 *
 * A reader is `faxintake run --worker-fd 3` started with fork() and exec():
 * a fresh address space (re-randomized, nothing of the parent's store
 * connection or memory), in its own process group (a Ctrl-C meant for the
 * daemon does not kill it mid-page), killed by the kernel if the daemon
 * dies (PR_SET_PDEATHSIG).  It loads Tesseract once and reads document
 * after document, so the model load (~0.2 s) is not paid per file; the
 * price of isolation is a pipe round trip and a JSON copy of the words.
 * Forking a fresh child per document from a reader that has not loaded
 * Tesseract would pay that load for every file instead.
 *
 * Limits, set in the reader: address space (RLIMIT_AS, limits.memory_mb;
 * not under AddressSanitizer, which reserves terabytes), CPU time per
 * document (the soft RLIMIT_CPU is moved to "used + limits.cpu_seconds"
 * before each file: SIGXCPU ends the reader), no core files (they would
 * hold patient data).  Wall time is the parent's to enforce: it SIGKILLs a
 * reader past its deadline.
 *
 * Messages are frames: a 4-byte length in host order, then that many bytes
 * of JSON.  Parent to reader:
 *   {"op":"hello", "ocr":{limits...}, "tessdata":..., "rules":TEXT|null,
 *    "rules_name":..., "memory_mb":N, "cpu_seconds":N}          first, once
 *   {"op":"read", "path":..., "name":...}                        one document
 * Reader to parent:
 *   {"op":"ready", "pid":N}          Tesseract loaded, waiting for documents
 *   {"op":"fatal", "message":...}    could not start (then it exits)
 *   {"op":"doc", "pages":[...], "meta":{...}|null, "rereads":[...],
 *    "read_ms":..., "extract_ms":..., "cpu_ms":..., "rss_kb":...}
 *   {"op":"failed", "status":N, "kind":..., "message":..., "read_ms":...}
 * "pages" is fi_doc_pages_to_json(); "rereads" lists every second reading
 * the extractor asked for, [page, x0, y0, x1, y1, mode, whitelist|null,
 * text|null, conf], so that the parent, which owns the store, can run the
 * same extraction over the same words and get the same fields without the
 * page images (see fi_worker_replay).
 */
#ifndef FI_INTAKE_WORKER_H
#define FI_INTAKE_WORKER_H

#include <stddef.h>
#include <sys/types.h>

#include "../extract/extract.h"

typedef struct fi_worker fi_worker;

/* Starts a reader: exe is run as `exe run --worker-fd 3` and sent hello
 * (the hello message's JSON) first.  On failure returns -1 and *err. */
int fi_worker_spawn(fi_worker **out, const char *exe, const char *hello, char **err);

/* Closes the pipe; the reader exits when it sees it closed.  Does not wait. */
void fi_worker_free(fi_worker *w);

pid_t fi_worker_pid(const fi_worker *w);

/* The descriptor to poll for messages, -1 once the reader has closed it. */
int fi_worker_fd(const fi_worker *w);

/* Sends one message (JSON text).  Returns 0, or -1 with *err. */
int fi_worker_send(fi_worker *w, const char *json, char **err);

/* Reads what has arrived.  Returns 1 with *msg (a whole message, free()),
 * 0 when no whole message is there yet, -1 when the reader closed its end
 * or sent something malformed (it is then of no further use). */
int fi_worker_receive(fi_worker *w, char **msg);

/* The reader's side: serves documents on fd until the parent closes it.
 * Returns the process's exit status. */
int fi_worker_main(int fd);

/* Second readings recorded by a reader, for replaying its extraction. */
typedef struct fi_worker_replay fi_worker_replay;

/* Builds a replay from the "rereads" array of a doc message (its JSON
 * text); NULL on OOM or bad input (extraction then goes without). */
fi_worker_replay *fi_worker_replay_new(const char *rereads_json);
void fi_worker_replay_free(fi_worker_replay *r);

/* An fi_reread_fn answering from a replay (ctx is the replay). */
char *fi_worker_replay_reread(void *ctx, size_t page, int x0, int y0, int x1, int y1, int mode,
                              const char *whitelist, float *conf);

#endif
