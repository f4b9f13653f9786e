/*
 * test_ocr_load.c: every kind of input the reader meets, from the fixtures
 * mkfixtures draws: fax TIFFs in each compression, fill order and
 * resolution, grey TIFF, PNG, PDFs with and without a text layer, blank and
 * upside-down pages, broken files, and the limits.
 *
 * One reader serves the whole suite (group setup): starting Tesseract costs
 * a third of a second, and reusing a reader across documents is also what
 * production does.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ocr/ocr.h"

typedef struct suite {
    fi_ocr *ocr;         /* default options */
    fi_ocr *limited;     /* max_pages 1, max_page_pixels 1,000,000 */
} suite;

/* The letter page of a fine-mode fax: 11 in at 196 lpi. */
enum { FINE_ROWS = 2156, STANDARD_ROWS = FINE_ROWS / 2, STANDARD_WIDTH = 1728 * 300 / 204 };

static const char *fixture(const char *name)
{
    static char path[4096];
    const char *dir = getenv("FI_FIXTURES");
    int n = snprintf(path, sizeof path, "%s/%s", dir ? dir : "fixtures", name);
    assert_true(n > 0 && (size_t)n < sizeof path);
    return path;
}

static const char *resource(const char *name)
{
    static char path[4096];
    const char *dir = getenv("FI_SOURCE_DIR");
    int n = snprintf(path, sizeof path, "%s/tests/resources/%s", dir ? dir : "..", name);
    assert_true(n > 0 && (size_t)n < sizeof path);
    return path;
}

static fi_doc *read_ok(fi_ocr *ocr, const char *path)
{
    fi_doc *doc = NULL;
    char *err = NULL;
    int rc = fi_ocr_read_file(ocr, path, &doc, &err);
    if (rc != FI_OCR_OK)
        print_error("%s: %s: %s\n", path, fi_ocr_status_name(rc), err ? err : "(no message)");
    free(err);
    assert_int_equal(rc, FI_OCR_OK);
    assert_non_null(doc);
    return doc;
}

/* Reading must fail with status and say why. */
static void read_fails(fi_ocr *ocr, const char *path, int status, const char *mentions)
{
    fi_doc *doc = (fi_doc *)1;
    char *err = NULL;
    int rc = fi_ocr_read_file(ocr, path, &doc, &err);
    if (rc != status) {
        print_error("%s: expected %s, got %s: %s\n", path, fi_ocr_status_name(status),
                    fi_ocr_status_name(rc), err ? err : "(no message)");
        if (rc == FI_OCR_OK)
            fi_doc_free(doc);
        free(err);
        fail();
    }
    assert_null(doc);
    assert_non_null(err);
    assert_true(strlen(err) > 10);
    if (mentions && !strstr(err, mentions))
        print_error("%s: message \"%s\" lacks \"%s\"\n", path, err, mentions);
    if (mentions)
        assert_non_null(strstr(err, mentions));
    free(err);
}

/* The span of s without the punctuation OCR attaches or drops at either
 * end ("OKAFOR," for OKAFOR, "(612)" for 612). */
static const char *trim_punct(const char *s, size_t *len)
{
    size_t n = strlen(s);
    while (n && ispunct((unsigned char)s[n - 1]))
        n--;
    while (n && ispunct((unsigned char)*s))
        s++, n--;
    *len = n;
    return s;
}

/* 1 when the page has the word, compared without case and end punctuation. */
static int has_word(const fi_page *page, const char *want)
{
    size_t wl = 0, n = 0;
    want = trim_punct(want, &wl);
    for (size_t i = 0; i < page->nwords; i++) {
        const char *t = trim_punct(page->words[i].text, &n);
        if (n == wl && strncasecmp(t, want, n) == 0)
            return 1;
    }
    return 0;
}

static void expect_words(const fi_page *page, const char *const *words)
{
    for (const char *const *w = words; *w; w++) {
        if (!has_word(page, *w)) {
            print_error("word \"%s\" not found among %zu:", *w, page->nwords);
            for (size_t i = 0; i < page->nwords; i++)
                print_error(" %s", page->words[i].text);
            print_error("\n");
        }
        assert_true(has_word(page, *w));
    }
}

static const char *const PAGE1_WORDS[] = {"OKAFOR", "JANE", "03/14/1961", "Referral",
                                          "Cardiology", "chest", "exertion", NULL};
static const char *const PAGE2_WORDS[] = {"Referring", "Whitfield", "(612)", "555-0147",
                                          "schedule", "weeks", NULL};

