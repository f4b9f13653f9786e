/*
 * normalize.h (private to extract/): a candidate's text made its field's
 * value.
 *
 * validate.c reads a value alone; this adds what only the rest of the
 * document can justify: an OCR slip repaired because the document prints
 * the number or name correctly elsewhere, a date slip judged against the
 * day the document is read, a code's lost letter from the words around
 * it.  Such repairs set *unsure, so that a person checks them.
 */
#ifndef FI_EXTRACT_NORMALIZE_H
#define FI_EXTRACT_NORMALIZE_H

#include "rules.h"

/* What a value is judged against; all borrowed. */
typedef struct fi_norm_env {
    const fi_rules *rules;  /* its dictionaries check names */
    const fi_doc *doc;      /* other prints of numbers and names */
    const char *today;      /* "YYYY-MM-DD": dates are plausible before it */
} fi_norm_env;

/* Normalizes text as kind into out (outsz bytes); a person's name also
 * gives its second part into out2 (see fi_norm_person).  Returns 1 when
 * valid, 0 when not; *unsure is 1 when a repair made it valid or a part of
 * it is doubtful (a code off the shipped list). */
int fi_normalize(const fi_norm_env *env, fi_value_kind kind, const char *text, char *out,
                 size_t outsz, char *out2, size_t out2sz, int *unsure);

/* Cuts buf in place at the characters of seps into at most max words;
 * returns how many. */
int fi_split_words(char *buf, const char *seps, char **words, int max);

#endif
