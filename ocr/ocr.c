/*
 * ocr.c: the reader.  Triage of the file (size, kind), then page by page:
 * decode, square the pixels, skip blanks, recognize, and check the
 * orientation when the reading looks poor.  The prepared page images of the
 * last document are kept so the extractor can ask for a second look at a
 * region (fi_ocr_reread) without decoding the file again.
 */
#include "ocr.h"
#include "prep.h"
#include "recognize.h"
#include "source.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <tesseract/capi.h>
#include <time.h>
#include <unistd.h>

struct fi_ocr {
    fi_ocr_options opt;
    TessBaseAPI *tess;        /* the recognizer, initialized once */
    TessBaseAPI *osd;         /* orientation detector, loaded on first need */
    int osd_failed;           /* 1 once loading osd failed: don't retry */
    PIX **kept;               /* prepared pages of the last document */
    size_t nkept;
};

/* A page read this poorly gets its orientation checked; a right-way-up
 * fax page, even a noisy one, reads well above it. */
static const float ORIENTATION_CHECK_CONF = 0.72f;

/* A page turned as OSD said that still reads this poorly is turned the
 * other way as well: an upright page of small print reads above it. */
static const float TURN_AGAIN_CONF = 0.55f;

/* How deep, in inches, the band of fax header lines at the top of a
 * received page reaches: two lines of small type in the top margin. */
static const double FAX_HEADER_BAND_IN = 0.5;

const char *fi_ocr_status_name(int status)
{
    switch (status) {
    case FI_OCR_OK: return "ok";
    case FI_OCR_ERR_IO: return "unreadable";
    case FI_OCR_ERR_EMPTY: return "empty";
    case FI_OCR_ERR_FORMAT: return "not_a_document";
    case FI_OCR_ERR_CORRUPT: return "corrupt";
    case FI_OCR_ERR_ENCRYPTED: return "encrypted";
    case FI_OCR_ERR_LIMIT: return "over_limit";
    case FI_OCR_ERR_ENGINE: return "ocr_failed";
    case FI_OCR_ERR_NOMEM: return "out_of_memory";
    default: return "error";
    }
}

int fi_ocr_pin_threads(char **argv)
{
    const char *v = getenv("OMP_THREAD_LIMIT");
    if (v && strcmp(v, "1") == 0)
        return 0;
    if (setenv("OMP_THREAD_LIMIT", "1", 1))
        return -1;
    execv("/proc/self/exe", argv);
    return -1;
}

static void drop_kept(fi_ocr *ocr)
{
    for (size_t i = 0; i < ocr->nkept; i++)
        pixDestroy(&ocr->kept[i]);
    free(ocr->kept);
    ocr->kept = NULL;
    ocr->nkept = 0;
}

static TessBaseAPI *engine_new(const fi_ocr_options *opt, const char *lang)
{
    TessBaseAPI *api = TessBaseAPICreate();
    if (!api)
        return NULL;
    /* Tesseract prints diagnostics ("Estimating resolution", "Empty page")
     * to stderr by default; our own log says what matters. */
    TessBaseAPISetVariable(api, "debug_file", "/dev/null");
    if (TessBaseAPIInit3(api, opt->tessdata, lang) != 0) {
        TessBaseAPIDelete(api);
        return NULL;
    }
    TessBaseAPISetVariable(api, "debug_file", "/dev/null");
    return api;
}

int fi_ocr_open(fi_ocr **out, const fi_ocr_options *opt, char **err)
{
    *out = NULL;
    fi_ocr *ocr = calloc(1, sizeof *ocr);
    if (!ocr) {
        *err = fi_errf("out of memory starting the OCR engine");
        return FI_OCR_ERR_NOMEM;
    }
    if (opt)
        ocr->opt = *opt;
    else
        fi_ocr_options_init(&ocr->opt);
    const char *lang = ocr->opt.lang ? ocr->opt.lang : "eng";
    ocr->tess = engine_new(&ocr->opt, lang);
    if (!ocr->tess) {
        *err = fi_errf("Tesseract could not load the '%s' model%s%s; install tesseract-ocr-%s "
                       "or set ocr.tessdata", lang, ocr->opt.tessdata ? " from " : "",
                       ocr->opt.tessdata ? ocr->opt.tessdata : "", lang);
        free(ocr);
        return FI_OCR_ERR_ENGINE;
    }
    /* The API defaults to one uniform block; referral pages are forms and
     * letters with columns, which automatic segmentation handles. */
    TessBaseAPISetPageSegMode(ocr->tess, PSM_AUTO);
    /* Fax speckle otherwise breaks text lines apart and becomes stray
     * letters; heavy noise removal read 2.4 points more of the truth
     * values of the dev corpus (bench/ocr_quality.py).  The other page
     * treatments tried read no better, and even the union of all their
     * readings falls short of the quality target: bench/ocr_variants.sh
     * measures them; the models' readings are the limit.  Tried by hand
     * and not in that script: each word under 0.5 confidence read again
     * alone at twice the scale (90.7%, as without), and the legacy
     * engine of tessdata 4.0.0 (68.9%, four times slower). */
    TessBaseAPISetVariable(ocr->tess, "textord_heavy_nr", "1");
    setMsgSeverity(L_SEVERITY_NONE);
    *out = ocr;
    return FI_OCR_OK;
}

