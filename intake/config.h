/*
 * config.h: the settings of `faxintake run` and `faxintake status`.
 *
 * A config is a plain value: defaults that work in the current folder,
 * then a config file, then command-line overrides, each replacing what came
 * before.  The file is lines of `key = value`; `[section]` lines prefix the
 * keys after them (`[limits]` then `max_pages = 50` sets limits.max_pages);
 * `#` starts a comment; relative paths are taken from the file's folder.
 *
 *   key                     default              meaning
 *   spool                   spool                the drop folder the fax server writes to
 *   processing              <spool>/.processing  claimed files; on the spool's filesystem
 *                                                so that claiming is one rename()
 *   archive                 archive              read files, by content: archive/ab/<sha256>.<ext>
 *   quarantine              quarantine           unreadable files, each with <name>.reason.txt
 *   db                      faxintake.db         the SQLite store
 *   rules                   (built-in)           extraction rules file, reloaded on SIGHUP
 *   tessdata                (Tesseract's)        Tesseract model folder
 *   workers                 0                    reader processes; 0: one per core
 *   watch                   auto                 inotify, poll, or auto: poll on NFS, SMB/CIFS,
 *                                                FUSE and other network filesystems
 *   quiet_seconds           2                    a file must keep its size and time this long
 *   rescan_seconds          60                   full rescan with inotify (missed events)
 *   poll_seconds            2                    rescan period in poll mode
 *   shutdown_seconds        20                   on SIGTERM, how long documents in hand may
 *                                                finish before they are left for the next start
 *   limits.max_file_mb      100                  refuse larger files
 *   limits.max_pages        200                  refuse documents with more pages
 *   limits.max_page_pixels  40000000             refuse larger pages
 *   limits.default_dpi      200                  resolution assumed when a file has none
 *   limits.memory_mb        2048                 address space of a reader process
 *   limits.cpu_seconds      300                  CPU time a reader may spend on one document
 *   limits.wall_seconds     600                  wall time a reader may spend on one document
 *   limits.page_seconds     120                  wall time a reader may spend on one page
 */
#ifndef FI_INTAKE_CONFIG_H
#define FI_INTAKE_CONFIG_H

#include "../ocr/ocr.h"

typedef enum fi_watch_mode {
    FI_WATCH_AUTO = 0,
    FI_WATCH_INOTIFY,
    FI_WATCH_POLL,
} fi_watch_mode;

typedef struct fi_intake_config {
    char *spool;               /* drop folder */
    char *processing;          /* claimed files; NULL until fi_intake_config_finish */
    char *archive;             /* read files, content-addressed */
    char *quarantine;          /* unreadable files and their reasons */
    char *db;                  /* SQLite store */
    char *rules;               /* rules file; NULL: the built-in rules */
    char *tessdata;            /* NULL: Tesseract's default */
    int workers;               /* reader processes; 0: one per core */
    fi_watch_mode watch;
    double quiet_seconds;      /* stable size and mtime needed before a claim */
    double rescan_seconds;     /* full rescan period under inotify */
    double poll_seconds;       /* rescan period in poll mode */
    double shutdown_seconds;   /* grace for documents in hand on SIGTERM */
    fi_ocr_options ocr;        /* limits.max_* and limits.default_dpi */
    long memory_mb;            /* RLIMIT_AS of a reader */
    double cpu_seconds;        /* CPU per document (RLIMIT_CPU) */
    double page_seconds;       /* wall time per page (alarm() in the reader) */
    double wall_seconds;       /* wall time per document, enforced by the parent */
} fi_intake_config;

/* Fills cfg with the defaults above.  Returns 0, or -1 on OOM. */
int fi_intake_config_init(fi_intake_config *cfg);

/* Frees the strings of cfg (not cfg itself); cfg may be zeroed or NULL. */
void fi_intake_config_clear(fi_intake_config *cfg);

/* Copies src into dst (dst's old strings are not freed).  0 or -1 on OOM. */
int fi_intake_config_copy(fi_intake_config *dst, const fi_intake_config *src);

/* Applies one setting; a relative path value is joined to base_dir (NULL:
 * taken as is).  Returns 0, or -1 with *err (free()) naming the key and
 * what a good value looks like. */
int fi_intake_config_set(fi_intake_config *cfg, const char *key, const char *value,
                         const char *base_dir, char **err);

/* Applies the settings of the file at path.  On error returns -1 and *err
 * (free()) gives path:line and the problem; cfg may then be half updated,
 * so load into a copy when the old settings must survive a bad file. */
int fi_intake_config_load(fi_intake_config *cfg, const char *path, char **err);

/* Derives what depends on other settings (processing from spool). */
int fi_intake_config_finish(fi_intake_config *cfg);

const char *fi_watch_mode_name(fi_watch_mode mode);

/* A printf-style string of any length, for paths (fi_errf cuts at 1 kB);
 * the caller frees it.  NULL on OOM. */
char *fi_intake_strf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
