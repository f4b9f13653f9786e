/*
 * test_extract_compare.c: extract/compare.h judges each field as
 * shared/bench/score.py does.  The cases follow CONTRACT.md's "Scoring
 * details" and the scorer's own self-test, so a difference between
 * `faxintake rules test` and the benchmark shows up here first.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract/compare.h"

/* Macros rather than helpers so a failure names the test's own line. */
#define EXPECT_VERDICT(field, found, truth, want)                                            \
    do {                                                                                     \
        fi_verdict v_ = fi_compare_field((field), (found), (truth));                         \
        if (v_ != (want))                                                                    \
            fail_msg("%s: found %s, truth %s: %s, want %s", (field), (found) ? (found) : "NULL", \
                     (truth) ? (truth) : "NULL", fi_verdict_name(v_), fi_verdict_name(want)); \
    } while (0)

#define RIGHT(field, found, truth) EXPECT_VERDICT(field, found, truth, FI_VERDICT_CORRECT)
#define WRONG(field, found, truth) EXPECT_VERDICT(field, found, truth, FI_VERDICT_WRONG)

#define EXPECT_NORM(field, json, want)                                                       \
    do {                                                                                     \
        char *out_ = NULL;                                                                   \
        int rc_ = fi_compare_normalize((field), (json), &out_);                              \
        if (rc_ != 1 || strcmp(out_, (want)) != 0)                                           \
            fail_msg("normalize(%s, %s) gave %d \"%s\", want \"%s\"", (field), (json), rc_,    \
                     out_ ? out_ : "(null)", (want));                                        \
        free(out_);                                                                          \
    } while (0)

#define EXPECT_NORM_RC(field, json, want_rc)                                                 \
    do {                                                                                     \
        char *out_ = NULL;                                                                   \
        int rc_ = fi_compare_normalize((field), (json), &out_);                              \
        if (rc_ != (want_rc) || out_ != NULL)                                                \
            fail_msg("normalize(%s, %s) gave %d \"%s\", want %d and no value", (field),        \
                     (json), rc_, out_ ? out_ : "(null)", (want_rc));                        \
        free(out_);                                                                          \
    } while (0)

static void test_compare_name__folding(void **state)
{
    (void)state;
    RIGHT("patient_last_name", "\"OBRIEN\"", "\"O'Brien\"");
    RIGHT("patient_last_name", "\"O\xe2\x80\x99" "Brien\"", "\"O'Brien\""); /* curly quote */
    RIGHT("patient_first_name", "\"mary-ann\"", "\"Mary Ann\"");
    RIGHT("patient_first_name", "\"Maryann\"", "\"Mary Ann\"");
    RIGHT("patient_last_name", "\"GARCIA LOPEZ JR\"", "\"Garc\xc3\xad" "a-L\xc3\xb3pez, Jr\"");
    /* decomposed accent: e + combining acute */
    RIGHT("patient_last_name", "\"Rene\xcc\x81\"", "\"Ren\xc3\xa9\"");
    RIGHT("referring_provider", "\"Sarah K. Whitfield\"", "\"Sarah Whitfield\"");
    RIGHT("patient_first_name", "\"Jane M.\"", "\"Jane\"");
    EXPECT_NORM("patient_first_name", "\"Jane M.\"", "jane");
    EXPECT_NORM("patient_first_name", "\"J. K.\"", "jk"); /* only initials: all kept */
    /* no decomposition, but lower-cased as Python does */
    EXPECT_NORM("patient_last_name", "\"  \xc3\x98stergaard \"", "\xc3\xb8stergaard");
}

static void test_compare_name__titles_and_order_matter(void **state)
{
    (void)state;
    WRONG("referring_provider", "\"Sarah Whitfield MD\"", "\"Sarah Whitfield\"");
    WRONG("referring_provider", "\"Dr. Sarah Whitfield\"", "\"Sarah Whitfield\"");
    WRONG("referring_provider", "\"Whitfield Sarah\"", "\"Sarah Whitfield\"");
    WRONG("patient_last_name", "\"OBrian\"", "\"O'Brien\"");
}

