/*
 * settle.c: the selected values checked against the rest of the document.
 *
 * A value is selected from its own candidates (extract.c); some slips show
 * only against other readings: a phone read a digit off where the cover
 * sheet has it right, a fax number the sending machine itself reported, a
 * surname a lab report prints legibly, a referral "dated" months before
 * the fax that sent it.  Each check here repairs what such a reading
 * proves, and leaves what it only suggests for review.
 */
#include "cands.h"
#include "validate.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int fi_name_distance(const char *a, const char *b)
{
    char la[64], lb[64];
    size_t i = 0, j = 0;
    for (; a[i] && i + 1 < sizeof la; i++)
        la[i] = (char)tolower((unsigned char)a[i]);
    for (; b[j] && j + 1 < sizeof lb; j++)
        lb[j] = (char)tolower((unsigned char)b[j]);
    la[i] = lb[j] = '\0';
    return fi_edit_distance(la, lb, 8);
}

int fi_better_spelling(const char *value, float conf, const cand *w, float margin)
{
    return w->conf > conf + margin && strlen(value) >= 4 &&
           strcasecmp(w->value, value) != 0 && fi_name_distance(value, w->value) <= 2;
}

/* A name's word as a page prints it, without the comma or period after
 * it; 0 when it is not a word of letters (a hyphen or apostrophe inside
 * is a letter of the name). */
static int name_word(const char *text, char *out, size_t outsz, int *comma)
{
    size_t n = strlen(text);
    *comma = n && text[n - 1] == ',';
    while (n && (text[n - 1] == ',' || text[n - 1] == '.'))
        n--;
    if (n < 2 || n >= outsz)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)text[i]) &&
            !(i && i + 1 < n && (text[i] == '-' || text[i] == '\'')))
            return 0;
    memcpy(out, text, n);
    out[n] = '\0';
    return 1;
}

/* How many slips a reading of a name may be from the name: "rn" read as
 * "m" and a dropped letter make three in a long name. */
static int name_slips(const char *a, const char *b)
{
    size_t n = strlen(a) > strlen(b) ? strlen(a) : strlen(b);
    return n >= 8 ? 3 : n >= 5 ? 2 : 1;
}

/* Votes from the pages that print the person with a comma between the
 * names: "LAST, FIRST" the value's way round (*same) or the other
 * (*turned), each name within a few slips.  A comma says the order where
 * a form's "Patient: ACHEAMPONG NOOR" leaves it to a guess. */
static void comma_votes(const fi_doc *doc, const char *first, const char *last, int *same,
                        int *turned)
{
    for (size_t p = 0; p < doc->npages; p++) {
        const fi_page *pg = &doc->pages[p];
        for (size_t k = 0; k + 1 < pg->nwords; k++) {
            const fi_word *a = &pg->words[k], *b = &pg->words[k + 1];
            char wa[64], wb[64];
            int ca, cb;
            if (a->block != b->block || a->line != b->line ||
                !name_word(a->text, wa, sizeof wa, &ca) || !ca ||
                !name_word(b->text, wb, sizeof wb, &cb))
                continue;
            if (fi_name_distance(wa, last) <= name_slips(wa, last) - 1 &&
                fi_name_distance(wb, first) <= name_slips(wb, first) - 1)
                (*same)++;
            else if (fi_name_distance(wa, first) <= name_slips(wa, first) - 1 &&
                     fi_name_distance(wb, last) <= name_slips(wb, last) - 1)
                (*turned)++;
        }
    }
}

/* The patient's last and first name the other way round when the other
 * places that print the name with its comma ("TANAKA, SIOBHAN" on a
 * progress note, a lab's "OSEI, CHINEDU", a label-less line) mostly say
 * so: the other rules' readings and the pages' words both vote.  A form's "Name:
 * SIOBHAN TANAKA" leaves the order to a guess, and a speck read as a comma
 * can turn it; a name printed last-comma-first elsewhere settles it. */
