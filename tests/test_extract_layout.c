/*
 * test_extract_layout.c: fi_extract with the built-in rules on small
 * documents built word by word, one per layout that referrals come in:
 * a two-column form, a table, labels above their values, checkboxes, a
 * free-text letter, context groups, and pages that are not the referral
 * (progress notes, a fax cover sheet).
 *
 * Words are laid out left to right at 14 px a character with 12 px gaps
 * and 24 px high; each call of add_line() is one OCR line (its own line
 * id), as Tesseract reports the columns of a form and the cells of a table.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "extract/extract.h"
#include "ocr/words.h"

enum { CHAR_W = 14, GAP_W = 12, LINE_H = 24, PAGE_W = 1700, PAGE_H = 2200 };

static fi_rules *rules;

static int setup(void **state)
{
    (void)state;
    char *err = NULL;
    if (fi_rules_default(&rules, &err) != 0) {
        fprintf(stderr, "default rules: %s\n", err ? err : "?");
        free(err);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    fi_rules_free(rules);
    rules = NULL;
    return 0;
}

/* Lays the words of text out from x on row y as OCR line line_id; "[ ]"
 * and "[X]" are one word each (a detected box).  Returns the x after the
 * last word. */
static int add_line(fi_page *page, int line_id, int y, int x, const char *text)
{
    const char *p = text;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        size_t len;
        if (strncmp(p, "[ ]", 3) == 0)
            len = 3;
        else
            len = strcspn(p, " ");
        char word[128];
        snprintf(word, sizeof word, "%.*s", (int)len, p);
        int w = (int)len * CHAR_W;
        assert_int_equal(fi_page_add_word(page, word, 0.95f, x, y, x + w, y + LINE_H, 0, line_id), 0);
        x += w + GAP_W;
        p += len;
    }
    return x;
}

/* A page from rows of "x|text" cells: each cell is its own OCR line, rows
 * 40 px apart from y=150.  A NULL ends the list; "" skips a row. */
static fi_page *add_page(fi_doc *doc, const char *const *rows)
{
    fi_page *page = fi_doc_add_page(doc, PAGE_W, PAGE_H, 200);
    assert_non_null(page);
    int line = 0, y = 150;
    for (int r = 0; rows[r]; r++, y += 40) {
        /* cells separated by '\t': "140|Patient: X\t890|Sex: F" */
        char buf[512];
        snprintf(buf, sizeof buf, "%s", rows[r]);
        char *save = NULL;
        for (char *cell = strtok_r(buf, "\t", &save); cell; cell = strtok_r(NULL, "\t", &save)) {
            char *bar = strchr(cell, '|');
            assert_non_null(bar);
            *bar = '\0';
            add_line(page, line++, y, atoi(cell), bar + 1);
        }
    }
    fi_page_update_conf(page);
    return page;
}

static fi_doc *doc_of(const char *const *page1, const char *const *page2,
                      const char *const *page3)
{
    fi_doc *doc = fi_doc_new("test.tif");
    assert_non_null(doc);
    if (page1)
        add_page(doc, page1);
    if (page2)
        add_page(doc, page2);
    if (page3)
        add_page(doc, page3);
    return doc;
}

static fi_result *run(const fi_doc *doc)
{
    fi_result *res = fi_extract(rules, doc, NULL, NULL);
    assert_non_null(res);
    return res;
}

/* Compares a field's JSON text with want (NULL: not found), exactly or
 * case-folded; on a mismatch prints what extraction saw. */
static void check_value(const fi_result *res, const fi_doc *doc, const char *field,
                        const char *want, int fold, const char *file, int line)
{
    char *got = fi_result_value(res, field);
    int same = (!got && !want) ||
               (got && want && (fold ? strcasecmp(got, want) : strcmp(got, want)) == 0);
    if (!same) {
        char *explain = fi_extract_explain(rules, doc);
        print_message("%s\n", explain ? explain : "(no explain)");
        free(explain);
        print_error("%s: got %s, want %s\n", field, got ? got : "(not found)",
                    want ? want : "(not found)");
        free(got);
        _fail(file, line);
    }
    free(got);
}

#define EXPECT(res, doc, field, want) check_value(res, doc, field, want, 0, __FILE__, __LINE__)
#define EXPECT_CI(res, doc, field, want) check_value(res, doc, field, want, 1, __FILE__, __LINE__)
#define ABSENT(res, doc, field) check_value(res, doc, field, NULL, 0, __FILE__, __LINE__)

/* completeness.missing (review 0) or needs_review (review 1) of the
 * result's JSON, as ",a,b,c," for strstr. */
static char *name_list(const fi_result *res, const fi_doc *doc, int review, double *score)
{
    char *json = fi_result_to_json(res, doc, 0);
    assert_non_null(json);
    cJSON *o = cJSON_Parse(json);
    free(json);
    assert_non_null(o);
    cJSON *comp = cJSON_GetObjectItemCaseSensitive(o, "completeness");
    assert_true(cJSON_IsObject(comp));
    cJSON *missing = review ? cJSON_GetObjectItemCaseSensitive(o, "needs_review")
                            : cJSON_GetObjectItemCaseSensitive(comp, "missing");
    assert_true(cJSON_IsArray(missing));
    cJSON *sc = cJSON_GetObjectItemCaseSensitive(comp, "score");
    assert_true(cJSON_IsNumber(sc));
    if (score)
        *score = sc->valuedouble;
    size_t cap = 1024, n = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    out[n++] = ',';
    out[n] = '\0';
    const cJSON *item;
    cJSON_ArrayForEach(item, missing) {
        assert_true(cJSON_IsString(item));
        n += (size_t)snprintf(out + n, cap - n, "%s,", item->valuestring);
        assert_true(n < cap);
    }
    cJSON_Delete(o);
    return out;
}

/* completeness.missing of the result's JSON, as ",a,b,c," for strstr. */
static char *missing_list(const fi_result *res, const fi_doc *doc, double *score)
{
    return name_list(res, doc, 0, score);
}

/* needs_review of the result's JSON, as ",a,b,c," for strstr. */
static char *review_list(const fi_result *res, const fi_doc *doc)
{
    return name_list(res, doc, 1, NULL);
}

static int listed(const char *list, const char *field)
{
    char probe[64];
    snprintf(probe, sizeof probe, ",%s,", field);
    return strstr(list, probe) != NULL;
}

/* A second reading, the same whatever the region or mode. */
typedef struct reading {
    const char *text;
    float conf;
} reading;

static char *reread_fixed(void *ctx, size_t page, int x0, int y0, int x1, int y1, int mode,
                          const char *whitelist, float *conf)
{
    (void)page, (void)x0, (void)y0, (void)x1, (void)y1, (void)mode, (void)whitelist;
    const reading *r = ctx;
    *conf = r->conf;
    return strdup(r->text);
}

/* Asserts that field is (flagged 1) or is not (0) listed in needs_review. */
static void expect_review(const fi_result *res, const fi_doc *doc, const char *field, int flagged)
{
    char *review = review_list(res, doc);
    assert_non_null(review);
    int is = listed(review, field);
    free(review);
    assert_int_equal(is, flagged);
}

/* Runs a referral form of one patient line and line; field must be want
 * (NULL: not found) and, found, listed for review as review says (-1:
 * either). */
static void expect_on_form(const char *line, const char *field, const char *want, int review)
{
    char row[192];
    snprintf(row, sizeof row, "140|%s", line);
    const char *const page[] = {"140|REFERRAL FORM", "140|Patient Name: Petrov, Margaret", row,
                                NULL};
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, field, want);
    if (want && review >= 0)
        expect_review(res, doc, field, review);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* ---- two-column form --------------------------------------------------- */

