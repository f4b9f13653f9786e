/*
 * validate.c: validators and normalizers for the values a referral carries.
 *
 * Every value here was read by OCR from a fax, so each normalizer first
 * undoes the slips a fax-resolution engine typically makes (O for 0, l or I
 * for 1, S for 5, B for 8; stray spaces and punctuation) and only then
 * checks the value's own rules: the calendar, NANP numbering, the NPI check
 * digit, the ICD-10-CM code shape.  A slip is repaired only where the
 * context makes the reading unambiguous: inside a run that already holds
 * real digits, or in an ICD-10 position where only one class of character
 * can stand (and then only when the repair lands on a code the shipped
 * table knows).  A value that still fails is refused rather than guessed:
 * the caller flags it for review, which is cheaper than a wrong value.
 *
 * Character classes are ASCII-only on purpose: <ctype.h> would make results
 * depend on the process locale, and OCR text may hold UTF-8 bytes, which
 * count as letters in names and as punctuation everywhere else.
 */
#include "validate.h"

#include <stdlib.h>
#include <string.h>

/* ---- characters and output -------------------------------------------- */

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static int is_alpha(int c) { return is_upper(c) || is_lower(c); }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static int is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static int to_lower(int c) { return is_upper(c) ? c - 'A' + 'a' : c; }
static int to_upper(int c) { return is_lower(c) ? c - 'a' + 'A' : c; }

static int fail(char *out, size_t outsz)
{
    if (out && outsz)
        out[0] = '\0';
    return 0;
}

/* Copies s whole or not at all: a truncated value would be a wrong value. */
static int put(char *out, size_t outsz, const char *s)
{
    size_t n = strlen(s);
    if (!out || n >= outsz)
        return fail(out, outsz);
    memcpy(out, s, n + 1);
    return 1;
}

/* The digit that OCR most likely misread as c, or -1.  Callers use it only
 * inside a run that already holds a real digit, where a letter is far
 * likelier a slip than text ("l961", "O3/l4"). */
static int slip_digit(int c)
{
    if (is_digit(c))
        return c - '0';
    switch (c) {
    case 'O': case 'o':
        return 0;
    case 'l': case 'I': case 'i':
        return 1;
    case 'Z': case 'z':
        return 2;
    case 'S': case 's':
        return 5;
    case 'G': case 'b':
        return 6;
    case 'B':
        return 8;
    case 'g': case 'q':
        return 9;
    default:
        return -1;
    }
}

/* ---- numeric tokens (dates, phones, NPIs) ------------------------------ */

enum { TK_NUM, TK_WORD };
enum { MAX_TOKS = 48, MAX_TOK_DIGITS = 15 };

typedef struct {
    int kind;                       /* TK_NUM or TK_WORD */
    const unsigned char *s;         /* as printed (not NUL-terminated) */
    size_t len;
    size_t gap;                     /* bytes of separator before s */
    int month;                      /* TK_WORD: 1..12 when it names a month */
    size_t nd;                      /* TK_NUM: digit count */
    char dig[MAX_TOK_DIGITS + 1];   /* TK_NUM: digits, slips repaired ("" if nd too big) */
} num_tok;

typedef struct {
    num_tok t[MAX_TOKS];
    size_t n;
} tok_list;

static const struct {
    const char *name;
    int month;
} k_months[] = {
    {"jan", 1},  {"january", 1},  {"feb", 2},      {"february", 2}, {"mar", 3},
    {"march", 3}, {"apr", 4},     {"april", 4},    {"may", 5},      {"jun", 6},
    {"june", 6},  {"jul", 7},     {"july", 7},     {"aug", 8},      {"august", 8},
    {"sep", 9},   {"sept", 9},    {"september", 9}, {"oct", 10},    {"october", 10},
    {"nov", 11},  {"november", 11}, {"dec", 12},   {"december", 12},
};

/* Month named by a word; 0 and 1 are read as o and l because "0ct" and
 * "Ju1y" are how OCR prints those months. */
static int month_of(const unsigned char *s, size_t len)
{
    char w[16];
    if (len == 0 || len >= sizeof w)
        return 0;
    for (size_t i = 0; i < len; i++) {
        int c = s[i] == '0' ? 'o' : s[i] == '1' ? 'l' : to_lower(s[i]);
        if (!is_lower(c))
            return 0;
        w[i] = (char)c;
    }
    w[len] = '\0';
    for (size_t i = 0; i < sizeof k_months / sizeof k_months[0]; i++)
        if (strcmp(w, k_months[i].name) == 0)
            return k_months[i].month;
    return 0;
}

static int is_ordinal(const unsigned char *s, size_t len)
{
    if (len != 2)
        return 0;
    int a = to_lower(s[0]), b = to_lower(s[1]);
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
           (a == 't' && b == 'h');
}

static void push_tok(tok_list *tl, int kind, const unsigned char *s, size_t len, size_t gap)
{
    if (tl->n >= MAX_TOKS)
        return;
    num_tok *t = &tl->t[tl->n++];
    t->kind = kind;
    t->s = s;
    t->len = len;
    t->gap = gap;
    t->month = kind == TK_WORD ? month_of(s, len) : 0;
    t->nd = kind == TK_NUM ? len : 0;
    t->dig[0] = '\0';
    if (kind == TK_NUM && len <= MAX_TOK_DIGITS) {
        for (size_t i = 0; i < len; i++)
            t->dig[i] = (char)('0' + slip_digit(s[i]));
        t->dig[len] = '\0';
    }
}

/* One run of letters and digits.  A run of digits and slip letters is one
 * number; a run mixing digits with other letters ("14Mar1961", "14th") is
 * split where digits meet letters, and an ordinal suffix is dropped. */
static void add_run(tok_list *tl, const unsigned char *s, size_t len, size_t gap)
{
    int real = 0, slips_only = 1;
    for (size_t i = 0; i < len; i++) {
        if (is_digit(s[i]))
            real = 1;
        else if (slip_digit(s[i]) < 0)
            slips_only = 0;
    }
    if (!real || month_of(s, len)) {
        push_tok(tl, TK_WORD, s, len, gap);
        return;
    }
    if (slips_only) {
        push_tok(tl, TK_NUM, s, len, gap);
        return;
    }
    size_t i = 0;
    while (i < len) {
        int dig = is_digit(s[i]);
        size_t j = i;
        while (j < len && is_digit(s[j]) == dig)
            j++;
        int after_num = tl->n > 0 && i > 0 && tl->t[tl->n - 1].kind == TK_NUM;
        if (dig || !(after_num && is_ordinal(s + i, j - i)))
            push_tok(tl, dig ? TK_NUM : TK_WORD, s + i, j - i, i == 0 ? gap : 0);
        i = j;
    }
}

static void tokenize(const char *text, tok_list *tl)
{
    const unsigned char *p = (const unsigned char *)text;
    tl->n = 0;
    while (*p && tl->n < MAX_TOKS) {
        const unsigned char *g = p;
        while (*p && !is_alnum(*p))
            p++;
        if (!*p)
            break;
        const unsigned char *q = p;
        while (is_alnum(*p))
            p++;
        add_run(tl, q, (size_t)(p - q), (size_t)(q - g));
    }
}

/* 1 when the separator before t is at most maxlen bytes, all from allowed. */
static int gap_within(const num_tok *t, const char *allowed, size_t maxlen)
{
    if (t->gap > maxlen)
        return 0;
    for (const unsigned char *c = t->s - t->gap; c < t->s; c++)
        if (!strchr(allowed, *c))
            return 0;
    return 1;
}

