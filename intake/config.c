/*
 * config.c: defaults, the config file parser and command-line overrides
 * for the daemon.  The parser reads a line at a time with a bound on its
 * length and reports file:line for anything it does not understand: a
 * mistyped key is an error, not a silently ignored line, because a limit
 * that does not apply is worse than a daemon that does not start.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longest config line we accept; a longer one is reported, not cut. */
enum { LINE_MAX_LEN = 4096 };

static int set_str(char **slot, const char *value)
{
    char *copy = value ? strdup(value) : NULL;
    if (value && !copy)
        return -1;
    free(*slot);
    *slot = copy;
    return 0;
}

int fi_intake_config_init(fi_intake_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    fi_ocr_options_init(&cfg->ocr);
    cfg->watch = FI_WATCH_AUTO;
    cfg->quiet_seconds = 2;
    cfg->rescan_seconds = 60;
    cfg->poll_seconds = 2;
    cfg->shutdown_seconds = 20;
    cfg->memory_mb = 2048;
    cfg->cpu_seconds = 300;
    cfg->page_seconds = 120;
    cfg->wall_seconds = 600;
    if (set_str(&cfg->spool, "spool") || set_str(&cfg->archive, "archive") ||
        set_str(&cfg->quarantine, "quarantine") || set_str(&cfg->db, "faxintake.db")) {
        fi_intake_config_clear(cfg);
        return -1;
    }
    return 0;
}

void fi_intake_config_clear(fi_intake_config *cfg)
{
    if (!cfg)
        return;
    free(cfg->spool);
    free(cfg->processing);
    free(cfg->archive);
    free(cfg->quarantine);
    free(cfg->db);
    free(cfg->rules);
    free(cfg->tessdata);
    cfg->spool = cfg->processing = cfg->archive = cfg->quarantine = NULL;
    cfg->db = cfg->rules = cfg->tessdata = NULL;
    cfg->ocr.tessdata = NULL;
}

int fi_intake_config_copy(fi_intake_config *dst, const fi_intake_config *src)
{
    *dst = *src;
    dst->spool = dst->processing = dst->archive = dst->quarantine = NULL;
    dst->db = dst->rules = dst->tessdata = NULL;
    if (set_str(&dst->spool, src->spool) || set_str(&dst->processing, src->processing) ||
        set_str(&dst->archive, src->archive) || set_str(&dst->quarantine, src->quarantine) ||
        set_str(&dst->db, src->db) || set_str(&dst->rules, src->rules) ||
        set_str(&dst->tessdata, src->tessdata)) {
        fi_intake_config_clear(dst);
        return -1;
    }
    dst->ocr.tessdata = dst->tessdata;
    return 0;
}

const char *fi_watch_mode_name(fi_watch_mode mode)
{
    switch (mode) {
    case FI_WATCH_INOTIFY: return "inotify";
    case FI_WATCH_POLL: return "poll";
    default: return "auto";
    }
}

char *fi_intake_strf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *out = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!out)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(out, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return out;
}

/* Joins a relative path to base_dir; NULL on OOM. */
static char *resolve_path(const char *value, const char *base_dir)
{
    if (value[0] == '/' || !base_dir || !base_dir[0] || strcmp(base_dir, ".") == 0)
        return strdup(value);
    size_t len = strlen(base_dir) + strlen(value) + 2;
    char *p = malloc(len);
    if (p)
        snprintf(p, len, "%s/%s", base_dir, value);
    return p;
}

