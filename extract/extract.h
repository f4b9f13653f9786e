/*
 * extract.h: words in, referral fields out.
 *
 * Extraction is pure: it reads a fi_doc (words with boxes) and a compiled
 * rule set, and never opens a file or an image.  When a value fails its
 * validator or its words are unsure, it may ask its caller for a second
 * reading of the region through a fi_reread_fn; the caller owns the OCR
 * engine.  Without a callback, extraction works on the words alone (as when
 * rules are replayed from cached or stored OCR).
 */
#ifndef FI_EXTRACT_H
#define FI_EXTRACT_H

#include "../ocr/words.h"

typedef struct fi_rules fi_rules;
typedef struct fi_result fi_result;

/* Second reading of a region: returns new text (the extractor frees it with
 * free()) or NULL, and its confidence 0..1.  mode picks the variant (0..2);
 * whitelist limits the characters or is NULL. */
typedef char *(*fi_reread_fn)(void *ctx, size_t page, int x0, int y0, int x1, int y1,
                              int mode, const char *whitelist, float *conf);

/* Loads and compiles a rules file.  On error returns -1, *out NULL, and
 * *err (free()) names the file, the line and what is wrong. */
int fi_rules_load(fi_rules **out, const char *path, char **err);
/* Same, from text in memory; name is used in messages. */
int fi_rules_parse(fi_rules **out, const char *name, const char *text, char **err);
/* The rules built into the binary (rules/default.rules at build time). */
int fi_rules_default(fi_rules **out, char **err);
/* Their text, for showing (static). */
const char *fi_rules_default_text(void);
void fi_rules_free(fi_rules *rules);

/* Loads the dictionaries the rules name ([settings] dictionaries), so that
 * extraction repairs the reason's misread words; without it, the reason
 * is kept as read.  A process that extracts for real calls it once after
 * loading the rules (about 0.2 s and 20 MB); one that extracts only to
 * record second readings (the daemon's readers) does without.  Returns 0
 * (also when none are named), or -1 with *err (free()). */
int fi_rules_open_dictionaries(fi_rules *rules, char **err);

/* What a program that extracts loads: the rules at path (NULL: the
 * built-in ones) with their dictionaries opened.  As fi_rules_load. */
int fi_rules_open(fi_rules **out, const char *path, char **err);

/* Extracts the fields of doc.  reread may be NULL.  Returns a new result
 * (fi_result_free) or NULL on OOM. */
fi_result *fi_extract(const fi_rules *rules, const fi_doc *doc, fi_reread_fn reread, void *ctx);
void fi_result_free(fi_result *res);

/* What extraction sees and decides, as text for an admin tuning rules:
 * each page's role and rows (label starts marked with a guillemet), every
 * candidate value with its score and rule, then the result.  Caller frees;
 * NULL on OOM. */
char *fi_extract_explain(const fi_rules *rules, const fi_doc *doc);

/* The contract's per-document JSON (source, pages, fields, completeness,
 * needs_review), pretty-printed; with_ocr adds the words of every page
 * under "ocr".  Caller frees; NULL on OOM. */
char *fi_result_to_json(const fi_result *res, const fi_doc *doc, int with_ocr);

/* The value of one field as normalized JSON text (a string, or an array
 * for diagnosis_codes), or NULL when not found.  Caller frees. */
char *fi_result_value(const fi_result *res, const char *field);

/* The contract's specialty words (referred_to_specialty), i from 0; NULL
 * past the last. */
const char *fi_contract_specialty(int i);

#endif
