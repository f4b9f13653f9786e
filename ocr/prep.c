/*
 * prep.c: page clean-up before OCR, with leptonica.
 *
 * What pays on faxes, measured with bench/ocr_quality.py on the dev
 * corpus: square pixels at 300 dpi for standard-mode and low-resolution
 * pages (a standard-mode page fed as is loses most of its small print),
 * then a 3x3 mean over such a resampled page (its strokes are steps of
 * three rows each; smoothed, they read 6 points better on the dev
 * corpus's standard-mode faxes and 3 on its fine-mode faxes with every
 * other row dropped, bench/ocr_standard.sh), and skipping blank pages.
 * What was tried and read worse, so is not done: deskew (by shear or by
 * grey area mapping),
 * removing ruled lines, closing broken strokes, despeckling, blurring a
 * page read at its own resolution, a 5x5 mean, resampling to 250, 270,
 * 330, 360 or 400 dpi instead of 300, and upscaling fine-mode pages;
 * Tesseract's own binarization and noise removal do better.
 */
#include "prep.h"

#include <math.h>
#include <stdlib.h>

/* Below this, letters of a 9-10 pt fax font are too few pixels high for the
 * LSTM recognizer; such pages are scaled up to TARGET_DPI. */
enum { MIN_OCR_DPI = 180, TARGET_DPI = 300 };

static PIX *to_gray(PIX *pix)
{
    if (pixGetDepth(pix) == 1)
        return pixConvert1To8(NULL, pix, 255, 0);
    return pixConvertTo8(pix, 0);
}

PIX *fi_prep_normalize(PIX *pix, int xres, int yres, int *dpi, int *resampled)
{
    *resampled = 0;
    int d = pixGetDepth(pix);
    float sx = 1.0f, sy = (float)xres / (float)yres;
    int res = xres;
    /* Low resolution, or half the rows missing (a 204x98 standard-mode
     * fax): resample to square 300 dpi pixels.  For standard mode this
     * read 2 points more than merely doubling the rows. */
    if (xres < MIN_OCR_DPI || fabsf(sy - 1.0f) >= 0.05f) {
        sx = (float)TARGET_DPI / (float)xres;
        sy = (float)TARGET_DPI / (float)yres;
        res = TARGET_DPI;
    }
    *dpi = res;
    if (fabsf(sx - 1.0f) < 0.05f && fabsf(sy - 1.0f) < 0.05f) {
        if (d == 1 || (d == 8 && !pixGetColormap(pix)))
            return pixClone(pix);
        return pixConvertTo8(pix, 0);
    }
    /* Interpolating grey, not replicating bits, keeps stroke edges smooth. */
    PIX *gray = to_gray(pix);
    if (!gray)
        return NULL;
    PIX *out = pixScaleGrayLI(gray, sx, sy);
    pixDestroy(&gray);
    if (out) {
        pixSetResolution(out, res, res);
        *resampled = 1;
    }
    return out;
}

PIX *fi_prep_smooth(PIX *pix)
{
    return pixBlockconv(pix, 1, 1);
}

static PIX *to_binary(PIX *pix)
{
    if (pixGetDepth(pix) == 1)
        return pixClone(pix);
    PIX *gray = pixConvertTo8(pix, 0);
    if (!gray)
        return NULL;
    PIX *bin = pixThresholdToBinary(gray, 160);
    pixDestroy(&gray);
    return bin;
}

int fi_prep_is_blank(PIX *pix)
{
    l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
    /* Leave out the fax header band at the top, the margins where black
     * edges and streaks live, and specks: what remains on a text page is
     * hundreds of letter-sized blobs. */
    BOX *box = boxCreate(w / 20, h / 16, w - w / 10, h - h / 16 - h / 20);
    PIX *bin = to_binary(pix);
    PIX *inner = bin ? pixClipRectangle(bin, box, NULL) : NULL;
    int blank = 0;
    if (inner) {
        /* Opening with a 2x2 brick removes single-pixel speckle. */
        PIX *clean = pixOpenBrick(NULL, inner, 2, 2);
        l_int32 n = 0;
        if (clean) {
            BOXA *comps = pixConnComp(clean, NULL, 8);
            n = comps ? boxaGetCount(comps) : 0;
            boxaDestroy(&comps);
        }
        /* A page with a line or two ("This page intentionally left blank")
         * still has ~30 components; a text page has hundreds. */
        blank = n < 25;
        pixDestroy(&clean);
    }
    pixDestroy(&inner);
    pixDestroy(&bin);
    boxDestroy(&box);
    return blank;
}

PIX *fi_prep_rotate(PIX *pix, int degrees)
{
    switch (((degrees % 360) + 360) % 360) {
    case 90:
        return pixRotateOrth(pix, 1);
    case 180:
        return pixRotateOrth(pix, 2);
    case 270:
        return pixRotateOrth(pix, 3);
    default:
        return pixClone(pix);
    }
}

/* Share of the pixels of row y (or column x when vertical) of pix, within
 * [from, to), that are ink. */