/* The mark separating t from the token before it: its first non-space
 * byte, ' ' for spaces only, 0 when the two touch. */
static int gap_mark(const num_tok *t)
{
    if (t->gap == 0)
        return 0;
    for (const unsigned char *c = t->s - t->gap; c < t->s; c++)
        if (!is_space(*c))
            return *c;
    return ' ';
}

static int num_val(const num_tok *t)
{
    int v = 0;
    for (size_t i = 0; i < t->nd && i < 4; i++)
        v = v * 10 + (t->dig[i] - '0');
    return v;
}

/* ---- dates ------------------------------------------------------------- */

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Years outside 1900..2099 are refused: on a referral they are OCR damage
 * ("1061"), never a real date of birth or of service. */
static int valid_ymd(int y, int m, int d)
{
    return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

/* Two-digit years pivot at a fixed point, 31-99 -> 19yy and 00-30 -> 20yy,
 * rather than on the clock, so the function stays pure and its tests stay
 * true.  Referral dates are 20yy; dates of birth printed with two digits
 * are mostly 19yy, and a 2000s birth year misread as 19yy fails the caller's
 * plausibility check instead of passing silently. */
static int year_of(const num_tok *t, int *y)
{
    if (t->kind != TK_NUM)
        return 0;
    if (t->nd == 4) {
        *y = num_val(t);
        return 1;
    }
    if (t->nd == 2) {
        int v = num_val(t);
        *y = v > 30 ? 1900 + v : 2000 + v;
        return 1;
    }
    return 0;
}

static int is_small(const num_tok *t)
{
    return t->kind == TK_NUM && (t->nd == 1 || t->nd == 2);
}

/* Reads a date starting at token i: 1 with *y,*m,*d set, 0 when no date
 * starts there, -1 when one does but names no real day (02/30/2001). */
static int date_at(const tok_list *tl, size_t i, int *y, int *m, int *d)
{
    const num_tok *a = &tl->t[i];
    const num_tok *b = i + 1 < tl->n ? &tl->t[i + 1] : NULL;
    const num_tok *c = i + 2 < tl->n ? &tl->t[i + 2] : NULL;

    if (a->kind == TK_NUM && a->nd == 8 && (!b || b->kind != TK_NUM)) {
        /* 03141961 as printed by forms that drop the slashes; a compact
         * ISO 19610314 is tried second because a month is never 19 or 20 */
        int mm = (a->dig[0] - '0') * 10 + (a->dig[1] - '0');
        int dd = (a->dig[2] - '0') * 10 + (a->dig[3] - '0');
        int yy = 0;
        for (int k = 4; k < 8; k++)
            yy = yy * 10 + (a->dig[k] - '0');
        if (valid_ymd(yy, mm, dd)) {
            *y = yy, *m = mm, *d = dd;
            return 1;
        }
        yy = 0;
        for (int k = 0; k < 4; k++)
            yy = yy * 10 + (a->dig[k] - '0');
        mm = (a->dig[4] - '0') * 10 + (a->dig[5] - '0');
        dd = (a->dig[6] - '0') * 10 + (a->dig[7] - '0');
        if (valid_ymd(yy, mm, dd)) {
            *y = yy, *m = mm, *d = dd;
            return 1;
        }
        return 0;  /* eight digits that are no date are an id: keep looking */
    }
    if (!b || !c)
        return 0;

    if (a->kind == TK_NUM && b->kind == TK_NUM && c->kind == TK_NUM) {
        /* Numeric parts carry the same mark twice ("03/14/1961",
         * "03 14 1961"): that keeps "page 3 03/14/1961" from reading as
         * 3/03/14. */
        int mark = gap_mark(b);
        if (mark == 0 || mark != gap_mark(c) || !strchr("/-. ", mark) || b->gap > 3 ||
            c->gap > 3)
            return 0;
        if (a->nd == 4 && is_small(b) && is_small(c)) {
            *y = num_val(a), *m = num_val(b), *d = num_val(c);
        } else if (is_small(a) && is_small(b) && (c->nd == 2 || c->nd == 4)) {
            /* US order, month first.  A first number over 12 is refused,
             * not read day-first: on a US form it is more likely a slip. */
            *m = num_val(a), *d = num_val(b);
            if (c->nd == 2 && i + 3 < tl->n) {
                /* "03/14/19 61": OCR split the year at a space */
                const num_tok *e = &tl->t[i + 3];
                int cc = num_val(c);
                if (e->kind == TK_NUM && e->nd == 2 && gap_mark(e) == ' ' &&
                    (cc == 19 || cc == 20)) {
                    *y = cc * 100 + num_val(e);
                    return valid_ymd(*y, *m, *d) ? 1 : -1;
                }
            }
            year_of(c, y);
        } else {
            return 0;
        }
        return valid_ymd(*y, *m, *d) ? 1 : -1;
    }
    if (is_small(a) && b->month && year_of(c, y)) { /* 14-Mar-1961 */
        *m = b->month, *d = num_val(a);
        return valid_ymd(*y, *m, *d) ? 1 : -1;
    }
    if (a->month && is_small(b) && year_of(c, y)) { /* March 14, 1961 */
        *m = a->month, *d = num_val(b);
        return valid_ymd(*y, *m, *d) ? 1 : -1;
    }
    if (a->kind == TK_NUM && a->nd == 4 && b->month && is_small(c)) { /* 1961 Mar 14 */
        *y = num_val(a), *m = b->month, *d = num_val(c);
        return valid_ymd(*y, *m, *d) ? 1 : -1;
    }
    return 0;
}

static void put_digits(char *dst, int v, int width)
{
    for (int k = width - 1; k >= 0; k--) {
        dst[k] = (char)('0' + v % 10);
        v /= 10;
    }
}

static int put_iso(char *out, size_t outsz, int y, int m, int d)
{
    char buf[11];
    put_digits(buf, y, 4);
    buf[4] = '-';
    put_digits(buf + 5, m, 2);
    buf[7] = '-';
    put_digits(buf + 8, d, 2);
    buf[10] = '\0';
    return put(out, outsz, buf);
}

int fi_norm_date(const char *text, char *out, size_t outsz)
{
    if (!text)
        return fail(out, outsz);
    tok_list tl;
    tokenize(text, &tl);
    for (size_t i = 0; i < tl.n; i++) {
        int y = 0, m = 0, d = 0;
        int r = date_at(&tl, i, &y, &m, &d);
        if (r > 0)
            return put_iso(out, outsz, y, m, d);
        if (r < 0)
            break;
    }
    return fail(out, outsz);
}

/* Strict "YYYY-MM-DD" -> yyyymmdd as one comparable number, or -1. */
static long iso_key(const char *iso)
{
    if (!iso || strlen(iso) != 10 || iso[4] != '-' || iso[7] != '-')
        return -1;
    int v[3] = {0, 0, 0};
    static const int start[3] = {0, 5, 8}, width[3] = {4, 2, 2};
    for (int f = 0; f < 3; f++)
        for (int k = 0; k < width[f]; k++) {
            int c = (unsigned char)iso[start[f] + k];
            if (!is_digit(c))
                return -1;
            v[f] = v[f] * 10 + (c - '0');
        }
    if (!valid_ymd(v[0], v[1], v[2]))
        return -1;
    return (long)v[0] * 10000L + v[1] * 100L + v[2];
}

int fi_date_plausible_dob(const char *iso, const char *today)
{
    long dob = iso_key(iso), now = iso_key(today);
    if (dob < 0 || now < 0)
        return 0;
    /* adding 120 to the year field of yyyymmdd is "120 years later" */
    return dob <= now && dob + 120L * 10000L > now;
}

int fi_date_plausible_recent(const char *iso, const char *today)
{
    long d = iso_key(iso), now = iso_key(today);
    if (d < 0 || now < 0)
        return 0;
    return d > now - 20L * 10000L && d <= now + 10000L;
}

/* ---- phones and NPIs --------------------------------------------------- */

/* NANP: neither the area code nor the exchange starts with 0 or 1. */
static int nanp_ok(const char *d10)
{
    return d10[0] >= '2' && d10[3] >= '2';
}

int fi_norm_phone(const char *text, char *out, size_t outsz)
{
    if (!text)
        return fail(out, outsz);
    tok_list tl;
    tokenize(text, &tl);
    /* Digit groups joined by phone punctuation, tried from each group in
     * turn, so a label's number ("Fax 2 of 3") or an extension after the
     * number does not spoil the match. */
    for (size_t i = 0; i < tl.n; i++) {
        char acc[12];
        size_t na = 0;
        for (size_t j = i; j < tl.n; j++) {
            const num_tok *t = &tl.t[j];
            if (t->kind != TK_NUM || !t->dig[0] || na + t->nd > 11)
                break;
            if (j > i && !gap_within(t, " -.,()/{}[]", 4))
                break;
            memcpy(acc + na, t->dig, t->nd);
            na += t->nd;
            acc[na] = '\0';
            if (na == 10 && nanp_ok(acc))
                return put(out, outsz, acc);
            if (na == 11 && acc[0] == '1' && nanp_ok(acc + 1))
                return put(out, outsz, acc + 1);
        }
    }
    return fail(out, outsz);
}

int fi_npi_valid(const char *digits10)
{
    if (!digits10 || strlen(digits10) != 10)
        return 0;
    for (int i = 0; i < 10; i++)
        if (!is_digit((unsigned char)digits10[i]))
            return 0;
    /* Luhn over the 14 digits 80840 + the first nine; the check digit
     * would stand to their right, so doubling starts at the rightmost. */
    char payload[14];
    memcpy(payload, "80840", 5);
    memcpy(payload + 5, digits10, 9);
    int sum = 0, dbl = 1;
    for (int k = (int)sizeof payload - 1; k >= 0; k--, dbl = !dbl) {
        int v = payload[k] - '0';
        if (dbl) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
    }
    return (10 - sum % 10) % 10 == digits10[9] - '0';
}

int fi_norm_npi(const char *text, char *out, size_t outsz)
{
    if (!text)
        return fail(out, outsz);
    tok_list tl;
    tokenize(text, &tl);
    /* Ten digits from consecutive groups joined by spaces or dashes; the
     * check digit, not the grouping, decides, so "NPI 123 456 7893" and a
     * run of two numbers side by side both resolve. */
    for (size_t i = 0; i < tl.n; i++) {
        char acc[11];
        size_t na = 0;
        for (size_t j = i; j < tl.n; j++) {
            const num_tok *t = &tl.t[j];
            if (t->kind != TK_NUM || !t->dig[0] || na + t->nd > 10)
                break;
            if (j > i && !gap_within(t, " -", 3))
                break;
            memcpy(acc + na, t->dig, t->nd);
            na += t->nd;
            acc[na] = '\0';
            if (na == 10) {
                if (fi_npi_valid(acc))
                    return put(out, outsz, acc);
                break;
            }
        }
    }
    return fail(out, outsz);
}

/* ---- ICD-10-CM --------------------------------------------------------- */

enum { ICD_MIN = 3, ICD_MAX = 7 };

/* The only categories whose third character is a letter. */
static int letter_category(const char *c)
{
    static const char *const cats[] = {"C4A", "C7A", "C7B", "D3A", "M1A", "O9A", "Z3A"};
    for (size_t i = 0; i < sizeof cats / sizeof cats[0]; i++)
        if (memcmp(c, cats[i], 3) == 0)
            return 1;
    return 0;
}

static int icd_shape_ok(const char *c, size_t n)
{
    if (n < ICD_MIN || n > ICD_MAX || !is_upper(c[0]) || !is_digit(c[1]))
        return 0;
    if (!is_digit(c[2]) && !(is_upper(c[2]) && letter_category(c)))
        return 0;
    for (size_t k = 3; k < n; k++)
        if (!is_upper(c[k]) && !is_digit(c[k]))
            return 0;
    return 1;
}

/* Characters OCR confuses, either way: mostly across the letter/digit
 * line, plus I/L, which differ by a serif at fax resolution. */
static const char *icd_swaps(int c)
{
    switch (c) {
    case '0': return "OD";
    case '1': return "IL";
    case '2': return "Z";
    case '4': return "AJ";
    case '5': return "S";
    case '6': return "G";
    case '7': return "JT";
    case '8': return "B";
    case '#': return "EFL"; /* a pound or euro sign: what OCR makes of E, F, L */
    case 'O': case 'D': case 'Q': return "0";
    case 'I': return "1L";
    case 'L': return "1I";
    case 'Z': return "2";
    case 'S': return "5";
    case 'G': return "698"; /* a lower-case g: 6, 9 or 8 */
    case 'B': return "8";
    default: return "";
    }
}

/* 1 when p starts a pound or euro sign (UTF-8), which OCR reads for the
 * E, F or L that starts a code ("£50.9"). */
static int is_currency_letter(const unsigned char *p)
{
    return (p[0] == 0xC2 && p[1] == 0xA3) || (p[0] == 0xE2 && p[1] == 0x82 && p[2] == 0xAC);
}

/* c (n characters, no dot) -> "E11.9" */
static void icd_format(const char *c, size_t n, char *buf)
{
    memcpy(buf, c, 3);
    size_t w = 3;
    if (n > 3) {
        buf[w++] = '.';
        memcpy(buf + w, c + 3, n - 3);
        w += n - 3;
    }
    buf[w] = '\0';
}

static int icd_in_table(const char *c, size_t n)
{
    char buf[ICD_MAX + 2];
    if (!icd_shape_ok(c, n))
        return 0;
    icd_format(c, n, buf);
    return fi_icd10_known(buf);
}

/* How a position may be repaired.  FORCED: the character's class cannot
 * stand there (a digit first, a letter second), so it must be a slip.
 * EITHER: a letter where digits are the rule but letters are legal (third
 * place: C4A, M1A; after the dot: F32.A, T78.40XA), tried both ways.
 * FIXED: as printed, unless the one extra swap lands on it. */
enum { POS_FIXED, POS_FORCED, POS_EITHER };

static int icd_pos_mode(const char *c, size_t k)
{
    if (k == 0)
        return is_digit(c[0]) || c[0] == '#' ? POS_FORCED : POS_FIXED;
    if (k == 1)
        return is_upper(c[1]) ? POS_FORCED : POS_FIXED;
    return is_upper(c[k]) ? POS_EITHER : POS_FIXED;
}

typedef struct {
    int found;              /* distinct known codes reached */
    char best[ICD_MAX];     /* the first of them */
} icd_hits;

/* Walks the repairs position by position (n <= 7, at most three choices
 * each), with extra = 1 allowing one more swap at a FIXED position. */
static void icd_search(char *c, size_t n, size_t k, int extra, icd_hits *h)
{
    if (k == n) {
        if (icd_in_table(c, n) && (h->found == 0 || memcmp(h->best, c, n) != 0)) {
            if (h->found == 0)
                memcpy(h->best, c, n);
            h->found++;
        }
        return;
    }
    int orig = c[k];
    int mode = icd_pos_mode(c, k);
    if (mode != POS_FORCED)
        icd_search(c, n, k + 1, extra, h);
    if (mode != POS_FIXED || extra) {
        for (const char *alt = icd_swaps(orig); *alt; alt++) {
            c[k] = *alt;
            icd_search(c, n, k + 1, mode == POS_FIXED ? 0 : extra, h);
        }
        c[k] = (char)orig;
    }
}

int fi_icd10_shaped(const char *word)
{
    while (*word == '[' || *word == '(')
        word++;
    size_t len = strlen(word);
    while (len && strchr(".,;:)]", word[len - 1]))
        len--;
    if (len < 5 || len > 8 || word[3] != '.')
        return 0;
    int digits = 0;
    for (size_t k = 0; k < len; k++) {
        if (k != 3 && !is_alnum((unsigned char)word[k]))
            return 0;
        digits += is_digit((unsigned char)word[k]);
    }
    return digits > 0;
}

int fi_norm_icd10(const char *text, char *out, size_t outsz, int *known)
{
    if (known)
        *known = 0;
    if (!text)
        return fail(out, outsz);
    const unsigned char *p = (const unsigned char *)text;
    while (*p && !is_alnum(*p) && !is_currency_letter(p) && *p != '$')
        p++;
    /* Collect the code: letters and digits, one dot (a comma right before
     * a character is OCR's dot; one before a space separates a list, as in
     * "R42, I10"), spaces OCR put inside the category ("E 11.9").  The
     * code ends at the first other character, so a description after it
     * ("L57.0 - Actinic keratosis") is ignored. */
    char c[ICD_MAX + 1];
    size_t n = 0, dot = 0;
    int has_dot = 0;
    for (; *p; p++) {
        if (n == 0 && *p == '$' && is_digit(p[1]) && is_digit(p[2]) && p[3] == '.') {
            c[n++] = 'S'; /* "$83.241A": OCR's S; "$75" is a copay */
        } else if (n == 0 && is_currency_letter(p)) {
            c[n++] = '#'; /* repaired below, as a slip in the first place */
            p += p[0] == 0xC2 ? 1 : 2; /* the loop steps over the last byte */
        } else if (is_alnum(*p)) {
            if (n == ICD_MAX)
                return fail(out, outsz);
            c[n++] = (char)to_upper(*p);
        } else if ((*p == '.' || (*p == ',' && is_alnum(p[1]))) && !has_dot && n > 0) {
            has_dot = 1, dot = n;
        } else if (n == 3 && !has_dot && strchr("-+*:;'", *p) && *p &&
                   (is_alnum(p[1]) || (p[1] == '.' && is_alnum(p[2])))) {
            /* a dot OCR read as another mark, or with one beside it, right
             * after the category ("C18+9", "H91-.90") */
            has_dot = 1, dot = n;
            p += p[1] == '.';
        } else if (is_space(*p) && n < 3) {
            continue;
        } else {
            break;
        }
    }
    /* a dot elsewhere than after the category means this is not a code */
    if (n < ICD_MIN || (has_dot && dot != 3))
        return fail(out, outsz);

    char buf[ICD_MAX + 2];
    if (icd_in_table(c, n)) {
        if (known)
            *known = 1;
        icd_format(c, n, buf);
        return put(out, outsz, buf);
    }
    /* Repairs where the shape calls for them first ("El1.9", "M54.S0"),
     * then one more swap anywhere ("l10" -> "I10", "E11.B" -> "E11.8").
     * Two different known codes within reach means the slip is ambiguous,
     * and the code is taken as printed. */
    for (int extra = 0; extra <= 1; extra++) {
        icd_hits h = {0, {0}};
        icd_search(c, n, 0, extra, &h);
        if (h.found == 1) {
            if (known)
                *known = 1;
            icd_format(h.best, n, buf);
            return put(out, outsz, buf);
        }
        if (h.found > 1)
            break;
    }
    if (!icd_shape_ok(c, n))
        return fail(out, outsz);
    icd_format(c, n, buf);
    return put(out, outsz, buf);
}

/* ---- words (specialty, urgency, sex) ----------------------------------- */

enum { MAX_WORDS = 32, MAX_WORD = 24 };

typedef struct {
    char w[MAX_WORDS][MAX_WORD];
    size_t n;
} word_list;

/* Lower-case words of letters and digits; everything else separates.  In a
 * word that has letters, 0/1/5 are OCR's o/l/s ("Cardio1ogy"). */
static void split_words(const char *text, word_list *wl)
{
    const unsigned char *p = (const unsigned char *)text;
    wl->n = 0;
    while (*p && wl->n < MAX_WORDS) {
        while (*p && !is_alnum(*p))
            p++;
        if (!*p)
            break;
        char *w = wl->w[wl->n++];
        size_t len = 0;
        int letters = 0;
        for (; is_alnum(*p); p++) {
            letters |= is_alpha(*p);
            if (len + 1 < MAX_WORD)
                w[len++] = (char)to_lower(*p);
        }
        w[len] = '\0';
        for (size_t i = 0; letters && i < len; i++)
            w[i] = w[i] == '0' ? 'o' : w[i] == '1' ? 'l' : w[i] == '5' ? 's' : w[i];
    }
}

/* One pattern word against one text word; a trailing '*' matches any word
 * that starts with the rest. */
static int word_match(const char *w, const char *pat, size_t plen)
{
    if (plen > 0 && pat[plen - 1] == '*')
        return strncmp(w, pat, plen - 1) == 0;
    return strlen(w) == plen && strncmp(w, pat, plen) == 0;
}

/* A pattern of space-separated words matched at consecutive words from i. */
static int phrase_at(const word_list *wl, size_t i, const char *pattern)
{
    const char *p = pattern;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t plen = e ? (size_t)(e - p) : strlen(p);
        if (i >= wl->n || !word_match(wl->w[i], p, plen))
            return 0;
        i++;
        p += plen;
        if (*p == ' ')
            p++;
    }
    return 1;
}

