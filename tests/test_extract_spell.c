/*
 * test_extract_spell.c: OCR slips in free text repaired against Debian's
 * Hunspell dictionaries (hunspell-en-us, hunspell-en-med).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/spell.h"
#include "ocr/words.h"

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

/* A name one OCR slip from a name the dictionaries capitalize, keeping
 * its first letter; known words and names no dictionary has stay. */
static void test_spell__names(void **state)
{
    fi_speller *sp = *state;
    static const struct {
        const char *read, *want; /* want NULL: left alone */
    } cases[] = {
        {"Trujitto", "Trujillo"}, {"Trujilio", "Trujillo"}, {"SIEVEN", "STEVEN"},
        {"Whitheld", "Whitfield"}, {"RIVEKA", "RIVERA"}, {"Morrison", NULL}, {"Okonkwo", NULL},
        {"Imani", NULL}, /* "Mani" would drop the capital */
        {"Shah", NULL},  /* too short to judge */
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char out[64] = "";
        int fixed = fi_speller_fix_name(sp, cases[k].read, out, sizeof out);
        if (fixed != (cases[k].want != NULL) || (fixed && strcmp(out, cases[k].want) != 0))
            print_error("\"%s\" -> %d \"%s\"\n", cases[k].read, fixed, out);
        assert_int_equal(fixed, cases[k].want != NULL);
        if (fixed)
            assert_string_equal(out, cases[k].want);
    }
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

/* Threads that share a speller (ingest's, through the rules) each get
 * their own text repaired. */
static void *fix_many(void *arg)
{
    fi_speller *sp = arg;
    for (int i = 0; i < 200; i++) {
        char out[128];
        if (fi_speller_fix(sp, "Seasonal aller gic rhinitls, evatuate", out, sizeof out) != 3 ||
            strcmp(out, "Seasonal allergic rhinitis, evaluate") != 0)
            return (void *)1;
    }
    return NULL;
}

static void test_spell__shared_by_threads(void **state)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_create(&t[i], NULL, fix_many, *state), 0);
    for (int i = 0; i < 2; i++) {
        void *bad = NULL;
        assert_int_equal(pthread_join(t[i], &bad), 0);
        assert_null(bad);
    }
}

/* A referral whose reason is one line of words. */
static fi_doc *reason_doc(void)
{
    fi_doc *doc = fi_doc_new("reason.tif");
    assert_non_null(doc);
    fi_page *p = fi_doc_add_page(doc, 1700, 2200, 200);
    assert_non_null(p);
    static const char *const title[] = {"REFERRAL", "FORM", NULL};
    static const char *const reason[] = {"Reason:", "Seasonal", "aller", "gic", "rhinitls",
                                         "not", "controlled", NULL};
    const char *const *lines[] = {title, reason};
    for (int l = 0; l < 2; l++)
        for (int k = 0, x = 140; lines[l][k]; x += 30 * (int)strlen(lines[l][k]) + 30, k++)
            assert_int_equal(fi_page_add_word(p, lines[l][k], 0.9f, x, 150 + 40 * l,
                                              x + 30 * (int)strlen(lines[l][k]), 180 + 40 * l, l,
                                              l),
                             0);
    fi_page_update_conf(p);
    return doc;
}

/* The built-in rules name the dictionaries: once they are opened,
 * extraction repairs the reason; before, it keeps it as read. */
static void test_spell__rules_open_dictionaries(void **state)
{
    (void)state;
    fi_rules *rules = NULL;
    char *err = NULL;
    assert_int_equal(fi_rules_default(&rules, &err), 0);
    fi_doc *doc = reason_doc();
    fi_result *res = fi_extract(rules, doc, NULL, NULL);
    char *v = fi_result_value(res, "reason");
    assert_string_equal(v, "\"Seasonal aller gic rhinitls not controlled\"");
    free(v);
    fi_result_free(res);
    assert_int_equal(fi_rules_open_dictionaries(rules, &err), 0);
    res = fi_extract(rules, doc, NULL, NULL);
    v = fi_result_value(res, "reason");
    assert_string_equal(v, "\"Seasonal allergic rhinitis not controlled\"");
    free(v);
    fi_result_free(res);
    fi_doc_free(doc);
    fi_rules_free(rules);
}

/* A provider's name read once and unsurely is spelled as the dictionary
 * has it, for review; one read legibly is a name it lacks ("Hassan"); a
 * name split in two that the dictionary has whole is joined. */
static void test_spell__provider_names(void **state)
{
    (void)state;
    fi_rules *rules = NULL;
    char *err = NULL;
    assert_int_equal(fi_rules_default(&rules, &err), 0);
    assert_int_equal(fi_rules_open_dictionaries(rules, &err), 0);
    static const struct {
        const char *first, *last, *want;
        float conf;
    } cases[] = {
        {"Diana", "Trujitto", "\"Diana Trujillo\"", 0.7f},
        {"Hassan", "Okonkwo", "\"Hassan Okonkwo\"", 0.95f},
        /* each part of a double-barrelled name */
        {"Leilani", "Gonzalez-Riveka", "\"Leilani Gonzalez-Rivera\"", 0.7f},
        /* a first name OCR split in two */
        {"CA THERINE", "ALVAREZ", "\"CATHERINE ALVAREZ\"", 0.95f},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        fi_doc *doc = fi_doc_new("names.tif");
        assert_non_null(doc);
        fi_page *p = fi_doc_add_page(doc, 1700, 2200, 200);
        assert_non_null(p);
        const char *const line[] = {"Referring", "Provider:", cases[k].first, cases[k].last, "MD"};
        assert_int_equal(fi_page_add_word(p, "REFERRAL", 0.9f, 140, 100, 380, 130, 0, 0), 0);
        for (int i = 0, x = 140; i < 5; x += 30 * (int)strlen(line[i]) + 30, i++)
            assert_int_equal(fi_page_add_word(p, line[i], cases[k].conf, x, 150,
                                              x + 30 * (int)strlen(line[i]), 180, 1, 1),
                             0);
        fi_page_update_conf(p);
        fi_result *res = fi_extract(rules, doc, NULL, NULL);
        char *v = fi_result_value(res, "referring_provider");
        assert_non_null(v);
        assert_string_equal(v, cases[k].want);
        free(v);
        fi_result_free(res);
        fi_doc_free(doc);
    }
    fi_rules_free(rules);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spell__ocr_slips),
        cmocka_unit_test(test_spell__names),
        cmocka_unit_test(test_spell__provider_names),
        cmocka_unit_test(test_spell__left_alone),
        cmocka_unit_test(test_spell__small_buffer),
        cmocka_unit_test(test_spell__shared_by_threads),
        cmocka_unit_test(test_spell__missing_dictionary),
        cmocka_unit_test(test_spell__rules_open_dictionaries),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
