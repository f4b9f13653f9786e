/*
 * compare.h: is an extracted value right?  The scorer's rules in C.
 *
 * `faxintake rules test` must report the same accuracy as
 * shared/bench/score.py would on the same output, without writing files and
 * running Python, so these functions mirror that script's normalization
 * (CONTRACT.md, "Scoring details") field kind by field kind:
 *
 *   name   accents, case and punctuation folded, spacing ignored,
 *          single-letter tokens (middle initials) dropped
 *   date   YYYY-MM-DD (1961-3-14 accepted), any other spelling is wrong
 *   phone  digits; a leading 1 of 11 digits dropped      npi  digits
 *   id     whitespace removed, case-insensitive
 *   code   patient_sex upper-cased; others lower-cased, spaces, '/' and '-'
 *          read as '_'
 *   list   a JSON list of strings, upper-cased without spaces, as a set
 *   text   Dice coefficient >= 0.8 over the [a-z0-9]+ token sets
 *
 * Values go in as JSON text, exactly as fi_result_value() gives them and as
 * a truth file holds them, so that shape errors (a string where a list is
 * due, a number for a date) are judged as the scorer judges them.
 *
 * Everything here is pure: no files, no global state, safe from any thread.
 */
#ifndef FI_EXTRACT_COMPARE_H
#define FI_EXTRACT_COMPARE_H

#include <stdio.h>

#include "extract.h"

typedef enum fi_verdict {
    FI_VERDICT_NOT_COUNTED = 0,  /* absent from the truth and from the output */
    FI_VERDICT_CORRECT,          /* equal after normalization */
    FI_VERDICT_WRONG,            /* both present, not equal (or output malformed) */
    FI_VERDICT_MISSED,           /* in the truth, not in the output */
    FI_VERDICT_FALSE_POSITIVE,   /* in the output, not in the truth */
} fi_verdict;

/* Judges one field.  found is the extracted value as JSON text (NULL: not
 * found), truth the truth file's value as JSON text (NULL: absent).  JSON
 * null, a blank string and an empty list are absent too.  A truth value of
 * the wrong shape is ignored (absent), as the scorer does; an output value
 * of the wrong shape is wrong.  urgency follows the contract's rule: absent
 * on either side it is "routine".  An unknown field name is not counted. */
fi_verdict fi_compare_field(const char *field, const char *found, const char *truth);

/* The scorer's normalized form of a value, for messages and tests: returns
 * 1 with *out set (caller frees) when the value is present, 0 with *out
 * NULL when absent, -1 with *out NULL when malformed or the field unknown.
 * A list comes out sorted, without duplicates, items separated by ' '. */
int fi_compare_normalize(const char *field, const char *json, char **out);

/* Dice coefficient of the folded [a-z0-9]+ token sets of two UTF-8
 * strings (1.0 when both have none). */
double fi_compare_text_similarity(const char *a, const char *b);

/* "correct", "wrong", "missed", "false positive" or "not counted". */
const char *fi_verdict_name(fi_verdict v);

/* The contract's field table: FI_COMPARE_NFIELDS fields in contract order,
 * each with its name (static) and whether completeness requires it. */
enum { FI_COMPARE_NFIELDS = 18 };
const char *fi_compare_field_name(int i);
int fi_compare_field_required(int i);

/* One field's verdicts over many documents, counted as score.py counts
 * them: n truth values, of which correct, missed or wrong, and fp values
 * found where the truth has none. */
typedef struct fi_tally {
    int n, correct, fp, missed, wrong;
} fi_tally;

/* Counts verdict v into t. */
void fi_tally_add(fi_tally *t, fi_verdict v);

/* Prints score.py's per-field table of per[FI_COMPARE_NFIELDS] (required
 * fields starred) to out. */
void fi_tally_print_table(const fi_tally per[FI_COMPARE_NFIELDS], FILE *out);

/* Prints the overall field accuracy of per[], with and without false
 * positives counted as errors; what names the values ("truth fields"). */
void fi_tally_print_overall(const fi_tally per[FI_COMPARE_NFIELDS], const char *what, FILE *out);

/* 100 * a / b, 0 when b is 0. */
double fi_percent(int a, int b);

/* 1 when the result lists field i in completeness.missing (as
 * fi_result_to_json() would write it), 0 otherwise.  The rules may weigh
 * fields differently by specialty, so this asks the result rather than the
 * contract's table. */
int fi_compare_result_missing(const fi_result *res, int i);

/* How many [field] and [text] rules a rule set holds, for `rules check`. */
void fi_rules_counts(const fi_rules *rules, int *nfield, int *ntext);

#endif
