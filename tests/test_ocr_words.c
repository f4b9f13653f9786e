/*
 * test_ocr_words.c: words come back where they were drawn.
 *
 * The suite draws words one by one at known places with cairo, so the ink
 * box of each is known from its text extents, writes the page as a PNG into
 * the fixtures folder, reads it once and checks each word's text, box and
 * line, though a fax streak runs through some of them.  Then the words go
 * through their JSON form and must come back the same.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cairo.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ocr/ocr.h"

/* 200 dpi: the reader's default for an image without a resolution, which
 * is what cairo writes. */
enum { DPI = 200, PAGE_W = 1700, PAGE_H = 900, FONT_PX = 36, STREAK_X = 400 };

/* Tesseract boxes the ink; ours comes from cairo's outline, which
 * antialiasing and thresholding move by a pixel or two. */
enum { BOX_SLACK = 4 };

typedef struct drawn {
    const char *text;
    int line;                  /* the drawn line, from 0 */
    int x0, y0, x1, y1;        /* ink box, filled in when drawn */
} drawn;

static drawn WORDS[] = {
    {"Patient", 0, 0, 0, 0, 0},   {"OKAFOR", 0, 0, 0, 0, 0},   {"Birth", 0, 0, 0, 0, 0},
    {"1961", 0, 0, 0, 0, 0},      {"Referral", 1, 0, 0, 0, 0}, {"Cardiology", 1, 0, 0, 0, 0},
    {"urgent", 1, 0, 0, 0, 0},    {"Diagnosis", 2, 0, 0, 0, 0}, {"hypertension", 2, 0, 0, 0, 0},
    {"metformin", 2, 0, 0, 0, 0}, {"Phone", 3, 0, 0, 0, 0},    {"555-0123", 3, 0, 0, 0, 0},
};
enum { NWORDS = sizeof WORDS / sizeof WORDS[0] };

typedef struct suite {
    fi_ocr *ocr;
    fi_doc *doc;
} suite;

/* Fontconfig, under cairo's toy font API, keeps a pattern cache it never
 * frees; tell LeakSanitizer (FI_SANITIZE builds) so rather than fail. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}

/* Draws WORDS, recording each ink box, and writes the page to path. */
static int draw_page(const char *path)
{
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, PAGE_W, PAGE_H);
    cairo_t *cr = cairo_create(s);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, FONT_PX);
    cairo_text_extents_t space;
    cairo_text_extents(cr, " ", &space);
    double x = 0;
    int line = -1;
    for (size_t i = 0; i < NWORDS; i++) {
        drawn *d = &WORDS[i];
        if (d->line != line) {
            line = d->line;
            x = 150;
        }
        /* Lines 150 px apart, words two spaces apart: nothing for the
         * layout analysis to guess about. */
        double y = 200 + 150.0 * line;
        cairo_text_extents_t e;
        cairo_text_extents(cr, d->text, &e);
        cairo_move_to(cr, x, y);
        cairo_show_text(cr, d->text);
        d->x0 = (int)floor(x + e.x_bearing);
        d->y0 = (int)floor(y + e.y_bearing);
        d->x1 = (int)ceil(x + e.x_bearing + e.width);
        d->y1 = (int)ceil(y + e.y_bearing + e.height);
        x += e.x_advance + 2 * space.x_advance;
    }
    /* A streak, as a dirty fax scanner draws: one pixel wide, top to
     * bottom, through a word on every line.  Left in, Tesseract splits
     * those words at it ("OKA" "FOR"). */
    cairo_rectangle(cr, STREAK_X, 0, 1, PAGE_H);
    cairo_fill(cr);
    int rc = cairo_status(cr) == CAIRO_STATUS_SUCCESS ? 0 : -1;
    cairo_destroy(cr);
    if (rc == 0 && cairo_surface_write_to_png(s, path) != CAIRO_STATUS_SUCCESS)
        rc = -1;
    cairo_surface_destroy(s);
    return rc;
}

static const fi_word *find(const fi_page *page, const char *text)
{
    for (size_t i = 0; i < page->nwords; i++)
        if (strcasecmp(page->words[i].text, text) == 0)
            return &page->words[i];
    return NULL;
}

static void dump_words(const fi_page *page)
{
    for (size_t i = 0; i < page->nwords; i++) {
        const fi_word *w = &page->words[i];
        print_error("  %-14s %.2f (%d,%d)-(%d,%d) block %d line %d\n", w->text, (double)w->conf,
                    w->x0, w->y0, w->x1, w->y1, w->block, w->line);
    }
}

