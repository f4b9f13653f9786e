/*
 * prep.c: page clean-up before OCR, with leptonica.
 *
 * What pays on faxes, measured with bench/ocr_quality.py on the dev
 * corpus: square pixels at 300 dpi for standard-mode and low-resolution
 * pages (a standard-mode page fed as is loses most of its small print),
 * then a 3x3 mean over such a resampled page (its strokes are steps of
 * three rows each; smoothed, they read 6 points better on the dev
 * corpus's standard-mode faxes and 3 on its fine-mode faxes with every
 * other row dropped, bench/ocr_standard.sh), whitening the one-pixel
 * streaks a dirty scanner draws down the page, and skipping blank pages.
 * Grey-shaded cells, which a bilevel fax prints as a grid of lone dots
 * over their labels, are whitened: the dev corpus has none (its OCR is
 * unchanged), the forms of bench/layouts have many (bench/layouts.sh).
 * What was tried and read worse, so is not done: deskew (by shear or by
 * grey area mapping), removing all ruled lines (streaks alone are
 * removed), closing broken strokes, despeckling, blurring a page read at
 * its own resolution, a 5x5 mean, resampling to 250, 270, 330, 360 or 400
 * dpi instead of 300, and upscaling fine-mode pages; Tesseract's own
 * binarization and noise removal do better.  Inverting dark cells (white
 * labels on black), found by local density, read worse on bench/layouts:
 * the narrow cells' edges came out garbled, and Tesseract reads the wide
 * black banners itself.  Inverting only the page-wide black banners (a
 * section's name in white, "REQUESTING PROVIDER", which Tesseract misses
 * now and then) read those names but cost more fields than it gained on
 * bench/layouts (13 fewer of 3,400, most on standard-mode pages, whose
 * other lines then read worse).  Whitening the boxes of comb fields (one
 * character a box) and joining their characters read those values, but
 * also found "combs" in other forms' tables and lost fields there (dev
 * corpus 5 fewer, bench/layouts 8 fewer, the comb forms of set z none
 * more: their captions under the boxes defeat the rules anyway).
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

PIX *fi_prep_remove_streaks(PIX *pix, int dpi)
{
    PIX *bin = to_binary(pix), *tall = NULL, *mask = NULL, *out = NULL;
    if (!bin)
        return NULL;
    /* A streak runs most of the page's height: no ruled line of a form,
     * whose boxes and columns stop at its sections, is that long and that
     * thin (a form's borders are two or three pixels at fax resolution).
     * Most pages have no column that inky, which a count shows at once. */
    l_int32 h = pixGetHeight(pix), most = 0;
    l_float32 top = 0;
    NUMA *cols = pixCountPixelsByColumn(bin);
    if (!cols || numaGetMax(cols, &top, &most)) {
        numaDestroy(&cols);
        goto done;
    }
    numaDestroy(&cols);
    if (top < (l_float32)(h * 3 / 5)) {
        out = pixClone(pix);
        goto done;
    }
    tall = pixOpenCompBrick(NULL, bin, 1, h * 3 / 5); /* (a comb: 10x faster) */
    int thin = dpi / 150 > 1 ? dpi / 150 : 1, changed = 0;
    mask = tall ? pixSelectBySize(tall, thin, 0, 8, L_SELECT_WIDTH, L_SELECT_IF_LTE, &changed)
                : NULL;
    l_int32 empty = 1;
    if (!mask || pixZero(mask, &empty))
        goto done;
    if (empty) {
        out = pixClone(pix);
        goto done;
    }
    /* Only the line's own pixels: the letters it crosses keep their
     * strokes beside it (whitening a wider band made "0" unsure). */
    out = pixCopy(NULL, pix);
    if (out && pixGetDepth(out) == 1)
        pixSubtract(out, out, mask);
    else if (out)
        pixSetMasked(out, mask, 255);
done:
    pixDestroy(&mask);
    pixDestroy(&tall);
    pixDestroy(&bin);
    return out;
}