static void settle_name_order(const cands *cs, const fi_doc *doc, fi_result *res)
{
    int fl = fi_field_index("patient_last_name"), ff = fi_field_index("patient_first_name");
    fi_value *last = &res->values[fl], *first = &res->values[ff];
    if (!last->found || !first->found)
        return;
    int swap = 0, keep = 0;
    const cand *by_last = NULL, *by_first = NULL; /* the swapping readings */
    for (int i = 0; i < cs->n; i++) {
        const cand *l = &cs->v[i];
        if (l->field != fl || !l->ordered ||
            (l->page + 1 == last->page && l->x0 == last->x0 && l->y0 == last->y0))
            continue;
        for (int j = 0; j < cs->n; j++) {
            const cand *f = &cs->v[j];
            if (f->field != ff || f->page != l->page || f->x0 != l->x0 || f->y0 != l->y0 ||
                f->rule != l->rule)
                continue;
            int same = fi_name_distance(l->value, last->text) +
                       fi_name_distance(f->value, first->text);
            int turned = fi_name_distance(l->value, first->text) +
                         fi_name_distance(f->value, last->text);
            /* only a reading of the same name votes */
            if (turned < same && turned <= 3) {
                swap++;
                by_last = by_last && by_last->conf > l->conf ? by_last : l;
                by_first = by_first && by_first->conf > f->conf ? by_first : f;
            }
            else if (same < turned && same <= 3)
                keep++;
            break;
        }
    }
    int same = 0, turned = 0;
    comma_votes(doc, first->text, last->text, &same, &turned);
    if (swap + turned <= keep + same)
        return;
    char *t = last->text;
    last->text = first->text;
    first->text = t;
    float c = last->conf;
    last->conf = first->conf;
    first->conf = c;
    int r = last->review;
    last->review = first->review;
    first->review = r;
    /* and the spelling, as select_values takes it from a witness */
    fi_value *part[2] = {last, first};
    const cand *by[2] = {by_last, by_first};
    for (int k = 0; k < 2; k++) {
        char *better;
        if (!by[k] || !fi_better_spelling(part[k]->text, part[k]->conf, by[k], 0.1f) ||
            !(better = strdup(by[k]->value)))
            continue;
        free(part[k]->text);
        part[k]->text = better;
    }
}

/* A surname read so badly on the referral that it is no longer the name
 * ("JANE Vitals", read at 0.36), where a page that repeats the patient
 * with the same first name prints the surname legibly ("YILMAZ, JANE"):
 * that surname is taken, and stays listed for review. */
static int settle_surname(const cands *cs, fi_result *res)
{
    int fl = fi_field_index("patient_last_name"), ff = fi_field_index("patient_first_name");
    fi_value *last = &res->values[fl], *first = &res->values[ff];
    if (!last->found || !first->found || last->conf >= 0.5f)
        return 0;
    const cand *best = NULL;
    for (int i = 0; i < cs->n; i++) {
        const cand *l = &cs->v[i];
        if (l->field != fl || !l->witness || l->conf < 0.85f ||
            strcasecmp(l->value, last->text) == 0 || (best && best->conf >= l->conf))
            continue;
        for (int j = 0; j < cs->n; j++) {
            const cand *f = &cs->v[j];
            if (f->field == ff && f->page == l->page && f->x0 == l->x0 && f->y0 == l->y0 &&
                strcasecmp(f->value, first->text) == 0) {
                best = l;
                break;
            }
        }
    }
    if (!best)
        return 0;
    char *name = strdup(best->value);
    if (!name)
        return -1;
    free(last->text);
    last->text = name;
    last->review = 1;
    return 0;
}

float fi_doc_name_prints(const fi_doc *doc, const char *name, int *count, float *best)
{
    float sum = 0, top = 0;
    int n = 0;
    for (size_t p = 0; p < doc->npages; p++)
        for (size_t k = 0; k < doc->pages[p].nwords; k++) {
            const fi_word *w = &doc->pages[p].words[k];
            char word[64];
            int comma;
            if (!name_word(w->text, word, sizeof word, &comma) || strcasecmp(word, name) != 0)
                continue;
            sum += w->conf;
            top = w->conf > top ? w->conf : top;
            n++;
        }
    if (count)
        *count = n;
    if (best)
        *best = top;
    return sum;
}

/* 1 when a word has no small letter. */
static int all_caps(const char *word)
{
    for (; *word; word++)
        if (islower((unsigned char)*word))
            return 0;
    return 1;
}

/* Another spelling of a person's name: what differs from the value. */
typedef struct spelling {
    char first[64], last[64]; /* "" where it is the value's own */
    int far;                  /* a slip more than name_slips allows */
    int initial;              /* first spells out the value's initial */
} spelling;

static float support(const fi_doc *doc, const spelling *s, const char *first, const char *last)
{
    float f = fi_doc_name_prints(doc, s->first[0] ? s->first : first, NULL, NULL);
    float l = fi_doc_name_prints(doc, s->last[0] ? s->last : last, NULL, NULL);
    return !s->first[0] ? l : !s->last[0] ? f : f < l ? f : l;
}

/* A person's first and last name a few slips off in one of them ("KAKEN
 * SHAH", "Robert Aemathy") where a page prints the same person legibly:
 * the other name the same and next to it, in either order
 * ("Electronically signed by Karen Shah, NP", a cover's "From Dr. Robert
 * Abernathy", a lab's "ORDERING ABERNATHY, ROBERT").  That spelling is
 * taken when the document prints it more legibly, in sum, than the value's
 * own (a cover may misprint what two notes print right).  Writes the
 * better spelling of the one that differs into better_first or
 * better_last (each 64 bytes, "" when none); returns 1 when one was
 * found. */
