/*
 * log.c: the daemon's log lines (see log.h).
 */
#include "log.h"

#include <stdarg.h>
#include <string.h>
#include <time.h>

void fi_log_time(char buf[32])
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    gmtime_r(&ts.tv_sec, &tm);
    char s[24];
    strftime(s, sizeof s, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(buf, 32, "%.19s.%03dZ", s, (int)(ts.tv_nsec / 1000000) % 1000);
}

/* Appends, keeping room for the newline fi_logline_end adds. */
static void put(fi_logline *l, const char *s, size_t len)
{
    if (l->n + len >= sizeof l->buf - 2)
        len = sizeof l->buf - 2 - l->n;
    memcpy(l->buf + l->n, s, len);
    l->n += len;
}

void fi_logline_begin(fi_logline *l, const char *event)
{
    char t[32];
    fi_log_time(t);
    l->n = 0;
    put(l, t, strlen(t));
    put(l, " ", 1);
    put(l, event, strlen(event));
}

void fi_logline_str(fi_logline *l, const char *key, const char *value)
{
    if (!value)
        return;
    put(l, " ", 1);
    put(l, key, strlen(key));
    put(l, "=", 1);
    int quote = !*value || strpbrk(value, " \"=\t\n\r") != NULL;
    if (!quote) {
        put(l, value, strlen(value));
        return;
    }
    put(l, "\"", 1);
    for (const char *p = value; *p; p++) {
        if (*p == '"' || *p == '\\')
            put(l, "\\", 1);
        if (*p == '\n' || *p == '\r' || *p == '\t')
            put(l, " ", 1);
        else
            put(l, p, 1);
    }
    put(l, "\"", 1);
}

void fi_logline_fmt(fi_logline *l, const char *key, const char *fmt, ...)
{
    char v[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v, sizeof v, fmt, ap);
    va_end(ap);
    fi_logline_str(l, key, v);
}

void fi_logline_end(fi_logline *l, FILE *log)
{
    l->buf[l->n++] = '\n';
    fwrite(l->buf, 1, l->n, log);
    fflush(log);
}
