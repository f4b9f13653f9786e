/*
 * test_ocr_samples.c: the sample referrals in samples/ read with the words
 * an extractor needs.  They are realistic pages (10-11 pt print, two-column
 * forms, checkboxes, a standard-mode letter, an order printed to PDF), so
 * this is where small print, identifiers and form marks are checked.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocr/ocr.h"

static const char *sample(const char *name)
{
    static char path[4096];
    const char *dir = getenv("FI_SOURCE_DIR");
    int n = snprintf(path, sizeof path, "%s/samples/%s", dir ? dir : "..", name);
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
    return doc;
}

static const fi_word *find(const fi_page *page, const char *text)
{
    for (size_t i = 0; i < page->nwords; i++)
        if (strcmp(page->words[i].text, text) == 0)
            return &page->words[i];
    return NULL;
}

static void dump(const fi_page *page)
{
    for (size_t i = 0; i < page->nwords; i++)
        print_error("%s%s", i ? " " : "  ", page->words[i].text);
    print_error("\n");
}

/* Each word exactly as printed (punctuation included): identifiers are
 * only useful whole. */
static void expect_words(const fi_page *page, const char *const *words)
{
    int missing = 0;
    for (const char *const *w = words; *w; w++)
        if (!find(page, *w)) {
            print_error("\"%s\" not read\n", *w);
            missing++;
        }
    if (missing)
        dump(page);
    assert_int_equal(missing, 0);
}

static int is_checkbox(const fi_word *w)
{
    return strcmp(w->text, "[X]") == 0 || strcmp(w->text, "[ ]") == 0;
}

static size_t count_checkboxes(const fi_page *page)
{
    size_t n = 0;
    for (size_t i = 0; i < page->nwords; i++)
        n += is_checkbox(&page->words[i]);
    return n;
}

/* The checkbox word just left of label on its line is mark ("[X]" or
 * "[ ]"). */
static void expect_box(const fi_page *page, const char *label, const char *mark)
{
    const fi_word *l = find(page, label);
    if (!l)
        dump(page);
    assert_non_null(l);
    const fi_word *box = NULL;
    for (size_t i = 0; i < page->nwords; i++) {
        const fi_word *w = &page->words[i];
        int cy = (w->y0 + w->y1) / 2;
        if (is_checkbox(w) && cy > l->y0 && cy < l->y1 && w->x1 <= l->x0 && l->x0 - w->x1 < 60)
            box = w;
    }
    if (!box || strcmp(box->text, mark) != 0)
        print_error("before \"%s\": expected %s, found %s\n", label, mark,
                    box ? box->text : "no checkbox");
    assert_non_null(box);
    assert_string_equal(box->text, mark);
}

static void test_form(void **state)
{
    fi_doc *doc = read_ok(*state, sample("referral-form.tif"));
    assert_int_equal(doc->npages, 2);
    const fi_page *cover = &doc->pages[0], *form = &doc->pages[1];
    assert_int_equal(cover->how, FI_PAGE_OCR);
    assert_int_equal(form->how, FI_PAGE_OCR);
    assert_non_null(doc->meta);
    assert_non_null(strstr(doc->meta, "612 555 0148"));

    static const char *const cover_words[] = {
        "Lakeside", "Endocrinology", "Clinic", "(612)", "555-0190", "555-0191", "Moreno,",
        "MD", "03/18/2024", "OKAFOR,", "JANE", NULL,
    };
    expect_words(cover, cover_words);
    static const char *const form_words[] = {
        "OKAFOR,", "JANE", "03/14/1961", "555-0123", "MG-0048213", "Northstar",
        "NHP448201937", "77120", "Moreno,", "MD", "1234567893", "555-0147", "555-0148",
        "Endocrinology", "555-0191", "555-0190", "E11.9", "E78.5", "metformin", "LDL", NULL,
    };
    expect_words(form, form_words);

    expect_box(cover, "Urgent", "[ ]");
    expect_box(cover, "For", "[X]");
    expect_box(form, "Routine", "[X]");
    expect_box(form, "Emergent", "[ ]");
    /* Four boxes on the cover, three on the form, nothing else taken for one. */
    assert_int_equal(count_checkboxes(cover), 4);
    assert_int_equal(count_checkboxes(form), 3);
    fi_doc_free(doc);
}

static void test_letter(void **state)
{
    fi_doc *doc = read_ok(*state, sample("referral-letter.tif"));
    assert_int_equal(doc->npages, 1);
    const fi_page *p = &doc->pages[0];
    assert_int_equal(p->how, FI_PAGE_OCR);
    /* Standard mode: 1078 rows resampled to square 300 dpi pixels. */
    assert_in_range(p->height, 3296, 3304);
    static const char *const words[] = {
        "Delgado-Reyes", "07/22/1958", "CH-221907", "Dr.", "Raman,", "MD", "D50.9", "K92.1",
        "ID", "NHP300715542.", "555-0138", "NPI", "1748392051", NULL,
    };
    expect_words(p, words);
    /* A letter has no checkboxes. */
    assert_int_equal(count_checkboxes(p), 0);
    fi_doc_free(doc);
}

static void test_order(void **state)
{
    fi_doc *doc = read_ok(*state, sample("referral-order.pdf"));
    assert_int_equal(doc->npages, 1);
    const fi_page *p = &doc->pages[0];
    assert_int_equal(p->how, FI_PAGE_TEXT_LAYER);
    /* Labels and values are separate runs of text: separate words. */
    static const char *const words[] = {
        "date:", "03/20/2024", "KIM,", "ROBERT", "birth:", "11/02/1949", "NRH-5520914",
        "NPI:", "1582039479", "M17.11", "M25.561", "555-0188", "arthroplasty.", NULL,
    };
    expect_words(p, words);
    fi_doc_free(doc);
}

static int setup(void **state)
{
    fi_ocr *ocr = NULL;
    char *err = NULL;
    if (fi_ocr_open(&ocr, NULL, &err) != FI_OCR_OK) {
        print_error("cannot start the reader: %s\n", err ? err : "(no message)");
        free(err);
        return -1;
    }
    *state = ocr;
    return 0;
}

static int teardown(void **state)
{
    fi_ocr_close(*state);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_form),
        cmocka_unit_test(test_letter),
        cmocka_unit_test(test_order),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
