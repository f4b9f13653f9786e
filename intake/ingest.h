/*
 * ingest.h: `faxintake ingest`: read a batch of documents with a pool of
 * workers and write one contract JSON per document.
 *
 * Each worker owns one OCR reader for the whole batch (the Tesseract model
 * is loaded once per worker, not per document).  A document that fails is
 * reported with its file and reason and never stops the others.
 */
#ifndef FI_INGEST_H
#define FI_INGEST_H

#include <stdio.h>
#include "../ocr/ocr.h"
#include "../extract/extract.h"

typedef struct fi_ingest_options {
    const char *outdir;        /* where <stem>.json files go */
    int jobs;                  /* workers; 0: one per core */
    int progress;              /* 1: a progress line on stderr */
    int with_ocr;              /* 1: include the words of every page */
    const fi_rules *rules;     /* NULL: no fields are extracted */
    const char *db;            /* NULL, or a store where every document is also
                                * recorded (queue/store.h), one connection per
                                * worker */
    fi_ocr_options ocr;
} fi_ingest_options;

/* Reads files[0..nfiles) and writes their JSON.  Failures are reported on
 * log, one line each.  Returns the number of documents that failed, or -1
 * when the batch could not start (*err says why; free()). */
int fi_ingest_run(const fi_ingest_options *opt, char *const *files, int nfiles, FILE *log,
                  char **err);

#endif
