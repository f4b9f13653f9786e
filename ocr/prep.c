/*
 * prep.c: page clean-up before OCR, with leptonica.
 *
 * What pays on faxes, measured with bench/ocr_quality.sh: square pixels
 * (a standard-mode page fed as is loses most of its small print), a gentle
 * upscale of low-resolution pages, deskew, and skipping blank pages.
 * Everything else (binarization, noise) Tesseract does well enough itself.
 */
#include "prep.h"

#include <math.h>

/* Below this, letters of a 9-10 pt fax font are too few pixels high for the
 * LSTM recognizer; such pages are scaled up to TARGET_DPI. */
enum { MIN_OCR_DPI = 180, TARGET_DPI = 300 };

static PIX *to_gray(PIX *pix)
{
    if (pixGetDepth(pix) == 1)
        return pixConvert1To8(NULL, pix, 255, 0);
    return pixConvertTo8(pix, 0);
}

PIX *fi_prep_normalize(PIX *pix, int xres, int yres, int *dpi)
{
    int d = pixGetDepth(pix);
    float sx = 1.0f, sy = (float)xres / (float)yres;
    int res = xres;
    if (xres < MIN_OCR_DPI) {
        sx = (float)TARGET_DPI / (float)xres;
        sy *= sx;
        res = TARGET_DPI;
    }
    *dpi = res;
    if (fabsf(sx - 1.0f) < 0.05f && fabsf(sy - 1.0f) < 0.05f) {
        if (d == 1 || (d == 8 && !pixGetColormap(pix)))
            return pixClone(pix);
        return pixConvertTo8(pix, 0);
    }
    /* Interpolating grey, not replicating bits: doubled rows of a 98 dpi
     * fax keep their staircase edges, which Tesseract reads worse. */
    PIX *gray = to_gray(pix);
    if (!gray)
        return NULL;
    PIX *out = pixScaleGrayLI(gray, sx, sy);
    pixDestroy(&gray);
    if (out)
        pixSetResolution(out, res, res);
    return out;
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

PIX *fi_prep_deskew(PIX *pix, float *degrees)
{
    *degrees = 0.0f;
    PIX *bin = to_binary(pix);
    l_float32 angle = 0, conf = 0;
    int found = bin && pixFindSkew(bin, &angle, &conf) == 0;
    pixDestroy(&bin);
    /* Below 0.15 degrees a turn costs more than it gains; a low confidence
     * means the page has too few lines to measure. */
    if (!found || conf < 3.0f || fabsf(angle) < 0.15f)
        return pixClone(pix);
    int d = pixGetDepth(pix);
    l_int32 type = d == 1 ? L_ROTATE_SHEAR : L_ROTATE_AREA_MAP;
    PIX *out = pixRotate(pix, (l_float32)(angle * M_PI / 180.0), type, L_BRING_IN_WHITE, 0, 0);
    if (out)
        *degrees = angle;
    return out;
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