void fi_ocr_close(fi_ocr *ocr)
{
    if (!ocr)
        return;
    drop_kept(ocr);
    if (ocr->osd)
        TessBaseAPIDelete(ocr->osd);
    TessBaseAPIDelete(ocr->tess);
    free(ocr);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void clear_words(fi_page *page)
{
    for (size_t i = 0; i < page->nwords; i++)
        free(page->words[i].text);
    page->nwords = 0;
}

/* Asks Tesseract's OSD model how far the page is turned.  Returns the
 * clockwise correction in degrees, or 0 when unsure or unavailable. */
static int detect_rotation(fi_ocr *ocr, PIX *pix, int dpi)
{
    if (!ocr->osd && !ocr->osd_failed) {
        ocr->osd = engine_new(&ocr->opt, "osd");
        ocr->osd_failed = ocr->osd == NULL;
    }
    if (!ocr->osd)
        return 0;
    /* The fax machines' header lines ("RECEIVED ... FROM", the sender's
     * TSI line) are stamped upright across the top margin even when the
     * sheet went through the feeder upside down, and they outvote a body
     * of small type: OSD answers 0 for such a page.  So it looks at the
     * page below that band. */
    int w = pixGetWidth(pix), h = pixGetHeight(pix);
    int band = (int)((double)dpi * FAX_HEADER_BAND_IN);
    BOX *below = boxCreate(0, band, w, h - band);
    PIX *body = below && h > 2 * band ? pixClipRectangle(pix, below, NULL) : pixClone(pix);
    boxDestroy(&below);
    if (!body)
        return 0;
    int deg = 0;
    float deg_conf = 0, script_conf = 0;
    const char *script = NULL;
    TessBaseAPISetPageSegMode(ocr->osd, PSM_OSD_ONLY);
    TessBaseAPISetImage2(ocr->osd, body);
    TessBaseAPISetSourceResolution(ocr->osd, dpi);
    int ok = TessBaseAPIDetectOrientationScript(ocr->osd, &deg, &deg_conf, &script, &script_conf);
    TessBaseAPIClear(ocr->osd);
    pixDestroy(&body);
    if (!ok)
        return 0;
    /* deg is how far the page is turned counter-clockwise: turning it
     * clockwise by as much sets it upright.  OSD is often unsure on fax
     * pages (0.01 on a plainly upside-down page), so any answer is tried:
     * the caller keeps the turned reading only if it reads better. */
    (void)deg_conf;
    return deg;
}

/* 1 when a word over a square the box finder took for a checkbox is text
 * Tesseract is sure of ("in", "at", "Shirin"): then the square was
 * letters of bold type, not a box.  What Tesseract makes of a real box is
 * short and unsure ("Cl", "(I", "&", "fx]", "bd"). */
static int is_sure_text(const fi_word *wd)
{
    size_t n = 0;
    int letters = 1;
    for (const unsigned char *p = (const unsigned char *)wd->text; *p; p++) {
        if ((*p & 0xC0) != 0x80)
            n++;
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            letters = 0;
    }
    return n >= 4 || (n >= 2 && letters && wd->conf >= 0.90f);
}

/* 1 when a word's centre lies on the box at x, y, w, h (with a margin). */
static int on_box(const fi_word *wd, int x, int y, int w, int h)
{
    int cx = (wd->x0 + wd->x1) / 2, cy = (wd->y0 + wd->y1) / 2;
    return cx >= x - w / 4 && cx <= x + w + w / 4 && cy >= y - h / 4 && cy <= y + h + h / 4;
}

/* A word Tesseract ran from the box into the option after it ("CENT" for
 * the box and "ENT", "Xi M"): drops the characters that lie over the box,
 * by their share of the word's width, and what separates them from the
 * rest.  Returns 0 when nothing is left of the word. */
static int trim_box_glyph(fi_word *wd, int box_right)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)wd->text; *p; p++)
        n += (*p & 0xC0) != 0x80;
    double share = (double)(box_right - wd->x0) / (double)(wd->x1 - wd->x0);
    size_t cut = (size_t)(share * (double)n + 0.5);
    const char *rest = wd->text;
    for (size_t c = 0; *rest && c < cut; c++) {
        rest++;
        while (((unsigned char)*rest & 0xC0) == 0x80)
            rest++;
    }
    while (*rest && strchr(" ])}|!/\\", *rest))
        rest++;
    if (!*rest)
        return 0;
    memmove(wd->text, rest, strlen(rest) + 1);
    wd->x0 = box_right + 1;
    return 1;
}

