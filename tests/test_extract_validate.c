/*
 * test_extract_validate.c: the value normalizers of extract/validate.h on
 * values as OCR prints them: clean, with the usual slips (repaired or
 * refused), and malformed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "extract/validate.h"

/* Macros rather than helpers so a failure names the test's own line. */
#define EXPECT_NORM(fn, in, want)                                                          \
    do {                                                                                   \
        char out_[96] = "junk";                                                            \
        int ok_ = fn((in), out_, sizeof out_);                                             \
        if (ok_ != 1 || strcmp(out_, (want)) != 0)                                         \
            fail_msg("%s(\"%s\") gave %d \"%s\", want \"%s\"", #fn, (in), ok_, out_, (want)); \
    } while (0)

#define REFUSE_NORM(fn, in)                                                                \
    do {                                                                                   \
        char out_[96] = "junk";                                                            \
        int ok_ = fn((in), out_, sizeof out_);                                             \
        if (ok_ != 0 || out_[0] != '\0')                                                   \
            fail_msg("%s(\"%s\") gave %d \"%s\", want refusal", #fn, (in), ok_, out_);     \
    } while (0)

#define EXPECT_ICD(in, want, want_known)                                                   \
    do {                                                                                   \
        char out_[32] = "junk";                                                            \
        int known_ = -1;                                                                   \
        int ok_ = fi_norm_icd10((in), out_, sizeof out_, &known_);                         \
        if (ok_ != 1 || strcmp(out_, (want)) != 0 || known_ != (want_known))               \
            fail_msg("fi_norm_icd10(\"%s\") gave %d \"%s\" known=%d, want \"%s\" known=%d", \
                     (in), ok_, out_, known_, (want), (want_known));                       \
    } while (0)

#define REFUSE_ICD(in)                                                                     \
    do {                                                                                   \
        char out_[32] = "junk";                                                            \
        int known_ = -1;                                                                   \
        int ok_ = fi_norm_icd10((in), out_, sizeof out_, &known_);                         \
        if (ok_ != 0 || out_[0] != '\0' || known_ != 0)                                    \
            fail_msg("fi_norm_icd10(\"%s\") gave %d \"%s\", want refusal", (in), ok_, out_); \
    } while (0)

#define EXPECT_PERSON(in, want_last, want_first)                                           \
    do {                                                                                   \
        char l_[64] = "junk", f_[64] = "junk";                                             \
        int ok_ = fi_norm_person((in), l_, sizeof l_, f_, sizeof f_);                      \
        if (ok_ != 1 || strcmp(l_, (want_last)) != 0 || strcmp(f_, (want_first)) != 0)     \
            fail_msg("fi_norm_person(\"%s\") gave %d last \"%s\" first \"%s\", want \"%s\" \"%s\"", \
                     (in), ok_, l_, f_, (want_last), (want_first));                        \
    } while (0)

#define REFUSE_PERSON(in)                                                                  \
    do {                                                                                   \
        char l_[64] = "junk", f_[64] = "junk";                                             \
        int ok_ = fi_norm_person((in), l_, sizeof l_, f_, sizeof f_);                      \
        if (ok_ != 0 || l_[0] != '\0' || f_[0] != '\0')                                    \
            fail_msg("fi_norm_person(\"%s\") gave %d \"%s\" \"%s\", want refusal", (in), ok_, \
                     l_, f_);                                                              \
    } while (0)

/* ---- dates ------------------------------------------------------------- */

static void test_date__common_forms(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_date, "03/14/1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "3/14/1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "03-14-1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "03.14.1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "03 14 1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "03 / 14 / 1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "1961-03-14", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "2026-10-08", "2026-10-08");
    EXPECT_NORM(fi_norm_date, "14-Mar-1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "14 Mar 1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "14 MAR 61", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "14Mar1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "March 14, 1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "Mar. 14 1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "March 14th, 1961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "Sept 1, 2026", "2026-09-01");
    EXPECT_NORM(fi_norm_date, "October 21, 2026", "2026-10-21");
    EXPECT_NORM(fi_norm_date, "1961 Mar 14", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "03141961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "19610314", "1961-03-14");
}

static void test_date__surrounding_text(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_date, "DOB: 02-06-1974 (52 y.o.)", "1974-02-06");
    EXPECT_NORM(fi_norm_date, "Referral Date: 11/02/2026", "2026-11-02");
    EXPECT_NORM(fi_norm_date, "10/10/2026 07:12", "2026-10-10");
    EXPECT_NORM(fi_norm_date, "Tuesday, March 14, 2023", "2023-03-14");
    /* a page number before the date must not be read as its month */
    EXPECT_NORM(fi_norm_date, "Page 3 03/14/1961", "1961-03-14");
    /* nor an id before it stop the search */
    EXPECT_NORM(fi_norm_date, "MRN 12345678 DOB 03/14/1961", "1961-03-14");
}

static void test_date__two_digit_year_pivot(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_date, "3/14/61", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "10/25/26", "2026-10-25");
    EXPECT_NORM(fi_norm_date, "1/1/30", "2030-01-01");
    EXPECT_NORM(fi_norm_date, "1/1/31", "1931-01-01");
    EXPECT_NORM(fi_norm_date, "12/31/99", "1999-12-31");
    EXPECT_NORM(fi_norm_date, "1/2/00", "2000-01-02");
}

static void test_date__ocr_slips_repaired(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_date, "O3/l4/l96l", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "03/14/I961", "1961-03-14");
    EXPECT_NORM(fi_norm_date, "O5/2O/2OO1", "2001-05-20");
    EXPECT_NORM(fi_norm_date, "03/1S/1961", "1961-03-15");
    EXPECT_NORM(fi_norm_date, "0B/14/1961", "1961-08-14");
    EXPECT_NORM(fi_norm_date, "14 0ct 1961", "1961-10-14");
    EXPECT_NORM(fi_norm_date, "Ju1y 4, 1976", "1976-07-04");
    EXPECT_NORM(fi_norm_date, "03/14/19 61", "1961-03-14");
}