static void test_compare_date__iso_only(void **state)
{
    (void)state;
    RIGHT("patient_dob", "\"1961-03-14\"", "\"1961-03-14\"");
    RIGHT("patient_dob", "\"1961-3-14\"", "\"1961-03-14\"");
    RIGHT("referral_date", "\" 2026-11-03 \"", "\"2026-11-03\"");
    WRONG("patient_dob", "\"03/14/1961\"", "\"1961-03-14\"");
    WRONG("patient_dob", "\"1961-03-15\"", "\"1961-03-14\"");
    WRONG("patient_dob", "\"61-03-14\"", "\"1961-03-14\"");
    WRONG("patient_dob", "\"1961-03-14T00:00\"", "\"1961-03-14\"");
    WRONG("patient_dob", "19610314", "\"1961-03-14\""); /* a number is malformed */
    EXPECT_NORM("patient_dob", "\"1961-3-4\"", "1961-03-04");
    EXPECT_NORM("patient_dob", "\"March 4, 1961\"", "?March 4, 1961");
}

static void test_compare_phone_and_npi__digits(void **state)
{
    (void)state;
    RIGHT("patient_phone", "\"(555) 201-3344\"", "\"5552013344\"");
    RIGHT("referring_fax", "\"1-555-201-3301\"", "\"5552013301\"");
    RIGHT("patient_phone", "\"+1 (555) 201.3344\"", "\"5552013344\"");
    RIGHT("patient_phone", "5552013344", "\"5552013344\""); /* integers accepted */
    WRONG("patient_phone", "\"555201334\"", "\"5552013344\"");
    WRONG("patient_phone", "\"25552013344\"", "\"5552013344\""); /* only a leading 1 */
    RIGHT("referring_npi", "1234567893", "\"1234567893\"");
    RIGHT("referring_npi", "\"NPI 1234567893\"", "\"1234567893\"");
    WRONG("referring_npi", "1234567893.0", "\"1234567893\""); /* a float is malformed */
    WRONG("referring_npi", "true", "\"1234567893\"");
    EXPECT_NORM("referring_phone", "\"1 555 201 3300\"", "5552013300");
}

static void test_compare_id__spaces_and_case(void **state)
{
    (void)state;
    RIGHT("insurance_member_id", "\"XYZ 123456789\"", "\"XYZ123456789\"");
    RIGHT("insurance_member_id", "\"xyz123456789\"", "\"XYZ123456789\"");
    RIGHT("patient_mrn", "5608129", "\"5608129\"");
    WRONG("insurance_member_id", "\"XYZ-123456789\"", "\"XYZ123456789\""); /* dashes count */
    EXPECT_NORM("patient_mrn", "\"mg 00\\t48213\"", "MG0048213");
}

static void test_compare_code__sex_specialty_urgency(void **state)
{
    (void)state;
    RIGHT("patient_sex", "\"f\"", "\"F\"");
    WRONG("patient_sex", "\"Female\"", "\"F\"");
    WRONG("patient_sex", "1", "\"F\"");
    RIGHT("referred_to_specialty", "\"Gastroenterology\"", "\"gastroenterology\"");
    RIGHT("referred_to_specialty", "\"Physical Therapy\"", "\"physical_therapy\"");
    RIGHT("referred_to_specialty", "\"obstetrics/gynecology\"", "\"obstetrics_gynecology\"");
    RIGHT("referred_to_specialty", "\"General - Surgery\"", "\"general_surgery\"");
    EXPECT_NORM("referred_to_specialty", "\" Physical  Therapy \"", "physical_therapy");
    RIGHT("urgency", "\"URGENT\"", "\"urgent\"");
}

static void test_compare_urgency__absent_is_routine(void **state)
{
    (void)state;
    RIGHT("urgency", NULL, "\"routine\"");
    RIGHT("urgency", "\"routine\"", NULL);
    RIGHT("urgency", NULL, NULL); /* counted: the truth always has urgency */
    WRONG("urgency", NULL, "\"urgent\"");
    WRONG("urgency", "\"stat\"", NULL);
    RIGHT("urgency", "\"\"", "\"routine\"");
}