typedef struct {
    const char *pattern;
    const char *value;
} word_rule;

/* The value of the first rule, in table order, that matches anywhere:
 * order is priority, so the tables list specific wordings before generic
 * ones ("Orthopaedic surgery" is orthopedics, not general surgery). */
static const char *first_rule(const word_list *wl, const word_rule *rules, size_t nrules)
{
    for (size_t r = 0; r < nrules; r++)
        for (size_t i = 0; i < wl->n; i++)
            if (phrase_at(wl, i, rules[r].pattern))
                return rules[r].value;
    return NULL;
}

static const word_rule k_specialty[] = {
    /* women's health first: "urogynecology" is gynecology, not urology */
    {"ob gyn", "obstetrics_gynecology"},
    {"obgyn", "obstetrics_gynecology"},
    {"ob", "obstetrics_gynecology"},
    {"gyn", "obstetrics_gynecology"},
    {"obstet*", "obstetrics_gynecology"},
    {"gyne*", "obstetrics_gynecology"},
    {"gynae*", "obstetrics_gynecology"},
    {"urogyn*", "obstetrics_gynecology"},
    {"women s health", "obstetrics_gynecology"},
    {"womens health", "obstetrics_gynecology"},
    {"maternal fetal*", "obstetrics_gynecology"},
    /* eyes before neurology: "neuro-ophthalmology" is an eye clinic */
    {"ophth*", "ophthalmology"},
    {"opth*", "ophthalmology"},
    {"eye", "ophthalmology"},
    {"eyes", "ophthalmology"},
    {"retina*", "ophthalmology"},
    {"glaucoma", "ophthalmology"},
    {"cornea*", "ophthalmology"},
    {"cataract*", "ophthalmology"},
    {"ent", "otolaryngology"},
    {"otolaryn*", "otolaryngology"},
    {"otorhino*", "otolaryngology"},
    {"ear nose*", "otolaryngology"},
    {"head and neck", "otolaryngology"},
    {"audiolog*", "otolaryngology"},
    {"sinus*", "otolaryngology"},
    {"tonsil*", "otolaryngology"},
    {"hearing", "otolaryngology"},
    {"tinnitus", "otolaryngology"},
    {"dysphonia", "otolaryngology"},
    {"hoarseness", "otolaryngology"},
    {"macular", "ophthalmology"},
    {"allerg*", "allergy"},
    {"immunol*", "allergy"},
    /* hematology before oncology: a "Heme/Onc" referral from primary
     * care is usually for blood counts; the first-named service wins */
    {"heme", "hematology"},
    {"hem", "hematology"},
    {"hematol*", "hematology"},
    {"haematol*", "hematology"},
    {"onc", "oncology"},
    {"oncol*", "oncology"},
    {"cancer", "oncology"},
    /* a podiatrist's words, then orthopedics, then a plain "foot": only
     * "foot" alone says podiatry, "Ortho foot and ankle" is orthopedics */
    {"podiat*", "podiatry"},
    {"dpm", "podiatry"},
    {"orthotic*", "podiatry"},
    {"plantar fasciitis", "podiatry"},
    {"bunion*", "podiatry"},
    {"ingrown toenail*", "podiatry"},
    {"orth*", "orthopedics"},
    {"sports medicine", "orthopedics"},
    {"spine", "orthopedics"},
    {"hand surg*", "orthopedics"},
    {"joint replacement", "orthopedics"},
    {"foot", "podiatry"},
    {"cardi*", "cardiology"},
    {"heart", "cardiology"},
    {"electrophysiology", "cardiology"},
    {"gastro*", "gastroenterology"},
    {"gi", "gastroenterology"},
    {"hepatol*", "gastroenterology"},
    {"liver", "gastroenterology"},
    {"digestive", "gastroenterology"},
    {"endoscop*", "gastroenterology"},
    {"colonoscop*", "gastroenterology"},
    {"endocrin*", "endocrinology"},
    {"endo", "endocrinology"},
    {"diabet*", "endocrinology"},
    {"thyroid", "endocrinology"},
    {"nephr*", "nephrology"},
    {"renal", "nephrology"},
    {"kidney", "nephrology"},
    {"pulm*", "pulmonology"},
    {"lung", "pulmonology"},
    {"respiratory", "pulmonology"},
    {"sleep medicine", "pulmonology"},
    {"rheum*", "rheumatology"},
    {"urol*", "urology"},
    {"uro", "urology"},
    /* psychiatry before neurology: "neuropsych" testing is psychiatric */
    {"psych*", "psychiatry"},
    {"neuropsych*", "psychiatry"},
    {"behavioral*", "psychiatry"},
    {"behavioural*", "psychiatry"},
    {"mental health", "psychiatry"},
    {"neuro*", "neurology"},
    {"derm*", "dermatology"},
    {"mohs", "dermatology"},
    {"physical therap*", "physical_therapy"},
    {"physiotherap*", "physical_therapy"},
    {"physio", "physical_therapy"},
    {"pt", "physical_therapy"},
    {"dpt", "physical_therapy"},
    {"rehab*", "physical_therapy"},
    /* any surgery not claimed above */
    {"general surg*", "general_surgery"},
    {"gen surg*", "general_surgery"},
    {"surg*", "general_surgery"},
    {"colorectal", "general_surgery"},
    {"bariatric*", "general_surgery"},
};