PIX *fi_prep_remove_halftone(PIX *pix)
{
    if (pixGetDepth(pix) != 1)
        return pixClone(pix);
    PIX *kept = NULL, *dots = NULL, *areas = NULL, *out = NULL;
    /* A grey cell printed to a fax is a grid of lone pixels; letters are
     * strokes.  Dots: black parts of one or two pixels, side by side (a
     * grid's dots touch at their corners). */
    kept = pixSelectByArea(pix, 2.0f, 4, L_SELECT_IF_GT, NULL);
    dots = kept ? pixXor(NULL, pix, kept) : NULL;
    if (!dots)
        goto done;
    l_int32 none = 1;
    if (pixZero(dots, &none) == 0 && none) {
        out = pixClone(pix);
        goto done;
    }
    /* Only where dots crowd into an area, closed into a solid patch: a
     * speck of noise, the dot of an i or a piece of a broken letter keeps
     * its place. */
    PIX *closed = pixCloseBrick(NULL, dots, 5, 5);
    areas = closed ? pixSelectByArea(closed, 400.0f, 8, L_SELECT_IF_GT, NULL) : NULL;
    pixDestroy(&closed);
    if (!areas)
        goto done;
    pixAnd(dots, dots, areas);
    out = pixSubtract(NULL, pix, dots);
done:
    pixDestroy(&kept);
    pixDestroy(&dots);
    pixDestroy(&areas);
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

/* Share of the pixels of row y (or column x when vertical) of pix, within
 * [from, to), that are ink; out-of-range pixels count as white. */
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

/* The longest straight run of ink, as a share of [x0, x1), in the rows
 * within slack of y: a box's top or bottom is one line joining its sides,
 * where the tops of two letters side by side leave a gap. */
static float edge_run(PIX *hor, int y, int x0, int x1, int slack)
{
    int best = 0;
    for (int d = -slack; d <= slack; d++) {
        int len = 0;
        for (int x = x0; x < x1; x++) {
            l_uint32 v = 0;
            pixGetPixel(hor, x, y + d, &v);
            len = v ? len + 1 : 0;
            if (len > best)
                best = len;
        }
    }
    return x1 > x0 ? (float)best / (float)(x1 - x0) : 0.0f;
}

/* 1 when one of the first three rows/columns from an edge of a component
 * is nearly all ink. */
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

/* Share of ink inside the frame of the box at x, y, w, h. */
static float inside_ink(PIX *bin, int x, int y, int w, int h)
{
    int inset = w / 5 > 3 ? w / 5 : 3;
    int iw = w - 2 * inset, ih = h - 2 * inset;
    float ink = 0.0f;
    for (int c = 0; c < iw; c++)
        ink += run_cover(bin, x + inset + c, y + inset, y + inset + ih, 1);
    return iw > 0 && ih > 0 ? ink / (float)iw : 0.0f;
}

/* The state of a box from the ink inside its frame: a mark (an X, a tick)
 * crosses most of the rows and columns of the inside, where the middle bar
 * of a letter such as E or H crosses few rows; and, unless the box is
 * filled in, nothing inside is a straight upright stroke, as the stems of
 * letters are.  Returns 1 marked, 0 empty, -1 neither (not a box). */
static int box_state(PIX *bin, PIX *vert, int x, int y, int w, int h)
{
    int inset = w / 5 > 3 ? w / 5 : 3;
    int iw = w - 2 * inset, ih = h - 2 * inset;
    if (iw < 3 || ih < 3)
        return -1;
    int ink = 0, rows = 0, cols = 0, stems = 0;
    for (int r = 0; r < ih; r++)
        rows += run_cover(bin, y + inset + r, x + inset, x + inset + iw, 0) > 0.0f;
    for (int c = 0; c < iw; c++) {
        float f = run_cover(bin, x + inset + c, y + inset, y + inset + ih, 1);
        cols += f > 0.0f;
        ink += (int)(f * (float)ih + 0.5f);
        stems += run_cover(vert, x + inset + c, y + inset, y + inset + ih, 1) > 0.85f;
    }
    float fill = (float)ink / (float)(iw * ih);
    if (fill < 0.05f)
        return 0;
    if (stems && fill < 0.7f)
        return -1;
    if (rows * 2 >= ih && cols * 2 >= iw && fill > 0.10f)
        return 1;
    return -1;
}

/* What the box finder works on: the page in ink/paper, its straight
 * upright and level strokes, and the boxes found so far. */
typedef struct box_scan {
    PIX *bin, *closed, *vert, *hor;
    BOXA *found;
    int *marks;
    int n, cap;
} box_scan;

static int add_box(box_scan *s, int x, int y, int w, int h, int state);

/* Adds the square at x, y, w, h when it is a box: joined at the top or
 * the bottom by a straight line, standing apart from its neighbours, empty
 * or marked inside.  Returns 0, or -1 when out of memory. */
static int consider(box_scan *s, int x, int y, int w, int h)
{
    int slack = h / 10 > 2 ? h / 10 : 2;
    if (edge_run(s->hor, y, x, x + w, slack) < 0.85f &&
        edge_run(s->hor, y + h - 1, x, x + w, slack) < 0.85f)
        return 0;
    /* Beside its sides, at mid height, is paper, where the stems of
     * letters (m, H, TO) have letters beside them.  A pen mark may run out
     * of the box, but near its corners. */
    int band = w / 6 > 3 ? w / 6 : 3;
    float beside = 0.0f;
    for (int k = 1; k <= band; k++) {
        beside += run_cover(s->bin, x - k, y + h / 5, y + h - h / 5, 1);
        beside += run_cover(s->bin, x + w - 1 + k, y + h / 5, y + h - h / 5, 1);
    }
    if (beside / (float)(2 * band) > 0.10f)
        return 0;
    int state = box_state(s->bin, s->vert, x, y, w, h);
    return state < 0 ? 0 : add_box(s, x, y, w, h, state);
}

/* Records a box unless one was found there already; -1 when out of memory. */
static int add_box(box_scan *s, int x, int y, int w, int h, int state)
{
    for (int k = 0; k < s->n; k++) {
        l_int32 fx, fy, fw, fh;
        boxaGetBoxGeometry(s->found, k, &fx, &fy, &fw, &fh);
        if (x < fx + fw && fx < x + w && y < fy + fh && fy < y + h)
            return 0; /* already found */
    }
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        int *grown = realloc(s->marks, (size_t)cap * sizeof *grown);
        if (!grown)
            return -1;
        s->marks = grown;
        s->cap = cap;
    }
    BOX *box = boxCreate(x, y, w, h);
    if (!box || boxaAddBox(s->found, box, L_INSERT)) {
        boxDestroy(&box);
        return -1;
    }
    s->marks[s->n++] = state;
    return 0;
}