static void expect_ocr_page(const fi_page *page, int width, int height_min, int height_max,
                            int dpi)
{
    assert_int_equal(page->how, FI_PAGE_OCR);
    assert_int_equal(page->width, width);
    if (page->height < height_min || page->height > height_max)
        print_error("page height %d outside %d..%d\n", page->height, height_min, height_max);
    assert_in_range(page->height, height_min, height_max);
    assert_int_equal(page->dpi, dpi);
    assert_int_equal(page->rotation, 0);
    assert_true(page->mean_conf > 0.8f);
    for (size_t i = 0; i < page->nwords; i++) {
        const fi_word *w = &page->words[i];
        assert_true(w->conf >= 0.0f && w->conf <= 1.0f);
        assert_true(w->x0 >= 0 && w->x0 < w->x1 && w->x1 <= page->width);
        assert_true(w->y0 >= 0 && w->y0 < w->y1 && w->y1 <= page->height);
    }
}

/* ---- fax TIFFs ---- */

static void test_g4_fine(void **state)
{
    suite *s = *state;
    fi_doc *doc = read_ok(s->ocr, fixture("g4_fine.tif"));
    assert_string_equal(doc->source, "g4_fine.tif");
    assert_int_equal(doc->npages, 2);
    /* 204x196 is square enough to be read as stored. */
    for (int i = 0; i < 2; i++) {
        expect_ocr_page(&doc->pages[i], 1728, FINE_ROWS, FINE_ROWS, 204);
        assert_null(doc->pages[i].note);
    }
    expect_words(&doc->pages[0], PAGE1_WORDS);
    expect_words(&doc->pages[1], PAGE2_WORDS);
    assert_false(has_word(&doc->pages[0], "Whitfield"));
    fi_doc_free(doc);
}

static void test_g4_standard_is_stretched(void **state)
{
    suite *s = *state;
    fi_doc *doc = read_ok(s->ocr, fixture("g4_standard.tif"));
    assert_int_equal(doc->npages, 2);
    /* 204x98 dpi resampled to square 300 dpi pixels: 1728 columns become
     * 2541 and the 1078 stored rows about 3300. */
    for (int i = 0; i < 2; i++)
        expect_ocr_page(&doc->pages[i], STANDARD_WIDTH, STANDARD_ROWS * 300 / 98 - 4,
                        STANDARD_ROWS * 300 / 98 + 4, 300);
    expect_words(&doc->pages[0], PAGE1_WORDS);
    expect_words(&doc->pages[1], PAGE2_WORDS);
    fi_doc_free(doc);
}

/* Group 3 in its flavours, one page each. */
static void read_g3(suite *s, const char *name, int width, int hmin, int hmax, int dpi)
{
    fi_doc *doc = read_ok(s->ocr, fixture(name));
    assert_int_equal(doc->npages, 1);
    expect_ocr_page(&doc->pages[0], width, hmin, hmax, dpi);
    expect_words(&doc->pages[0], PAGE1_WORDS);
    fi_doc_free(doc);
}

static void test_g3_1d_fine(void **state)
{
    read_g3(*state, "g3_1d_fine.tif", 1728, FINE_ROWS, FINE_ROWS, 204);
}

static void test_g3_2d_standard(void **state)
{
    read_g3(*state, "g3_2d_standard.tif", STANDARD_WIDTH, STANDARD_ROWS * 300 / 98 - 4,
            STANDARD_ROWS * 300 / 98 + 4, 300);
}

static void test_g3_2d_lsb_fill_order(void **state)
{
    read_g3(*state, "g3_2d_lsb.tif", 1728, FINE_ROWS, FINE_ROWS, 204);
}

static void test_lzw_gray(void **state)
{
    suite *s = *state;
    fi_doc *doc = read_ok(s->ocr, fixture("lzw_gray.tif"));
    assert_int_equal(doc->npages, 1);
    expect_ocr_page(&doc->pages[0], 1700, 2200, 2200, 200);
    assert_null(doc->pages[0].note);
    expect_words(&doc->pages[0], PAGE1_WORDS);
    fi_doc_free(doc);
}

static void test_nodpi_assumes_default(void **state)
{
    suite *s = *state;
    fi_doc *doc = read_ok(s->ocr, fixture("nodpi.tif"));
    assert_int_equal(doc->npages, 1);
    const fi_page *p = &doc->pages[0];
    expect_ocr_page(p, 1700, 2200, 2200, 200);
    assert_non_null(p->note);
    assert_non_null(strstr(p->note, "assumed"));
    expect_words(p, PAGE1_WORDS);
    fi_doc_free(doc);
}

