/*
 * mkfixtures.c: draws the documents the OCR tests read, and the sample
 * referrals in samples/.
 *
 *   mkfixtures OUTDIR            test fixtures: a fax TIFF in each flavour
 *                                fax servers write, PDFs with and without a
 *                                text layer, a PNG, and broken files
 *   mkfixtures --samples OUTDIR  three synthetic referrals for the README
 *
 * Fixtures are drawn at build time rather than stored so that the text on
 * every page is known exactly and the repository carries no binaries.  All
 * text is drawn with cairo's toy API in DejaVu Sans (fonts-dejavu-core), so
 * the output is the same on every machine with that font.  Every person,
 * practice, number and identifier is made up; phone numbers use the
 * 555-01xx range reserved for fiction and NPIs pass the check digit only.
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <tiffio.h>

#define FONT "DejaVu Sans"

/* Letter paper in points: every page is drawn in these units. */
static const double PAGE_W = 612.0, PAGE_H = 792.0;

/* The scan line of a fax is 1728 pels whatever the paper (ITU-T T.4). */
enum { FAX_WIDTH = 1728, FAX_XDPI = 204, FAX_FINE_YDPI = 196 };

/* A rendered page: 8-bit grey, 0 black .. 255 white. */
typedef struct raster {
    int w, h;
    int xdpi, ydpi;       /* 0: the file gets no resolution tags */
    unsigned char *gray;
} raster;

typedef void (*draw_fn)(cairo_t *cr, const void *arg);

/* How a TIFF is written. */
typedef struct tiff_kind {
    uint16_t compression;
    uint32_t g3opts;        /* GROUP3OPTIONS, for COMPRESSION_CCITTFAX3 */
    uint16_t fillorder;     /* 0: the default, MSB2LSB */
    int gray;               /* 8-bit grey instead of 1-bit */
    const char *station;    /* ImageDescription: the sender id fax servers record */
} tiff_kind;

/* Fontconfig, under cairo's toy font API, keeps a pattern cache it never
 * frees; tell LeakSanitizer (FI_SANITIZE builds) so rather than fail. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}

/* ---- drawing helpers (all in points) ---- */

static void font(cairo_t *cr, double size, int bold)
{
    cairo_select_font_face(cr, FONT, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

static void text_at(cairo_t *cr, double x, double y, double size, int bold, const char *s)
{
    font(cr, size, bold);
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, s);
}

static void rule(cairo_t *cr, double x0, double y, double x1, double width)
{
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
}

/* A signature, as far as a fax shows one: a slanted serif name. */
static void signature(cairo_t *cr, double x, double y, const char *name)
{
    cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_ITALIC, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 15);
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, name);
}

static void checkbox(cairo_t *cr, double x, double y, int checked, const char *label)
{
    cairo_set_line_width(cr, 0.9);
    cairo_rectangle(cr, x, y - 8.5, 9, 9);
    cairo_stroke(cr);
    if (checked) {
        cairo_set_line_width(cr, 1.4);
        cairo_move_to(cr, x + 1.5, y - 7);
        cairo_line_to(cr, x + 7.5, y - 1);
        cairo_move_to(cr, x + 7.5, y - 7);
        cairo_line_to(cr, x + 1.5, y - 1);
        cairo_stroke(cr);
    }
    text_at(cr, x + 14, y, 10, 0, label);
}

/* A "Label: value" pair with the values of a column aligned at x + tab. */
static void field(cairo_t *cr, double x, double y, double tab, const char *label,
                  const char *value)
{
    text_at(cr, x, y, 10, 0, label);
    text_at(cr, x + tab, y, 10, 1, value);
}

static void show_line(cairo_t *cr, double x, double y, char *line, size_t n)
{
    line[n] = '\0';
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, line);
}

/* Draws s in the current font, wrapped to width; returns the baseline
 * after the last line.  A line that would overflow the buffer is broken
 * early and a longer word is cut: the texts here are ours and short. */
static double wrap(cairo_t *cr, double x, double y, double width, double leading, const char *s)
{
    char line[512], trial[512];
    size_t n = 0;
    const char *p = s;
    cairo_text_extents_t ext;
    for (;;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *e = strchr(p, ' ');
        size_t wl = e ? (size_t)(e - p) : strlen(p);
        if (n && n + wl + 2 > sizeof trial) {
            show_line(cr, x, y, line, n);
            y += leading;
            n = 0;
        }
        if (wl + 2 > sizeof trial)
            wl = sizeof trial - 2;
        memcpy(trial, line, n);
        size_t t = n;
        if (n)
            trial[t++] = ' ';
        memcpy(trial + t, p, wl);
        t += wl;
        trial[t] = '\0';
        cairo_text_extents(cr, trial, &ext);
        if (n && ext.x_advance > width) {
            show_line(cr, x, y, line, n);
            y += leading;
            memcpy(line, p, wl);
            n = wl;
        } else {
            memcpy(line, trial, t);
            n = t;
        }
        p += wl;
    }
    if (n) {
        show_line(cr, x, y, line, n);
        y += leading;
    }
    return y;
}

/* The line a fax machine prints across the top of every page it sends. */
static void fax_header(cairo_t *cr, const char *s)
{
    text_at(cr, 18, 16, 8, 0, s);
}

/* ---- fixture pages ---- */

typedef struct lines_page {
    const char *header;            /* fax header line, or NULL */
    const char *const *lines;      /* NULL-terminated */
} lines_page;

static void draw_lines(cairo_t *cr, const void *arg)
{
    const lines_page *lp = arg;
    if (lp->header)
        fax_header(cr, lp->header);
    double y = 120;
    for (const char *const *l = lp->lines; *l; l++, y += 30)
        text_at(cr, 72, y, 14, 0, *l);
}

/* A lab report's table in a typewriter face: short words and numbers,
 * the kind of page whose orientation OSD finds hardest to judge. */