/* Replaces what Tesseract made of each checkbox ("Cl", "(I", "&", "fx]")
 * with a word "[X]" or "[ ]" from the pixels, so the extractor sees the
 * state of the box and not a guess at its glyph. */
static int add_checkboxes(fi_page *page, PIX *pix, int dpi)
{
    int *marks = NULL;
    BOXA *boxes = fi_prep_find_checkboxes(pix, dpi, &marks);
    int rc = 0;
    for (int b = 0; boxes && b < boxaGetCount(boxes); b++) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(boxes, b, &x, &y, &w, &h);
        int line = -1, block = 0, best = 1 << 30, text = 0;
        for (size_t k = 0; k < page->nwords && !text; k++) {
            const fi_word *wd = &page->words[k];
            int ox = (wd->x1 < x + w ? wd->x1 : x + w) - (wd->x0 > x ? wd->x0 : x);
            int oy = (wd->y1 < y + h ? wd->y1 : y + h) - (wd->y0 > y ? wd->y0 : y);
            text = ox > 0 && oy > 0 && ox * oy * 4 >= w * h && is_sure_text(wd);
        }
        if (text)
            continue;
        size_t keep = 0;
        for (size_t k = 0; k < page->nwords; k++) {
            fi_word *wd = &page->words[k];
            int cy = (wd->y0 + wd->y1) / 2;
            int across = wd->x0 < x + w && wd->x1 > x + w + w / 2 && cy > y && cy < y + h;
            if (across ? !trim_box_glyph(wd, x + w) : on_box(wd, x, y, w, h)) {
                free(wd->text);
                continue;
            }
            /* The box belongs to the line of the nearest word beside it. */
            int dy = cy - (y + h / 2), dx = wd->x0 - (x + w);
            if (dy < h && dy > -h && dx > -w && dx < best) {
                best = dx;
                line = wd->line;
                block = wd->block;
            }
            page->words[keep++] = *wd;
        }
        page->nwords = keep;
        if (fi_page_add_word(page, marks[b] ? "[X]" : "[ ]", 0.9f, x, y, x + w, y + h, block,
                             line < 0 ? 0 : line)) {
            rc = -1;
            break;
        }
    }
    boxaDestroy(&boxes);
    free(marks);
    fi_page_update_conf(page);
    return rc;
}

/* Reads the page as sent turned clockwise by deg; when that reads better
 * than the page so far, the page takes its words and *clean the turned
 * image.  Returns -1 only when out of memory. */
static int try_turn(fi_ocr *ocr, PIX *as_sent, int dpi, int deg, fi_page *page, PIX **clean)
{
    PIX *turned = fi_prep_rotate(as_sent, deg);
    if (!turned)
        return -1;
    fi_page trial = {0};
    if (fi_recognize(ocr->tess, turned, dpi, &trial) == 0 && trial.mean_conf > page->mean_conf) {
        clear_words(page);
        free(page->words);
        page->words = trial.words;
        page->nwords = trial.nwords;
        page->cap = trial.cap;
        page->mean_conf = trial.mean_conf;
        page->rotation = deg;
        page->width = pixGetWidth(turned);
        page->height = pixGetHeight(turned);
        trial.words = NULL;
        trial.nwords = 0;
        pixDestroy(clean);
        *clean = turned;
        turned = NULL;
    }
    clear_words(&trial);
    free(trial.words);
    pixDestroy(&turned);
    return 0;
}

/* Decodes, prepares and reads page i of src into doc, keeping the prepared
 * image in *kept. */
