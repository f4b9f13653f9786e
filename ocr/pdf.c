/*
 * pdf.c: PDF through poppler-glib.
 *
 * A page with a real text layer is read from it (word boxes from poppler's
 * per-character layout, no OCR); a page without one is rendered through
 * cairo at opt->pdf_render_dpi and handed back as grey pixels for OCR,
 * unless the page is a fax or a scan: one image over the page, taken at
 * its own resolution (each page records its dpi).  Boxes of text-layer
 * words are given in the pixels of the rendering resolution.
 */
#include "prep.h"
#include "source.h"

#include <cairo.h>
#include <glib.h>
#include <poppler.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct pdf_source {
    fi_source base;
    PopplerDocument *pdf;
    const fi_ocr_options *opt;
} pdf_source;

/* Fewer letters than this and the "text layer" is a stray header or an
 * invisible OCR layer of a few words: render and read the page instead. */
enum { MIN_TEXT_LAYER_CHARS = 40 };

static void pdf_close(fi_source *src)
{
    pdf_source *ps = (pdf_source *)src;
    if (!ps)
        return;
    if (ps->pdf)
        g_object_unref(ps->pdf);
    free(ps->base.meta);
    free(ps);
}

static int count_letters(const char *text)
{
    int n = 0;
    for (const char *c = text; c && *c; c++)
        n += g_ascii_isalnum(*c) ? 1 : 0;
    return n;
}

/* Groups poppler's characters into words.  A word ends at whitespace, at
 * a line break, where the next character's box jumps, and where the font
 * changes: poppler puts no space between runs drawn in different fonts
 * ("Fax:" in regular and "(612) 555-0199" in bold), whether drawn apart or
 * touching (a label too long for its cell, "Referring PhysicianSHAH,
 * JULIA"), so the gap or the font must separate them.  rects[k] is the box
 * of the k-th character of text, font[k] the name of its font (NULL when
 * not known). */
static int add_text_layer_words(fi_page *page, const char *text, PopplerRectangle *rects,
                                const char *const *font, guint nrects, double scale)
{
    char word[512];
    size_t wlen = 0;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    int line = 0;
    guint k = 0, last = 0; /* last: the word's last character */
    for (const char *c = text; ; c = g_utf8_next_char(c), k++) {
        gunichar u = *c ? g_utf8_get_char(c) : 0;
        int end = u == 0 || k >= nrects;
        int space = !end && g_unichar_isspace(u);
        int jump = 0;
        if (!end && !space && wlen > 0) {
            const PopplerRectangle *r = &rects[k];
            double h = y1 - y0 > 1 ? y1 - y0 : 1;
            jump = r->x1 > x1 + 0.25 * h || r->x1 < x1 - 0.5 * h || r->y1 > y1 || r->y2 < y0 ||
                   (font[k] && font[last] && strcmp(font[k], font[last]) != 0);
        }
        if ((end || space || jump) && wlen > 0) {
            word[wlen] = '\0';
            if (fi_page_add_word(page, word, 1.0f, (int)(x0 * scale), (int)(y0 * scale),
                                 (int)(x1 * scale + 0.999), (int)(y1 * scale + 0.999), line, line))
                return -1;
            wlen = 0;
        }
        if (end)
            break;
        if (u == '\n') {
            line++;
            continue;
        }
        if (space)
            continue;
        size_t clen = (size_t)(g_utf8_next_char(c) - c);
        if (wlen + clen >= sizeof word)
            continue;
        const PopplerRectangle *r = &rects[k];
        if (wlen == 0) {
            x0 = r->x1, y0 = r->y1, x1 = r->x2, y1 = r->y2;
        } else {
            x0 = r->x1 < x0 ? r->x1 : x0;
            y0 = r->y1 < y0 ? r->y1 : y0;
            x1 = r->x2 > x1 ? r->x2 : x1;
            y1 = r->y2 > y1 ? r->y2 : y1;
        }
        memcpy(word + wlen, c, clen);
        wlen += clen;
        last = k;
    }
    return 0;
}

/* The grey pixels of an RGB24 or ARGB32 cairo surface (alpha ignored:
 * poppler paints images opaque). */
