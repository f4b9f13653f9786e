/*
 * recognize.h (private to ocr/ and its benchmarks): Tesseract's reading of
 * a page as words with boxes.
 */
#ifndef FI_OCR_RECOGNIZE_H
#define FI_OCR_RECOGNIZE_H

#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

#include "words.h"

/* Recognizes pix at dpi with api, as it is set up, and appends the words
 * (text, confidence 0-1, box, block and line numbers) to page, which must
 * be empty; then sets the page's mean confidence.  Returns 0, or -1 when
 * Tesseract fails or memory runs out. */
int fi_recognize(TessBaseAPI *api, PIX *pix, int dpi, fi_page *page);

#endif
