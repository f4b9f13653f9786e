/*
 * extract.c: runs the rules over a document's words.
 *
 * The pipeline, per document:
 *   1. layout: each page's words grouped into rows by geometry (not by
 *      Tesseract's line ids, which split two-column forms and tables), each
 *      word with a normalized token for matching;
 *   2. page roles: each page classified (cover, referral, notes, labs...)
 *      by its keywords, so values come from the referral and not from the
 *      distractors on the other pages;
 *   3. labels: every wording of every [field] rule matched, fuzzily, in
 *      reading order, which also tracks the context group (patient,
 *      referring, referred_to...) that disambiguates "Phone:" and "Fax:";
 *   4. values: taken right of, below, or checked next to each label, and
 *      from the [text] rules' patterns over the page text;
 *   5. validation: each candidate normalized and validated; one that fails
 *      is read again from the image through the caller's callback;
 *   6. selection: per field, candidates with the same value pool their
 *      scores; the best wins, and a close second is a conflict to review;
 *   7. settling (settle.c): the selected values checked against the rest
 *      of the document (other readings, the fax machine's header).
 */
#include "cands.h"
#include "normalize.h"
#include "rules.h"
#include "validate.h"

#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* ------------------------------------------------------------------ layout */

typedef struct tok {
    const fi_word *w;
    char raw[64];           /* the word's text (a part of it after a split) */
    char norm[32];          /* fi_rules_norm_token of raw */
    char skel[32];          /* fi_ocr_skeleton of norm */
    int x0, y0, x1, y1;
    float conf;
    int label_start;        /* 1 when a label begins here */
    int in_label;           /* 1 on a label's later words */
    int stop;               /* 1 where a wording of the stops list begins */
    int prose;              /* a caption's word in prose ("First unprovoked
                             * seizure"): it ends a value that runs on to
                             * its row, but a value may begin with it */
    int code;               /* fi_icd10_shaped ("ROO.2"): never a label, not "room" */
    unsigned char *eq;      /* tok_eq with each of the rules' words: 0 not yet
                             * compared, 1 no, 2 yes (one row of layout.eq) */
} tok;

typedef struct row {
    int first, n;           /* tokens [first, first+n) of the page, by x */
    int y0, y1;
} row;

typedef struct layout {
    tok *toks;
    int ntoks;
    row *rows;
    int nrows;
    int height;             /* median word height: the unit of distance */
    int width;              /* page width */
    int role;               /* role index, or -1 for "other" */
    unsigned char *eq;      /* ntoks x the rules' words: see tok.eq */
} layout;

static void layout_free(layout *l)
{
    free(l->toks);
    free(l->rows);
    free(l->eq);
    memset(l, 0, sizeof *l);
}

