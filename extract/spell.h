/*
 * spell.h: OCR slips in free text repaired against dictionaries.
 *
 * A referral's reason is prose, and a fax's OCR misreads its words the way
 * it misreads every word ("rhinitls", "nght", "aller gic").  A word that
 * no dictionary knows is tried with the slips OCR makes (i for l, rn for
 * m, ri for n, a word split in two...); when exactly one such reading is a
 * word the dictionaries know, it is taken.  The dictionaries are Hunspell's
 * (Debian's hunspell-en-us and the medical hunspell-en-med), read with
 * libhunspell.
 */
#ifndef FI_EXTRACT_SPELL_H
#define FI_EXTRACT_SPELL_H

#include <stddef.h>

typedef struct fi_speller fi_speller;

/* Opens the dictionaries named in dicts, separated by spaces, each a path
 * without its extension ("/usr/share/hunspell/en_US"): the first gives
 * the affix file (.aff) and its words (.dic), the others only words.
 * Returns NULL with a message in err (errsz bytes) naming what is missing. */
fi_speller *fi_speller_open(const char *dicts, char *err, size_t errsz);
void fi_speller_close(fi_speller *sp);

/* 1 when the dictionaries named in dicts (as for fi_speller_open) are all
 * there, without loading them; 0 with a message in err. */
int fi_speller_check(const char *dicts, char *err, size_t errsz);

/* Writes text into out with its misread words repaired; returns the number
 * of words repaired, or -1 when out is too small (out holds text then, cut
 * to size). */
int fi_speller_fix(fi_speller *sp, const char *text, char *out, size_t outsz);

/* A name OCR misread ("Trujitto", "Whitheld"): the one name of the
 * dictionaries (a word they capitalize: "Trujillo") that a slip of OCR's
 * makes of word, keeping its first letter, into out in word's case;
 * returns 1.  0 when word is a word of the dictionaries, has fewer than
 * five letters or other marks, or no name or two are reached: most
 * surnames are in no dictionary. */
int fi_speller_fix_name(fi_speller *sp, const char *word, char *out, size_t outsz);

/* 1 when the dictionaries have word, in any case, as a name (a word
 * they capitalize: "Catherine"); fi_speller_knows: as any word. */
int fi_speller_is_name(fi_speller *sp, const char *word);
int fi_speller_knows(fi_speller *sp, const char *word);

#endif