/* Checkboxes are found as frames, not as outlines: a fax drops whole rows,
 * so the top or bottom of a box is often gone, and a pen mark runs over
 * the frame and out of it, so neither the box's outline nor its bounding
 * box can be trusted.  What survives is its two sides: upright strokes of
 * the same height, about that height apart, joined at the top or the
 * bottom.  (A box inked all over, a heavy X or a filled square, is left to
 * the OCR's reading: found as a blot, it could not be told from the
 * letters of bold type.) */
static int scan_boxes(box_scan *s, int dpi)
{
    /* Printed checkboxes are 1/9 to 1/5 inch on a side; smaller squares
     * are letters (the serifs of "NOTICE" join its stems into frames). */
    int lo = dpi / 9, hi = dpi / 5, run = dpi / 16;
    BOXA *sides = NULL;
    PIXA *comps = NULL;
    int *used = NULL, rc = -1;
    /* Bridging one- and two-pixel gaps first keeps a fax's broken strokes
     * whole; opening with a long thin brick then keeps only straight runs. */
    if (!(s->closed = pixCloseBrick(NULL, s->bin, 3, 3)) ||
        !(s->vert = pixOpenBrick(NULL, s->closed, 1, run)) ||
        !(s->hor = pixOpenBrick(NULL, s->closed, run, 1)) ||
        !(sides = pixConnComp(s->vert, NULL, 8)))
        goto done;
    BOXA *all = pixConnComp(s->bin, &comps, 8);
    boxaDestroy(&all);
    if (!comps)
        goto done;
    /* A box whose outline came through whole is one component with four
     * straight sides, whatever its mark did to the inside. */
    int nc = pixaGetCount(comps);
    for (int i = 0; i < nc; i++) {
        l_int32 x, y, w, h;
        pixaGetBoxGeometry(comps, i, &x, &y, &w, &h);
        if (w < lo || h < lo || w > hi || h > hi || abs(w - h) * 4 > (w > h ? w : h))
            continue;
        PIX *comp = pixaGetPix(comps, i, L_CLONE);
        int square = comp && has_edge(comp, w, h, 0) && has_edge(comp, w, h, 1) &&
                     has_edge(comp, w, h, 2) && has_edge(comp, w, h, 3);
        pixDestroy(&comp);
        if (square && add_box(s, x, y, w, h, inside_ink(s->bin, x, y, w, h) > 0.10f))
            goto done;
    }
    int ns = boxaGetCount(sides);
    if (!(used = calloc((size_t)ns + 1, sizeof *used)))
        goto done;
    for (int a = 0; a < ns; a++) {
        l_int32 ax, ay, aw, ah;
        boxaGetBoxGeometry(sides, a, &ax, &ay, &aw, &ah);
        if (used[a] || ah < lo || ah > hi || aw * 4 > ah)
            continue;
        int best = -1, best_err = 1 << 30;
        for (int b = 0; b < ns; b++) {
            l_int32 bx, by, bw, bh;
            boxaGetBoxGeometry(sides, b, &bx, &by, &bw, &bh);
            if (b == a || used[b] || bx <= ax || bh < lo || bh > hi || bw * 4 > bh)
                continue;
            int h = ah > bh ? ah : bh, w = bx + bw - ax;
            int tol = h / 5 > 2 ? h / 5 : 2;
            if (abs(ah - bh) > tol || abs(ay - by) > tol || abs(w - h) > tol || w < lo)
                continue;
            int err = abs(w - h) + abs(ay - by) + abs(ah - bh);
            if (err < best_err) {
                best_err = err;
                best = b;
            }
        }
        if (best < 0)
            continue;
        l_int32 bx, by, bw, bh;
        boxaGetBoxGeometry(sides, best, &bx, &by, &bw, &bh);
        int y = ay < by ? ay : by;
        int h = (ay + ah > by + bh ? ay + ah : by + bh) - y;
        int before = s->n;
        if (consider(s, ax, y, bx + bw - ax, h))
            goto done;
        if (s->n > before)
            used[a] = used[best] = 1;
    }
    rc = 0;
done:
    free(used);
    pixaDestroy(&comps);
    boxaDestroy(&sides);
    return rc;
}

BOXA *fi_prep_find_checkboxes(PIX *pix, int dpi, int **checked)
{
    *checked = NULL;
    box_scan s = {0};
    BOXA *out = NULL;
    s.bin = to_binary(pix);
    s.found = boxaCreate(8);
    if (s.bin && s.found && scan_boxes(&s, dpi) == 0 && s.n > 0) {
        out = s.found;
        s.found = NULL;
        *checked = s.marks;
        s.marks = NULL;
    }
    boxaDestroy(&s.found);
    free(s.marks);
    pixDestroy(&s.hor);
    pixDestroy(&s.vert);
    pixDestroy(&s.closed);
    pixDestroy(&s.bin);
    return out;
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