static void test_upside_down(void **state)
{
    suite *s = *state;
    static const char *const words[] = {"Insurance", "Northstar", "NHP448201937",
                                        "hypertension", "echocardiogram", NULL};
    fi_doc *doc = read_ok(s->ocr, fixture("upside_down.tif"));
    assert_int_equal(doc->npages, 1);
    const fi_page *p = &doc->pages[0];
    assert_int_equal(p->how, FI_PAGE_OCR);
    assert_int_equal(p->rotation, 180);
    assert_int_equal(p->width, 1728);
    assert_int_equal(p->height, FINE_ROWS);
    expect_words(p, words);
    /* Turned the right way, the first line is at the top. */
    for (size_t i = 0; i < p->nwords; i++)
        if (strcmp(p->words[i].text, "Insurance:") == 0)
            assert_true(p->words[i].y0 < p->height / 2);
    fi_doc_free(doc);
}

/* The receiving machines stamp their header lines upright above a sheet
 * that went through the feeder upside down; those lines must not outvote
 * the body when the page's orientation is judged. */
static void test_upside_down_under_upright_header(void **state)
{
    suite *s = *state;
    static const char *const words[] = {"Hemoglobin", "Triglycerides", "NORTHSTAR,",
                                        "echocardiogram", NULL};
    fi_doc *doc = read_ok(s->ocr, fixture("upside_down_stamped.tif"));
    assert_int_equal(doc->npages, 1);
    const fi_page *p = &doc->pages[0];
    assert_int_equal(p->how, FI_PAGE_OCR);
    assert_int_equal(p->rotation, 180);
    expect_words(p, words);
    fi_doc_free(doc);
}

/* A landscape form sent on its side under upright fax header lines: OSD
 * answers the wrong quarter turn for it, and the page, still unreadable,
 * is turned the other way too (tests/resources/sideways_landscape.tif is
 * page 2 of bench/layouts/l's NR10). */
static void test_sideways_page_turned_either_way(void **state)
{
    suite *s = *state;
    static const char *const words[] = {"OUTGOING", "Tidewater", "Gresham", NULL};
    fi_doc *doc = read_ok(s->ocr, resource("sideways_landscape.tif"));
    assert_int_equal(doc->npages, 1);
    const fi_page *p = &doc->pages[0];
    assert_int_equal(p->rotation, 90);
    assert_int_equal(p->width, 2156);
    assert_true(p->mean_conf > 0.8f);
    expect_words(p, words);
    fi_doc_free(doc);
}

/* Labels printed on grey-shaded cells, which a bilevel fax turns into a
 * grid of lone dots: the dots go, the labels are read
 * (tests/resources/halftone_cells.tif is a strip of page 1 of
 * bench/layouts/v's NI10, standard mode). */
static void test_labels_on_shaded_cells(void **state)
{
    suite *s = *state;
    static const char *const words[] = {"Facility", "Last", "DOB", "Address", "Eligibility",
                                        NULL};
    fi_doc *doc = read_ok(s->ocr, resource("halftone_cells.tif"));
    assert_int_equal(doc->npages, 1);
    expect_words(&doc->pages[0], words);
    fi_doc_free(doc);
}

static void test_blank_page(void **state)
{
    suite *s = *state;
    fi_doc *doc = read_ok(s->ocr, fixture("blank.tif"));
    assert_int_equal(doc->npages, 1);
    assert_int_equal(doc->pages[0].how, FI_PAGE_BLANK);
    assert_int_equal(doc->pages[0].nwords, 0);
    assert_int_equal(doc->pages[0].width, 1728);
    assert_int_equal(doc->pages[0].height, FINE_ROWS);
    fi_doc_free(doc);
}

static void test_blank_second_page_counted(void **state)
{
    suite *s = *state;
    fi_doc *doc = read_ok(s->ocr, fixture("with_blank.tif"));
    assert_int_equal(doc->npages, 2);
    assert_int_equal(doc->pages[0].how, FI_PAGE_OCR);
    expect_words(&doc->pages[0], PAGE1_WORDS);
    /* The fax header line alone does not make a page worth reading. */
    assert_int_equal(doc->pages[1].how, FI_PAGE_BLANK);
    assert_int_equal(doc->pages[1].nwords, 0);
    fi_doc_free(doc);
}

/* ---- PDF and images ---- */