static int respell_person(const fi_doc *doc, const char *first, const char *last,
                          char *better_first, char *better_last)
{
    better_first[0] = better_last[0] = '\0';
    /* a first name of two words ("JUAN CARLOS") is matched by its first;
     * only the surname is respelled then */
    char first1[64];
    snprintf(first1, sizeof first1, "%.*s", (int)strcspn(first, " "), first);
    int two_words = strcmp(first1, first) != 0;
    spelling alt[16];
    int nalt = 0;
    for (size_t p = 0; p < doc->npages; p++) {
        const fi_page *pg = &doc->pages[p];
        for (size_t k = 0; k + 1 < pg->nwords && nalt < (int)(sizeof alt / sizeof *alt); k++) {
            /* "Karen Shah", "SHAH, KAREN", or with a word between:
             * "Linda L. Delgado", "Juan Carlos Reddy" */
            for (size_t gap = 1; gap <= 2 && k + gap < pg->nwords; gap++) {
                const fi_word *a = &pg->words[k], *b = &pg->words[k + gap];
                char wa[64], wb[64], mid[64];
                int ca, cb, cm = 0;
                if (a->block != b->block || a->line != b->line ||
                    !name_word(a->text, wa, sizeof wa, &ca) ||
                    !name_word(b->text, wb, sizeof wb, &cb))
                    continue;
                /* the word between a first name and a surname, not after
                 * a comma: "L." in "Linda L. Delgado" */
                int named = gap == 2 && name_word(pg->words[k + 1].text, mid, sizeof mid, &cm);
                if (gap == 2 && (ca || (!named && !(isalpha((unsigned char)pg->words[k + 1].text[0]) &&
                                                   strlen(pg->words[k + 1].text) <= 2)) ||
                                 (named && cm)))
                    continue;
                const char *wf = ca ? wb : wa, *wl = ca ? wa : wb;
                const fi_word *xf = ca ? b : a, *xl = ca ? a : b;
                size_t lf = strlen(wf), ll = strlen(wl);
                if ((strlen(first1) > 1 && (lf + 3 < strlen(first1) || lf > strlen(first1) + 3)) ||
                    ll + 3 < strlen(last) ||
                    ll > strlen(last) + 3)
                    continue;
                int df = fi_name_distance(wf, first1), dl = fi_name_distance(wl, last);
                /* one name the same and the other a few slips off (a
                 * first name one: "Meera" is not "Metro"; a long surname
                 * one more, if printed legibly twice: see below), or both
                 * a slip off ("KAKEN SHA" for "Karen Shah"); read legibly */
                int slips = name_slips(wl, last) + (ll >= 7);
                /* or the value's first name only an initial ("L Baca",
                 * "FONTENOT, C") that the first name printed elsewhere
                 * begins with */
                int spelled = strlen(first1) == 1 && lf >= 2 && dl == 0 &&
                              toupper((unsigned char)wf[0]) == toupper((unsigned char)first1[0]);
                int near = spelled || (df == 0 && dl > 0 && dl <= slips) ||
                           (!two_words && dl == 0 && df == 1 && strlen(first) >= 3) ||
                           (!two_words && df == 1 && dl == 1 && strlen(first) >= 4 &&
                            strlen(last) >= 3);
                if (!near || (df && xf->conf < 0.85f) || (dl && xl->conf < 0.85f))
                    continue;
                spelling s;
                snprintf(s.first, sizeof s.first, "%s", df ? wf : "");
                snprintf(s.last, sizeof s.last, "%s", dl ? wl : "");
                s.far = dl > name_slips(wl, last);
                s.initial = spelled;
                int i = 0;
                while (i < nalt &&
                       (strcasecmp(alt[i].first, s.first) || strcasecmp(alt[i].last, s.last)))
                    i++;
                /* a spelling in capitals and small letters tells more than
                 * one in capitals: "Abernathy", not "ABERNATHY" */
                if (i == nalt || (all_caps(alt[i].first) && all_caps(alt[i].last)))
                    alt[i] = s;
                nalt += i == nalt;
                if (nalt == (int)(sizeof alt / sizeof *alt))
                    break;
            }
        }
    }
    float best_support = 0;
    int best = -1;
    for (int i = 0; i < nalt; i++) {
        float f = support(doc, &alt[i], first, last);
        /* against the value's own spelling of the same name(s) */
        spelling mine = {"", "", 0, 0};
        snprintf(mine.first, sizeof mine.first, "%s", alt[i].first[0] ? first : "");
        snprintf(mine.last, sizeof mine.last, "%s", alt[i].last[0] ? last : "");
        /* the extra slip wants two legible prints ("Delgado" .97 and
         * "DELGADO," .96 against "peigedo") */
        if (alt[i].far && f < 1.7f)
            continue;
        /* an initial is no spelling to weigh against */
        if ((alt[i].initial || f > support(doc, &mine, first, last)) && f > best_support)
            best = i, best_support = f;
    }
    if (best < 0)
        return 0;
    /* in the case the value is written in */
    snprintf(better_first, 64, "%s", alt[best].first);
    snprintf(better_last, 64, "%s", alt[best].last);
    for (char *c = better_first; all_caps(first) && *c; c++)
        *c = (char)toupper((unsigned char)*c);
    for (char *c = better_last; all_caps(last) && *c; c++)
        *c = (char)toupper((unsigned char)*c);
    return 1;
}