static PIX *surface_gray(cairo_surface_t *surface)
{
    int w = cairo_image_surface_get_width(surface), h = cairo_image_surface_get_height(surface);
    cairo_format_t f = cairo_image_surface_get_format(surface);
    if (f != CAIRO_FORMAT_RGB24 && f != CAIRO_FORMAT_ARGB32)
        return NULL;
    PIX *pix = pixCreate(w, h, 8);
    if (!pix)
        return NULL;
    cairo_surface_flush(surface);
    const unsigned char *src = cairo_image_surface_get_data(surface);
    int stride = cairo_image_surface_get_stride(surface);
    l_uint32 *data = pixGetData(pix);
    l_int32 wpl = pixGetWpl(pix);
    for (int y = 0; y < h; y++) {
        const uint32_t *row = (const uint32_t *)(src + (size_t)y * (size_t)stride);
        l_uint32 *line = data + (size_t)y * (size_t)wpl;
        for (int x = 0; x < w; x++) {
            uint32_t p = row[x];
            unsigned r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            SET_DATA_BYTE(line, x, (r * 77u + g * 150u + b * 29u) >> 8);
        }
    }
    return pix;
}

static PIX *render_gray(PopplerPage *page, int w, int h, double scale)
{
    PIX *pix = NULL;
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    if (cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS) {
        cairo_t *cr = cairo_create(surface);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_paint(cr);
        cairo_scale(cr, scale, scale);
        poppler_page_render_for_printing(page, cr);
        cairo_destroy(cr);
        pix = surface_gray(surface);
    }
    cairo_surface_destroy(surface);
    return pix;
}

/* A faxed or scanned PDF page is one image over the whole page: that
 * image at its own resolution (a fax's 204x196 dpi), as a fax TIFF would
 * be read, instead of the page rendered to 300 dpi (upscaling a fax page
 * reads worse, see prep.c).  NULL, to render the page instead, when the
 * page is anything else: several images, one not covering the page, or
 * one turned or stretched out of its pixels' proportions. */
static PIX *page_scan(PopplerPage *page, double wpt, double hpt, long max_pixels, int *xres,
                      int *yres)
{
    GList *maps = poppler_page_get_image_mapping(page);
    PIX *pix = NULL;
    if (!maps || maps->next)
        goto done;
    const PopplerImageMapping *m = maps->data;
    double aw = m->area.x2 - m->area.x1, ah = m->area.y2 - m->area.y1;
    if (aw < 0.9 * wpt || ah < 0.9 * hpt)
        goto done;
    cairo_surface_t *img = poppler_page_get_image(page, m->image_id);
    if (!img)
        goto done;
    int w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
    double xr = w / (aw / 72.0), yr = h / (ah / 72.0);
    /* fax resolutions are 200-204 across and 98 or 196 down: a square
     * image drawn square, or a standard-mode one drawn twice as tall */
    int proportional = fabs(xr - yr) < 0.06 * xr || fabs(xr - 2 * yr) < 0.06 * xr;
    if (w > 0 && h > 0 && (long)w * h <= max_pixels && proportional && xr >= 90 && xr <= 600)
        pix = surface_gray(img);
    if (pix) {
        *xres = (int)(xr + 0.5);
        *yres = (int)(yr + 0.5);
        pixSetResolution(pix, *xres, *yres);
    }
    cairo_surface_destroy(img);
done:
    poppler_page_free_image_mapping(maps);
    return pix;
}