static void draw_lab_table(cairo_t *cr, const void *arg)
{
    const char *const *rows = arg;
    cairo_select_font_face(cr, "DejaVu Sans Mono", CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 9);
    double y = 100;
    for (const char *const *r = rows; *r; r++, y += 16) {
        cairo_move_to(cr, 72, y);
        cairo_show_text(cr, *r);
    }
}

static void draw_nothing(cairo_t *cr, const void *arg)
{
    (void)cr;
    (void)arg;
}

static const char *const PAGE1_LINES[] = {
    "Patient Name: OKAFOR, JANE",
    "Date of Birth: 03/14/1961",
    "Referral to Cardiology",
    "Reason: chest pain on exertion",
    "Urgency: routine",
    NULL,
};
static const char *const PAGE2_LINES[] = {
    "Referring Provider: Samuel Whitfield, MD",
    "Phone: (612) 555-0147",
    "Please schedule within two weeks",
    "Thank you for seeing this patient",
    NULL,
};
static const char *const UPSIDE_DOWN_LINES[] = {
    "Insurance: Northstar Health Plan",
    "Member ID: NHP448201937",
    "Diagnosis: hypertension",
    "Requested service: echocardiogram",
    "Please call the office with questions",
    NULL,
};

static const char *const LAB_ROWS[] = {
    "TRI-COUNTY CLINICAL LAB                         FINAL REPORT",
    "Client Services (866) 506-2833   CLIA #10D1664502",
    "PATIENT:   REYES, MINH            ACCESSION:  26-042-2318",
    "DOB:       07/20/1962             COLLECTED:  09/10/2026 08:26",
    "SEX:       M                      RECEIVED:   09/11/2026",
    "ORDERING:  NORTHSTAR, ANGELA      REPORTED:   09/12/2026",
    "TEST                 RESULT   FLAG   REFERENCE    UNITS",
    "LIPID PANEL",
    "Total Cholesterol    96       L      100-199      mg/dL",
    "LDL                  6               0-99         mg/dL",
    "HDL                  40              40-90        mg/dL",
    "Triglycerides        109             0-149        mg/dL",
    "CBC",
    "WBC                  5.8             4.0-11.0     x10^3/uL",
    "Hemoglobin           14.2            12.0-17.5    g/dL",
    "Hematocrit           32.9     L      36.0-52.0    %",
    "Platelets            427      H      150-400      x10^3/uL",
    "MCV                  104      H      80-100       fL",
    "THYROID",
    "TSH                  2.04            0.40-4.50    mIU/L",
    "Free T4              1.93     H      0.80-1.80    ng/dL",
    "Hypertension follow-up: echocardiogram ordered",
    NULL,
};

static const char *const RECEIVED_STAMPS[2] = {
    "RECEIVED 03/18/2024 10:44AM FROM 6125550148 TO 6125550190   Pg 1/1",
    "Mar 18 2024 10:42  From: (612) 555-0148  Maple Grove Family Medicine  P.001/001",
};

static const lines_page PAGE1 = {NULL, PAGE1_LINES};
static const lines_page PAGE2 = {NULL, PAGE2_LINES};
static const lines_page UPSIDE_DOWN = {NULL, UPSIDE_DOWN_LINES};
static const lines_page PAGE1_FAXED = {
    "03/18/2024 10:42  FROM: Maple Grove Family Medicine  (612) 555-0148  P.001/002", PAGE1_LINES};
static const lines_page BLANK_FAXED = {
    "03/18/2024 10:42  FROM: Maple Grove Family Medicine  (612) 555-0148  P.002/002", NULL};

/* Page 2 of the born-digital PDF: the lines, then labels and their values
 * drawn as separate runs far apart on one line, the value in bold, as an
 * electronic record's form prints them.  Nothing but the gap separates a
 * label from its value. */
static void draw_page2_columns(cairo_t *cr, const void *arg)
{
    (void)arg;
    draw_lines(cr, &PAGE2);
    text_at(cr, 72, 300, 14, 0, "Fax:");
    text_at(cr, 250, 300, 14, 1, "(612) 555-0148");
    text_at(cr, 72, 330, 14, 0, "Member ID:");
    text_at(cr, 250, 330, 14, 1, "NHP448201937");
    /* a label too long for its cell, its value drawn right against it */
    cairo_text_extents_t e;
    font(cr, 14, 0);
    cairo_text_extents(cr, "Referring Physician", &e);
    text_at(cr, 72, 360, 14, 0, "Referring Physician");
    text_at(cr, 72 + e.x_advance, 360, 14, 1, "SHAH, JULIA");
}

static void draw_blank_faxed(cairo_t *cr, const void *arg)
{
    (void)arg;
    fax_header(cr, BLANK_FAXED.header);
}

/* ---- rendering ---- */

static void raster_free(raster *r)
{
    free(r->gray);
    r->gray = NULL;
}

/* Draws a page into a w x h image at the given resolution (of the drawing,
 * which may differ from the tags later written, to squash a page); turned
 * 180 degrees when upside_down.  Returns NULL on failure. */
static cairo_surface_t *render_surface(draw_fn draw, const void *arg, int w, int h, double xdpi,
                                       double ydpi, int upside_down)
{
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        return NULL;
    }
    cairo_t *cr = cairo_create(s);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    if (upside_down) {
        cairo_translate(cr, w, h);
        cairo_rotate(cr, M_PI);
    }
    cairo_scale(cr, xdpi / 72.0, ydpi / 72.0);
    cairo_set_source_rgb(cr, 0, 0, 0);
    draw(cr, arg);
    int ok = cairo_status(cr) == CAIRO_STATUS_SUCCESS;
    cairo_destroy(cr);
    cairo_surface_flush(s);
    if (!ok) {
        cairo_surface_destroy(s);
        return NULL;
    }
    return s;
}