/* Respells the patient's first and last name by respell_person.  Returns
 * -1 when out of memory. */
static int settle_patient_spelling(const fi_doc *doc, fi_result *res)
{
    fi_value *last = &res->values[fi_field_index("patient_last_name")];
    fi_value *first = &res->values[fi_field_index("patient_first_name")];
    char bf[64], bl[64];
    if (!last->found || !first->found || strlen(first->text) >= 64 || strlen(last->text) >= 64 ||
        !respell_person(doc, first->text, last->text, bf, bl))
        return 0;
    fi_value *part[2] = {first, last};
    const char *better[2] = {bf, bl};
    for (int k = 0; k < 2; k++) {
        char *name;
        if (!better[k][0])
            continue;
        if (!(name = strdup(better[k])))
            return -1;
        free(part[k]->text);
        part[k]->text = name;
    }
    return 0;
}

/* Respells a provider's "First [M.] Last" by respell_person.  Returns -1
 * when out of memory. */
static int settle_provider(const fi_doc *doc, fi_value *v)
{
    if (!v->found || !v->text)
        return 0;
    const char *sp = strchr(v->text, ' '), *lsp = strrchr(v->text, ' ');
    if (!sp || (size_t)(sp - v->text) >= 64 || strlen(lsp + 1) >= 64)
        return 0;
    char first[64], last[64], bf[64], bl[64];
    snprintf(first, sizeof first, "%.*s", (int)(sp - v->text), v->text);
    snprintf(last, sizeof last, "%s", lsp + 1);
    if (!respell_person(doc, first, last, bf, bl))
        return 0;
    size_t middle = (size_t)(lsp - sp) + 1; /* the spaces and any middle initial */
    size_t len = strlen(bf[0] ? bf : first) + middle + strlen(bl[0] ? bl : last) + 1;
    char *name = malloc(len);
    if (!name)
        return -1;
    snprintf(name, len, "%s%.*s%s", bf[0] ? bf : first, (int)middle, sp, bl[0] ? bl : last);
    free(v->text);
    v->text = name;
    return 0;
}

/* The member ID checked against the published form of its plan's IDs
 * (fi_payer_id_fit): look-alikes read for the form's digits or letters
 * are taken for them; an ID that does not fit gives way to another
 * reading that does; and when the referral gives none, a word of a
 * telling form (Medicare's "8CH2VY1GT14") is the ID wherever it is
 * printed ("Ins: 8CH2VY1GT14" under a label no rule knows).  Each such
 * value is listed for review.  Returns -1 when out of memory. */
