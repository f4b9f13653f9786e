/*
 * cands.h (private to extract/): what the rules read, and the checks that
 * settle the values selected from it against the rest of the document.
 *
 * extract.c reads every rule's candidates and selects a value per field;
 * settle.c then looks at what a single candidate cannot show: the same
 * number read in several places and in the fax machine's own header, the
 * patient's name printed in order on other pages, the day the fax was
 * sent.
 */
#ifndef FI_EXTRACT_CANDS_H
#define FI_EXTRACT_CANDS_H

#include "result.h"

/* One reading of one field's value. */
typedef struct cand {
    int field;
    char value[256];        /* normalized; lists joined by ',' */
    double score;
    float conf;
    int page;               /* 0-based */
    int x0, y0, x1, y1;
    const char *rule;
    int review;             /* validation was unsure or a reread repaired it */
    int witness;            /* read on a page the rule does not take values from */
    int ordered;            /* a name whose text said its order (a comma) */
    int prose;              /* found in running text by a [text] rule's pattern */
    int reread_alike;       /* a second reading of the image gave it again */
    int hint;               /* the rule only suggests it: a person confirms it */
} cand;

typedef struct cands {
    cand *v;
    int n, cap;
} cands;

/* Edit distance of two names, ignoring case (forms print both). */
int fi_name_distance(const char *a, const char *b);

/* 1 when w is the same name or number as value, read elsewhere a slip or
 * two away and more legibly (its confidence above conf by more than
 * margin): its spelling is the better one. */
int fi_better_spelling(const char *value, float conf, const cand *w, float margin);

/* How the document prints a name's word (a word of letters, any case, a
 * comma or period after it allowed): the sum of its confidences, and into
 * count and best (either may be NULL) how often and most legibly. */
float fi_doc_name_prints(const fi_doc *doc, const char *name, int *count, float *best);

/* Every ten-digit phone number a document prints ("(518) 940-0781", "518
 * 940 0781", "5189400781"), each once, into numbers (at most max); returns
 * how many. */
int fi_doc_numbers(const fi_doc *doc, char (*numbers)[11], int max);

/* Settles the selected values in res against the candidates cs and the
 * document (see settle.c): the patient's name order and surname, phone
 * and fax digits, a referral month that lost its leading 1, and the
 * sending machine's fax number when the referral gives none.  today is
 * "YYYY-MM-DD".  Returns 0, or -1 when out of memory. */
int fi_settle(const cands *cs, const fi_doc *doc, const char *today, fi_result *res);

#endif