/* Edit distance of a and b, or limit+1 once it exceeds limit. */
int fi_edit_distance(const char *a, const char *b, int limit)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (abs(la - lb) > limit)
        return limit + 1;
    int prev[33], cur[33];
    if (lb > 32)
        return strcmp(a, b) ? limit + 1 : 0;
    for (int j = 0; j <= lb; j++)
        prev[j] = j;
    for (int i = 1; i <= la; i++) {
        cur[0] = i;
        int best = cur[0];
        for (int j = 1; j <= lb; j++) {
            int sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            int del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
            best = cur[j] < best ? cur[j] : best;
        }
        if (best > limit)
            return limit + 1;
        memcpy(prev, cur, sizeof(int) * (size_t)(lb + 1));
    }
    return prev[lb];
}

/* Full specialty names that an OCR slip may garble ("Hemiutology"):
 * matched within a few edits when no wording of the table matched. */
static const word_rule k_specialty_names[] = {
    {"allergy", "allergy"}, {"cardiology", "cardiology"}, {"dermatology", "dermatology"},
    {"endocrinology", "endocrinology"}, {"gastroenterology", "gastroenterology"},
    {"hematology", "hematology"}, {"nephrology", "nephrology"}, {"neurology", "neurology"},
    {"oncology", "oncology"}, {"ophthalmology", "ophthalmology"},
    {"orthopedics", "orthopedics"}, {"otolaryngology", "otolaryngology"},
    {"pulmonology", "pulmonology"}, {"pulmonary", "pulmonology"},
    {"rheumatology", "rheumatology"}, {"urology", "urology"}, {"psychiatry", "psychiatry"},
    {"podiatry", "podiatry"}, {"physical", "physical_therapy"}, {"therapy", "physical_therapy"},
    {"surgery", "general_surgery"}, {"gynecology", "obstetrics_gynecology"},
    {"obstetrics", "obstetrics_gynecology"},
};