static int cmp_int(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

/* The slash of a word that is two words of letters ("Employee/Patient",
 * "Tel/Fax"), or NULL; dates, "N/A" and codes keep theirs. */
static const char *word_slash(const char *text)
{
    const char *slash = strchr(text, '/');
    if (!slash || strchr(slash + 1, '/') || slash - text < 2 || strlen(slash + 1) < 2)
        return NULL;
    for (const char *c = text; *c; c++)
        if (c != slash && !isalpha((unsigned char)*c))
            return NULL;
    return slash;
}

/* The length of a checkbox as OCR read it into a word's start ("[x]",
 * "(x]", "[xX]", "[_]", "[]" before "STAT", "[" before "Urgent"),
 * *marked 1 when it holds an x; 0 when the word starts with none. */
static size_t box_glyph(const char *text, int *marked)
{
    *marked = 0;
    if (text[0] != '[' && text[0] != '(')
        return 0;
    /* "[Urgent", "[STAT": a box whose right side OCR lost, before an
     * option of four letters or more ("[WU" is OCR's "IWU", a name) */
    size_t letters = 0;
    while (isalpha((unsigned char)text[1 + letters]))
        letters++;
    if (text[0] == '[' && isupper((unsigned char)text[1]) && letters >= 4 && !text[1 + letters])
        return 1;
    size_t k = 1;
    while (k < 4 && text[k] && strchr("xX_ ", text[k])) {
        *marked |= text[k] == 'x' || text[k] == 'X';
        k++;
    }
    return text[k] == ']' || text[k] == ')' ? k + 1 : 0;
}

/* Token t is the characters [from, to) of word w, its box the same share
 * of the word's box, its text the n bytes at raw. */
static void word_part(tok *t, const fi_word *w, size_t from, size_t to, const char *raw, size_t n)
{
    size_t len = strlen(w->text);
    double width = (double)(w->x1 - w->x0);
    *t = (tok){.w = w, .x0 = w->x0, .y0 = w->y0, .x1 = w->x1, .y1 = w->y1, .conf = w->conf};
    if (len) {
        t->x0 = w->x0 + (int)(width * (double)from / (double)len);
        t->x1 = w->x0 + (int)(width * (double)to / (double)len);
    }
    snprintf(t->raw, sizeof t->raw, "%.*s", (int)n, raw);
}

/* Adds a word's tokens (at most three); a word "MR#:5608129" is split at
 * its inner colon so the label and the value are separate tokens, and a
 * box OCR ran into its option ("[x]STAT") is a box of its own. */
static int add_tokens(tok *out, const fi_word *w)
{
    const char *text = w->text, *colon = strchr(text, ':'), *slash;
    int n = 0, marked = 0;
    size_t len = strlen(text), box = box_glyph(text, &marked);
    if (box && (box == len || isalpha((unsigned char)text[box]))) {
        word_part(&out[n++], w, 0, box, marked ? "[X]" : "[ ]", 3);
        if (box < len)
            word_part(&out[n++], w, box, len, text + box, len - box);
    } else if (colon && colon > text && colon[1] && (size_t)(colon - text) + 1 < len) {
        size_t left = (size_t)(colon - text) + 1;
        word_part(&out[n++], w, 0, left, text, left);
        word_part(&out[n++], w, left, len, colon + 1, len - left);
    } else if ((slash = word_slash(text)) != NULL) {
        /* "Employee/Patient Last Name": two words a slash joins, each
         * its own token, so that a label's wording can start after it */
        size_t left = (size_t)(slash - text);
        word_part(&out[n++], w, 0, left, text, left);
        word_part(&out[n++], w, left, left + 1, "/", 1);
        word_part(&out[n++], w, left + 1, len, slash + 1, len - left - 1);
    } else {
        word_part(&out[n++], w, 0, len, text, len);
    }
    for (int i = 0; i < n; i++) {
        fi_rules_norm_token(out[i].raw, out[i].norm, sizeof out[i].norm);
        fi_ocr_skeleton(out[i].norm, out[i].skel, sizeof out[i].skel);
        out[i].code = fi_icd10_shaped(out[i].raw);
    }
    return n;
}

static int cmp_tok_x(const void *a, const void *b)
{
    const tok *p = a, *q = b;
    return p->x0 - q->x0;
}

/* A run of words that the OCR engine read as one line: it follows the
 * line's skew, but stops at column and cell gaps. */
typedef struct seg {
    int line;               /* the words' line id */
    int first, n;           /* its words: order[first .. first+n) */
    int x0, x1;             /* horizontal extent */
    int yl, yr;             /* vertical centre at the left and right ends */
    int row;                /* row it was put in */
} seg;

static int cmp_seg_y(const void *a, const void *b)
{
    const seg *p = a, *q = b;
    return p->yl != q->yl ? p->yl - q->yl : p->x0 - q->x0;
}

static int cmp_int_pair(const void *a, const void *b)
{
    const int *p = a, *q = b;
    return p[0] != q[0] ? p[0] - q[0] : p[1] - q[1];
}

/* 1 when segment s can join row r: beside every segment already there,
 * and level with the nearest one (measured at the facing ends, so a
 * skewed page still lines up). */
static int seg_fits(const seg *segs, int nsegs, int r, const seg *s, int height)
{
    int nearest = -1, best = 1 << 30;
    for (int k = 0; k < nsegs; k++) {
        const seg *t = &segs[k];
        if (t->row != r)
            continue;
        if (s->x0 < t->x1 - height / 2 && t->x0 < s->x1 - height / 2)
            return 0;
        int d = s->x0 >= t->x1 ? s->x0 - t->x1 : t->x0 - s->x1;
        if (d < best) {
            best = d;
            nearest = k;
        }
    }
    if (nearest < 0)
        return 0;
    const seg *t = &segs[nearest];
    int ys = s->x0 >= t->x1 ? s->yl : s->yr;
    int yt = s->x0 >= t->x1 ? t->yr : t->yl;
    return abs(ys - yt) <= height * 6 / 10;
}

/* Groups the page's words into rows.  The OCR engine's lines are kept
 * whole (they follow skew), and lines side by side (the columns of a form,
 * the cells of a table) are joined into one row, so that a label in one
 * column and its value in the next are on the same row. */
static int layout_build(layout *l, const fi_page *page, int nwords)
{
    memset(l, 0, sizeof *l);
    l->width = page->width;
    size_t n = page->nwords;
    int (*order)[2] = calloc(n + 1, sizeof *order);   /* (line, x0) sort keys */
    int *heights = calloc(n + 1, sizeof *heights);
    seg *segs = calloc(n + 1, sizeof *segs);
    l->toks = calloc(3 * n + 1, sizeof *l->toks);
    l->rows = calloc(n + 1, sizeof *l->rows);
    int rc = -1, m = 0, nsegs = 0, nrows = 0;
    if (!order || !heights || !segs || !l->toks || !l->rows)
        goto done;
    for (size_t i = 0; i < n; i++) {
        const fi_word *w = &page->words[i];
        int blank = 1;
        for (const char *c = w->text; *c; c++)
            blank &= isspace((unsigned char)*c) ? 1 : 0;
        if (blank || w->y1 <= w->y0)
            continue;
        heights[m] = w->y1 - w->y0;
        order[m][0] = w->line;
        order[m][1] = (int)i;
        m++;
    }
    qsort(heights, (size_t)m, sizeof *heights, cmp_int);
    l->height = m ? heights[m / 2] : 20;
    if (l->height < 8)
        l->height = 8;
    qsort(order, (size_t)m, sizeof *order, cmp_int_pair);
    /* one segment per OCR line */
    for (int k = 0; k < m;) {
        int line = order[k][0];
        seg *s = &segs[nsegs++];
        s->line = line;
        s->first = k;
        s->x0 = 1 << 30;
        s->x1 = -1;
        for (; k < m && order[k][0] == line; k++) {
            const fi_word *w = &page->words[order[k][1]];
            int yc = (w->y0 + w->y1) / 2;
            if (w->x0 < s->x0) {
                s->x0 = w->x0;
                s->yl = yc;
            }
            if (w->x1 > s->x1) {
                s->x1 = w->x1;
                s->yr = yc;
            }
        }
        s->n = k - s->first;
    }
    qsort(segs, (size_t)nsegs, sizeof *segs, cmp_seg_y);
    for (int k = 0; k < nsegs; k++) {
        segs[k].row = -1;
        /* rows far above cannot take it: look back only a little */
        for (int r = nrows - 1; r >= 0 && r >= nrows - 4; r--)
            if (seg_fits(segs, k, r, &segs[k], l->height)) {
                segs[k].row = r;
                break;
            }
        if (segs[k].row < 0)
            segs[k].row = nrows++;
    }
    /* tokens row by row, left to right */
    for (int r = 0; r < nrows; r++) {
        row *rw = &l->rows[l->nrows++];
        rw->first = l->ntoks;
        rw->y0 = 1 << 30;
        rw->y1 = 0;
        for (int k = 0; k < nsegs; k++) {
            if (segs[k].row != r)
                continue;
            for (int j = segs[k].first; j < segs[k].first + segs[k].n; j++) {
                const fi_word *w = &page->words[order[j][1]];
                l->ntoks += add_tokens(l->toks + l->ntoks, w);
                rw->y0 = w->y0 < rw->y0 ? w->y0 : rw->y0;
                rw->y1 = w->y1 > rw->y1 ? w->y1 : rw->y1;
            }
        }
        rw->n = l->ntoks - rw->first;
        qsort(l->toks + rw->first, (size_t)rw->n, sizeof *l->toks, cmp_tok_x);
    }
    l->eq = calloc((size_t)l->ntoks * (size_t)nwords + 1, 1);
    if (!l->eq)
        goto done;
    for (int i = 0; i < l->ntoks; i++)
        l->toks[i].eq = l->eq + (size_t)i * (size_t)nwords;
    rc = 0;
done:
    free(order);
    free(heights);
    free(segs);
    if (rc)
        layout_free(l);
    return rc;
}

/* ---------------------------------------------------------------- matching */

/* Token equality that forgives one OCR slip in a word of 4+ letters (two
 * in one of 10+): "Fist" for "first", "Physican" for "physician", but not
 * "physical" for "physician". */
static int ends_with_colon(const char *raw);

static int tok_eq_uncached(const tok *t, const fi_phrase *ph, int k)
{
    const char *word = t->norm, *want = ph->tok[k];
    if (strcmp(word, want) == 0)
        return 1;
    size_t len = strlen(want), wlen = strlen(word);
    if (len < 4 || t->code)
        return 0;
    /* letters a fax's OCR confuses count as one: "Polley" is "Policy"
     * (both skeletons are made once, with the words and the rules); in a
     * word of four letters only before a colon ("Narne:"), where they
     * would make "test" of "last" */
    if (strcmp(t->skel, ph->skel[k]) == 0 && (len > 4 || ends_with_colon(t->raw)))
        return 1;
    int limit = len >= 10 ? 2 : 1;
    if (wlen + (size_t)limit < len || len + (size_t)limit < wlen)
        return 0;
    return fi_edit_distance(word, want, limit) <= limit;
}

/* A page's word and a wording's word compared once: every label of every
 * rule is tried at every word of the page, and most wordings share words. */
static int tok_eq(const tok *t, const fi_phrase *ph, int k)
{
    unsigned char *seen = &t->eq[ph->wid[k]];
    if (!*seen)
        *seen = tok_eq_uncached(t, ph, k) ? 2 : 1;
    return *seen == 2;
}

static int ends_with_colon(const char *raw)
{
    size_t n = strlen(raw);
    return n && (raw[n - 1] == ':' || raw[n - 1] == ';' || raw[n - 1] == '#');
}

/* "ID" closing a longer label, garbled, with the label's colon after it:
 * "Subscriber tp;", "Subscriber ED:", "Member 1p;".  Two letters leave no
 * slip to forgive, but the colon still says the label ends there.  (Only
 * "id": "Referred by:" must not pass for "Referred to".) */
static int short_tail_eq(const tok *t, const fi_phrase *ph, int k)
{
    return ph->ntok >= 2 && k == ph->ntok - 1 && strcmp(ph->tok[k], "id") == 0 &&
           strlen(t->norm) <= 2 && ends_with_colon(t->raw);
}

/* The last word of a label of three words or more read cut short, a
 * slip in what is left ("Referred To Provil Gregory Mercer"): five letters
 * at least, that begin the word. */
static int cut_tail_eq(const tok *t, const fi_phrase *ph, int k)
{
    const char *word = t->norm, *want = ph->tok[k];
    size_t wlen = strlen(word), len = strlen(want);
    if (ph->ntok < 3 || k != ph->ntok - 1 || wlen < 5 || wlen >= len || word[0] != want[0])
        return 0;
    char head[64];
    snprintf(head, sizeof head, "%.*s", (int)wlen, want);
    return fi_edit_distance(word, head, 1) <= 1;
}

/* A three-letter code label one slip off, with its colon: "MAN:", "men:",
 * "mre:" for MRN, "np;" for NPI, or an NPI's before its ten digits
 * (digits_follow: "NP| 1619304821").  Only for fields whose values are numbers
 * with a check of their own (a record number must hold digits, an NPI
 * pass its check digit), so a near miss such as "DOS:" for "DOB" cannot
 * mislead.  Returns the index after the label, or -1. */
static int match_code_label(const layout *l, const row *r, int i, const fi_phrase *ph,
                            int digits_follow)
{
    const tok *t = l->toks + r->first + i;
    if (ph->ntok != 1 || strlen(ph->tok[0]) != 3 || (!ends_with_colon(t->raw) && !digits_follow))
        return -1;
    size_t n = strlen(t->norm);
    if (n < 2 || n > 4)
        return -1;
    return fi_edit_distance(t->norm, ph->tok[0], 1) <= 1 ? i + 1 : -1;
}

/* How many words of ph from word k one token holds, printed joined by a
 * hyphen or slash ("Order-Date:", "Date/Time") or run together by OCR
 * ("PatientName:"); 0 when it does not. */
static int joined_words(const tok *t, const fi_phrase *ph, int k)
{
    if (t->norm[0] != ph->tok[k][0]) /* most tokens, at once */
        return 0;
    size_t at = 0, len = strlen(t->norm);
    for (int m = k; m < ph->ntok; m++) {
        size_t wl = strlen(ph->tok[m]);
        if (at + wl > len || strncmp(t->norm + at, ph->tok[m], wl) != 0)
            return 0;
        at += wl;
        if (at == len)
            return m > k ? m - k + 1 : 0;
    }
    return 0;
}

/* Matches phrase, from its word k, at token i of row r; returns the index
 * after the match (skipping tokens that normalize to nothing, like ':' or
 * '|'), or -1.  A wording written with its colon in the rules ("coverage:")
 * matches only where the page prints the colon. */
static int match_from(const layout *l, const row *r, int i, const fi_phrase *ph, int k)
{
    int j = i;
    const tok *t = l->toks + r->first;
    if (j >= r->n || !t[j].norm[0])
        return -1;
    while (k < ph->ntok) {
        while (j < r->n && !t[j].norm[0])
            j++;
        if (j >= r->n)
            return -1;
        /* a wording does not run across cells: "PATIENT | DOB" are two
         * captions, not "Patient DOB" */
        if (j > i && t[j].x0 - t[j - 1].x1 > l->height * 3)
            return -1;
        int joined = 0;
        if (!tok_eq(&t[j], ph, k) && !short_tail_eq(&t[j], ph, k) &&
            !cut_tail_eq(&t[j], ph, k) && !(joined = joined_words(&t[j], ph, k)))
            return -1;
        j++;
        k += joined ? joined : 1;
    }
    if (ph->colon && !ends_with_colon(t[j - 1].raw) && !(j < r->n && t[j].raw[0] == ':'))
        return -1;
    return j;
}

static int match_phrase(const layout *l, const row *r, int i, const fi_phrase *ph)
{
    return match_from(l, r, i, ph, 0);
}

/* "Dx" with its D read as P, O or B ("px Code(s):", "Ox:"), where the
 * value must be diagnosis codes: what follows has to pass the code table,
 * so a "Px" that means something else gives nothing.  Returns the index
 * after the label, or -1. */
static int match_dx_slip(const layout *l, const row *r, int i, const fi_phrase *ph)
{
    const tok *t = l->toks + r->first + i;
    if (strcmp(ph->tok[0], "dx") != 0 || strlen(t->norm) != 2 || t->norm[1] != 'x' ||
        !strchr("pob0", t->norm[0]))
        return -1;
    if (ph->ntok == 1)
        return ends_with_colon(t->raw) ? i + 1 : -1;
    return match_from(l, r, i + 1, ph, 1);
}

/* 1 for a word that joins and so cannot end a phrase: a label's line
 * that breaks after it ("Reason for" / "consult"), a value's row that ends
 * in it ("despite NSAIDs and" / "home exercise"), goes on. */
static int joining_word(const char *w)
{
    static const char *const joiners[] = {"and", "or", "of", "with", "for", "to", "the",
                                          "a", "an", "in", "on", "by", "at", "from", "despite"};
    for (size_t k = 0; k < sizeof joiners / sizeof *joiners; k++)
        if (strcmp(w, joiners[k]) == 0)
            return 1;
    return 0;
}

/* 1 for an item's number as forms print it before a label: "1.", "12.",
 * "3)", "(4)" (OCR reads a full stop as a comma: "23,"). */
static int item_number(const char *raw)
{
    const char *p = raw + (*raw == '(');
    int digits = 0;
    while (isdigit((unsigned char)*p)) {
        p++;
        digits++;
    }
    return digits >= 1 && digits <= 2 && p[0] && strchr(".,)", p[0]) && !p[1];
}

/* 1 when token i starts a cell: the start of a row, after a '|' or a wide
 * gap (a new column), or after an item's number that does ("2. DOB");
 * *prev receives the token before it (-1: none). */
static int starts_cell(const layout *l, const row *r, int i, int *prev)
{
    const tok *t = l->toks + r->first;
    int p = i - 1;
    while (p >= 0 && !t[p].norm[0] && !strchr(t[p].raw, '|') && strcmp(t[p].raw, "/") != 0)
        p--;
    *prev = p;
    if (p < 0 || strchr(t[p].raw, '|') || t[i].x0 - t[p].x1 > l->height * 1.5)
        return 1;
    /* a section bar or a box's edge OCR read as a letter before the
     * row's first caption ("l DIAGNOSES FOR CONSULT") */
    if (p == 0 && i == 1 && strlen(t[0].raw) == 1 && strchr("lIJj[]!", t[0].raw[0]) &&
        isupper((unsigned char)t[i].raw[0]))
        return 1;
    int before;
    return p == i - 1 && item_number(t[p].raw) && starts_cell(l, r, p, &before);
}

/* A label that its cell wraps onto two lines, the value beside it ("Reason
 * for" over "consult", "Symmetric small joint ..." to their right): the
 * first words of ph from token i to the end of row r's cell, the rest at
 * the start of the next row, under the label.  Returns the index after the
 * label's words on row r, or -1; *rest_end receives the index after its
 * rest on row r + 1. */
static int match_wrapped(const layout *l, int r, int i, const fi_phrase *ph, int *rest_end)
{
    const row *rw = &l->rows[r];
    const tok *t = l->toks + rw->first;
    if (ph->ntok < 2 || r + 1 >= l->nrows || !t[i].norm[0] || !tok_eq(&t[i], ph, 0))
        return -1;
    const row *next = &l->rows[r + 1];
    const tok *under = l->toks + next->first;
    if (abs(under->x0 - t[i].x0) > l->height * 2 || next->y0 - rw->y1 > l->height)
        return -1;
    /* the line breaks after a word that cannot end a label ("Reason for",
     * "Date of"): "Patient" over "DOB" are two labels */
    for (int k = 1; k < ph->ntok; k++) {
        if (!joining_word(ph->tok[k - 1]))
            continue;
        fi_phrase head = *ph;
        head.ntok = k;
        head.colon = 0;
        int e = match_from(l, rw, i, &head, 0), prev;
        if (e < 0)
            return -1;
        if (e >= rw->n || !starts_cell(l, rw, e, &prev))
            continue;
        /* the rest, words and not an item's number ("Diagnoses" over "1.
         * L60.0"), stands alone in its cell, the value's words beside it */
        int re = match_from(l, next, 0, ph, k), words = re > 0;
        for (int j = 0; words && j < re; j++)
            words = !under[j].norm[0] || (strlen(under[j].norm) >= 3 &&
                                          strspn(under[j].norm, "abcdefghijklmnopqrstuvwxyz") ==
                                              strlen(under[j].norm));
        if (words && (re == next->n || starts_cell(l, next, re, &prev))) {
            *rest_end = re;
            return e;
        }
    }
    return -1;
}

/* A label starts a field only where a label can stand: at the start of a
 * cell, when it ends with a colon, or as the second of two wordings a
 * slash offers at the start of a cell ("Account / MR number", "Question /
 * reason").  This keeps "insurance" in "Her insurance is Humana" from
 * being taken for a label. */
static int label_position_ok(const layout *l, const row *r, int i, int end)
{
    const tok *t = l->toks + r->first;
    int prev;
    if (starts_cell(l, r, i, &prev))
        return 1;
    /* amid a cell, a label's words run across no gap: "Aetna Better Health
     * | Plan: Open Access" holds the label "Plan:", not "Health Plan:" */
    for (int k = i + 1; k < end; k++)
        if (t[k].x0 - t[k - 1].x1 > l->height * 1.5)
            return 0;
    if (ends_with_colon(t[end - 1].raw) || (end < r->n && t[end].raw[0] == ':'))
        return 1;
    if (strcmp(t[prev].raw, "/") != 0)
        return 0;
    /* the first wording: one to three words from the start of the cell */
    for (int j = prev - 1, words = 0; j >= 0 && words < 3; j--) {
        if (!t[j].norm[0])
            return 0;
        words++;
        int before;
        if (starts_cell(l, r, j, &before))
            return 1;
    }
    return 0;
}

/* 1 when token i of the row is ten digits, as an NPI is printed ("(NPI
 * 1245319599)").  "NPI" amid a row ("Daniel Ferreira, MD NPI 1779377476")
 * is a label only so: then the check digit guards against a mistake. */
static int npi_follows(const layout *l, const row *r, int i)
{
    if (i >= r->n)
        return 0;
    const char *w = l->toks[r->first + i].raw;
    int digits = 0;
    for (; *w; w++) {
        if (isdigit((unsigned char)*w))
            digits++;
        else if (!strchr(":#()[].,;", *w))
            return 0;
    }
    return digits == 10;
}

/* 1 when token i of the row is a date in digits ("10/06/2026",
 * "21-Oct-2026"): "Order Date" amid a row ("Order # 0183377 Order Date
 * 10/06/2026") is a label only so, and only a wording of two words or
 * more ("Run date 11/24/2026" is no referral's date); so is "DOB" ("RE:
 * Thaddeus M. Kowalczyk DOB 03-Nov-1954"). */
static int date_follows(const layout *l, const row *r, int i)
{
    if (i >= r->n)
        return 0;
    const char *w = l->toks[r->first + i].raw;
    int digits = 0, seps = 0;
    for (; *w; w++) {
        digits += isdigit((unsigned char)*w) != 0;
        seps += *w == '/' || *w == '-';
    }
    return digits >= 4 && seps == 2;
}

/* 1 when token i of the row starts a phone number, its groups joined by
 * phone punctuation ("507-529-3300", "(616) 392-4480"): "Office Phone"
 * amid a row ("Physician Office Phone 507-529-3300") is a label only so,
 * and only a wording of two words or more ("Dr. Lee Phone ..." might be
 * anyone's) that punctuation does not break ("Referral Office, fax ...",
 * "Office - fax", "Glenwood office (fax ...)" are someone else's number). */
static int phone_follows(const layout *l, const row *r, int label, int i)
{
    if (i - label < 2)
        return 0;
    for (int k = label; k < i; k++) {
        const char *w = l->toks[r->first + k].raw;
        size_t n = strlen(w);
        if ((k > label && strchr("([{", w[0])) || (k + 1 < i && n && strchr(",;)]}", w[n - 1])) ||
            !l->toks[r->first + k].norm[0])
            return 0;
    }
    int digits = 0;
    for (int k = i; k < r->n && k < i + 4 && digits < 10; k++) {
        const char *w = l->toks[r->first + k].raw;
        if (k == i && !isdigit((unsigned char)w[0]) && !strchr("({[", w[0]))
            return 0;
        for (; *w; w++) {
            if (isdigit((unsigned char)*w))
                digits++;
            else if (!strchr("(){}[]-./", *w))
                return 0;
        }
    }
    return digits == 10;
}

/* 1 when the one-word label at token i, with no colon, runs into prose:
 * a lower-case word follows it ("First unprovoked seizure ...", "Last
 * visit ..."), as no caption of a name's part does ("First  JANE"). */
static int word_in_prose(const layout *l, const row *r, int i)
{
    const tok *t = l->toks + r->first;
    return i + 1 < r->n && !ends_with_colon(t[i].raw) && islower((unsigned char)t[i + 1].raw[0]) &&
           strlen(t[i + 1].norm) >= 3;
}

/* 1 when token i of the row is a sex written out or as its letter, and
 * ends the row or stands before a capitalized word or a number: "Sex"
 * amid a row ("DOB 12/19/1955 Sex M ID ...") is a label only so. */
static int sex_follows(const layout *l, const row *r, int i)
{
    if (i >= r->n)
        return 0;
    static const char *const words[] = {"M", "F", "Male", "Female", "MALE", "FEMALE", NULL};
    int known = 0;
    for (int k = 0; words[k] && !known; k++)
        known = strcmp(l->toks[r->first + i].raw, words[k]) == 0;
    if (!known)
        return 0;
    if (i + 1 >= r->n)
        return 1;
    unsigned char next = (unsigned char)l->toks[r->first + i + 1].raw[0];
    return isupper(next) || isdigit(next);
}

/* --------------------------------------------------------------- candidates */

static int cands_add(cands *c, const cand *x)
{
    if (c->n == c->cap) {
        int cap = c->cap ? c->cap * 2 : 64;
        cand *grown = realloc(c->v, (size_t)cap * sizeof *grown);
        if (!grown)
            return -1;
        c->v = grown;
        c->cap = cap;
    }
    c->v[c->n++] = *x;
    return 0;
}

typedef struct ctx {
    const fi_rules *rules;
    const fi_doc *doc;
    fi_reread_fn reread;
    void *reread_ctx;
    char today[16];
    cands out;
} ctx;

/* 1 when a rule with these role bits reads pages of this role (-1: other). */
static int role_allowed(unsigned roles, int role)
{
    return role < 0 ? (roles & (1u << 31)) != 0 : (roles & (1u << role)) != 0;
}

/* A span of tokens that holds a value. */
typedef struct span {
    int page;
    const layout *l;
    int idx[64];            /* token indices in l->toks */
    int n;
    int marked;             /* an option a marked box picked out */
} span;

static void span_text(const span *s, char *out, size_t outsz)
{
    size_t n = 0;
    out[0] = '\0';
    for (int i = 0; i < s->n && n + 1 < outsz; i++) {
        const char *raw = s->l->toks[s->idx[i]].raw;
        int written = snprintf(out + n, outsz - n, "%s%s", n ? " " : "", raw);
        if (written < 0)
            break;
        n += (size_t)written;
        if (n >= outsz)
            n = outsz - 1;
    }
}

static void span_box(const span *s, int *x0, int *y0, int *x1, int *y1, float *conf)
{
    *x0 = *y0 = 1 << 30;
    *x1 = *y1 = 0;
    double sum = 0;
    for (int i = 0; i < s->n; i++) {
        const tok *t = &s->l->toks[s->idx[i]];
        *x0 = t->x0 < *x0 ? t->x0 : *x0;
        *y0 = t->y0 < *y0 ? t->y0 : *y0;
        *x1 = t->x1 > *x1 ? t->x1 : *x1;
        *y1 = t->y1 > *y1 ? t->y1 : *y1;
        sum += t->conf;
    }
    *conf = s->n ? (float)(sum / s->n) : 0.0f;
}

/* 1 for a detected box's word, "[X]" or "[ ]" (add_tokens makes the
 * boxes OCR read into words so too). */
static int is_box(const char *raw)
{
    return strcmp(raw, "[X]") == 0 || strcmp(raw, "[ ]") == 0;
}

static int is_filler(const tok *t)
{
    /* underscores of a blank line, leader dots, table bars, stray marks */
    return t->norm[0] == '\0' && !is_box(t->raw);
}

/* The end of a second wording of a label after a slash, in the other
 * language of a bilingual form ("Last name / Apellido", "Date of birth /
 * Fecha de nacimiento:") or naming what else the cell holds ("Name /
 * credentials"): up to three words of letters, the first in lower or
 * title case, the others in lower case, through one that ends in a colon.
 * Returns the index after them, or j when t[j] opens no such wording.  (A
 * value in capitals, "/ GARCIA", is no wording; nor is the name after the
 * wording, "/ credentials Esperanza Villalobos".) */
static int slash_wording(const tok *t, int j, int n)
{
    if (strcmp(t[j].raw, "/") != 0)
        return j;
    int k = j + 1;
    for (; k < n && k <= j + 3 && !t[k].label_start; k++) {
        const char *w = t[k].raw;
        size_t len = strlen(w), upper = 0;
        int colon = len > 1 && w[len - 1] == ':';
        for (size_t q = 0; q < len - (size_t)colon; q++) {
            unsigned char ch = (unsigned char)w[q];
            if (!isalpha(ch) && ch < 0x80)
                return k == j + 1 ? j : k;
            upper += isupper(ch) != 0;
        }
        if (upper > (k == j + 1 && isupper((unsigned char)w[0])) || upper == len - (size_t)colon)
            return k == j + 1 ? j : k;
        if (colon)
            return k + 1;
    }
    return k > j + 1 ? k : j;
}

/* Collects the tokens after position i on row r: the value of a label that
 * ends at i.  Stops at the next label, a wide gap, or the end of the row.
 * beside: the row is the label's own, where a short word before a wide
 * gap is what is left of the label (below a label, it is the value: "F"
 * under "SEX", the next column's value after the gap). */
static void take_right(const layout *l, const row *r, int i, int max_gap, int inner_gap,
                       int beside, span *s)
{
    const tok *t = l->toks + r->first;
    int last_x1 = i > 0 ? t[i - 1].x1 : 0;
    int started = 0, first = s->n;
    for (int j = i; j < r->n && s->n < 64; j++) {
        if (t[j].label_start && (started || !t[j].prose))
            break;
        /* the rest of a label its cell wrapped ("Reason for" / "consult") */
        if (t[j].in_label && !started) {
            last_x1 = t[j].x1;
            continue;
        }
        int past = started ? j : slash_wording(t, j, r->n);
        if (past > j) {
            last_x1 = t[past - 1].x1;
            j = past - 1;
            continue;
        }
        int gap = t[j].x0 - last_x1;
        if (started && gap > inner_gap) {
            /* "Reason for | <value>": the rest of a label whose last words
             * OCR garbled, before the cell that holds the value */
            int stray = beside && s->n - first <= 2;
            for (int k = first; stray && k < s->n; k++) {
                /* short, or "Name" as OCR garbled it ("First Meme
                 * Kimberly") */
                const tok *w = &l->toks[s->idx[k]];
                stray = strlen(w->norm) <= 3 ||
                        (w->conf < 0.9f && fi_edit_distance(w->norm, "name", 2) <= 2);
            }
            if (!stray)
                break;
            s->n = first;
        }
        if (!started && gap > max_gap)
            break;
        last_x1 = t[j].x1;
        if (is_filler(&t[j]) && !started)
            continue;
        started = 1;
        s->idx[s->n++] = r->first + j;
    }
    /* trailing filler is not part of the value */
    while (s->n > first && is_filler(&l->toks[s->idx[s->n - 1]]))
        s->n--;
}

/* A caption printed under its value's line ("Yolanda R. Birchfield" over
 * "Client name"): the row just above the label's row r, when it is nearer
 * than the row below (a form sets a caption close to its own line) and a
 * word of it starts where the label starts.  Returns that row, or -1;
 * *first is the word, *limit where the label's cell ends (the next label
 * on the row). */
static int row_above(const layout *l, int r, int start, int end, int *first, int *limit)
{
    if (r == 0)
        return -1;
    const row *cur = &l->rows[r], *a = &l->rows[r - 1];
    int above = cur->y0 - a->y1, next = r + 1;
    /* a caption's own note under it ("(MM/DD/YYYY)") is not the next line */
    while (next < l->nrows && l->toks[l->rows[next].first].raw[0] == '(' &&
           l->rows[next].n <= 2)
        next++;
    int below = next < l->nrows ? l->rows[next].y0 - cur->y1 : INT_MAX;
    if (above > l->height * 1.5 || (long)above * 5 > (long)below * 4)
        return -1;
    const tok *lt = l->toks + cur->first;
    *limit = l->width;
    for (int j = end; j < cur->n; j++)
        if (lt[j].label_start) {
            *limit = lt[j].x0;
            break;
        }
    const tok *t = l->toks + a->first;
    for (int j = 0; j < a->n; j++) {
        if (t[j].x1 < lt[start].x0 - l->height / 2)
            continue;
        if (t[j].x0 > lt[start].x0 + 2 * l->height || t[j].x0 >= *limit || t[j].label_start)
            return -1;
        *first = j;
        return r - 1;
    }
    return -1;
}

/* The row under row r whose words start near x (a label above its value
 * line), or -1. */
static int row_below(const layout *l, int r, int x0, int x1, int *first)
{
    const row *cur = &l->rows[r];
    for (int k = r + 1; k < l->nrows; k++) {
        const row *b = &l->rows[k];
        if (b->y0 - cur->y1 > l->height * 2.5)
            return -1;
        const tok *t = l->toks + b->first;
        for (int j = 0; j < b->n; j++) {
            if (t[j].x1 < x0 - l->height || is_filler(&t[j]))
                continue;
            if (t[j].x0 > x1 + l->width / 4)
                break;
            /* in a table whose cells OCR ran together, the word that
             * starts where the caption starts ("HMO XJH884210337" under
             * "PLAN  MEMBER ID") */
            int before, ran_together = !starts_cell(l, b, j, &before) &&
                                       abs(t[j].x0 - x0) > l->height;
            for (int a = j + 1; ran_together && a < b->n && t[a].x0 <= x1; a++)
                if (abs(t[a].x0 - x0) <= l->height / 2) {
                    j = a;
                    break;
                }
            *first = j;
            return k;
        }
    }
    return -1;
}

/* Where the value under a label (first word lt, last le) starts on row
 * b, from the word j that row_below found there: a value starts its cell.
 * The cell may begin a little left of the label ("Dr. Alejandro R.
 * Benavides" under "REFERRING PROVIDER"); a cell a label begins is no
 * value ("Address 14420 SW 88th St, Apt 3B" under "Acct #"); past the
 * previous column's words ("(505) 836-4419 | Presbyterian" under
 * "Insurance", "(919) 847-1200 / (919) 847-1255" under "FAX").  Returns
 * the word, or -1. */
static int cell_below(const layout *l, const row *b, int j, const tok *lt, const tok *le)
{
    const tok *t = l->toks + b->first;
    int c = j, before;
    /* a word that starts where the caption starts begins the column's cell */
    if (abs(t[j].x0 - lt->x0) <= l->height / 2 && !t[j].label_start)
        return j;
    while (c > 0 && !starts_cell(l, b, c, &before))
        c--;
    if (c == j || (t[c].x0 >= lt->x0 - l->width / 8 && !t[c].label_start))
        return c;
    for (int k = j + 1; k < b->n && t[k].x0 <= le->x1 + l->width / 4; k++)
        if (!is_filler(&t[k]) && (starts_cell(l, b, k, &before) ||
                                  (before >= 0 && strcmp(t[before].raw, "/") == 0)))
            return k;
    return -1;
}

/* 1 when a row starts a new sentence of a letter ("His past medical
 * history...", "Please see him..."), which a value does not run into even
 * when OCR lost the full stop before it. */
static int opens_sentence(const tok *t)
{
    static const char *const openers[] = {"His", "Her", "Their", "She", "He", "They",
                                          "Please", "Thank", "Kindly", "Current", "Past"};
    for (size_t k = 0; k < sizeof openers / sizeof *openers; k++)
        if (strcmp(t->raw, openers[k]) == 0)
            return 1;
    return 0;
}

/* 1 when a row begins with a label the rules do not know: a capitalized
 * phrase of up to five words that ends in a colon ("Special
 * Instructions:", "Freq:", "Dx /ICD-10:").  A value's own words run on
 * without one. */
static int opens_unknown_label(const layout *l, const row *r)
{
    const tok *t = l->toks + r->first;
    if (!isupper((unsigned char)t[0].raw[0]))
        return 0;
    for (int j = 0; j < r->n && j < 5; j++) {
        const char *w = t[j].raw;
        size_t len = strlen(w);
        int letters = 0;
        for (const char *c = w; *c; c++)
            letters += isalpha((unsigned char)*c) != 0;
        if (!letters && strcmp(w, "/") != 0 && strcmp(w, "&") != 0)
            return 0;
        if (len > 1 && w[len - 1] == ':')
            return 1;
        if (strchr(".,;", w[len - 1]))
            return 0;
    }
    return 0;
}

/* 1 when a row is a heading in capitals ("PERTINENT HISTORY") under a
 * value that is not itself in capitals. */
static int caps_heading_after(const layout *l, const row *r, const span *s)
{
    int letters = 0;
    for (int j = 0; j < r->n; j++)
        for (const char *c = l->toks[r->first + j].raw; *c; c++) {
            if (islower((unsigned char)*c))
                return 0;
            letters += isalpha((unsigned char)*c) != 0;
        }
    if (r->n > 5 || letters < 8)
        return 0;
    for (int i = 0; i < s->n; i++)
        for (const char *c = l->toks[s->idx[i]].raw; *c; c++)
            if (islower((unsigned char)*c))
                return 1;
    return 0;
}

/* 1 when row r is a sentence of four words or more that ends in a full
 * stop. */
static int ends_sentence(const layout *l, const row *r)
{
    if (r->n < 4)
        return 0;
    const char *w = l->toks[r->first + r->n - 1].raw;
    size_t wl = strlen(w);
    return wl > 3 && w[wl - 1] == '.';
}

/* 1 when a value's last word cannot end it: a comma after it, or a word
 * that joins: then the next row goes on even if its first word is also a
 * label's ("home"). */
static int runs_on(const tok *t)
{
    size_t len = strlen(t->raw);
    return (len && t->raw[len - 1] == ',') || joining_word(t->raw);
}

/* 1 when row r starts the next numbered item of a form ("23. Conservative
 * treatment ..." after item 22's text), not a list the value itself
 * numbers ("1. E11.621 ...", "2. L97.512 ..."). */
static int next_item(const layout *l, const row *r, const span *s)
{
    const tok *t = l->toks + r->first;
    if (r->n < 2 || !item_number(t[0].raw) || item_number(l->toks[s->idx[0]].raw) ||
        !isupper((unsigned char)t[1].raw[0]))
        return 0;
    for (const char *c = t[1].raw; *c; c++)
        if (isdigit((unsigned char)*c))
            return 0;
    return 1;
}

/* A value may go on over the rows after row r (a reason, a list of
 * diagnoses): rows that follow closely, start no label, and begin at the
 * value's left edge or the paragraph's margin.  A sentence that ends
 * ends the value, and so does a heading or a label the rules lack. */
static void continue_rows(const layout *l, int r, int margin, int max_lines, int inner_gap,
                          fi_value_kind kind, span *s)
{
    int indented = 0, right = 0;
    for (int k = r + 1, lines = 1; s->n && lines < max_lines && k < l->nrows; k++, lines++) {
        const tok *lastt = &l->toks[s->idx[s->n - 1]];
        size_t len = strlen(lastt->raw);
        if (len && lastt->raw[len - 1] == '.')
            break;
        const row *next = &l->rows[k];
        const tok *first = &l->toks[next->first];
        /* prose wraps a line only when the next word would not fit on it:
         * a line of the value that ends short of the ones above, with room
         * for the next row's first word, ended its paragraph ("... and
         * anticoagulation" over "Holter not yet done ..."); a list's
         * items are no prose */
        if (kind == FI_VK_TEXT && right && lastt->x1 + l->height + (first->x1 - first->x0) < right)
            break;
        right = right > lastt->x1 ? right : lastt->x1;
        const tok *value_first = &l->toks[s->idx[0]];
        int left = value_first->x0 < margin ? value_first->x0 : margin;
        int goes_on = first->label_start && runs_on(lastt) && islower((unsigned char)first->raw[0]);
        if ((first->label_start && !goes_on) || next->y0 - l->rows[k - 1].y1 > l->height * 1.2 ||
            first->x0 < left - l->height * 2 ||
            (opens_sentence(first) && strcmp(first->raw, "Please") != 0) ||
            opens_unknown_label(l, next) || caps_heading_after(l, next, s) ||
            next_item(l, next, s))
            break;
        /* a value that went on in its own column, right of its label, ends
         * where a row starts back in the labels' column ("History ..."
         * under "Reason  9 mm nodule ... / please evaluate") */
        int in_column = abs(first->x0 - value_first->x0) <= l->height * 2;
        if (indented && first->x0 < value_first->x0 - l->height * 2)
            break;
        indented |= in_column && value_first->x0 > margin + l->height * 2;
        /* a label's word that the value runs on into is the value's */
        if (goes_on && s->n < 64)
            s->idx[s->n++] = next->first;
        take_right(l, next, goes_on, l->width, inner_gap, 1, s);
    }
}

/* ---------------------------------------------------------- normalization */

static const char DIGIT_WHITELIST[] = "0123456789()-./ ";

/* Where letters and digits take turns in an ID ("A02Z09895": 3). */
static int id_turns(const char *id)
{
    int turns = 0;
    for (const char *c = id; c[0] && c[1]; c++)
        turns += isalnum((unsigned char)c[1]) &&
                 isalpha((unsigned char)c[0]) != isalpha((unsigned char)c[1]);
    return turns;
}

/* 1 when w, a fairly legible reading of ID field f on another page, a
 * slip or two from the referral's b, has its letters and digits in fewer
 * runs ("A0209895" against "A02Z09895"): a letter amid digits is far
 * likelier a slip than an ID's form. */
static int cleaner_id(int f, const cand *b, const cand *w)
{
    return FI_FIELDS[f].kind == FI_KIND_ID && w->conf >= 0.5f &&
           id_turns(w->value) < id_turns(b->value) && fi_name_distance(b->value, w->value) <= 2;
}

/* Items of a list value as normalized ("E11.9,I10": 2). */
static int list_items(const char *v)
{
    int n = *v != '\0';
    for (; *v; v++)
        n += *v == ',';
    return n;
}

static int kind_wants_digits(fi_value_kind k)
{
    return k == FI_VK_PHONE || k == FI_VK_NPI || k == FI_VK_DATE || k == FI_VK_DOB;
}

/* Normalizes text as kind into out (normalize.c); returns 1 valid, 0 invalid. */
static int normalize(const ctx *c, fi_value_kind kind, const char *text, char *out, size_t outsz,
                     char *out2, size_t out2sz, int *unsure)
{
    fi_norm_env env = {c->rules, c->doc, c->today};
    return fi_normalize(&env, kind, text, out, outsz, out2, out2sz, unsure);
}

static int corroboration(const fi_doc *doc, int f, const cand *b);

/* 1 when the name a and b (b may be "") is printed again outside the box
 * x0,y0-x1,y1 of the page, read the same way (see corroboration). */
static int printed_elsewhere(const fi_doc *doc, int field, const char *a, const char *b, int page,
                             int x0, int y0, int x1, int y1)
{
    cand t = {.page = page, .x0 = x0, .y0 = y0, .x1 = x1, .y1 = y1};
    size_t la = strlen(a), lb = strlen(b);
    if (la + lb + 2 > sizeof t.value)
        return 0;
    memcpy(t.value, a, la);
    t.value[la] = ' ';
    memcpy(t.value + la + (lb > 0), b, lb + 1);
    return corroboration(doc, field, &t) == 1;
}

/* 1 when text reads as a clinician: a title first ("Dr. Marcus
 * Lindgren") or a credential after the name ("Dale Huckaby, PA-C"), not
 * a place or a part of the service ("Duluth Bone & Joint", "HAND & UPPER
 * EXTREMITY"). */
static int names_clinician(const char *text)
{
    while (*text == ' ')
        text++;
    if (fi_name_is_title(text, strcspn(text, " ")))
        return 1;
    for (const char *w = text; *w;) {
        w += strspn(w, " ,;");
        size_t len = strcspn(w, " ,;");
        if (len && fi_name_is_credential(w, len))
            return 1;
        w += len;
    }
    return 0;
}

/* 1 for a word that is a dash alone: "-", an en or an em dash. */
static int is_dash(const char *w, size_t len)
{
    return (len == 1 && *w == '-') || (len == 3 && (strncmp(w, "\u2014", 3) == 0 ||
                                                    strncmp(w, "\u2013", 3) == 0));
}

/* Writes a name with its order made explicit for the normalizer: a period
 * OCR'd in place of the comma ("WILLIAMS. ANTHONY", "Tanaka. Imani")
 * becomes a comma, and a label that says the order ("Name (Last, First)")
 * adds the comma the OCR lost.  For a provider, of a service and a person
 * a dash parts, the person is kept.  Returns 1 when out holds a changed
 * text. */
static int name_order(const char *text, int last_first, int provider, char *out, size_t outsz)
{
    /* stray marks and digits around a name ("Hernandez, Kwame 1") go */
    char clean[512];
    size_t n = 0;
    int dropped = 0, kept = 0;
    for (const char *w = text; *w;) {
        while (*w == ' ')
            w++;
        const char *e = w;
        int letters = 0, digits = 0;
        for (; *e && *e != ' '; e++) {
            letters += isalpha((unsigned char)*e) ? 1 : 0;
            digits += isdigit((unsigned char)*e) ? 1 : 0;
        }
        if (e == w)
            break;
        /* a service and a person a dash parts ("Orthopedics - Dr. Marcus
         * Lindgren", "DR. VIKTOR NOWAK \u2014 UROLOGY. PROMEDICA"): the
         * person's part */
        if (provider && is_dash(w, (size_t)(e - w))) {
            char spec[40], after[64];
            clean[n] = '\0';
            snprintf(after, sizeof after, "%.*s", (int)strcspn(e, ".,;"), e);
            if (kept && fi_norm_specialty(clean, spec, sizeof spec) && names_clinician(e)) {
                n = 0;
                kept = 0;
                dropped = 1;
                w = e;
                continue;
            }
            if (kept >= 2 && fi_norm_specialty(after, spec, sizeof spec)) {
                dropped = 1;
                break;
            }
        }
        /* a street address under the caption ("8820 W 95TH ST APT 12")
         * is no name: a name is not led by a house number or a numbered
         * street's ("95TH"; "4ASSAN" is OCR's "HASSAN") */
        int ordinal = digits && letters == 2 && isdigit((unsigned char)*w) &&
                      (strncasecmp(e - 2, "st", 2) == 0 || strncasecmp(e - 2, "nd", 2) == 0 ||
                       strncasecmp(e - 2, "rd", 2) == 0 || strncasecmp(e - 2, "th", 2) == 0);
        /* nor by the number of the next caption on the form ("18.
         * Servicing NPI") */
        int item = !letters && digits >= 1 && digits <= 2 && e - w == digits + 1 &&
                   strchr(".)", e[-1]);
        if ((kept <= 1 && ((digits >= 3 && !letters) || ordinal)) || (!kept && !dropped && item)) {
            if (outsz)
                out[0] = '\0';
            return 1;
        }
        /* a date or a phone after the name is the next cell's value
         * ("FAROUK, AHMED  09/15/1957  M  602-914-3307  Banner ..."):
         * the name ends before it */
        if (digits >= 3 && kept >= 2) {
            dropped = 1;
            break;
        }
        const char *b = w, *z = e;
        while (b < z && *b == '_')
            b++;
        while (z > b && z[-1] == '_')
            z--;
        if (z < e)
            dropped = 1;
        if (letters && !digits && n + (size_t)(z - b) + 2 < sizeof clean) {
            if (n)
                clean[n++] = ' ';
            memcpy(clean + n, b, (size_t)(z - b));
            n += (size_t)(z - b);
            kept++;
        } else {
            dropped = 1;
        }
        w = e;
    }
    clean[n] = '\0';
    text = clean;
    if (strchr(text, ',')) {
        if (dropped)
            snprintf(out, outsz, "%s", clean);
        return dropped;
    }
    const char *sp = strchr(text, ' ');
    if (!sp || sp == text) {
        if (dropped)
            snprintf(out, outsz, "%s", clean);
        return dropped;
    }
    size_t first = (size_t)(sp - text);
    /* a word of three letters or more before the period, and not a
     * title ("Mrs. Jane Okafor") */
    int caps_period = first >= 4 && text[first - 1] == '.' && isupper((unsigned char)text[0]);
    for (size_t k = 0; caps_period && k + 1 < first; k++)
        caps_period = isalpha((unsigned char)text[k]) || text[k] == '\'' || text[k] == '-';
    caps_period = caps_period && !fi_name_is_title(text, first);
    if (!caps_period && !last_first) {
        if (dropped)
            snprintf(out, outsz, "%s", clean);
        return dropped;
    }
    size_t keep = caps_period ? first - 1 : first;
    snprintf(out, outsz, "%.*s,%s", (int)keep, text, sp);
    return 1;
}

/* Applies the rule's pattern to text (keeps group 1, or the whole match);
 * returns 0 when the pattern does not match. */
static int apply_pattern(const pcre2_code *re, const char *text, char *out, size_t outsz)
{
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    int rc = md ? pcre2_match(re, (PCRE2_SPTR)text, PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) : -1;
    int ok = 0;
    if (rc > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        int g = rc > 1 ? 1 : 0;
        if (ov[2 * g] != PCRE2_UNSET) {
            snprintf(out, outsz, "%.*s", (int)(ov[2 * g + 1] - ov[2 * g]), text + ov[2 * g]);
            ok = 1;
        }
    }
    pcre2_match_data_free(md);
    return ok;
}

/* A value that lists options in boxes with one of them marked ("[X]
 * Pacific Meridian Health Plan [ ] Harborview Care HMO [ ] Other") under
 * a label no rule reads as checkboxes: the marked option is the value.
 * Returns 1 with that option in *out. */
static int marked_option(const span *s, span *out)
{
    int boxes = 0, marked = -1;
    for (int i = 0; i < s->n; i++) {
        const char *raw = s->l->toks[s->idx[i]].raw;
        if (is_box(raw)) {
            boxes++;
            if (raw[1] == 'X')
                marked = marked == -1 ? i : -2;
        }
    }
    /* the value is the list itself, from its first box; options after a
     * value ("D72.829 D64.9 ... [ ] routine [X] STAT") are another field's */
    const char *lead = s->n ? s->l->toks[s->idx[0]].raw : "";
    if (boxes < 2 || marked < 0 || !is_box(lead))
        return 0;
    *out = (span){.l = s->l, .page = s->page, .marked = 1};
    for (int i = marked + 1; i < s->n; i++) {
        const char *raw = s->l->toks[s->idx[i]].raw;
        if (is_box(raw))
            break;
        out->idx[out->n++] = s->idx[i];
    }
    return out->n > 0;
}

/* Turns a captured span into candidates for the rule's fields. */
static int emit(ctx *c, const fi_field_rule *f, const span *s, double where_factor)
{
    if (s->n == 0)
        return 0;
    span option;
    if (marked_option(s, &option))
        s = &option;
    char text[512], picked[512], v1[256], v2[256];
    span_text(s, text, sizeof text);
    const char *use = text;
    if (f->pattern) {
        if (!apply_pattern(f->pattern, text, picked, sizeof picked))
            return 0;
        use = picked;
    }
    int x0, y0, x1, y1;
    float conf;
    span_box(s, &x0, &y0, &x1, &y1, &conf);
    /* an option picked by its marked box: the box was seen in the pixels,
     * and the option only had to be recognized among a few (a lone "M"
     * or "F" is a letter OCR is always unsure of) */
    if (s->marked && conf < 0.9f)
        conf = 0.9f;
    char fixed[512];
    int named = f->kind == FI_VK_PERSON || f->kind == FI_VK_PROVIDER;
    if (named && name_order(use, f->last_first, f->kind == FI_VK_PROVIDER, fixed, sizeof fixed))
        use = fixed;
    int unsure = 0;
    int ok = normalize(c, f->kind, use, v1, sizeof v1, v2, sizeof v2, &unsure);
    int repaired = 0, ordered = strchr(use, ',') != NULL;
    /* A value that fails its validator, or that OCR was unsure of, is read
     * again from the image (the region alone as one line, scaled up,
     * thickened); a reading that validates is kept if it is surer.  Only
     * for values on one row: a paragraph is not one line. */
    int one_row = y1 - y0 <= s->l->height * 2;
    int wants = !ok || (conf < 0.75f && f->kind != FI_VK_TEXT) || conf < 0.6f;
    /* An ID or a phone has no check to tell a good reading from a bad one:
     * every second reading is made, and one that gives the first reading
     * again confirms it (see below).  (Dates too would spare a person some
     * checks, but let more slips through unflagged: bench/extract_accuracy.sh
     * gave 91.9% of errors flagged at a 12.3% load with them, 93.5% at
     * 13.5% without.) */
    int vote = (f->kind == FI_VK_ID || f->kind == FI_VK_PHONE) && ok;
    char first[256];
    float first_conf = conf;
    int first_unsure = unsure, confirmed = 0;
    memcpy(first, v1, sizeof first);
    if (wants && one_row && c->reread) {
        const char *white = f->kind == FI_VK_NPI ? "0123456789"
                            : kind_wants_digits(f->kind) ? DIGIT_WHITELIST : NULL;
        for (int mode = 0; mode < 3 && (!ok || !repaired || (vote && !confirmed)); mode++) {
            float rconf = 0;
            char *again = c->reread(c->reread_ctx, (size_t)s->page, x0, y0, x1, y1, mode, white,
                                    &rconf);
            char r1[256], r2[256], fixed2[512];
            int runsure = 0;
            const char *txt = again;
            if (again && named &&
                name_order(again, f->last_first, f->kind == FI_VK_PROVIDER, fixed2, sizeof fixed2))
                txt = fixed2;
            int rok = txt && normalize(c, f->kind, txt, r1, sizeof r1, r2, sizeof r2, &runsure);
            if (rok && vote && strcmp(r1, first) == 0) {
                confirmed = 1;
                first_conf = rconf > first_conf ? rconf : first_conf;
            }
            /* a name the document prints again elsewhere as first read
             * ("TANAKA, IMANI" on a note) is not given up for a second
             * reading printed nowhere else ("lanaka. Iman") */
            if (rok && ok && (f->kind == FI_VK_PERSON || f->kind == FI_VK_PROVIDER) &&
                printed_elsewhere(c->doc, f->targets[0], v1, v2, s->page, x0, y0, x1, y1) &&
                !printed_elsewhere(c->doc, f->targets[0], r1, r2, s->page, x0, y0, x1, y1))
                rok = 0;
            /* a list read again with fewer codes lost some: the line's
             * end, cut off or read as noise, is no surer for it */
            if (rok && ok && f->kind == FI_VK_ICD_LIST && list_items(r1) < list_items(v1))
                rok = 0;
            if (rok && (!ok || rconf > conf + 0.05f)) {
                memcpy(v1, r1, sizeof v1);
                memcpy(v2, r2, sizeof v2);
                unsure = runsure;
                conf = ok ? rconf : (rconf < conf ? rconf : conf);
                ok = repaired = 1;
                ordered = strchr(txt, ',') != NULL;
            }
            free(again);
        }
    }
    /* a first reading that a second gives again stands against a
     * surer-looking third ("W350953836" twice against "W350954836"); two
     * second readings that agree against the first are no better than
     * one (the first, read with its neighbours, was right as often) */
    if (confirmed) {
        memcpy(v1, first, sizeof v1);
        conf = first_conf;
        unsure = first_unsure;
        repaired = 0;
    }
    /* a rule for an ambiguous label takes only what the lists vouch for;
     * a name OCR could not read at all ("mnver byy" under "Refer to:",
     * read off a row of checkboxes) is no name */
    if (!ok || (f->known_only && unsure && !(f->kind == FI_VK_PAYER && fi_payer_worded(v1))) ||
        ((f->kind == FI_VK_PERSON || f->kind == FI_VK_PROVIDER) && conf < 0.2f))
        return 0;
    double role = s->l->role == c->rules->referral_role ? 1.0 : 0.6;
    int witness = !role_allowed(f->roles, s->l->role);
    cand x = {.score = f->weight * where_factor * role * (0.5 + 0.5 * conf) * (witness ? 0.5 : 1),
              .conf = conf, .page = s->page, .x0 = x0, .y0 = y0, .x1 = x1, .y1 = y1,
              .rule = f->id, .witness = witness,
              /* a second reading is a repair to check, unless the code
               * table vouches for every code it gives */
              .review = unsure || (repaired && f->kind != FI_VK_ICD_LIST),
              .ordered = f->kind == FI_VK_PERSON && ordered,
              .reread_alike = confirmed};
    for (int t = 0; t < f->ntargets; t++) {
        x.field = f->targets[t];
        snprintf(x.value, sizeof x.value, "%s", t == 0 ? v1 : v2);
        if (!x.value[0])
            continue;
        if (cands_add(&c->out, &x))
            return -1;
    }
    return 0;
}

/* "/", "&", "+" or "and" between two words of one value. */
static int joiner(const tok *t)
{
    return strcmp(t->raw, "/") == 0 || strcmp(t->raw, "&") == 0 || strcmp(t->raw, "+") == 0 ||
           strcmp(t->raw, "and") == 0;
}

/* What a token says about the box before the next option. */
enum { MARK_NONE = -1, MARK_EMPTY = 0, MARK_SET = 1, MARK_GLYPH = 2 };

static int mark_of(const tok *t)
{
    static const char *const set[] = {"[X]", "X", "x", "[x]", "(X)", "(x)", "X]", "[X", "\u2713",
                                      "\u2714", "\u2612", "\u2611", "\u25a0", "\u25cf", NULL};
    static const char *const empty[] = {"[ ]", "\u2610", "\u25a1", "[]", "()", NULL};
    for (int k = 0; set[k]; k++)
        if (strcmp(t->raw, set[k]) == 0)
            return MARK_SET;
    for (int k = 0; empty[k]; k++)
        if (strcmp(t->raw, empty[k]) == 0)
            return MARK_EMPTY;
    return MARK_NONE;
}

/* The option marked in a list of options with boxes that starts at token i
 * of row r and may go on over the next rows.  Each option is the longest
 * run of up to three words that the field's normalizer accepts; the box
 * before it is a detected box ("[X]", "[ ]"), a mark printed as text (an
 * "X" in a born-digital form), or a glyph Tesseract made of a box it did
 * not see as one.  Returns 2 with a marked option in s, 1 with an option
 * guessed from the one odd glyph among empty boxes, 0 when there is no
 * list here, -1 when there is a list but nothing is marked. */
static int take_checked(const ctx *c, fi_value_kind kind, const layout *l, int r, int i,
                        int max_rows, span *s)
{
    typedef struct option {
        int state;          /* MARK_* of the box before it */
        int first, n;       /* token indices into l->toks */
        char value[64];
    } option;
    option opts[32];
    int nopt = 0, boxes = 0, sets = 0;
    for (int rr = r; rr < l->nrows && rr < r + max_rows; rr++) {
        const row *rw = &l->rows[rr];
        int start = rr == r ? i : 0;
        if (rr > r && l->toks[rw->first].label_start)
            break;
        int state = MARK_NONE, nopt_before = nopt, boxes_before = boxes, labelled = 0;
        for (int j = start; j < rw->n; j++) {
            const tok *t = &l->toks[rw->first + j];
            if ((rr > r || j > i) && t->label_start) {
                labelled = rr > r;
                break;
            }
            int m = mark_of(t);
            if (m != MARK_NONE) {
                state = m;
                boxes++;
                sets += m == MARK_SET;
                continue;
            }
            /* the longest run of words that reads as an option */
            int best = 0;
            char value[64] = "", v2[8];
            /* a sex is one word: "ANNIKA M" is a name and its initial */
            for (int len = kind == FI_VK_SEX ? 1 : 3; len >= 1 && !best; len--) {
                if (j + len > rw->n)
                    continue;
                char text[160] = "";
                size_t n = 0;
                int ok = 1;
                for (int k = 0; k < len && ok; k++) {
                    const tok *u = &l->toks[rw->first + j + k];
                    if (mark_of(u) != MARK_NONE || (k && u->label_start) ||
                        (k && u->x0 - l->toks[rw->first + j + k - 1].x1 > l->height * 1.5))
                        ok = 0;
                    else
                        n += (size_t)snprintf(text + n, sizeof text - n, "%s%s", k ? " " : "",
                                              u->raw);
                    if (n >= sizeof text)
                        ok = 0;
                }
                int unsure = 0;
                if (ok && normalize(c, kind, text, value, sizeof value, v2, sizeof v2, &unsure))
                    best = len;
            }
            if (!best) {
                /* "Cl", "(I", "&": what a box became in OCR */
                if (strlen(t->norm) <= 2)
                    state = state == MARK_NONE ? MARK_GLYPH : state;
                continue;
            }
            if (nopt < 32) {
                option *o = &opts[nopt++];
                o->state = state;
                o->first = rw->first + j;
                o->n = best;
                snprintf(o->value, sizeof o->value, "%s", value);
            }
            j += best - 1;
            state = MARK_NONE;
        }
        /* a row below without boxes, of more other words than options, is
         * no row of a sex's options ("LINDQVIST, ANNIKA M  04/29/1957  F"
         * under a row of captions): the list, if any, ended above it.
         * (Other lists have notes beside their options: "Routine (30
         * days)  Urgent (72 hrs)".) */
        if (kind == FI_VK_SEX && rr > r && nopt > nopt_before && (nopt - nopt_before) * 2 < rw->n) {
            int boxed = boxes > boxes_before;
            for (int k = nopt_before; k < nopt && !boxed; k++)
                boxed = opts[k].state != MARK_NONE;
            /* a box OCR read into a word ("[Urgent", "[_]Emergent") */
            for (int j = 0; j < rw->n && !boxed; j++)
                boxed = strpbrk(l->toks[rw->first + j].raw, "[]") != NULL;
            if (!boxed) {
                nopt = nopt_before;
                break;
            }
        }
        /* a row of other captions ("PRACTICE  PHONE / FAX") ends the list */
        if (labelled)
            break;
        /* one option beside the label, or two a slash or "&" joins, and
         * no box: the value, read as text ("Hematology / Oncology") */
        if (rr == r && boxes == 0 && nopt > 0 && opts[0].state == MARK_NONE &&
            (nopt == 1 || (nopt == 2 && opts[1].first == opts[0].first + opts[0].n + 1 &&
                           joiner(&l->toks[opts[1].first - 1]))))
            return 0;
    }
    /* options that all say the same ("Behavioral Health - Psychiatry") are
     * one value in several words, not a list to choose from */
    int distinct = 0;
    for (int k = 1; k < nopt && !distinct; k++)
        distinct = strcmp(opts[k].value, opts[0].value) != 0;
    /* One option readable beside boxes ("[X] M [ ] E", OCR made an E of
     * the F; "[ ] M" with the other box lost): its own box decides. */
    if (nopt == 1 && opts[0].state == MARK_SET) {
        for (int k = 0; k < opts[0].n && s->n < 64; k++)
            s->idx[s->n++] = opts[0].first + k;
        return 2;
    }
    if (nopt == 1 && opts[0].state == MARK_EMPTY)
        return -1;
    if (nopt < 2 || !distinct)
        return 0;
    /* several options and no box or mark at all: the marks were drawn as
     * graphics, not text; which one is marked is unknown */
    if (boxes == 0)
        return -1;
    int marked = -1, glyph = -1, bare = -1, nmarked = 0, nglyph = 0, nbare = 0;
    for (int k = 0; k < nopt; k++) {
        if (opts[k].state == MARK_SET && (marked < 0 || strcmp(opts[marked].value, opts[k].value))) {
            marked = k;
            nmarked++;
        }
        if (opts[k].state == MARK_GLYPH) {
            glyph = k;
            nglyph++;
        }
        if (opts[k].state == MARK_NONE) {
            bare = k;
            nbare++;
        }
    }
    /* Without a mark, the option whose box left no trace at all (a pen
     * mark over the box defeats both the box finder and the OCR) is the
     * marked one; failing that, the one odd glyph among empty boxes.  But
     * a box seen marked beside words that read as no option says the
     * choice is there and unreadable: no guess then. */
    int pick = nmarked == 1 ? marked
               : nmarked > 0 || sets > 0 ? -1
               : nbare == 1 ? bare
               : nbare == 0 && nglyph == 1 ? glyph : -1;
    if (pick < 0)
        return -1;
    for (int k = 0; k < opts[pick].n && s->n < 64; k++)
        s->idx[s->n++] = opts[pick].first + k;
    return nmarked == 1 ? 2 : 1;
}

/* ------------------------------------------------------------- page roles */

static int phrase_in_page(const layout *l, const fi_phrase *ph)
{
    for (int r = 0; r < l->nrows; r++)
        for (int i = 0; i < l->rows[r].n; i++)
            if (match_phrase(l, &l->rows[r], i, ph) >= 0)
                return 1;
    return 0;
}

static int is_cover(const fi_rules *rules, int role)
{
    return role >= 0 && strcmp(rules->roles[role].name, "cover") == 0;
}

static int classify(const fi_rules *rules, const layout *l)
{
    int best = -1, best_score = 0;
    for (int k = 0; k < rules->nroles; k++) {
        int score = 0;
        for (int q = 0; q < rules->roles[k].nkeywords; q++)
            score += phrase_in_page(l, &rules->roles[k].keywords[q]);
        if (score > best_score) {
            best = k;
            best_score = score;
        }
    }
    return best;
}


/* ----------------------------------------------------------- label pass */

typedef struct hit {
    int row, start, end;    /* label tokens [start, end) on the row */
    int rule;
    int loose;              /* "NPI", "Order Date" amid a row, not where labels stand */
} hit;

/* The context group of each column of a page: a form puts the patient
 * in one column and the referring physician in the other, so "Phone:" at
 * the left and "Phone:" at the right belong to different groups.  A group
 * started at some x holds for labels near that x; a heading across the
 * page holds for all columns. */
typedef struct groups {
    struct {
        int x, group;
    } at[8];
    int n;
    int global;             /* the latest group, for columns with none */
    int width;
} groups;

static int groups_get(const groups *g, int x)
{
    int best = -1, dist = g->width / 4;
    for (int k = 0; k < g->n; k++)
        if (abs(g->at[k].x - x) < dist) {
            dist = abs(g->at[k].x - x);
            best = g->at[k].group;
        }
    return best >= 0 ? best : g->global;
}

static void groups_set(groups *g, int x, int group, int across)
{
    int was = groups_get(g, x);
    g->global = group;
    if (across) {
        g->n = 0;
        return;
    }
    /* a section that starts in a column starts in the columns right of
     * it too: "Referred To" whose "Phone" sits in the right-hand column
     * below the referring physician's (a form's shaded section bar, which
     * would say so across the page, is often lost by OCR); side-by-side
     * sections start their right-hand column later, on the same row;
     * a label of the column's own section ("Date of Birth" in the
     * patient's) changes nothing */
    if (was != group) {
        int keep = 0;
        for (int k = 0; k < g->n; k++)
            if (g->at[k].x < x + g->width / 5)
                g->at[keep++] = g->at[k];
        g->n = keep;
    }
    for (int k = 0; k < g->n; k++)
        if (abs(g->at[k].x - x) < g->width / 5) {
            g->at[k].x = x;
            g->at[k].group = group;
            return;
        }
    if (g->n == 8) {
        memmove(g->at, g->at + 1, sizeof g->at[0] * 7);
        g->n--;
    }
    g->at[g->n].x = x;
    g->at[g->n].group = group;
    g->n++;
}

/* Headings on row r: a heading stands alone on its row, or alone in its
 * column (a wide gap after it). */
/* 1 when the tokens before i number a section: "2.", "SECTION IV -",
 * "PART B:". */
static int section_number(const tok *t, int i)
{
    for (int k = 0; k < i; k++)
        if (strlen(t[k].raw) > 3 && strcasecmp(t[k].raw, "section") != 0 &&
            strcasecmp(t[k].raw, "part") != 0)
            return 0;
    return 1;
}

/* 1 for a short row of capitals, as section headings are printed (a
 * section's number of three characters or fewer aside: OCR reads "II" as
 * "Il"). */
static int heading_row(const layout *l, const row *rw)
{
    if (rw->n > 6)
        return 0;
    int letters = 0;
    for (int i = 0; i < rw->n; i++) {
        const char *raw = l->toks[rw->first + i].raw;
        if (strlen(raw) <= 3)
            continue;
        for (const char *c = raw; *c; c++) {
            if (islower((unsigned char)*c))
                return 0;
            letters += isupper((unsigned char)*c) != 0;
        }
    }
    return letters >= 4;
}

static void heading_groups(const fi_rules *rules, const layout *l, int r, groups *g)
{
    const row *rw = &l->rows[r];
    const tok *t = l->toks + rw->first;
    int caps = heading_row(l, rw);
    for (int i = 0; i < rw->n; i++) {
        /* a heading starts its row or column; in a row of capitals, after
         * its number or a word ("2. REQUESTING (REFERRING) PROVIDER") */
        if (i > 0 && t[i].x0 - t[i - 1].x1 < l->height * 3 &&
            !(caps && i <= 3 && section_number(t, i)))
            continue;
        for (int h = 0; h < rules->nheadings; h++) {
            int end = match_phrase(l, rw, i, &rules->headings[h].phrase);
            if (end < 0)
                continue;
            int alone = end >= rw->n || t[end].x0 - t[end - 1].x1 > l->height * 3 ||
                        rw->n - end <= 2;
            if (!alone)
                continue;
            /* a heading that starts its row (after its number) and ends it
             * heads the whole width */
            int numbered = caps && i <= 3 && section_number(t, i);
            groups_set(g, numbered ? t[0].x0 : t[i].x0, rules->headings[h].group,
                       (i == 0 || numbered) && rw->n - end <= 2);
            break;
        }
    }
}

/* 1 when a hit at the same place as hits[h] is of a rule for the context
 * group (and group is one). */
static int claimed_here(const fi_rules *rules, const hit *hits, int nhits, int h, int group)
{
    if (group < 0)
        return 0;
    /* the hits of one place stand together, in reading order */
    int k = h;
    while (k > 0 && hits[k - 1].row == hits[h].row && hits[k - 1].start == hits[h].start)
        k--;
    for (; k < nhits && hits[k].row == hits[h].row && hits[k].start == hits[h].start; k++)
        if (rules->fields[hits[k].rule].group == group)
            return 1;
    return 0;
}

/* Where the value starts after a label that ends at token end: past the
 * label's own further words up to its colon, past a note in parentheses
 * that some forms put after a label, before its colon
 * ("Hospital MRN (if known): E7730412", "Auth # (HMO only): N/A") or
 * without one ("Patient name (first, MI, last) Gerald T. Beauchamp"), or
 * the label's second language. */
static int after_label_note(const layout *l, const row *r, int end)
{
    const tok *t = l->toks + r->first;
    /* a label in two languages ("Last name / Apellido:"): after the
     * second one's colon */
    if (end < r->n && strcmp(t[end].raw, "/") == 0) {
        for (int k = end + 1; k < r->n && k < end + 4; k++)
            if (ends_with_colon(t[k].raw))
                return k + 1;
        return end;
    }
    /* the label's own words run on to its colon ("Referring provider name
     * and credentials: Marcus ...", "Best phone number for the patient:") */
    for (int k = end; k < r->n && k < end + 4; k++) {
        size_t n = strlen(t[k].raw);
        int word = n >= 2 && islower((unsigned char)t[k].raw[0]) && !t[k].stop;
        for (size_t c = 1; word && c + 1 < n; c++)
            word = isalpha((unsigned char)t[k].raw[c]) || t[k].raw[c] == '\'';
        if (!word)
            break;
        if (t[k].raw[n - 1] == ':')
            return k + 1;
        if (!isalpha((unsigned char)t[k].raw[n - 1]))
            break;
    }
    if (end >= r->n || t[end].raw[0] != '(')
        return end;
    for (int k = end; k < r->n && k < end + 4; k++) {
        size_t n = strlen(t[k].raw);
        if (n >= 2 && strcmp(t[k].raw + n - 2, "):") == 0)
            return k + 1;
        if (n >= 1 && t[k].raw[n - 1] == ')') {
            if (k + 1 < r->n && t[k + 1].raw[0] == ':' && !t[k + 1].raw[1])
                return k + 2;
            /* without a colon, only a note in words ("Patient name
             * (first, MI, last) ..."): "(518) 323-3999" is the value */
            for (int q = end; q <= k; q++)
                for (const char *ch = t[q].raw; *ch; ch++)
                    if (isdigit((unsigned char)*ch))
                        return end;
            return k + 1;
        }
    }
    return end;
}

/* 1 when hits[h] is the second of two wordings of one field's label a
 * slash joins ("Reason for Consultation / Clinical Question"): the value
 * is the label's, read once from its start. */
static int second_wording(const fi_rules *rules, const layout *l, const hit *hits, int h)
{
    const tok *t = l->toks + l->rows[hits[h].row].first;
    if (hits[h].start < 1 || strcmp(t[hits[h].start - 1].raw, "/") != 0)
        return 0;
    for (int k = h - 1; k >= 0 && hits[k].row == hits[h].row; k--)
        if (hits[k].end + 1 == hits[h].start &&
            rules->fields[hits[k].rule].targets[0] == rules->fields[hits[h].rule].targets[0])
            return 1;
    return 0;
}

/* A table's caption that qualifies a label with another one ("REFERRING
 * PROVIDER NPI", "REFERRING OFFICE PHONE / FAX", "Office telephone" over
 * or under a row of values): the hits that end at token i of row r, when
 * they start its cell.  The label they qualify must be of the party they
 * name (the context group they start: "Payer phone" is neither the
 * patient's nor the referrer's) or of their own field.  Returns how many
 * such hits end the list, 0 when none may qualify; *group and *target
 * receive what the hits share, or -1. */
static int qualifiers(const fi_rules *rules, const layout *l, const hit *hits, int nhits, int r,
                      int i, int *group, int *target)
{
    int n = 0, prev;
    for (; n < nhits && hits[nhits - 1 - n].row == r && hits[nhits - 1 - n].end == i; n++) {
        const fi_field_rule *f = &rules->fields[hits[nhits - 1 - n].rule];
        *group = n == 0 || f->sets_group == *group ? f->sets_group : -1;
        *target = n == 0 || f->targets[0] == *target ? f->targets[0] : -1;
    }
    return n && starts_cell(l, &l->rows[r], hits[nhits - n].start, &prev) ? n : 0;
}

/* 1 when a label qualified so ends at token e: it ends its cell, or a
 * slash offers a second wording after it; and its value checks itself (an
 * NPI, a phone number). */
static int qualified_end(const layout *l, const row *rw, int e, fi_value_kind kind)
{
    int prev;
    if (kind != FI_VK_NPI && kind != FI_VK_PHONE)
        return 0;
    return e >= rw->n || starts_cell(l, rw, e, &prev) || strcmp(l->toks[rw->first + e].raw, "/") == 0;
}

static int scan_page(ctx *c, int pi, layout *l)
{
    const fi_rules *rules = c->rules;
    hit *hits = NULL;
    int nhits = 0, cap = 0, rc = -1;
    /* 1. every label occurrence, longest wording first at each position */
    int last_name = fi_field_index("patient_last_name");
    int first_name = fi_field_index("patient_first_name");
    for (int r = 0; r < l->nrows; r++) {
        const row *rw = &l->rows[r];
        for (int i = 0; i < rw->n; i++) {
            /* the rest of a label wrapped from the row above starts none */
            if (l->toks[rw->first + i].in_label)
                continue;
            int best_len = 0, wrap_rest = -1, in_prose = 0;
            int qual_group = -1, qual_target = -1, base = nhits, qual_from = i;
            int nqual = qualifiers(rules, l, hits, nhits, r, i, &qual_group, &qual_target);
            if (nqual)
                qual_from = hits[nhits - nqual].start;
            /* "Name: Last WASHINGTON  First DARNELL": the parts of a name
             * are labels right after the name's own */
            int after_name = 0;
            for (int h = nhits - 1; h >= 0 && hits[h].row == r && hits[h].end == i; h--)
                after_name |= rules->fields[hits[h].rule].kind == FI_VK_PERSON &&
                              ends_with_colon(l->toks[rw->first + i - 1].raw);
            for (int f = 0; f < rules->nfields; f++) {
                const fi_field_rule *fr = &rules->fields[f];
                if (!role_allowed(fr->roles | fr->witness_roles, l->role))
                    continue;
                int part_rule = fr->ntargets == 1 &&
                                (fr->targets[0] == last_name || fr->targets[0] == first_name);
                int name_part = after_name && part_rule;
                /* this rule's longest wording that matches here */
                int end = -1, loose = 0, rule_wrap = -1, qualifies = 0, from = i;
                for (int q = 0; q < fr->nlabels; q++) {
                    int e = match_phrase(l, rw, i, &fr->labels[q]), rest_end = -1;
                    if (e < 0)
                        e = match_wrapped(l, r, i, &fr->labels[q], &rest_end);
                    /* "NP|", "Np)" before ten digits: an NPI's label as OCR
                     * read it; the check digit guards the value */
                    if (e < 0 && (fr->kind == FI_VK_ID || fr->kind == FI_VK_NPI))
                        e = match_code_label(l, rw, i, &fr->labels[q],
                                             fr->kind == FI_VK_NPI && npi_follows(l, rw, i + 1));
                    if (e < 0 && fr->kind == FI_VK_ICD_LIST)
                        e = match_dx_slip(l, rw, i, &fr->labels[q]);
                    if (part_rule && e == i + 1 && word_in_prose(l, rw, i)) {
                        in_prose |= label_position_ok(l, rw, i, e);
                        e = -1;
                    }
                    if (e > end && (name_part || label_position_ok(l, rw, i, e))) {
                        end = e;
                        loose = 0;
                        rule_wrap = rest_end;
                        qualifies = 0;
                    } else if (e > end && nqual &&
                               ((qual_group >= 0 && fr->group == qual_group) ||
                                (qual_target >= 0 && fr->targets[0] == qual_target)) &&
                               qualified_end(l, rw, e, fr->kind)) {
                        end = e;
                        loose = 0;
                        qualifies = 1;
                    } else if (e > end && ((fr->kind == FI_VK_NPI && npi_follows(l, rw, e)) ||
                                           (fr->kind == FI_VK_DOB && date_follows(l, rw, e)) ||
                                           (fr->kind == FI_VK_SEX && sex_follows(l, rw, e)) ||
                                           (fr->kind == FI_VK_PHONE && phone_follows(l, rw, i, e)) ||
                                           (fr->kind == FI_VK_RECENT && e - i >= 2 &&
                                            date_follows(l, rw, e)))) {
                        end = e;
                        loose = 1;
                        qualifies = 0;
                    }
                }
                if (end < 0 || end - i < best_len)
                    continue;
                /* the caption is this label's: the earlier label only
                 * qualifies it */
                if (qualifies) {
                    from = qual_from;
                    /* which drops the qualifying hits, before this token's */
                    if (nqual > 0) {
                        memmove(hits + base - nqual, hits + base,
                                (size_t)(nhits - base) * sizeof *hits);
                        nhits -= nqual;
                        base -= nqual;
                        nqual = -1;
                    }
                }
                if (end - i > best_len) {
                    /* a longer wording wins over shorter ones here */
                    nhits = base;
                    best_len = end - i;
                    wrap_rest = -1;
                }
                wrap_rest = rule_wrap > wrap_rest ? rule_wrap : wrap_rest;
                if (nhits == cap) {
                    cap = cap ? cap * 2 : 64;
                    hit *grown = realloc(hits, (size_t)cap * sizeof *grown);
                    if (!grown)
                        goto done;
                    hits = grown;
                }
                hits[nhits++] = (hit){r, from, end, f, loose};
            }
            if (best_len) {
                tok *t = l->toks + rw->first;
                t[i].label_start = 1;
                for (int k = i + 1; k < i + best_len; k++)
                    t[k].in_label = 1;
                /* and the rest of a label its cell wrapped onto the next row */
                for (int k = 0; k < wrap_rest; k++)
                    l->toks[l->rows[r + 1].first + k].in_label = 1;
                /* the caption's number ("2. DOB") ends the value before it */
                if (i > 0 && item_number(t[i - 1].raw))
                    t[i - 1].label_start = 1;
                i += best_len - 1;
            } else if (in_prose) {
                tok *t = l->toks + rw->first + i;
                t->label_start = t->stop = t->prose = 1;
            }
        }
    }
    /* wordings of things not extracted still end the value before them */
    for (int r = 0; r < l->nrows; r++) {
        const row *rw = &l->rows[r];
        for (int i = 0; i < rw->n; i++)
            for (int q = 0; q < rules->nstops; q++) {
                int end = match_phrase(l, rw, i, &rules->stops[q]);
                if (end >= 0 && label_position_ok(l, rw, i, end))
                    l->toks[rw->first + i].label_start = l->toks[rw->first + i].stop = 1;
            }
    }
    /* 2. values, in reading order, with the context group */
    groups g = {.global = -1, .width = l->width};
    int last_row = -1;
    for (int h = 0; h < nhits; h++) {
        const hit *x = &hits[h];
        for (int r = last_row + 1; r <= x->row; r++)
            heading_groups(rules, l, r, &g);
        last_row = x->row;
        const fi_field_rule *f = &rules->fields[x->rule];
        const row *rw = &l->rows[x->row];
        int lx = l->toks[rw->first + x->start].x0;
        /* a wording that a rule of the current context claims ("Name"
         * under a heading "Referring Provider") is that rule's alone */
        if (f->group < 0 && claimed_here(rules, hits, nhits, h, groups_get(&g, lx)))
            continue;
        if (second_wording(rules, l, hits, h))
            continue;
        if (f->sets_group >= 0)
            groups_set(&g, lx, f->sets_group, 0);
        if ((f->group >= 0 && f->group != groups_get(&g, lx)) || f->kind == FI_VK_NONE)
            continue;
        span s = {.page = pi, .l = l};
        if (f->where & FI_WHERE_CHECKBOX) {
            int how = take_checked(c, f->kind, l, x->row, x->end,
                                   f->max_lines > 1 ? f->max_lines : 3, &s);
            s.marked = how == 2;
            if (how > 0 && emit(c, f, &s, how == 2 ? 1.0 : 0.7))
                goto done;
            /* a list of options, marked or not, is not a value to read as text */
            if (how)
                continue;
        }
        s.n = 0;
        s.marked = 0;
        int right_text = 0, below_after_text = 0;
        /* words of one value sit close; the items of a list may be spread
         * over a table cell */
        int inner = l->height * (f->kind == FI_VK_ICD_LIST ? 10 : f->kind == FI_VK_TEXT ? 6 : 4);
        if (f->where & FI_WHERE_RIGHT) {
            /* a portal's value stands at the far edge, across the page
             * from its label, when nothing else is on the row */
            int from = after_label_note(l, rw, x->end), alone = 1;
            /* or past another wording of the same field ("Acct / MRN") */
            for (int k = h + 1; k < nhits && hits[k].row == x->row; k++)
                if (hits[k].start == x->end + 1 && strcmp(l->toks[rw->first + x->end].raw, "/") == 0 &&
                    rules->fields[hits[k].rule].targets[0] == f->targets[0])
                    from = hits[k].end;
            for (int k = from; k < rw->n && alone; k++)
                alone = !l->toks[rw->first + k].label_start;
            /* a lone letter beside a label is a sex's value, not the rest
             * of a garbled label */
            take_right(l, rw, from, alone ? l->width : l->width / 2, inner,
                       f->kind != FI_VK_SEX, &s);
            continue_rows(l, x->row, l->toks[rw->first].x0, f->max_lines, inner, f->kind, &s);
            /* a caption's note in brackets is not text beside it, nor
             * the next caption across a column's gap */
            right_text = s.n > 0 && l->toks[s.idx[0]].raw[0] != '(' &&
                         l->toks[s.idx[0]].x0 - l->toks[rw->first + x->end - 1].x1 <=
                             3 * l->height;
            int had = c->out.n;
            if (s.n && emit(c, f, &s, x->loose ? 0.8 : 1.0))
                goto done;
            /* what is right of the label is no value of its kind: the
             * next column's heading ("NPI  PRACTICE" over a row of values),
             * so the value may stand below */
            if (c->out.n == had) {
                s.n = 0;
                below_after_text = right_text;
            }
        }
        int ar, afirst, limit;
        /* a caption has nothing beside it but the next caption */
        if (s.n == 0 && !right_text && (f->where & FI_WHERE_BELOW) &&
            (ar = row_above(l, x->row, x->start, x->end, &afirst, &limit)) >= 0) {
            take_right(l, &l->rows[ar], afirst, l->width, inner, 0, &s);
            while (s.n && l->toks[s.idx[s.n - 1]].x0 >= limit)
                s.n--;
            /* a sentence above a label ("This card does not guarantee
             * coverage.") is no caption's value */
            if (ends_sentence(l, &l->rows[ar]))
                s.n = 0;
            int had = c->out.n;
            if (s.n && emit(c, f, &s, 0.85))
                goto done;
            if (c->out.n > had)
                continue;
            s.n = 0;
        }
        if (s.n == 0 && (f->where & FI_WHERE_BELOW)) {
            const tok *lt = &l->toks[rw->first + x->start];
            const tok *le = &l->toks[rw->first + x->end - 1];
            int first = 0;
            int br = row_below(l, x->row, lt->x0, le->x1, &first);
            /* under a label whose own text failed ("Payer ID: 81750",
             * "Note to 531-..."), a sentence is no value ("This card does
             * not guarantee coverage.", "Thank you for ...") */
            if (br >= 0 && below_after_text &&
                (opens_sentence(&l->toks[l->rows[br].first + first]) ||
                 ends_sentence(l, &l->rows[br])))
                br = -1;
            if (br >= 0)
                first = cell_below(l, &l->rows[br], first, lt, le);
            if (br >= 0 && first >= 0 && !l->toks[l->rows[br].first + first].label_start &&
                !l->toks[l->rows[br].first + first].in_label) {
                take_right(l, &l->rows[br], first, l->width, inner, 0, &s);
                continue_rows(l, br, l->toks[l->rows[br].first + first].x0, f->max_lines,
                              inner, f->kind, &s);
                if (emit(c, f, &s, 0.85))
                    goto done;
            }
        }
    }
    rc = 0;
done:
    free(hits);
    return rc;
}

/* ------------------------------------------------------------ text rules */

static int scan_text(ctx *c, int pi, const layout *l)
{
    const fi_rules *rules = c->rules;
    size_t cap = (size_t)l->ntoks * 66 + (size_t)l->nrows + 1, n = 0;
    char *text = malloc(cap);
    int *owner = malloc(cap * sizeof *owner);
    int rc = -1;
    if (!text || !owner)
        goto done;
    for (int r = 0; r < l->nrows; r++) {
        for (int i = 0; i < l->rows[r].n; i++) {
            int t = l->rows[r].first + i;
            if (i) {
                owner[n] = -1;
                text[n++] = ' ';
            }
            for (const char *ch = l->toks[t].raw; *ch; ch++) {
                owner[n] = t;
                text[n++] = *ch;
            }
        }
        owner[n] = -1;
        text[n++] = '\n';
    }
    text[n] = '\0';
    for (int k = 0; k < rules->ntexts; k++) {
        const fi_text_rule *tr = &rules->texts[k];
        if (!role_allowed(tr->roles | tr->witness_roles, l->role))
            continue;
        int witness = !role_allowed(tr->roles, l->role);
        pcre2_match_data *md = pcre2_match_data_create_from_pattern(tr->re, NULL);
        if (!md)
            goto done;
        uint32_t count = 0, esize = 0;
        PCRE2_SPTR table = NULL;
        pcre2_pattern_info(tr->re, PCRE2_INFO_NAMECOUNT, &count);
        pcre2_pattern_info(tr->re, PCRE2_INFO_NAMEENTRYSIZE, &esize);
        pcre2_pattern_info(tr->re, PCRE2_INFO_NAMETABLE, &table);
        PCRE2_SIZE start = 0;
        while (start < n &&
               pcre2_match(tr->re, (PCRE2_SPTR)text, n, start, 0, md, NULL) > 0) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            for (uint32_t g = 0; g < count; g++) {
                PCRE2_SPTR e = table + g * esize;
                int num = (e[0] << 8) | e[1];
                const char *gname = (const char *)(e + 2);
                if (ov[2 * num] == PCRE2_UNSET || ov[2 * num + 1] <= ov[2 * num])
                    continue;
                fi_field_rule f = {.ntargets = 1, .weight = tr->weight, .max_lines = 1};
                snprintf(f.id, sizeof f.id, "%s", tr->id);
                if (strcmp(gname, "patient_name") == 0) {
                    f.kind = FI_VK_PERSON;
                    f.ntargets = 2;
                    f.targets[0] = fi_field_index("patient_last_name");
                    f.targets[1] = fi_field_index("patient_first_name");
                } else {
                    f.targets[0] = fi_field_index(gname);
                    f.kind = FI_FIELDS[f.targets[0]].kind == FI_KIND_DATE ? FI_VK_DATE : FI_VK_TEXT;
                    static const struct { const char *field; fi_value_kind kind; } K[] = {
                        {"patient_dob", FI_VK_DOB}, {"patient_phone", FI_VK_PHONE},
                        {"referral_date", FI_VK_RECENT},
                        {"referring_phone", FI_VK_PHONE}, {"referring_fax", FI_VK_PHONE},
                        {"referring_npi", FI_VK_NPI}, {"diagnosis_codes", FI_VK_ICD_LIST},
                        {"referring_provider", FI_VK_PROVIDER},
                        {"referred_to_provider", FI_VK_PROVIDER},
                        {"referred_to_specialty", FI_VK_SPECIALTY}, {"urgency", FI_VK_URGENCY},
                        {"patient_sex", FI_VK_SEX}, {"patient_mrn", FI_VK_ID},
                        {"insurance_member_id", FI_VK_ID}, {"insurance_payer", FI_VK_PAYER},
                    };
                    for (size_t q = 0; q < sizeof K / sizeof *K; q++)
                        if (strcmp(K[q].field, gname) == 0)
                            f.kind = K[q].kind;
                }
                span s = {.page = pi, .l = l};
                int last = -1;
                for (PCRE2_SIZE p = ov[2 * num]; p < ov[2 * num + 1] && s.n < 64; p++)
                    if (owner[p] >= 0 && owner[p] != last)
                        s.idx[s.n++] = last = owner[p];
                /* the match may cut a word: use the matched text itself */
                char matched[512];
                snprintf(matched, sizeof matched, "%.*s", (int)(ov[2 * num + 1] - ov[2 * num]),
                         text + ov[2 * num]);
                /* a match across rows is one value: rows join with a space */
                for (char *ch = matched; *ch; ch++)
                    if (*ch == '\n')
                        *ch = ' ';
                int x0, y0, x1, y1;
                float conf;
                span_box(&s, &x0, &y0, &x1, &y1, &conf);
                char v1[256], v2[256];
                int unsure = 0;
                if (!normalize(c, f.kind, matched, v1, sizeof v1, v2, sizeof v2, &unsure))
                    continue;
                double role = l->role == rules->referral_role ? 1.0 : 0.6;
                cand x = {.score = f.weight * role * (0.5 + 0.5 * conf) * (witness ? 0.5 : 1),
                          .conf = conf, .page = pi, .x0 = x0, .y0 = y0, .x1 = x1, .y1 = y1,
                          .rule = tr->id, .review = unsure, .witness = witness,
                          .ordered = f.kind == FI_VK_PERSON && strchr(matched, ',') != NULL,
                          .prose = 1, .hint = tr->confirm};
                for (int t = 0; t < f.ntargets; t++) {
                    x.field = f.targets[t];
                    snprintf(x.value, sizeof x.value, "%s", t == 0 ? v1 : v2);
                    if (x.value[0] && cands_add(&c->out, &x)) {
                        pcre2_match_data_free(md);
                        goto done;
                    }
                }
            }
            start = ov[1] > start ? ov[1] : start + 1;
        }
        pcre2_match_data_free(md);
    }
    rc = 0;
done:
    free(text);
    free(owner);
    return rc;
}