static void test_compare_list__sets(void **state)
{
    (void)state;
    RIGHT("diagnosis_codes", "[\"i10\", \"E11.9\"]", "[\"E11.9\", \"I10\"]");
    RIGHT("diagnosis_codes", "[\"E11.9\", \"E11.9\", \" I 10 \"]", "[\"E11.9\", \"I10\"]");
    WRONG("diagnosis_codes", "[\"E11.9\"]", "[\"E11.9\", \"I10\"]");
    WRONG("diagnosis_codes", "[\"E11.9\", \"I10\", \"E78.5\"]", "[\"E11.9\", \"I10\"]");
    WRONG("diagnosis_codes", "[\"E119\", \"I10\"]", "[\"E11.9\", \"I10\"]"); /* the dot counts */
    WRONG("diagnosis_codes", "\"E11.9, I10\"", "[\"E11.9\", \"I10\"]");      /* not a list */
    WRONG("diagnosis_codes", "[\"E11.9\", 10]", "[\"E11.9\", \"I10\"]");
    EXPECT_VERDICT("diagnosis_codes", "[]", "[\"E11.9\"]", FI_VERDICT_MISSED);
    EXPECT_VERDICT("diagnosis_codes", "[\" \"]", NULL, FI_VERDICT_NOT_COUNTED);
    EXPECT_NORM("diagnosis_codes", "[\"i10\", \"e11.9\", \"I10\"]", "E11.9 I10");
    EXPECT_NORM_RC("diagnosis_codes", "[]", 0);
    EXPECT_NORM_RC("diagnosis_codes", "\"E11.9\"", -1);
}

static void test_compare_text__dice(void **state)
{
    (void)state;
    const char *truth = "\"Iron deficiency anemia with positive FIT, please evaluate for colonoscopy\"";
    RIGHT("reason", "\"iron deficiency anemia with positive FIT, please evaluate for a colonoscopy\"",
          truth);
    WRONG("reason", "\"colonoscopy\"", truth);
    RIGHT("insurance_payer", "\"BLUE CROSS BLUE SHIELD\"", "\"Blue Cross Blue Shield\"");
    WRONG("insurance_payer", "\"Blue Cross\"", "\"Blue Cross Blue Shield of Minnesota\"");
    assert_true(fabs(fi_compare_text_similarity("a b c d", "a b c e") - 0.75) < 1e-9);
    assert_true(fabs(fi_compare_text_similarity("", "...") - 1.0) < 1e-9);
    assert_true(fabs(fi_compare_text_similarity("word", "") - 0.0) < 1e-9);
    /* accents fold; a combining mark does not split a word; '_' does */
    assert_true(fabs(fi_compare_text_similarity("caf\xc3\xa9 na\xc3\xafve", "cafe naive") - 1.0) < 1e-9);
    assert_true(fabs(fi_compare_text_similarity("cafe\xcc\x81", "cafe") - 1.0) < 1e-9);
    assert_true(fabs(fi_compare_text_similarity("a_b", "a b") - 1.0) < 1e-9);
    /* duplicate tokens count once: sets, not bags */
    assert_true(fabs(fi_compare_text_similarity("pain pain pain", "pain") - 1.0) < 1e-9);
}