int fi_norm_specialty(const char *text, char *out, size_t outsz)
{
    if (!text)
        return fail(out, outsz);
    word_list wl;
    split_words(text, &wl);
    const char *v = first_rule(&wl, k_specialty, sizeof k_specialty / sizeof k_specialty[0]);
    for (size_t i = 0; !v && i < wl.n; i++) {
        size_t len = strlen(wl.w[i]);
        if (len < 6)
            continue;
        /* "physician" is two edits from "physical": short words get one */
        int limit = len >= 10 ? 2 : 1;
        for (size_t k = 0; !v && k < sizeof k_specialty_names / sizeof *k_specialty_names; k++)
            if (fi_edit_distance(wl.w[i], k_specialty_names[k].pattern, limit) <= limit)
                v = k_specialty_names[k].value;
    }
    return v ? put(out, outsz, v) : fail(out, outsz);
}

static const word_rule k_urgency[] = {
    /* negations before the words they negate */
    {"non urgent", "routine"},
    {"nonurgent", "routine"},
    {"not urgent", "routine"},
    {"non emergent", "routine"},
    {"stat", "stat"},
    {"emergent*", "stat"},
    {"emergency", "stat"},
    {"immediate*", "stat"},
    {"same day", "stat"},
    {"urgent*", "urgent"},
    {"semi urgent", "urgent"},
    {"asap", "urgent"},
    {"a s a p", "urgent"},
    {"expedit*", "urgent"},
    {"rush", "urgent"},
    {"soon", "urgent"},
    {"routine", "routine"},
    {"standard", "routine"},
    {"elective", "routine"},
    {"normal", "routine"},
    {"regular", "routine"},
    {"next available", "routine"},
    /* a time asked for, when no word says it: a day or two is stat, a
     * week or two urgent ("please schedule within 7 days") */
    {"within 24*", "stat"},
    {"within 48*", "stat"},
    {"within 1 week", "urgent"},
    {"within one week", "urgent"},
    {"within a week", "urgent"},
    {"within 1 wk", "urgent"},
    {"within 72*", "urgent"},
    {"within 5 business days", "urgent"},
    {"within 7 days", "urgent"},
    {"within 10 days", "urgent"},
    {"within 14 days", "urgent"},
    {"within 2 weeks", "urgent"},
    /* last: "Priority" may be the label of "Priority: Normal" */
    {"high", "urgent"},
    {"priority", "urgent"},
};

