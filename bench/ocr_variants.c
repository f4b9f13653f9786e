/*
 * ocr_variants.c: documents read with one variant of faxintake's page
 * handling, for bench/ocr_variants.sh.  The OCR quality target of the dev
 * corpus is not met, and this is how every page treatment that was tried
 * instead of the shipped one is measured, without test switches in the
 * reader itself.
 *
 *   ocr_variants VARIANT OUTDIR TURNS FILE.{tif,pdf}...
 *
 * Pages are decoded by the reader's own TIFF and PDF sources (a PDF page
 * with a text layer gives its words as it does in ingest).  Each page to
 * OCR goes through the steps of ocr/ocr.c's read_page (halftone
 * removal, resampling to square pixels, streak removal, the 3x3 mean of a
 * resampled page, Tesseract with automatic segmentation and heavy noise
 * removal), with VARIANT changing one step.  Each page is turned as
 * `faxintake ingest` turned it (the "rotation" of its page in
 * TURNS/<stem>.json, ingest's output), rather than asking OSD again: the
 * variants differ in how the page is read, not in which way up.  Not
 * done here: checkboxes, and skipping blank pages (read here, to no
 * words of any value).
 * OUTDIR/<stem>.json holds the pages as `faxintake ingest` writes them
 * under "ocr", so that bench/ocr_quality.py --reuse scores them.  Exit 0,
 * or 1 with the reason on stderr.
 */
#include <cjson/cJSON.h>
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "prep.h"
#include "recognize.h"
#include "source.h"
#include "words.h"

/* One change to the shipped page handling. */
typedef struct {
    const char *name;
    const char *what;
    int psm;           /* Tesseract page segmentation mode */
    int smooth;        /* the 3x3 mean on a resampled page */
    int heavy_nr;      /* textord_heavy_nr */
    int sauvola;       /* thresholding_method=2 instead of Otsu */
    int target_dpi;    /* 0: prep.c's own (300) */
    int threshold;     /* >0: binarize the grey page here, at this level */
    float darken;      /* >1: grey levels stretched towards black */
    int erode;         /* >0: grey erosion (min filter) of erode x erode */
} variant;

static const variant VARIANTS[] = {
    {"shipped", "as faxintake reads (PSM auto, heavy noise removal)", PSM_AUTO, 1, 1, 0, 0, 0, 1, 0},
    {"psm4", "one column of text (PSM 4)", PSM_SINGLE_COLUMN, 1, 1, 0, 0, 0, 1, 0},
    {"psm11", "sparse text (PSM 11)", PSM_SPARSE_TEXT, 1, 1, 0, 0, 0, 1, 0},
    {"sauvola", "Sauvola thresholding instead of Otsu", PSM_AUTO, 1, 1, 1, 0, 0, 1, 0},
    {"no_nr", "without heavy noise removal", PSM_AUTO, 1, 0, 0, 0, 0, 1, 0},
    {"unsmoothed", "resampled pages not smoothed", PSM_AUTO, 0, 1, 0, 0, 0, 1, 0},
    {"dpi250", "low-resolution pages resampled to 250 dpi", PSM_AUTO, 1, 1, 0, 250, 0, 1, 0},
    {"dpi400", "low-resolution pages resampled to 400 dpi", PSM_AUTO, 1, 1, 0, 400, 0, 1, 0},
    {"binary180", "grey pages binarized here at 180 (thicker strokes)", PSM_AUTO, 1, 1, 0, 0, 180, 1, 0},
    {"darker", "grey levels stretched 1.5 times towards black", PSM_AUTO, 1, 1, 0, 0, 0, 1.5f, 0},
    {"bolder", "strokes thickened (3x3 grey erosion)", PSM_AUTO, 1, 1, 0, 0, 0, 1, 3},
};
enum { NVARIANTS = sizeof VARIANTS / sizeof VARIANTS[0] };

static const variant *find_variant(const char *name)
{
    for (int i = 0; i < NVARIANTS; i++)
        if (strcmp(VARIANTS[i].name, name) == 0)
            return &VARIANTS[i];
    return NULL;
}