static int settle_member_id(const cands *cs, const fi_doc *doc, fi_result *res)
{
    const fi_value *payer = &res->values[fi_field_index("insurance_payer")];
    int f = fi_field_index("insurance_member_id");
    fi_value *v = &res->values[f];
    char fitted[64], best[64] = "";
    if (!payer->found)
        return 0;
    int fit = v->found ? fi_payer_id_fit(payer->text, v->text, 1, fitted, sizeof fitted) : -1;
    /* An ID that takes its plan's form as read, letters and digits each in
     * their places, was read without the slips that OCR makes most (a
     * letter for a digit): like a check digit, if a weaker one, it spares
     * a fairly legible reading the review. */
    if (fit == 1 && v->conf >= 0.6f)
        v->review = 0;
    if (fit == 1 || (v->found && fit < 0))
        return 0;
    if (fit > 1) {
        snprintf(best, sizeof best, "%s", fitted);
    } else if (v->found) {
        /* another reading of the ID that fits, the fewest look-alikes and
         * then the best score first */
        int least = 0;
        double score = 0;
        for (int i = 0; i < cs->n; i++) {
            const cand *x = &cs->v[i];
            int k = x->field != f ? 0
                    : fi_payer_id_fit(payer->text, x->value, 1, fitted, sizeof fitted);
            if (k > 0 && (!best[0] || k < least || (k == least && x->score > score))) {
                snprintf(best, sizeof best, "%s", fitted);
                least = k, score = x->score;
            }
        }
        v->review = 1;
    } else if (fi_payer_id_telling(payer->text)) {
        int least = 0;
        for (size_t p = 0; p < doc->npages; p++) {
            const fi_page *pg = &doc->pages[p];
            for (size_t k = 0; k < pg->nwords; k++) {
                const fi_word *w = &pg->words[k], *next = k + 1 < pg->nwords ? w + 1 : NULL;
                char both[64];
                const char *as[2] = {w->text, NULL};
                /* an ID may be read in two words ("WS095 79013") */
                if (next && next->block == w->block && next->line == w->line &&
                    (size_t)snprintf(both, sizeof both, "%s%s", w->text, next->text) < sizeof both)
                    as[1] = both;
                for (int a = 0; a < 2 && as[a]; a++) {
                    /* as read: a date or a time is not an ID */
                    int n = strpbrk(as[a], "/:()") ? 0
                            : fi_payer_id_fit(payer->text, as[a], 0, fitted, sizeof fitted);
                    /* look-alikes in a few places at most: a word the
                     * form fits only by reading it all as something else
                     * is not an ID */
                    if (n > 0 && n <= 1 + 4 && (!best[0] || n < least)) {
                        snprintf(best, sizeof best, "%s", fitted);
                        least = n;
                        v->page = (int)p + 1;
                        v->x0 = w->x0, v->y0 = w->y0;
                        v->x1 = a ? next->x1 : w->x1, v->y1 = a ? next->y1 : w->y1;
                        v->conf = w->conf;
                    }
                }
            }
        }
        if (!best[0])
            return 0;
        free(v->rule);
        if (!(v->rule = strdup("payer_id_form")))
            return -1;
        v->found = 1;
    }
    if (!best[0])
        return 0;
    char *id = strdup(best);
    if (!id)
        return -1;
    free(v->text);
    v->text = id;
    v->review = 1;
    return 0;
}

/* What the sending fax machine says of itself: the station id and the
 * receive time the fax server recorded, and the header line the machine
 * printed along the top of each page.  Read once per document. */
typedef struct head {
    char number[11];        /* the sender's number the header gives */
    float conf;             /* how legibly it was read */
    int page;               /* 0-based */
    int box[4];
} head;

typedef struct sender {
    int has_station;
    char station[11];       /* the machine's fax number, exact */
    int nheads;
    head heads[16];
    int has_date;
    char date[16];          /* the day the fax was sent, YYYY-MM-DD */
} sender;

/* Ten digits of a number written any way ("Fax from 4149253722", "+1 414
 * 925 3722"), a leading 1 dropped; 0 when it does not hold ten. */
static int ten_digits(const char *text, char out[11])
{
    char digits[32];
    size_t n = 0;
    for (const char *p = text; *p && n + 1 < sizeof digits; p++)
        if (isdigit((unsigned char)*p))
            digits[n++] = *p;
    digits[n] = '\0';
    const char *ten = n == 11 && digits[0] == '1' ? digits + 1 : digits;
    if (strlen(ten) != 10)
        return 0;
    memcpy(out, ten, 11);
    return 1;
}

/* The words of a page's fax header band, along the top, left to right. */
static int header_band(const fi_page *pg, const fi_word **band, int max)
{
    int n = 0;
    for (size_t k = 0; k < pg->nwords && n < max; k++)
        if (pg->words[k].y1 < pg->height / 25)
            band[n++] = &pg->words[k];
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && band[j]->x0 < band[j - 1]->x0; j--) {
            const fi_word *t = band[j];
            band[j] = band[j - 1];
            band[j - 1] = t;
        }
    return n;
}

/* The sender's number in a header band ("RECEIVED 10/19/2026 07:01AM FROM
 * 5189400781 TO 5185758576", "Oct 23 2026 12:15 From: (919) 240-2964 MAIN
 * FAX"): the first run of words made only of digits and ( ) - . that holds
 * ten digits.  Fills h's number, conf and box; returns 0 when there is
 * none. */
static int header_number(const fi_word *const *band, int n, head *h)
{
    char digits[32];
    size_t nd = 0;
    float conf = 1.0f;
    int from = 0;
    for (int i = 0; i <= n; i++) {
        const char *t = i < n ? band[i]->text : "";
        if (*t && strspn(t, "0123456789()-.") == strlen(t)) {
            from = nd ? from : i;
            for (; *t && nd + 1 < sizeof digits; t++)
                if (isdigit((unsigned char)*t))
                    digits[nd++] = *t;
            conf = band[i]->conf < conf ? band[i]->conf : conf;
            continue;
        }
        digits[nd] = '\0';
        if (nd && ten_digits(digits, h->number)) {
            h->conf = conf;
            h->box[0] = band[from]->x0, h->box[1] = band[from]->y0;
            h->box[2] = band[i - 1]->x1, h->box[3] = band[i - 1]->y1;
            return 1;
        }
        nd = 0;
        conf = 1.0f;
    }
    return 0;
}