/* -------------------------------------------------------------- selection */

static int set_list(fi_value *v, const char *joined)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", joined);
    char *save = NULL;
    for (char *w = strtok_r(buf, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        char **grown = realloc(v->list, (v->nlist + 1) * sizeof *grown);
        if (!grown)
            return -1;
        v->list = grown;
        if (!(v->list[v->nlist] = strdup(w)))
            return -1;
        v->nlist++;
    }
    return 0;
}

/* For a name, number or phone: 1 when it is printed again elsewhere in
 * the document and read the same way there (two independent readings that
 * agree letter for letter are seldom both misreadings, so such a value
 * needs no one to check it), 0 when it is read once only.  -1 for fields
 * of other kinds, which this does not judge. */
static int corroboration(const fi_doc *doc, int f, const cand *b)
{
    static const char *const fields[] = {
        "patient_last_name", "patient_first_name", "referring_provider", "referred_to_provider",
        "insurance_member_id", "patient_mrn",
        "patient_phone", "referring_phone", "referring_fax", /* phones last: FIRST_PHONE on */
    };
    enum { FIRST_PHONE = 6 };
    int which = -1;
    for (size_t k = 0; k < sizeof fields / sizeof *fields; k++)
        if (f == fi_field_index(fields[k]))
            which = (int)k;
    if (which < 0)
        return -1;
    int phone = which >= FIRST_PHONE;
    /* the value's words (a phone: its digits), lower case, letters and digits only */
    char want[8][64];
    int nwant = 0;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", b->value);
    char *words[8];
    int n = phone ? 1 : fi_split_words(buf, " ", words, 8);
    if (phone)
        words[0] = buf;
    for (int k = 0; k < n; k++) {
        size_t len = 0;
        for (const char *p = words[k]; *p && len + 1 < sizeof want[0]; p++)
            if (isdigit((unsigned char)*p) || (!phone && isalpha((unsigned char)*p)))
                want[nwant][len++] = (char)tolower((unsigned char)*p);
        want[nwant][len] = '\0';
        if (len >= 3)
            nwant++;
    }
    if (nwant == 0)
        return 0;
    int found[8] = {0};
    for (size_t pi = 0; pi < doc->npages; pi++) {
        const fi_page *pg = &doc->pages[pi];
        char digits[4096];
        size_t nd = 0;
        for (size_t k = 0; k < pg->nwords; k++) {
            const fi_word *w = &pg->words[k];
            if ((int)pi == b->page && w->x0 <= b->x1 && w->x1 >= b->x0 && w->y0 <= b->y1 &&
                w->y1 >= b->y0)
                continue; /* the value's own words */
            char norm[64];
            size_t len = 0;
            for (const char *p = w->text; *p && len + 1 < sizeof norm; p++)
                if (isdigit((unsigned char)*p) || (!phone && isalpha((unsigned char)*p)))
                    norm[len++] = (char)tolower((unsigned char)*p);
            norm[len] = '\0';
            if (phone) {
                if (nd + len + 1 < sizeof digits) {
                    memcpy(digits + nd, norm, len);
                    nd += len;
                }
                continue;
            }
            for (int q = 0; q < nwant; q++)
                found[q] |= strcmp(norm, want[q]) == 0;
        }
        if (phone) {
            digits[nd] = '\0';
            found[0] |= strstr(digits, want[0]) != NULL;
        }
    }
    for (int q = 0; q < nwant; q++)
        if (!found[q])
            return 0;
    return 1;
}