static void test_compare_presence__missed_false_positive_not_counted(void **state)
{
    (void)state;
    EXPECT_VERDICT("referred_to_provider", "\"Someone Else\"", NULL, FI_VERDICT_FALSE_POSITIVE);
    EXPECT_VERDICT("referred_to_provider", "\"Someone Else\"", "null", FI_VERDICT_FALSE_POSITIVE);
    EXPECT_VERDICT("referred_to_provider", NULL, NULL, FI_VERDICT_NOT_COUNTED);
    EXPECT_VERDICT("referred_to_provider", "null", "\"  \"", FI_VERDICT_NOT_COUNTED);
    EXPECT_VERDICT("patient_dob", NULL, "\"1961-03-14\"", FI_VERDICT_MISSED);
    EXPECT_VERDICT("patient_dob", "\"   \"", "\"1961-03-14\"", FI_VERDICT_MISSED);
    /* a malformed output is present and wrong; a malformed truth is ignored */
    EXPECT_VERDICT("patient_sex", "1", NULL, FI_VERDICT_FALSE_POSITIVE);
    EXPECT_VERDICT("patient_sex", "{\"value\": \"F\"}", "\"F\"", FI_VERDICT_WRONG);
    EXPECT_VERDICT("patient_sex", "\"F\"", "7", FI_VERDICT_FALSE_POSITIVE);
    EXPECT_VERDICT("patient_sex", "\"F\"", "not json", FI_VERDICT_FALSE_POSITIVE);
    /* unknown fields are ignored, as the scorer ignores them */
    EXPECT_VERDICT("patient_shoe_size", "\"42\"", "\"42\"", FI_VERDICT_NOT_COUNTED);
    EXPECT_NORM_RC("patient_shoe_size", "\"42\"", -1);
}

static void test_compare_fields__contract_table(void **state)
{
    (void)state;
    assert_string_equal(fi_compare_field_name(0), "patient_last_name");
    assert_string_equal(fi_compare_field_name(FI_COMPARE_NFIELDS - 1), "referral_date");
    assert_null(fi_compare_field_name(FI_COMPARE_NFIELDS));
    int required = 0;
    for (int i = 0; i < FI_COMPARE_NFIELDS; i++)
        required += fi_compare_field_required(i);
    assert_int_equal(required, 12); /* CONTRACT.md: twelve fields required */
    /* without a result, the contract's required fields are missing */
    assert_int_equal(fi_compare_result_missing(NULL, 0), 1);
    assert_int_equal(fi_compare_result_missing(NULL, 3), 0);
}

static void test_compare_result__from_extraction(void **state)
{
    (void)state;
    fi_rules *rules = NULL;
    char *err = NULL;
    assert_int_equal(fi_rules_default(&rules, &err), 0);
    int nfield = 0, ntext = 0;
    fi_rules_counts(rules, &nfield, &ntext);
    assert_true(nfield > 0);
    /* an empty document: nothing found, every required field missing */
    fi_doc *doc = fi_doc_new("empty.tif");
    assert_non_null(doc);
    assert_non_null(fi_doc_add_page(doc, 1700, 2200, 200));
    fi_result *res = fi_extract(rules, doc, NULL, NULL);
    assert_non_null(res);
    for (int i = 0; i < FI_COMPARE_NFIELDS; i++) {
        const char *name = fi_compare_field_name(i);
        char *found = fi_result_value(res, name);
        if (fi_compare_field_required(i))
            assert_int_equal(fi_compare_result_missing(res, i), 1);
        if (!found)
            EXPECT_VERDICT(name, found, "null",
                           strcmp(name, "urgency") == 0 ? FI_VERDICT_CORRECT : FI_VERDICT_NOT_COUNTED);
        free(found);
    }
    fi_result_free(res);
    fi_doc_free(doc);
    fi_rules_free(rules);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compare_name__folding),
        cmocka_unit_test(test_compare_name__titles_and_order_matter),
        cmocka_unit_test(test_compare_date__iso_only),
        cmocka_unit_test(test_compare_phone_and_npi__digits),
        cmocka_unit_test(test_compare_id__spaces_and_case),
        cmocka_unit_test(test_compare_code__sex_specialty_urgency),
        cmocka_unit_test(test_compare_urgency__absent_is_routine),
        cmocka_unit_test(test_compare_list__sets),
        cmocka_unit_test(test_compare_text__dice),
        cmocka_unit_test(test_compare_presence__missed_false_positive_not_counted),
        cmocka_unit_test(test_compare_fields__contract_table),
        cmocka_unit_test(test_compare_result__from_extraction),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