/* The index of the text that most of items[0..n) give, or -1. */
static int most_common(const char *const *items, int n)
{
    int best = -1, best_count = 0;
    for (int i = 0; i < n; i++) {
        int count = 0;
        for (int j = 0; j < n; j++)
            count += strcmp(items[i], items[j]) == 0;
        if (count > best_count)
            best = i, best_count = count;
    }
    return best;
}

static void read_sender(const fi_doc *doc, const char *today, sender *s)
{
    memset(s, 0, sizeof *s);
    cJSON *meta = doc->meta ? cJSON_Parse(doc->meta) : NULL;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(meta, "station_id");
    const cJSON *when = cJSON_GetObjectItemCaseSensitive(meta, "datetime");
    s->has_station = cJSON_IsString(id) && ten_digits(id->valuestring, s->station);
    int y, m, d;
    if (cJSON_IsString(when) && sscanf(when->valuestring, "%4d:%2d:%2d", &y, &m, &d) == 3 &&
        y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        snprintf(s->date, sizeof s->date, "%04d-%02d-%02d", y, m, d);
        s->has_date = 1;
    }
    cJSON_Delete(meta);
    /* the header's date, when the server recorded none: the one most
     * pages print */
    char dates[16][16];
    const char *date_of[16];
    int ndates = 0;
    for (size_t p = 0; p < doc->npages && p < 16; p++) {
        const fi_word *band[48];
        int nb = header_band(&doc->pages[p], band, 48);
        head *h = &s->heads[s->nheads];
        if (header_number(band, nb, h)) {
            h->page = (int)p;
            s->nheads++;
        }
        char text[512] = "";
        size_t len = 0;
        for (int i = 0; i < nb && len + 1 < sizeof text; i++)
            len += (size_t)snprintf(text + len, sizeof text - len, "%s ", band[i]->text);
        if (!s->has_date && fi_norm_date(text, dates[ndates], sizeof dates[0]) &&
            fi_date_plausible_recent(dates[ndates], today)) {
            date_of[ndates] = dates[ndates];
            ndates++;
        }
    }
    int k = most_common(date_of, ndates);
    if (k >= 0) {
        snprintf(s->date, sizeof s->date, "%s", dates[k]);
        s->has_date = 1;
    }
}

static int digit_slips(const char *a, const char *b)
{
    int d = 0;
    for (; *a && *b; a++, b++)
        d += *a != *b;
    return *a || *b ? 99 : d;
}

/* 1 when a and b, of one length, differ only in digits OCR takes for one
 * another (0 and 8, 1 and 7, 5 and 6...): two readings of one number.
 * An office's main line and its doctor's direct line differ otherwise
 * ("287-4400" and "287-4413"), and must not be voted into one. */
static int slips_alike(const char *a, const char *b)
{
    static const char *const pairs[] = {"08", "06", "09", "17", "14", "38", "56",
                                        "58", "68", "89", "27", "35", "49", "23"};
    for (; *a && *b; a++, b++) {
        if (*a == *b)
            continue;
        int alike = 0;
        for (size_t k = 0; k < sizeof pairs / sizeof *pairs && !alike; k++)
            alike = (pairs[k][0] == *a && pairs[k][1] == *b) ||
                    (pairs[k][0] == *b && pairs[k][1] == *a);
        if (!alike)
            return 0;
    }
    return 1;
}

/* Sets v to text, found by rule, for a person to confirm.  Returns -1
 * when out of memory. */
static int offer(fi_value *v, const char *text, const char *rule)
{
    if (!(v->text = strdup(text)) || !(v->rule = strdup(rule))) {
        free(v->text);
        v->text = NULL;
        return -1;
    }
    v->found = 1;
    v->conf = 0.5f;
    v->review = 1;
    return 0;
}

/* With no fax number anywhere in the referral, the sending machine's is
 * offered, for a person to confirm: it is the referring practice's more
 * often than not, but a hospital may send from a main line.  The station
 * id it reported, or else the number its header gives on most pages.
 * Returns -1 when out of memory. */
static int fax_from_machine(const sender *s, fi_value *v)
{
    const char *numbers[16];
    for (int i = 0; i < s->nheads; i++)
        numbers[i] = s->heads[i].number;
    int best = s->has_station ? -1 : most_common(numbers, s->nheads);
    if (!s->has_station && best < 0)
        return 0;
    const char *number = best < 0 ? s->station : s->heads[best].number;
    if (offer(v, number, best < 0 ? "sender_station" : "sender_header"))
        return -1;
    if (best >= 0) {
        const head *h = &s->heads[best];
        v->page = h->page + 1;
        v->x0 = h->box[0], v->y0 = h->box[1], v->x1 = h->box[2], v->y1 = h->box[3];
    }
    return 0;
}