static void test_every_word_read(void **state)
{
    suite *s = *state;
    assert_int_equal(s->doc->npages, 1);
    const fi_page *page = &s->doc->pages[0];
    assert_int_equal(page->how, FI_PAGE_OCR);
    assert_int_equal(page->width, PAGE_W);
    assert_int_equal(page->height, PAGE_H);
    assert_int_equal(page->dpi, DPI);
    /* Clean text at 13 pt reads exactly: no slips allowed. */
    for (size_t i = 0; i < NWORDS; i++) {
        if (!find(page, WORDS[i].text)) {
            print_error("\"%s\" not read; the page holds:\n", WORDS[i].text);
            dump_words(page);
        }
        assert_non_null(find(page, WORDS[i].text));
    }
    assert_int_equal(page->nwords, NWORDS);
    for (size_t i = 0; i < page->nwords; i++) {
        if (!(page->words[i].conf > 0.8f && page->words[i].conf <= 1.0f))
            dump_words(page);
        assert_true(page->words[i].conf > 0.8f && page->words[i].conf <= 1.0f);
    }
}

static void test_boxes_where_drawn(void **state)
{
    suite *s = *state;
    const fi_page *page = &s->doc->pages[0];
    for (size_t i = 0; i < NWORDS; i++) {
        const drawn *d = &WORDS[i];
        const fi_word *w = find(page, d->text);
        assert_non_null(w);
        if (abs(w->x0 - d->x0) > BOX_SLACK || abs(w->y0 - d->y0) > BOX_SLACK ||
            abs(w->x1 - d->x1) > BOX_SLACK || abs(w->y1 - d->y1) > BOX_SLACK)
            print_error("\"%s\": read at (%d,%d)-(%d,%d), drawn at (%d,%d)-(%d,%d)\n", d->text,
                        w->x0, w->y0, w->x1, w->y1, d->x0, d->y0, d->x1, d->y1);
        assert_in_range(w->x0, d->x0 - BOX_SLACK, d->x0 + BOX_SLACK);
        assert_in_range(w->y0, d->y0 - BOX_SLACK, d->y0 + BOX_SLACK);
        assert_in_range(w->x1, d->x1 - BOX_SLACK, d->x1 + BOX_SLACK);
        assert_in_range(w->y1, d->y1 - BOX_SLACK, d->y1 + BOX_SLACK);
    }
}

/* Words drawn on one line share a line number, lines count down the page,
 * and words come in reading order. */
static void test_lines_and_order(void **state)
{
    suite *s = *state;
    const fi_page *page = &s->doc->pages[0];
    for (size_t i = 0; i < NWORDS; i++) {
        const fi_word *w = find(page, WORDS[i].text);
        assert_non_null(w);
        if (i == 0)
            continue;
        const fi_word *prev = find(page, WORDS[i - 1].text);
        assert_true(prev < w);
        if (WORDS[i].line == WORDS[i - 1].line)
            assert_int_equal(w->line, prev->line);
        else
            assert_true(w->line > prev->line);
    }
}

static void expect_same_doc(const fi_doc *a, const fi_doc *b)
{
    assert_int_equal(a->npages, b->npages);
    for (size_t i = 0; i < a->npages; i++) {
        const fi_page *p = &a->pages[i], *q = &b->pages[i];
        assert_int_equal(p->width, q->width);
        assert_int_equal(p->height, q->height);
        assert_int_equal(p->dpi, q->dpi);
        assert_int_equal(p->how, q->how);
        assert_int_equal(p->rotation, q->rotation);
        assert_true(fabsf(p->mean_conf - q->mean_conf) < 0.001f);
        if (p->note || q->note) {
            assert_non_null(p->note);
            assert_non_null(q->note);
            assert_string_equal(p->note, q->note);
        }
        assert_int_equal(p->nwords, q->nwords);
        for (size_t k = 0; k < p->nwords; k++) {
            const fi_word *v = &p->words[k], *w = &q->words[k];
            assert_string_equal(v->text, w->text);
            /* Confidences are stored to 3 decimals. */
            assert_true(fabsf(v->conf - w->conf) <= 0.0005f + 1e-6f);
            assert_int_equal(v->x0, w->x0);
            assert_int_equal(v->y0, w->y0);
            assert_int_equal(v->x1, w->x1);
            assert_int_equal(v->y1, w->y1);
            assert_int_equal(v->block, w->block);
            assert_int_equal(v->line, w->line);
        }
    }
}