static void test_date__invalid_refused(void **state)
{
    (void)state;
    REFUSE_NORM(fi_norm_date, "02/30/2001");
    REFUSE_NORM(fi_norm_date, "02/29/2001");
    EXPECT_NORM(fi_norm_date, "02/29/2000", "2000-02-29");
    EXPECT_NORM(fi_norm_date, "02/29/2024", "2024-02-29");
    REFUSE_NORM(fi_norm_date, "02/29/1900");
    REFUSE_NORM(fi_norm_date, "04/31/1999");
    REFUSE_NORM(fi_norm_date, "13/01/1999");
    REFUSE_NORM(fi_norm_date, "14/03/1961"); /* day-first is not read */
    REFUSE_NORM(fi_norm_date, "00/10/1999");
    REFUSE_NORM(fi_norm_date, "03/00/1999");
    REFUSE_NORM(fi_norm_date, "03/14/1061");
    REFUSE_NORM(fi_norm_date, "03/14/961");
    REFUSE_NORM(fi_norm_date, "31 Feb 2001");
    REFUSE_NORM(fi_norm_date, "March 2001");
    REFUSE_NORM(fi_norm_date, "03/14");
    REFUSE_NORM(fi_norm_date, "N/A");
    REFUSE_NORM(fi_norm_date, "");
    REFUSE_NORM(fi_norm_date, "Smith");
    REFUSE_NORM(fi_norm_date, "03/14-1961");
    REFUSE_NORM(fi_norm_date, NULL);
}

static void test_date__output_too_small_refused(void **state)
{
    (void)state;
    char out[10] = "junk";
    assert_int_equal(fi_norm_date("03/14/1961", out, sizeof out), 0);
    assert_string_equal(out, "");
    char ok[11];
    assert_int_equal(fi_norm_date("03/14/1961", ok, sizeof ok), 1);
    assert_string_equal(ok, "1961-03-14");
}

static void test_date__plausible_recent(void **state)
{
    (void)state;
    assert_true(fi_date_plausible_recent("2026-11-06", "2026-11-22"));
    assert_true(fi_date_plausible_recent("2024-03-18", "2026-11-22"));
    assert_true(fi_date_plausible_recent("2027-01-05", "2026-11-22")); /* dated ahead */
    assert_false(fi_date_plausible_recent("1946-11-06", "2026-11-22")); /* 26 read as 46 */
    assert_false(fi_date_plausible_recent("2046-11-06", "2026-11-22"));
    assert_false(fi_date_plausible_recent("11/06/2026", "2026-11-22"));
}

static void test_date__plausible_dob(void **state)
{
    (void)state;
    assert_true(fi_date_plausible_dob("1961-03-14", "2026-11-02"));
    assert_true(fi_date_plausible_dob("2026-11-02", "2026-11-02")); /* born today */
    assert_false(fi_date_plausible_dob("2026-11-03", "2026-11-02")); /* future */
    assert_false(fi_date_plausible_dob("2030-01-01", "2026-11-02"));
    assert_true(fi_date_plausible_dob("1906-11-03", "2026-11-02")); /* 119 years */
    assert_false(fi_date_plausible_dob("1906-11-02", "2026-11-02")); /* 120 years */
    assert_false(fi_date_plausible_dob("1900-01-01", "2026-11-02"));
    assert_false(fi_date_plausible_dob("1961-02-30", "2026-11-02"));
    assert_false(fi_date_plausible_dob("1961-3-14", "2026-11-02"));
    assert_false(fi_date_plausible_dob("03/14/1961", "2026-11-02"));
    assert_false(fi_date_plausible_dob("1961-03-14", "today"));
    assert_false(fi_date_plausible_dob(NULL, "2026-11-02"));
    assert_false(fi_date_plausible_dob("1961-03-14", NULL));
}

/* ---- phones ------------------------------------------------------------ */

static void test_phone__common_forms(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_phone, "(555) 201-3344", "5552013344");
    EXPECT_NORM(fi_norm_phone, "555-201-3344", "5552013344");
    EXPECT_NORM(fi_norm_phone, "555.201.3344", "5552013344");
    EXPECT_NORM(fi_norm_phone, "555 201 3344", "5552013344");
    EXPECT_NORM(fi_norm_phone, "5552013344", "5552013344");
    EXPECT_NORM(fi_norm_phone, "(380)243-0325", "3802430325");
    EXPECT_NORM(fi_norm_phone, "+1 555 201 3344", "5552013344");
    EXPECT_NORM(fi_norm_phone, "1-555-201-3344", "5552013344");
    EXPECT_NORM(fi_norm_phone, "15552013344", "5552013344");
    EXPECT_NORM(fi_norm_phone, "1 (800) 560-8120", "8005608120");
}

static void test_phone__labels_and_extensions(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_phone, "Phone (512) 877-5787", "5128775787");
    EXPECT_NORM(fi_norm_phone, "555-201-3344 ext. 204", "5552013344");
    EXPECT_NORM(fi_norm_phone, "(555) 201-3344 x204", "5552013344");
    EXPECT_NORM(fi_norm_phone, "555-201-3344 #12", "5552013344");
    EXPECT_NORM(fi_norm_phone, "Fax 2 of 3: 555 201 3344", "5552013344");
    EXPECT_NORM(fi_norm_phone, "Tel: 555 - 201 - 3344", "5552013344");
}

static void test_phone__ocr_slips_repaired(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_phone, "(S55) 20l-3344", "5552013344");
    EXPECT_NORM(fi_norm_phone, "555-2O1-3B44", "5552013844");
    EXPECT_NORM(fi_norm_phone, "555 20 1 33 44", "5552013344");
    /* a parenthesis OCR read as a brace or bracket */
    EXPECT_NORM(fi_norm_phone, "Fax (505} 881-4478", "5058814478");
    EXPECT_NORM(fi_norm_phone, "[505] 881-4478", "5058814478");
    /* a dot read as a comma */
    EXPECT_NORM(fi_norm_phone, "928,555.0110 x214", "9285550110");
}

