/*
 * tiff.c: multi-page TIFF as fax servers and scanners write it.
 *
 * Bilevel pages (CCITT G3 1-D/2-D, G4, PackBits, LZW or raw, either fill
 * order, either photometric) are decoded scanline by scanline straight into
 * a 1-bit leptonica image; anything else (grey, palette, colour, tiled) goes
 * through libtiff's RGBA reader and is reduced to 8-bit grey.  Libtiff's
 * messages are captured per file (TIFFOpenExt), never printed, and become
 * the reason of a corrupt-file error.
 */
#include "source.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tiffio.h>

typedef struct tiff_source {
    fi_source base;
    TIFF *tif;
    const fi_ocr_options *opt;
    char last_error[256];    /* libtiff's last complaint about this file */
} tiff_source;

static int on_tiff_error(TIFF *tif, void *user, const char *module, const char *fmt, va_list ap)
{
    (void)tif;
    (void)module;
    tiff_source *ts = user;
    vsnprintf(ts->last_error, sizeof ts->last_error, fmt, ap);
    return 1;
}

static int on_tiff_warning(TIFF *tif, void *user, const char *module, const char *fmt,
                           va_list ap)
{
    /* Fax servers write plenty of harmless oddities (unknown private tags,
     * odd ResolutionUnit); they are not worth a line each. */
    (void)tif, (void)user, (void)module, (void)fmt, (void)ap;
    return 1;
}

static void tiff_close(fi_source *src)
{
    tiff_source *ts = (tiff_source *)src;
    if (!ts)
        return;
    if (ts->tif)
        TIFFClose(ts->tif);
    free(ts->base.meta);
    free(ts);
}

static int read_resolution(TIFF *tif, const fi_ocr_options *opt, fi_raw_page *raw)
{
    float xr = 0, yr = 0;
    uint16_t unit = RESUNIT_INCH;
    int have = TIFFGetField(tif, TIFFTAG_XRESOLUTION, &xr) && TIFFGetField(tif, TIFFTAG_YRESOLUTION, &yr);
    TIFFGetFieldDefaulted(tif, TIFFTAG_RESOLUTIONUNIT, &unit);
    if (unit == RESUNIT_CENTIMETER) {
        xr *= 2.54f;
        yr *= 2.54f;
    }
    /* RESUNIT_NONE gives only the aspect ratio: keep it, scale to the default. */
    if (have && unit == RESUNIT_NONE && xr > 0 && yr > 0) {
        yr = yr * (float)opt->default_dpi / xr;
        xr = (float)opt->default_dpi;
    }
    if (!have || xr < 50 || yr < 50 || xr > 2400 || yr > 2400) {
        raw->xres = raw->yres = opt->default_dpi;
        raw->note = "no usable resolution tags; assumed the default dpi";
        return 0;
    }
    raw->xres = (int)(xr + 0.5f);
    raw->yres = (int)(yr + 0.5f);
    return 0;
}

static PIX *read_bilevel(tiff_source *ts, uint32_t w, uint32_t h)
{
    uint16_t photometric = PHOTOMETRIC_MINISWHITE;
    TIFFGetFieldDefaulted(ts->tif, TIFFTAG_PHOTOMETRIC, &photometric);
    /* leptonica's 1-bit convention is 1 = black, as MinIsWhite. */
    unsigned char flip = photometric == PHOTOMETRIC_MINISBLACK ? 0xff : 0x00;
    tmsize_t linesize = TIFFScanlineSize(ts->tif);
    unsigned char *buf = linesize > 0 ? malloc((size_t)linesize) : NULL;
    PIX *pix = pixCreate((l_int32)w, (l_int32)h, 1);
    if (!buf || !pix)
        goto fail;
    l_uint32 *data = pixGetData(pix);
    l_int32 wpl = pixGetWpl(pix);
    size_t nbytes = ((size_t)w + 7) / 8;
    if ((size_t)linesize < nbytes)
        goto fail;
    for (uint32_t y = 0; y < h; y++) {
        if (TIFFReadScanline(ts->tif, buf, y, 0) < 0)
            goto fail;
        l_uint32 *line = data + (size_t)y * (size_t)wpl;
        for (size_t x = 0; x < nbytes; x++)
            SET_DATA_BYTE(line, x, buf[x] ^ flip);
    }
    /* Bits past the width in the last byte would be read as ink. */
    if (w % 8)
        pixSetPadBits(pix, 0);
    free(buf);
    return pix;
fail:
    free(buf);
    pixDestroy(&pix);
    return NULL;
}

