/*
 * validate.h: validators and normalizers for referral values.
 *
 * Each fi_norm_* reads a value as OCR produced it (spacing, punctuation and
 * the usual OCR slips included) and writes the contract's normalized form
 * into out (a buffer of outsz bytes, always NUL-terminated).  It returns 1
 * when the value is valid, 0 when it is not (out then holds "").  None of
 * them allocate; all are pure and thread-safe.
 */
#ifndef FI_EXTRACT_VALIDATE_H
#define FI_EXTRACT_VALIDATE_H

#include <stddef.h>

/* Dates in every common form: 03/14/1961, 3/14/61, 03-14-1961, 1961-03-14,
 * 14-Mar-1961, 14 Mar 1961, March 14, 1961, Mar. 14 1961 -> "1961-03-14".
 * US month-first order for numeric dates; a day-first one (14/03/1961) is
 * refused, not reordered.  Two-digit years pivot at a fixed point: 31-99
 * -> 19yy, 00-30 -> 20yy.  Years outside 1900-2099 and days the calendar
 * lacks (02/30/2001) are refused.  OCR slips O->0, l/I->1, S->5, B->8
 * inside digit runs are repaired. */
int fi_norm_date(const char *text, char *out, size_t outsz);

/* 1 when iso ("YYYY-MM-DD") is a plausible date of birth on the day today
 * ("YYYY-MM-DD"): not in the future and under 120 years ago. */
int fi_date_plausible_dob(const char *iso, const char *today);

/* 1 when iso is a plausible date for a referral or an order: within the 20
 * years before today and at most a year after it.  An OCR slip that turns
 * 26 into 46 ("11/6/46" -> 1946) is refused. */
int fi_date_plausible_recent(const char *iso, const char *today);

/* NANP phone numbers: (555) 201-3344, 555-201-3344, 555.201.3344,
 * 555 201 3344, +1 555 201 3344, 1-555-201-3344 -> "5552013344".  Area code
 * and exchange must not start with 0 or 1.  An extension is ignored. */
int fi_norm_phone(const char *text, char *out, size_t outsz);

/* 1 when the 10 digits pass the NPI check (Luhn over 80840 + digits). */
int fi_npi_valid(const char *digits10);
/* Finds a 10-digit NPI in text (spaces/dashes inside allowed, OCR slips
 * repaired) that passes the check -> "1234567893". */
int fi_norm_npi(const char *text, char *out, size_t outsz);

/* ICD-10-CM: letter, two digits (or digit+letter, as C4A, M1A), optional dot
 * and 1-4 more characters -> upper case with the dot ("E11.9", "E119" ->
 * "E11.9").  OCR slips in the first three characters (E1l.9, El1.9, 0 for
 * O...) are repaired when the repaired code is in the shipped table of
 * common codes; *known (may be NULL) receives 1 when the result is in that
 * table.  A well-formed code that is not in the table is returned as
 * printed with *known = 0; a malformed one with no repair in the table is
 * refused.  Text after the code ("L57.0 - Actinic keratosis") is ignored. */
int fi_norm_icd10(const char *text, char *out, size_t outsz, int *known);

/* 1 for a word shaped like an ICD-10 code, whatever OCR made of its
 * letters: three letters or digits, a dot, one to four more, a digit among
 * them, brackets and trailing punctuation aside ("170.0", "ROO.2",
 * "[R07.89,").  Such a word is no label, and one that reads as no code
 * means a code may be missing. */
int fi_icd10_shaped(const char *word);

/* 1 when code, in the normalized form ("E11.9"), is in the shipped table of
 * common ICD-10-CM codes (extract/icd10_common.c). */
int fi_icd10_known(const char *code);

/* The shipped table itself, sorted by strcmp; *count (when not NULL)
 * receives its length.  The strings are static: nothing to free. */
const char *const *fi_icd10_table(size_t *count);

/* A person's name split into last and first, as printed: "OKAFOR, JANE M"
 * -> last="OKAFOR", first="JANE"; "Jane M. Okafor"
 * -> last="Okafor", first="Jane".  The middle name or initial is dropped;
 * titles (Ms., Mr., Mrs., Dr.) and suffixes (Jr., Sr., II, III) are
 * dropped.  Two-word first names given after a comma-separated last name
 * ("SMITH, MARY ANN") are kept whole; without a comma the first word is the
 * first name.  Surname particles stay with the surname ("Hamza Van Dyke",
 * "St. Clair"), hyphens and apostrophes are kept.  A name with a digit is
 * refused, as is one with fewer than two words. */
int fi_norm_person(const char *text, char *last, size_t lastsz, char *first, size_t firstsz);