/* The list value, with the items of other labels' lists on the same
 * page of the referral: a form gives its codes under several labels
 * ("Diagnosis 1: D48.5", "Diagnosis 2: L57.0"; "Primary Dx", "Secondary
 * Dx").  Into buf, which it returns. */
static const char *merge_items(const cands *cs, int best_i, const char *value, char *buf,
                               size_t bufsz)
{
    const cand *b = &cs->v[best_i];
    snprintf(buf, bufsz, "%s", value);
    for (int j = 0; !b->prose && j < cs->n; j++) {
        const cand *w = &cs->v[j];
        if (j == best_i || w->field != b->field || w->page != b->page || w->witness ||
            w->prose || w->hint || w->y0 == b->y0)
            continue;
        char items[256];
        snprintf(items, sizeof items, "%s", w->value);
        char *save = NULL;
        for (char *it = strtok_r(items, ",", &save); it; it = strtok_r(NULL, ",", &save)) {
            char probe[32], have[300];
            snprintf(probe, sizeof probe, ",%s,", it);
            snprintf(have, sizeof have, ",%s,", buf);
            size_t n = strlen(buf);
            if (!strstr(have, probe) && n + strlen(it) + 2 < bufsz)
                snprintf(buf + n, bufsz - n, "%s%s", n ? "," : "", it);
        }
    }
    return buf;
}