static float run_cover(PIX *pix, int at, int from, int to, int vertical)
{
    int ink = 0;
    for (int k = from; k < to; k++) {
        l_uint32 v = 0;
        pixGetPixel(pix, vertical ? at : k, vertical ? k : at, &v);
        ink += v ? 1 : 0;
    }
    return to > from ? (float)ink / (float)(to - from) : 0.0f;
}

/* 1 when one of the first three rows/columns from an edge is nearly all ink. */
static int has_edge(PIX *comp, int w, int h, int side)
{
    for (int d = 0; d < 3; d++) {
        float c = 0;
        switch (side) {
        case 0: c = run_cover(comp, d, 0, w, 0); break;          /* top */
        case 1: c = run_cover(comp, h - 1 - d, 0, w, 0); break;  /* bottom */
        case 2: c = run_cover(comp, d, 0, h, 1); break;          /* left */
        default: c = run_cover(comp, w - 1 - d, 0, h, 1); break; /* right */
        }
        /* 0.9: the round or open edges of letters such as D, O and 0 at
         * body-text size reach 0.7 and must not pass for boxes. */
        if (c >= 0.9f)
            return 1;
    }
    return 0;
}

BOXA *fi_prep_find_checkboxes(PIX *pix, int dpi, int **checked)
{
    *checked = NULL;
    PIX *bin = to_binary(pix);
    PIXA *comps = NULL;
    BOXA *found = boxaCreate(8);
    int *marks = NULL;
    int n = 0, cap = 0;
    if (!bin || !found)
        goto fail;
    BOXA *all = pixConnComp(bin, &comps, 8);
    boxaDestroy(&all);
    if (!comps)
        goto fail;
    /* Printed checkboxes are 1/12 to 1/5 inch on a side. */
    int lo = dpi / 12, hi = dpi / 5;
    for (int i = 0; i < pixaGetCount(comps); i++) {
        l_int32 x, y, w, h;
        pixaGetBoxGeometry(comps, i, &x, &y, &w, &h);
        if (w < lo || h < lo || w > hi || h > hi || abs(w - h) * 4 > (w > h ? w : h))
            continue;
        PIX *comp = pixaGetPix(comps, i, L_CLONE);
        int square = has_edge(comp, w, h, 0) && has_edge(comp, w, h, 1) &&
                     has_edge(comp, w, h, 2) && has_edge(comp, w, h, 3);
        pixDestroy(&comp);
        if (!square)
            continue;
        /* The mark may not touch the frame (a pen tick inside the box), so
         * look at the page, not the component, inside the frame. */
        int inset = w / 5 > 3 ? w / 5 : 3;
        BOX *inner = boxCreate(x + inset, y + inset, w - 2 * inset, h - 2 * inset);
        l_int32 ink = 0;
        if (inner && w > 2 * inset && h > 2 * inset) {
            PIX *in = pixClipRectangle(bin, inner, NULL);
            if (in)
                pixCountPixels(in, &ink, NULL);
            pixDestroy(&in);
        }
        boxDestroy(&inner);
        float fill = (w > 2 * inset && h > 2 * inset)
                         ? (float)ink / (float)((w - 2 * inset) * (h - 2 * inset)) : 0.0f;
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            int *grown = realloc(marks, (size_t)cap * sizeof *grown);
            if (!grown)
                goto fail;
            marks = grown;
        }
        marks[n++] = fill > 0.10f;
        boxaAddBox(found, boxCreate(x, y, w, h), L_INSERT);
    }
    pixaDestroy(&comps);
    pixDestroy(&bin);
    if (n == 0) {
        boxaDestroy(&found);
        free(marks);
        return NULL;
    }
    *checked = marks;
    return found;
fail:
    pixaDestroy(&comps);
    pixDestroy(&bin);
    boxaDestroy(&found);
    free(marks);
    return NULL;
}

int fi_prep_picture(PIX *page, int halve, unsigned char **png, size_t *len)
{
    *png = NULL;
    *len = 0;
    PIX *grey = NULL, *small = NULL, *levels = NULL;
    l_uint8 *data = NULL;
    size_t size = 0;
    int rc = -1;
    /* Scaling a bilevel page to grey averages 2x2 cells: thin strokes of
     * a fax stay legible at half size, which plain subsampling loses. */
    if (pixGetDepth(page) == 1)
        small = halve ? pixScaleToGray2(page) : pixConvert1To8(NULL, page, 255, 0);
    else if ((grey = pixConvertTo8(page, 0)) != NULL)
        small = halve ? pixScaleAreaMap2(grey) : pixClone(grey);
    /* 16 grey levels read as well as 256 and halve the PNG. */
    if (small && (levels = pixThresholdTo4bpp(small, 16, 1)) != NULL &&
        pixWriteMem(&data, &size, levels, IFF_PNG) == 0) {
        *png = data;
        *len = size;
        rc = 0;
    }
    pixDestroy(&levels);
    pixDestroy(&small);
    pixDestroy(&grey);
    return rc;
}
