/*
 * errf.h: the message behind every module's `char **err` output.
 *
 * Every module returns errors as a new string the caller frees; this is
 * the one way they make it, kept apart from OCR so that the modules that
 * never read an image (extract, queue, review) do not link the OCR code.
 */
#ifndef FI_ERRF_H
#define FI_ERRF_H

/* A printf-style message in a new string (at most 1023 bytes); the caller
 * frees it.  NULL only when out of memory. */
char *fi_errf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