/* With no date on the referral itself, the day it was faxed is offered,
 * for a person to confirm: a referral is most often sent the day it is
 * written.  Returns -1 when out of memory. */
static int date_from_machine(const sender *s, fi_value *v)
{
    return s->has_date ? offer(v, s->date, "sender_date") : 0;
}

/* A phone or fax number read in several places, a digit or two apart
 * here and there ("(518) 302-8699" on a smudged form, "392-8099" on the
 * cover sheet): each digit is the one the readings agree on, weighed by
 * how legible each reading was.  A fax number is also read in the header
 * the sending machine printed on each page, and the number that machine
 * reported to ours (its station id) is exact, so weighs more than any
 * reading. */
static void settle_digits(const cands *cs, const sender *s, fi_result *res)
{
    static const char *const fields[] = {"patient_phone", "referring_phone", "referring_fax"};
    for (size_t k = 0; k < sizeof fields / sizeof *fields; k++) {
        int f = fi_field_index(fields[k]);
        fi_value *v = &res->values[f];
        if (!v->found || strlen(v->text) != 10)
            continue;
        double votes[10][10] = {{0}};
        const char *whole_readings[48]; /* each reading's number, once */
        int n = 0;
        const cand *seen[32];
        int nseen = 0;
        for (int i = 0; i < cs->n && nseen < 32; i++) {
            const cand *x = &cs->v[i];
            if (x->field != f || digit_slips(x->value, v->text) > 2 ||
                !slips_alike(x->value, v->text))
                continue;
            int again = 0; /* two rules reading the same words read them once */
            for (int j = 0; j < nseen && !again; j++)
                again = seen[j]->page == x->page && seen[j]->x0 == x->x0 && seen[j]->y0 == x->y0;
            if (again)
                continue;
            seen[nseen++] = x;
            whole_readings[n++] = x->value;
            for (int d = 0; d < 10; d++)
                votes[d][x->value[d] - '0'] += x->conf;
        }
        int fax = f == fi_field_index("referring_fax");
        int sent = fax && s->has_station && digit_slips(s->station, v->text) <= 2;
        for (int d = 0; sent && d < 10; d++)
            votes[d][s->station[d] - '0'] += 1.5;
        for (int h = 0; fax && h < s->nheads; h++) {
            const head *hd = &s->heads[h];
            if (digit_slips(hd->number, v->text) > 2)
                continue;
            whole_readings[n++] = hd->number;
            for (int d = 0; d < 10; d++)
                votes[d][hd->number[d] - '0'] += hd->conf;
        }
        if (n + sent < 2)
            continue;
        char settled[11];
        for (int d = 0; d < 10; d++) {
            int best = v->text[d] - '0';
            for (int g = 0; g < 10; g++)
                if (votes[d][g] > votes[d][best])
                    best = g;
            settled[d] = (char)('0' + best);
        }
        settled[10] = '\0';
        /* two readings that give the settled number whole (or the
         * machine's own report of it) need no one to check them; a
         * number put together from several readings does */
        int whole = sent && strcmp(settled, s->station) == 0 ? 2 : 0;
        for (int i = 0; i < n; i++)
            whole += strcmp(whole_readings[i], settled) == 0;
        if (whole >= 2) {
            v->review = 0;
            if (v->conf < 0.9f)
                v->conf = 0.9f;
        } else if (strcmp(settled, v->text) != 0) {
            v->review = 1;
        }
        memcpy(v->text, settled, sizeof settled);
    }
}

int fi_doc_numbers(const fi_doc *doc, char (*numbers)[11], int max)
{
    int n = 0;
    for (size_t p = 0; p < doc->npages; p++) {
        const fi_page *pg = &doc->pages[p];
        for (size_t k = 0; k < pg->nwords && n < max; k++) {
            char digits[16];
            size_t nd = 0;
            for (size_t j = k; j < pg->nwords && j < k + 4; j++) {
                const fi_word *w = &pg->words[j];
                if (w->block != pg->words[k].block || w->line != pg->words[k].line ||
                    strspn(w->text, "0123456789().-+") != strlen(w->text))
                    break;
                for (const char *c = w->text; *c && nd + 1 < sizeof digits; c++)
                    if (isdigit((unsigned char)*c))
                        digits[nd++] = *c;
                digits[nd] = '\0';
                char ten[11];
                if (nd >= 10) {
                    if (ten_digits(digits, ten)) {
                        int seen = 0;
                        for (int i = 0; i < n && !seen; i++)
                            seen = strcmp(numbers[i], ten) == 0;
                        if (!seen)
                            memcpy(numbers[n++], ten, sizeof ten);
                    }
                    break;
                }
            }
        }
    }
    return n;
}