static void test_phone__invalid_refused(void **state)
{
    (void)state;
    REFUSE_NORM(fi_norm_phone, "555-201-334");      /* 9 digits */
    REFUSE_NORM(fi_norm_phone, "25552013344");      /* 11 digits, no leading 1 */
    REFUSE_NORM(fi_norm_phone, "155520133445");     /* 12 digits */
    REFUSE_NORM(fi_norm_phone, "(055) 201-3344");   /* area code starts with 0 */
    REFUSE_NORM(fi_norm_phone, "(155) 201-3344");   /* ... or 1 */
    REFUSE_NORM(fi_norm_phone, "(555) 101-3344");   /* exchange starts with 1 */
    REFUSE_NORM(fi_norm_phone, "(555) 001-3344");
    REFUSE_NORM(fi_norm_phone, "N/A");
    REFUSE_NORM(fi_norm_phone, "");
    REFUSE_NORM(fi_norm_phone, NULL);
}

/* ---- NPI --------------------------------------------------------------- */

static void test_npi__check_digit(void **state)
{
    (void)state;
    assert_true(fi_npi_valid("1234567893"));
    assert_true(fi_npi_valid("1913522052"));
    assert_true(fi_npi_valid("1707934604"));
    assert_true(fi_npi_valid("2300286830"));
    assert_false(fi_npi_valid("1234567890"));
    assert_false(fi_npi_valid("1234567894"));
    assert_false(fi_npi_valid("1234567839")); /* transposed digits */
    assert_false(fi_npi_valid("1913522053"));
    assert_false(fi_npi_valid("123456789"));
    assert_false(fi_npi_valid("12345678930"));
    assert_false(fi_npi_valid("12345678a3"));
    assert_false(fi_npi_valid(""));
    assert_false(fi_npi_valid(NULL));
}

static void test_npi__found_in_text(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_npi, "1234567893", "1234567893");
    EXPECT_NORM(fi_norm_npi, "NPI: 1234567893", "1234567893");
    EXPECT_NORM(fi_norm_npi, "NPI #: 1234567893", "1234567893");
    EXPECT_NORM(fi_norm_npi, "123 456 7893", "1234567893");
    EXPECT_NORM(fi_norm_npi, "12345-67893", "1234567893");
    EXPECT_NORM(fi_norm_npi, "l234S67893", "1234567893");
    EXPECT_NORM(fi_norm_npi, "I2345678 93", "1234567893");
    /* the first number fails the check, the second passes */
    EXPECT_NORM(fi_norm_npi, "1234567890 1913522052", "1913522052");
}

static void test_npi__invalid_refused(void **state)
{
    (void)state;
    REFUSE_NORM(fi_norm_npi, "1234567890");
    REFUSE_NORM(fi_norm_npi, "NPI 1234567894");
    REFUSE_NORM(fi_norm_npi, "123456789");
    REFUSE_NORM(fi_norm_npi, "12345678931");   /* one number of 11 digits */
    REFUSE_NORM(fi_norm_npi, "(123) 456-7893"); /* a phone's punctuation */
    REFUSE_NORM(fi_norm_npi, "N/A");
    REFUSE_NORM(fi_norm_npi, NULL);
}

/* ---- ICD-10-CM --------------------------------------------------------- */

static void test_icd10__normalized(void **state)
{
    (void)state;
    EXPECT_ICD("E11.9", "E11.9", 1);
    EXPECT_ICD("E119", "E11.9", 1);
    EXPECT_ICD("e11.9", "E11.9", 1);
    EXPECT_ICD(" E11.9 ", "E11.9", 1);
    EXPECT_ICD("I10", "I10", 1);
    EXPECT_ICD("M25511", "M25.511", 1);
    EXPECT_ICD("S93.401A", "S93.401A", 1);
    EXPECT_ICD("T78.40XA", "T78.40XA", 1);
    EXPECT_ICD("t7840xa", "T78.40XA", 1);
    EXPECT_ICD("F32.A", "F32.A", 1);
    EXPECT_ICD("M1A.9XX0", "M1A.9XX0", 1);
    EXPECT_ICD("C4A.9", "C4A.9", 1);
    EXPECT_ICD("Z3A.20", "Z3A.20", 1);
    EXPECT_ICD("L84", "L84", 1);
    EXPECT_ICD("E 11.9", "E11.9", 1);
    EXPECT_ICD("E11,9", "E11.9", 1);
    EXPECT_ICD("E11.9.", "E11.9", 1);
    EXPECT_ICD("(E11.9)", "E11.9", 1);
    EXPECT_ICD("L57.0 - Actinic keratosis", "L57.0", 1);
    EXPECT_ICD("R42, I10", "R42", 1);
}

static void test_icd10__ocr_slips_repaired(void **state)
{
    (void)state;
    EXPECT_ICD("El1.9", "E11.9", 1);
    EXPECT_ICD("Kg0.20", "K80.20", 1); /* a g for an 8 */
    EXPECT_ICD("E1l.9", "E11.9", 1);
    EXPECT_ICD("Ell.9", "E11.9", 1);
    EXPECT_ICD("EI1.9", "E11.9", 1);
    EXPECT_ICD("El19", "E11.9", 1);
    EXPECT_ICD("110", "I10", 1);
    EXPECT_ICD("l10", "I10", 1);
    EXPECT_ICD("I1O", "I10", 1);
    EXPECT_ICD("ll0", "I10", 1);
    EXPECT_ICD("M54.S0", "M54.50", 1);
    EXPECT_ICD("MS4.50", "M54.50", 1);
    EXPECT_ICD("K2l.9", "K21.9", 1);
    EXPECT_ICD("E7B.5", "E78.5", 1);
    EXPECT_ICD("N1B.30", "N18.30", 1);
    EXPECT_ICD("R5l.9", "R51.9", 1);
    EXPECT_ICD("Ml7.11", "M17.11", 1);
    EXPECT_ICD("MlA.9XX0", "M1A.9XX0", 1);
    EXPECT_ICD("Z96.6Sl", "Z96.651", 1);
    EXPECT_ICD("S93.4OlA", "S93.401A", 1);
    EXPECT_ICD("H40.ll3O", "H40.1130", 1);
    /* a first letter read as a digit or a currency sign */
    EXPECT_ICD("430.9", "J30.9", 1);
    EXPECT_ICD("730.9", "J30.9", 1);
    EXPECT_ICD("432.9", "J32.9", 1);
    EXPECT_ICD("\u00a350.9", "L50.9", 1);
    EXPECT_ICD("\u20ac11.9", "E11.9", 1);
    EXPECT_ICD("$83.241A", "S83.241A", 0); /* a dollar sign for the S */
    /* the dot read as another mark, or with one beside it */
    EXPECT_ICD("C18+9", "C18.9", 1);
    EXPECT_ICD("H91-.90", "H91.90", 1);
}