static int raster_from_surface(raster *out, cairo_surface_t *s, int xdpi, int ydpi)
{
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    const unsigned char *data = cairo_image_surface_get_data(s);
    out->gray = malloc((size_t)w * (size_t)h);
    if (!out->gray)
        return -1;
    out->w = w;
    out->h = h;
    out->xdpi = xdpi;
    out->ydpi = ydpi;
    for (int y = 0; y < h; y++) {
        const uint32_t *row = (const uint32_t *)(data + (size_t)y * (size_t)stride);
        for (int x = 0; x < w; x++) {
            uint32_t p = row[x];
            unsigned r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            out->gray[(size_t)y * (size_t)w + (size_t)x] =
                (unsigned char)((r * 77u + g * 150u + b * 29u) >> 8);
        }
    }
    return 0;
}

static int render(raster *out, draw_fn draw, const void *arg, int w, int h, int xdpi, int ydpi,
                  int upside_down)
{
    cairo_surface_t *s = render_surface(draw, arg, w, h, xdpi, ydpi, upside_down);
    if (!s)
        return -1;
    int rc = raster_from_surface(out, s, xdpi, ydpi);
    cairo_surface_destroy(s);
    return rc;
}

/* A letter page as a fine-mode fax (204x196 dpi) receives it. */
static int render_fine(raster *out, draw_fn draw, const void *arg, int upside_down)
{
    int h = (int)(PAGE_H / 72.0 * FAX_FINE_YDPI + 0.5);
    return render(out, draw, arg, FAX_WIDTH, h, FAX_XDPI, FAX_FINE_YDPI, upside_down);
}

/* A sheet fed into the sending machine upside down, as the receiving
 * machine stores it: the body turned 180 degrees, and the two header lines
 * the machines stamp across the top margin (the receiver's "RECEIVED" line
 * and the sender's own) upright above it. */
static int render_fine_fed_upside_down(raster *out, draw_fn draw, const void *arg,
                                       const char *const stamps[2])
{
    int h = (int)(PAGE_H / 72.0 * FAX_FINE_YDPI + 0.5);
    cairo_surface_t *s = render_surface(draw, arg, FAX_WIDTH, h, FAX_XDPI, FAX_FINE_YDPI, 1);
    if (!s)
        return -1;
    cairo_t *cr = cairo_create(s);
    cairo_scale(cr, FAX_XDPI / 72.0, FAX_FINE_YDPI / 72.0);
    cairo_set_source_rgb(cr, 0, 0, 0);
    text_at(cr, 18, 10, 8, 0, stamps[0]);
    text_at(cr, 18, 22, 8, 0, stamps[1]);
    int ok = cairo_status(cr) == CAIRO_STATUS_SUCCESS;
    cairo_destroy(cr);
    cairo_surface_flush(s);
    int rc = ok ? raster_from_surface(out, s, FAX_XDPI, FAX_FINE_YDPI) : -1;
    cairo_surface_destroy(s);
    return rc;
}

/* Standard mode scans every other line of fine mode: keep the even rows,
 * which is what a fax machine's 98 lpi scanner sees. */
static int render_standard(raster *out, draw_fn draw, const void *arg)
{
    raster fine = {0};
    if (render_fine(&fine, draw, arg, 0))
        return -1;
    out->w = fine.w;
    out->h = fine.h / 2;
    out->xdpi = FAX_XDPI;
    out->ydpi = FAX_FINE_YDPI / 2;
    out->gray = malloc((size_t)out->w * (size_t)out->h);
    if (!out->gray) {
        raster_free(&fine);
        return -1;
    }
    for (int y = 0; y < out->h; y++)
        memcpy(out->gray + (size_t)y * (size_t)out->w, fine.gray + (size_t)(2 * y) * (size_t)fine.w,
               (size_t)fine.w);
    raster_free(&fine);
    return 0;
}

/* Isolated black pels and a few 2x2 dots, as line noise leaves on a
 * received page; a fixed LCG keeps the file the same on every run. */
static void speckle(raster *r, int count)
{
    uint32_t state = 12345;
    for (int i = 0; i < count; i++) {
        state = state * 1103515245u + 12345u;
        int x = (int)((state >> 8) % (uint32_t)(r->w - 2));
        state = state * 1103515245u + 12345u;
        int y = (int)((state >> 8) % (uint32_t)(r->h - 2));
        int dot = i % 8 == 0 ? 2 : 1;
        for (int dy = 0; dy < dot; dy++)
            for (int dx = 0; dx < dot; dx++)
                r->gray[(size_t)(y + dy) * (size_t)r->w + (size_t)(x + dx)] = 0;
    }
}

/* ---- writers ---- */

static int join(char *buf, size_t n, const char *dir, const char *name)
{
    int k = snprintf(buf, n, "%s/%s", dir, name);
    return k < 0 || (size_t)k >= n ? -1 : 0;
}

