/*
 * compare.c: the scorer's normalization (shared/bench/score.py) in C, so
 * that `faxintake rules test` and the benchmark agree on every field.
 *
 * The one hard part is Python's Unicode handling: score.py folds with NFKD,
 * drops combining marks, lower-cases, and uses Unicode-aware \w and \s.
 * Rather than link a Unicode library for a scorer, fold_cp() covers what a
 * referral can carry: ASCII, Latin-1 and Latin Extended-A letters (accents
 * stripped as NFKD does), combining marks, the Unicode spaces, the General
 * Punctuation block (curly quotes in O’Brien, dashes), full-width forms and
 * the fi/fl ligatures.  Any other character is kept as it is and treated as
 * a letter.  Where this differs from score.py (a Greek or Cyrillic letter is
 * not lower-cased; phone digits are ASCII digits, not any Unicode digit) the
 * value is one that no referral field holds.
 */
#include "compare.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"

_Static_assert((int)FI_COMPARE_NFIELDS == (int)FI_NFIELDS, "compare.h's field count follows result.h");

/* ------------------------------------------------------------ characters */

typedef enum ch_class {
    CH_TEXT,    /* folds to ASCII letters/digits, given in fold[] (a '.'
                   there is punctuation that the decomposition adds) */
    CH_SPACE,   /* Unicode whitespace (Python's \s) */
    CH_PUNCT,   /* neither a word character nor a space */
    CH_DROP,    /* a combining mark: NFKD splits it off and it is removed */
    CH_OTHER,   /* a letter not folded to ASCII: its lower-case UTF-8 in
                   fold[] when known, else kept as its bytes */
} ch_class;

/* Decodes the code point at s; *n gets its length in bytes.  A malformed
 * sequence is one byte of U+FFFD, so a bad byte never stops a scan. */
static uint32_t next_cp(const unsigned char *s, size_t *n)
{
    uint32_t c = s[0];
    int len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
    *n = 1;
    if (len == 1)
        return c;
    if (len == 0)
        return 0xfffd;
    c &= 0x7fu >> len;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0xfffd;
        c = (c << 6) | (s[i] & 0x3fu);
    }
    *n = (size_t)len;
    return c;
}

/* NFKD base letters of U+00C0..U+017F, lower-cased; '.' where the character
 * has no decomposition (Æ, Ø, Ð, Þ, ß, Đ, Ħ, ı, Ł, Ŋ, Œ, Ŧ, ĸ) and stays as
 * it is, '2' for Ĳ/ĳ (two letters) and '*' for the signs ×, ÷ (punctuation). */
static const char LATIN[] =
    /* C0 */ "aaaaaa.ceeeeiiii" /* D0 */ ".nooooo*.uuuuy.." /* E0 */ "aaaaaa.ceeeeiiii"
    /* F0 */ ".nooooo*.uuuuy.y" /* 100 */ "aaaaaaccccccccdd" /* 110 */ "..eeeeeeeeeegggg"
    /* 120 */ "gggghh..iiiiiiii" /* 130 */ "i.22jjkk.llllllL" /* 140 */ "L..nnnnnnN..oooo"
    /* 150 */ "oo..rrrrrrssssss" /* 160 */ "sstttt..uuuuuuuu" /* 170 */ "uuuuwwyyyzzzzzzs";