static PIX *read_rgba(tiff_source *ts, uint32_t w, uint32_t h)
{
    uint32_t *raster = malloc((size_t)w * h * sizeof *raster);
    PIX *pix = pixCreate((l_int32)w, (l_int32)h, 8);
    if (!raster || !pix)
        goto fail;
    if (!TIFFReadRGBAImageOriented(ts->tif, w, h, raster, ORIENTATION_TOPLEFT, 0))
        goto fail;
    l_uint32 *data = pixGetData(pix);
    l_int32 wpl = pixGetWpl(pix);
    for (uint32_t y = 0; y < h; y++) {
        l_uint32 *line = data + (size_t)y * (size_t)wpl;
        const uint32_t *src = raster + (size_t)y * w;
        for (uint32_t x = 0; x < w; x++) {
            uint32_t p = src[x];
            unsigned g = (TIFFGetR(p) * 77u + TIFFGetG(p) * 150u + TIFFGetB(p) * 29u) >> 8;
            /* Transparent areas are paper, not ink. */
            if (TIFFGetA(p) == 0)
                g = 255;
            SET_DATA_BYTE(line, x, g);
        }
    }
    free(raster);
    return pix;
fail:
    free(raster);
    pixDestroy(&pix);
    return NULL;
}

static int tiff_page(fi_source *src, int i, fi_doc *doc, fi_raw_page *raw, char **err)
{
    (void)doc;
    tiff_source *ts = (tiff_source *)src;
    uint32_t w = 0, h = 0;
    uint16_t bps = 1, spp = 1;
    memset(raw, 0, sizeof *raw);
    ts->last_error[0] = '\0';
    if (!TIFFSetDirectory(ts->tif, (tdir_t)i)) {
        *err = fi_errf("TIFF page %d cannot be found: %s", i + 1,
                       ts->last_error[0] ? ts->last_error : "damaged directory");
        return FI_OCR_ERR_CORRUPT;
    }
    TIFFGetField(ts->tif, TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetField(ts->tif, TIFFTAG_IMAGELENGTH, &h);
    TIFFGetFieldDefaulted(ts->tif, TIFFTAG_BITSPERSAMPLE, &bps);
    TIFFGetFieldDefaulted(ts->tif, TIFFTAG_SAMPLESPERPIXEL, &spp);
    if (w == 0 || h == 0 || w > 100000 || h > 100000) {
        *err = fi_errf("TIFF page %d has an impossible size %ux%u", i + 1, w, h);
        return FI_OCR_ERR_CORRUPT;
    }
    if ((long)w * (long)h > ts->opt->max_page_pixels) {
        *err = fi_errf("TIFF page %d is %ux%u pixels, over the limit of %ld pixels a page "
                       "(limits.max_page_pixels)", i + 1, w, h, ts->opt->max_page_pixels);
        return FI_OCR_ERR_LIMIT;
    }
    read_resolution(ts->tif, ts->opt, raw);
    int bilevel = bps == 1 && spp == 1 && !TIFFIsTiled(ts->tif);
    raw->pix = bilevel ? read_bilevel(ts, w, h) : read_rgba(ts, w, h);
    if (!raw->pix) {
        *err = fi_errf("TIFF page %d cannot be decoded (truncated or damaged): %s", i + 1,
                       ts->last_error[0] ? ts->last_error : "decoder failed");
        return FI_OCR_ERR_CORRUPT;
    }
    pixSetResolution(raw->pix, raw->xres, raw->yres);
    return FI_OCR_OK;
}

/* HylaFAX and other servers record who sent the fax in ImageDescription
 * (the sender's station id) and the receive time in DateTime.  HylaFAX
 * also writes, per page, the line errors of the transmission (BadFaxLines,
 * ConsecutiveBadFaxLines, CleanFaxData: known to libtiff only for CCITT
 * pages, absent otherwise), the seconds spent receiving (FaxRecvTime) and
 * the called subaddress (FaxSubAddress): summed or worst over the pages,
 * they tell a reviewer how far to trust a bad reading. */
static char *tiff_meta(TIFF *tif)
{
    const char *desc = NULL, *when = NULL, *subaddr = NULL;
    unsigned long bad = 0, worst_run = 0, recv_s = 0;
    int have_bad = 0, have_recv = 0, clean = -1;
    TIFFSetDirectory(tif, 0);
    TIFFGetField(tif, TIFFTAG_IMAGEDESCRIPTION, &desc);
    TIFFGetField(tif, TIFFTAG_DATETIME, &when);
    TIFFGetField(tif, TIFFTAG_FAXSUBADDRESS, &subaddr);
    char *copies[3] = {desc ? strdup(desc) : NULL, when ? strdup(when) : NULL,
                       subaddr ? strdup(subaddr) : NULL};
    /* The strings above belong to directory 0: copied before moving on. */
    for (int page = 0; page < 100000; page++) {
        uint32_t u32 = 0;
        uint16_t u16 = 0;
        if (TIFFGetField(tif, TIFFTAG_BADFAXLINES, &u32)) {
            bad += u32;
            have_bad = 1;
        }
        if (TIFFGetField(tif, TIFFTAG_CONSECUTIVEBADFAXLINES, &u32) && u32 > worst_run)
            worst_run = u32;
        if (TIFFGetField(tif, TIFFTAG_CLEANFAXDATA, &u16) && (int)u16 > clean)
            clean = u16;
        if (TIFFGetField(tif, TIFFTAG_FAXRECVTIME, &u32)) {
            recv_s += u32;
            have_recv = 1;
        }
        if (!TIFFReadDirectory(tif))
            break;
    }
    TIFFSetDirectory(tif, 0);
    char *out = NULL;
    const char *keys[3] = {"station_id", "datetime", "subaddress"};
    size_t cap = 256;
    for (int k = 0; k < 3; k++)
        cap += copies[k] ? strlen(copies[k]) * 6 + 32 : 0;
    if (!copies[0] && !copies[1] && !copies[2] && !have_bad && !have_recv && clean < 0)
        goto done;
    out = malloc(cap);
    if (!out)
        goto done;
    size_t n = 0;
    n += (size_t)snprintf(out + n, cap - n, "{");
    int first = 1;
    for (int k = 0; k < 3; k++) {
        if (!copies[k])
            continue;
        n += (size_t)snprintf(out + n, cap - n, "%s\"%s\":\"", first ? "" : ",", keys[k]);
        first = 0;
        for (const unsigned char *c = (const unsigned char *)copies[k]; *c && n + 8 < cap; c++) {
            if (*c == '"' || *c == '\\')
                n += (size_t)snprintf(out + n, cap - n, "\\%c", *c);
            else if (*c < 0x20 || *c >= 0x7f)
                n += (size_t)snprintf(out + n, cap - n, "\\u%04x", *c);
            else
                out[n++] = (char)*c;
        }
        n += (size_t)snprintf(out + n, cap - n, "\"");
    }
    if (have_bad) {
        n += (size_t)snprintf(out + n, cap - n,
                              "%s\"bad_lines\":%lu,\"max_consecutive_bad_lines\":%lu",
                              first ? "" : ",", bad, worst_run);
        first = 0;
    }
    if (clean >= 0) {
        const char *how = clean == CLEANFAXDATA_CLEAN         ? "clean"
                          : clean == CLEANFAXDATA_REGENERATED ? "regenerated"
                                                              : "uncorrected";
        n += (size_t)snprintf(out + n, cap - n, "%s\"line_errors\":\"%s\"", first ? "" : ",",
                              how);
        first = 0;
    }
    if (have_recv)
        n += (size_t)snprintf(out + n, cap - n, "%s\"receive_seconds\":%lu", first ? "" : ",",
                              recv_s);
    snprintf(out + n, cap - n, "}");
done:
    for (int k = 0; k < 3; k++)
        free(copies[k]);
    return out;
}

int fi_tiff_open(fi_source **out, const char *path, const fi_ocr_options *opt, char **err)
{
    *out = NULL;
    int rc = FI_OCR_ERR_NOMEM;
    tiff_source *ts = calloc(1, sizeof *ts);
    TIFFOpenOptions *to = TIFFOpenOptionsAlloc();
    if (!ts || !to) {
        *err = fi_errf("out of memory opening %s", path);
        goto fail;
    }
    ts->opt = opt;
    ts->base.page = tiff_page;
    ts->base.close = tiff_close;
    TIFFOpenOptionsSetErrorHandlerExtR(to, on_tiff_error, ts);
    TIFFOpenOptionsSetWarningHandlerExtR(to, on_tiff_warning, ts);
    /* A damaged header can claim gigabytes for one strip; refuse early. */
    TIFFOpenOptionsSetMaxSingleMemAlloc(to, 256 * 1024 * 1024);
    ts->tif = TIFFOpenExt(path, "r", to);
    if (!ts->tif) {
        *err = fi_errf("not a readable TIFF (truncated or damaged): %s",
                       ts->last_error[0] ? ts->last_error : "header unreadable");
        rc = FI_OCR_ERR_CORRUPT;
        goto fail;
    }
    /* A file cut short can lose the link to its next page; libtiff then
     * counts fewer pages and only says so through the error handler. */
    ts->last_error[0] = '\0';
    tdir_t n = TIFFNumberOfDirectories(ts->tif);
    if (ts->last_error[0]) {
        *err = fi_errf("TIFF is truncated or damaged (pages after %u cannot be found): %s",
                       (unsigned)n, ts->last_error);
        rc = FI_OCR_ERR_CORRUPT;
        goto fail;
    }
    if (n == 0) {
        *err = fi_errf("TIFF has no pages");
        rc = FI_OCR_ERR_CORRUPT;
        goto fail;
    }
    if ((int)n > opt->max_pages) {
        *err = fi_errf("TIFF has %u pages, over the limit of %d (limits.max_pages)", (unsigned)n,
                       opt->max_pages);
        rc = FI_OCR_ERR_LIMIT;
        goto fail;
    }
    ts->base.npages = (int)n;
    ts->base.meta = tiff_meta(ts->tif);
    TIFFOpenOptionsFree(to);
    *out = &ts->base;
    return FI_OCR_OK;
fail:
    if (to)
        TIFFOpenOptionsFree(to);
    tiff_close(ts ? &ts->base : NULL);
    return rc;
}
