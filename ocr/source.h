/*
 * source.h (private to ocr/): one opened input document, page by page.
 *
 * Each format (TIFF, PDF, PNG/JPEG) opens into a fi_source that yields its
 * pages one at a time, so a 200-page document never sits decoded in memory
 * at once.  A page comes back either as an image to OCR (*pix, with the
 * resolution of its two axes) or, for a PDF page with a real text layer, as
 * words already added to the document (*pix NULL).
 */
#ifndef FI_OCR_SOURCE_H
#define FI_OCR_SOURCE_H

#include <leptonica/allheaders.h>
#include "ocr.h"

typedef struct fi_source fi_source;

typedef struct fi_raw_page {
    PIX *pix;          /* owned by the caller; NULL when words were added */
    int xres, yres;    /* dots per inch of pix along each axis */
    const char *note;  /* static text on anything assumed, or NULL */
} fi_raw_page;

struct fi_source {
    int npages;
    /* Produces page i (0-based).  With a text layer, appends the page with
     * its words to doc and leaves raw->pix NULL. */
    int (*page)(fi_source *src, int i, fi_doc *doc, fi_raw_page *raw, char **err);
    void (*close)(fi_source *src);
    /* sender metadata found in the file (JSON object text), or NULL; owned */
    char *meta;
};

/* Each opener checks opt's limits, returns a fi_ocr_status and *err. */
int fi_tiff_open(fi_source **out, const char *path, const fi_ocr_options *opt, char **err);
int fi_pdf_open(fi_source **out, const char *path, const fi_ocr_options *opt, char **err);
int fi_image_open(fi_source **out, const char *path, const fi_ocr_options *opt, char **err);

#endif