/* A phone or fax number whose area code no other number of the document
 * has, where one a digit off is printed on two or more ("320" among the
 * practice's "520"s): a slip in the area code, repaired for review; for
 * the practice's own numbers, also one a digit lost and another added
 * away ("208" for "520"), printed on four or more.  The
 * practice's own phone and fax share their exchange too ("279-363-8907",
 * "279-363-9007"), which repairs a slip there the same way; a patient's
 * exchange is their own. */
static void settle_area_codes(const fi_doc *doc, fi_result *res)
{
    static const char *const fields[] = {"patient_phone", "referring_phone", "referring_fax"};
    char numbers[64][11];
    int n = fi_doc_numbers(doc, numbers, 64);
    for (size_t k = 0; k < sizeof fields / sizeof *fields; k++) {
        fi_value *v = &res->values[fi_field_index(fields[k])];
        if (!v->found || strlen(v->text) != 10)
            continue;
        for (size_t len = 3; len <= (k ? 6u : 3u); len += 3) {
            char best[7] = "", mine[7];
            int best_count = 0, own = 0;
            snprintf(mine, sizeof mine, "%.*s", (int)len, v->text);
            for (int i = 0; i < n; i++) {
                if (strcmp(numbers[i], v->text) == 0)
                    continue;
                if (strncmp(numbers[i], v->text, len) == 0) {
                    own = 1;
                    break;
                }
                char prefix[7];
                snprintf(prefix, sizeof prefix, "%.*s", (int)len, numbers[i]);
                /* a digit off; or, for the practice's area code, a digit
                 * lost and another added ("208" for "520"), weighing less */
                int slips = digit_slips(prefix, mine);
                int shifted = slips != 1 && k && len == 3 && fi_edit_distance(prefix, mine, 2) == 2;
                if (slips != 1 && !shifted)
                    continue;
                int count = 0;
                for (int j = 0; j < n; j++)
                    count += strncmp(numbers[j], prefix, len) == 0;
                count = shifted ? count / 2 : count;
                if (count > best_count)
                    memcpy(best, prefix, sizeof prefix), best_count = count;
            }
            /* printed on two numbers or more (four, for a shifted one) */
            if (own || best_count < 2)
                continue;
            memcpy(v->text, best, len);
            v->review = 1;
        }
    }
}

/* Days from 1970-01-01 to an ISO date (the civil calendar's arithmetic). */
static int iso_days(const char *iso, long *days)
{
    int y, m, d;
    if (sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return 0;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    *days = era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    return 1;
}

/* A referral dated months before the fax that sent it, where a "1" lost
 * before the month (a "1/2/2026" that was "11/2/2026", the first stroke
 * taken for a box's edge) dates it in the weeks before: the month is
 * taken so, for a person to confirm. */
static void settle_referral_date(const sender *s, const char *today, fi_result *res)
{
    fi_value *v = &res->values[fi_field_index("referral_date")];
    long dv, df;
    if (!v->found || !s->has_date || !iso_days(v->text, &dv) || !iso_days(s->date, &df) ||
        df - dv <= 90)
        return;
    int y, m, d;
    if (sscanf(v->text, "%4d-%2d-%2d", &y, &m, &d) != 3 || m > 2)
        return;
    char fixed[40];
    long dc;
    snprintf(fixed, sizeof fixed, "%04d-%02d-%02d", y, m + 10, d);
    if (!fi_date_plausible_recent(fixed, today) || !iso_days(fixed, &dc) || dc > df ||
        df - dc > 90 || strlen(fixed) != strlen(v->text))
        return;
    memcpy(v->text, fixed, strlen(fixed) + 1);
    v->review = 1;
}

int fi_settle(const cands *cs, const fi_doc *doc, const char *today, fi_result *res)
{
    settle_name_order(cs, doc, res);
    if (settle_surname(cs, res) || settle_patient_spelling(doc, res) ||
        settle_member_id(cs, doc, res))
        return -1;
    if (settle_provider(doc, &res->values[fi_field_index("referring_provider")]) ||
        settle_provider(doc, &res->values[fi_field_index("referred_to_provider")]))
        return -1;
    sender s;
    read_sender(doc, today, &s);
    settle_digits(cs, &s, res);
    settle_area_codes(doc, res);
    settle_referral_date(&s, today, res);
    fi_value *date = &res->values[fi_field_index("referral_date")];
    if (!date->found && date_from_machine(&s, date))
        return -1;
    /* after settle_digits: the machine's own number is not voted on */
    fi_value *fax = &res->values[fi_field_index("referring_fax")];
    return fax->found ? 0 : fax_from_machine(&s, fax);
}
