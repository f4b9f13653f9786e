/*
 * log.h (private to intake/): the daemon's log lines.
 *
 * One line per event, TIME EVENT key=value...: a value with a space, a
 * quote, an '=' or a line break in it is quoted (backslash before '"' and
 * '\'; a line break becomes a space), so that a line splits on the spaces
 * outside quotes and a hostile file name cannot forge a line.  A line is
 * built on the stack and written with one fwrite, whole, or cut at 4 KB.
 */
#ifndef FI_INTAKE_LOG_H
#define FI_INTAKE_LOG_H

#include <stddef.h>
#include <stdio.h>

typedef struct fi_logline {
    char buf[4096];
    size_t n;
} fi_logline;

/* Starts l with the time (UTC, milliseconds) and the event's name. */
void fi_logline_begin(fi_logline *l, const char *event);

/* Adds key=value; nothing when value is NULL. */
void fi_logline_str(fi_logline *l, const char *key, const char *value);

/* Adds key=value with the value formatted as by printf (up to 255 bytes). */
void fi_logline_fmt(fi_logline *l, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Writes the line to log and flushes it. */
void fi_logline_end(fi_logline *l, FILE *log);

/* The time now as the log writes it: "2026-11-22T10:15:00.123Z". */
void fi_log_time(char buf[32]);

#endif