static int pdf_page(fi_source *src, int i, fi_doc *doc, fi_raw_page *raw, char **err)
{
    pdf_source *ps = (pdf_source *)src;
    int rc = FI_OCR_OK;
    char *text = NULL;
    PopplerRectangle *rects = NULL;
    guint nrects = 0;
    GList *attrs = NULL;
    const char **font = NULL; /* borrowed from attrs */
    memset(raw, 0, sizeof *raw);

    PopplerPage *page = poppler_document_get_page(ps->pdf, i);
    if (!page) {
        *err = fi_errf("PDF page %d cannot be read (damaged page tree)", i + 1);
        return FI_OCR_ERR_CORRUPT;
    }
    double wpt = 0, hpt = 0;
    poppler_page_get_size(page, &wpt, &hpt);
    int dpi = ps->opt->pdf_render_dpi;
    double scale = dpi / 72.0;
    long w = (long)(wpt * scale + 0.5), h = (long)(hpt * scale + 0.5);
    if (w <= 0 || h <= 0 || w > 100000 || h > 100000) {
        *err = fi_errf("PDF page %d has an impossible size %.0fx%.0f pt", i + 1, wpt, hpt);
        rc = FI_OCR_ERR_CORRUPT;
        goto done;
    }
    if (w * h > ps->opt->max_page_pixels) {
        *err = fi_errf("PDF page %d is %.0fx%.0f pt, %ldx%ld pixels at %d dpi, over the limit of "
                       "%ld pixels a page (limits.max_page_pixels)",
                       i + 1, wpt, hpt, w, h, dpi, ps->opt->max_page_pixels);
        rc = FI_OCR_ERR_LIMIT;
        goto done;
    }

    text = poppler_page_get_text(page);
    if (count_letters(text) >= MIN_TEXT_LAYER_CHARS &&
        poppler_page_get_text_layout(page, &rects, &nrects)) {
        /* each character's font, from poppler's runs of like attributes */
        attrs = poppler_page_get_text_attributes(page);
        font = g_new0(const char *, nrects);
        for (const GList *a = attrs; a; a = a->next) {
            const PopplerTextAttributes *ta = a->data;
            for (gint c = ta->start_index < 0 ? 0 : ta->start_index;
                 c <= ta->end_index && (guint)c < nrects; c++)
                font[c] = ta->font_name;
        }
        fi_page *p = fi_doc_add_page(doc, (int)w, (int)h, dpi);
        if (!p || add_text_layer_words(p, text, rects, font, nrects, scale) ||
            fi_page_split_rows(p)) {
            *err = fi_errf("out of memory reading the text of PDF page %d", i + 1);
            rc = FI_OCR_ERR_NOMEM;
            goto done;
        }
        p->how = FI_PAGE_TEXT_LAYER;
        fi_page_update_conf(p);
        if (ps->opt->page_images) {
            /* No pixels were needed to read it; the review screen needs some. */
            PIX *pic = render_gray(page, (int)(w / 2), (int)(h / 2), scale / 2);
            int bad = !pic || fi_prep_picture(pic, 0, &p->png, &p->png_len);
            pixDestroy(&pic);
            if (bad) {
                *err = fi_errf("out of memory drawing PDF page %d", i + 1);
                rc = FI_OCR_ERR_NOMEM;
            }
        }
        goto done;
    }
    raw->pix = page_scan(page, wpt, hpt, ps->opt->max_page_pixels, &raw->xres, &raw->yres);
    if (raw->pix)
        goto done;
    raw->pix = render_gray(page, (int)w, (int)h, scale);
    if (!raw->pix) {
        *err = fi_errf("PDF page %d could not be rendered (out of memory)", i + 1);
        rc = FI_OCR_ERR_NOMEM;
        goto done;
    }
    raw->xres = raw->yres = dpi;
    pixSetResolution(raw->pix, dpi, dpi);
done:
    g_free(font);
    if (attrs)
        poppler_page_free_text_attributes(attrs);
    g_free(rects);
    g_free(text);
    g_object_unref(page);
    return rc;
}

int fi_pdf_open(fi_source **out, const char *path, const fi_ocr_options *opt, char **err)
{
    *out = NULL;
    int rc = FI_OCR_ERR_NOMEM;
    GError *gerr = NULL;
    gchar *contents = NULL;
    gsize len = 0;
    pdf_source *ps = calloc(1, sizeof *ps);
    if (!ps) {
        *err = fi_errf("out of memory opening %s", path);
        goto fail;
    }
    ps->opt = opt;
    ps->base.page = pdf_page;
    ps->base.close = pdf_close;
    /* From memory, not from a URI: the file may be renamed under us by the
     * daemon's claiming, and the path need not be valid UTF-8. */
    if (!g_file_get_contents(path, &contents, &len, &gerr)) {
        *err = fi_errf("cannot read the PDF: %s", gerr->message);
        rc = FI_OCR_ERR_IO;
        goto fail;
    }
    GBytes *bytes = g_bytes_new_take(contents, len);
    ps->pdf = poppler_document_new_from_bytes(bytes, NULL, &gerr);
    g_bytes_unref(bytes);
    if (!ps->pdf) {
        if (gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED) {
            *err = fi_errf("the PDF is encrypted with a password; ask the sender for an "
                           "unprotected copy");
            rc = FI_OCR_ERR_ENCRYPTED;
        } else {
            *err = fi_errf("not a readable PDF (truncated or damaged): %s",
                           gerr ? gerr->message : "unknown error");
            rc = FI_OCR_ERR_CORRUPT;
        }
        goto fail;
    }
    int n = poppler_document_get_n_pages(ps->pdf);
    if (n <= 0) {
        *err = fi_errf("the PDF has no pages");
        rc = FI_OCR_ERR_CORRUPT;
        goto fail;
    }
    if (n > opt->max_pages) {
        *err = fi_errf("the PDF has %d pages, over the limit of %d (limits.max_pages)", n,
                       opt->max_pages);
        rc = FI_OCR_ERR_LIMIT;
        goto fail;
    }
    ps->base.npages = n;
    *out = &ps->base;
    return FI_OCR_OK;
fail:
    if (gerr)
        g_error_free(gerr);
    pdf_close(ps ? &ps->base : NULL);
    return rc;
}
