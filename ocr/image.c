/*
 * image.c: single-page PNG and JPEG through leptonica.  The header is read
 * first so the pixel limit is checked before anything is decoded.
 */
#include "source.h"

#include <stdlib.h>
#include <string.h>

typedef struct image_source {
    fi_source base;
    char *path;
    const fi_ocr_options *opt;
} image_source;

static void image_close(fi_source *src)
{
    image_source *is = (image_source *)src;
    if (!is)
        return;
    free(is->path);
    free(is);
}

static int image_page(fi_source *src, int i, fi_doc *doc, fi_raw_page *raw, char **err)
{
    (void)i;
    (void)doc;
    image_source *is = (image_source *)src;
    memset(raw, 0, sizeof *raw);
    raw->pix = pixRead(is->path);
    if (!raw->pix) {
        *err = fi_errf("the image cannot be decoded (truncated or damaged)");
        return FI_OCR_ERR_CORRUPT;
    }
    raw->xres = pixGetXRes(raw->pix);
    raw->yres = pixGetYRes(raw->pix);
    if (raw->xres < 50 || raw->yres < 50 || raw->xres > 2400 || raw->yres > 2400) {
        raw->xres = raw->yres = is->opt->default_dpi;
        raw->note = "no usable resolution in the image; assumed the default dpi";
    }
    return FI_OCR_OK;
}

int fi_image_open(fi_source **out, const char *path, const fi_ocr_options *opt, char **err)
{
    *out = NULL;
    l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, iscmap = 0;
    if (pixReadHeader(path, &format, &w, &h, &bps, &spp, &iscmap) || w <= 0 || h <= 0) {
        *err = fi_errf("the image header is unreadable (truncated or damaged)");
        return FI_OCR_ERR_CORRUPT;
    }
    if ((long)w * (long)h > opt->max_page_pixels) {
        *err = fi_errf("the image is %dx%d pixels, over the limit of %ld pixels a page "
                       "(limits.max_page_pixels)", w, h, opt->max_page_pixels);
        return FI_OCR_ERR_LIMIT;
    }
    image_source *is = calloc(1, sizeof *is);
    if (!is || !(is->path = strdup(path))) {
        free(is);
        *err = fi_errf("out of memory opening the image");
        return FI_OCR_ERR_NOMEM;
    }
    is->opt = opt;
    is->base.npages = 1;
    is->base.page = image_page;
    is->base.close = image_close;
    *out = &is->base;
    return FI_OCR_OK;
}