static int is_space_cp(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85 ||
           c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Classifies a code point and, for CH_TEXT, writes its folded ASCII form
 * (1 to 3 characters) into fold. */
static ch_class fold_cp(uint32_t c, char fold[4])
{
    memset(fold, 0, 4);
    if (is_space_cp(c))
        return CH_SPACE;
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            fold[0] = (char)c;
            return CH_TEXT;
        }
        return CH_PUNCT; /* '_' included: score.py deletes it from names */
    }
    if (c < 0xc0) {
        /* Latin-1 signs: a few decompose to a letter or digit, the spacing
         * accents to a space plus a combining mark. */
        switch (c) {
        case 0xaa: fold[0] = 'a'; return CH_TEXT;
        case 0xba: fold[0] = 'o'; return CH_TEXT;
        case 0xb9: fold[0] = '1'; return CH_TEXT;
        case 0xb2: fold[0] = '2'; return CH_TEXT;
        case 0xb3: fold[0] = '3'; return CH_TEXT;
        case 0xb5: return CH_OTHER; /* micro sign: NFKD gives Greek mu */
        case 0xa8: case 0xaf: case 0xb4: case 0xb8: return CH_SPACE;
        default: return CH_PUNCT;
        }
    }
    if (c < 0x180) {
        char b = LATIN[c - 0xc0];
        if (b == '*')
            return CH_PUNCT;
        if (b == '.') {
            /* No decomposition, but score.py lower-cases it: Ø -> ø. */
            static const uint16_t upper[] = {0xc6, 0xd0, 0xd8, 0xde, 0x110, 0x126,
                                             0x141, 0x14a, 0x152, 0x166};
            uint32_t lc = c;
            for (size_t i = 0; i < sizeof upper / sizeof *upper; i++)
                if (c == upper[i])
                    lc = c < 0x100 ? c + 0x20 : c + 1;
            fold[0] = (char)(0xc0 | (lc >> 6));
            fold[1] = (char)(0x80 | (lc & 0x3f));
            return CH_OTHER;
        }
        if (b == '2') {
            fold[0] = 'i';
            fold[1] = 'j';
        } else if (b == 'L') {
            /* Ŀ/ŀ is l and a middle dot: '.' marks the punctuation, which
             * names drop and which splits the tokens of a text. */
            fold[0] = 'l';
            fold[1] = '.';
        } else if (b == 'N') {
            fold[0] = 'n'; /* ŉ: an apostrophe then n (a deprecated letter) */
        } else {
            fold[0] = b;
        }
        return CH_TEXT;
    }
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) ||
        (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) ||
        (c >= 0xfe20 && c <= 0xfe2f))
        return CH_DROP;
    if (c >= 0x2000 && c <= 0x206f)
        return CH_PUNCT; /* dashes, curly quotes, bullets, zero-width marks */
    if (c >= 0xff01 && c <= 0xff5e)
        return fold_cp(c - 0xfee0, fold); /* full-width ASCII */
    if (c >= 0xfb00 && c <= 0xfb06) {
        static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
        memcpy(fold, lig[c - 0xfb00], strlen(lig[c - 0xfb00]));
        return CH_TEXT;
    }
    if (c == 0xfffd || (c >= 0xe000 && c <= 0xf8ff))
        return CH_PUNCT;
    return CH_OTHER;
}

/* --------------------------------------------------------- normalizers */

/* Python's str.strip(): the bounds of s without surrounding whitespace. */
static void strip(const char *s, const char **start, size_t *len)
{
    const unsigned char *p = (const unsigned char *)s;
    const unsigned char *first = NULL, *end = p;
    size_t n;
    while (*p) {
        uint32_t c = next_cp(p, &n);
        if (!is_space_cp(c)) {
            if (!first)
                first = p;
            end = p + n;
        }
        p += n;
    }
    *start = first ? (const char *)first : s;
    *len = first ? (size_t)(end - first) : 0;
}

/* Names: folded, punctuation removed, single-letter tokens dropped unless
 * all are single letters, then joined without spaces. */
static char *norm_name(const char *s)
{
    size_t cap = strlen(s) * 2 + 1;
    char *all = malloc(cap), *kept = malloc(cap);
    if (!all || !kept) {
        free(all);
        free(kept);
        return NULL;
    }
    size_t alen = 0, klen = 0, tstart = 0, tchars = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (;;) {
        size_t n = 0;
        uint32_t c = *p ? next_cp(p, &n) : ' ';
        char f[4];
        ch_class k = *p ? fold_cp(c, f) : CH_SPACE;
        if (k == CH_TEXT) {
            for (const char *q = f; *q; q++) {
                if (*q != '.') {
                    all[alen++] = *q;
                    tchars++;
                }
            }
        } else if (k == CH_OTHER) {
            size_t fl = f[0] ? strlen(f) : n;
            memcpy(all + alen, f[0] ? (const unsigned char *)f : p, fl);
            alen += fl;
            tchars += 1;
        } else if (k == CH_SPACE && alen > tstart) {
            if (tchars > 1) {
                memcpy(kept + klen, all + tstart, alen - tstart);
                klen += alen - tstart;
            }
            tstart = alen;
            tchars = 0;
        }
        if (!*p)
            break;
        p += n;
    }
    /* Only initials ("J. K."): score.py keeps them all rather than nothing. */
    char *out = klen ? kept : all;
    out[klen ? klen : alen] = '\0';
    free(klen ? all : kept);
    return out;
}