static int write_tiff(const char *path, const raster *pages, int npages, const tiff_kind *k)
{
    int rc = -1;
    unsigned char *row = NULL;
    TIFF *tif = TIFFOpen(path, "w");
    if (!tif)
        goto done;
    for (int i = 0; i < npages; i++) {
        const raster *p = &pages[i];
        size_t rowbytes = k->gray ? (size_t)p->w : ((size_t)p->w + 7) / 8;
        unsigned char *grown = realloc(row, rowbytes);
        if (!grown)
            goto done;
        row = grown;
        TIFFSetField(tif, TIFFTAG_SUBFILETYPE, (uint32_t)FILETYPE_PAGE);
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, (uint32_t)p->w);
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, (uint32_t)p->h);
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 1);
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, k->gray ? 8 : 1);
        TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC,
                     k->gray ? PHOTOMETRIC_MINISBLACK : PHOTOMETRIC_MINISWHITE);
        TIFFSetField(tif, TIFFTAG_COMPRESSION, k->compression);
        if (k->compression == COMPRESSION_CCITTFAX3)
            TIFFSetField(tif, TIFFTAG_GROUP3OPTIONS, k->g3opts);
        /* libtiff reverses the bits of each strip it writes when the fill
         * order differs from its own, so LSB2MSB files are real ones. */
        TIFFSetField(tif, TIFFTAG_FILLORDER, k->fillorder ? k->fillorder : FILLORDER_MSB2LSB);
        /* Fax servers write a page as one strip; grey gets libtiff's size. */
        TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP,
                     k->gray ? TIFFDefaultStripSize(tif, 0) : (uint32_t)p->h);
        if (p->xdpi > 0 && p->ydpi > 0) {
            TIFFSetField(tif, TIFFTAG_XRESOLUTION, (double)p->xdpi);
            TIFFSetField(tif, TIFFTAG_YRESOLUTION, (double)p->ydpi);
            TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
        }
        TIFFSetField(tif, TIFFTAG_PAGENUMBER, i, npages);
        if (k->station)
            TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, k->station);
        for (int y = 0; y < p->h; y++) {
            const unsigned char *src = p->gray + (size_t)y * (size_t)p->w;
            if (k->gray) {
                memcpy(row, src, rowbytes);
            } else {
                /* MinIsWhite: a set bit is ink.  A threshold above the
                 * midpoint keeps thin strokes whole, as a fax scanner does. */
                memset(row, 0, rowbytes);
                for (int x = 0; x < p->w; x++)
                    if (src[x] < 150)
                        row[x / 8] |= (unsigned char)(0x80u >> (x % 8));
            }
            if (TIFFWriteScanline(tif, row, (uint32_t)y, 0) < 0)
                goto done;
        }
        if (!TIFFWriteDirectory(tif))
            goto done;
    }
    rc = 0;
done:
    if (tif)
        TIFFClose(tif);
    free(row);
    return rc;
}

static int write_tiff_in(const char *dir, const char *name, const raster *pages, int npages,
                         const tiff_kind *k)
{
    char path[4096];
    if (join(path, sizeof path, dir, name))
        return -1;
    return write_tiff(path, pages, npages, k);
}

static int write_bytes(const char *dir, const char *name, const void *data, size_t len)
{
    char path[4096];
    if (join(path, sizeof path, dir, name))
        return -1;
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int rc = len && fwrite(data, 1, len, f) != len ? -1 : 0;
    if (fclose(f) != 0)
        rc = -1;
    return rc;
}

static int read_all(const char *dir, const char *name, unsigned char **data, size_t *len)
{
    char path[4096];
    *data = NULL;
    *len = 0;
    if (join(path, sizeof path, dir, name))
        return -1;
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    int rc = -1;
    if (fseek(f, 0, SEEK_END) != 0)
        goto done;
    long size = ftell(f);
    if (size <= 0 || fseek(f, 0, SEEK_SET) != 0)
        goto done;
    *data = malloc((size_t)size);
    if (!*data || fread(*data, 1, (size_t)size, f) != (size_t)size)
        goto done;
    *len = (size_t)size;
    rc = 0;
done:
    if (rc) {
        free(*data);
        *data = NULL;
    }
    fclose(f);
    return rc;
}

/* Writes the first num/den of an existing file under a new name: what a
 * transmission cut off midway leaves. */
static int truncate_copy(const char *dir, const char *from, const char *to, size_t num,
                         size_t den)
{
    unsigned char *data = NULL;
    size_t len = 0;
    if (read_all(dir, from, &data, &len))
        return -1;
    int rc = write_bytes(dir, to, data, len * num / den);
    free(data);
    return rc;
}

/* PNG, for the resolution chunk cairo does not write. */
typedef struct membuf {
    unsigned char *data;
    size_t len, cap;
} membuf;

static cairo_status_t membuf_write(void *closure, const unsigned char *data, unsigned int len)
{
    membuf *m = closure;
    if (m->len + len > m->cap) {
        size_t cap = m->cap ? m->cap : 65536;
        while (cap < m->len + len)
            cap *= 2;
        unsigned char *grown = realloc(m->data, cap);
        if (!grown)
            return CAIRO_STATUS_NO_MEMORY;
        m->data = grown;
        m->cap = cap;
    }
    memcpy(m->data + m->len, data, len);
    m->len += len;
    return CAIRO_STATUS_SUCCESS;
}