static void test_icd10__unknown_but_well_formed(void **state)
{
    (void)state;
    EXPECT_ICD("E11.3553", "E11.3553", 0);
    EXPECT_ICD("Q21.0", "Q21.0", 0);
    EXPECT_ICD("S52.521A", "S52.521A", 0);
    EXPECT_ICD("A00.1", "A00.1", 0);
    EXPECT_ICD("X12", "X12", 0);
}

static void test_icd10__malformed_refused(void **state)
{
    (void)state;
    REFUSE_ICD("");
    REFUSE_ICD("E1");
    REFUSE_ICD("E11.99999");
    REFUSE_ICD("11.9");      /* no letter, and no repair lands in the table */
    REFUSE_ICD("EE1.9");     /* no repair lands in the table */
    REFUSE_ICD("E1.19");     /* dot in the wrong place */
    REFUSE_ICD("EAB");
    REFUSE_ICD("A1B.1");     /* letter third outside C4A, M1A ... */
    REFUSE_ICD("N/A");
    REFUSE_ICD("$75");       /* a copay, not S75 */
    REFUSE_ICD("Dx: E11.9");
    REFUSE_ICD(NULL);
    char out[8];
    assert_int_equal(fi_norm_icd10("E11.9", out, sizeof out, NULL), 1); /* known optional */
    char tiny[5] = "junk";
    assert_int_equal(fi_norm_icd10("E11.9", tiny, sizeof tiny, NULL), 0);
    assert_string_equal(tiny, "");
}

static void test_icd10__table_sorted_and_well_formed(void **state)
{
    (void)state;
    size_t n = 0;
    const char *const *t = fi_icd10_table(&n);
    assert_non_null(t);
    assert_true(n >= 300);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && strcmp(t[i - 1], t[i]) >= 0)
            fail_msg("table out of order at %s, %s", t[i - 1], t[i]);
        /* every entry normalizes to itself and is found */
        char out[16];
        int known = 0;
        if (fi_norm_icd10(t[i], out, sizeof out, &known) != 1 || strcmp(out, t[i]) != 0 ||
            !known)
            fail_msg("table entry %s normalizes to \"%s\" known=%d", t[i], out, known);
        assert_true(fi_icd10_known(t[i]));
    }
    assert_true(fi_icd10_known("E11.9"));
    assert_true(fi_icd10_known("I10"));
    assert_false(fi_icd10_known("E119"));
    assert_false(fi_icd10_known("e11.9"));
    assert_false(fi_icd10_known("M54.5")); /* retired in 2021 */
    assert_false(fi_icd10_known(""));
    assert_false(fi_icd10_known(NULL));
}

/* ---- names ------------------------------------------------------------- */

static void test_person__forms(void **state)
{
    (void)state;
    EXPECT_PERSON("OKAFOR, JANE M", "OKAFOR", "JANE");
    EXPECT_PERSON("Okafor, Jane", "Okafor", "Jane");
    EXPECT_PERSON("Okafor,Jane", "Okafor", "Jane");
    EXPECT_PERSON("Jane M. Okafor", "Okafor", "Jane");
    EXPECT_PERSON("Jane Okafor", "Okafor", "Jane");
    EXPECT_PERSON("Ms. Jane Okafor", "Okafor", "Jane");
    EXPECT_PERSON("MRS JANE OKAFOR", "OKAFOR", "JANE");
    EXPECT_PERSON("Okafor, Ms. Jane", "Okafor", "Jane");
    EXPECT_PERSON("SMITH, MARY ANN", "SMITH", "MARY ANN");
    EXPECT_PERSON("RAMIREZ, JUAN CARLOS", "RAMIREZ", "JUAN CARLOS");
    /* a middle name is no part of the first name */
    EXPECT_PERSON("PRICE, MAUREEN ELIZABETH", "PRICE", "MAUREEN");
    EXPECT_PERSON("Sandoval, Marisol Ines", "Sandoval", "Marisol");
    EXPECT_PERSON("Thompson, Mary Ann B.", "Thompson", "Mary Ann");
    EXPECT_PERSON("Mary Ann Smith", "Smith", "Mary");
    EXPECT_PERSON("DUBOIS, EMEKA H", "DUBOIS", "EMEKA");
    EXPECT_PERSON("Emeka H. Dubois", "Dubois", "Emeka");
    EXPECT_PERSON("Jane M.Okafor", "Okafor", "Jane");
    EXPECT_PERSON("Robert (Bob) Smith", "Smith", "Robert");
    EXPECT_PERSON("John Smith Jr.", "Smith", "John");
    EXPECT_PERSON("Smith Jr, John", "Smith", "John");
    EXPECT_PERSON("  Okafor ,  Jane  ", "Okafor", "Jane");
}