static int read_page(fi_ocr *ocr, fi_source *src, int i, fi_doc *doc, PIX **kept, char **err)
{
    double t0 = now_ms();
    fi_raw_page raw;
    PIX *norm = NULL, *clean = NULL;
    int rc = src->page(src, i, doc, &raw, err);
    if (rc != FI_OCR_OK || !raw.pix) {
        if (rc == FI_OCR_OK)
            doc->pages[doc->npages - 1].ms = now_ms() - t0;
        return rc;
    }
    int dpi = 0, resampled = 0;
    PIX *dotless = fi_prep_remove_halftone(raw.pix);
    norm = dotless ? fi_prep_normalize(dotless, raw.xres, raw.yres, &dpi, &resampled) : NULL;
    pixDestroy(&dotless);
    if (!norm)
        goto nomem;
    fi_page *page = fi_doc_add_page(doc, pixGetWidth(norm), pixGetHeight(norm), dpi);
    if (!page)
        goto nomem;
    if (raw.note)
        fi_page_set_note(page, raw.note);
    if (fi_prep_is_blank(norm)) {
        page->how = FI_PAGE_BLANK;
        if (ocr->opt.page_images && fi_prep_picture(norm, 1, &page->png, &page->png_len))
            goto nomem;
        *kept = pixClone(norm);
        goto done;
    }
    /* No deskew and no removal of a form's ruled lines: Tesseract's own
     * line finding copes with the few degrees a fax feeder introduces, and
     * both read worse on the dev corpus (see prep.c).  A streak down the
     * page is another matter: it cuts every word it crosses in two.  All
     * of this after the blank test, which counts the unsmoothed ink. */
    PIX *unstreaked = fi_prep_remove_streaks(norm, dpi);
    if (!unstreaked)
        goto nomem;
    clean = resampled ? fi_prep_smooth(unstreaked) : pixClone(unstreaked);
    pixDestroy(&unstreaked);
    if (!clean)
        goto nomem;
    if (fi_recognize(ocr->tess, clean, dpi, page)) {
        *err = fi_errf("Tesseract failed on page %d", i + 1);
        rc = FI_OCR_ERR_ENGINE;
        goto done;
    }
    if (ocr->opt.detect_orientation && page->mean_conf < ORIENTATION_CHECK_CONF) {
        int deg = detect_rotation(ocr, clean, dpi);
        PIX *as_sent = pixClone(clean);
        if (!as_sent)
            goto nomem;
        int failed = deg && try_turn(ocr, as_sent, dpi, deg, page, &clean);
        /* OSD takes a sideways page for one turned the other way (a
         * landscape form sent on its side, its fax header upright above
         * it): what it answered still reads poorly, so the other side is
         * tried too */
        if (!failed && deg % 180 == 90 && page->mean_conf < TURN_AGAIN_CONF)
            failed = try_turn(ocr, as_sent, dpi, (deg + 180) % 360, page, &clean);
        pixDestroy(&as_sent);
        if (failed)
            goto nomem;
    }
    if (add_checkboxes(page, clean, dpi))
        goto nomem;
    if (ocr->opt.page_images && fi_prep_picture(clean, 1, &page->png, &page->png_len))
        goto nomem;
    *kept = clean;
    clean = NULL;
    page->how = FI_PAGE_OCR;
    page->ms = now_ms() - t0;
    goto done;
nomem:
    *err = fi_errf("out of memory preparing page %d", i + 1);
    rc = FI_OCR_ERR_NOMEM;
done:
    if (doc->npages && rc == FI_OCR_OK)
        doc->pages[doc->npages - 1].ms = now_ms() - t0;
    pixDestroy(&clean);
    pixDestroy(&norm);
    pixDestroy(&raw.pix);
    return rc;
}

/* Decides what kind of file this is from its first bytes, not its name:
 * fax gateways name files freely. */