static int strptr_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The folded [a-z0-9]+ tokens of s, sorted and unique, in one allocation:
 * *toks points into *store.  Returns the count, or -1 on OOM. */
static int text_tokens(const char *s, char ***toks, char **store)
{
    char *buf = malloc(strlen(s) * 2 + 2);
    char **list = NULL;
    int n = 0, in_tok = 0;
    size_t len = 0;
    *toks = NULL;
    *store = NULL;
    if (!buf)
        return -1;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        size_t nb;
        char f[4];
        ch_class k = fold_cp(next_cp(p, &nb), f);
        if (k == CH_TEXT) {
            for (const char *q = f; *q; q++) {
                if (*q == '.') {
                    if (in_tok)
                        buf[len++] = '\0';
                    in_tok = 0;
                    continue;
                }
                buf[len++] = *q;
                n += in_tok ? 0 : 1;
                in_tok = 1;
            }
        } else if (k != CH_DROP && in_tok) {
            /* score.py removes combining marks before it looks for runs,
             * so a mark inside a word does not split it. */
            buf[len++] = '\0';
            in_tok = 0;
        }
        p += nb;
    }
    buf[len] = '\0';
    list = malloc(((size_t)n + 1) * sizeof *list);
    if (!list) {
        free(buf);
        return -1;
    }
    char *q = buf;
    for (int i = 0; i < n; i++) {
        list[i] = q;
        q += strlen(q) + 1;
    }
    qsort(list, (size_t)n, sizeof *list, strptr_cmp);
    int u = 0;
    for (int i = 0; i < n; i++)
        if (u == 0 || strcmp(list[u - 1], list[i]) != 0)
            list[u++] = list[i];
    *toks = list;
    *store = buf;
    return u;
}

double fi_compare_text_similarity(const char *a, const char *b)
{
    char **ta = NULL, **tb = NULL;
    char *sa = NULL, *sb = NULL;
    int na = text_tokens(a, &ta, &sa), nb = text_tokens(b, &tb, &sb);
    double sim = 0.0;
    if (na < 0 || nb < 0)
        goto done;
    if (na == 0 && nb == 0) {
        sim = 1.0;
        goto done;
    }
    int common = 0;
    for (int i = 0, j = 0; i < na && j < nb;) {
        int c = strcmp(ta[i], tb[j]);
        common += c == 0;
        i += c <= 0;
        j += c >= 0;
    }
    sim = 2.0 * common / (double)(na + nb);
done:
    free(ta);
    free(tb);
    free(sa);
    free(sb);
    return sim;
}

/* Writes the UTF-8 of c at out; returns the byte count (1 to 4). */
static size_t put_utf8(uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

/* Python's str.upper()/lower() of one code point, for ASCII, Latin-1 and
 * Latin Extended-A and full-width letters (ids and codes are not
 * accent-folded, only case-folded; the fi/fl ligatures stay as they are);
 * writes the result's UTF-8 (at most 4 bytes) at out and returns its
 * length.  Other characters are copied as they are. */
static size_t change_case(uint32_t c, int upper, char *out)
{
    uint32_t r = c;
    if (upper) {
        if (c >= 'a' && c <= 'z')
            r = c - 0x20;
        else if (c == 0xdf)
            return (size_t)(memcpy(out, "SS", 2), 2); /* ß */
        else if (c >= 0xe0 && c <= 0xfe && c != 0xf7)
            r = c - 0x20;
        else if (c == 0xff)
            r = 0x178;
        else if (c == 0x131 || c == 0x17f)
            r = c == 0x131 ? 'I' : 'S'; /* dotless i, long s */
        else if (((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177)) && (c & 1))
            r = c - 1;
        else if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) && !(c & 1))
            r = c - 1;
        else if (c >= 0xff41 && c <= 0xff5a) /* full-width a-z */
            r = c - 0x20;
    } else {
        if (c >= 'A' && c <= 'Z')
            r = c + 0x20;
        else if (c == 0x130)
            return (size_t)(memcpy(out, "i\xcc\x87", 3), 3); /* İ: i + combining dot */
        else if (c >= 0xc0 && c <= 0xde && c != 0xd7)
            r = c + 0x20;
        else if (c == 0x178)
            r = 0xff;
        else if (((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177)) && !(c & 1))
            r = c + 1;
        else if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) && (c & 1))
            r = c + 1;
        else if (c >= 0xff21 && c <= 0xff3a) /* full-width A-Z */
            r = c + 0x20;
    }
    return put_utf8(r, out);
}