static void test_person__surnames_kept_whole(void **state)
{
    (void)state;
    EXPECT_PERSON("Sean O'Brien", "O'Brien", "Sean");
    EXPECT_PERSON("O'BRIEN, SEAN", "O'BRIEN", "SEAN");
    EXPECT_PERSON("Leilani Gonzalez-Rivera", "Gonzalez-Rivera", "Leilani");
    EXPECT_PERSON("Garcia-Lopez, Ana", "Garcia-Lopez", "Ana");
    EXPECT_PERSON("Karen Osei- Bonsu", "Osei-Bonsu", "Karen");
    EXPECT_PERSON("Hamza Van Dyke", "Van Dyke", "Hamza");
    EXPECT_PERSON("VAN DYKE, HAMZA", "VAN DYKE", "HAMZA");
    EXPECT_PERSON("Vikram St. Clair", "St. Clair", "Vikram");
    EXPECT_PERSON("St. Clair, Vikram", "St. Clair", "Vikram");
    EXPECT_PERSON("Maria De La Cruz", "De La Cruz", "Maria");
    EXPECT_PERSON("Juan Carlos Reddy", "Reddy", "Juan");
    EXPECT_PERSON("Reddy, Juan Carlos", "Reddy", "Juan Carlos");
    EXPECT_PERSON("José García", "García", "José");
    EXPECT_PERSON("Jane\xc2\xa0Okafor", "Okafor", "Jane");
    EXPECT_PERSON("Sean O\xe2\x80\x99" "Brien", "O\xe2\x80\x99" "Brien", "Sean");
    /* a capital I read as a mark before the rest of the name */
    EXPECT_PERSON("Tanaka, {mani", "Tanaka", "Imani");
    EXPECT_PERSON("\xe2\x80\x98" "brahim Singh", "Singh", "Ibrahim");
    EXPECT_PERSON("|WU, OLUMIDE", "IWU", "OLUMIDE");
    /* OCR's comma after a middle initial is not a surname's */
    EXPECT_PERSON("Sarah M, Morrison", "Morrison", "Sarah");
    EXPECT_PERSON("Morrison, Sarah M", "Morrison", "Sarah");
}

#define EXPECT_PAYER(in, want, want_known)                                                 \
    do {                                                                                   \
        char out_[128];                                                                    \
        int known_ = fi_norm_payer((in), out_, sizeof out_);                               \
        if (known_ != (want_known) || strcmp(out_, (want)) != 0)                           \
            fail_msg("fi_norm_payer(\"%s\") gave %d \"%s\", want %d \"%s\"", (in), known_, \
                     out_, (want_known), (want));                                          \
    } while (0)

static void test_payer__slips_repaired(void **state)
{
    (void)state;
    EXPECT_PAYER("Medicare", "Medicare", 1);
    EXPECT_PAYER("MEDICAID", "Medicaid", 1);
    EXPECT_PAYER("Medicire", "Medicare", 1);
    EXPECT_PAYER("Kaiscr Permancate", "Kaiser Permanente", 1);
    EXPECT_PAYER("AEINA SETTER HEALTH", "Aetna Better Health", 1);
    EXPECT_PAYER("Aetna", "Aetna", 1);
    EXPECT_PAYER("BOBS", "BCBS", 1);
    EXPECT_PAYER("Blu Cross Blue Shield PPO", "Blue Cross Blue Shield PPO", 1);
}

static void test_payer__unlisted_kept(void **state)
{
    (void)state;
    EXPECT_PAYER("Lakeside Community Health Plan", "Lakeside Community Health Plan", 0);
    EXPECT_PAYER("Self", "Self", 0);
    EXPECT_PAYER("PPO", "PPO", 0);
}

/* A kind of plan printed under "Plan:" is not a payer; a payer whose name
 * holds such a word is. */
static void test_payer__plan_types(void **state)
{
    (void)state;
    assert_true(fi_payer_is_plan_type("PPO"));
    assert_true(fi_payer_is_plan_type("HMO Plus"));
    assert_true(fi_payer_is_plan_type("epo network"));
    assert_false(fi_payer_is_plan_type("Aetna PPO"));
    assert_false(fi_payer_is_plan_type("Tufts Health Plan"));
    assert_false(fi_payer_is_plan_type(""));
}

/* A member ID against its plan's published form: look-alikes taken for
 * the form's digits and letters, a stray mark dropped, a lost prefix
 * restored (with repair only); IDs of another form, and plans without
 * one, are told apart. */
static void test_payer__member_id_form(void **state)
{
    (void)state;
    static const struct {
        const char *payer, *id;
        int repair, rc;         /* rc: 1 + look-alikes taken, 0 no fit, -1 no form */
        const char *want;       /* the fitted ID, when rc > 0 */
    } cases[] = {
        {"Aetna", "W509579013", 0, 1, "W509579013"},
        {"Aetna Better Health", "WS09579013", 0, 2, "W509579013"},
        /* Medicare's identifier: digits and letters in their places, dashes kept */
        {"Medicare", "1JP9-QT0-TT81", 0, 1, "1JP9-QT0-TT81"},
        {"Medicare", "8CH2VYIGT14", 0, 2, "8CH2VY1GT14"},
        /* its letters are never S L O I B Z: "0" stays a digit where either may be */
        {"Medicare", "1JP9-QTO-TT81", 0, 2, "1JP9-QT0-TT81"},
        {"Medicare", "1SP9QT0TT81", 0, 0, NULL},
        {"Medicare Advantage", "0JP9QT0TT81", 0, 0, NULL},
        /* a stray mark before it, a lost prefix: only with repair */
        {"Medicare", "S5U66T69VX81", 0, 0, NULL},
        {"Medicare", "S5U66T69VX81", 1, 2, "5U66T69VX81"},
        {"Humana", "88809362", 1, 2, "H88809362"},
        /* of another form */
        {"Humana", "H8880936", 1, 0, NULL},
        {"UnitedHealthcare", "00604907800", 0, 1, "00604907800"},
        {"Kaiser Permanente", "877255", 1, 0, NULL},
        /* plans without one form */
        {"Medicaid", "RM10451M", 1, -1, NULL},
        {"Acme Health", "W509579013", 1, -1, NULL},
        {"Aetnaville", "W509579013", 1, -1, NULL},
    };
    char out[64];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int rc = fi_payer_id_fit(cases[i].payer, cases[i].id, cases[i].repair, out, sizeof out);
        if (rc != cases[i].rc || (cases[i].want && strcmp(out, cases[i].want) != 0))
            print_error("%s %s: %d \"%s\"\n", cases[i].payer, cases[i].id, rc, rc > 0 ? out : "");
        assert_int_equal(rc, cases[i].rc);
        if (cases[i].want)
            assert_string_equal(out, cases[i].want);
    }
    /* an MBI wherever a member ID is read: spaces dropped, dashes kept */
    assert_int_equal(fi_norm_mbi("8PMS-MP7-FR82", out, sizeof out), 1);
    assert_string_equal(out, "8PM5-MP7-FR82");
    assert_int_equal(fi_norm_mbi("1EG4 TE5 MK73", out, sizeof out), 1);
    assert_string_equal(out, "1EG4TE5MK73");
    assert_int_equal(fi_norm_mbi("W509579013", out, sizeof out), 0);
    assert_int_equal(fi_norm_mbi("0EG4TE5MK73", out, sizeof out), 0);
    assert_true(fi_payer_id_telling("Medicare"));
    assert_true(fi_payer_id_telling("Aetna"));
    assert_false(fi_payer_id_telling("Kaiser Permanente"));
    assert_false(fi_payer_id_telling("Medicaid"));
}