int fi_norm_urgency(const char *text, char *out, size_t outsz)
{
    if (!text)
        return fail(out, outsz);
    word_list wl;
    split_words(text, &wl);
    const char *v = first_rule(&wl, k_urgency, sizeof k_urgency / sizeof k_urgency[0]);
    return v ? put(out, outsz, v) : fail(out, outsz);
}

static const word_rule k_sex[] = {
    {"m", "M"},       {"male", "M"},   {"man", "M"},      {"boy", "M"},
    {"f", "F"},       {"female", "F"}, {"fem", "F"},      {"woman", "F"},
    {"girl", "F"},    {"u", "U"},      {"unknown", "U"},  {"unk", "U"},
    {"x", "U"},       {"other", "U"},  {"nonbinary", "U"}, {"non binary", "U"},
    {"unspecified", "U"}, {"undisclosed", "U"}, {"intersex", "U"},
};

int fi_norm_sex(const char *text, char *out, size_t outsz)
{
    if (!text)
        return fail(out, outsz);
    /* a form's hint of the answers before the answer ("Sex: M/F  M") */
    while (*text == ' ')
        text++;
    size_t hint = strspn(text, "MFUXmfux/");
    if (hint >= 3 && memchr(text, '/', hint) && text[hint] == ' ' && text[hint + 1])
        text += hint;
    word_list wl;
    split_words(text, &wl);
    /* Every word that names a sex must agree: "M  X F" is a checkbox row
     * read whole, and guessing from it would be wrong half the time. */
    const char *v = NULL;
    for (size_t i = 0; i < wl.n; i++)
        for (size_t r = 0; r < sizeof k_sex / sizeof k_sex[0]; r++)
            if (phrase_at(&wl, i, k_sex[r].pattern)) {
                if (v && strcmp(v, k_sex[r].value) != 0)
                    return fail(out, outsz);
                v = k_sex[r].value;
            }
    return v ? put(out, outsz, v) : fail(out, outsz);
}

/* ---- identifiers ------------------------------------------------------- */

int fi_norm_id(const char *text, char *out, size_t outsz)
{
    if (!text || !out || outsz == 0)
        return fail(out, outsz);
    const unsigned char *s = (const unsigned char *)text;
    const unsigned char *e = s + strlen(text);
    /* stray punctuation at the ends ("#: 123", "A7069526.") is not part of it */
    while (s < e && !is_alnum(*s))
        s++;
    while (e > s && !is_alnum(e[-1]))
        e--;
    size_t w = 0;
    int digit = 0;
    for (; s < e; s++) {
        if (is_space(*s))
            continue;
        if (!is_alnum(*s) && *s != '-')
            return fail(out, outsz);
        digit |= is_digit(*s);
        if (w + 1 >= outsz)
            return fail(out, outsz);
        out[w++] = (char)*s;
    }
    out[w] = '\0';
    /* no plan or chart numbers its members with fewer than four signs:
     * "1D" is the label "ID" as OCR read it */
    if (!digit || w < 4)
        return fail(out, outsz);
    /* Plans leave the letters O and I out of their numbers, as they read
     * as 0 and 1: beside a digit they are digits OCR misread ("8KO2C55",
     * "AFO1", "Ai142192"). */
    for (size_t k = 0; k < w; k++) {
        int by_digit = (k > 0 && is_digit((unsigned char)out[k - 1])) ||
                       (k + 1 < w && is_digit((unsigned char)out[k + 1]));
        if (by_digit && (out[k] == 'O' || out[k] == 'o'))
            out[k] = '0';
        else if (by_digit && (out[k] == 'I' || out[k] == 'i' || out[k] == 'l'))
            out[k] = '1';
    }
    return 1;
}

/* ---- names ------------------------------------------------------------- */

enum { NAME_MAX_TOKS = 16, NAME_STORE = 256 };

typedef struct {
    char store[NAME_STORE];         /* the words, each NUL-terminated */
    size_t used;
    size_t off[NAME_MAX_TOKS];      /* word start in store */
    int comma[NAME_MAX_TOKS];       /* 1: a comma, not a word */
    int drop[NAME_MAX_TOKS];        /* 1: a title, credential or suffix */
    size_t n;
    int hyphen_open;                /* the last word ended with '-' */
} name_toks;

/* Letters, UTF-8 bytes (accented letters) and the marks that live inside
 * names and abbreviations: O'Brien, Garcia-Lopez, M.D. */
static int is_name_char(int c)
{
    return is_alpha(c) || c >= 0x80 || c == '\'' || c == '-' || c == '.' || c == '`';
}

/* UTF-8 no-break space, as PDF text layers print it between words. */
static int is_nbsp(const unsigned char *p)
{
    return p[0] == 0xC2 && p[1] == 0xA0;
}

static int push_comma(name_toks *nt)
{
    if (nt->n >= NAME_MAX_TOKS)
        return 0;
    nt->comma[nt->n] = 1;
    nt->drop[nt->n] = 0;
    nt->off[nt->n++] = 0;
    nt->hyphen_open = 0;
    return 1;
}

/* Adds one word; a word that hangs on a hyphen ("Osei- Bonsu", OCR's
 * space after a line-break hyphen) is joined to the previous one. */
static int push_word(name_toks *nt, const unsigned char *s, size_t len)
{
    int lead_hyphen = len > 0 && s[0] == '-';
    int trail_hyphen = len > 0 && s[len - 1] == '-';
    while (len > 0 && strchr("'-.`", s[0]))
        s++, len--;
    while (len > 0 && strchr("'-`", s[len - 1]))
        len--;
    int letter = 0;
    for (size_t i = 0; i < len; i++)
        letter |= s[i] != '.' && s[i] != '\'' && s[i] != '-' && s[i] != '`';
    if (!letter)
        return 1;
    int join = (lead_hyphen || nt->hyphen_open) && nt->n > 0 && !nt->comma[nt->n - 1];
    if (join) {
        /* overwrite the previous word's NUL with the hyphen */
        if (nt->used + len + 1 > NAME_STORE)
            return 0;
        nt->store[nt->used - 1] = '-';
    } else {
        if (nt->n >= NAME_MAX_TOKS || nt->used + len + 1 > NAME_STORE)
            return 0;
        nt->comma[nt->n] = 0;
        nt->drop[nt->n] = 0;
        nt->off[nt->n++] = nt->used;
    }
    memcpy(nt->store + nt->used, s, len);
    nt->used += len;
    nt->store[nt->used++] = '\0';
    nt->hyphen_open = trail_hyphen;
    return 1;
}

/* Splits a dotted run where OCR lost the space after an abbreviation
 * ("M.Okafor", "Dr.Sarah"), but not inside one ("M.D.", "Ph.D."): a
 * piece after a dot that is two letters or longer starts a new word. */
static int push_run(name_toks *nt, const unsigned char *s, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '.' || i + 1 >= len)
            continue;
        size_t j = i + 1;
        while (j < len && s[j] != '.')
            j++;
        if (j - (i + 1) >= 2) {
            if (!push_word(nt, s + start, i + 1 - start))
                return 0;
            nt->hyphen_open = 0;
            start = i + 1;
        }
    }
    return push_word(nt, s + start, len - start);
}