static void test_born_digital_pdf(void **state)
{
    suite *s = *state;
    fi_doc *doc = read_ok(s->ocr, fixture("born_digital.pdf"));
    assert_int_equal(doc->npages, 2);
    for (int i = 0; i < 2; i++) {
        const fi_page *p = &doc->pages[i];
        assert_int_equal(p->how, FI_PAGE_TEXT_LAYER);
        /* Letter at the 300 dpi render resolution. */
        assert_int_equal(p->width, 2550);
        assert_int_equal(p->height, 3300);
        assert_int_equal(p->dpi, 300);
        assert_true(p->nwords > 10);
        for (size_t k = 0; k < p->nwords; k++) {
            const fi_word *w = &p->words[k];
            assert_true(w->conf == 1.0f);
            assert_true(w->x0 >= 0 && w->x0 < w->x1 && w->x1 <= p->width);
            assert_true(w->y0 >= 0 && w->y0 < w->y1 && w->y1 <= p->height);
        }
        assert_true(p->mean_conf == 1.0f);
    }
    expect_words(&doc->pages[0], PAGE1_WORDS);
    expect_words(&doc->pages[1], PAGE2_WORDS);
    /* The first line starts one inch (300 px) from the left, 120 pt down. */
    const fi_word *first = &doc->pages[0].words[0];
    assert_string_equal(first->text, "Patient");
    assert_in_range(first->x0, 295, 305);
    assert_in_range(first->y1, 120 * 300 / 72 - 10, 120 * 300 / 72 + 20);
    fi_doc_free(doc);
}

/* A label and its value drawn apart on one line ("Fax:" at 1 in, the
 * number in bold at 3.5 in) are separate words: the extractor looks for
 * values after labels.  Poppler's text puts nothing between such runs when
 * their fonts differ.  So are a label and its value in bold drawn right
 * against it ("Referring Physician" "SHAH, JULIA"). */
static void test_text_layer_columns(void **state)
{
    suite *s = *state;
    fi_doc *doc = read_ok(s->ocr, fixture("born_digital.pdf"));
    assert_int_equal(doc->npages, 2);
    const fi_page *p = &doc->pages[1];
    static const char *const words[] = {"Fax:", "(612)", "555-0148", "ID:", "NHP448201937",
                                        "Physician", "SHAH,", NULL};
    expect_words(p, words);
    for (size_t i = 0; i < p->nwords; i++)
        if (strcmp(p->words[i].text, "Fax:") == 0)
            assert_in_range(p->words[i].x1, 300, 250 * 300 / 72 - 100);
    fi_doc_free(doc);
}

static void test_image_only_pdf(void **state)
{
    suite *s = *state;
    fi_doc *doc = read_ok(s->ocr, fixture("image_only.pdf"));
    assert_int_equal(doc->npages, 1);
    /* one image over the page: read at the image's own 200 dpi, as a scan
     * or fax TIFF would be, not rendered to 300 */
    expect_ocr_page(&doc->pages[0], 1700, 2200, 2200, 200);
    expect_words(&doc->pages[0], PAGE1_WORDS);
    fi_doc_free(doc);
}

static void test_png_300dpi(void **state)
{
    suite *s = *state;
    fi_doc *doc = read_ok(s->ocr, fixture("sample.png"));
    assert_int_equal(doc->npages, 1);
    expect_ocr_page(&doc->pages[0], 2550, 3300, 3300, 300);
    assert_null(doc->pages[0].note);
    expect_words(&doc->pages[0], PAGE1_WORDS);
    fi_doc_free(doc);
}

/* ---- refusals ---- */

/* Cut inside page 2: page 1 and its directory are whole, the link to page
 * 2 points past the end.  Reading page 1 alone would lose a page of the
 * referral without a word. */
static void test_truncated_tiff(void **state)
{
    suite *s = *state;
    read_fails(s->ocr, fixture("truncated.tif"), FI_OCR_ERR_CORRUPT, NULL);
}

/* Cut inside page 1: not even the first directory is there. */
static void test_truncated_tiff_head(void **state)
{
    suite *s = *state;
    read_fails(s->ocr, fixture("truncated_head.tif"), FI_OCR_ERR_CORRUPT, "truncated");
}

static void test_truncated_pdf(void **state)
{
    suite *s = *state;
    read_fails(s->ocr, fixture("truncated.pdf"), FI_OCR_ERR_CORRUPT, NULL);
}

static void test_encrypted_pdf(void **state)
{
    suite *s = *state;
    read_fails(s->ocr, resource("encrypted.pdf"), FI_OCR_ERR_ENCRYPTED, "password");
}

static void test_empty_file(void **state)
{
    suite *s = *state;
    read_fails(s->ocr, fixture("empty.tif"), FI_OCR_ERR_EMPTY, "empty");
}

