/*
 * ocr.h: turn one inbound document (fax TIFF, PDF, PNG, JPEG) into words.
 *
 * A fi_ocr is one reader: it owns a Tesseract engine that is initialized
 * once and reused for every page of every document it reads.  It is not
 * thread-safe; run one per worker thread.  Reading checks the limits before
 * anything is decoded, so an oversized or hostile file is refused with a
 * message instead of exhausting the machine.
 *
 * Tesseract's own OpenMP threading must be off (OMP_THREAD_LIMIT=1 in the
 * environment before the process starts, see fi_ocr_pin_threads()): we run
 * several single-threaded readers side by side instead.
 */
#ifndef FI_OCR_H
#define FI_OCR_H

#include <stddef.h>
#include "errf.h"
#include "words.h"

typedef struct fi_ocr fi_ocr;

/* Why a document could not be read; main maps these to messages and the
 * daemon to quarantine reasons. */
typedef enum fi_ocr_status {
    FI_OCR_OK = 0,
    FI_OCR_ERR_IO = -1,          /* cannot open or read the file */
    FI_OCR_ERR_EMPTY = -2,       /* zero bytes */
    FI_OCR_ERR_FORMAT = -3,      /* not a TIFF, PDF, PNG or JPEG */
    FI_OCR_ERR_CORRUPT = -4,     /* truncated or damaged */
    FI_OCR_ERR_ENCRYPTED = -5,   /* password-protected PDF */
    FI_OCR_ERR_LIMIT = -6,       /* over a configured limit */
    FI_OCR_ERR_ENGINE = -7,      /* Tesseract could not start or failed */
    FI_OCR_ERR_NOMEM = -8,
} fi_ocr_status;

typedef struct fi_ocr_options {
    const char *tessdata;        /* NULL: Tesseract's compiled-in default */
    const char *lang;            /* NULL: "eng" */
    long max_file_bytes;         /* refuse larger files */
    int max_pages;               /* refuse documents with more pages */
    long max_page_pixels;        /* refuse pages with more pixels (as stored) */
    int default_dpi;             /* for images that carry no resolution */
    int pdf_render_dpi;          /* resolution for rendering image-only PDF pages */
    int detect_orientation;      /* 0: trust the page's orientation */
    int page_images;             /* 1: give every page a PNG picture (fi_page.png)
                                  * for the review screen */
    /* Called as each page starts (0-based), e.g. to arm a per-page time
     * limit; NULL: not called. */
    void (*on_page)(void *ctx, int page);
    void *on_page_ctx;
} fi_ocr_options;

/* Fills opt with the defaults (described in the README). */
void fi_ocr_options_init(fi_ocr_options *opt);

/* Makes sure OpenMP in Tesseract runs single-threaded.  libgomp reads
 * OMP_THREAD_LIMIT once, when it is loaded, so if it is not "1" this sets
 * it and re-executes the program (argv as given) and does not return;
 * returns -1 only if that re-exec failed. */
int fi_ocr_pin_threads(char **argv);

/* Opens a reader; on failure returns a status and *err (free()) says why. */
int fi_ocr_open(fi_ocr **out, const fi_ocr_options *opt, char **err);
void fi_ocr_close(fi_ocr *ocr);

/* Reads the document at path into *out (caller frees with fi_doc_free).
 * On failure *out is NULL, the status says what kind of failure, and *err
 * (free()) names the problem in words a user can act on. */
int fi_ocr_read_file(fi_ocr *ocr, const char *path, fi_doc **out, char **err);

/* Reads a rectangle of an already decoded page again, for the extractor's
 * second look at an unsure value: mode selects the variant tried (see
 * ocr.c), whitelist restricts characters (NULL: any).  Only valid while the
 * document is the last one read by this reader.  Returns the text (free())
 * or NULL, and its confidence in *conf. */
char *fi_ocr_reread(fi_ocr *ocr, size_t page, int x0, int y0, int x1, int y1,
                    int mode, const char *whitelist, float *conf);

const char *fi_ocr_status_name(int status);

#endif