static int sniff(const char *path, const fi_ocr_options *opt, fi_source **src, char **err)
{
    struct stat st;
    unsigned char head[1024];
    if (stat(path, &st) != 0) {
        *err = fi_errf("cannot open: %s", strerror(errno));
        return FI_OCR_ERR_IO;
    }
    if (!S_ISREG(st.st_mode)) {
        *err = fi_errf("not a regular file");
        return FI_OCR_ERR_IO;
    }
    if (st.st_size == 0) {
        *err = fi_errf("the file is empty (0 bytes); the sender's transmission may have failed");
        return FI_OCR_ERR_EMPTY;
    }
    if (st.st_size > opt->max_file_bytes) {
        *err = fi_errf("the file is %lld bytes, over the limit of %ld (limits.max_file_bytes)",
                       (long long)st.st_size, opt->max_file_bytes);
        return FI_OCR_ERR_LIMIT;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = fi_errf("cannot open: %s", strerror(errno));
        return FI_OCR_ERR_IO;
    }
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    if (n >= 4 && ((head[0] == 'I' && head[1] == 'I' && (head[2] == 42 || head[2] == 43) && head[3] == 0) ||
                   (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43))))
        return fi_tiff_open(src, path, opt, err);
    /* PDF allows junk before the header within the first kilobyte. */
    for (size_t k = 0; k + 5 <= n; k++)
        if (memcmp(head + k, "%PDF-", 5) == 0)
            return fi_pdf_open(src, path, opt, err);
    if ((n >= 8 && memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0) ||
        (n >= 3 && head[0] == 0xff && head[1] == 0xd8 && head[2] == 0xff))
        return fi_image_open(src, path, opt, err);
    *err = fi_errf("not a document: the content is neither TIFF, PDF, PNG nor JPEG, "
                   "whatever the file name says");
    return FI_OCR_ERR_FORMAT;
}

int fi_ocr_read_file(fi_ocr *ocr, const char *path, fi_doc **out, char **err)
{
    *out = NULL;
    *err = NULL;
    fi_source *src = NULL;
    fi_doc *doc = NULL;
    drop_kept(ocr);
    int rc = sniff(path, &ocr->opt, &src, err);
    if (rc != FI_OCR_OK)
        goto done;
    doc = fi_doc_new(path);
    ocr->kept = calloc((size_t)src->npages, sizeof *ocr->kept);
    if (!doc || !ocr->kept) {
        *err = fi_errf("out of memory");
        rc = FI_OCR_ERR_NOMEM;
        goto done;
    }
    ocr->nkept = (size_t)src->npages;
    if (src->meta)
        doc->meta = strdup(src->meta);
    for (int i = 0; i < src->npages; i++) {
        size_t before = doc->npages;
        if (ocr->opt.on_page)
            ocr->opt.on_page(ocr->opt.on_page_ctx, i);
        rc = read_page(ocr, src, i, doc, &ocr->kept[before], err);
        if (rc != FI_OCR_OK)
            goto done;
    }
    *out = doc;
    doc = NULL;
done:
    TessBaseAPIClear(ocr->tess);
    if (rc != FI_OCR_OK)
        drop_kept(ocr);
    if (src)
        src->close(src);
    fi_doc_free(doc);
    return rc;
}

char *fi_ocr_reread(fi_ocr *ocr, size_t page, int x0, int y0, int x1, int y1, int mode,
                    const char *whitelist, float *conf)
{
    *conf = 0;
    if (page >= ocr->nkept || !ocr->kept[page] || x1 <= x0 || y1 <= y0)
        return NULL;
    PIX *src = ocr->kept[page];
    int pad = 6;
    BOX *box = boxCreate(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad);
    PIX *clip = box ? pixClipRectangle(src, box, NULL) : NULL;
    PIX *gray = NULL, *img = NULL;
    char *text = NULL;
    boxDestroy(&box);
    if (!clip)
        return NULL;
    /* Mode 0: the region alone as one line; 1: scaled up 2x in grey;
     * 2: scaled 1.5x and thickened (for broken strokes). */
    if (mode == 0) {
        img = pixClone(clip);
    } else {
        gray = pixGetDepth(clip) == 1 ? pixConvert1To8(NULL, clip, 255, 0) : pixConvertTo8(clip, 0);
        float s = mode == 1 ? 2.0f : 1.5f;
        img = gray ? pixScaleGrayLI(gray, s, s) : NULL;
        if (img && mode == 2) {
            PIX *er = pixErodeGray(img, 3, 3);
            pixDestroy(&img);
            img = er;
        }
    }
    if (!img)
        goto done;
    TessBaseAPI *api = ocr->tess;
    TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE);
    TessBaseAPISetVariable(api, "tessedit_char_whitelist", whitelist ? whitelist : "");
    TessBaseAPISetImage2(api, img);
    TessBaseAPISetSourceResolution(api, 300);
    text = TessBaseAPIGetUTF8Text(api);
    if (text) {
        char *copy = strdup(text);
        TessDeleteText(text);
        text = copy;
        *conf = (float)TessBaseAPIMeanTextConf(api) / 100.0f;
    }
    TessBaseAPISetVariable(api, "tessedit_char_whitelist", "");
    TessBaseAPISetPageSegMode(api, PSM_AUTO);
    TessBaseAPIClear(api);
done:
    pixDestroy(&img);
    pixDestroy(&gray);
    pixDestroy(&clip);
    return text;
}