static void test_text_named_tif(void **state)
{
    suite *s = *state;
    read_fails(s->ocr, fixture("text.tif"), FI_OCR_ERR_FORMAT, "not a document");
}

static void test_missing_file(void **state)
{
    suite *s = *state;
    read_fails(s->ocr, fixture("no-such-file.tif"), FI_OCR_ERR_IO, "cannot open");
}

static void test_limit_pages(void **state)
{
    suite *s = *state;
    read_fails(s->limited, fixture("g4_fine.tif"), FI_OCR_ERR_LIMIT, "max_pages");
    read_fails(s->limited, fixture("born_digital.pdf"), FI_OCR_ERR_LIMIT, "max_pages");
}

static void test_limit_page_pixels(void **state)
{
    suite *s = *state;
    read_fails(s->limited, fixture("blank.tif"), FI_OCR_ERR_LIMIT, "max_page_pixels");
    read_fails(s->limited, fixture("sample.png"), FI_OCR_ERR_LIMIT, "max_page_pixels");
    read_fails(s->limited, fixture("image_only.pdf"), FI_OCR_ERR_LIMIT, "max_page_pixels");
}

static void test_limit_file_bytes(void **state)
{
    (void)state;
    /* 50 kB: lzw_gray.tif is about twice that. */
    fi_ocr_options opt;
    fi_ocr_options_init(&opt);
    opt.max_file_bytes = 50 * 1024;
    fi_ocr *small = NULL;
    char *err = NULL;
    assert_int_equal(fi_ocr_open(&small, &opt, &err), FI_OCR_OK);
    read_fails(small, fixture("lzw_gray.tif"), FI_OCR_ERR_LIMIT, "max_file_bytes");
    fi_ocr_close(small);
}

/* A failure leaves the reader fit for the next document. */
static void test_reader_recovers(void **state)
{
    suite *s = *state;
    read_fails(s->ocr, fixture("truncated_head.tif"), FI_OCR_ERR_CORRUPT, NULL);
    fi_doc *doc = read_ok(s->ocr, fixture("g3_2d_lsb.tif"));
    assert_int_equal(doc->npages, 1);
    expect_words(&doc->pages[0], PAGE1_WORDS);
    fi_doc_free(doc);
}

static int setup(void **state)
{
    suite *s = calloc(1, sizeof *s);
    char *err = NULL;
    fi_ocr_options opt;
    if (!s)
        return -1;
    if (fi_ocr_open(&s->ocr, NULL, &err) != FI_OCR_OK)
        goto fail;
    fi_ocr_options_init(&opt);
    opt.max_pages = 1;
    opt.max_page_pixels = 1000 * 1000;
    if (fi_ocr_open(&s->limited, &opt, &err) != FI_OCR_OK)
        goto fail;
    *state = s;
    return 0;
fail:
    print_error("cannot start the reader: %s\n", err ? err : "(no message)");
    free(err);
    fi_ocr_close(s->ocr);
    free(s);
    return -1;
}

static int teardown(void **state)
{
    suite *s = *state;
    fi_ocr_close(s->ocr);
    fi_ocr_close(s->limited);
    free(s);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_g4_fine),
        cmocka_unit_test(test_g4_standard_is_stretched),
        cmocka_unit_test(test_g3_1d_fine),
        cmocka_unit_test(test_g3_2d_standard),
        cmocka_unit_test(test_g3_2d_lsb_fill_order),
        cmocka_unit_test(test_lzw_gray),
        cmocka_unit_test(test_nodpi_assumes_default),
        cmocka_unit_test(test_upside_down),
        cmocka_unit_test(test_upside_down_under_upright_header),
        cmocka_unit_test(test_blank_page),
        cmocka_unit_test(test_blank_second_page_counted),
        cmocka_unit_test(test_born_digital_pdf),
        cmocka_unit_test(test_text_layer_columns),
        cmocka_unit_test(test_image_only_pdf),
        cmocka_unit_test(test_png_300dpi),
        cmocka_unit_test(test_truncated_tiff),
        cmocka_unit_test(test_truncated_tiff_head),
        cmocka_unit_test(test_truncated_pdf),
        cmocka_unit_test(test_encrypted_pdf),
        cmocka_unit_test(test_sideways_page_turned_either_way),
        cmocka_unit_test(test_labels_on_shaded_cells),
        cmocka_unit_test(test_empty_file),
        cmocka_unit_test(test_text_named_tif),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_limit_pages),
        cmocka_unit_test(test_limit_page_pixels),
        cmocka_unit_test(test_limit_file_bytes),
        cmocka_unit_test(test_reader_recovers),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