/* Grey level v moved k times as far from white. */
static PIX *darken(PIX *gray, float k)
{
    PIX *out = pixCopy(NULL, gray);
    if (!out)
        return NULL;
    int w = pixGetWidth(out), h = pixGetHeight(out), wpl = pixGetWpl(out);
    l_uint32 *data = pixGetData(out);
    for (int y = 0; y < h; y++) {
        l_uint32 *row = data + (size_t)y * wpl;
        for (int x = 0; x < w; x++) {
            int v = 255 - (int)((255 - GET_DATA_BYTE(row, x)) * k);
            SET_DATA_BYTE(row, x, v < 0 ? 0 : v);
        }
    }
    return out;
}

/* The page as the variant hands it to Tesseract; NULL when out of memory. */
static PIX *prepare(const variant *v, PIX *raw, int xres, int yres, int *dpi)
{
    int resampled = 0;
    /* Another resolution than prep.c's 300 for the pages prep.c resamples
     * (low-resolution or not square): they are given the resolutions
     * that make its 300 dpi come out at the variant's. */
    int resamples = xres < 180 || abs(xres - yres) * 20 >= yres;
    if (v->target_dpi && resamples) {
        xres = xres * 300 / v->target_dpi;
        yres = yres * 300 / v->target_dpi;
    }
    PIX *dotless = fi_prep_remove_halftone(raw);
    PIX *norm = dotless ? fi_prep_normalize(dotless, xres, yres, dpi, &resampled) : NULL;
    pixDestroy(&dotless);
    if (v->target_dpi && resampled)
        *dpi = v->target_dpi;
    PIX *unstreaked = norm ? fi_prep_remove_streaks(norm, *dpi) : NULL;
    pixDestroy(&norm);
    PIX *page = NULL;
    if (unstreaked)
        page = resampled && v->smooth ? fi_prep_smooth(unstreaked) : pixClone(unstreaked);
    pixDestroy(&unstreaked);
    if (!page || pixGetDepth(page) != 8)
        return page;
    PIX *changed = NULL;
    if (v->threshold)
        changed = pixThresholdToBinary(page, v->threshold);
    else if (v->darken > 1)
        changed = darken(page, v->darken);
    else if (v->erode)
        changed = pixErodeGray(page, v->erode, v->erode);
    else
        return page;
    pixDestroy(&page);
    return changed;
}

/* dir/<stem of path>.json into out. */
static void json_path(char *out, size_t size, const char *dir, const char *path)
{
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    const char *dot = strrchr(base, '.');
    int stem = (int)(dot ? dot - base : (long)strlen(base));
    snprintf(out, size, "%s/%.*s.json", dir, stem, base);
}

/* The "ocr" pages of ingest's output for path, in turns (NULL when there
 * is none: the pages are read as they come). */
static cJSON *load_turns(const char *dir, const char *path)
{
    char name[4096];
    json_path(name, sizeof name, dir, path);
    FILE *fp = fopen(name, "rb");
    if (!fp)
        return NULL;
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    char buf[65536];
    size_t n;
    while (mem && (n = fread(buf, 1, sizeof buf, fp)) > 0)
        fwrite(buf, 1, n, mem);
    fclose(fp);
    if (mem)
        fclose(mem);
    cJSON *doc = text ? cJSON_Parse(text) : NULL;
    free(text);
    return doc;
}

static int turn_of(const cJSON *turns, int page)
{
    const cJSON *pages = cJSON_GetObjectItem(cJSON_GetObjectItem(turns, "ocr"), "pages");
    const cJSON *rot = cJSON_GetObjectItem(cJSON_GetArrayItem(pages, page), "rotation");
    return cJSON_IsNumber(rot) ? rot->valueint : 0;
}