/* The length of a mark OCR reads for a capital I at the start of a name
 * ("{mani", "‘brahim", "|WU"), when letters follow it; else 0. */
static size_t lost_capital_i(const unsigned char *p)
{
    size_t n = strchr("{|!'`", *p) && *p ? 1
               : p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99) ? 3
                                                                                 : 0;
    if (!n || !is_alpha(p[n]) || !is_alpha(p[n + 1]))
        return 0;
    return n;
}

static int name_tokenize(const char *text, name_toks *nt)
{
    const unsigned char *p = (const unsigned char *)text;
    int depth = 0;
    nt->n = 0;
    nt->used = 0;
    nt->hyphen_open = 0;
    for (const unsigned char *q = p; *q; q++)
        if (is_digit(*q))
            return 0;
    while (*p) {
        if (is_nbsp(p)) {
            p += 2;
        } else if (*p == '(' || *p == '[') {
            depth++;  /* a nickname, "Robert (Bob) Smith", is not the name */
            p++;
        } else if (*p == ')' || *p == ']') {
            depth -= depth > 0;
            p++;
        } else if (depth) {
            p++;
        } else if (*p == ',' || *p == ';') {
            if (!push_comma(nt))
                return 0;
            p++;
        } else if ((p == (const unsigned char *)text || strchr(" ,;", p[-1])) &&
                   lost_capital_i(p)) {
            unsigned char word[64] = "I";
            const unsigned char *q = p + lost_capital_i(p);
            size_t len = 1;
            while (*q && is_name_char(*q) && !is_nbsp(q) && len + 1 < sizeof word)
                word[len++] = *q++;
            p = q;
            if (!push_run(nt, word, len))
                return 0;
        } else if (is_name_char(*p)) {
            const unsigned char *q = p;
            while (*p && is_name_char(*p) && !is_nbsp(p))
                p++;
            if (!push_run(nt, q, (size_t)(p - q)))
                return 0;
        } else {
            p++;
        }
    }
    return 1;
}

/* A word folded for comparison: ASCII letters lower-cased, marks dropped
 * ("M.D." -> "md", "PA-C" -> "pac"); "" when it does not fit. */
static void word_key(const char *w, char *key, size_t keysz)
{
    size_t k = 0;
    for (; *w; w++) {
        /* marks, and whatever OCR made of one ("PA-«" for PA-C) */
        if (!is_alnum((unsigned char)*w))
            continue;
        if (k + 1 >= keysz) {
            k = 0;
            break;
        }
        key[k++] = (char)to_lower((unsigned char)*w);
    }
    key[k] = '\0';
}

static int in_list(const char *key, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(key, list[i]) == 0)
            return 1;
    return 0;
}

static const char *const k_titles[] = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "dra", "doctor", "prof", "professor", "rev",
};

/* 1 when the len characters at word, case and a period after them aside,
 * are one of list. */
static int word_in(const char *word, size_t len, const char *const *list, size_t n)
{
    char key[16];
    while (len && word[len - 1] == '.')
        len--;
    if (!len || len >= sizeof key)
        return 0;
    for (size_t i = 0; i < len; i++)
        key[i] = (char)to_lower((unsigned char)word[i]);
    key[len] = '\0';
    return in_list(key, list, n);
}

int fi_name_is_title(const char *word, size_t len)
{
    return word_in(word, len, k_titles, sizeof k_titles / sizeof k_titles[0]);
}

static const char *const k_suffixes[] = {"jr", "sr", "ii", "iii", "iv"};
static const char *const k_credentials[] = {
    "md", "do", "dpm", "dds", "dmd", "od", "mbbs", "mbchb", "phd", "psyd", "pharmd",
    "np", "fnp", "fnpc", "fnpbc", "anp", "anpbc", "agnp", "agnpc", "aprn", "crnp", "dnp",
    "cnm", "cns", "pa", "pac", "rn", "bsn", "msn", "lpn", "facp", "facc", "facs", "faap",
    "faafp", "facog", "face", "fccp", "mph", "mba", "ms", "lcsw", "lpc", "lmft", "dpt",
    "pt", "ot", "otr", "slp", "ccc", "cccslp", "rd", "ld", "cde",
};

int fi_name_is_credential(const char *word, size_t len)
{
    char w[32], key[16];
    if (len >= sizeof w)
        return 0;
    memcpy(w, word, len);
    w[len] = '\0';
    word_key(w, key, sizeof key);
    return key[0] && in_list(key, k_credentials, sizeof k_credentials / sizeof k_credentials[0]);
}

/* Words that belong to the surname that follows them: Van Dyke, De La
 * Cruz, St. Clair.  "do" (Maria do Carmo) is left out: it is far more
 * often the D.O. credential. */
static const char *const k_particles[] = {
    "van", "von", "de", "del", "della", "der", "den", "da", "das", "dos", "di", "du",
    "la", "le", "st", "ste", "bin", "ibn", "al", "el", "ter", "ten",
};

/* The second parts of compound given names ("Mary Ann", "Juan Carlos",
 * "Ngoc Anh"): after a first name, any other word is a middle name
 * ("Maureen Elizabeth"), which the first name leaves out. */
static const char *const k_compound_given[] = {
    "ann", "anne", "anna", "carlos", "luis", "jose", "maria", "marie", "guadalupe", "anh",
    "jesus", "antonio", "manuel", "miguel", "pierre", "paul", "jo", "lou", "beth",
};

int fi_name_is_particle(const char *word, size_t len)
{
    return word_in(word, len, k_particles, sizeof k_particles / sizeof k_particles[0]);
}

/* Words of running text that no name holds: a value with one of them is a
 * heading or a sentence that followed a label ("Patient summary - problems
 * and medications"), not a name. */
/* Street words: a "name" that ends with one is an address ("Oak Ave",
 * "Washington St") that followed a label. */
static const char *const k_street[] = {
    "st", "ave", "avenue", "street", "rd", "road", "blvd", "boulevard", "ln", "hwy", "pkwy",
    "suite", "ste",
};

static const char *const k_prose[] = {
    "and", "of", "the", "for", "with", "from", "to", "in", "on", "is", "are", "was",
};

static const char *tok_word(const name_toks *nt, size_t i)
{
    return nt->store + nt->off[i];
}

static int has_key(const name_toks *nt, size_t i, const char *const *list, size_t n)
{
    char key[16];
    word_key(tok_word(nt, i), key, sizeof key);
    return key[0] && in_list(key, list, n);
}

/* Appends word w (a trailing '.' dropped, except on "St.") to out at *w_at,
 * space-separated. */
static int append_word(char *out, size_t outsz, size_t *w_at, const char *w)
{
    char key[16];
    size_t len = strlen(w);
    word_key(w, key, sizeof key);
    if (len > 1 && w[len - 1] == '.' &&
        !in_list(key, k_particles, sizeof k_particles / sizeof k_particles[0]))
        len--;
    size_t need = len + (*w_at > 0);
    if (*w_at + need >= outsz)
        return 0;
    if (*w_at > 0)
        out[(*w_at)++] = ' ';
    memcpy(out + *w_at, w, len);
    *w_at += len;
    out[*w_at] = '\0';
    return 1;
}

static int single_letter(const char *w)
{
    size_t len = strlen(w);
    return len == 1 || (len == 2 && w[1] == '.');
}