static int parse_long(const char *s, long lo, long hi, long *out)
{
    char *end = NULL;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || errno || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

static int parse_seconds(const char *s, double lo, double hi, double *out)
{
    char *end = NULL;
    errno = 0;
    double v = strtod(s, &end);
    if (!*s || *end || errno || !isfinite(v) || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

/* The keys that take a path, and where each is kept. */
static char **path_slot(fi_intake_config *cfg, const char *key)
{
    if (strcmp(key, "spool") == 0) return &cfg->spool;
    if (strcmp(key, "processing") == 0) return &cfg->processing;
    if (strcmp(key, "archive") == 0) return &cfg->archive;
    if (strcmp(key, "quarantine") == 0) return &cfg->quarantine;
    if (strcmp(key, "db") == 0) return &cfg->db;
    if (strcmp(key, "rules") == 0) return &cfg->rules;
    if (strcmp(key, "tessdata") == 0) return &cfg->tessdata;
    return NULL;
}

int fi_intake_config_set(fi_intake_config *cfg, const char *key, const char *value,
                         const char *base_dir, char **err)
{
    long n = 0;
    char **slot = path_slot(cfg, key);
    if (slot) {
        if (!value[0]) {
            /* An empty value means "the default", which only makes sense
             * for the optional paths. */
            if (slot == &cfg->rules || slot == &cfg->tessdata || slot == &cfg->processing) {
                set_str(slot, NULL);
                cfg->ocr.tessdata = cfg->tessdata;
                return 0;
            }
            *err = fi_errf("%s needs a path", key);
            return -1;
        }
        char *p = resolve_path(value, base_dir);
        if (!p) {
            *err = fi_errf("out of memory reading %s", key);
            return -1;
        }
        free(*slot);
        *slot = p;
        cfg->ocr.tessdata = cfg->tessdata;
        return 0;
    }
    int bad = 0;
    const char *want = "";
    if (strcmp(key, "workers") == 0) {
        bad = parse_long(value, 0, 256, &n);
        cfg->workers = (int)n;
        want = "a number of processes from 0 (one per core) to 256";
    } else if (strcmp(key, "watch") == 0) {
        want = "auto, inotify or poll";
        if (strcmp(value, "auto") == 0)
            cfg->watch = FI_WATCH_AUTO;
        else if (strcmp(value, "inotify") == 0)
            cfg->watch = FI_WATCH_INOTIFY;
        else if (strcmp(value, "poll") == 0)
            cfg->watch = FI_WATCH_POLL;
        else
            bad = 1;
    } else if (strcmp(key, "quiet_seconds") == 0) {
        bad = parse_seconds(value, 0, 3600, &cfg->quiet_seconds);
        want = "seconds from 0 to 3600";
    } else if (strcmp(key, "rescan_seconds") == 0) {
        bad = parse_seconds(value, 1, 86400, &cfg->rescan_seconds);
        want = "seconds from 1 to 86400";
    } else if (strcmp(key, "poll_seconds") == 0) {
        bad = parse_seconds(value, 0.1, 3600, &cfg->poll_seconds);
        want = "seconds from 0.1 to 3600";
    } else if (strcmp(key, "shutdown_seconds") == 0) {
        bad = parse_seconds(value, 0, 3600, &cfg->shutdown_seconds);
        want = "seconds from 0 to 3600";
    } else if (strcmp(key, "limits.max_file_mb") == 0) {
        bad = parse_long(value, 1, 1L << 20, &n);
        cfg->ocr.max_file_bytes = n << 20;
        want = "megabytes, at least 1";
    } else if (strcmp(key, "limits.max_pages") == 0) {
        bad = parse_long(value, 1, 100000, &n);
        cfg->ocr.max_pages = (int)n;
        want = "a number of pages, at least 1";
    } else if (strcmp(key, "limits.max_page_pixels") == 0) {
        bad = parse_long(value, 10000, 2000000000L, &n);
        cfg->ocr.max_page_pixels = n;
        want = "a number of pixels, at least 10000";
    } else if (strcmp(key, "limits.default_dpi") == 0) {
        bad = parse_long(value, 50, 2400, &n);
        cfg->ocr.default_dpi = (int)n;
        want = "dots per inch from 50 to 2400";
    } else if (strcmp(key, "limits.memory_mb") == 0) {
        bad = parse_long(value, 256, 1L << 22, &n);
        cfg->memory_mb = n;
        want = "megabytes, at least 256 (Tesseract's model alone needs about 100)";
    } else if (strcmp(key, "limits.cpu_seconds") == 0) {
        bad = parse_seconds(value, 1, 86400, &cfg->cpu_seconds);
        want = "seconds from 1 to 86400";
    } else if (strcmp(key, "limits.page_seconds") == 0) {
        bad = parse_seconds(value, 1, 86400, &cfg->page_seconds);
        want = "seconds from 1 to 86400";
    } else if (strcmp(key, "limits.wall_seconds") == 0) {
        bad = parse_seconds(value, 1, 86400, &cfg->wall_seconds);
        want = "seconds from 1 to 86400";
    } else {
        *err = fi_errf("unknown setting '%s' (see `faxintake run --help` for the list)", key);
        return -1;
    }
    if (bad) {
        *err = fi_errf("%s = %s: expected %s", key, value, want);
        return -1;
    }
    return 0;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

int fi_intake_config_load(fi_intake_config *cfg, const char *path, char **err)
{
    int rc = -1, lineno = 0;
    char *dir = NULL, *msg = NULL;
    char line[LINE_MAX_LEN], section[64] = "", key[192];
    FILE *f = fopen(path, "r");
    if (!f) {
        *err = fi_errf("cannot open the config file %s: %s", path, strerror(errno));
        goto cleanup;
    }
    const char *slash = strrchr(path, '/');
    dir = slash ? strndup(path, (size_t)(slash - path)) : strdup(".");
    if (!dir) {
        *err = fi_errf("out of memory reading %s", path);
        goto cleanup;
    }
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t len = strlen(line);
        if (len == sizeof line - 1 && line[len - 1] != '\n' && !feof(f)) {
            *err = fi_errf("%s:%d: line longer than %d characters", path, lineno,
                           LINE_MAX_LEN - 2);
            goto cleanup;
        }
        /* '#' starts a comment anywhere: no value we take contains one. */
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char *s = trim(line);
        if (!*s)
            continue;
        if (*s == '[') {
            char *close = strchr(s, ']');
            if (!close || close[1] || (size_t)(close - s) >= sizeof section) {
                *err = fi_errf("%s:%d: a section line looks like [limits]", path, lineno);
                goto cleanup;
            }
            *close = '\0';
            snprintf(section, sizeof section, "%s", trim(s + 1));
            continue;
        }
        char *eq = strchr(s, '=');
        if (!eq) {
            *err = fi_errf("%s:%d: expected 'key = value', found '%s'", path, lineno, s);
            goto cleanup;
        }
        *eq = '\0';
        char *k = trim(s), *v = trim(eq + 1);
        /* Quotes are optional around a value, for paths with spaces. */
        size_t vlen = strlen(v);
        if (vlen >= 2 && v[0] == '"' && v[vlen - 1] == '"') {
            v[vlen - 1] = '\0';
            v++;
        }
        if (section[0])
            snprintf(key, sizeof key, "%s.%s", section, k);
        else
            snprintf(key, sizeof key, "%s", k);
        if (fi_intake_config_set(cfg, key, v, dir, &msg)) {
            *err = fi_errf("%s:%d: %s", path, lineno, msg ? msg : "bad setting");
            goto cleanup;
        }
    }
    if (ferror(f)) {
        *err = fi_errf("cannot read %s: %s", path, strerror(errno));
        goto cleanup;
    }
    rc = 0;
cleanup:
    if (f)
        fclose(f);
    free(msg);
    free(dir);
    return rc;
}

int fi_intake_config_finish(fi_intake_config *cfg)
{
    if (cfg->processing)
        return 0;
    size_t len = strlen(cfg->spool) + sizeof "/.processing";
    cfg->processing = malloc(len);
    if (!cfg->processing)
        return -1;
    snprintf(cfg->processing, len, "%s/.processing", cfg->spool);
    return 0;
}