/* When best was read by a text rule, the label's reading of the same text
 * nearly as well scored, when one reads on past it or stops short of it;
 * else best.  A pattern's value ends at a full stop or wherever its words
 * run; a label's, at the next label, or where its paragraph ends ("...
 * optimize BP regimen" over "Pertinent History / ATTACHMENTS"). */
static int longer_reading(const cands *cs, int best, int have_direct)
{
    const cand *b = &cs->v[best];
    size_t n = strlen(b->value);
    while (n && strchr(".,;: ", b->value[n - 1]))
        n--;
    int pick = best, shorter = -1;
    for (int j = 0; j < cs->n && n >= 20 && b->prose; j++) {
        const cand *o = &cs->v[j];
        if (o->field != b->field || o->prose || (have_direct && o->witness) || o->page != b->page ||
            o->score < 0.85 * b->score)
            continue;
        size_t on = strlen(o->value);
        if (on > strlen(cs->v[pick].value) && strncasecmp(o->value, b->value, n) == 0)
            pick = j;
        else if (on >= 20 && on < n && strncasecmp(o->value, b->value, on) == 0)
            shorter = j;
    }
    return pick == best && shorter >= 0 ? shorter : pick;
}

static int select_values(ctx *c, fi_result *res)
{
    const cands *cs = &c->out;
    for (int f = 0; f < FI_NFIELDS; f++) {
        /* pool the scores of candidates that agree on the value */
        double best = 0, second = 0;
        int best_i = -1, second_i = -1;
        /* witnesses (the same value read on a notes or lab page) only
         * decide when the referral itself gave nothing */
        int have_direct = 0;
        for (int i = 0; i < cs->n; i++)
            have_direct |= cs->v[i].field == f && !cs->v[i].witness;
        for (int i = 0; i < cs->n; i++) {
            if (cs->v[i].field != f || (have_direct && cs->v[i].witness))
                continue;
            double pooled = 0, top = 0;
            int top_i = i, seen_before = 0;
            for (int j = 0; j < cs->n; j++) {
                if (cs->v[j].field != f || (have_direct && cs->v[j].witness) ||
                    strcasecmp(cs->v[j].value, cs->v[i].value) != 0)
                    continue;
                if (j < i) {
                    seen_before = 1;
                    break;
                }
                pooled += cs->v[j].score;
                if (cs->v[j].score > top) {
                    top = cs->v[j].score;
                    top_i = j;
                }
            }
            if (seen_before)
                continue;
            /* agreement adds, with diminishing returns */
            double total = top + 0.25 * (pooled - top);
            if (total > best) {
                second = best;
                second_i = best_i;
                best = total;
                best_i = top_i;
            } else if (total > second) {
                second = total;
                second_i = top_i;
            }
        }
        if (best_i < 0)
            continue;
        /* a sentence a text rule read is the start of the reason a label
         * gave in full ("... under right 1st MTP." then "Diabetic foot
         * care, ..."): the full reading */
        if (f == fi_field_index("reason"))
            best_i = longer_reading(cs, best_i, have_direct);
        const cand *b = &cs->v[best_i];
        fi_value *v = &res->values[f];
        /* a close second value read by the rules is a conflict for a person
         * to settle; a weak one (a letterhead number, a generic label) is
         * not */
        int conflict = second > 0.75 * best;
        /* how legible the words were says more than which rule read them
         * (bench/extract_accuracy.sh: weak rules such as letterheads are
         * right as often as labels) */
        double conf = b->conf * (b->score > 1.0 ? 1.0 : (0.85 + 0.15 * b->score));
        /* an NPI that passes its check digit is misread one time in ten
         * at most: trust it as far as the words were legible at all */
        if (f == fi_field_index("referring_npi") && b->conf > 0.4 && conf < 0.95)
            conf = 0.95;
        /* A value the normalizer recognized among a few (a specialty, an
         * urgency, a health plan on the shipped list, a sex beside its
         * label rather than guessed from "a 45-year-old man") was legible
         * enough to be recognized: how sure OCR was of each letter matters
         * less than for a name or a number, where one slip makes it wrong. */
        char plan[256];
        int payer = f == fi_field_index("insurance_payer");
        int closed = f == fi_field_index("referred_to_specialty") || f == fi_field_index("urgency") ||
                     (payer && fi_norm_payer(b->value, plan, sizeof plan)) ||
                     (f == fi_field_index("patient_sex") && !b->prose);
        if (closed && b->conf > 0.2 && conf < 0.9)
            conf = 0.9;
        /* and a listed plan is not in doubt because some other words near
         * a payer label (a member number, a plan type) read as no plan */
        if (closed && payer && second_i >= 0 && !fi_norm_payer(cs->v[second_i].value, plan, sizeof plan))
            conflict = 0;
        /* other pages repeat the patient's identity: agreement confirms
         * the reading, disagreement means one of them is misread */
        int agree = 0, disagree = 0;
        float respelled = 0.0f;
        const char *value = b->value;
        for (int j = 0; have_direct && j < cs->n; j++) {
            const cand *w = &cs->v[j];
            if (w->field != f || !w->witness)
                continue;
            if (strcasecmp(w->value, b->value) == 0) {
                agree++;
                continue;
            }
            disagree++;
            if (w->conf > respelled && FI_FIELDS[f].kind != FI_KIND_LIST &&
                (fi_better_spelling(b->value, b->conf, w, 0.1f) || cleaner_id(f, b, w))) {
                value = w->value; /* the most legible of such readings */
                respelled = w->conf;
            }
            /* "U" is what a garbled sex box reads as: a page that says M
             * or F outright knows better */
            if (strcmp(b->value, "U") == 0 && FI_FIELDS[f].kind == FI_KIND_CODE)
                value = w->value;
        }
        /* A name read elsewhere in the referral a slip or two away and
         * more legibly (the cover's "To: Dr. Meera Osei-Bonsu" against the
         * form's smudged "Oset-Bonsu") is spelled that way too: the same
         * person, typed where the form was filled in. */
        for (int j = 0; FI_FIELDS[f].kind == FI_KIND_NAME && j < cs->n; j++) {
            const cand *w = &cs->v[j];
            if (w->field == f && !w->witness && w->conf > respelled &&
                fi_better_spelling(b->value, b->conf, w, 0.0f)) {
                value = w->value;
                respelled = w->conf;
            }
        }
        /* a page that agrees with the referral outweighs one that offers
         * another spelling */
        if (agree)
            value = b->value;
        if (agree && !disagree && conf < 0.9)
            conf = 0.9;
        if (disagree)
            conflict = 1;
        /* read only on a page that is not the referral, or an "unknown"
         * sex: true perhaps, but a person should confirm it */
        if (!have_direct || strcmp(value, "U") == 0)
            conflict = 1;
        v->found = 1;
        char merged[256];
        if (FI_FIELDS[f].kind == FI_KIND_LIST) {
            if (set_list(v, merge_items(cs, best_i, value, merged, sizeof merged)))
                return -1;
        } else if (!(v->text = strdup(value))) {
            return -1;
        }
        if (conflict)
            conf *= 0.7;
        v->conf = (float)conf;
        v->page = b->page + 1;
        v->x0 = b->x0, v->y0 = b->y0, v->x1 = b->x1, v->y1 = b->y1;
        v->rule = b->rule ? strdup(b->rule) : NULL;
        /* (unsure letters do not put a recognized closed value in doubt) */
        /* a name, number or phone read once only must be surer to pass */
        int again = b->reread_alike ? 1 : corroboration(c->doc, f, b);
        if (again == 1) {
            v->review = 0;
            if (v->conf < 0.9f)
                v->conf = 0.9f;
        } else {
            double below = again == 0 ? c->rules->review_below_single : c->rules->review_below;
            /* a code list whose every code is in the shipped table, no word
             * shaped like a code left out: the table is its check, as
             * Luhn's is an NPI's (a fairly legible reading suffices) */
            if (FI_FIELDS[f].kind == FI_KIND_LIST && !b->review && below > 0.7)
                below = 0.7;
            v->review = (b->review && !closed) || conflict || conf < below;
        }
        v->review |= b->hint;
        /* a reason of a word or two was most likely cut short ("Diabet") */
        if (f == fi_field_index("reason")) {
            int words = 0;
            for (const char *p = value; *p; p++)
                words += !isspace((unsigned char)*p) &&
                         (p == value || isspace((unsigned char)p[-1]));
            v->review |= words < 3;
        }
    }
    return 0;
}