/* Copies s[0..len) with every whitespace character removed and letters
 * upper-cased (ids, ICD codes). */
static char *norm_compact_upper(const char *s, size_t len)
{
    char *out = malloc(len * 2 + 1);
    size_t o = 0, n;
    if (!out)
        return NULL;
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    for (; p < end; p += n) {
        uint32_t c = next_cp(p, &n);
        if (c == 0xfffd) {
            out[o++] = (char)*p; /* a stray byte is kept, not replaced */
        } else if (!is_space_cp(c)) {
            o += change_case(c, 1, out + o);
        }
    }
    out[o] = '\0';
    return out;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Reads 1..max ASCII digits at *p into *v, advancing *p; -1 if none or
 * more than max. */
static int read_digits(const char **p, const char *end, int min, int max, int *v)
{
    int n = 0, val = 0;
    while (*p < end && is_digit(**p)) {
        if (++n > max)
            return -1;
        val = val * 10 + (**p - '0');
        (*p)++;
    }
    if (n < min)
        return -1;
    *v = val;
    return 0;
}

/* YYYY-M-D in any of 1 or 2 digit month/day spellings becomes YYYY-MM-DD;
 * anything else keeps its spelling behind a '?' so that it can never equal
 * a proper date. */
static char *norm_date(const char *s, size_t len)
{
    const char *p = s, *end = s + len;
    int y, m, d;
    size_t cap = len + 16;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    if (read_digits(&p, end, 4, 4, &y) == 0 && p < end && *p++ == '-' &&
        read_digits(&p, end, 1, 2, &m) == 0 && p < end && *p++ == '-' &&
        read_digits(&p, end, 1, 2, &d) == 0 && p == end)
        snprintf(out, cap, "%.4s-%02d-%02d", s, m, d);
    else
        snprintf(out, cap, "?%.*s", (int)len, s);
    return out;
}

static char *norm_digits(const char *s, size_t len, int drop_country)
{
    char *out = malloc(len + 1);
    size_t o = 0;
    if (!out)
        return NULL;
    for (size_t i = 0; i < len; i++)
        if (is_digit(s[i]))
            out[o++] = s[i];
    out[o] = '\0';
    if (drop_country && o == 11 && out[0] == '1')
        memmove(out, out + 1, o);
    return out;
}

/* Codes: patient_sex upper-cased, the others lower-cased; for
 * referred_to_specialty (sep set) runs of whitespace, '/' and '-' read as
 * one '_' ("Physical Therapy").  CONTRACT.md says urgency too, but
 * score.py does it for the specialty only; as urgency's values hold none of
 * those characters, following the script changes no verdict on a valid
 * value and keeps the two in step on invalid ones. */
static char *norm_code(const char *s, size_t len, int upper, int sep)
{
    char *out = malloc(len * 2 + 1);
    size_t o = 0, n;
    int in_sep = 0;
    if (!out)
        return NULL;
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    for (; p < end; p += n) {
        uint32_t c = next_cp(p, &n);
        if (sep && (is_space_cp(c) || c == '/' || c == '-')) {
            if (!in_sep)
                out[o++] = '_';
            in_sep = 1;
            continue;
        }
        in_sep = 0;
        if (c == 0xfffd)
            out[o++] = (char)*p;
        else
            o += change_case(c, upper, out + o);
    }
    out[o] = '\0';
    return out;
}

/* A list value: every non-blank string item compacted and upper-cased,
 * then sorted, unique and joined by ' '.  0 when no item remains. */
static int norm_list(const cJSON *v, char **out)
{
    int n = cJSON_GetArraySize(v), k = 0, rc = -1;
    char **items = calloc((size_t)n + 1, sizeof *items);
    size_t total = 1;
    const cJSON *it;
    if (!items)
        return -1;
    cJSON_ArrayForEach(it, v)
    {
        if (!cJSON_IsString(it))
            goto done;
        const char *st;
        size_t len;
        strip(it->valuestring, &st, &len);
        if (!len)
            continue;
        if (!(items[k] = norm_compact_upper(st, len)))
            goto done;
        total += strlen(items[k++]) + 1;
    }
    qsort(items, (size_t)k, sizeof *items, strptr_cmp);
    if (k == 0) {
        rc = 0;
        goto done;
    }
    if (!(*out = malloc(total)))
        goto done;
    size_t o = 0;
    for (int i = 0; i < k; i++) {
        if (i > 0 && strcmp(items[i], items[i - 1]) == 0)
            continue;
        if (o)
            (*out)[o++] = ' ';
        size_t l = strlen(items[i]);
        memcpy(*out + o, items[i], l);
        o += l;
    }
    (*out)[o] = '\0';
    rc = 1;
done:
    for (int i = 0; i < k; i++)
        free(items[i]);
    free(items);
    return rc;
}

/* A JSON number written without fraction or exponent: score.py accepts
 * such integers for npi, phone and id. */
static int is_integer_text(const char *json)
{
    return !strpbrk(json, ".eE");
}

int fi_compare_normalize(const char *field, const char *json, char **out)
{
    *out = NULL;
    int i = fi_field_index(field);
    if (i < 0)
        return -1;
    if (!json)
        return 0;
    cJSON *v = cJSON_ParseWithOpts(json, NULL, 1);
    fi_kind kind = FI_FIELDS[i].kind;
    const char *s = NULL, *st;
    size_t len;
    int rc = -1;
    if (!v)
        return -1;
    if (cJSON_IsNull(v)) {
        rc = 0;
        goto done;
    }
    if (kind == FI_KIND_LIST) {
        if (cJSON_IsArray(v))
            rc = norm_list(v, out);
        goto done;
    }
    if (cJSON_IsString(v))
        s = v->valuestring;
    else if (cJSON_IsNumber(v) && is_integer_text(json) &&
             (kind == FI_KIND_NPI || kind == FI_KIND_PHONE || kind == FI_KIND_ID))
        s = json;
    else
        goto done;
    strip(s, &st, &len);
    if (!len) {
        rc = 0;
        goto done;
    }
    switch (kind) {
    case FI_KIND_NAME: {
        char *copy = strndup(st, len);
        *out = copy ? norm_name(copy) : NULL;
        free(copy);
        break;
    }
    case FI_KIND_DATE: *out = norm_date(st, len); break;
    case FI_KIND_PHONE: *out = norm_digits(st, len, 1); break;
    case FI_KIND_NPI: *out = norm_digits(st, len, 0); break;
    case FI_KIND_ID: *out = norm_compact_upper(st, len); break;
    case FI_KIND_CODE:
        *out = norm_code(st, len, strcmp(field, "patient_sex") == 0,
                         strcmp(field, "referred_to_specialty") == 0);
        break;
    case FI_KIND_TEXT: *out = strndup(st, len); break;
    case FI_KIND_LIST: break; /* handled above */
    }
    rc = *out ? 1 : -1;
done:
    cJSON_Delete(v);
    return rc;
}

fi_verdict fi_compare_field(const char *field, const char *found, const char *truth)
{
    int i = fi_field_index(field);
    if (i < 0)
        return FI_VERDICT_NOT_COUNTED;
    char *t = NULL, *o = NULL;
    if (fi_compare_normalize(field, truth, &t) != 1)
        t = NULL; /* a malformed truth value is ignored, as score.py does */
    int on = fi_compare_normalize(field, found, &o);
    if (strcmp(field, "urgency") == 0) {
        if (!t)
            t = strdup("routine");
        if (on == 0 && (o = strdup("routine")) != NULL)
            on = 1;
    }
    fi_verdict v;
    if (!t)
        v = on == 0 ? FI_VERDICT_NOT_COUNTED : FI_VERDICT_FALSE_POSITIVE;
    else if (on == 0)
        v = FI_VERDICT_MISSED;
    else if (on < 0)
        v = FI_VERDICT_WRONG;
    else if (FI_FIELDS[i].kind == FI_KIND_TEXT)
        v = fi_compare_text_similarity(t, o) >= 0.8 ? FI_VERDICT_CORRECT : FI_VERDICT_WRONG;
    else
        v = strcmp(t, o) == 0 ? FI_VERDICT_CORRECT : FI_VERDICT_WRONG;
    free(t);
    free(o);
    return v;
}

const char *fi_verdict_name(fi_verdict v)
{
    switch (v) {
    case FI_VERDICT_CORRECT: return "correct";
    case FI_VERDICT_WRONG: return "wrong";
    case FI_VERDICT_MISSED: return "missed";
    case FI_VERDICT_FALSE_POSITIVE: return "false positive";
    case FI_VERDICT_NOT_COUNTED: break;
    }
    return "not counted";
}

const char *fi_compare_field_name(int i)
{
    return i >= 0 && i < FI_NFIELDS ? FI_FIELDS[i].name : NULL;
}

int fi_compare_field_required(int i)
{
    return i >= 0 && i < FI_NFIELDS ? FI_FIELDS[i].required : 0;
}

int fi_compare_result_missing(const fi_result *res, int i)
{
    if (i < 0 || i >= FI_NFIELDS)
        return 0;
    if (!res) /* fi_result_to_json() lists the contract's required fields */
        return FI_FIELDS[i].required;
    return !res->values[i].found && res->weight[i] > 0;
}

void fi_rules_counts(const fi_rules *rules, int *nfield, int *ntext)
{
    *nfield = rules ? rules->nfields : 0;
    *ntext = rules ? rules->ntexts : 0;
}

/* ------------------------------------------------------------ tallies */

void fi_tally_add(fi_tally *t, fi_verdict v)
{
    switch (v) {
    case FI_VERDICT_NOT_COUNTED: break;
    case FI_VERDICT_CORRECT: t->n++; t->correct++; break;
    case FI_VERDICT_WRONG: t->n++; t->wrong++; break;
    case FI_VERDICT_MISSED: t->n++; t->missed++; break;
    case FI_VERDICT_FALSE_POSITIVE: t->fp++; break;
    }
}

double fi_percent(int a, int b)
{
    return b ? 100.0 * a / b : 0.0;
}

static const char RULE[] = "----------------------------------------------------------------------\n";

void fi_tally_print_table(const fi_tally per[FI_COMPARE_NFIELDS], FILE *out)
{
    fprintf(out, "%-24s %5s %8s %9s %5s %7s %6s\n", "field", "n", "correct", "accuracy", "fp",
            "missed", "wrong");
    fputs(RULE, out);
    for (int i = 0; i < FI_COMPARE_NFIELDS; i++) {
        const fi_tally *c = &per[i];
        fprintf(out, "%-23s%c %5d %8d %8.1f%% %5d %7d %6d\n", fi_compare_field_name(i),
                fi_compare_field_required(i) ? '*' : ' ', c->n, c->correct,
                fi_percent(c->correct, c->n), c->fp, c->missed, c->wrong);
    }
    fputs(RULE, out);
}

void fi_tally_print_overall(const fi_tally per[FI_COMPARE_NFIELDS], const char *what, FILE *out)
{
    int n = 0, correct = 0, fp = 0;
    for (int i = 0; i < FI_COMPARE_NFIELDS; i++) {
        n += per[i].n;
        correct += per[i].correct;
        fp += per[i].fp;
    }
    fprintf(out, "overall field accuracy:    %.1f%%  (%d/%d %s)\n", fi_percent(correct, n),
            correct, n, what);
    fprintf(out, "  counting FPs as errors:  %.1f%%  (%d false positives)\n",
            fi_percent(correct, n + fp), fp);
}