/* A provider as "First Last": titles and credentials dropped (Dr., MD, DO,
 * NP, PA-C, FACP, ...), middle initials dropped, "Last, First" reordered.
 * A credential is never taken from a two-word name ("Minh Do" stays). */
int fi_norm_provider(const char *text, char *out, size_t outsz);

/* Edit distance between a and b, or limit+1 as soon as it exceeds limit. */
int fi_edit_distance(const char *a, const char *b, int limit);

/* The word with the letters OCR confuses on faxes folded together (i l 1
 * t f j, o 0 c e a, s 5, b h 8, u v w, g 9 q, z 2, rn m), lower case, into
 * out; returns its length.  Two words with one skeleton read alike. */
size_t fi_ocr_skeleton(const char *word, char *out, size_t outsz);

/* Specialty wording -> one word of the contract's list ("GI" ->
 * "gastroenterology", "ENT" -> "otolaryngology", "Ortho" -> "orthopedics",
 * "Cardiology consult" -> "cardiology", "PT eval & treat" ->
 * "physical_therapy").  Specific wordings win over generic ones
 * ("Orthopaedic surgery" -> orthopedics); a joint "Heme/Onc" service
 * -> "hematology", the first-named. */
int fi_norm_specialty(const char *text, char *out, size_t outsz);

/* A payer with a health plan's name spelled as the shipped list has it
 * (extract/payers.c), OCR slips forgiven ("Medicire" -> "Medicare",
 * "AEINA SETTER HEALTH" -> "Aetna Better Health"), words after the name
 * kept as printed.  Returns 1 when a listed plan was found; 0 with text
 * copied as it is otherwise. */
int fi_norm_payer(const char *text, char *out, size_t outsz);

/* A member ID fitted to the published form of the payer's IDs (a plan's
 * name as fi_norm_payer writes it): look-alikes read for the form's
 * digits or letters are taken for them ("WS09579013" -> "W509579013" for
 * Aetna), into out; with repair, also a stray character before or after
 * the ID is dropped and a lost prefix letter restored, each counted as a
 * look-alike.  Returns -1 when the plan's form is not known, 0 when id
 * does not fit it, else 1 + the number of look-alikes taken. */
int fi_payer_id_fit(const char *payer, const char *id, int repair, char *out, size_t outsz);

/* 1 when the payer's IDs have a form that a word of a page would not
 * take by chance (a letter where a number has none), so that a word of
 * that form is the ID wherever it stands. */
int fi_payer_id_telling(const char *payer);

/* 1 when text names only a kind of plan ("PPO", "HMO Plus", "EPO"), which
 * forms print beside the payer under labels such as "Plan:", not a payer. */
int fi_payer_is_plan_type(const char *text);

/* 1 when a word of text is one that plans' names are made of ("Care",
 * "Health", "Medicaid", "Blue", "Mutual": "Mercy Care", "Absolute Total
 * Care"), so that a name off the shipped list under a label as vague as
 * "Plan:" is a payer's, not a kind of plan's ("Traditional"). */
int fi_payer_worded(const char *text);

/* Urgency wording -> "routine", "urgent" or "stat" ("ASAP" -> "urgent"). */
int fi_norm_urgency(const char *text, char *out, size_t outsz);

/* Sex -> "M", "F" or "U" (Male, female, M, F, Unknown, X).  Words that
 * disagree ("M F", a checkbox row read whole) are refused. */
int fi_norm_sex(const char *text, char *out, size_t outsz);

/* An identifier (MRN, member id) as printed without spaces; must contain a
 * digit and only letters, digits and dashes. */
int fi_norm_id(const char *text, char *out, size_t outsz);

/* 1 when the len characters at word are a title before a name ("Mrs.",
 * "Dr", "Prof."), a period after it or not. */
int fi_name_is_title(const char *word, size_t len);

/* 1 when the len characters at word are a clinician's credential after a
 * name ("MD", "M.D.", "PA-C", "FNP-BC"). */
int fi_name_is_credential(const char *word, size_t len);

/* 1 when the len characters at word are a particle that belongs to the
 * surname after it ("Van" Dyke, "de la" Cruz, "St." Clair). */
int fi_name_is_particle(const char *word, size_t len);

/* A Medicare Beneficiary Identifier (11 characters in a fixed pattern of
 * digits and letters, dashes kept as printed), with OCR slips repaired
 * where the pattern says a digit or a letter belongs ("8PMS-MP7-FR82" ->
 * "8PM5-MP7-FR82").  0 when text cannot be an MBI. */
int fi_norm_mbi(const char *text, char *out, size_t outsz);

#endif