static void apply_completeness(const fi_rules *rules, fi_result *res)
{
    const fi_completeness *base = &rules->completeness[0];
    for (int k = 0; k < FI_NFIELDS; k++)
        res->weight[k] = base->weight[k];
    const fi_value *spec = &res->values[fi_field_index("referred_to_specialty")];
    for (int i = 1; spec->found && i < rules->ncompleteness; i++) {
        const fi_completeness *o = &rules->completeness[i];
        if (strcmp(o->specialty, spec->text) != 0)
            continue;
        for (int k = 0; k < FI_NFIELDS; k++)
            if (o->set[k])
                res->weight[k] = o->weight[k];
    }
}

/* A growing text for fi_extract_explain. */
typedef struct sbuf {
    char *s;
    size_t n, cap;
    int failed;
} sbuf;

static void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void sb_printf(sbuf *b, const char *fmt, ...)
{
    if (!b || b->failed)
        return;
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int w = vsnprintf(b->s ? b->s + b->n : NULL, b->s ? b->cap - b->n : 0, fmt, ap);
        va_end(ap);
        if (w < 0) {
            b->failed = 1;
            return;
        }
        if (b->s && b->n + (size_t)w < b->cap) {
            b->n += (size_t)w;
            return;
        }
        size_t cap = (b->cap + (size_t)w + 1) * 2;
        char *grown = realloc(b->s, cap);
        if (!grown) {
            b->failed = 1;
            return;
        }
        b->s = grown;
        b->cap = cap;
    }
}