static void test_layout__two_column_form(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|PATIENT: DUBOIS, PATRICIA C\t890|Sex: Female",
        "140|DOB: 07/22/1958\t890|Phone: (555) 201-3344",
        "140|Insurance: Aetna\t890|Member ID: W123456789",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Dubois\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Patricia\"");
    EXPECT(res, doc, "patient_sex", "\"F\"");
    EXPECT(res, doc, "patient_dob", "\"1958-07-22\"");
    EXPECT(res, doc, "patient_phone", "\"5552013344\"");
    EXPECT(res, doc, "insurance_payer", "\"Aetna\"");
    EXPECT(res, doc, "insurance_member_id", "\"W123456789\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* OCR garbled the "ID" of the labels ("tp;", "ED:"); the colon after
 * them still ends the label.  "Referred by:" is no "Referred to". */
static void test_layout__garbled_id_label(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Insurance: Aetna\t890|Subscriber tp; W123456789",
        "140|Patient Name: DUBOIS, PATRICIA\t890|Patient ED: A5550123",
        "140|Referred by: Karen Shah MD",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "insurance_member_id", "\"W123456789\"");
    EXPECT(res, doc, "patient_mrn", "\"A5550123\"");
    ABSENT(res, doc, "referred_to_provider");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A phone's label of two words amid a cell, no colon after it, the
 * number right after it ("Physician Office Phone 507-529-3300"); not when
 * punctuation parts its words ("Referral Office, fax ..." names another
 * office's number).  A letterhead's fax number with a brace for its
 * parenthesis ("Fax (505} 881-4478") is still a number. */
static void test_layout__phone_label_amid_cell(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|REQUESTING PHYSICIAN",
        "140|Attending Physician Daniel Kurtzman, MD\t800|Physician Office Phone 507-529-3300",
        "140|Physician NPI 1765910389\t800|Physician Office Fax 507-529-3315",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_phone", "\"5075293300\"");
    EXPECT(res, doc, "referring_fax", "\"5075293315\"");
    fi_result_free(res);
    fi_doc_free(doc);

    const char *const routed[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|Route to: Central Referral Office, fax 814-452-7790",
        "140|Send to: Central Referral Office - fax 814-452-7791",
        NULL,
    };
    doc = doc_of(routed, NULL, NULL);
    res = run(doc);
    ABSENT(res, doc, "referring_fax");
    fi_result_free(res);
    fi_doc_free(doc);

    const char *const letterhead[] = {
        "140|MESA VERDE FAMILY PRACTICE",
        "140|4801 Montgomery Blvd NE - Albuquerque, NM 87109 - Main (505) 881-4470 - Fax (505} 881-4478",
        "140|PATIENT REFERRAL",
        "140|Patient name: Petrov, Margaret",
        NULL,
    };
    doc = doc_of(letterhead, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "referring_phone", "\"5058814470\"");
    EXPECT(res, doc, "referring_fax", "\"5058814478\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A table's captions that qualify a label with another ("REFERRING
 * PROVIDER NPI", "REFERRING OFFICE PHONE / FAX") over their values: the
 * caption is the last label's, for the party the first names.  A payer's
 * phone is neither the patient's nor the referrer's. */
static void test_layout__qualified_captions(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|REFERRING PROVIDER\t634|REFERRING PROVIDER NPI\t1143|REFERRING OFFICE PHONE / FAX",
        "140|Anders Lindgren, MD\t634|1458207366\t1143|(616) 392-4480 / (616) 392-4491",
        "140|SECONDARY INSURANCE",
        "140|Payer phone 1-800-523-7774",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "referring_provider", "\"Anders Lindgren\"");
    EXPECT(res, doc, "referring_npi", "\"1458207366\"");
    EXPECT(res, doc, "referring_phone", "\"6163924480\"");
    ABSENT(res, doc, "patient_phone");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "First" and "Last" caption a name's parts, but not in prose: a reason
 * may begin with "First unprovoked ...", and "Last spirometry ..." still
 * ends the reason above it.  Notes to the scheduler are no reason when a
 * reason is given. */
static void test_layout__name_part_words_in_prose(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|Reason\t400|First unprovoked generalized seizure on 10/31, ED CT head negative",
        "400|and new word-finding difficulty",
        "140|Last spirometry 2019: FEV1 1.22 L",
        "140|Notes to scheduler: daughter helps with transport",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "reason", "\"First unprovoked generalized seizure on 10/31, ED CT head negative "
                                "and new word-finding difficulty\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Margaret\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A reason's paragraph ends with a line that ends short, room left on it
 * for the next line's first word: the next line is another paragraph,
 * even when a text rule reads on into it.  A list's lines are no prose. */
static void test_layout__reason_ends_with_its_paragraph(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|Diagnoses",
        "140|I10 Essential hypertension",
        "140|R00.2 Palpitations",
        "140|I48.91 Atrial fibrillation",
        "140|REASON FOR REFERRAL",
        "140|Palpitations and elevated blood pressure despite two antihypertensive agents; please evaluate for",
        "140|arrhythmia and optimize BP regimen",
        "140|Pertinent History / ATTACHMENTS Labs from 10/2026 attached",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "reason",
           "\"Palpitations and elevated blood pressure despite two antihypertensive agents; please "
           "evaluate for arrhythmia and optimize BP regimen\"");
    EXPECT(res, doc, "diagnosis_codes", "[\"I10\",\"R00.2\",\"I48.91\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A caption's second wording after a slash ends where the name begins
 * ("Name / credentials Esperanza Villalobos, CNP"); a caption's number
 * ("18. Servicing NP") begins no name. */
static void test_layout__slash_wording_before_name(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|REFERRING PROVIDER",
        "140|Name / credentials Esperanza Villalobos, CNP",
        "140|SERVICING PROVIDER / FACILITY",
        "140|17. Provider / facility name 18. Servicing NP",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "referring_provider", "\"Esperanza Villalobos\"");
    ABSENT(res, doc, "referred_to_provider");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The primary care physician refers unless the form names the referring
 * provider too. */
static void test_layout__referring_provider_over_pcp(void **state)
{
    (void)state;
    const char *const named[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret\t800|PCP: Anika Sorensen, NP",
        "140|Referring provider: Brandt, Hollis MD",
        NULL,
    };
    fi_doc *doc = doc_of(named, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "referring_provider", "\"Hollis Brandt\"");
    fi_result_free(res);
    fi_doc_free(doc);

    const char *const pcp_only[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret\t800|PCP: Anika Sorensen, NP",
        NULL,
    };
    doc = doc_of(pcp_only, NULL, NULL);
    res = run(doc);
    EXPECT_CI(res, doc, "referring_provider", "\"Anika Sorensen\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A clinician's name, credentials and NPI on one line, no label naming
 * the referring provider: that clinician refers. */
static void test_layout__provider_beside_npi(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|Jordan Ellery, MSN, CPNP-PC\t700|NPI 1944173206",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "referring_provider", "\"Jordan Ellery\"");
    EXPECT(res, doc, "referring_npi", "\"1944173206\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A provider named by an initial ("L Baca") whose first name the
 * document prints in full elsewhere ("Lucia M, Baca, MD", the initial's
 * dot read as a comma) takes it. */
static void test_layout__provider_initial_spelled_out(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|Referring provider: L Baca",
        "140|Signed: Lucia M, Baca, MD",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "referring_provider", "\"Lucia Baca\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A three-letter code label one slip off ("MAN:" for MRN) still labels a
 * record number; "DOS:" never passes for DOB. */
static void test_layout__code_label_slip(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: DUBOIS, PATRICIA\t890|MAN: 03469417",
        "140|DOS: 09/04/2026",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_mrn", "\"03469417\"");
    ABSENT(res, doc, "patient_dob");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Letters OCR was unsure of put a member number in doubt, not a health
 * plan recognized on the shipped list, nor one an ID beside it competes
 * with. */
static void test_layout__unsure_letters_and_closed_values(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Payer: Medicare\t890|Member ID: W123456789",
        "140|Ins: SCH2VYIGTIA",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.55f;
    fi_result *res = run(doc);
    EXPECT(res, doc, "insurance_payer", "\"Medicare\"");
    EXPECT(res, doc, "insurance_member_id", "\"W123456789\"");
    char *review = review_list(res, doc);
    assert_null(strstr(review, ",insurance_payer,"));
    assert_non_null(strstr(review, ",insurance_member_id,"));
    free(review);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A name printed twice in the document and read alike both times needs no
 * check, however unsure OCR was of its letters; one printed once does. */
static void test_layout__corroborated_values(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: DUBOIS, PATRICIA",
        "140|Referring Provider: Karen Whitfield MD",
        "140|Reason: chronic cough",
        "140|Electronically signed by Karen Whitfield, MD",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.6f;
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_provider", "\"Karen Whitfield\"");
    char *review = review_list(res, doc);
    assert_null(strstr(review, ",referring_provider,"));
    assert_non_null(strstr(review, ",patient_last_name,"));
    free(review);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A surname misread past recognition on the form ("JANE Vitals") is taken
 * from a page that prints the same first name with a legible surname. */
static void test_layout__surname_from_other_page(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: JANE Vitals\t900|Date of Birth: 3/14/1961",
        NULL,
    };
    const char *const lab[] = {
        "140|TRI-COUNTY CLINICAL LAB FINAL REPORT",
        "140|PATIENT: YILMAZ, JANE\t900|ACCESSION 26-340-6861",
        "140|TEST RESULT FLAG REFERENCE UNITS",
        NULL,
    };
    fi_doc *doc = doc_of(form, lab, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.35f;
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"YILMAZ\"");
    expect_review(res, doc, "patient_last_name", 1);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A provider's name read a slip or two off on the form ("KAKEN SHA") is
 * spelled as the note's signature prints it legibly, and "Robert Aemathy"
 * as a cover's "Dr. Robert Abernathy" and a lab's "ABERNATHY, ROBERT";
 * another person with the same surname ("Michael Abernathy") is not a
 * spelling of either, and a misprint once does not outvote two legible
 * readings of the value's own spelling. */
static void test_layout__provider_spelled_as_elsewhere(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: SINGH, IBRAHIM\t900|Date of Birth: 3/14/1961",
        "140|Referring Provider: KAKEN SHA, FNP\t900|NPI: 1234567893",
        "140|Referred To Provider: Robert Aemathy, MD",
        "140|Consultant: Meera Delacroix",
        NULL,
    };
    const char *const note[] = {
        "140|PROGRESS NOTE",
        "140|Laboratory Director: Michael Abernathy, MD",
        "140|ORDERING ABERNATHY, ROBERT",
        "140|Electronically signed by Karen Shah, FNP on 10/26/2026",
        "140|cc: Dr. Meera Delacrolx, Dr. Robert Abernathy",
        NULL,
    };
    fi_doc *doc = doc_of(form, note, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.6f;
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_provider", "\"KAREN SHAH\""); /* in the form's capitals */
    EXPECT(res, doc, "referred_to_provider", "\"Robert Abernathy\"");
    fi_result_free(res);
    fi_doc_free(doc);

    /* the value's own spelling printed twice more, the other once */
    const char *const form2[] = {
        "140|REFERRAL FORM",
        "140|Referred To Provider: Meera Delacroix, MD",
        NULL,
    };
    const char *const cover[] = {
        "140|FAX",
        "140|To: Dr. Meera Delacrolx, Capital Eye Associates",
        "140|cc: Meera Delacroix, Diana Delacroix",
        NULL,
    };
    doc = doc_of(cover, form2, NULL);
    res = run(doc);
    EXPECT(res, doc, "referred_to_provider", "\"Meera Delacroix\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The patient's surname misread on the form is spelled as other pages
 * print it legibly with a word between ("Juan Carlos Reddy", "Linda L.
 * Delgado"); a long surname three slips off ("peigedo") wants two such
 * prints. */
static void test_layout__patient_spelled_as_elsewhere(void **state)
{
    (void)state;
    static const struct {
        const char *form, *elsewhere, *also, *last;
    } cases[] = {
        {"REDNY, JUAN CARLOS", "Member: JUAN CARLOS REDDY", "", "REDDY"},
        {"Linda L. peigedo", "Referral: Linda Delgado", "PATIENT: DELGADO, LINDA L", "Delgado"},
        {"Linda L. peigedo", "Referral: Linda Delgado", "", "peigedo"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char name[128], other[128], also[128], want[64];
        snprintf(name, sizeof name, "140|Patient Name: %s", cases[k].form);
        snprintf(other, sizeof other, "140|%s", cases[k].elsewhere);
        snprintf(also, sizeof also, "140|%s", cases[k].also);
        const char *const form[] = {"140|REFERRAL FORM", name, "140|Reason: cough", NULL};
        const char *const note[] = {"140|PROGRESS NOTE", other, also, NULL};
        fi_doc *doc = doc_of(form, note, NULL);
        for (size_t w = 0; w < doc->pages[0].nwords; w++)
            doc->pages[0].words[w].conf = 0.7f;
        fi_result *res = run(doc);
        snprintf(want, sizeof want, "\"%s\"", cases[k].last);
        EXPECT_CI(res, doc, "patient_last_name", want);
        fi_result_free(res);
        fi_doc_free(doc);
    }
}

/* A surname OCR split in two ("MEERA LIND QVIsT") is joined where the
 * document prints it whole, in the case of its first piece. */
static void test_layout__split_surname_printed_whole(void **state)
{
    (void)state;
    const char *const cover[] = {
        "140|FAX",
        "140|To Dr. Meera Lindqvist, Crossroads ENT Center",
        NULL,
    };
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Referred To Provider: MEERA LIND QVIsT",
        NULL,
    };
    fi_doc *doc = doc_of(cover, form, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_provider", "\"MEERA LINDQVIST\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A label's last word read cut short ("Referred To Provil") is still
 * the label. */
static void test_layout__label_cut_short(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Referred To Allergy/Immunology\t900|Referred To Provil Gregory Mercer",
        NULL,
    };
    fi_doc *doc = doc_of(form, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_provider", "\"Gregory Mercer\"");
    EXPECT(res, doc, "referred_to_specialty", "\"allergy\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "First Name" read "First Meme", the garbled word unsure, before the
 * cell of the value: the word is what is left of the label. */
static void test_layout__label_word_garbled(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|Specialty Referral",
        "140|Patient Last Name\t450|Sullivan\t900|First Meme\t1250|Kimberly",
        NULL,
    };
    fi_doc *doc = doc_of(form, NULL, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        if (strcmp(doc->pages[0].words[k].text, "Meme") == 0)
            doc->pages[0].words[k].conf = 0.66f;
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_first_name", "\"Kimberly\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A record number in running text, its label unmarked by a colon or
 * with a speck glued to it as a small letter. */
static void test_layout__mrn_in_running_text(void **state)
{
    (void)state;
    static const struct {
        const char *line, *want;
    } cases[] = {
        {"Re: Referral - Jane Doe Patient ID A9528308", "\"A9528308\""},
        {"Birthdate: 10/02/1940 mMR#: MR842822", "\"MR842822\""},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        expect_on_form(cases[k].line, "patient_mrn", cases[k].want, -1);
}

/* The member ID checked by its plan's form: Aetna's "WS09579013" is
 * W509579013; a Medicare identifier under a label no rule knows is the
 * ID (not the date beside it); both listed for review.  One read as its
 * form has it needs no review. */
static void test_repair__member_id_by_plan_form(void **state)
{
    (void)state;
    const char *const aetna[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: SINGH, IBRAHIM\t900|Date of Birth: 1/5/1965",
        "140|Payer: Aetna\t900|Member ID: WS09579013",
        NULL,
    };
    const char *const medicare[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: SINGH, IBRAHIM\t900|Date of Birth: 1/5/1965",
        "140|Payer: Medicare\t900|Ins; 8CH2VYIGT14",
        "140|Seen 10/19/2026",
        NULL,
    };
    fi_doc *doc = doc_of(aetna, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "insurance_member_id", "\"W509579013\"");
    expect_review(res, doc, "insurance_member_id", 1);
    fi_result_free(res);
    fi_doc_free(doc);

    /* read as its form has it, fairly legibly: no review for it */
    const char *const exact[] = {
        "140|REFERRAL FORM",
        "140|Payer: Aetna\t900|Member ID: W509579013",
        NULL,
    };
    doc = doc_of(exact, NULL, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.75f;
    res = run(doc);
    EXPECT(res, doc, "insurance_member_id", "\"W509579013\"");
    expect_review(res, doc, "insurance_member_id", 0);
    fi_result_free(res);
    fi_doc_free(doc);

    doc = doc_of(medicare, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "insurance_member_id", "\"8CH2VY1GT14\"");
    expect_review(res, doc, "insurance_member_id", 1);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* An ID with a letter amid its digits ("A02Z09895") gives way to another
 * page's fairly legible reading a slip away with its letters and digits
 * in fewer runs ("A0209895"), even a less legible one. */
static void test_layout__id_cleaner_on_other_page(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: NOVAK, ARJUN\t900|MRN: A02Z09895",
        NULL,
    };
    const char *const note[] = {
        "140|PROGRESS NOTE",
        "140|Patient: NOVAK, ARJUN DOB: 05/28/1982 MRN: A0209895",
        "140|Assessment and plan: follow up in two weeks",
        NULL,
    };
    fi_doc *doc = doc_of(form, note, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.7f;
    for (size_t k = 0; k < doc->pages[1].nwords; k++)
        doc->pages[1].words[k].conf = 0.6f;
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_mrn", "\"A0209895\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A provider's name ends at the next label, however garbled ("wet:" for
 * "NPI:"). */
static void test_layout__provider_ends_at_label(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Ordering Provider: DR. CATHERINE ALVAREZ wet: 2375252568",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_provider", "\"CATHERINE ALVAREZ\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "Member Services: 1 877 255 6115" on a card is not a member ID read
 * under the label "Member": the words after it are another label's. */
static void test_layout__id_not_under_another_label(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: REDDY, JUAN\t900|Primary Insurance: Kaiser Permanente",
        NULL,
    };
    const char *const card[] = {
        "140|Insurance Card (front / back)",
        "140|Kaiser Permanente",
        "140|Member Services: 1 877 255 6115",
        "140|RxBIN 610649\t900|Copay $30",
        NULL,
    };
    fi_doc *doc = doc_of(form, card, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "insurance_member_id", NULL);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Label words printed joined: "Order-Date:", "Date/of/Birth". */
static void test_layout__joined_label_words(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Order-Date: 10/22/26\t900|Urgency: Routine",
        "140|Patient: FRANCISCO CHOWDHURY\t900|Date/of/Birth: 7/3/1947",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referral_date", "\"2026-10-22\"");
    EXPECT(res, doc, "patient_dob", "\"1947-07-03\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const glued[] = {
        "140|CONSULTATION REFERRAL",
        "140|PatientName: Rebecca Wojcik\t900|Date of Birth: 3/22/1953",
        NULL,
    };
    doc = doc_of(glued, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Wojcik\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The same name typed on the cover, more legibly than the form's filled-in
 * one, gives the spelling. */
static void test_layout__name_spelled_as_on_cover(void **state)
{
    (void)state;
    const char *const cover[] = {
        "140|FAX COVER SHEET",
        "140|To: Dr. Meera Osei-Bonsu, Metro Pulmonary Associates",
        "140|Fax: (555) 444-1000",
        "140|From: Riverside Family Medicine",
        NULL,
    };
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Okafor, Jane",
        "140|Referred To Provider: Meera Oset-Bonsu, MD",
        NULL,
    };
    fi_doc *doc = doc_of(cover, form, NULL);
    for (size_t k = 0; k < doc->pages[1].nwords; k++)
        doc->pages[1].words[k].conf = 0.85f;
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_provider", "\"Meera Osei-Bonsu\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Wordings of other practices' forms. */
static void test_layout__other_wordings(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|OUTPATIENT REFERRAL",
        "140|Patient Name: Okafor, Jane\t900|Account #: A1234567",
        "140|Birth Dt: 03/14/1961\t900|Mobile Phone: (555) 301-2233",
        "140|Insurance Provider: Cigna\t900|Policy No: U88812345",
        "140|Date Ordered: 10/20/2026\t900|Priority Level: Urgent",
        "140|Purpose of Referral: chest pain on exertion",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_mrn", "\"A1234567\"");
    EXPECT(res, doc, "patient_dob", "\"1961-03-14\"");
    EXPECT(res, doc, "patient_phone", "\"5553012233\"");
    EXPECT(res, doc, "insurance_payer", "\"Cigna\"");
    EXPECT(res, doc, "insurance_member_id", "\"U88812345\"");
    EXPECT(res, doc, "referral_date", "\"2026-10-20\"");
    EXPECT(res, doc, "urgency", "\"urgent\"");
    EXPECT(res, doc, "reason", "\"chest pain on exertion\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Forms written elsewhere: two wordings a slash offers ("Account / MR
 * number"), labels without colons, "Plan:" naming the payer, a name under
 * a section heading after a label word of its own ("Provider: ..."). */
static void test_layout__wordings_of_new_forms(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REQUEST FOR CONSULTATION",
        "140|Patient Name     Okafor, Jane",
        "140|Account / MR number     MR660142",
        "140|Plan: Kaiser Permanente\t900|Member No.: KP0038815527",
        "140|REQUESTING PROVIDER",
        "140|Provider: Hannah Whitaker, PA-C",
        "140|Direct line     (503) 291-6620",
        "140|Question / reason     chest pain on exertion",
        "140|Acuity: STAT",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_mrn", "\"MR660142\"");
    EXPECT(res, doc, "insurance_payer", "\"Kaiser Permanente\"");
    EXPECT(res, doc, "referring_provider", "\"Hannah Whitaker\"");
    EXPECT(res, doc, "referring_phone", "\"5032916620\"");
    EXPECT(res, doc, "reason", "\"chest pain on exertion\"");
    EXPECT(res, doc, "urgency", "\"stat\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "Name" is whose the heading above says: the patient's under PATIENT,
 * the referring clinician's under REFERRING PROVIDER; labels above their
 * values. */
static void test_layout__name_in_its_section(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|SPECIALTY REFERRAL REQUEST",
        "140|PATIENT",
        "140|Last Name\t600|First Name",
        "140|Okafor\t600|Rosalind",
        "140|REFERRING PROVIDER",
        "140|Name\t600|NPI",
        "140|Thomas Brennan, MD\t600|1302945138",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Okafor\"");
    EXPECT(res, doc, "patient_first_name", "\"Rosalind\"");
    EXPECT(res, doc, "referring_provider", "\"Thomas Brennan\"");
    EXPECT(res, doc, "referring_npi", "\"1302945138\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* An intake form's ways: "Last:"/"First:" in the patient's section, a
 * note in parentheses between a label and its colon, a label of two
 * wordings a slash joins read once, from its start. */
static void test_layout__intake_form_ways(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|NEW PATIENT INTAKE REQUEST",
        "140|Patient Information",
        "140|Patient Last Name: Brooks-Hale   First: Yolanda",
        "140|Hospital MRN (if known): E7730412",
        "140|Reason for Consultation / Clinical Question",
        "140|Type 2 diabetes with hyperglycemia, A1c 10.4% on metformin",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Brooks-Hale\"");
    EXPECT(res, doc, "patient_first_name", "\"Yolanda\"");
    EXPECT(res, doc, "patient_mrn", "\"E7730412\"");
    EXPECT(res, doc, "reason", "\"Type 2 diabetes with hyperglycemia, A1c 10.4% on metformin\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A portal printout puts each value at the far edge of the page, across
 * from its label; a payer's line goes on with the member's ID. */
static void test_layout__portal_and_payer_line(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Outbound Referral Detail View",
        "140|Patient Last Name\t1500|Solberg",
        "140|Patient First Name\t1500|Marcus",
        "140|Ins.: Anthem BCBS Maine ID YRH620448157",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Solberg\"");
    EXPECT(res, doc, "patient_first_name", "\"Marcus\"");
    EXPECT(res, doc, "insurance_payer", "\"Anthem BCBS Maine\"");
    EXPECT(res, doc, "insurance_member_id", "\"YRH620448157\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A code OCR read with letters for its zeros ("ROO.2") is no label
 * ("room" ends values), so a list of codes in one row is read whole; a
 * member ID printed in groups of digits is one ID. */
static void test_layout__codes_in_a_row_and_grouped_id(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|SPECIALTY REFERRAL",
        "140|Patient Name: Harrow, Denise",
        "140|Member ID 978 441 063",
        "140|DIAGNOSES (ICD-10-CM)",
        "140|R07.89 Other chest pain | ROO.2 Palpitations | R94.31 Abnormal electrocardiogram",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "insurance_member_id", "\"978441063\"");
    EXPECT(res, doc, "diagnosis_codes", "[\"R07.89\",\"R00.2\",\"R94.31\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Two words a slash joins are two ("Employee/Patient Last Name"); a
 * numbered section heading in capitals names whose "Name" follows. */
static void test_layout__slashed_label_and_section_heading(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|EMPLOYEE HEALTH SPECIALTY REFERRAL",
        "140|SECTION I - EMPLOYEE/PATIENT",
        "140|Employee/Patient Last Name\t700|Pelletier",
        "140|Employee/Patient First Name\t700|Raymond",
        "140|SECTION IV - REFERRING CLINICIAN",
        "140|Name\t700|Stephanie A. Gagnon, DO",
        "140|SECTION Il - REFERRAL TO",
        "140|Specialty: Audiology\t900|Provider: Dr. Aaron Whitfield",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Pelletier\"");
    EXPECT(res, doc, "patient_first_name", "\"Raymond\"");
    EXPECT(res, doc, "referring_provider", "\"Stephanie Gagnon\"");
    /* the numbered heading heads both columns */
    EXPECT(res, doc, "referred_to_provider", "\"Aaron Whitfield\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Wordings of discharge papers and facilities' forms, and an urgency
 * stamped alone in capitals. */
static void test_layout__facility_wordings_and_stamp(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|STAT: same day",
        "140|CONSULTATION REFERRAL",
        "140|Resident Name: Ostrowski, Bernice",
        "140|Payer Source: UCare Medicare Plans",
        "140|Follow up with: Priya Ramanathan, MD",
        "140|Discharging Physician: Nadia Farouk, MD",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Ostrowski\"");
    EXPECT(res, doc, "insurance_payer", "\"UCare Medicare Plans\"");
    EXPECT(res, doc, "referred_to_provider", "\"Priya Ramanathan\"");
    EXPECT(res, doc, "referring_provider", "\"Nadia Farouk\"");
    EXPECT(res, doc, "urgency", "\"stat\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "Refer to:" a person and, after a comma, the practice; a surname with
 * a particle before its comma is still "Last, First". */
/* A row of column headings over a row of values: the heading right of
 * "NPI" is the next column's, and the NPI stands below its heading. */
static void test_layout__value_below_when_right_is_a_heading(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|OUTPATIENT REFERRAL",
        "140|Patient Name: Petrov, Margaret",
        "140|ORDERING PHYSICIAN\t700|NPI\t1000|PRACTICE",
        "140|Rebecca L. Thornton, MD\t700|1765197102\t1000|Northgate Family Medicine",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_npi", "\"1765197102\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "NPI" amid a row is a label when ten digits follow it. */
static void test_layout__npi_amid_a_row(void **state)
{
    (void)state;
    expect_on_form("From: Daniel K. Ferreira, MD NPI 1779377476", "referring_npi", "\"1779377476\"",
                   -1);
    expect_on_form("FROM Ethan J. Marchetti, MD (NPI 1248205241)", "referring_npi",
                   "\"1248205241\"", -1);
    expect_on_form("Family Medicine - NPI 1067182547", "referring_npi", "\"1067182547\"", -1);
}

/* Ways forms and memos name the specialist the patient is sent to. */
static void test_layout__specialist_wordings(void **state)
{
    (void)state;
    static const struct {
        const char *line, *want;
    } cases[] = {
        {"Requested clinician (If any): Dr. Naomi Feldstein (Psychiatry)", "\"Naomi Feldstein\""},
        {"Refer To Physician Qureshi, Farah MD", "\"Farah Qureshi\""},
        {"Referral To Szabo, Natalie", "\"Natalie Szabo\""},
        {"To: Ethan Brightwell, MD FROM: Marcus T. Oyelaran, DDS, MD", "\"Ethan Brightwell\""},
        {"TO Omar Haddad, MD - Endocrinology", "\"Omar Haddad\""},
        /* a title before the name, or after it from the next line */
        {"Specialist: Dra. Helena Castaneda", "\"Helena Castaneda\""},
        {"Specialist: Lucia Montemayor Dra", "\"Lucia Montemayor\""},
        {"Send to Ingrid Solberg, MD", "\"Ingrid Solberg\""},
        {"Decatur, GA 30033\t700|Consult with Rashid Bellamy, MD - Hematology", "\"Rashid Bellamy\""},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        expect_on_form(cases[k].line, "referred_to_provider", cases[k].want, -1);
}

/* A form that prints each caption under its value's line: the caption
 * sits closer to the line above it than to the next value below. */
static void test_layout__caption_under_value_line(void **state)
{
    (void)state;
    fi_doc *doc = fi_doc_new("test.tif");
    assert_non_null(doc);
    fi_page *page = fi_doc_add_page(doc, PAGE_W, PAGE_H, 200);
    assert_non_null(page);
    int line = 0;
    add_line(page, line++, 100, 140, "NAVIGATION REFERRAL");
    add_line(page, line++, 180, 140, "Yolanda R. Birchfield");
    add_line(page, line++, 180, 800, "06/11/1962");
    add_line(page, line++, 210, 140, "Client name (first, last)");
    add_line(page, line++, 210, 800, "Date of birth");
    /* the next caption across the column's gap is not text beside it */
    add_line(page, line++, 270, 140, "(414) 772-0356");
    add_line(page, line++, 270, 800, "(414) 276-1184");
    add_line(page, line++, 300, 140, "Best phone (cell)");
    add_line(page, line++, 300, 800, "Other phone");
    add_line(page, line++, 360, 140, "Colm J. Fitzgerald, DO");
    add_line(page, line++, 360, 800, "1490172636");
    add_line(page, line++, 390, 140, "Sending clinician");
    add_line(page, line++, 390, 800, "NPI");
    add_line(page, line++, 450, 140, "(414) 259-3349");
    add_line(page, line++, 450, 800, "10/22/2026");
    add_line(page, line++, 480, 140, "Office fax");
    add_line(page, line++, 480, 800, "Date of referral");
    /* the caption's own note under it is not the next value line */
    add_line(page, line++, 505, 800, "(MM/DD/YYYY)");
    add_line(page, line++, 560, 140, "Lakeshore Digestive Health");
    fi_page_update_conf(page);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referral_date", "\"2026-10-22\"");
    EXPECT(res, doc, "patient_dob", "\"1962-06-11\"");
    EXPECT(res, doc, "patient_phone", "\"4147720356\"");
    EXPECT(res, doc, "referring_npi", "\"1490172636\"");
    EXPECT(res, doc, "referring_fax", "\"4142593349\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A row of headings over a row of values: a one-letter value under its
 * heading ("F" under "SEX") is the value, not what is left of a label. */
static void test_layout__short_value_under_heading(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|BIRTHDATE\t500|SEX (M/F)\t800|PHONE (HOME/CELL)",
        "140|07/14/1958\t500|F\t800|520-781-4429",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_sex", "\"F\"");
    EXPECT(res, doc, "patient_dob", "\"1958-07-14\"");
    EXPECT(res, doc, "patient_phone", "\"5207814429\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The sex beside the birth date on a patient's line, and the clinician's
 * shorthand for age and sex. */
static void test_layout__sex_beside_birth_date(void **state)
{
    (void)state;
    expect_on_form("RE Hamid Rostami DOB 09/05/1973 Male", "patient_sex", "\"M\"", -1);
    expect_on_form("RE Nguyen, Thanh - DOB 04/18/1974 - M . MRN MPC-300481", "patient_sex",
                   "\"M\"", -1);
    expect_on_form("Pt: Walter J. Hendricks DOB 04-09-1948 (78 y.o. F)", "patient_sex", "\"F\"",
                   -1);
    /* a letter that starts a word is no sex: "DOB 04/18/1974 MRN ..." */
    expect_on_form("RE Nguyen, Thanh - DOB 04/18/1974 MRN MPC-300481", "patient_sex", NULL, -1);
}

/* Captions in one row, the values in the row beneath: the name's
 * initial and the sex are no list of options. */
static void test_layout__sex_under_caption_row(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Name (Last, First M)\t600|DOB\t820|Sex\t940|MRN",
        "140|LINDQVIST, ANNIKA M\t600|04/29/1957\t820|F\t940|PR-558120",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_sex", "\"F\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Captions a wide gap parts are two labels, not one wording ("PATIENT"
 * and "DOB", not "Patient DOB"); a name ends before the date after it. */
static void test_layout__captions_apart(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|PATIENT\t560|DOB\t760|SEX\t860|MRN / FIN",
        "140|BLANKENSHIP, EARL W\t560|09/30/1948\t760|M\t860|KV00418827 / 7720045121",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"BLANKENSHIP\"");
    EXPECT(res, doc, "patient_dob", "\"1948-09-30\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const row[] = {
        "140|REFERRAL FORM",
        "140|Patient: FAROUK, AHMED 09/15/1957 M 602-914-3307 Banner Medicare",
        NULL,
    };
    doc = doc_of(row, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_first_name", "\"AHMED\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A section bar OCR read as a letter before a heading ("l DIAGNOSES FOR
 * CONSULT") does not hide it; a consult's question is its reason, and
 * "Please evaluate" on the next row goes on with it. */
static void test_layout__heading_after_bar(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|l DIAGNOSES FOR CONSULT",
        "140|j84.10 Pulmonary fibrosis, unspecified",
        "140|j96.11 Chronic respiratory failure with hypoxia",
        "140|I CONSULT QUESTION",
        "140|New diagnosis of pulmonary fibrosis on CT chest; discharged on home oxygen",
        "140|Please evaluate for interstitial lung disease workup",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"J84.10\",\"J96.11\"]");
    EXPECT(res, doc, "reason",
           "\"New diagnosis of pulmonary fibrosis on CT chest; discharged on home oxygen Please "
           "evaluate for interstitial lung disease workup\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A document with no page that says "referral": its pages of no role are
 * read as the referral, its medication list stays one. */
static void test_layout__no_referral_page_keeps_medlist(void **state)
{
    (void)state;
    const char *const consult[] = {
        "140|Interdepartmental Consult",
        "140|Patient Name: Earl Blankenship",
        NULL,
    };
    const char *const medlist[] = {
        "140|Discharge Medication Reconciliation",
        "140|Comments: Stop hydrochlorothiazide",
        NULL,
    };
    fi_doc *doc = doc_of(consult, medlist, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Blankenship\"");
    EXPECT(res, doc, "reason", NULL);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A small office's own wordings of the usual labels. */
static void test_layout__office_label_wordings(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL REQUEST",
        "140|Pt. name THIBODEAU, ROLAND P.\t900|D.O.B 06/30/1951",
        "140|Best # to reach 207.781.4432",
        "140|Ins. Co. Harvard Pilgrim Health Care\t900|Cert # HPH66120934",
        "140|Ref. MD Eleanor Quimby, MD\t900|NPI 1453920716",
        "140|Why referred Intermittent palpitations for 3 months",
        "140|Timeframe Urgent",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"THIBODEAU\"");
    EXPECT(res, doc, "patient_phone", "\"2077814432\"");
    EXPECT(res, doc, "insurance_payer", "\"Harvard Pilgrim Health Care\"");
    EXPECT(res, doc, "insurance_member_id", "\"HPH66120934\"");
    EXPECT(res, doc, "referring_provider", "\"Eleanor Quimby\"");
    EXPECT(res, doc, "reason", "\"Intermittent palpitations for 3 months\"");
    EXPECT(res, doc, "urgency", "\"urgent\"");
    fi_result_free(res);
    fi_doc_free(doc);
    expect_on_form("Why: Non-healing right heel ulcer, for debridement and offloading",
                   "reason", "\"Non-healing right heel ulcer, for debridement and offloading\"",
                   -1);
    expect_on_form("(why) Right knee osteoarthritis, failed 6 months of PT", "reason",
                   "\"Right knee osteoarthritis, failed 6 months of PT\"", -1);
}

/* The doctor's direct line is no misreading of the office's main line in
 * the letterhead: the two are not voted into one number. */
static void test_layout__direct_line_beside_main_line(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Cedar Ridge Family Medicine Phone (614) 287-4400 Fax (614) 287-4401",
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|Referring Provider",
        "140|Name: Anita Marsh, DO",
        "140|Phone: (614) 287-4413\t900|Fax: (614) 287-4499",
        NULL,
    };
    const char *const more[] = {
        "140|Cedar Ridge Family Medicine Phone (614) 287-4400 Fax (614) 287-4401",
        "140|REFERRAL FORM (continued)",
        "140|Diagnosis: I48.91 Atrial fibrillation",
        NULL,
    };
    fi_doc *doc = doc_of(page, more, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_phone", "\"6142874413\"");
    EXPECT(res, doc, "referring_fax", "\"6142874499\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A letter's signature after "With kind regards." and a name ending in a
 * full stop; a memo's sender after its addressee on one line. */
static void test_layout__signature_and_sender(void **state)
{
    (void)state;
    const char *const letter[] = {
        "140|Dear Dr. Haddad,",
        "140|I am referring Shirin Sorensen (DOB 04/30/1964) for evaluation of a goiter.",
        "140|With kind regards.",
        "140|Harold P. Lindqvist.",
        NULL,
    };
    fi_doc *doc = doc_of(letter, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_provider", "\"Harold Lindqvist\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const memo[] = {
        "140|CONSULTATION REQUEST",
        "140|To: Ethan Brightwell, MD FROM: Marcus T. Oyelaran, DDS, MD",
        "140|Patient Name: Petrov, Margaret",
        NULL,
    };
    doc = doc_of(memo, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "referring_provider", "\"Marcus Oyelaran\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A service and its specialist a dash parts: the person is read. */
static void test_layout__person_beside_service(void **state)
{
    (void)state;
    expect_on_form("Ref to Orthopedics - Dr. Marcus Lindgren", "referred_to_provider",
                   "\"Marcus Lindgren\"", -1);
    expect_on_form("Send to: DR. VIKTOR NOWAK \u2014 UROLOGY. PROMEDICA UROLOGY",
                   "referred_to_provider", "\"VIKTOR NOWAK\"", -1);
    /* a part of the service, or a practice, is no person */
    expect_on_form("Refer to: ORTHOPEDICS - HAND & UPPER EXTREMITY", "referred_to_provider", NULL,
                   -1);
    expect_on_form("Send to: Orthopedics - Duluth Bone & Joint, 1000 E 1st St",
                   "referred_to_provider", NULL, -1);
}

/* A table whose cells OCR ran together: the value is the word that
 * starts where its caption starts; "Subscriber" before an ID. */
static void test_layout__table_cells_run_together(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL ORDER",
        "270|PAYER\t670|PLAN\t861|MEMBER ID\t1042|GROUP",
        /* a word's gap apart, as narrow cells print them */
        "140|Primary Anthem Blue Cross\t667|Pathway X HMO\t861|XJH884210337\t1042|283551M004",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "insurance_member_id", "\"XJH884210337\"");
    fi_result_free(res);
    fi_doc_free(doc);
    expect_on_form("Plan name Premera Blue Cross\t700|Subscriber PBC220917734",
                   "insurance_member_id", "\"PBC220917734\"", -1);
}

/* An NPI whose label OCR garbled ("NP|") before its ten digits, or one
 * printed right after the clinician's name and credential. */
static void test_layout__npi_without_its_label(void **state)
{
    (void)state;
    expect_on_form("Referring provider: Esperanza Villalobos, CNP NP| 1619304821",
                   "referring_npi", "\"1619304821\"", -1);
    expect_on_form("Ordering: Elena Sokolova, MD [X] 1600729135", "referring_npi",
                   "\"1600729135\"", -1);
    /* ten digits that fail the check digit are no NPI */
    expect_on_form("Ordering: Elena Sokolova, MD [X] 1600729136", "referring_npi", NULL, -1);
}

/* An account number is the record number where the form prints no
 * other, but gives way to one; "Acct / MRN" is one label. */
static void test_layout__account_number(void **state)
{
    (void)state;
    expect_on_form("Gender MALE\t600|Acct. no PCH-558210", "patient_mrn", "\"PCH-558210\"", -1);
    expect_on_form("MRN M000882143\t700|Acct V00213378841", "patient_mrn", "\"M000882143\"", -1);
    expect_on_form("Sex Male\t500|Acct / MRN PCPC778102", "patient_mrn", "\"PCPC778102\"", -1);
}

/* A box OCR ran into its option ("[x]Urgent") is a box of its own, and
 * so is one whose right side it lost ("[Urgent"); options after a value
 * are not that value. */
static void test_layout__boxes_run_into_options(void **state)
{
    (void)state;
    expect_on_form("Priority [ ] Routine [x]Urgent [ ] Stat", "urgency", "\"urgent\"", -1);
    expect_on_form("Urgency: [x]Routine [Urgent (within 1 wk) [Emergent", "urgency",
                   "\"routine\"", -1);
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|DX CODES",
        "140|D72.829 D64.9 today [ ] routine [ ] urgent [X] STAT",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"D72.829\",\"D64.9\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* On a child's form, the parent's, the contact's and the signer's names
 * are not the patient's, though their labels end in "Name". */
static void test_layout__other_peoples_names(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|PEDIATRIC REFERRAL",
        "140|Child's name: Mateo Alvarez-Rubio\t900|Date of birth: 3/9/2021",
        "140|Parent / Guardian Name: Lucia Rubio",
        "140|Emergency contact name: Jorge Rubio",
        "140|Printed name: Lucia Rubio\t900|Relationship to child: Mother",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Alvarez-Rubio\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Mateo\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A claim form's captions are no patient's name: "PATIENT'S OR
 * AUTHORIZED PERSON'S SIGNATURE", nor the street under "PATIENT'S
 * ADDRESS" (no name has a number in it). */
static void test_layout__claim_form_captions(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL / AUTHORIZATION",
        "140|12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE",
        "140|SIGNATURE ON FILE",
        "140|5. PATIENT'S ADDRESS",
        "140|W 95TH ST APT 12",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", NULL);
    EXPECT(res, doc, "patient_first_name", NULL);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A health plan's own paperwork: "Health plan" over its value (the next
 * caption, a question, is no payer), a marked box among plans, the plan
 * named in a sentence before the member's ID, or heading the page; the
 * member's own ID before the subscriber's; a bilingual form's second
 * wording of a caption ("Last name / Apellido") is part of the caption. */
static void test_layout__health_plan_forms(void **state)
{
    (void)state;
    const char *const grid[] = {
        "140|REFERRAL REQUEST",
        "140|Health plan\t800|Other coverage?",
        "140|Willamette Valley Health Plan\t800|[ ] Yes [X] No",
        "140|Member ID APH331862002\t800|Subscriber ID APH3318620",
        "140|Last name / Apellido\t600|First name / Nombre",
        "140|AGUILAR-REYES\t600|SOFIA",
        NULL,
    };
    fi_doc *doc = doc_of(grid, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "insurance_payer", "\"Willamette Valley Health Plan\"");
    EXPECT(res, doc, "insurance_member_id", "\"APH331862002\"");
    EXPECT_CI(res, doc, "patient_last_name", "\"Aguilar-Reyes\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Sofia\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const boxes[] = {
        "140|REFERRAL AUTHORIZATION",
        "140|HEALTH PLAN (check one)",
        "140|[X] Pacific Meridian Health Plan [ ] Harborview Care HMO [ ] Other",
        NULL,
    };
    doc = doc_of(boxes, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "insurance_payer", "\"Pacific Meridian Health Plan\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const letter[] = {
        "140|Dear Dr. Venkataraman,",
        "140|Re: Brianna Castellanos, DOB 06/30/1995",
        "140|Smoky Ridge Health Plan, member ID SRH47720981 (plan referral slip enclosed)",
        NULL,
    };
    doc = doc_of(letter, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "insurance_payer", "\"Smoky Ridge Health Plan\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const notice[] = {
        "140|Gulfstream Health Plan Utilization Management",
        "140|REFERRAL REQUEST",
        "140|Patient Name: Petrov, Margaret",
        NULL,
    };
    doc = doc_of(notice, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "insurance_payer", "\"Gulfstream Health Plan\"");
    fi_result_free(res);
    fi_doc_free(doc);
    /* captions run together are no payer's name, nor a label misread */
    expect_on_form("Payer: EFF. DATE HEALTH PLAN", "insurance_payer", NULL, -1);
    expect_on_form("Subscriber 1D", "insurance_member_id", NULL, -1);
}

/* Codes under an "Assessment" heading or a table's "Code" column; and
 * the history-of-skin-cancer codes the table knows. */
static void test_layout__codes_under_other_captions(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Code\t330|Description\t900|Notes",
        "140|D48.5\t330|Neoplasm of uncertain behavior of skin\t900|L upper back",
        "140|Z85.828\t330|Personal history of other malignant neoplasm of skin",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"D48.5\",\"Z85.828\"]");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const note[] = {
        "140|REFERRAL FORM",
        "140|Assessment",
        "140|H43.391 Other vitreous opacities, right eye",
        NULL,
    };
    doc = doc_of(note, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"H43.391\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A row of other captions ends a list of options: the practice's name
 * under "PRACTICE" is no option of "SPECIALTY". */
static void test_layout__caption_row_ends_options(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|SPECIALIST NAME\t700|SPECIALTY",
        "140|Helen Castellano, MD\t700|Dermatology",
        "140|PRACTICE\t700|PHONE / FAX",
        "140|Catalina Skin & Mohs Surgery\t700|520-297-3300 / 520-297-3318",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_specialty", "\"dermatology\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A reason that went on in its own column ends where a row starts back
 * in the labels' column, and a letter's reason at a heading alone on its
 * line, though OCR lost the full stops. */
static void test_layout__reason_ends_at_next_label(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Reason\t330|9 mm solid right upper lobe nodule on CT chest in a former smoker;",
        "330|please evaluate and advise on PET versus biopsy",
        "140|History\t330|Quit smoking 2011, 40 pack-years",
        NULL,
    };
    fi_doc *doc = doc_of(form, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "reason",
           "\"9 mm solid right upper lobe nodule on CT chest in a former smoker; please evaluate "
           "and advise on PET versus biopsy\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const letter[] = {
        "140|Dear Dr. Haddad,",
        "140|Reason for referral",
        "140|Positive FIT test and iron deficiency anemia; please evaluate with colonoscopy",
        "140|Clinical notes",
        "140|60 y/o male, never screened for colorectal cancer",
        NULL,
    };
    doc = doc_of(letter, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "reason",
           "\"Positive FIT test and iron deficiency anemia; please evaluate with colonoscopy\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "Sex" amid a row when a sex follows it; a lone letter beside the label
 * is the value, though the next cell's words follow it. */
static void test_layout__sex_amid_row(void **state)
{
    (void)state;
    expect_on_form("DOB 12/19/1955 Sex M ID MV0048213377", "patient_sex", "\"M\"", -1);
    expect_on_form("Sex F\t500|Clinic MRN WFM-22071", "patient_sex", "\"F\"", -1);
    /* not in prose: "sex" before a lower-case word */
    expect_on_form("Discussed safe sex practices with the patient", "patient_sex", NULL, -1);
    /* a line of the patient's values: a birth date, the age, the sex */
    expect_on_form("WHITAKER, COLTON J 01/26/1994 M", "patient_sex", "\"M\"", -1);
    expect_on_form("Patient DOB: 02-JAN-1961 65Y M", "patient_sex", "\"M\"", -1);
    expect_on_form("Signed 10/20/2026 F. Okafor", "patient_sex", NULL, -1);
    expect_on_form("Please see this patient urgently for new severe hyperglycemia", "urgency",
                   "\"urgent\"", -1);
    /* a number its kind follows, on the patient's line */
    expect_on_form("LEBLANC, JOSEPHINE M. 07/04/1968 F (601)982-4471 home", "patient_phone",
                   "\"6019824471\"", -1);
    expect_on_form("Preferred Phone (575) 523-8814", "patient_phone", "\"5755238814\"", -1);
}

/* The service named in running text and titles, not under a label. */
static void test_layout__specialty_in_text(void **state)
{
    (void)state;
    static const struct {
        const char *line, *want;
    } cases[] = {
        {"Consultant Helen Okonkwo, MD - Rheumatology", "\"rheumatology\""},
        {"I am referring her to you for dermatology consultation regarding psoriasis",
         "\"dermatology\""},
        {"OUTSIDE REFERRAL - PODIATRY: Evaluate and treat non-healing ulcer", "\"podiatry\""},
        {"Re: URGENT new oncology referral", "\"oncology\""},
        {"Decatur, GA 30033 Consult with Rashid Bellamy, MD - Hematology", "\"hematology\""},
        {"Referral placed to ORTHOPEDICS - Hand & Upper Extremity", "\"orthopedics\""},
        {"Ref to Orthopedics - Dr. Marcus Lindgren", "\"orthopedics\""},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        expect_on_form(cases[k].line, "referred_to_specialty", cases[k].want, -1);
}

/* Wordings of the payer's label, and a heading's bracketed note that is
 * no payer ("MEDICAL PLAN (PRIMARY)" over the plan's name). */
static void test_layout__payer_wordings(void **state)
{
    (void)state;
    expect_on_form("Medical coverage: Harvard Pilgrim Health Care, member ID HPH88301527",
                   "insurance_payer", "\"Harvard Pilgrim Health Care\"", -1);
    expect_on_form("Medical insurer Rocky Mountain Health Plans", "insurance_payer",
                   "\"Rocky Mountain Health Plans\"", -1);
    /* the product in brackets, a label's word before the name */
    expect_on_form("Insurance: Cigna (Open Access Plus)", "insurance_payer", "\"Cigna\"", -1);
    expect_on_form("Insurance: Primary: Aetna", "insurance_payer", "\"Aetna\"", -1);
    /* the member ID's label as OCR reads it: "1D Number", "IDNo,:" */
    expect_on_form("Insurance Co Anthem Blue Cross\t700|1D Number YRK640219385",
                   "insurance_member_id", "\"YRK640219385\"", -1);
    expect_on_form("Insurance Co,; UnitedHealthcare\t700|IDNo,: 918273645", "insurance_member_id",
                   "\"918273645\"", -1);
    /* a sentence is no payer, under a label or after one; "coverage" is a
     * label only with its colon */
    const char *const card[] = {"140|REFERRAL FORM", "140|Payer ID: 81750",
                                "140|This card does not guarantee coverage.", NULL};
    fi_doc *cdoc = doc_of(card, NULL, NULL);
    fi_result *cres = run(cdoc);
    EXPECT(cres, cdoc, "insurance_payer", NULL);
    fi_result_free(cres);
    fi_doc_free(cdoc);
    expect_on_form("Payer: This card does not guarantee coverage", "insurance_payer", NULL, -1);
    expect_on_form("Coverage Active since 01/01/2026", "insurance_payer", NULL, -1);
    expect_on_form("Coverage: Health First Colorado", "insurance_payer",
                   "\"Health First Colorado\"", -1);
    /* the next label run into the name, and a form's own words where the
     * name should be ("Auth: Not required", "Eff Date") */
    expect_on_form("Insurance: Medicare MBI 1EG4TE5MK73", "insurance_payer", "\"Medicare\"",
                   -1);
    expect_on_form("Insurance: Not required", "insurance_payer", NULL, -1);
    expect_on_form("Payer: Eff Date", "insurance_payer", NULL, -1);
    expect_on_form("Insurance: AUTHORIZATION", "insurance_payer", NULL, -1);
    expect_on_form("Primary plan Molina Healthcare (Centennial Care)", "insurance_payer",
                   "\"Molina Healthcare\"", -1);
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|MEDICAL PLAN (PRIMARY)\t800|SUBSCRIBER NO",
        "140|Medicare Part B\t800|5HN7-QW3-TA26",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "insurance_payer", "\"Medicare Part B\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Wordings of the referral's date, and one amid a row before its date;
 * a bare "date" amid a row is no label ("Run date"). */
static void test_layout__referral_date_wordings(void **state)
{
    (void)state;
    expect_on_form("Order # REF-2026-0183377 Order Date 10/06/2026", "referral_date",
                   "\"2026-10-06\"", -1);
    expect_on_form("Ordered 11/3/26 Auth req'd: Y", "referral_date", "\"2026-11-03\"", -1);
    expect_on_form("Entered Date 10/15/2026 Expiration Date 04/15/2027", "referral_date",
                   "\"2026-10-15\"", -1);
    expect_on_form("Main 602-488-6000 Run date 11/24/2026 06:00", "referral_date", NULL, -1);
}

/* A name ends at a caption's word, and a caption alone is no name. */
static void test_layout__name_ends_at_caption_word(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient: HOLLOWAY, DENISE M DOB MRN",
        "140|Referring Provider: OFFICE PHONE",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"HOLLOWAY\"");
    EXPECT(res, doc, "patient_first_name", "\"DENISE\"");
    EXPECT(res, doc, "referring_provider", NULL);
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const chart[] = {"140|REFERRAL FORM", "140|Patient: GALLAGHER, MAUREEN Chart",
                                 NULL};
    doc = doc_of(chart, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_first_name", "\"MAUREEN\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A note in words after a label, without a colon, is skipped; an area
 * code in brackets is the value's. */
static void test_layout__note_after_label_without_colon(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient name (first, MI, last) Gerald T. Beauchamp",
        "140|Phone (518) 323-3999",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Beauchamp\"");
    EXPECT(res, doc, "patient_first_name", "\"Gerald\"");
    EXPECT(res, doc, "patient_phone", "\"5183233999\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A letter's reason ends before a line that is a heading of its own
 * ("Comments"). */
static void test_layout__reason_ends_before_heading_line(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|Reason for Referral",
        "140|Evaluate for catheter ablation of atrial fibrillation despite rate control",
        "140|Comments",
        "140|Three ED visits since June for AF with RVR",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "reason",
           "\"Evaluate for catheter ablation of atrial fibrillation despite rate control\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Diagnoses written out, each code in brackets after its words, as a
 * numbered list whose descriptions wrap: one list, read whole. */
static void test_layout__codes_after_descriptions(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|1. Type 2 diabetes mellitus with diabetic chronic kidney disease (E11.22)",
        "140|2. Chronic kidney disease, stage 3b (N18.32)",
        "140|3. Hypertensive chronic kidney disease with stage 1 through stage 4",
        "140|chronic kidney disease, or unspecified chronic kidney disease (I12.9)",
        "140|4, Proteinuria, unspecified (R80.9)",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"E11.22\",\"N18.32\",\"I12.9\",\"R80.9\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A letterhead's line of numbers in its other wordings. */
static void test_layout__letterhead_numbers(void **state)
{
    (void)state;
    expect_on_form("Seattle, WA 98104 - Telephone (206) 453-6620 - Facsimile (206) 453-6629",
                   "referring_fax", "\"2064536629\"", -1);
    expect_on_form("Clinic 602-933-4410 - Clinic fax 602-933-4415", "referring_phone",
                   "\"6029334410\"", -1);
    expect_on_form("Ph 770/395-4200 Fx 770/395-4211", "referring_fax", "\"7703954211\"", -1);
}

/* Ways forms and memos name the referring clinician. */
static void test_layout__referring_wordings(void **state)
{
    (void)state;
    static const struct {
        const char *line, *want;
    } cases[] = {
        {"FROM Ethan J. Marchetti, MD (NPI 1248205241)", "\"Ethan Marchetti\""},
        {"Requesting MD Sunita Bains, MD", "\"Sunita Bains\""},
        {"Sending clinician: Colm J. Fitzgerald, DO", "\"Colm Fitzgerald\""},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        expect_on_form(cases[k].line, "referring_provider", cases[k].want, -1);
}

/* A record number that says what it is, under a label OCR lost; and
 * other wordings of the record number's label. */
static void test_layout__record_number_wordings(void **state)
{
    (void)state;
    expect_on_form("Home Puone Menica. Recorn No\t700|(614) 382-7719 MR482913", "patient_mrn",
                   "\"MR482913\"", -1);
    expect_on_form("Ptname CARMONA, Luis A.\t700|Clinic # FC-10382", "patient_mrn",
                   "\"FC-10382\"", -1);
}

/* Wordings of the patient's phone on other senders' forms. */
static void test_layout__patient_phone_wordings(void **state)
{
    (void)state;
    expect_on_form("Veteran Phone (260) 483-9127 (HOME)", "patient_phone", "\"2604839127\"", -1);
    expect_on_form("Student home phone (720) 331-6648", "patient_phone", "\"7203316648\"", -1);
    expect_on_form("Best contact no (541) 389-2207", "patient_phone", "\"5413892207\"", -1);
}

/* "DOB" as OCR reads it on a fax, and other senders' wordings. */
static void test_layout__birth_date_wordings(void **state)
{
    (void)state;
    expect_on_form("pops: 2/14/1961 sex: F", "patient_dob", "\"1961-02-14\"", -1);
    expect_on_form("C. Beauchamp pop 4/9/51", "patient_dob", "\"1951-04-09\"", -1);
    expect_on_form("Member ID PHH0047719203\t700|Member DOB 1968-09-17", "patient_dob",
                   "\"1968-09-17\"", -1);
}

/* Other wordings of the patient's name's label; "Pt" only with its colon
 * ("PT" alone is physical therapy). */
static void test_layout__patient_name_wordings(void **state)
{
    (void)state;
    static const struct {
        const char *line, *last;
    } cases[] = {
        {"140|Pt: Walter J. Hendricks DOB 04-09-1948", "\"Hendricks\""},
        {"140|LEGAL NAME\t800|HEALTH PLAN", NULL},
        {"140|Student name: Aaliyah Brooks", "\"Brooks\""},
        {"140|PT\t300|Physical Therapy Associates", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        const char *const page[] = {"140|REFERRAL FORM", cases[k].line, NULL};
        fi_doc *doc = doc_of(page, NULL, NULL);
        fi_result *res = run(doc);
        EXPECT(res, doc, "patient_last_name", cases[k].last);
        fi_result_free(res);
        fi_doc_free(doc);
    }
}

/* "Indication (ICD-10)" heads the codes, not the reason. */
static void test_layout__indication_codes(void **state)
{
    (void)state;
    expect_on_form("Indication (ICD-10) R06.83 Snoring - G47.10 Hypersomnia", "diagnosis_codes",
                   "[\"R06.83\",\"G47.10\"]", -1);
}

/* A reason runs over the rows under it, but not into a heading in
 * capitals or a label the rules do not know. */
static void test_layout__reason_ends_at_heading_or_unknown_label(void **state)
{
    (void)state;
    static const char *const after[] = {"PERTINENT HISTORY", "Dx /ICD-10: M17.11",
                                        "Freq: 2-3x/week x 6 weeks"};
    for (size_t k = 0; k < sizeof after / sizeof *after; k++) {
        char tail[64];
        snprintf(tail, sizeof tail, "140|%s", after[k]);
        const char *const page[] = {
            "140|OUTPATIENT REFERRAL",
            "140|Patient Name: Petrov, Margaret",
            "140|Reason for referral\t500|Right knee osteoarthritis, failed physical",
            "500|therapy and two steroid injections",
            tail,
            "500|Started meloxicam in May",
            NULL,
        };
        fi_doc *doc = doc_of(page, NULL, NULL);
        fi_result *res = run(doc);
        EXPECT(res, doc, "reason",
               "\"Right knee osteoarthritis, failed physical therapy and two steroid injections\"");
        fi_result_free(res);
        fi_doc_free(doc);
    }
}

/* A form that numbers its captions ("1. Member name (Last, First)  2. DOB
 * ...") over a row of values: each number starts a caption's cell and
 * ends the value before it. */
static void test_layout__numbered_captions_over_values(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL / TREATMENT AUTHORIZATION REQUEST",
        "140|1. Member name (Last, First)\t700|2. DOB (yyyy-mm-dd)\t1000|3. Sex\t1200|4. Member phone",
        "140|DELGADO, RAYMOND\t700|1958-04-30\t1000|M\t1200|(562) 439-0187",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Delgado\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Raymond\"");
    EXPECT(res, doc, "patient_dob", "\"1958-04-30\"");
    EXPECT(res, doc, "patient_phone", "\"5624390187\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A reason that breaks after "and" goes on into the next row even when
 * that row's first word is a label's ("home"), and stops at the form's
 * next numbered item. */
static void test_layout__reason_runs_on_and_stops_at_next_item(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|OUTPATIENT REFERRAL",
        "140|Patient Name: Delgado, Raymond",
        "140|22. Reason for request\t500|Lumbar disc herniation, 8 weeks of pain despite NSAIDs and",
        "500|home exercise. Request PT evaluation",
        "140|23. Conservative treatment to date Naproxen 500 mg",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "reason",
           "\"Lumbar disc herniation, 8 weeks of pain despite NSAIDs and home exercise. Request PT "
           "evaluation\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const numbered[] = {
        "140|OUTPATIENT REFERRAL",
        "140|Patient Name: Delgado, Raymond",
        "140|22. Reason for request\t500|Lumbar disc herniation with left L5 radiculopathy,",
        "500|Request PT evaluation and treatment",
        "140|23. Conservative treatment to date Naproxen 500 mg",
        NULL,
    };
    doc = doc_of(numbered, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "reason",
           "\"Lumbar disc herniation with left L5 radiculopathy, Request PT evaluation and "
           "treatment\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "Last visit" and "Last office visit" are no surname's labels. */
static void test_layout__last_visit_not_a_surname(void **state)
{
    (void)state;
    static const char *const rows[] = {"140|LAST VISIT\t500|11/10/26",
                                       "140|Last office visit 2026-10-14"};
    for (size_t k = 0; k < sizeof rows / sizeof *rows; k++) {
        const char *const page[] = {
            "140|OUTPATIENT REFERRAL",
            rows[k],
            "140|Reason for referral: knee pain",
            NULL,
        };
        fi_doc *doc = doc_of(page, NULL, NULL);
        fi_result *res = run(doc);
        ABSENT(res, doc, "patient_last_name");
        fi_result_free(res);
        fi_doc_free(doc);
    }
}

/* Two columns of "Label value" pairs in sections whose bars OCR lost: the
 * section a label starts at the left ("Specialty") holds for the right
 * column too, so the specialist's "Phone" is not the referring one's. */
static void test_layout__section_starts_across_its_columns(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Referral Request",
        "140|Patient Name\t450|Delgado, Marisol A",
        "140|Referring Provider:\t450|Kevin T. Marchetti, MD\t900|Phone\t1100|(480) 891-7700",
        "140|NPI\t450|1472033186\t900|Fax\t1100|(480) 891-7712",
        "140|Practice\t450|Red Mountain Family Medicine\t900|PCP\t1100|Kevin T. Marchetti, MD",
        "140|Specialty\t450|Neurology\t900|Address\t1100|6424 E Baseline Rd",
        "140|Provider\t450|Priya Raman, MD",
        "140|Facility\t450|Desert Valley Neurology\t900|Phone\t1100|(480) 985-0330",
        "900|Fax\t1100|(480) 985-0339",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_phone", "\"4808917700\"");
    EXPECT(res, doc, "referring_fax", "\"4808917712\"");
    EXPECT(res, doc, "referred_to_provider", "\"Priya Raman\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "Name: Last WASHINGTON  First DARNELL  MI T": the parts of the name
 * are labels of their own right after the name's. */
static void test_layout__name_parts_after_name_label(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Consultation / Referral Request",
        "140|PATIENT",
        "140|Name: Last WASHINGTON\t700|First DARNELL\t1100|MI T",
        "140|Sex: M/F M\t700|Chart # 301447",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Washington\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Darnell\"");
    EXPECT(res, doc, "patient_sex", "\"M\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A value under a label starts its cell: not the middle of the address
 * under "Acct #", and past the previous column's phone under
 * "Insurance". */
static void test_layout__value_below_starts_its_cell(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|NEW PATIENT REFERRAL FORM",
        "140|Patient Name Castillo-Reyes, Joaquin M",
        "140|Date of Birth 02-03-58\t600|Acct # AQ@Q778154",
        "140|Address 14420 SW 88th St,\t600|Apt 3B, Miami FL 33186",
        "140|Patient phone\t500|Insurance\t950|Member ID",
        "140|(505) 836-4419 |\t500|Presbyterian Centennial Care |\t950|W600718254",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    ABSENT(res, doc, "patient_mrn");
    EXPECT(res, doc, "insurance_payer", "\"Presbyterian Centennial Care\"");
    EXPECT(res, doc, "insurance_member_id", "\"W600718254\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A letter's inside address with "M.D" (as OCR reads "M.D.") that the
 * salutation names, and "I am referring her to you for ...". */
static void test_layout__letter_addressee_and_purpose(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|August 19, 2026",
        "140|Amelia Tran, M.D",
        "140|Rose City Eye Associates",
        "140|RE: Denise L. Abernathy-Cole DOB May 7, 1966",
        "140|Dear Dr. Tran,",
        "140|Thank you for seeing Mrs. Abernathy-Cole. I am referring her to you for a dilated eye",
        "140|examination for mild diabetic retinopathy.",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_provider", "\"Amelia Tran\"");
    EXPECT(res, doc, "reason", "\"dilated eye examination for mild diabetic retinopathy\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A label its cell wraps onto two lines beside its value: "Reason for"
 * over "consult", the value's second line right of "consult". */
static void test_layout__label_wrapped_in_its_cell(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Rheumatology Referral",
        "140|Patient Name: Petrov, Margaret",
        "140|Reason for\t420|Symmetric small joint polyarthritis of both hands x 4",
        "140|consult\t420|months, positive RF and anti-CCP",
        "140|Patient\t420|Jane Doe",
        "140|DOB\t420|01/02/1960",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "reason", "\"Symmetric small joint polyarthritis of both hands x 4 months, "
                               "positive RF and anti-CCP\"");
    EXPECT(res, doc, "patient_dob", "\"1960-01-02\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The reason a label gives in two sentences, and a text rule that reads
 * only the first: the full reading. */
static void test_layout__reason_read_in_full(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Podiatry Referral",
        "140|Patient Name: Petrov, Margaret",
        "140|Reason for referral: Loss of protective sensation both feet and thick callus",
        "140|under right 1st MTP. Diabetic foot care and evaluation for therapeutic shoes.",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "reason", "\"Loss of protective sensation both feet and thick callus under "
                               "right 1st MTP. Diabetic foot care and evaluation for therapeutic "
                               "shoes.\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A letter's "RE;" line (OCR's semicolon) with "DOB" and a date amid it,
 * and "reached at home at ...". */
static void test_layout__letter_re_line_and_home_phone(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|November 18, 2026",
        "140|RE; Thaddeus M. Kowalczyk DOB 03-Nov-1954 BCBST Member ID YHZ770128404",
        "140|Dear Dr. Vanterpool",
        "140|Thank you for agreeing to see Mr. Kowalczyk. He can be reached at",
        "140|home at 615.294.7718; his daughter is at 615.904.3325.",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Kowalczyk\"");
    EXPECT(res, doc, "patient_first_name", "\"Thaddeus\"");
    EXPECT(res, doc, "patient_dob", "\"1954-11-03\"");
    EXPECT(res, doc, "patient_phone", "\"6152947718\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A questionnaire's labels run on in words to their colon ("Best phone
 * number for the patient:"), and a banner's name carries a nickname. */
static void test_layout__label_words_to_colon_and_banner_nickname(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|NEW PATIENT REFERRAL - INTAKE QUESTIONNAIRE",
        "140|Patient's full legal name (last, first, middle): Thibodeaux, Genevieve Claire",
        "140|Best phone number for the patient: (337) 552-0947 (cell)",
        "140|Referring provider name and credentials: Marcus Delahoussaye, DO",
        NULL,
    };
    fi_doc *doc = doc_of(form, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Thibodeaux\"");
    EXPECT(res, doc, "patient_phone", "\"3375520947\"");
    EXPECT(res, doc, "referring_provider", "\"Marcus Delahoussaye\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const banner[] = {
        "140|TELEPHONE ENCOUNTER",
        "140|MARCHBANKS, THEODORE J \"TED\" MRN 100392847 DOB 04/30/1958 (68 y) M",
        "140|Pt calling re: spot on left side of forehead",
        NULL,
    };
    doc = doc_of(banner, NULL, NULL);
    res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Marchbanks\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Theodore\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The service named by a title or a "To" line, and words about a payer
 * that are not one. */
static void test_layout__service_titles_and_payer_words(void **state)
{
    (void)state;
    expect_on_form("REFERRAL ORDER - PODIATRY", "referred_to_specialty", "\"podiatry\"", -1);
    expect_on_form("Referral \xe2\x80\x94 Medical Oncology", "referred_to_specialty", "\"oncology\"",
                   -1);
    expect_on_form("PHYSICAL THERAPY PRESCRIPTION", "referred_to_specialty",
                   "\"physical_therapy\"", -1);
    expect_on_form("To Summit Dermatology Associates - New Patient Referrals",
                   "referred_to_specialty", "\"dermatology\"", -1);
    expect_on_form("Insurance phone", "insurance_payer", NULL, -1);
    expect_on_form("Insurance: PRIMARY CARRIER", "insurance_payer", NULL, -1);
    expect_on_form("Insurance: HKZ63018274901", "insurance_payer", NULL, -1);
}

/* A supervising physician and a signature line name other readings of a
 * provider's label: the referring provider is the one the label gives. */
static void test_layout__supervisor_and_signature_lines(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Petrov, Margaret",
        "140|Referring provider Rachel Okonkwo PA-C\t900|NPI 1873405629",
        "140|Signature R. Okonkwo\t600|Supervising physician: Martin Gage DO",
        "140|Signature of referring provider: /s/ R. Okonkwo",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_provider", "\"Rachel Okonkwo\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Ways a reason is asked for: a question for the consultant, a letter's
 * "Please see this patient urgently for ...". */
static void test_layout__reason_as_question_or_request(void **state)
{
    (void)state;
    expect_on_form("Question for consultant Platelets 31,000 and falling over three weeks",
                   "reason", "\"Platelets 31,000 and falling over three weeks\"", -1);
    const char *const letter[] = {
        "140|November 4, 2026",
        "140|RE: Maria Lopez DOB 02/03/1961",
        "140|Please see this patient urgently for new severe hyperglycemia with weight loss.",
        NULL,
    };
    fi_doc *doc = doc_of(letter, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "reason", "\"new severe hyperglycemia with weight loss\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* No person: an organization, a salutation, a form's "(if any)", a page's
 * count as a reason. */
static void test_layout__not_a_person_nor_a_reason(void **state)
{
    (void)state;
    expect_on_form("Refer to: Presque Isle Regional Health", "referred_to_provider", NULL, -1);
    expect_on_form("Preferred provider IF ANY", "referred_to_provider", NULL, -1);
    expect_on_form("Reason for referral: (page 1 of 2)", "reason", NULL, -1);
}

/* "Pt Last Name", and a first name with an accent ("Renée"). */
static void test_layout__pt_last_name_and_accents(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Pt Last Name BEGAY\t700|Pt First Name DARLENE",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Begay\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Darlene\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const accented[] = {
        "140|REFERRAL FORM",
        "140|First Name: Ren\xc3\xa9" "e\t700|Last Name: Broussard",
        NULL,
    };
    doc = doc_of(accented, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_first_name", "\"Ren\xc3\xa9" "e\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

static void test_layout__provider_then_practice(void **state)
{
    (void)state;
    expect_on_form("Refer to: Dr. Gerald Osei-Bonsu, Roanoke Valley Urology",
                   "referred_to_provider", "\"Gerald Osei-Bonsu\"", -1);
    expect_on_form("Refer to: Megan Driscoll, DPT Coastal Motion PT", "referred_to_provider",
                   "\"Megan Driscoll\"", -1);
    expect_on_form("Referring Physician: Van Dyke, Hamza", "referring_provider",
                   "\"Hamza Van Dyke\"", -1);
    /* noise read off a row of checkboxes is no name */
    expect_on_form("Refer to: LJ wy", "referred_to_provider", NULL, -1);
}

/* Sentences are no labels and names: "Patient prefers morning
 * appointments" in a comments box, "test" in running text read as
 * "Last". */
static void test_layout__sentence_not_a_name(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|OUTGOING REFERRAL",
        "140|PATIENT INFORMATION",
        "140|PATIENT NAME Pham, Linh T.",
        "140|Her pregnancy test from October was negative.",
        "140|COMMENTS\t500|Patient prefers morning appointments. Not pregnant",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Pham\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Linh\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A form's codes under several labels are one list; a sentence may name
 * a code as one ("(ICD-10 L40.0)"). */
static void test_layout__codes_under_several_labels(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL DETAIL",
        "140|Patient Name: Solberg, Marcus",
        "140|Diagnosis 1: D48.5 - Neoplasm of uncertain behavior of skin",
        "140|Diagnosis 2: L57.0 - Actinic keratosis",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"D48.5\",\"L57.0\"]");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const letter[] = {
        "140|Dear Dr. Ames,",
        "140|I am referring her to you regarding psoriasis vulgaris (ICD-10 L40.0) of",
        "140|several years.",
        NULL,
    };
    doc = doc_of(letter, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"L40.0\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A label in two languages: the value is after the second one's colon. */
static void test_layout__label_in_two_languages(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|HEALTH CENTER REFERRAL",
        "140|Last name / Apellido: Espinoza\t800|First name / Nombre: Mariela",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Espinoza\"");
    EXPECT(res, doc, "patient_first_name", "\"Mariela\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A name OCR could not read at all (every letter under 0.2) is no name. */
static void test_layout__unreadable_name_refused(void **state)
{
    (void)state;
    const char *const page[] = {"140|REFERRAL FORM", "140|Patient Name: Petrov, Margaret", NULL};
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_page *p = &doc->pages[0];
    int x = add_line(p, 90, 300, 140, "Consultant:");
    assert_int_equal(fi_page_add_word(p, "Mnver", 0.05f, x, 300, x + 70, 300 + LINE_H, 0, 90), 0);
    assert_int_equal(fi_page_add_word(p, "Byyo", 0.10f, x + 82, 300, x + 138, 300 + LINE_H, 0, 90), 0);
    fi_page_update_conf(p);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_provider", NULL);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "Plan:" beside the payer names the kind of plan; alone, a plan off the
 * payer list is no payer. */
static void test_layout__plan_is_payer_only_when_known(void **state)
{
    (void)state;
    expect_on_form("Insurance: Aetna Better Health\t900|Plan: Open Access", "insurance_payer",
                   "\"Aetna Better Health\"", -1);
    expect_on_form("Plan: Traditional", "insurance_payer", NULL, -1);
    /* off the shipped list, a name made of plans' words is a payer's */
    expect_on_form("Plan (AHCCCS): Mercy Care", "insurance_payer", "\"Mercy Care\"", -1);
    expect_on_form("Harvard Pilgrim Health Care, member ID HPH77201946", "insurance_payer",
                   "\"Harvard Pilgrim Health Care\"", -1);
}

/* A document of one page that only looks like a cover sheet (its
 * letterhead says "Facsimile") is read, not skipped. */
static void test_layout__cover_only_document_read(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|BACK BAY PRIMARY CARE    Facsimile 617-734-5519",
        "140|Patient Name: Gallagher, Maureen",
        "140|Born: March 4, 1962",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Gallagher\"");
    EXPECT(res, doc, "patient_dob", "\"1962-03-04\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A surname with its particle, "Van Dyke", is one surname. */
static void test_layout__surname_particle(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Last Name Van Dyke\t900|First Name Emily",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Van Dyke\"");
    EXPECT(res, doc, "patient_first_name", "\"Emily\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* An EHR printout's banner names the patient without a label, before the
 * record number, a patient ID or the birth date, on its line or the next. */
static void test_layout__patient_banner(void **state)
{
    (void)state;
    static const struct {
        const char *banner, *next, *last;
    } cases[] = {
        {"NAKAMURA, ANTHONY = MR#: MR611330", "", "NAKAMURA"},
        {"OSEI, ROBERT G Patient 1D: 09856000", "", "OSEI"},
        {"Morales, Chloe R", "Patient ID: 6665626", "Morales"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char banner[128], next[128];
        snprintf(banner, sizeof banner, "140|%s", cases[k].banner);
        snprintf(next, sizeof next, "140|%s", cases[k].next);
        const char *const page[] = {
            "140|Referral Request - Outpatient", banner, next, "140|Reason for Referral: cough",
            NULL,
        };
        fi_doc *doc = doc_of(page, NULL, NULL);
        fi_result *res = run(doc);
        char want[64];
        snprintf(want, sizeof want, "\"%s\"", cases[k].last);
        EXPECT_CI(res, doc, "patient_last_name", want);
        fi_result_free(res);
        fi_doc_free(doc);
    }
}

/* A form's "Name: SIOBHAN TANAKA" guesses the order; notes and labs
 * that print the name with its comma settle it, and their more legible
 * spelling is taken. */
static void test_layout__name_order_from_other_pages(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: TANAKA SLOBHAN",
        "140|Date of Birth: 06/04/1970",
        "140|Reason: chronic cough",
        NULL,
    };
    const char *const note[] = {
        "140|PROGRESS NOTE",
        "140|Patient: TANAKA, SIOBHAN DOB: 06-04-1970",
        "140|Chief Complaint: cough",
        "140|Assessment and Plan:",
        NULL,
    };
    fi_doc *doc = doc_of(form, note, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.6f;
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"TANAKA\"");
    EXPECT(res, doc, "patient_first_name", "\"SIOBHAN\"");
    fi_result_free(res);
    fi_doc_free(doc);
    /* without the note, the form's order stands */
    doc = doc_of(form, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"SLOBHAN\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* An area code a digit short ("44 293 7029") is the document's one code
 * it could be short of, for review; with two such codes, neither.  Ten
 * digits that are no number take the one number the document prints a
 * digit off (printed, it needs no review). */
static void test_repair__area_code_lost_digit(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Reddy, Juan",
        "140|Pt Phone: 44 293 7029",
        "140|Practice Phone: (414) 709-9794",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_phone", "\"4142937029\"");
    expect_review(res, doc, "patient_phone", 1);
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const two[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Reddy, Juan",
        "140|Pt Phone: 44 293 7029",
        "140|Practice Phone: (414) 709-9794 Fax: (434) 709-9795",
        NULL,
    };
    doc = doc_of(two, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_phone", NULL);
    fi_result_free(res);
    fi_doc_free(doc);
    /* ten digits that are no number (no exchange starts with 0), a
     * digit off a number the document prints */
    const char *const bad_exchange[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Reddy, Juan",
        "140|Pt Phone: 804-022. 2550",
        "140|Richmond, VA 23219 Tel 804-622-2550",
        NULL,
    };
    doc = doc_of(bad_exchange, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_phone", "\"8046222550\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A month's tens digit is 0 or 1: "98/16/2017" is August, for review;
 * a day's is left to its reading ("08/46/2017" is no date). */
static void test_repair__month_tens_digit(void **state)
{
    (void)state;
    static const struct {
        const char *dob, *want;
    } cases[] = {
        {"98/16/2017", "\"2017-08-16\""},
        {"64/11/1974", "\"1974-04-11\""},
        {"08/46/2017", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char line[128];
        snprintf(line, sizeof line, "Date of Birth: %s", cases[k].dob);
        expect_on_form(line, "patient_dob", cases[k].want, 1);
    }
}

/* An insurance card's bare "ID" line gives the member ID the referral
 * lacks, for review; the card's service numbers are no ID. */
static void test_layout__member_id_from_card(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Reddy, Juan Carlos",
        "140|Insurance: UnitedHealthcare",
        NULL,
    };
    const char *const card[] = {
        "140|UnitedHealthcare",
        "140|Member: JUAN CARLOS REDDY",
        "140|iD 58917881",
        "140|Member Services: 1 877 255 6115",
        "140|RxBIN 610279",
        NULL,
    };
    fi_doc *doc = doc_of(form, card, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "insurance_member_id", "\"58917881\"");
    expect_review(res, doc, "insurance_member_id", 1);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A slash before an ID's digits is OCR's 7, for review; "N/A" is no ID. */
static void test_repair__id_slash_for_seven(void **state)
{
    (void)state;
    static const struct {
        const char *id, *want;
    } cases[] = {
        {"WIM /64764009", "\"WIM764764009\""},
        {"N/A", NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char line[128];
        snprintf(line, sizeof line, "Payer: Blue Cross\t900|Member ID: %s", cases[k].id);
        expect_on_form(line, "insurance_member_id", cases[k].want, 1);
    }
}

/* With no specialty legible ("Refer To LNI"), the organ the reason names
 * suggests one, for review; a named specialty wins over it. */
static void test_layout__specialty_from_reason(void **state)
{
    (void)state;
    const char *const garbled[] = {
        "140|REFERRAL FORM",
        "140|Refer To LNI",
        "140|Clinical Reason: Recurrent sinus infections despite antibiotics",
        NULL,
    };
    fi_doc *doc = doc_of(garbled, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_specialty", "\"otolaryngology\"");
    expect_review(res, doc, "referred_to_specialty", 1);
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const named[] = {
        "140|REFERRAL FORM",
        "140|Specialty: Allergy",
        "140|Clinical Reason: Recurrent sinus infections despite antibiotics",
        NULL,
    };
    doc = doc_of(named, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "referred_to_specialty", "\"allergy\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A name printed "LAST, FIRST" on another page, even without a label,
 * says the order a form's "Patient: ACHEAMPONG NOOR" leaves to a guess. */
static void test_layout__name_order_from_commas(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: ACHEAMPONG NOOR",
        "140|Date of Birth: 7/16/1984",
        "140|Reason: heel pain",
        NULL,
    };
    const char *const note[] = {
        "140|PROGRESS NOTE",
        "140|ACHEAMPONG, NOOR A9829916",
        "140|Chief Complaint: heel pain",
        NULL,
    };
    fi_doc *doc = doc_of(form, note, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"ACHEAMPONG\"");
    EXPECT(res, doc, "patient_first_name", "\"NOOR\"");
    fi_result_free(res);
    fi_doc_free(doc);
    doc = doc_of(form, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"NOOR\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A name as first read, printed the same on a note, stands against a
 * second reading printed nowhere; without the note the second wins. */
static void test_repair__name_reread_against_document(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Tanaka, Imani",
        NULL,
    };
    const char *const note[] = {
        "140|PROGRESS NOTE",
        "140|Patient: TANAKA, IMANI",
        NULL,
    };
    for (int with_note = 1; with_note >= 0; with_note--) {
        fi_doc *doc = doc_of(form, with_note ? note : NULL, NULL);
        for (size_t k = 0; k < doc->pages[0].nwords; k++)
            doc->pages[0].words[k].conf = 0.4f;
        /* surer-looking, and printed nowhere else */
        reading again = {"lanaka, Iman", 0.9f};
        fi_result *res = fi_extract(rules, doc, reread_fixed, &again);
        assert_non_null(res);
        EXPECT(res, doc, "patient_first_name", with_note ? "\"Imani\"" : "\"Iman\"");
        fi_result_free(res);
        fi_doc_free(doc);
    }
}

/* A period read for the comma after a surname, in capitals or not, still
 * says the order; a title's period does not. */
static void test_layout__name_period_for_comma(void **state)
{
    (void)state;
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Tanaka. Imani",
        "140|Referring Provider: Karen Whitfield MD",
        NULL,
    };
    fi_doc *doc = doc_of(form, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Tanaka\"");
    EXPECT(res, doc, "patient_first_name", "\"Imani\"");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const titled[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Mrs. Imani Tanaka",
        NULL,
    };
    doc = doc_of(titled, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_last_name", "\"Tanaka\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* An MD misread by a letter ("MID", "mp") is not the surname; a short
 * surname after an initial stays. */
static void test_layout__garbled_credential(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Referred By: GREGORY A. GOLDSTEIN mp",
        "140|Preferred Provider: Karen Mercer MID",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "referring_provider", "\"Gregory Goldstein\"");
    EXPECT(res, doc, "referred_to_provider", "\"Karen Mercer\"");
    fi_result_free(res);
    fi_doc_free(doc);

    const char *const page2[] = {
        "140|REFERRAL FORM",
        "140|Referred By: KENNETH S. WU",
        NULL,
    };
    doc = doc_of(page2, NULL, NULL);
    res = run(doc);
    EXPECT_CI(res, doc, "referring_provider", "\"Kenneth Wu\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The right column's line sits a few pixels higher than the left one's
 * (a slightly skewed scan): still the same row. */
static void test_layout__two_column_form_offset(void **state)
{
    (void)state;
    fi_doc *doc = fi_doc_new("offset.tif");
    fi_page *p = fi_doc_add_page(doc, PAGE_W, PAGE_H, 200);
    add_line(p, 0, 100, 140, "REFERRAL FORM");
    add_line(p, 1, 206, 140, "Patient Name: Okafor, Jane");
    add_line(p, 2, 199, 890, "Date of Birth: 03/14/1961");
    add_line(p, 3, 256, 140, "Sex: F");
    add_line(p, 4, 249, 890, "Home Phone: 555-201-3344");
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Okafor\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Jane\"");
    EXPECT(res, doc, "patient_dob", "\"1961-03-14\"");
    EXPECT(res, doc, "patient_sex", "\"F\"");
    EXPECT(res, doc, "patient_phone", "\"5552013344\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* ---- table ------------------------------------------------------------- */

static void test_layout__table_cells(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|OUTGOING REFERRAL",
        "100|Patient Name\t900|Okafor, Jane",
        "100|Date of Birth\t900|03/14/1961",
        "100|Member ID\t900|XYZ123456789",
        "100|Referring Provider\t900|Dr. Sarah Whitfield, MD",
        "100|NPI\t900|1234567893",
        "100|Specialty\t900|Cardiology",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Okafor\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Jane\"");
    EXPECT(res, doc, "patient_dob", "\"1961-03-14\"");
    EXPECT(res, doc, "insurance_member_id", "\"XYZ123456789\"");
    EXPECT(res, doc, "referring_provider", "\"Sarah Whitfield\"");
    EXPECT(res, doc, "referring_npi", "\"1234567893\"");
    EXPECT(res, doc, "referred_to_specialty", "\"cardiology\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* ---- label above value ------------------------------------------------- */

static void test_layout__label_above_value(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL REQUEST",
        "140|Patient Name\t800|Date of Birth",
        "140|Jane Okafor\t800|03/14/1961",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Okafor\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Jane\"");
    EXPECT(res, doc, "patient_dob", "\"1961-03-14\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

static void test_layout__label_above_value_single(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL REQUEST",
        "140|Date of Birth",
        "140|03/14/1961",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_dob", "\"1961-03-14\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* ---- checkboxes -------------------------------------------------------- */

static void test_layout__checkbox_urgency(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Urgency: [ ] Routine [X] Urgent [ ] STAT",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "urgency", "\"urgent\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

static void test_layout__checkbox_stat_last(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Priority: [ ] Routine [ ] Urgent [X] STAT",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "urgency", "\"stat\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A born-digital form prints its mark as a letter X before the option. */
static void test_layout__checkbox_text_layer_mark(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Gender: M X F",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    doc->pages[0].how = FI_PAGE_TEXT_LAYER;
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_sex", "\"F\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Nothing marked among boxes: no value (not the first option). */
static void test_layout__checkbox_none_marked(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Sex: [ ] M [ ] F",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    ABSENT(res, doc, "patient_sex");
    fi_result_free(res);
    fi_doc_free(doc);
}

static void test_layout__checkbox_specialty_grid(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|REFER TO (check one):",
        "160|[ ] Allergy\t560|[ ] Cardiology",
        "160|[X] GI\t560|[ ] ENT",
        "160|[ ] Neurology\t560|[ ] Urology",
        "140|Reason for Referral: chronic abdominal pain.",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_specialty", "\"gastroenterology\"");
    EXPECT(res, doc, "reason", "\"chronic abdominal pain.\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Two wordings of one specialty are a value, not a list of options. */
static void test_layout__specialty_in_two_words(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Specialty: Behavioral Health - Psychiatry\t890|Preferred Provider: Marsh, Anita DO",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_specialty", "\"psychiatry\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Two services a slash joins, without boxes, are one value read as text,
 * though the practice's name below names both again. */
static void test_layout__specialty_joined_by_slash(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Referred to Dr. Samuel Osei	700|Specialty Hematology / Oncology",
        "140|Practice Magic City Hematology Oncology	700|Fax 205/939-7205",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_specialty", "\"hematology\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A consultation request whose page also mentions an imaging accession
 * is a referral, not a lab report: its labels are read, not the attached
 * imaging report's. */
static void test_layout__consultation_request_page(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REQUEST FOR SURGICAL CONSULTATION",
        "140|Name Mr. Cody R. Brannigan	700|Insurer Hometown Health",
        "140|Birthdate 05/23/1979	700|Member # HH2094417730",
        "140|CONSULTANT REQUESTED	700|REQUESTING PHYSICIAN",
        "140|Service General Surgery	700|Physician Priscilla Nakamura, DO",
        "140|RUQ ultrasound (Great Basin Imaging accession GBI-2603-11872): gallstones",
        NULL,
    };
    const char *const report[] = {
        "140|GREAT BASIN IMAGING",
        "140|Referring physician: Priscilla Nakamura, DO",
        "140|IMPRESSION: Cholelithiasis without acute cholecystitis",
        NULL,
    };
    fi_doc *doc = doc_of(page, report, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "insurance_member_id", "\"HH2094417730\"");
    EXPECT(res, doc, "referred_to_specialty", "\"general_surgery\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* One readable option: its own box decides ("[X] M [ ] E", OCR made an E
 * of the F; "[ ] M" whose other box was lost gives nothing). */
static void test_layout__checkbox_one_readable_option(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Gender: [X] M [ ] E",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_sex", "\"M\"");
    fi_result_free(res);
    fi_doc_free(doc);

    const char *const page2[] = {
        "140|REFERRAL FORM",
        "140|Gender: [ ] M Dr",
        NULL,
    };
    doc = doc_of(page2, NULL, NULL);
    res = run(doc);
    ABSENT(res, doc, "patient_sex");
    fi_result_free(res);
    fi_doc_free(doc);

    /* picked by a marked box, a lone letter OCR was unsure of needs no check */
    doc = doc_of(page, NULL, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.5f;
    res = run(doc);
    EXPECT(res, doc, "patient_sex", "\"M\"");
    expect_review(res, doc, "patient_sex", 0);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The marked box's option is unreadable (OCR garbled it): no value, not a
 * guess among the other options (Fulmonary, beside a glyph, is not it). */
static void test_layout__checkbox_marked_unreadable(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|REFER TO (check one):",
        "160|[ ] Allergy\t560|[ ] Cardiology",
        "160|[ ] Neurology\t560|[X] Oph thea lina Leery",
        "160|C) Fulmonary\t560|[ ] Urology",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    ABSENT(res, doc, "referred_to_specialty");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* ---- free-text letter -------------------------------------------------- */

static void test_layout__letter(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|10-20-2026",
        "",
        "140|Dear Dr. Patel,",
        "",
        "140|I am referring Ms. Jane Okafor (DOB 03/14/1961) for evaluation of",
        "140|poorly controlled type 2 diabetes despite metformin.",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Okafor\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Jane\"");
    EXPECT(res, doc, "patient_dob", "\"1961-03-14\"");
    /* the letter's date on a line of its own */
    EXPECT(res, doc, "referral_date", "\"2026-10-20\"");
    fi_result_free(res);
    fi_doc_free(doc);
    /* a year OCR split in two ("1 992") */
    const char *const split_year[] = {
        "140|Dear Dr. Patel,",
        "140|I would like to refer Ms. Margaret Wojcik (DOB 02/25/1 992), a",
        "140|34-year-old woman, to your neurology practice.",
        "140|Her insurance. is Aetna (member ID W247808874).",
        NULL,
    };
    doc = doc_of(split_year, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_dob", "\"1992-02-25\"");
    /* and a stray mark after "insurance" */
    EXPECT(res, doc, "insurance_payer", "\"Aetna\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A letter in other words: the patient after "my patient" with her date
 * of birth spelled out, a "RE:" line, the chart number and the payer in
 * running text, the reason after a line break, and a letterhead whose
 * phone and fax a symbol parts. */
static void test_layout__letter_in_other_words(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|LAKESIDE FAMILY MEDICINE",
        "140|1830 N. Clark Street, Chicago, IL * Tel (312) 550-9120 * Fax (312) 550-9128",
        "140|October 14, 2026",
        "140|RE: Delphine R. Marchetti DOB 04/03/1971 Our chart #00483921",
        "140|Dear Dr. Whitfield,",
        "140|I am referring my patient Ms. Delphine R. Marchetti, date of birth April 3, 1971, for evaluation",
        "140|of chronic migraine without aura despite topiramate.",
        "140|She is covered by Blue Cross Blue Shield, member ID XJH482915603.",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT_CI(res, doc, "patient_last_name", "\"Marchetti\"");
    EXPECT_CI(res, doc, "patient_first_name", "\"Delphine\"");
    EXPECT(res, doc, "patient_dob", "\"1971-04-03\"");
    EXPECT(res, doc, "patient_mrn", "\"00483921\"");
    EXPECT(res, doc, "referring_phone", "\"3125509120\"");
    EXPECT(res, doc, "referring_fax", "\"3125509128\"");
    EXPECT(res, doc, "reason", "\"chronic migraine without aura despite topiramate\"");
    EXPECT(res, doc, "insurance_payer", "\"Blue Cross Blue Shield\"");
    fi_result_free(res);
    fi_doc_free(doc);
    /* the sex written out after the birth date */
    const char *const re_line[] = {
        "140|Dear Dr. Whitfield,",
        "140|RE: Hamid Rostami, DOB 03/02/1961, Male, MRN 00483921",
        NULL,
    };
    doc = doc_of(re_line, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_sex", "\"M\"");
    fi_result_free(res);
    fi_doc_free(doc);
    /* her sex in "a 55-year-old / woman" across a line break */
    const char *const sex[] = {
        "140|Dear Dr. Whitfield,",
        "140|I am referring Ms. Jane Okafor (DOB 03/14/1961). She is a 55-year-old",
        "140|woman with chronic migraine.",
        NULL,
    };
    doc = doc_of(sex, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "patient_sex", "\"F\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The inside address that the salutation names again is the addressee. */
static void test_layout__letter_inside_address(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Paul Goldstein, MD",
        "140|Parkview Gastroenterology Group",
        "140|2265 Park Blvd, Sacramento, CA",
        "",
        "140|Dear Dr. Goldstein,",
        "140|I would like to refer Shirin Sorensen (DOB 04/30/1964) to your practice.",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_provider", "\"Paul Goldstein\"");
    /* the practice under the name gives the service */
    EXPECT(res, doc, "referred_to_specialty", "\"gastroenterology\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A signature's practice is the sender's, not the service asked for. */
static void test_layout__letter_signature_practice(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Dear Colleague,",
        "140|I would like to refer Shirin Sorensen (DOB 04/30/1964) to your practice.",
        "140|Sincerely,",
        "140|Paul Goldstein, MD",
        "140|Parkview Gastroenterology Group",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_specialty", NULL);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A reason runs on to the next row, but not into the letter's next
 * sentence when OCR lost the full stop before it. */
static void test_layout__letter_reason_stops_at_sentence(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Dear Dr. Sandoval,",
        "140|Reason for referral: low back pain with limited range of motion, evaluate",
        "140|and treat",
        "140|His past medical history is notable for asthma.",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "reason", "\"low back pain with limited range of motion, evaluate and treat\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A weak label's catch that holds no word ("note to 531-910-4291") is no
 * reason. */
static void test_layout__text_needs_a_word(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Dear Dr. Sandoval,",
        "140|Kindly fax your consultation",
        "140|note to 531-910-4291",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    ABSENT(res, doc, "reason");
    fi_result_free(res);
    fi_doc_free(doc);

    /* an empty reason line of a form: the next field is not its value */
    const char *const page2[] = {
        "140|Dear Dr. Sandoval,",
        "140|Reason for Referral",
        "140|Priority: ROUTINE",
        "140|Provider Signature: Date of Referral: 09/29/2026",
        NULL,
    };
    doc = doc_of(page2, NULL, NULL);
    res = run(doc);
    ABSENT(res, doc, "reason");
    fi_result_free(res);
    fi_doc_free(doc);

    /* a reason of a word or two was most likely cut short: for review */
    const char *const page3[] = {
        "140|REFERRAL FORM",
        "140|Reason for Referral: Diabetic",
        NULL,
    };
    doc = doc_of(page3, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "reason", "\"Diabetic\"");
    expect_review(res, doc, "reason", 1);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* ---- context groups ---------------------------------------------------- */

static void test_layout__phone_by_context(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Referring Physician: Dr. Sarah Whitfield, MD",
        "140|Phone: (555) 301-4455",
        "140|Fax: (555) 301-4456",
        "",
        "140|Date of Birth: 03/14/1961",
        "140|Phone: (555) 201-3344",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_provider", "\"Sarah Whitfield\"");
    EXPECT(res, doc, "referring_phone", "\"5553014455\"");
    EXPECT(res, doc, "referring_fax", "\"5553014456\"");
    EXPECT(res, doc, "patient_phone", "\"5552013344\"");
    EXPECT(res, doc, "patient_dob", "\"1961-03-14\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The same, with the blocks the other way round and headings. */
static void test_layout__phone_by_heading(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|PATIENT INFORMATION",
        "140|Name: Okafor, Jane",
        "140|Phone: (555) 201-3344",
        "",
        "140|REFERRING PROVIDER",
        "140|Name: Dr. Sarah Whitfield",
        "140|Phone: (555) 301-4455",
        "140|Fax: (555) 301-4456",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "patient_phone", "\"5552013344\"");
    EXPECT(res, doc, "referring_phone", "\"5553014455\"");
    EXPECT(res, doc, "referring_fax", "\"5553014456\"");
    EXPECT_CI(res, doc, "patient_last_name", "\"Okafor\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* ---- page roles -------------------------------------------------------- */

static const char *const REFERRAL_NO_FAX[] = {
    "140|REFERRAL FORM",
    "140|Patient Name: Okafor, Jane",
    "140|Date of Birth: 03/14/1961",
    "140|Referring Physician: Dr. Sarah Whitfield",
    "140|Phone: (555) 301-4455",
    "140|Reason for Referral: chest pain on exertion.",
    NULL,
};

static void test_roles__progress_note_not_taken(void **state)
{
    (void)state;
    const char *const notes[] = {
        "140|PROGRESS NOTE",
        "140|Date of Service: 02/01/2024",
        "140|Chief Complaint: cough",
        "140|History of Present Illness: two weeks of cough.",
        "140|Assessment and Plan:",
        "140|Diagnosis: J45.909 asthma",
        "140|Phone: (555) 777-8888",
        "140|Fax: (555) 777-9999",
        NULL,
    };
    fi_doc *doc = doc_of(REFERRAL_NO_FAX, notes, NULL);
    fi_result *res = run(doc);
    ABSENT(res, doc, "diagnosis_codes");
    ABSENT(res, doc, "referring_fax");
    ABSENT(res, doc, "patient_phone");
    EXPECT(res, doc, "referring_phone", "\"5553014455\"");
    EXPECT_CI(res, doc, "patient_last_name", "\"Okafor\"");
    EXPECT(res, doc, "patient_dob", "\"1961-03-14\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The notes come first in the fax: still not taken. */
static void test_roles__progress_note_first(void **state)
{
    (void)state;
    const char *const notes[] = {
        "140|PROGRESS NOTE",
        "140|Chief Complaint: chest pain",
        "140|History of Present Illness: exertional chest pain.",
        "140|Assessment and Plan:",
        "140|Dx: I20.9 R07.9",
        NULL,
    };
    fi_doc *doc = doc_of(notes, REFERRAL_NO_FAX, NULL);
    fi_result *res = run(doc);
    ABSENT(res, doc, "diagnosis_codes");
    EXPECT(res, doc, "referring_phone", "\"5553014455\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

static const char *const COVER[] = {
    "140|FAX COVER SHEET",
    "140|To: Valley Cardiology",
    "140|Fax: (555) 444-1000",
    "",
    "140|From: Riverside Family Medicine",
    "140|Fax: (555) 301-4456",
    "140|Phone: (555) 301-4499",
    "",
    "140|Pages including cover: 3",
    "140|Confidentiality notice: this fax may contain protected health information.",
    NULL,
};

/* The "To:" block's fax is the recipient's: never referring_fax; the
 * "From:" block's is the sender's, used when the referral gives none. */
static void test_roles__cover_from_fax_used(void **state)
{
    (void)state;
    fi_doc *doc = doc_of(COVER, REFERRAL_NO_FAX, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_fax", "\"5553014456\"");
    /* the referral's own phone wins over the cover's */
    EXPECT(res, doc, "referring_phone", "\"5553014455\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* An area code no other number of the document has, a digit off the one
 * the practice's numbers print ("320" among "520"s), is a slip: repaired,
 * for review.  The practice's phone and fax share their exchange as well;
 * the patient's exchange is the patient's own. */
static void test_repair__area_code_from_other_numbers(void **state)
{
    (void)state;
    const char *const cover[] = {
        "140|FAX COVER SHEET",
        "140|From: Riverside Family Medicine",
        "140|Phone: (520) 363-4499\t900|Fax: (520) 363-4456",
        "140|Main line 520 363 4400",
        NULL,
    };
    const char *const form[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: SINGH, IBRAHIM\t900|Date of Birth: 1/5/1965",
        "140|Patient Phone: (520) 771-1111",
        "140|Referring Provider: Karen Shah, MD\t900|NPI: 1234567893",
        "140|Office Phone: (320) 364-2880",
        NULL,
    };
    fi_doc *doc = doc_of(cover, form, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_phone", "\"5203632880\"");
    EXPECT(res, doc, "patient_phone", "\"5207711111\"");
    expect_review(res, doc, "referring_phone", 1);
    fi_result_free(res);
    fi_doc_free(doc);

    /* a digit lost and another added ("208" for "520"), where the
     * practice's code is printed on four numbers */
    const char *const shifted[] = {
        "140|REFERRAL FORM",
        "140|Patient Phone: (520) 771-1111",
        "140|Office Phone: (208) 363-2880",
        NULL,
    };
    doc = doc_of(cover, shifted, NULL);
    res = run(doc);
    EXPECT(res, doc, "referring_phone", "\"5203632880\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The cover's addressee names the practice ("To: Dr. Diana Shah,
 * Bridgewater Physical Therapy Group"): the specialty when the referral
 * names none, for review; a form's own specialty wins, and a practice
 * named without a service gives none. */
static void test_roles__cover_to_practice(void **state)
{
    (void)state;
    const char *const cover[] = {
        "140|FAX COVER SHEET",
        "140|To: Dr. Diana Shah, Bridgewater Physical Therapy Group",
        "140|From: Walter Lopez, Northside Primary Care",
        NULL,
    };
    const char *const form[] = {
        "140|REFERRAL REQUEST FORM",
        "140|Patient: SINGH, IBRAHIM\t900|Date of Birth: 1/5/1965",
        "140|Reason: low back pain, evaluate and treat",
        NULL,
    };
    const char *const form_ortho[] = {
        "140|REFERRAL REQUEST FORM",
        "140|Patient: SINGH, IBRAHIM\t900|Specialty: Orthopedics",
        NULL,
    };
    const char *const cover_plain[] = {
        "140|FAX COVER SHEET",
        "140|To: New Patient Referrals, Heritage Associates Clinic",
        NULL,
    };
    fi_doc *doc = doc_of(cover, form, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referred_to_specialty", "\"physical_therapy\"");
    expect_review(res, doc, "referred_to_specialty", 1);
    fi_result_free(res);
    fi_doc_free(doc);

    doc = doc_of(cover, form_ortho, NULL);
    res = run(doc);
    EXPECT(res, doc, "referred_to_specialty", "\"orthopedics\"");
    fi_result_free(res);
    fi_doc_free(doc);

    doc = doc_of(cover_plain, form, NULL);
    res = run(doc);
    EXPECT(res, doc, "referred_to_specialty", NULL);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* With no date on the referral, the day the fax header says it was sent
 * is offered, for a person to confirm; a date the referral prints wins. */
static void test_repair__date_from_fax_header(void **state)
{
    (void)state;
    fi_doc *doc = doc_of(REFERRAL_NO_FAX, NULL, NULL);
    add_line(&doc->pages[0], 90, 20, 40, "10/19/2026 07:01 FROM 5553014456 TO 5554441000");
    fi_result *res = run(doc);
    EXPECT(res, doc, "referral_date", "\"2026-10-19\"");
    expect_review(res, doc, "referral_date", 1);
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const dated[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Okafor, Jane",
        "140|Referral Date: 10/16/2026",
        NULL,
    };
    doc = doc_of(dated, NULL, NULL);
    add_line(&doc->pages[0], 90, 20, 40, "10/19/2026 07:01 FROM 5553014456 TO 5554441000");
    res = run(doc);
    EXPECT(res, doc, "referral_date", "\"2026-10-16\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A number read in several places a digit apart is settled digit by
 * digit, the more legible reading weighing more; a fax number also by the
 * header the sending machine printed along the top of each page, and by
 * the station id it reported, which is exact. */
static void test_repair__digits_from_other_readings(void **state)
{
    (void)state;
    const char *const smudged[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Okafor, Jane",
        "140|Referring Physician: Dr. Sarah Whitfield",
        "140|Phone: (555) 301-4490",
        "140|Fax: (555) 391-4456",
        NULL,
    };
    fi_doc *doc = doc_of(COVER, smudged, NULL);
    for (size_t k = 0; k < doc->pages[1].nwords; k++)
        doc->pages[1].words[k].conf = 0.7f;
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_phone", "\"5553014499\"");
    /* the cover's fax, more legible than the form's; but one reading
     * against another is for a person to confirm */
    EXPECT(res, doc, "referring_fax", "\"5553014456\"");
    expect_review(res, doc, "referring_fax", 1);
    fi_result_free(res);
    fi_doc_free(doc);

    /* no cover: the fax machine's header on each page outvotes the form */
    doc = doc_of(smudged, REFERRAL_NO_FAX, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.7f;
    for (size_t p = 0; p < doc->npages; p++)
        add_line(&doc->pages[p], 90, 20, 40, "RECEIVED 10/19/2026 07:01AM FROM 5553014456 TO 5554441000");
    res = run(doc);
    EXPECT(res, doc, "referring_fax", "\"5553014456\"");
    fi_result_free(res);
    fi_doc_free(doc);

    /* the station id alone settles it */
    doc = doc_of(smudged, NULL, NULL);
    doc->meta = strdup("{\"station_id\":\"+1 555 301 4456\"}");
    assert_non_null(doc->meta);
    res = run(doc);
    EXPECT(res, doc, "referring_fax", "\"5553014456\"");
    expect_review(res, doc, "referring_fax", 0);
    fi_result_free(res);
    fi_doc_free(doc);

    /* no fax number in the referral: the sending machine's is offered,
     * for a person to confirm; its station id first, else its header */
    doc = doc_of(REFERRAL_NO_FAX, NULL, NULL);
    doc->meta = strdup("{\"station_id\":\"Fax from 5553014456\"}");
    assert_non_null(doc->meta);
    res = run(doc);
    EXPECT(res, doc, "referring_fax", "\"5553014456\"");
    expect_review(res, doc, "referring_fax", 1);
    fi_result_free(res);
    fi_doc_free(doc);
    doc = doc_of(REFERRAL_NO_FAX, REFERRAL_NO_FAX, REFERRAL_NO_FAX);
    add_line(&doc->pages[0], 90, 20, 40, "10/19/2026 07:01 FROM 5553014456 TO 5554441000");
    add_line(&doc->pages[1], 90, 20, 40, "10/19/2026 07:01 FROM 5553014466 TO 5554441000");
    add_line(&doc->pages[2], 90, 20, 40, "10/19/2026 07:01 FROM 5553014456 TO 5554441000");
    res = run(doc);
    EXPECT(res, doc, "referring_fax", "\"5553014456\"");
    fi_result_free(res);
    fi_doc_free(doc);

    /* a station two digits or more off is another line, not a slip */
    doc = doc_of(smudged, NULL, NULL);
    doc->meta = strdup("{\"station_id\":\"Fax from 5559990000\"}");
    assert_non_null(doc->meta);
    res = run(doc);
    EXPECT(res, doc, "referring_fax", "\"5553914456\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

static void test_roles__cover_to_fax_never(void **state)
{
    (void)state;
    const char *const cover_to_only[] = {
        "140|FAX COVER SHEET",
        "140|To: Valley Cardiology",
        "140|Fax: (555) 444-1000",
        "140|Pages including cover: 3",
        "140|Confidentiality notice: this fax may contain protected health information.",
        NULL,
    };
    fi_doc *doc = doc_of(cover_to_only, REFERRAL_NO_FAX, NULL);
    fi_result *res = run(doc);
    ABSENT(res, doc, "referring_fax");
    fi_result_free(res);
    fi_doc_free(doc);
}

static void test_roles__referral_fax_beats_cover(void **state)
{
    (void)state;
    const char *const referral[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Okafor, Jane",
        "140|Referring Physician: Dr. Sarah Whitfield",
        "140|Phone: (555) 301-4455",
        "140|Fax: (555) 888-1234",
        NULL,
    };
    fi_doc *doc = doc_of(COVER, referral, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_fax", "\"5558881234\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* ---- defaults and completeness ----------------------------------------- */

static void test_result__urgency_defaults_to_routine(void **state)
{
    (void)state;
    fi_doc *doc = doc_of(REFERRAL_NO_FAX, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "urgency", "\"routine\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

static void test_result__empty_document(void **state)
{
    (void)state;
    fi_doc *doc = fi_doc_new("empty.tif");
    fi_doc_add_page(doc, PAGE_W, PAGE_H, 200);
    fi_result *res = run(doc);
    EXPECT(res, doc, "urgency", "\"routine\"");
    ABSENT(res, doc, "patient_last_name");
    double score = -1;
    char *missing = missing_list(res, doc, &score);
    assert_true(listed(missing, "patient_last_name"));
    assert_true(listed(missing, "reason"));
    assert_false(listed(missing, "urgency"));
    assert_false(listed(missing, "patient_sex"));
    assert_true(score < 1e-9);
    free(missing);
    /* an unknown field name is not found, not a crash */
    char *v = fi_result_value(res, "shoe_size");
    assert_null(v);
    fi_result_free(res);
    fi_doc_free(doc);

    fi_doc *none = fi_doc_new("nopages.tif");
    res = run(none);
    EXPECT(res, none, "urgency", "\"routine\"");
    fi_result_free(res);
    fi_doc_free(none);
}

static void test_result__completeness_missing(void **state)
{
    (void)state;
    fi_doc *doc = doc_of(REFERRAL_NO_FAX, NULL, NULL);
    fi_result *res = run(doc);
    double score = -1;
    char *missing = missing_list(res, doc, &score);
    /* found */
    assert_false(listed(missing, "patient_last_name"));
    assert_false(listed(missing, "patient_first_name"));
    assert_false(listed(missing, "patient_dob"));
    assert_false(listed(missing, "referring_provider"));
    assert_false(listed(missing, "reason"));
    /* required and absent */
    assert_true(listed(missing, "referring_fax"));
    assert_true(listed(missing, "referring_npi"));
    assert_true(listed(missing, "insurance_payer"));
    assert_true(listed(missing, "insurance_member_id"));
    assert_true(listed(missing, "diagnosis_codes"));
    assert_true(listed(missing, "referred_to_specialty"));
    assert_true(listed(missing, "patient_phone"));
    /* not required */
    assert_false(listed(missing, "referral_date"));
    assert_false(listed(missing, "referred_to_provider"));
    assert_false(listed(missing, "patient_mrn"));
    /* 5 of the 12 required fields (equal weights) */
    assert_true(score > 5.0 / 12 - 0.002 && score < 5.0 / 12 + 0.002);
    free(missing);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* ---- OCR slips repaired by validation ---------------------------------- */

static void test_repair__npi_with_spaces_and_icd_without_dot(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Referring Physician: Dr. Sarah Whitfield",
        "140|NPI: 1234 567 893",
        "140|Diagnosis: E119",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_npi", "\"1234567893\"");
    EXPECT(res, doc, "diagnosis_codes", "[\"E11.9\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

static void test_repair__icd_list_and_bad_npi(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Referring Physician: Dr. Sarah Whitfield",
        /* fails the check digit: not an NPI */
        "140|NPI: 1234567890",
        "140|Diagnosis Codes: E11.9, I10 E78.5",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    ABSENT(res, doc, "referring_npi");
    EXPECT(res, doc, "diagnosis_codes", "[\"E11.9\",\"I10\",\"E78.5\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* The word NPI garbled ("Mpt:") on the referring provider's line, itself
 * a letter off: a valid NPI there is still the provider's. */
static void test_repair__npi_on_provider_line(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|Referral Request - Outpatient",
        "140|Seferring Provider: Robert A. Whitfield, DO Mpt: 1234567893",
        "140|Phone: 984-567-1205 Office Fax: 984-567-1305",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referring_npi", "\"1234567893\"");
    fi_result_free(res);
    fi_doc_free(doc);
}


/* A list read again with fewer codes does not replace the first reading. */
static void test_repair__code_list_reread_keeps_codes(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Dx Code(s): M54.50, M62.81, 296.651",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.5f;
    /* surer-looking, but with its last code lost to the line's end */
    reading again = {"Dx Code(s): M54.50, M62.81", 0.95f};
    fi_result *res = fi_extract(rules, doc, reread_fixed, &again);
    assert_non_null(res);
    EXPECT(res, doc, "diagnosis_codes", "[\"M54.50\",\"M62.81\",\"Z96.651\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A code list the shipped table vouches for, code by code, needs no
 * review at a fair legibility; one with a word shaped like a code that no
 * reading makes a code ("(170.0)": I70.0 or L70.0?) may lack a code and
 * does. */
static void test_repair__code_list_checked_by_table(void **state)
{
    (void)state;
    const char *const known[] = {
        "140|REFERRAL FORM",
        "140|Diagnosis (ICD-10): M54.50, M17.11",
        NULL,
    };
    const char *const refused[] = {
        "140|REFERRAL FORM",
        "140|Diagnosis: Neoplasm of skin (D48.5) Unspecified finding (170.0)",
        NULL,
    };
    fi_doc *doc = doc_of(known, NULL, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.75f;
    fi_result *res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"M54.50\",\"M17.11\"]");
    expect_review(res, doc, "diagnosis_codes", 0);
    fi_result_free(res);
    fi_doc_free(doc);

    doc = doc_of(refused, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"D48.5\"]");
    expect_review(res, doc, "diagnosis_codes", 1);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Second readings of an unsure ID, as the OCR would give them mode by
 * mode: a surer-looking slip first, then the first reading again. */
static char *reread_id(void *ctx, size_t page, int x0, int y0, int x1, int y1, int mode,
                       const char *whitelist, float *conf)
{
    (void)ctx, (void)page, (void)x0, (void)y0, (void)x1, (void)y1, (void)whitelist;
    static const char *const readings[] = {"W350954836", "W350953836", "W 350953836"};
    static const float confs[] = {0.70f, 0.55f, 0.50f};
    *conf = confs[mode];
    return strdup(readings[mode]);
}

/* An ID has no check digit: a second reading that gives the first again
 * confirms it against a surer-looking third, and needs no review; a
 * capital read apart from its digits ("W 350953836") is its prefix. */
static void test_repair__id_confirmed_by_second_reading(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Okafor, Jane",
        "140|Member ID: W350953836",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    for (size_t k = 0; k < doc->pages[0].nwords; k++)
        doc->pages[0].words[k].conf = 0.4f;
    fi_result *res = fi_extract(rules, doc, reread_id, NULL);
    assert_non_null(res);
    EXPECT(res, doc, "insurance_member_id", "\"W350953836\"");
    expect_review(res, doc, "insurance_member_id", 0);
    fi_result_free(res);
    fi_doc_free(doc);

    const char *const apart[] = {
        "140|REFERRAL FORM",
        "140|Member ID: W 865192902",
        NULL,
    };
    doc = doc_of(apart, NULL, NULL);
    res = run(doc);
    EXPECT(res, doc, "insurance_member_id", "\"W865192902\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A referral "dated" ten months before the fax that sent it lost the "1"
 * of its month: dated in the weeks before the fax, for review. */
static void test_repair__referral_month_lost_a_one(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL REQUEST FORM",
        "140|Order Date: 1/2/2026",
        "140|Patient Name: Okafor, Jane",
        NULL,
    };
    fi_doc *doc = doc_of(page, page, NULL);
    for (size_t p = 0; p < doc->npages; p++)
        add_line(&doc->pages[p], 90, 20, 40, "11/02/2026 08:53 NORTHSIDE PRIMARY CARE 279-251-7910");
    fi_result *res = run(doc);
    EXPECT(res, doc, "referral_date", "\"2026-11-02\"");
    expect_review(res, doc, "referral_date", 1);
    fi_result_free(res);
    fi_doc_free(doc);
    /* the fax server's receive time says the same; a fax sent in
     * January leaves the date alone */
    doc = doc_of(page, NULL, NULL);
    doc->meta = strdup("{\"datetime\":\"2026:01:05 10:00:00\"}");
    assert_non_null(doc->meta);
    res = run(doc);
    EXPECT(res, doc, "referral_date", "\"2026-01-02\"");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A referral date whose year OCR misread by a digit ("11/6/46" in 2026)
 * is dated this year, for review. */
static void test_repair__referral_year_slip(void **state)
{
    (void)state;
    time_t when = time(NULL) - 20 * 86400;
    struct tm tm;
    localtime_r(&when, &tm);
    int yy = tm.tm_year % 100;
    char line[64], want[32];
    snprintf(line, sizeof line, "140|Order Date: %d/%d/%d%d", tm.tm_mon + 1, tm.tm_mday,
             (yy / 10 + 2) % 10, yy % 10);
    snprintf(want, sizeof want, "\"%04d-%02d-%02d\"", tm.tm_year + 1900, tm.tm_mon + 1,
             tm.tm_mday);
    const char *const page[] = {"140|REFERRAL REQUEST FORM", line,
                                "140|Patient Name: Okafor, Jane", NULL};
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "referral_date", want);
    expect_review(res, doc, "referral_date", 1);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* "Dx" with its D read as a P: still the diagnosis label, since what
 * follows must pass the code table; a "Px:" of something else gives
 * nothing. */
static void test_repair__dx_label_read_as_px(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL REQUEST FORM",
        "140|px Code(s): M54.50, M62,81",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"M54.50\",\"M62.81\"]");
    fi_result_free(res);
    fi_doc_free(doc);
    const char *const other[] = {
        "140|REFERRAL REQUEST FORM",
        "140|Px: good with physical therapy",
        NULL,
    };
    doc = doc_of(other, NULL, NULL);
    res = run(doc);
    ABSENT(res, doc, "diagnosis_codes");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* Codes in parentheses after their descriptions, under a heading no rule
 * knows, are read for review; an area code in parentheses is a phone's. */
static void test_repair__described_codes_without_label(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Home Phone (S18) 824-1896",
        "140|ICcB-16 Obstructive sleep apnea (adult) (G47. 33): Unspecified asthma (45.909)",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    /* the J lost before "45.909", two digits before the dot */
    EXPECT(res, doc, "diagnosis_codes", "[\"G47.33\",\"J45.909\"]");
    expect_review(res, doc, "diagnosis_codes", 1);
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A code's first letter misread as a digit: the one letter that gives a
 * code of the table ("930.9" is J30.9), or, of several, the one whose
 * chapter the description names ("Acne vulgaris (170.0)" is L70.0, not
 * I70.0); without such words the code stays unread, for review.  A code
 * off the table whose description names another letter's chapter is
 * that letter's ("Frequency of micturition [K35.0]" is R35.0). */
static void test_repair__code_first_letter(void **state)
{
    (void)state;
    static const struct {
        const char *line, *want;
    } cases[] = {
        {"Diagnosis: Allergic rhinitis 930.9", "[\"J30.9\"]"},
        {"Diagnosis: Neoplasm of skin (D48.5) Acne vulgaris (170.0)", "[\"D48.5\",\"L70.0\"]"},
        {"Diagnosis: Atherosclerosis of aorta (170.0)", "[\"I70.0\"]"},
        {"Diagnosis: Neoplasm (D48.5) Unspecified finding (170.0)", "[\"D48.5\"]"},
        /* a code off the table whose letter the words deny */
        {"Diagnosis: Frequency of micturition [K35.0]", "[\"R35.0\"]"},
        {"Diagnosis: Acute appendicitis [K35.2]", "[\"K35.2\"]"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        expect_on_form(cases[k].line, "diagnosis_codes", cases[k].want, 1);
    /* a bare code's description on another page */
    const char *const form[] = {"140|REFERRAL FORM", "140|Dx Codes: N63.0, Q17.9", NULL};
    const char *const note[] = {"140|PROGRESS NOTE", "140|4. Benign lipomatous neoplasm (117.9)",
                                NULL};
    fi_doc *doc = doc_of(form, note, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"N63.0\",\"D17.9\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* A code in parentheses after its description, the parenthesis read as a
 * "1" and the dot as a comma: "(C34.90)" as "1C34, 90)". */
static void test_repair__icd_in_parentheses(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Diagnoses",
        "140|1. Malignant neoplasm of bronchus or lung 1C34, 90)",
        "140|2. Essential hypertension (I10)",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    EXPECT(res, doc, "diagnosis_codes", "[\"C34.90\",\"I10\"]");
    fi_result_free(res);
    fi_doc_free(doc);
}

/* ---- known bugs ----------------------------------------------------------
 * Each test below states what the document should give; while the bug is
 * there it prints what it gives instead and is skipped, so it turns into
 * a passing test by itself once the bug is fixed. */

/* 1 when field's JSON text is want (NULL: not found), case-folded. */
static int value_is(const fi_result *res, const char *field, const char *want, int *wrong)
{
    char *got = fi_result_value(res, field);
    int same = (!got && !want) || (got && want && strcasecmp(got, want) == 0);
    if (!same) {
        print_message("  %s: got %s, want %s\n", field, got ? got : "(not found)",
                      want ? want : "(not found)");
        (*wrong)++;
    }
    free(got);
    return same;
}

/* Regression (fixed): the context group (patient, referring, sender...) is one
 * state carried through the page in reading order, row by row
 * (scan_page, extract/extract.c).  On a two-column form whose left column
 * is the patient's and right column the referring provider's, the group
 * the right column's label starts ("Referring Physician:") is still on
 * when the next row's left "Phone:" is read, and the left "Date of
 * Birth:" switches it back to patient before the right "Fax:".  Got:
 * referring_phone 5552013344 (the patient's), patient_phone not found,
 * referring_fax not found. */
static void test_regression__two_column_context_groups(void **state)
{
    (void)state;
    const char *const page[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Okafor, Jane\t890|Referring Physician: Dr. Sarah Whitfield",
        "140|Phone: (555) 201-3344\t890|Phone: (555) 301-4455",
        "140|Date of Birth: 03/14/1961\t890|Fax: (555) 301-4456",
        NULL,
    };
    fi_doc *doc = doc_of(page, NULL, NULL);
    fi_result *res = run(doc);
    int wrong = 0;
    value_is(res, "patient_phone", "\"5552013344\"", &wrong);
    value_is(res, "referring_phone", "\"5553014455\"", &wrong);
    value_is(res, "referring_fax", "\"5553014456\"", &wrong);
    value_is(res, "patient_dob", "\"1961-03-14\"", &wrong);
    value_is(res, "referring_provider", "\"Sarah Whitfield\"", &wrong);
    fi_result_free(res);
    fi_doc_free(doc);
    if (wrong) {
        print_message("Regression (fixed): context groups do not follow columns\n");
        fail();
    }
}

/* Regression (fixed): the same on a cover sheet with "To:" and "From:" side by
 * side, each column with its own "Fax:" and "Phone:" (the usual cover
 * layout).  "From:" (right) starts the sender group, which is still on
 * for the next row's left "Fax:", the recipient's.  Both faxes become
 * cover_fax candidates of equal score and the first, the recipient's,
 * wins: referring_fax 5554441000 (want 5553014456), referring_phone
 * 5554441001 (want 5553014499). */
static void test_regression__cover_to_from_side_by_side(void **state)
{
    (void)state;
    const char *const cover[] = {
        "140|FAX COVER SHEET",
        "140|To: Valley Cardiology\t890|From: Riverside Family Medicine",
        "140|Fax: (555) 444-1000\t890|Fax: (555) 301-4456",
        "140|Phone: (555) 444-1001\t890|Phone: (555) 301-4499",
        "140|Pages including cover: 3",
        "140|Confidentiality notice: this fax may contain protected health information.",
        NULL,
    };
    const char *const referral[] = {
        "140|REFERRAL FORM",
        "140|Patient Name: Okafor, Jane",
        "140|Referring Physician: Dr. Sarah Whitfield",
        "140|Reason for Referral: chest pain on exertion.",
        NULL,
    };
    fi_doc *doc = doc_of(cover, referral, NULL);
    fi_result *res = run(doc);
    int wrong = 0;
    value_is(res, "referring_fax", "\"5553014456\"", &wrong);
    value_is(res, "referring_phone", "\"5553014499\"", &wrong);
    fi_result_free(res);
    fi_doc_free(doc);
    if (wrong) {
        print_message("Regression (fixed): the recipient's fax is taken from a side-by-side cover\n");
        fail();
    }
}

/* Regression (fixed): within one [field] rule the first wording in its labels list
 * that matches wins, not the longest: scan_page breaks out of the labels
 * loop at the first match, though its comment says "longest wording first
 * at each position" (the longest-wins logic only works across rules).  A
 * longer wording listed after a shorter one that is its prefix is never
 * used, and its extra words become the value.  With rules/default.rules:
 *   "Reason for Consultation: evaluate chest pain on exertion."
 *       -> reason "for" (want the sentence; "Consultation:" is then read
 *          as a referred_to_specialty label)
 *   "Reason for Visit: knee pain"      -> reason "for Visit: knee pain"
 *   "Insurance Company: Aetna"         -> insurance_payer "Company: Aetna"
 *   "Insurance Plan: Blue Cross"       -> insurance_payer not found
 *                                         ("Plan:" is a stop word)
 *   "Medical Record #: 5608129"        -> patient_mrn not found (the
 *                                         pattern sees "#: 5608129")
 *   "Referred To Physician: Dr. Kim Lee"
 *       -> referred_to_provider not found and referred_to_specialty
 *          "physical_therapy" (the value "Physician: Dr. Kim Lee" reads as
 *          a specialty: fi_norm_specialty("Physician") gives
 *          physical_therapy, so the provider kind refuses it). */
static void test_regression__longest_label_within_rule(void **state)
{
    (void)state;
    static const struct {
        const char *line, *field, *want, *field2, *want2;
    } cases[] = {
        {"Reason for Consultation: evaluate chest pain on exertion.", "reason",
         "\"evaluate chest pain on exertion.\"", NULL, NULL},
        {"Reason for Visit: knee pain", "reason", "\"knee pain\"", NULL, NULL},
        {"Insurance Company: Aetna", "insurance_payer", "\"Aetna\"", NULL, NULL},
        {"Insurance Plan: Blue Cross", "insurance_payer", "\"Blue Cross\"", NULL, NULL},
        {"Medical Record #: 5608129", "patient_mrn", "\"5608129\"", NULL, NULL},
        {"Referred To Physician: Dr. Kim Lee", "referred_to_provider", "\"Kim Lee\"",
         "referred_to_specialty", NULL},
    };
    int wrong = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char row[128];
        snprintf(row, sizeof row, "140|%s", cases[i].line);
        const char *const page[] = {"140|REFERRAL FORM", row, NULL};
        fi_doc *doc = doc_of(page, NULL, NULL);
        fi_result *res = run(doc);
        int before = wrong;
        value_is(res, cases[i].field, cases[i].want, &wrong);
        if (cases[i].field2)
            value_is(res, cases[i].field2, cases[i].want2, &wrong);
        if (wrong != before)
            print_message("  ... on \"%s\"\n", cases[i].line);
        fi_result_free(res);
        fi_doc_free(doc);
    }
    if (wrong) {
        print_message("Regression (fixed): a shorter label wording listed first wins within a rule\n");
        fail();
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layout__two_column_form),
        cmocka_unit_test(test_layout__garbled_id_label),
        cmocka_unit_test(test_layout__phone_label_amid_cell),
        cmocka_unit_test(test_layout__qualified_captions),
        cmocka_unit_test(test_layout__name_part_words_in_prose),
        cmocka_unit_test(test_layout__reason_ends_with_its_paragraph),
        cmocka_unit_test(test_layout__slash_wording_before_name),
        cmocka_unit_test(test_layout__referring_provider_over_pcp),
        cmocka_unit_test(test_layout__provider_beside_npi),
        cmocka_unit_test(test_layout__provider_initial_spelled_out),
        cmocka_unit_test(test_layout__joined_label_words),
        cmocka_unit_test(test_layout__surname_from_other_page),
        cmocka_unit_test(test_layout__id_cleaner_on_other_page),
        cmocka_unit_test(test_repair__member_id_by_plan_form),
        cmocka_unit_test(test_layout__provider_spelled_as_elsewhere),
        cmocka_unit_test(test_layout__provider_ends_at_label),
        cmocka_unit_test(test_layout__id_not_under_another_label),
        cmocka_unit_test(test_layout__patient_banner),
        cmocka_unit_test(test_layout__surname_particle),
        cmocka_unit_test(test_layout__other_wordings),
        cmocka_unit_test(test_layout__wordings_of_new_forms),
        cmocka_unit_test(test_layout__name_in_its_section),
        cmocka_unit_test(test_layout__intake_form_ways),
        cmocka_unit_test(test_layout__portal_and_payer_line),
        cmocka_unit_test(test_layout__codes_in_a_row_and_grouped_id),
        cmocka_unit_test(test_layout__slashed_label_and_section_heading),
        cmocka_unit_test(test_layout__facility_wordings_and_stamp),
        cmocka_unit_test(test_layout__provider_then_practice),
        cmocka_unit_test(test_layout__value_below_when_right_is_a_heading),
        cmocka_unit_test(test_layout__numbered_captions_over_values),
        cmocka_unit_test(test_layout__pt_last_name_and_accents),
        cmocka_unit_test(test_layout__not_a_person_nor_a_reason),
        cmocka_unit_test(test_layout__reason_as_question_or_request),
        cmocka_unit_test(test_layout__supervisor_and_signature_lines),
        cmocka_unit_test(test_layout__service_titles_and_payer_words),
        cmocka_unit_test(test_layout__letter_re_line_and_home_phone),
        cmocka_unit_test(test_layout__label_words_to_colon_and_banner_nickname),
        cmocka_unit_test(test_layout__label_wrapped_in_its_cell),
        cmocka_unit_test(test_layout__reason_read_in_full),
        cmocka_unit_test(test_layout__name_parts_after_name_label),
        cmocka_unit_test(test_layout__value_below_starts_its_cell),
        cmocka_unit_test(test_layout__letter_addressee_and_purpose),
        cmocka_unit_test(test_layout__section_starts_across_its_columns),
        cmocka_unit_test(test_layout__reason_runs_on_and_stops_at_next_item),
        cmocka_unit_test(test_layout__last_visit_not_a_surname),
        cmocka_unit_test(test_layout__npi_amid_a_row),
        cmocka_unit_test(test_layout__specialist_wordings),
        cmocka_unit_test(test_layout__caption_under_value_line),
        cmocka_unit_test(test_layout__short_value_under_heading),
        cmocka_unit_test(test_layout__sex_beside_birth_date),
        cmocka_unit_test(test_layout__specialty_in_text),
        cmocka_unit_test(test_layout__payer_wordings),
        cmocka_unit_test(test_layout__referral_date_wordings),
        cmocka_unit_test(test_layout__name_ends_at_caption_word),
        cmocka_unit_test(test_layout__note_after_label_without_colon),
        cmocka_unit_test(test_layout__reason_ends_before_heading_line),
        cmocka_unit_test(test_layout__codes_after_descriptions),
        cmocka_unit_test(test_layout__letterhead_numbers),
        cmocka_unit_test(test_layout__referring_wordings),
        cmocka_unit_test(test_layout__record_number_wordings),
        cmocka_unit_test(test_layout__patient_phone_wordings),
        cmocka_unit_test(test_layout__birth_date_wordings),
        cmocka_unit_test(test_layout__patient_name_wordings),
        cmocka_unit_test(test_layout__indication_codes),
        cmocka_unit_test(test_layout__reason_ends_at_heading_or_unknown_label),
        cmocka_unit_test(test_layout__sentence_not_a_name),
        cmocka_unit_test(test_layout__codes_under_several_labels),
        cmocka_unit_test(test_layout__label_in_two_languages),
        cmocka_unit_test(test_layout__unreadable_name_refused),
        cmocka_unit_test(test_layout__plan_is_payer_only_when_known),
        cmocka_unit_test(test_layout__cover_only_document_read),
        cmocka_unit_test(test_layout__name_spelled_as_on_cover),
        cmocka_unit_test(test_layout__name_order_from_other_pages),
        cmocka_unit_test(test_layout__name_order_from_commas),
        cmocka_unit_test(test_layout__split_surname_printed_whole),
        cmocka_unit_test(test_layout__label_cut_short),
        cmocka_unit_test(test_layout__label_word_garbled),
        cmocka_unit_test(test_layout__mrn_in_running_text),
        cmocka_unit_test(test_layout__patient_spelled_as_elsewhere),
        cmocka_unit_test(test_layout__specialty_from_reason),
        cmocka_unit_test(test_layout__member_id_from_card),
        cmocka_unit_test(test_repair__id_slash_for_seven),
        cmocka_unit_test(test_repair__month_tens_digit),
        cmocka_unit_test(test_repair__area_code_lost_digit),
        cmocka_unit_test(test_repair__name_reread_against_document),
        cmocka_unit_test(test_layout__name_period_for_comma),
        cmocka_unit_test(test_layout__garbled_credential),
        cmocka_unit_test(test_layout__unsure_letters_and_closed_values),
        cmocka_unit_test(test_layout__corroborated_values),
        cmocka_unit_test(test_layout__code_label_slip),
        cmocka_unit_test(test_layout__two_column_form_offset),
        cmocka_unit_test(test_layout__table_cells),
        cmocka_unit_test(test_layout__label_above_value),
        cmocka_unit_test(test_layout__label_above_value_single),
        cmocka_unit_test(test_layout__checkbox_urgency),
        cmocka_unit_test(test_layout__checkbox_stat_last),
        cmocka_unit_test(test_layout__checkbox_text_layer_mark),
        cmocka_unit_test(test_layout__checkbox_none_marked),
        cmocka_unit_test(test_layout__checkbox_specialty_grid),
        cmocka_unit_test(test_layout__checkbox_marked_unreadable),
        cmocka_unit_test(test_layout__checkbox_one_readable_option),
        cmocka_unit_test(test_layout__specialty_in_two_words),
        cmocka_unit_test(test_layout__specialty_joined_by_slash),
        cmocka_unit_test(test_layout__consultation_request_page),
        cmocka_unit_test(test_layout__letter_signature_practice),
        cmocka_unit_test(test_layout__sex_amid_row),
        cmocka_unit_test(test_layout__sex_under_caption_row),
        cmocka_unit_test(test_layout__reason_ends_at_next_label),
        cmocka_unit_test(test_layout__captions_apart),
        cmocka_unit_test(test_layout__caption_row_ends_options),
        cmocka_unit_test(test_layout__heading_after_bar),
        cmocka_unit_test(test_layout__office_label_wordings),
        cmocka_unit_test(test_layout__direct_line_beside_main_line),
        cmocka_unit_test(test_layout__signature_and_sender),
        cmocka_unit_test(test_layout__person_beside_service),
        cmocka_unit_test(test_repair__date_from_fax_header),
        cmocka_unit_test(test_layout__table_cells_run_together),
        cmocka_unit_test(test_layout__npi_without_its_label),
        cmocka_unit_test(test_layout__account_number),
        cmocka_unit_test(test_layout__health_plan_forms),
        cmocka_unit_test(test_layout__claim_form_captions),
        cmocka_unit_test(test_layout__other_peoples_names),
        cmocka_unit_test(test_layout__boxes_run_into_options),
        cmocka_unit_test(test_layout__codes_under_other_captions),
        cmocka_unit_test(test_layout__no_referral_page_keeps_medlist),
        cmocka_unit_test(test_layout__letter),
        cmocka_unit_test(test_layout__letter_in_other_words),
        cmocka_unit_test(test_layout__letter_inside_address),
        cmocka_unit_test(test_layout__letter_reason_stops_at_sentence),
        cmocka_unit_test(test_layout__text_needs_a_word),
        cmocka_unit_test(test_layout__phone_by_context),
        cmocka_unit_test(test_layout__phone_by_heading),
        cmocka_unit_test(test_roles__progress_note_not_taken),
        cmocka_unit_test(test_roles__progress_note_first),
        cmocka_unit_test(test_roles__cover_from_fax_used),
        cmocka_unit_test(test_repair__area_code_from_other_numbers),
        cmocka_unit_test(test_roles__cover_to_practice),
        cmocka_unit_test(test_repair__digits_from_other_readings),
        cmocka_unit_test(test_roles__cover_to_fax_never),
        cmocka_unit_test(test_roles__referral_fax_beats_cover),
        cmocka_unit_test(test_result__urgency_defaults_to_routine),
        cmocka_unit_test(test_result__empty_document),
        cmocka_unit_test(test_result__completeness_missing),
        cmocka_unit_test(test_repair__npi_with_spaces_and_icd_without_dot),
        cmocka_unit_test(test_repair__icd_list_and_bad_npi),
        cmocka_unit_test(test_repair__icd_in_parentheses),
        cmocka_unit_test(test_repair__described_codes_without_label),
        cmocka_unit_test(test_repair__code_first_letter),
        cmocka_unit_test(test_repair__dx_label_read_as_px),
        cmocka_unit_test(test_repair__npi_on_provider_line),
        cmocka_unit_test(test_repair__id_confirmed_by_second_reading),
        cmocka_unit_test(test_repair__code_list_reread_keeps_codes),
        cmocka_unit_test(test_repair__code_list_checked_by_table),
        cmocka_unit_test(test_repair__referral_month_lost_a_one),
        cmocka_unit_test(test_repair__referral_year_slip),
        cmocka_unit_test(test_regression__two_column_context_groups),
        cmocka_unit_test(test_regression__cover_to_from_side_by_side),
        cmocka_unit_test(test_regression__longest_label_within_rule),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