/* The shared parser behind fi_norm_person and fi_norm_provider. */
static int name_parse(const char *text, int provider, char *last, size_t lastsz, char *first,
                      size_t firstsz)
{
    name_toks nt;
    if (!text || !last || !first || !lastsz || !firstsz || !name_tokenize(text, &nt))
        return 0;
    last[0] = first[0] = '\0';

    for (size_t i = 0; i < nt.n; i++)
        if (!nt.comma[i] && has_key(&nt, i, k_prose, sizeof k_prose / sizeof k_prose[0]))
            return 0;
    for (size_t i = nt.n; i-- > 0;) {
        if (nt.comma[i])
            continue;
        if (has_key(&nt, i, k_street, sizeof k_street / sizeof k_street[0]))
            return 0;
        break; /* only the last word says street */
    }
    /* titles open the name or the part after a comma ("Okafor, Ms. Jane") */
    int seg_start = 1;
    size_t words = 0;
    for (size_t i = 0; i < nt.n; i++) {
        if (nt.comma[i]) {
            seg_start = 1;
            continue;
        }
        /* "Or Robert Coleman": a Dr. whose D was read as O, before a
         * first and a last name (no one is named "Or") */
        static const char *const slipped[] = {"or"};
        int names_follow = i + 2 < nt.n && !nt.comma[i + 1] && !nt.comma[i + 2];
        if (seg_start && (has_key(&nt, i, k_titles, sizeof k_titles / sizeof k_titles[0]) ||
                          (names_follow && has_key(&nt, i, slipped, 1)))) {
            nt.drop[i] = 1;
            continue;
        }
        seg_start = 0;
        words++;
    }
    /* Credentials and suffixes, from the right, never the first word and
     * never below two words left: "Minh Do, MD" keeps its surname Do. */
    size_t first_word = nt.n;
    for (size_t i = 0; i < nt.n; i++)
        if (!nt.comma[i] && !nt.drop[i]) {
            first_word = i;
            break;
        }
    for (size_t i = nt.n; i-- > 0;) {
        if (nt.comma[i] || nt.drop[i] || i == first_word)
            continue;
        int cred = provider && has_key(&nt, i, k_credentials,
                                       sizeof k_credentials / sizeof k_credentials[0]);
        int suffix = has_key(&nt, i, k_suffixes, sizeof k_suffixes / sizeof k_suffixes[0]);
        if (!cred && !suffix)
            continue;
        if (words <= 2)
            break;
        nt.drop[i] = 1;
        words--;
    }
    if (words < 2)
        return 0;

    /* "Last, First": the first comma with words on both sides, but not
     * one after a middle initial ("Sarah M, Morrison, DO": OCR's comma, as
     * no surname ends in an initial) */
    size_t split = nt.n;
    size_t seen = 0, before = nt.n; /* the word before, if kept */
    for (size_t i = 0; i < nt.n; i++) {
        if (!nt.comma[i]) {
            seen += !nt.drop[i];
            before = nt.drop[i] ? nt.n : i;
            continue;
        }
        int initial = seen >= 2 && before < nt.n && single_letter(tok_word(&nt, before));
        if (seen > 0 && seen < words && !initial) {
            split = i;
            break;
        }
    }

    size_t lw = 0, fw = 0;
    if (split < nt.n) {
        for (size_t i = 0; i < split; i++)
            if (!nt.comma[i] && !nt.drop[i] && !append_word(last, lastsz, &lw, tok_word(&nt, i)))
                return 0;
        /* the first name runs to the next comma; a trailing initial is a
         * middle initial ("OKAFOR, JANE M"), and so is a middle name
         * ("PRICE, MAUREEN ELIZABETH"); a compound name stays ("MARY ANN") */
        size_t idx[NAME_MAX_TOKS], k = 0;
        for (size_t i = split + 1; i < nt.n; i++) {
            if (nt.comma[i]) {
                if (k > 0)
                    break;
                continue;
            }
            if (!nt.drop[i])
                idx[k++] = i;
        }
        while (k > 1 && single_letter(tok_word(&nt, idx[k - 1])))
            k--;
        if (k > 1)
            k = has_key(&nt, idx[1], k_compound_given,
                        sizeof k_compound_given / sizeof k_compound_given[0])
                    ? 2
                    : 1;
        for (size_t j = 0; j < k; j++)
            if (!append_word(first, firstsz, &fw, tok_word(&nt, idx[j])))
                return 0;
    } else {
        /* "First [Middle] Last": the first and last words, with the
         * particles that lead into the surname */
        size_t idx[NAME_MAX_TOKS], k = 0;
        for (size_t i = 0; i < nt.n; i++)
            if (!nt.comma[i] && !nt.drop[i])
                idx[k++] = i;
        size_t s = k - 1;
        while (s > 1 && has_key(&nt, idx[s - 1], k_particles,
                                sizeof k_particles / sizeof k_particles[0]))
            s--;
        if (!append_word(first, firstsz, &fw, tok_word(&nt, idx[0])))
            return 0;
        for (size_t j = s; j < k; j++)
            if (!append_word(last, lastsz, &lw, tok_word(&nt, idx[j])))
                return 0;
    }
    /* a one-letter surname with a mark or in small letters ("Wii \u2018i",
     * "Wiohinglon i") is noise; a capital ("KENNETH S") may be all OCR
     * kept of one, for review */
    size_t letters = 0;
    for (const unsigned char *c = (const unsigned char *)last; *c; c++)
        letters += is_alpha(*c) || (*c >= 0xC2 && *c <= 0xDF);
    return lw > 0 && fw > 0 &&
           (letters >= 2 || (strlen(last) == letters && !is_lower((unsigned char)last[0])));
}

int fi_norm_person(const char *text, char *last, size_t lastsz, char *first, size_t firstsz)
{
    if (name_parse(text, 0, last, lastsz, first, firstsz))
        return 1;
    fail(last, lastsz);
    fail(first, firstsz);
    return 0;
}

int fi_norm_provider(const char *text, char *out, size_t outsz)
{
    char last[NAME_STORE], first[NAME_STORE];
    if (!out || !outsz || !name_parse(text, 1, last, sizeof last, first, sizeof first))
        return fail(out, outsz);
    size_t w = 0;
    if (!append_word(out, outsz, &w, first) || !append_word(out, outsz, &w, last))
        return fail(out, outsz);
    return 1;
}

/* ---- Medicare Beneficiary Identifier ---------------------------------- */

/* Medicare's form of IDs (payers.c) is the one a word takes by chance
 * least, so an MBI is recognized wherever a member ID is read. */
int fi_norm_mbi(const char *text, char *out, size_t outsz)
{
    char compact[32];
    size_t n = 0;
    if (!text)
        return fail(out, outsz);
    for (const char *c = text; *c && n + 1 < sizeof compact; c++)
        if (*c != ' ')
            compact[n++] = *c;
    compact[n] = '\0';
    if (fi_payer_id_fit("Medicare", compact, 0, out, outsz) > 0)
        return 1;
    return fail(out, outsz);
}

/* ---- OCR-confusable skeleton ------------------------------------------- */

size_t fi_ocr_skeleton(const char *word, char *out, size_t outsz)
{
    static const char *const classes[] = {"il1tfj", "o0cea", "s5", "bh8", "uvw", "g9q", "z2",
                                          NULL};
    size_t n = 0;
    for (const char *c = word; *c && n + 1 < outsz; c++) {
        char ch = (char)to_lower((unsigned char)*c);
        if (ch == 'r' && c[1] == 'n') {
            ch = 'm';
            c++;
        }
        for (int k = 0; classes[k]; k++)
            if (strchr(classes[k], ch)) {
                ch = classes[k][0];
                break;
            }
        out[n++] = ch;
    }
    out[n] = '\0';
    return n;
}