static void explain_page(sbuf *b, const fi_rules *rules, const layout *l, size_t p)
{
    sb_printf(b, "=== page %zu: role %s\n", p + 1,
              l->role >= 0 ? rules->roles[l->role].name : "other");
    for (int r = 0; r < l->nrows; r++) {
        const row *rw = &l->rows[r];
        sb_printf(b, "%5d |", rw->y0);
        for (int i = 0; i < rw->n; i++) {
            const tok *t = &l->toks[rw->first + i];
            sb_printf(b, " %s%s", t->label_start ? "\u00bb" : "", t->raw);
        }
        sb_printf(b, "\n");
    }
}

/* The reason's words that OCR misread, repaired against the rules'
 * dictionaries (spell.h).  Returns -1 when out of memory. */
static int spell_reason(const fi_rules *rules, fi_result *res)
{
    fi_value *v = &res->values[fi_field_index("reason")];
    if (!rules->speller || !v->found || !v->text)
        return 0;
    size_t size = 2 * strlen(v->text) + 64;
    char *fixed = malloc(size);
    if (!fixed)
        return -1;
    if (fi_speller_fix(rules->speller, v->text, fixed, size) > 0) {
        free(v->text);
        v->text = fixed;
        fixed = NULL;
    }
    free(fixed);
    return 0;
}