static void test_person__refused(void **state)
{
    (void)state;
    REFUSE_PERSON("Okafor");
    REFUSE_PERSON("Jane 0kafor");   /* digits are not in names */
    REFUSE_PERSON("Room 12");
    REFUSE_PERSON("SUMMARY - PROBLEMS AND MEDICATIONS"); /* a heading */
    REFUSE_PERSON("Seen in clinic for follow-up");
    REFUSE_PERSON("Oak Ave");                  /* an address */
    REFUSE_PERSON("Washington St.");
    REFUSE_PERSON("");
    REFUSE_PERSON(", ");
    REFUSE_PERSON("Ms. Okafor");
    REFUSE_PERSON("Wii \xe2\x80\x98i");   /* OCR noise: no surname has one letter */
    REFUSE_PERSON("Wiohinglon i");
    REFUSE_PERSON(NULL);
    char l[4], f[16];
    assert_int_equal(fi_norm_person("Okafor, Jane", l, sizeof l, f, sizeof f), 0);
    assert_string_equal(l, "");
    assert_string_equal(f, "");
}

static void test_provider__titles_and_credentials(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_provider, "Dr. Sarah K. Whitfield, MD", "Sarah Whitfield");
    EXPECT_NORM(fi_norm_provider, "Whitfield, Sarah MD", "Sarah Whitfield");
    EXPECT_NORM(fi_norm_provider, "Sarah Whitfield", "Sarah Whitfield");
    EXPECT_NORM(fi_norm_provider, "Michael Lindqvist MD", "Michael Lindqvist");
    EXPECT_NORM(fi_norm_provider, "SHAH, DIANA MD", "DIANA SHAH");
    /* a credential with a letter OCR made a mark of, after its comma */
    EXPECT_NORM(fi_norm_provider, "Catherine D. Okonkwo, PA-\u00ab", "Catherine Okonkwo");
    EXPECT_NORM(fi_norm_provider, "RAHMAN, BRIAN C MD", "BRIAN RAHMAN");
    EXPECT_NORM(fi_norm_provider, "Gregory S. Kavanagh DO", "Gregory Kavanagh");
    EXPECT_NORM(fi_norm_provider, "Hassan Osei-Bonsu, DO", "Hassan Osei-Bonsu");
    EXPECT_NORM(fi_norm_provider, "Dr. Catherine Yoon", "Catherine Yoon");
    EXPECT_NORM(fi_norm_provider, "HARTMAN, KENNETH DO", "KENNETH HARTMAN");
    EXPECT_NORM(fi_norm_provider, "Sarah Whitfield M.D.", "Sarah Whitfield");
    EXPECT_NORM(fi_norm_provider, "Sarah Whitfield, MD, FACP", "Sarah Whitfield");
    EXPECT_NORM(fi_norm_provider, "Sarah Whitfield MD FACC", "Sarah Whitfield");
    EXPECT_NORM(fi_norm_provider, "Laura Brennan, PA-C", "Laura Brennan");
    EXPECT_NORM(fi_norm_provider, "Laura Brennan, FNP-C", "Laura Brennan");
    EXPECT_NORM(fi_norm_provider, "Brennan, Laura, FNP-BC", "Laura Brennan");
    EXPECT_NORM(fi_norm_provider, "Paul Iwu, NP", "Paul Iwu");
    EXPECT_NORM(fi_norm_provider, "Anita Chen RN", "Anita Chen");
    EXPECT_NORM(fi_norm_provider, "Olumide Patel, DPM", "Olumide Patel");
    EXPECT_NORM(fi_norm_provider, "Meera Chen, MD, PhD", "Meera Chen");
    EXPECT_NORM(fi_norm_provider, "Ming Yoon MBBS", "Ming Yoon");
    EXPECT_NORM(fi_norm_provider, "Dr.Sarah Whitfield", "Sarah Whitfield");
    EXPECT_NORM(fi_norm_provider, "Whitfield MD, Sarah", "Sarah Whitfield");
    EXPECT_NORM(fi_norm_provider, "Hamza Van Dyke, MD", "Hamza Van Dyke");
}