/* Reads every page of path into OUTDIR/<stem>.json. */
static int read_file(TessBaseAPI *api, const variant *v, const char *path, const char *outdir,
                     const char *turndir)
{
    int rc = 1;
    char *json = NULL, *err = NULL;
    cJSON *turns = load_turns(turndir, path);
    fi_doc *doc = fi_doc_new(path);
    fi_source *src = NULL;
    fi_ocr_options opt;
    fi_ocr_options_init(&opt);
    const char *ext = strrchr(path, '.');
    int pdf = ext && strcasecmp(ext, ".pdf") == 0;
    if (!doc)
        goto done;
    if ((pdf ? fi_pdf_open : fi_tiff_open)(&src, path, &opt, &err) != FI_OCR_OK) {
        fprintf(stderr, "ocr_variants: %s: %s\n", path, err ? err : "cannot be read");
        goto done;
    }
    for (int i = 0; i < src->npages; i++) {
        fi_raw_page raw = {0};
        if (src->page(src, i, doc, &raw, &err) != FI_OCR_OK) {
            fprintf(stderr, "ocr_variants: %s: page %d: %s\n", path, i + 1, err ? err : "unreadable");
            goto done;
        }
        if (!raw.pix)
            continue; /* a PDF's text layer: its words are in doc already */
        int dpi = 300;
        PIX *page = prepare(v, raw.pix, raw.xres, raw.yres, &dpi);
        pixDestroy(&raw.pix);
        int deg = turn_of(turns, i);
        if (page && deg) {
            PIX *turned = fi_prep_rotate(page, deg);
            pixDestroy(&page);
            page = turned;
        }
        fi_page *read = page ? fi_doc_add_page(doc, pixGetWidth(page), pixGetHeight(page), dpi) : NULL;
        if (read)
            read->rotation = deg;
        int failed = !read || fi_recognize(api, page, dpi, read) != 0;
        TessBaseAPIClear(api);
        pixDestroy(&page);
        if (failed) {
            fprintf(stderr, "ocr_variants: %s: page %d could not be read\n", path, i + 1);
            goto done;
        }
    }
    char out[4096];
    json_path(out, sizeof out, outdir, path);
    json = fi_doc_pages_to_json(doc);
    FILE *of = json ? fopen(out, "w") : NULL;
    if (!of || fprintf(of, "{\"ocr\":{\"pages\":%s}}\n", json) < 0 || fclose(of) != 0) {
        fprintf(stderr, "ocr_variants: %s: could not be written\n", out);
        goto done;
    }
    rc = 0;
done:
    if (src)
        src->close(src);
    free(err);
    free(json);
    fi_doc_free(doc);
    cJSON_Delete(turns);
    return rc;
}

int main(int argc, char **argv)
{
    const variant *v = argc >= 5 ? find_variant(argv[1]) : NULL;
    if (!v) {
        fprintf(stderr, "usage: ocr_variants VARIANT OUTDIR TURNS FILE.{tif,pdf}...\nvariants:\n");
        for (int i = 0; i < NVARIANTS; i++)
            fprintf(stderr, "  %-11s %s\n", VARIANTS[i].name, VARIANTS[i].what);
        return 1;
    }
    TessBaseAPI *api = TessBaseAPICreate();
    if (!api || TessBaseAPIInit3(api, NULL, "eng") != 0) {
        fprintf(stderr, "ocr_variants: Tesseract could not load the 'eng' model\n");
        TessBaseAPIDelete(api);
        return 1;
    }
    TessBaseAPISetPageSegMode(api, (TessPageSegMode)v->psm);
    TessBaseAPISetVariable(api, "textord_heavy_nr", v->heavy_nr ? "1" : "0");
    TessBaseAPISetVariable(api, "debug_file", "/dev/null"); /* "Detected 92 diacritics" */
    if (v->sauvola)
        TessBaseAPISetVariable(api, "thresholding_method", "2");
    setMsgSeverity(L_SEVERITY_NONE);
    int rc = 0;
    for (int i = 4; i < argc; i++)
        rc |= read_file(api, v, argv[i], argv[2], argv[3]);
    TessBaseAPIDelete(api);
    return rc;
}