static void test_json_round_trip(void **state)
{
    suite *s = *state;
    fi_doc *back = NULL;
    char *json = fi_doc_pages_to_json(s->doc);
    assert_non_null(json);
    assert_int_equal(fi_doc_from_pages_json(&back, "words_known.png", json), 0);
    assert_non_null(back);
    assert_string_equal(back->source, "words_known.png");
    expect_same_doc(s->doc, back);
    /* Written again, the JSON is the same text: nothing drifts on a cache
     * or store round trip. */
    char *again = fi_doc_pages_to_json(back);
    assert_non_null(again);
    assert_string_equal(json, again);
    free(again);
    free(json);
    fi_doc_free(back);
}

static void test_json_rejects_garbage(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "", "{}", "[1]", "[{\"width\":10}]",
        "[{\"width\":10,\"height\":10,\"dpi\":200,\"words\":[[\"a\",1,0,0]]}]",
        "[{\"width\":10,\"height\":10,\"dpi\":200,\"words\":[[\"a\",1,0,0,1,\"x\",0,0]]}]",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        fi_doc *doc = (fi_doc *)1;
        assert_int_equal(fi_doc_from_pages_json(&doc, "x", bad[i]), -1);
        assert_null(doc);
    }
}

/* A text layer's line that joins a table's two rows, words taken turn
 * about, is parted into the two rows, each in its own order; a line of
 * one row is left as it is. */
static void test_split_joined_rows(void **state)
{
    (void)state;
    fi_doc *doc = fi_doc_new("joined.pdf");
    assert_non_null(doc);
    fi_page *p = fi_doc_add_page(doc, 2550, 3300, 300);
    assert_non_null(p);
    static const struct {
        const char *text;
        int x, y;
    } in[] = {
        {"Referral", 200, 1200}, {"Sheet", 420, 1202},      /* line 0: one row */
        {"ICD-10", 212, 1392},   {"Reason", 212, 1492},     /* line 1: two */
        {"I25.10,", 612, 1393},  {"New", 612, 1493},
        {"R07.9,", 734, 1393},   {"onset", 697, 1493},
    };
    for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
        int line = i < 2 ? 0 : 1;
        assert_int_equal(fi_page_add_word(p, in[i].text, 1.0f, in[i].x, in[i].y, in[i].x + 100,
                                          in[i].y + 38, line, line), 0);
    }
    assert_int_equal(fi_page_split_rows(p), 0);
    static const struct {
        const char *text;
        int line;
    } want[] = {
        {"Referral", 0}, {"Sheet", 0}, {"ICD-10", 1}, {"I25.10,", 1},
        {"R07.9,", 1},   {"Reason", 2}, {"New", 2},    {"onset", 2},
    };
    assert_int_equal(p->nwords, sizeof want / sizeof *want);
    for (size_t i = 0; i < p->nwords; i++) {
        assert_string_equal(p->words[i].text, want[i].text);
        assert_int_equal(p->words[i].line, want[i].line);
    }
    fi_doc_free(doc);
}

static int setup(void **state)
{
    char path[4096];
    char *err = NULL;
    const char *dir = getenv("FI_FIXTURES");
    int n = snprintf(path, sizeof path, "%s/words_known.png", dir ? dir : "fixtures");
    if (n < 0 || (size_t)n >= sizeof path || draw_page(path)) {
        print_error("cannot write %s\n", path);
        return -1;
    }
    suite *s = calloc(1, sizeof *s);
    if (!s)
        return -1;
    fi_ocr_options opt;
    fi_ocr_options_init(&opt);
    opt.default_dpi = DPI;
    int rc = fi_ocr_open(&s->ocr, &opt, &err);
    if (rc == FI_OCR_OK)
        rc = fi_ocr_read_file(s->ocr, path, &s->doc, &err);
    if (rc != FI_OCR_OK) {
        print_error("%s: %s: %s\n", path, fi_ocr_status_name(rc), err ? err : "(no message)");
        free(err);
        fi_ocr_close(s->ocr);
        free(s);
        return -1;
    }
    *state = s;
    return 0;
}

static int teardown(void **state)
{
    suite *s = *state;
    fi_doc_free(s->doc);
    fi_ocr_close(s->ocr);
    free(s);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_word_read),
        cmocka_unit_test(test_boxes_where_drawn),
        cmocka_unit_test(test_lines_and_order),
        cmocka_unit_test(test_json_round_trip),
        cmocka_unit_test(test_json_rejects_garbage),
        cmocka_unit_test(test_split_joined_rows),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