static void test_provider__surname_that_is_a_credential(void **state)
{
    (void)state;
    /* Do is a surname as well as D.O.; the name needs two words */
    EXPECT_NORM(fi_norm_provider, "Minh Do, MD", "Minh Do");
    EXPECT_NORM(fi_norm_provider, "Minh Do", "Minh Do");
    EXPECT_NORM(fi_norm_provider, "Do, Minh MD", "Minh Do");
    EXPECT_NORM(fi_norm_provider, "Dr. Minh Do DO", "Minh Do");
    assert_true(fi_name_is_title("Mrs.", 4));
    assert_true(fi_name_is_title("REV", 3));
    assert_false(fi_name_is_title("Tanaka.", 7));
    /* a Dr. read as "Or" before a first and last name */
    EXPECT_NORM(fi_norm_provider, "Or Robert Coleman", "Robert Coleman");
    EXPECT_NORM(fi_norm_provider, "Or. Robert Coleman, MD", "Robert Coleman");
}

static void test_provider__refused(void **state)
{
    (void)state;
    REFUSE_NORM(fi_norm_provider, "Dr. Whitfield");
    REFUSE_NORM(fi_norm_provider, "MD");
    REFUSE_NORM(fi_norm_provider, "Provider 12");
    REFUSE_NORM(fi_norm_provider, "");
    REFUSE_NORM(fi_norm_provider, NULL);
    char out[8] = "junk";
    assert_int_equal(fi_norm_provider("Sarah Whitfield", out, sizeof out), 0);
    assert_string_equal(out, "");
}

/* ---- codes ------------------------------------------------------------- */

static void test_specialty__wordings(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_specialty, "GI", "gastroenterology");
    EXPECT_NORM(fi_norm_specialty, "Gastroenterology", "gastroenterology");
    EXPECT_NORM(fi_norm_specialty, "ENT", "otolaryngology");
    EXPECT_NORM(fi_norm_specialty, "Ear, Nose & Throat", "otolaryngology");
    EXPECT_NORM(fi_norm_specialty, "Otolaryngology", "otolaryngology");
    EXPECT_NORM(fi_norm_specialty, "Ortho", "orthopedics");
    EXPECT_NORM(fi_norm_specialty, "Orthopaedic surgery", "orthopedics");
    EXPECT_NORM(fi_norm_specialty, "Orthopedics", "orthopedics");
    EXPECT_NORM(fi_norm_specialty, "Cardiology consult", "cardiology");
    EXPECT_NORM(fi_norm_specialty, "CARDIOLOGY", "cardiology");
    EXPECT_NORM(fi_norm_specialty, "Heme/Onc", "hematology");
    EXPECT_NORM(fi_norm_specialty, "Hematology", "hematology");
    EXPECT_NORM(fi_norm_specialty, "Oncology", "oncology");
    EXPECT_NORM(fi_norm_specialty, "Surgical oncology", "oncology");
    EXPECT_NORM(fi_norm_specialty, "OB/GYN", "obstetrics_gynecology");
    EXPECT_NORM(fi_norm_specialty, "Gynecology", "obstetrics_gynecology");
    EXPECT_NORM(fi_norm_specialty, "PT", "physical_therapy");
    EXPECT_NORM(fi_norm_specialty, "Physical Therapy", "physical_therapy");
    EXPECT_NORM(fi_norm_specialty, "PT eval & treat", "physical_therapy");
    EXPECT_NORM(fi_norm_specialty, "Derm", "dermatology");
    EXPECT_NORM(fi_norm_specialty, "Neuro", "neurology");
    EXPECT_NORM(fi_norm_specialty, "Pulm", "pulmonology");
    EXPECT_NORM(fi_norm_specialty, "Pulmonary", "pulmonology");
    EXPECT_NORM(fi_norm_specialty, "Rheum", "rheumatology");
    EXPECT_NORM(fi_norm_specialty, "Endo", "endocrinology");
    EXPECT_NORM(fi_norm_specialty, "Allergy & Immunology", "allergy");
    EXPECT_NORM(fi_norm_specialty, "Ophtho", "ophthalmology");
    EXPECT_NORM(fi_norm_specialty, "Eye", "ophthalmology");
    EXPECT_NORM(fi_norm_specialty, "Neuro-ophthalmology", "ophthalmology");
    EXPECT_NORM(fi_norm_specialty, "Renal", "nephrology");
    EXPECT_NORM(fi_norm_specialty, "Podiatric", "podiatry");
    EXPECT_NORM(fi_norm_specialty, "Foot and ankle", "podiatry");
    EXPECT_NORM(fi_norm_specialty, "Ortho foot and ankle", "orthopedics");
    EXPECT_NORM(fi_norm_specialty, "Gen Surg", "general_surgery");
    EXPECT_NORM(fi_norm_specialty, "General Surgery", "general_surgery");
    EXPECT_NORM(fi_norm_specialty, "Behavioral health", "psychiatry");
    EXPECT_NORM(fi_norm_specialty, "Other: Psych", "psychiatry");
    EXPECT_NORM(fi_norm_specialty, "Uro", "urology");
    EXPECT_NORM(fi_norm_specialty, "Urogynecology", "obstetrics_gynecology");
    EXPECT_NORM(fi_norm_specialty, "Cardio1ogy", "cardiology");
}

static void test_specialty__refused(void **state)
{
    (void)state;
    REFUSE_NORM(fi_norm_specialty, "Internal Medicine");
    REFUSE_NORM(fi_norm_specialty, "Other:");
    REFUSE_NORM(fi_norm_specialty, "Urgent"); /* "ent" inside a word is not ENT */
    REFUSE_NORM(fi_norm_specialty, "");
    REFUSE_NORM(fi_norm_specialty, NULL);
}

