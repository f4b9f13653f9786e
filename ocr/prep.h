/*
 * prep.h (private to ocr/): page clean-up between decoding and Tesseract.
 * Every function takes a borrowed image and returns a new one the caller
 * owns (pixDestroy), or NULL on allocation failure.
 */
#ifndef FI_OCR_PREP_H
#define FI_OCR_PREP_H

#include <leptonica/allheaders.h>

/* Square pixels at a resolution fit for OCR: a standard-mode fax
 * (204x98 dpi) or a low-resolution page is resampled to 300 dpi.
 * *dpi receives the resolution of the result, *resampled 1 when it was
 * resampled. */
PIX *fi_prep_normalize(PIX *pix, int xres, int yres, int *dpi, int *resampled);

/* A 3x3 mean: for a resampled page, whose strokes are stairs of repeated
 * rows (see prep.c).  Grey out. */
PIX *fi_prep_smooth(PIX *pix);

/* 1 when the page has too little ink, away from its edges and the fax
 * header band, to carry any text. */
int fi_prep_is_blank(PIX *pix);

/* Finds checkbox squares on the page.  Returns their boxes (boxaDestroy)
 * and, in *checked (free()), 1 for each box that is marked; NULL when none
 * or out of memory. */
BOXA *fi_prep_find_checkboxes(PIX *pix, int dpi, int **checked);

/* Whitens streaks: one-pixel vertical lines down most of the page that a
 * dirty fax scanner draws through the text, cutting its words in two.
 * Returns a copy, or a clone when there is none. */
PIX *fi_prep_remove_streaks(PIX *pix, int dpi);

/* Whitens the grid of lone dots a grey-shaded cell or bar becomes on a
 * bilevel fax, which hides the label printed on it from Tesseract; dots
 * elsewhere are kept.  A page that is not bilevel comes back as a clone. */
PIX *fi_prep_remove_halftone(PIX *pix);

/* Turns the page clockwise by a multiple of 90 degrees. */
PIX *fi_prep_rotate(PIX *pix, int degrees);

/* The review screen's picture of a page: PNG of 16 grey levels, at half
 * the page's resolution when halve is 1 (150 dpi for a page read at 300),
 * so that a fax page weighs about 100 KB.  The page's word boxes scale by
 * the same factor.  *png is the caller's to free().  Returns 0, or -1 when
 * out of memory. */
int fi_prep_picture(PIX *page, int halve, unsigned char **png, size_t *len);

#endif