static uint32_t crc32_png(const unsigned char *p, size_t n)
{
    uint32_t crc = 0xffffffffu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

static void put_be32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* Writes s as a PNG that says it is dpi dots per inch: cairo writes no
 * pHYs chunk, so one is put right after IHDR (where PNG wants it, before
 * the image data). */
static int write_png_dpi(const char *dir, const char *name, cairo_surface_t *s, int dpi)
{
    /* signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 crc) */
    enum { IHDR_END = 8 + 25 };
    membuf m = {0};
    unsigned char *out = NULL;
    int rc = -1;
    if (cairo_surface_write_to_png_stream(s, membuf_write, &m) != CAIRO_STATUS_SUCCESS)
        goto done;
    if (m.len < IHDR_END || memcmp(m.data + 12, "IHDR", 4) != 0)
        goto done;
    unsigned char phys[4 + 4 + 9 + 4];
    uint32_t ppm = (uint32_t)(dpi / 0.0254 + 0.5);
    put_be32(phys, 9);
    memcpy(phys + 4, "pHYs", 4);
    put_be32(phys + 8, ppm);
    put_be32(phys + 12, ppm);
    phys[16] = 1; /* unit: metre */
    put_be32(phys + 17, crc32_png(phys + 4, 4 + 9));
    out = malloc(m.len + sizeof phys);
    if (!out)
        goto done;
    memcpy(out, m.data, IHDR_END);
    memcpy(out + IHDR_END, phys, sizeof phys);
    memcpy(out + IHDR_END + sizeof phys, m.data + IHDR_END, m.len - IHDR_END);
    rc = write_bytes(dir, name, out, m.len + sizeof phys);
done:
    free(out);
    free(m.data);
    return rc;
}

/* A PDF of drawn pages: real text, so poppler finds a text layer. */
static int write_pdf(const char *dir, const char *name, draw_fn const *draws,
                     const void *const *args, int npages)
{
    char path[4096];
    if (join(path, sizeof path, dir, name))
        return -1;
    cairo_surface_t *s = cairo_pdf_surface_create(path, PAGE_W, PAGE_H);
    /* A fixed date keeps the output the same on every run, so a
     * regenerated sample is no change at all. */
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, "2024-03-20T09:15:00");
    cairo_t *cr = cairo_create(s);
    for (int i = 0; i < npages; i++) {
        cairo_save(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
        draws[i](cr, args[i]);
        cairo_restore(cr);
        cairo_show_page(cr);
    }
    int rc = cairo_status(cr) == CAIRO_STATUS_SUCCESS ? 0 : -1;
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
        rc = -1;
    cairo_surface_destroy(s);
    return rc;
}

/* A PDF whose page is only a picture of text, as a scanner or a
 * fax-to-PDF gateway produces: no text layer, it has to be OCRed. */
static int write_image_pdf(const char *dir, const char *name, draw_fn draw, const void *arg,
                           int dpi)
{
    char path[4096];
    if (join(path, sizeof path, dir, name))
        return -1;
    int w = (int)(PAGE_W / 72.0 * dpi + 0.5), h = (int)(PAGE_H / 72.0 * dpi + 0.5);
    cairo_surface_t *img = render_surface(draw, arg, w, h, dpi, dpi, 0);
    if (!img)
        return -1;
    cairo_surface_t *s = cairo_pdf_surface_create(path, PAGE_W, PAGE_H);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, "2024-03-20T09:15:00");
    cairo_t *cr = cairo_create(s);
    cairo_scale(cr, 72.0 / dpi, 72.0 / dpi);
    cairo_set_source_surface(cr, img, 0, 0);
    cairo_paint(cr);
    cairo_show_page(cr);
    int rc = cairo_status(cr) == CAIRO_STATUS_SUCCESS ? 0 : -1;
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
        rc = -1;
    cairo_surface_destroy(s);
    cairo_surface_destroy(img);
    return rc;
}

/* ---- the fixture set ---- */

static int make_fixtures(const char *dir)
{
    raster fine[2] = {{0}}, standard[2] = {{0}}, one = {0}, two[2] = {{0}};
    cairo_surface_t *png = NULL;
    int rc = -1;
    const char *step = "rendering";

    if (render_fine(&fine[0], draw_lines, &PAGE1, 0) || render_fine(&fine[1], draw_lines, &PAGE2, 0) ||
        render_standard(&standard[0], draw_lines, &PAGE1) ||
        render_standard(&standard[1], draw_lines, &PAGE2))
        goto done;

    static const tiff_kind g4 = {COMPRESSION_CCITTFAX4, 0, 0, 0, NULL};
    static const tiff_kind g3_1d = {COMPRESSION_CCITTFAX3, 0, 0, 0, NULL};
    static const tiff_kind g3_2d = {COMPRESSION_CCITTFAX3, GROUP3OPT_2DENCODING, 0, 0, NULL};
    static const tiff_kind g3_2d_lsb = {COMPRESSION_CCITTFAX3, GROUP3OPT_2DENCODING,
                                        FILLORDER_LSB2MSB, 0, NULL};
    static const tiff_kind lzw_gray = {COMPRESSION_LZW, 0, 0, 1, NULL};
    static const tiff_kind packbits = {COMPRESSION_PACKBITS, 0, 0, 0, NULL};

    step = "fax TIFFs";
    if (write_tiff_in(dir, "g4_fine.tif", fine, 2, &g4) ||
        write_tiff_in(dir, "g4_standard.tif", standard, 2, &g4) ||
        write_tiff_in(dir, "g3_1d_fine.tif", fine, 1, &g3_1d) ||
        write_tiff_in(dir, "g3_2d_standard.tif", standard, 1, &g3_2d) ||
        write_tiff_in(dir, "g3_2d_lsb.tif", fine, 1, &g3_2d_lsb))
        goto done;

    step = "lzw_gray.tif";
    if (render(&one, draw_lines, &PAGE1, 1700, 2200, 200, 200, 0) ||
        write_tiff_in(dir, "lzw_gray.tif", &one, 1, &lzw_gray))
        goto done;

    /* Drawn at 200 dpi, the resolution the reader assumes by default, and
     * written without any resolution tag. */
    step = "nodpi.tif";
    one.xdpi = one.ydpi = 0;
    if (write_tiff_in(dir, "nodpi.tif", &one, 1, &packbits))
        goto done;
    raster_free(&one);

    step = "upside_down.tif";
    if (render_fine(&one, draw_lines, &UPSIDE_DOWN, 1) ||
        write_tiff_in(dir, "upside_down.tif", &one, 1, &g4))
        goto done;
    raster_free(&one);

    step = "upside_down_stamped.tif";
    if (render_fine_fed_upside_down(&one, draw_lab_table, LAB_ROWS, RECEIVED_STAMPS) ||
        write_tiff_in(dir, "upside_down_stamped.tif", &one, 1, &g4))
        goto done;
    raster_free(&one);

    step = "blank.tif";
    if (render_fine(&one, draw_nothing, NULL, 0))
        goto done;
    speckle(&one, 40);
    if (write_tiff_in(dir, "blank.tif", &one, 1, &g4))
        goto done;

    step = "with_blank.tif";
    if (render_fine(&two[0], draw_lines, &PAGE1_FAXED, 0) ||
        render_fine(&two[1], draw_blank_faxed, NULL, 0))
        goto done;
    speckle(&two[1], 25);
    if (write_tiff_in(dir, "with_blank.tif", two, 2, &g4))
        goto done;

    step = "born_digital.pdf";
    {
        draw_fn draws[2] = {draw_lines, draw_page2_columns};
        const void *args[2] = {&PAGE1, NULL};
        if (write_pdf(dir, "born_digital.pdf", draws, args, 2))
            goto done;
    }

    step = "image_only.pdf";
    if (write_image_pdf(dir, "image_only.pdf", draw_lines, &PAGE1, 200))
        goto done;

    step = "sample.png";
    png = render_surface(draw_lines, &PAGE1, 2550, 3300, 300, 300, 0);
    if (!png || write_png_dpi(dir, "sample.png", png, 300))
        goto done;

    step = "bad inputs";
    static const char not_tiff[] = "Referral notes, typed into a file that was named .tif.\n";
    /* libtiff writes each page's data before its directory: half of
     * g4_fine.tif keeps page 1 whole and cuts page 2, a third of it cuts
     * page 1 before its directory. */
    if (truncate_copy(dir, "g4_fine.tif", "truncated.tif", 1, 2) ||
        truncate_copy(dir, "g4_fine.tif", "truncated_head.tif", 1, 3) ||
        truncate_copy(dir, "born_digital.pdf", "truncated.pdf", 1, 2) ||
        write_bytes(dir, "empty.tif", "", 0) ||
        write_bytes(dir, "text.tif", not_tiff, sizeof not_tiff - 1))
        goto done;
    rc = 0;
done:
    if (rc)
        fprintf(stderr, "mkfixtures: failed writing %s into %s\n", step, dir);
    for (int i = 0; i < 2; i++) {
        raster_free(&fine[i]);
        raster_free(&standard[i]);
        raster_free(&two[i]);
    }
    raster_free(&one);
    if (png)
        cairo_surface_destroy(png);
    return rc;
}

