/*
 * rulestest.h: `faxintake rules check` and `faxintake rules test`, the
 * loop of tuning extraction rules: edit, check, measure, repeat.
 *
 * `rules test` reads each document once through the OCR cache (ocr/cache.h)
 * and runs the rules over its words, then scores every field against the
 * truth files (CONTRACT.md) with extract/compare.h, the C twin of
 * bench/score.py.  The first run over a corpus costs the OCR; every later
 * run, after a change of rules, costs only the extraction.
 *
 * Extraction always works on the words as the cache holds them (also right
 * after OCR, when they are written and read back) and without a second
 * reading of the image, so that two runs with the same rules print the same
 * figures whether or not the cache was warm.
 */
#ifndef FI_RULESTEST_H
#define FI_RULESTEST_H

#include <stdio.h>
#include "../ocr/ocr.h"
#include "../extract/extract.h"

typedef struct fi_rulestest_options {
    const char *truth_dir;     /* holds <stem>.json truth files */
    const fi_rules *rules;     /* the rules under test */
    const char *cache_dir;     /* NULL: the default OCR cache folder */
    int jobs;                  /* OCR workers for cache misses; 0: one per core */
    int show_errors;           /* 1: list every wrong field */
    int explain;               /* 1: print what extraction saw and chose, per document */
    int repeat;                /* extraction passes, for a steadier timing; 0: 1 */
    int progress;              /* 1: a progress line on stderr while reading */
    fi_ocr_options ocr;
} fi_rulestest_options;

/* Loads the rules at path (NULL: the built-in ones) and prints
 * "PATH: ok (N field rules, M text rules)" on out.  Returns 0, or -1 with
 * *err (free()) naming the file, the line and the problem. */
int fi_rules_check(const char *path, FILE *out, char **err);

/* Runs opt->rules over files[0..nfiles) and prints per-field accuracy,
 * completeness agreement, the errors (with show_errors) and the time spent
 * on OCR and on extraction on out; warnings and unreadable documents go to
 * log.  Returns the number of documents that could not be read, or -1 when
 * the run could not start (*err says why; free()). */
int fi_rulestest_run(const fi_rulestest_options *opt, char *const *files, int nfiles, FILE *out,
                     FILE *log, char **err);

#endif
