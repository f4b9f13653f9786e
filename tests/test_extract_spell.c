/*
 * test_extract_spell.c: OCR slips in free text repaired against Debian's
 * Hunspell dictionaries (hunspell-en-us, hunspell-en-med).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "extract/spell.h"

#define DICTS "/usr/share/hunspell/en_US /usr/share/hunspell/en_med_glut"

static int setup(void **state)
{
    char err[512];
    fi_speller *sp = fi_speller_open(DICTS, err, sizeof err);
    if (!sp) {
        print_error("%s\n", err);
        return -1;
    }
    *state = sp;
    return 0;
}

static int teardown(void **state)
{
    fi_speller_close(*state);
    return 0;
}

static void expect_fix(fi_speller *sp, const char *text, const char *want, int nfixed)
{
    char out[256];
    int n = fi_speller_fix(sp, text, out, sizeof out);
    if (strcmp(out, want) != 0)
        print_error("\"%s\" -> \"%s\", want \"%s\"\n", text, out, want);
    assert_string_equal(out, want);
    assert_int_equal(n, nfixed);
}

/* A letter for a like-shaped one, a word split in two, in the case the
 * text is written in. */
static void test_spell__ocr_slips(void **state)
{
    fi_speller *sp = *state;
    expect_fix(sp, "Seasonal aller gic rhinitls not controlled on antihistamines",
               "Seasonal allergic rhinitis not controlled on antihistamines", 2);
    expect_fix(sp, "back pain with iimit ed range of motion", "back pain with limited range of motion",
               1);
    expect_fix(sp, "SYMplomatic inguinal hernia, please evatuate for reparr",
               "Symptomatic inguinal hernia, please evaluate for repair", 3);
    expect_fix(sp, "CHRONIC GERD SYMPTOMS, CONSIDER EGD", "CHRONIC GERD SYMPTOMS, CONSIDER EGD", 0);
}

/* Words of the dictionaries, numbers, abbreviations and words with more
 * than one reading are left as they are. */
static void test_spell__left_alone(void **state)
{
    fi_speller *sp = *state;
    const char *const same[] = {
        "Heavy menstrual bleeding with anemia, pelvic ultrasound shows fibroids",
        "Thrombocytopenia with platelets around 85K for six months",
        "Type 2 diabetes on metformin 500 mg BID, A1c 9.2",
        "s/p TKA 10/2026, PT eval & treat",
        "",
    };
    for (size_t i = 0; i < sizeof same / sizeof *same; i++)
        expect_fix(sp, same[i], same[i], 0);
}

static void test_spell__small_buffer(void **state)
{
    fi_speller *sp = *state;
    char out[8];
    assert_int_equal(fi_speller_fix(sp, "Seasonal allergic rhinitis", out, sizeof out), -1);
    assert_true(strlen(out) < sizeof out);
}

static void test_spell__missing_dictionary(void **state)
{
    (void)state;
    char err[512];
    assert_null(fi_speller_open("/nonexistent/xx_YY", err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent/xx_YY.aff"));
    assert_non_null(strstr(err, "hunspell-en-us"));
    assert_null(fi_speller_open("/usr/share/hunspell/en_US /nonexistent/med", err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent/med.dic"));
    assert_null(fi_speller_open("  ", err, sizeof err));
    assert_non_null(strstr(err, "no dictionary"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spell__ocr_slips),
        cmocka_unit_test(test_spell__left_alone),
        cmocka_unit_test(test_spell__small_buffer),
        cmocka_unit_test(test_spell__missing_dictionary),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
