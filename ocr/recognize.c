/*
 * recognize.c: one prepared page through a Tesseract engine, its words
 * into an fi_page.  Shared by the reader (ocr.c) and bench/ocr_variants.c,
 * which reads the same pages prepared other ways.
 */
#include "recognize.h"

int fi_recognize(TessBaseAPI *api, PIX *pix, int dpi, fi_page *page)
{
    TessBaseAPISetImage2(api, pix);
    TessBaseAPISetSourceResolution(api, dpi);
    if (TessBaseAPIRecognize(api, NULL) != 0)
        return -1;
    TessResultIterator *it = TessBaseAPIGetIterator(api);
    if (!it)
        return 0;
    const TessPageIterator *pit = TessResultIteratorGetPageIteratorConst(it);
    int block = -1, line = -1, rc = 0;
    do {
        if (TessPageIteratorIsAtBeginningOf(pit, RIL_BLOCK))
            block++;
        if (TessPageIteratorIsAtBeginningOf(pit, RIL_TEXTLINE))
            line++;
        char *text = TessResultIteratorGetUTF8Text(it, RIL_WORD);
        int l, t, r, b;
        if (text && *text && TessPageIteratorBoundingBox(pit, RIL_WORD, &l, &t, &r, &b)) {
            float conf = TessResultIteratorConfidence(it, RIL_WORD) / 100.0f;
            rc = fi_page_add_word(page, text, conf < 0 ? 0 : conf, l, t, r, b,
                                  block < 0 ? 0 : block, line < 0 ? 0 : line);
        }
        TessDeleteText(text);
    } while (rc == 0 && TessResultIteratorNext(it, RIL_WORD));
    TessResultIteratorDelete(it);
    fi_page_update_conf(page);
    return rc;
}
