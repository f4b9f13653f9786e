/*
 * test_ocr_checkbox.c: the checkbox finder on boxes as faxes deliver them.
 *
 * Each case draws one strip at 300 dpi with cairo (boxes 9 pt on a side,
 * as forms print them) and asks ocr/prep.c's finder what it sees: empty
 * and marked boxes, a box whose top a standard-mode fax dropped, a pen X
 * or tick that runs over the frame and out of it, a marker X inside the
 * frame, and lines of bold and serif type that must give no box at all.
 * (A marker X that also runs out of the frame is not found: its blot
 * cannot be told from bold letters, and the extractor falls back on what
 * Tesseract read there.)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cairo.h>
#include <stdlib.h>

#include "ocr/prep.h"

enum { DPI = 300, STRIP_W = 2400, STRIP_H = 300 };
static const double PT = DPI / 72.0;

/* Fontconfig, under cairo's toy font API, keeps a pattern cache it never
 * frees; tell LeakSanitizer (FI_SANITIZE builds) so rather than fail. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}

typedef enum mark { EMPTY, X_MARK, TICK, HEAVY_X } mark;

typedef struct strip {
    cairo_surface_t *surface;
    cairo_t *cr;
} strip;

static void strip_open(strip *s)
{
    s->surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, STRIP_W, STRIP_H);
    s->cr = cairo_create(s->surface);
    cairo_set_source_rgb(s->cr, 1, 1, 1);
    cairo_paint(s->cr);
    cairo_set_source_rgb(s->cr, 0, 0, 0);
    cairo_scale(s->cr, PT, PT);
}

static void strip_close(strip *s)
{
    cairo_destroy(s->cr);
    cairo_surface_destroy(s->surface);
}

/* A 9 pt box with its top-left corner at x, y (points), marked as asked,
 * and a label after it.  drop_top erases the top edge, as a standard-mode
 * fax loses the row that held it. */
static void box(strip *s, double x, double y, mark m, int drop_top, const char *label)
{
    cairo_t *cr = s->cr;
    cairo_set_line_width(cr, 0.9);
    cairo_rectangle(cr, x, y, 9, 9);
    cairo_stroke(cr);
    if (drop_top) {
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_rectangle(cr, x - 1, y - 1, 11, 2);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
    }
    switch (m) {
    case X_MARK:
        /* a pen X, past the corners */
        cairo_set_line_width(cr, 1.4);
        cairo_move_to(cr, x + 0.5, y - 2.5);
        cairo_line_to(cr, x + 8.5, y + 8);
        cairo_move_to(cr, x + 9.5, y - 2.5);
        cairo_line_to(cr, x + 1, y + 8);
        cairo_stroke(cr);
        break;
    case HEAVY_X:
        /* a marker X that fills most of the box, inside its frame */
        cairo_set_line_width(cr, 2.6);
        cairo_move_to(cr, x + 1, y + 1);
        cairo_line_to(cr, x + 8, y + 8);
        cairo_move_to(cr, x + 8, y + 1);
        cairo_line_to(cr, x + 1, y + 8);
        cairo_stroke(cr);
        break;
    case TICK:
        cairo_set_line_width(cr, 1.6);
        cairo_move_to(cr, x + 1.5, y + 4.5);
        cairo_line_to(cr, x + 4, y + 8);
        cairo_line_to(cr, x + 12, y - 4);
        cairo_stroke(cr);
        break;
    case EMPTY:
        break;
    }
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 10);
    cairo_move_to(cr, x + 14, y + 8.5);
    cairo_show_text(cr, label);
}

static void text(strip *s, double x, double y, double size, int bold, int serif, const char *t)
{
    cairo_select_font_face(s->cr, serif ? "DejaVu Serif" : "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(s->cr, size);
    cairo_move_to(s->cr, x, y);
    cairo_show_text(s->cr, t);
}

/* The strip as an 8-bit grey leptonica image. */
static PIX *strip_pix(strip *s)
{
    cairo_surface_flush(s->surface);
    PIX *pix = pixCreate(STRIP_W, STRIP_H, 8);
    assert_non_null(pix);
    pixSetResolution(pix, DPI, DPI);
    const unsigned char *data = cairo_image_surface_get_data(s->surface);
    int stride = cairo_image_surface_get_stride(s->surface);
    for (int y = 0; y < STRIP_H; y++) {
        const uint32_t *row = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
        for (int x = 0; x < STRIP_W; x++)
            pixSetPixel(pix, x, y, (row[x] >> 8) & 0xff); /* green */
    }
    return pix;
}

/* Finds the boxes and returns how many; *marked gets how many are marked
 * and *first_x the left edge of the leftmost marked one. */
static int find(strip *s, int *marked, int *first_x)
{
    PIX *pix = strip_pix(s);
    int *marks = NULL;
    BOXA *boxes = fi_prep_find_checkboxes(pix, DPI, &marks);
    int n = boxes ? boxaGetCount(boxes) : 0;
    *marked = 0;
    *first_x = -1;
    for (int i = 0; i < n; i++) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        if (marks[i]) {
            (*marked)++;
            if (*first_x < 0 || x < *first_x)
                *first_x = x;
        }
    }
    boxaDestroy(&boxes);
    free(marks);
    pixDestroy(&pix);
    return n;
}

static void test_empty_and_marked(void **state)
{
    (void)state;
    strip s;
    strip_open(&s);
    box(&s, 20, 20, EMPTY, 0, "Routine");
    box(&s, 120, 20, X_MARK, 0, "Urgent");
    box(&s, 220, 20, EMPTY, 0, "STAT");
    int marked, x;
    assert_int_equal(find(&s, &marked, &x), 3);
    assert_int_equal(marked, 1);
    assert_in_range(x, (int)(118 * PT), (int)(122 * PT));
    strip_close(&s);
}

static void test_top_edge_dropped(void **state)
{
    (void)state;
    strip s;
    strip_open(&s);
    box(&s, 20, 20, EMPTY, 1, "Allergy");
    box(&s, 200, 20, X_MARK, 1, "Cardiology");
    int marked, x;
    assert_int_equal(find(&s, &marked, &x), 2);
    assert_int_equal(marked, 1);
    assert_in_range(x, (int)(198 * PT), (int)(202 * PT));
    strip_close(&s);
}

static void test_pen_marks_leave_the_box(void **state)
{
    (void)state;
    strip s;
    strip_open(&s);
    box(&s, 20, 20, TICK, 0, "Urology");
    box(&s, 200, 20, EMPTY, 0, "Neurology");
    box(&s, 380, 20, HEAVY_X, 0, "ENT");
    int marked, x;
    assert_int_equal(find(&s, &marked, &x), 3);
    assert_int_equal(marked, 2);
    assert_in_range(x, (int)(18 * PT), (int)(22 * PT));
    strip_close(&s);
}

static void test_type_is_no_box(void **state)
{
    (void)state;
    strip s;
    strip_open(&s);
    text(&s, 20, 20, 14, 1, 1, "RE: Referral - Shirin Sorensen mm in at HIM");
    text(&s, 20, 40, 12, 0, 1, "CONFIDENTIALITY NOTICE: This facsimile. Thank you,");
    text(&s, 20, 60, 14, 1, 0, "Communication reached at TOO MUCH HUNT UNIT");
    int marked, x;
    assert_int_equal(find(&s, &marked, &x), 0);
    strip_close(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_and_marked),
        cmocka_unit_test(test_top_edge_dropped),
        cmocka_unit_test(test_pen_marks_leave_the_box),
        cmocka_unit_test(test_type_is_no_box),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