static void test_urgency__wordings(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_urgency, "STAT", "stat");
    EXPECT_NORM(fi_norm_urgency, "stat", "stat");
    EXPECT_NORM(fi_norm_urgency, "Emergent", "stat");
    /* the time asked for, when no word says it */
    EXPECT_NORM(fi_norm_urgency, "please schedule within 7 days", "urgent");
    EXPECT_NORM(fi_norm_urgency, "PLEASE SEE WITHIN 24-48 HRS", "stat");
    EXPECT_NORM(fi_norm_urgency, "Routine (first visit within 14 days)", "routine");
    EXPECT_NORM(fi_norm_urgency, "ASAP", "urgent");
    EXPECT_NORM(fi_norm_urgency, "Urgent", "urgent");
    EXPECT_NORM(fi_norm_urgency, "URGENT", "urgent");
    EXPECT_NORM(fi_norm_urgency, "Expedited", "urgent");
    EXPECT_NORM(fi_norm_urgency, "Priority", "urgent");
    EXPECT_NORM(fi_norm_urgency, "High priority", "urgent");
    EXPECT_NORM(fi_norm_urgency, "Routine", "routine");
    EXPECT_NORM(fi_norm_urgency, "Standard", "routine");
    EXPECT_NORM(fi_norm_urgency, "Elective", "routine");
    EXPECT_NORM(fi_norm_urgency, "Priority: Normal", "routine");
    EXPECT_NORM(fi_norm_urgency, "Urgency: Routine", "routine");
    EXPECT_NORM(fi_norm_urgency, "Non-urgent", "routine");
    EXPECT_NORM(fi_norm_urgency, "not urgent", "routine");
    REFUSE_NORM(fi_norm_urgency, "Status");
    REFUSE_NORM(fi_norm_urgency, "");
    REFUSE_NORM(fi_norm_urgency, NULL);
}

static void test_sex__wordings(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_sex, "Male", "M");
    EXPECT_NORM(fi_norm_sex, "M", "M");
    EXPECT_NORM(fi_norm_sex, "male", "M");
    EXPECT_NORM(fi_norm_sex, "Female", "F");
    EXPECT_NORM(fi_norm_sex, "F", "F");
    EXPECT_NORM(fi_norm_sex, "FEMALE", "F");
    EXPECT_NORM(fi_norm_sex, "Gender: Female", "F");
    EXPECT_NORM(fi_norm_sex, "Unknown", "U");
    EXPECT_NORM(fi_norm_sex, "U", "U");
    EXPECT_NORM(fi_norm_sex, "X", "U");
    REFUSE_NORM(fi_norm_sex, "M F");   /* a checkbox row read whole */
    EXPECT_NORM(fi_norm_sex, "M/F M", "M"); /* the form's hint, then the answer */
    EXPECT_NORM(fi_norm_sex, "F/M/X  F", "F");
    REFUSE_NORM(fi_norm_sex, "M/F");
    REFUSE_NORM(fi_norm_sex, "Q");
    REFUSE_NORM(fi_norm_sex, "");
    REFUSE_NORM(fi_norm_sex, NULL);
}

static void test_id__forms(void **state)
{
    (void)state;
    EXPECT_NORM(fi_norm_id, "CRN974124622", "CRN974124622");
    EXPECT_NORM(fi_norm_id, "LUR 993026589", "LUR993026589");
    EXPECT_NORM(fi_norm_id, "U56496935 03", "U5649693503");
    EXPECT_NORM(fi_norm_id, "7GE2-AK8-FY79", "7GE2-AK8-FY79");
    EXPECT_NORM(fi_norm_id, "#: 02842189", "02842189");
    EXPECT_NORM(fi_norm_id, "A7069526.", "A7069526");
    EXPECT_NORM(fi_norm_id, "8KO2C55WT59", "8K02C55WT59"); /* O beside a digit */
    EXPECT_NORM(fi_norm_id, "7A30-Y02-AFO1", "7A30-Y02-AF01");
    EXPECT_NORM(fi_norm_id, "XOJ123456", "XOJ123456");       /* O among letters stays */
    EXPECT_NORM(fi_norm_id, "Ai142192", "A1142192");
    REFUSE_NORM(fi_norm_id, "ABCDEF");    /* no digit */
    REFUSE_NORM(fi_norm_id, "123/456");
    REFUSE_NORM(fi_norm_id, "12.34");
    REFUSE_NORM(fi_norm_id, "1D");      /* the label "ID", misread */
    REFUSE_NORM(fi_norm_id, "");
    REFUSE_NORM(fi_norm_id, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date__common_forms),
        cmocka_unit_test(test_date__surrounding_text),
        cmocka_unit_test(test_date__two_digit_year_pivot),
        cmocka_unit_test(test_date__ocr_slips_repaired),
        cmocka_unit_test(test_date__invalid_refused),
        cmocka_unit_test(test_date__output_too_small_refused),
        cmocka_unit_test(test_date__plausible_dob),
        cmocka_unit_test(test_date__plausible_recent),
        cmocka_unit_test(test_phone__common_forms),
        cmocka_unit_test(test_phone__labels_and_extensions),
        cmocka_unit_test(test_phone__ocr_slips_repaired),
        cmocka_unit_test(test_phone__invalid_refused),
        cmocka_unit_test(test_npi__check_digit),
        cmocka_unit_test(test_npi__found_in_text),
        cmocka_unit_test(test_npi__invalid_refused),
        cmocka_unit_test(test_icd10__normalized),
        cmocka_unit_test(test_icd10__ocr_slips_repaired),
        cmocka_unit_test(test_icd10__unknown_but_well_formed),
        cmocka_unit_test(test_icd10__malformed_refused),
        cmocka_unit_test(test_icd10__table_sorted_and_well_formed),
        cmocka_unit_test(test_person__forms),
        cmocka_unit_test(test_person__surnames_kept_whole),
        cmocka_unit_test(test_person__refused),
        cmocka_unit_test(test_payer__slips_repaired),
        cmocka_unit_test(test_payer__unlisted_kept),
        cmocka_unit_test(test_payer__plan_types),
        cmocka_unit_test(test_payer__member_id_form),
        cmocka_unit_test(test_provider__titles_and_credentials),
        cmocka_unit_test(test_provider__surname_that_is_a_credential),
        cmocka_unit_test(test_provider__refused),
        cmocka_unit_test(test_specialty__wordings),
        cmocka_unit_test(test_specialty__refused),
        cmocka_unit_test(test_urgency__wordings),
        cmocka_unit_test(test_sex__wordings),
        cmocka_unit_test(test_id__forms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