/* ---- samples: three synthetic referrals ---- */

static const char FORM_STATION[] = "+1 612 555 0148";

/* (a) page 1: the cover sheet a practice sends ahead of the form. */
static void draw_cover(cairo_t *cr, const void *arg)
{
    (void)arg;
    fax_header(cr, "03/18/2024 10:42  FROM: Maple Grove Family Medicine  (612) 555-0148  "
                   "TO: 16125550190  P.001/002");
    text_at(cr, 54, 88, 13, 1, "Maple Grove Family Medicine");
    text_at(cr, 54, 104, 9.5, 0, "2200 Birchwood Avenue, Suite 140, Maple Grove, MN 55311");
    text_at(cr, 54, 117, 9.5, 0, "Phone (612) 555-0147    Fax (612) 555-0148");
    text_at(cr, 430, 100, 34, 1, "FAX");
    rule(cr, 54, 132, 558, 2.0);

    double y = 170;
    const char *rows[][2] = {
        {"To:", "Lakeside Endocrinology Clinic"},
        {"Attn:", "New Patient Referrals"},
        {"Fax:", "(612) 555-0190"},
        {"Phone:", "(612) 555-0191"},
        {"From:", "Alicia Moreno, MD"},
        {"Date:", "03/18/2024"},
        {"Pages:", "2 (including cover)"},
        {"Re:", "Referral - OKAFOR, JANE"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++, y += 24) {
        text_at(cr, 72, y, 12, 1, rows[i][0]);
        text_at(cr, 150, y, 12, 0, rows[i][1]);
    }
    y += 8;
    checkbox(cr, 72, y, 0, "Urgent");
    checkbox(cr, 160, y, 1, "For review");
    checkbox(cr, 270, y, 0, "Please comment");
    checkbox(cr, 400, y, 1, "Please reply");
    rule(cr, 54, y + 20, 558, 1.0);

    font(cr, 11, 0);
    wrap(cr, 72, y + 52, 468, 16,
         "Please find attached a referral for endocrinology evaluation. Kindly contact the "
         "patient to schedule and fax the appointment confirmation to the number above. "
         "Office notes and recent labs are available on request.");

    font(cr, 8, 0);
    wrap(cr, 54, 700, 504, 11,
         "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that "
         "is privileged and confidential. If you are not the intended recipient, any review, "
         "disclosure, copying or distribution is prohibited. If you received this fax in error, "
         "please notify the sender at (612) 555-0147 and destroy all copies.");
}

static void section(cairo_t *cr, double x0, double x1, double y, const char *title)
{
    text_at(cr, x0, y, 10.5, 1, title);
    rule(cr, x0, y + 4, x1, 0.8);
}

/* (a) page 2: the practice's two-column referral form, filled in. */
static void draw_form(cairo_t *cr, const void *arg)
{
    (void)arg;
    const double L = 54, R = 320, TAB_L = 92, TAB_R = 92;
    fax_header(cr, "03/18/2024 10:43  FROM: Maple Grove Family Medicine  (612) 555-0148  "
                   "TO: 16125550190  P.002/002");
    text_at(cr, 54, 60, 16, 1, "OUTPATIENT SPECIALTY REFERRAL");
    text_at(cr, 54, 76, 9.5, 0, "Maple Grove Family Medicine  -  Referral Coordination");
    rule(cr, 54, 86, 558, 1.5);

    double y = 112;
    section(cr, L, 296, y, "PATIENT INFORMATION");
    section(cr, R, 558, y, "INSURANCE");
    const char *pat[][2] = {
        {"Patient Name:", "OKAFOR, JANE A"}, {"Date of Birth:", "03/14/1961"},
        {"Sex:", "F"}, {"Phone:", "(612) 555-0123"},
        {"MRN:", "MG-0048213"}, {"Address:", "418 Linden Court"},
        {"", "Plymouth, MN 55447"},
    };
    const char *ins[][2] = {
        {"Insurance:", "Northstar Health Plan"}, {"Plan:", "PPO Select"},
        {"Member ID:", "NHP448201937"}, {"Group No:", "77120"},
        {"Subscriber:", "Self"},
    };
    for (size_t i = 0; i < sizeof pat / sizeof pat[0]; i++)
        field(cr, L, y + 22 + 17 * (double)i, TAB_L, pat[i][0], pat[i][1]);
    for (size_t i = 0; i < sizeof ins / sizeof ins[0]; i++)
        field(cr, R, y + 22 + 17 * (double)i, TAB_R, ins[i][0], ins[i][1]);

    y = 262;
    section(cr, L, 296, y, "REFERRING PROVIDER");
    section(cr, R, 558, y, "REFERRED TO");
    const char *from[][2] = {
        {"Provider:", "Alicia Moreno, MD"}, {"NPI:", "1234567893"},
        {"Practice:", "Maple Grove Family Med"}, {"Phone:", "(612) 555-0147"},
        {"Fax:", "(612) 555-0148"},
    };
    const char *to[][2] = {
        {"Specialty:", "Endocrinology"}, {"Provider:", "First available"},
        {"Facility:", "Lakeside Endocrinology"}, {"Phone:", "(612) 555-0191"},
        {"Fax:", "(612) 555-0190"},
    };
    for (size_t i = 0; i < sizeof from / sizeof from[0]; i++)
        field(cr, L, y + 22 + 17 * (double)i, TAB_L, from[i][0], from[i][1]);
    for (size_t i = 0; i < sizeof to / sizeof to[0]; i++)
        field(cr, R, y + 22 + 17 * (double)i, TAB_R, to[i][0], to[i][1]);

    y = 382;
    section(cr, L, 558, y, "DIAGNOSIS (ICD-10)");
    field(cr, L, y + 22, 60, "E11.9", "Type 2 diabetes mellitus without complications");
    field(cr, L, y + 39, 60, "E78.5", "Hyperlipidemia, unspecified");

    y = 450;
    section(cr, L, 558, y, "REASON FOR REFERRAL");
    font(cr, 10, 0);
    y = wrap(cr, L, y + 22, 500, 14,
             "Type 2 diabetes with A1c 9.4% despite metformin 1000 mg twice daily and glipizide "
             "5 mg daily. Please evaluate for insulin initiation and refer for diabetes "
             "self-management education. Most recent eGFR 78, LDL 142 on atorvastatin 20 mg.");

    y = 540;
    section(cr, L, 558, y, "URGENCY");
    checkbox(cr, L, y + 24, 1, "Routine");
    checkbox(cr, L + 110, y + 24, 0, "Urgent (within 72 hours)");
    checkbox(cr, L + 300, y + 24, 0, "Emergent");

    y = 620;
    text_at(cr, L, y, 10, 0, "Referring provider signature:");
    rule(cr, L + 150, y + 2, L + 330, 0.8);
    signature(cr, L + 160, y - 3, "A. Moreno");
    text_at(cr, L + 350, y, 10, 0, "Date: 03/18/2024");
    text_at(cr, L, y + 40, 8, 0,
            "Please fax the scheduled appointment date to (612) 555-0148. Thank you.");
}

/* (b) a letter from an internal medicine practice, sent in standard mode. */
static void draw_letter(cairo_t *cr, const void *arg)
{
    (void)arg;
    fax_header(cr, "03/19/2024 14:07  FROM: Cedar Hills Internal Medicine  (952) 555-0162  "
                   "P.001/001");
    text_at(cr, 72, 76, 16, 1, "Cedar Hills Internal Medicine");
    text_at(cr, 72, 92, 10, 0, "7715 Cedar Ridge Road, Eden Prairie, MN 55344");
    text_at(cr, 72, 106, 10, 0, "Tel (952) 555-0161    Fax (952) 555-0162");
    rule(cr, 72, 116, 540, 1.2);

    double y = 150;
    font(cr, 11, 0);
    const char *head[] = {
        "March 19, 2024",
        "",
        "Priya Raman, MD",
        "Twin Lakes Digestive Health",
        "Fax: (952) 555-0175",
        "",
    };
    for (size_t i = 0; i < sizeof head / sizeof head[0]; i++, y += 15) {
        cairo_move_to(cr, 72, y);
        cairo_show_text(cr, head[i]);
    }
    text_at(cr, 72, y, 11, 1, "RE: Maria Delgado-Reyes   DOB: 07/22/1958   MRN: CH-221907");
    y += 30;
    font(cr, 11, 0);
    cairo_move_to(cr, 72, y);
    cairo_show_text(cr, "Dear Dr. Raman,");
    y += 24;
    y = wrap(cr, 72, y, 468, 15,
             "I am referring Ms. Maria Delgado-Reyes (DOB 07/22/1958) for evaluation of iron "
             "deficiency anemia and intermittent dark stools over the past two months. Her "
             "hemoglobin fell from 12.8 to 10.1 g/dL and her ferritin is 9 ng/mL. She has taken "
             "naproxen 500 mg twice daily for knee osteoarthritis, which we have stopped.");
    y += 9;
    y = wrap(cr, 72, y, 468, 15,
             "Diagnoses: D50.9 Iron deficiency anemia, unspecified; K92.1 Melena.");
    y += 9;
    y = wrap(cr, 72, y, 468, 15,
             "She is insured by Northstar Health Plan, member ID NHP300715542. Please call her at "
             "(952) 555-0138 to schedule an upper endoscopy and colonoscopy at your earliest "
             "convenience. Recent labs and her medication list are available on request.");
    y += 9;
    y = wrap(cr, 72, y, 468, 15, "Thank you for seeing her.");
    y += 20;
    cairo_move_to(cr, 72, y);
    cairo_show_text(cr, "Sincerely,");
    signature(cr, 72, y + 34, "Daniel Hargrove");
    y += 56;
    font(cr, 11, 0);
    const char *sig[] = {"Daniel Hargrove, MD", "Internal Medicine", "NPI 1748392051"};
    for (size_t i = 0; i < sizeof sig / sizeof sig[0]; i++, y += 15) {
        cairo_move_to(cr, 72, y);
        cairo_show_text(cr, sig[i]);
    }
}

/* (c) an order printed to PDF by a hospital's electronic record. */
static void draw_order(cairo_t *cr, const void *arg)
{
    (void)arg;
    const double L = 54, TAB = 120;
    text_at(cr, L, 60, 15, 1, "Northfield Regional Health");
    text_at(cr, L, 76, 10, 0, "1400 Division Street, Northfield, MN 55057");
    text_at(cr, 380, 60, 14, 1, "Referral Order");
    text_at(cr, 380, 76, 10, 0, "Order #: RO-2024-031877");
    rule(cr, L, 88, 558, 1.2);

    double y = 114;
    const char *order[][2] = {
        {"Order date:", "03/20/2024"},
        {"Priority:", "Urgent"},
        {"Order:", "Ambulatory referral to Orthopedic Surgery"},
    };
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++, y += 16)
        field(cr, L, y, TAB, order[i][0], order[i][1]);

    y += 14;
    section(cr, L, 558, y, "Patient");
    y += 22;
    const char *pat[][2] = {
        {"Name:", "KIM, ROBERT J"},
        {"Date of birth:", "11/02/1949"},
        {"Sex:", "Male"},
        {"MRN:", "NRH-5520914"},
        {"Phone:", "(507) 555-0119"},
        {"Coverage:", "Medicare Part B"},
        {"MBI:", "1EG4-TE5-MK72"},
    };
    for (size_t i = 0; i < sizeof pat / sizeof pat[0]; i++, y += 16)
        field(cr, L, y, TAB, pat[i][0], pat[i][1]);

    y += 14;
    section(cr, L, 558, y, "Ordering provider");
    y += 22;
    const char *prov[][2] = {
        {"Name:", "Sarah Lindqvist, DO"},
        {"NPI:", "1582039479"},
        {"Department:", "Northfield Family Practice"},
        {"Phone:", "(507) 555-0102"},
        {"Fax:", "(507) 555-0103"},
    };
    for (size_t i = 0; i < sizeof prov / sizeof prov[0]; i++, y += 16)
        field(cr, L, y, TAB, prov[i][0], prov[i][1]);

    y += 14;
    section(cr, L, 558, y, "Refer to");
    y += 22;
    const char *to[][2] = {
        {"Specialty:", "Orthopedic Surgery"},
        {"Provider:", "Marcus Webb, MD"},
        {"Location:", "Cannon Valley Orthopedics"},
        {"Fax:", "(507) 555-0188"},
    };
    for (size_t i = 0; i < sizeof to / sizeof to[0]; i++, y += 16)
        field(cr, L, y, TAB, to[i][0], to[i][1]);

    y += 14;
    section(cr, L, 558, y, "Diagnoses");
    y += 22;
    field(cr, L, y, 60, "M17.11", "Unilateral primary osteoarthritis, right knee");
    y += 16;
    field(cr, L, y, 60, "M25.561", "Pain in right knee");
    y += 30;
    section(cr, L, 558, y, "Reason for referral");
    y += 22;
    font(cr, 10, 0);
    y = wrap(cr, L, y, 500, 14,
             "Progressive right knee pain limiting walking to one block despite six weeks of "
             "physical therapy and two corticosteroid injections. Standing radiographs show severe "
             "medial joint space narrowing. Please evaluate for total knee arthroplasty.");
    y += 24;
    text_at(cr, L, y, 9, 0, "Electronically signed by Sarah Lindqvist, DO on 03/20/2024 09:15");
}