/* 1 when the document prints a name's word legibly (at 0.95 or more) or
 * twice: a name no dictionary has, not a misreading ("Hassan" is no
 * "Hasson", "Hussain" no "Hussein"). */
static int sure_name(const fi_doc *doc, const char *word)
{
    int prints = 0;
    float best = 0;
    fi_doc_name_prints(doc, word, &prints, &best);
    return prints >= 2 || best >= 0.95f;
}

/* Names OCR misread once, with no other print to spell them by
 * ("Diana Trujitto"): a word that one slip of OCR's makes a name of the
 * dictionaries is that name, for review.  Returns -1 when out of memory. */
static int spell_names(const fi_rules *rules, const fi_doc *doc, fi_result *res)
{
    static const char *const fields[] = {"referring_provider", "referred_to_provider",
                                         "patient_last_name", "patient_first_name"};
    for (size_t k = 0; rules->speller && k < sizeof fields / sizeof *fields; k++) {
        fi_value *v = &res->values[fi_field_index(fields[k])];
        if (!v->found || !v->text)
            continue;
        size_t size = 2 * strlen(v->text) + 64, n = 0;
        char *fixed = malloc(size);
        if (!fixed)
            return -1;
        int changed = 0;
        fixed[0] = '\0';
        for (const char *w = v->text; *w;) {
            size_t len = strcspn(w, " ");
            char word[64], better[128];
            snprintf(word, sizeof word, "%.*s", (int)len, w);
            const char *put = word;
            /* each part of a double-barrelled name on its own */
            size_t bn = 0;
            int fixed_here = 0;
            for (const char *q = word; len < sizeof word && *q;) {
                size_t plen = strcspn(q, "-");
                char piece[64], fix[64];
                snprintf(piece, sizeof piece, "%.*s", (int)plen, q);
                const char *use = piece;
                if (!sure_name(doc, piece) &&
                    fi_speller_fix_name(rules->speller, piece, fix, sizeof fix))
                    use = fix, fixed_here = 1;
                int wr = snprintf(better + bn, sizeof better - bn, "%s%s", use, q[plen] ? "-" : "");
                if (wr < 0 || (size_t)wr >= sizeof better - bn) {
                    fixed_here = 0;
                    break;
                }
                bn += (size_t)wr;
                q += plen + (q[plen] == '-');
            }
            if (fixed_here)
                put = better, changed = 1;
            n += (size_t)snprintf(fixed + n, size - n, "%s%s", n ? " " : "", put);
            w += len;
            w += *w == ' ';
        }
        if (changed) {
            free(v->text);
            v->text = fixed;
            v->review = 1;
        } else {
            free(fixed);
        }
    }
    return 0;
}

/* The common run of fi_extract and fi_extract_explain; explain may be
 * NULL. */
static fi_result *run(const fi_rules *rules, const fi_doc *doc, fi_reread_fn reread, void *rctx,
                      sbuf *explain)
{
    fi_result *res = fi_result_new();
    if (!res || !rules)
        return res;
    ctx c = {.rules = rules, .doc = doc, .reread = reread, .reread_ctx = rctx};
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(c.today, sizeof c.today, "%Y-%m-%d", &tm);
    layout *pages = calloc(doc->npages + 1, sizeof *pages);
    int ok = pages != NULL, any_referral = 0, any_unknown = 0, all_cover = 1;
    for (size_t p = 0; ok && p < doc->npages; p++) {
        ok = layout_build(&pages[p], &doc->pages[p], rules->nwords) == 0;
        if (ok) {
            pages[p].role = classify(rules, &pages[p]);
            any_referral |= pages[p].role == rules->referral_role;
            any_unknown |= pages[p].role < 0;
            all_cover &= is_cover(rules, pages[p].role);
        }
    }
    /* A document where no page looks like a referral (a terse form with
     * no heading) is read as a whole, rather than not at all; its cover
     * sheets stay covers, unless they are all it has.  Pages of no role
     * are read as it is; then the attached medication list or lab report
     * keeps its role. */
    for (size_t p = 0; ok && !any_referral && !any_unknown && p < doc->npages; p++)
        if (all_cover || (pages[p].role >= 0 && !is_cover(rules, pages[p].role)))
            pages[p].role = -1;
    for (size_t p = 0; ok && p < doc->npages; p++)
        ok = scan_page(&c, (int)p, &pages[p]) == 0 && scan_text(&c, (int)p, &pages[p]) == 0;
    for (size_t p = 0; ok && explain && p < doc->npages; p++)
        explain_page(explain, rules, &pages[p], p);
    for (int i = 0; ok && explain && i < c.out.n; i++) {
        const cand *x = &c.out.v[i];
        sb_printf(explain, "candidate %-22s %-32s score %.3f conf %.2f page %d rule %s%s\n",
                  FI_FIELDS[x->field].name, x->value, x->score, x->conf, x->page + 1, x->rule,
                  x->review ? " (unsure)" : "");
    }
    if (ok)
        ok = select_values(&c, res) == 0;
    if (ok)
        ok = fi_settle(&c.out, doc, c.today, res) == 0;
    if (ok)
        ok = spell_reason(rules, res) == 0 && spell_names(rules, doc, res) == 0;
    /* urgency is always answered: routine when the document names none */
    fi_value *urg = &res->values[fi_field_index("urgency")];
    if (ok && !urg->found) {
        urg->found = 1;
        urg->text = strdup("routine");
        urg->conf = 0.9f;
        ok = urg->text != NULL;
    }
    if (ok)
        apply_completeness(rules, res);
    for (size_t p = 0; pages && p < doc->npages; p++)
        layout_free(&pages[p]);
    free(pages);
    free(c.out.v);
    if (!ok) {
        fi_result_free(res);
        return NULL;
    }
    return res;
}

fi_result *fi_extract(const fi_rules *rules, const fi_doc *doc, fi_reread_fn reread, void *rctx)
{
    return run(rules, doc, reread, rctx, NULL);
}

char *fi_extract_explain(const fi_rules *rules, const fi_doc *doc)
{
    sbuf b = {0};
    fi_result *res = run(rules, doc, NULL, NULL, &b);
    char *json = res ? fi_result_to_json(res, doc, 0) : NULL;
    sb_printf(&b, "=== result\n%s\n", json ? json : "(out of memory)");
    free(json);
    fi_result_free(res);
    if (b.failed) {
        free(b.s);
        return NULL;
    }
    return b.s;
}