static int make_samples(const char *dir)
{
    raster form[2] = {{0}}, letter = {0};
    int rc = -1;
    const char *step = "referral-form.tif";
    static const tiff_kind form_kind = {COMPRESSION_CCITTFAX4, 0, 0, 0, FORM_STATION};
    static const tiff_kind letter_kind = {COMPRESSION_CCITTFAX3, GROUP3OPT_2DENCODING, 0, 0,
                                          "+1 952 555 0162"};
    if (render_fine(&form[0], draw_cover, NULL, 0) || render_fine(&form[1], draw_form, NULL, 0) ||
        write_tiff_in(dir, "referral-form.tif", form, 2, &form_kind))
        goto done;
    step = "referral-letter.tif";
    if (render_standard(&letter, draw_letter, NULL) ||
        write_tiff_in(dir, "referral-letter.tif", &letter, 1, &letter_kind))
        goto done;
    step = "referral-order.pdf";
    {
        draw_fn draws[1] = {draw_order};
        const void *args[1] = {NULL};
        if (write_pdf(dir, "referral-order.pdf", draws, args, 1))
            goto done;
    }
    rc = 0;
done:
    if (rc)
        fprintf(stderr, "mkfixtures: failed writing %s into %s\n", step, dir);
    raster_free(&form[0]);
    raster_free(&form[1]);
    raster_free(&letter);
    return rc;
}

int main(int argc, char **argv)
{
    int samples = argc == 3 && strcmp(argv[1], "--samples") == 0;
    if (argc != 2 + samples || argv[1 + samples][0] == '-') {
        fprintf(stderr, "usage: mkfixtures [--samples] OUTDIR\n");
        return 2;
    }
    const char *dir = argv[1 + samples];
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "mkfixtures: cannot create %s: %s\n", dir, strerror(errno));
        return 1;
    }
    int rc = samples ? make_samples(dir) : make_fixtures(dir);
    cairo_debug_reset_static_data();
    return rc ? 1 : 0;
}
