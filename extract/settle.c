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

int fi_better_spelling(const char *value, float conf, const cand *w)
{
    return w->conf > conf + 0.1f && strlen(value) >= 4 && fi_name_distance(value, w->value) <= 2;
}

/* The patient's last and first name the other way round when the other
 * places that print the name with its comma ("TANAKA, SIOBHAN" on a
 * progress note, a lab's "OSEI, CHINEDU") mostly say so.  A form's "Name:
 * SIOBHAN TANAKA" leaves the order to a guess, and a speck read as a comma
 * can turn it; a name printed last-comma-first elsewhere settles it. */
static void settle_name_order(const cands *cs, fi_result *res)
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
            int same = fi_name_distance(l->value, last->text) + fi_name_distance(f->value, first->text);
            int turned = fi_name_distance(l->value, first->text) + fi_name_distance(f->value, last->text);
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
    if (swap <= keep)
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
        if (!fi_better_spelling(part[k]->text, part[k]->conf, by[k]) ||
            !(better = strdup(by[k]->value)))
            continue;
        free(part[k]->text);
        part[k]->text = better;
    }
}

/* The sender's fax number as the fax machine sent it (the station id a fax
 * server records: "Fax from 4149253722", "+1 414 925 3722"), not as OCR
 * read it.  Fills out with its ten digits and returns 1, or returns 0. */
static int station_number(const fi_doc *doc, char out[11])
{
    cJSON *meta = doc->meta ? cJSON_Parse(doc->meta) : NULL;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(meta, "station_id");
    char digits[32];
    size_t n = 0;
    const char *text = cJSON_IsString(id) ? id->valuestring : "";
    for (const char *p = text; *p && n + 1 < sizeof digits; p++)
        if (isdigit((unsigned char)*p))
            digits[n++] = *p;
    digits[n] = '\0';
    cJSON_Delete(meta);
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

/* The sender's number in a page's fax header, the line the sending machine
 * prints along the top ("RECEIVED 10/19/2026 07:01AM FROM 5189400781 TO
 * 5185758576", "Oct 23 2026 12:15 From: (919) 240-2964 MAIN FAX"): the
 * first run of words made only of digits and ( ) - . that holds ten
 * digits.  Fills out (and box, unless NULL) and returns its reading's
 * confidence, or 0. */
static float header_number(const fi_page *pg, char out[11], int box[4])
{
    const fi_word *band[48];
    int n = header_band(pg, band, 48);
    char digits[16];
    size_t nd = 0;
    float conf = 1.0f;
    int from = 0;
    for (int i = 0; i <= n; i++) {
        const char *t = i < n ? band[i]->text : "";
        int numeric = *t && strspn(t, "0123456789()-.") == strlen(t);
        if (numeric) {
            from = nd ? from : i;
            for (; *t && nd + 1 < sizeof digits; t++)
                if (isdigit((unsigned char)*t))
                    digits[nd++] = *t;
            conf = band[i]->conf < conf ? band[i]->conf : conf;
            continue;
        }
        digits[nd] = '\0';
        const char *ten = nd == 11 && digits[0] == '1' ? digits + 1 : digits;
        if (strlen(ten) == 10) {
            memcpy(out, ten, 11);
            if (box) {
                box[0] = band[from]->x0, box[1] = band[from]->y0;
                box[2] = band[i - 1]->x1, box[3] = band[i - 1]->y1;
            }
            return conf;
        }
        nd = 0;
        conf = 1.0f;
    }
    return 0.0f;
}

static int digit_slips(const char *a, const char *b)
{
    int d = 0;
    for (; *a && *b; a++, b++)
        d += *a != *b;
    return *a || *b ? 99 : d;
}

/* A phone or fax number read in several places, a digit or two apart
 * here and there ("(518) 302-8699" on a smudged form, "392-8099" on the
 * cover sheet): each digit is the one the readings agree on, weighed by
 * how legible each reading was.  A fax number is also read in the header
 * the sending machine printed on each page, and the number that machine
 * reported to ours (its station id) is exact, so weighs more than any
 * reading. */
/* With no fax number anywhere in the referral, the sending machine's is
 * offered, for a person to confirm: it is the referring practice's more
 * often than not, but a hospital may send from a main line.  The station
 * id it reported, or else the number its header gives on most pages.
 * Returns -1 when out of memory. */
static int fax_from_machine(const fi_doc *doc, fi_value *v)
{
    char number[11], heads[16][11];
    int boxes[16][4], pages[16], n = 0, best = -1, best_count = 0;
    const char *rule = "sender_station";
    if (!station_number(doc, number)) {
        for (size_t p = 0; p < doc->npages && n < 16; p++)
            if (header_number(&doc->pages[p], heads[n], boxes[n]) > 0.0f)
                pages[n++] = (int)p;
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j < n; j++)
                count += strcmp(heads[i], heads[j]) == 0;
            if (count > best_count)
                best = i, best_count = count;
        }
        if (best < 0)
            return 0;
        memcpy(number, heads[best], sizeof number);
        rule = "sender_header";
    }
    if (!(v->text = strdup(number)) || !(v->rule = strdup(rule))) {
        free(v->text);
        v->text = NULL;
        return -1;
    }
    v->found = 1;
    v->conf = 0.5f;
    v->review = 1;
    if (best >= 0) {
        v->page = pages[best] + 1;
        v->x0 = boxes[best][0], v->y0 = boxes[best][1];
        v->x1 = boxes[best][2], v->y1 = boxes[best][3];
    }
    return 0;
}

static void settle_digits(const cands *cs, const fi_doc *doc, fi_result *res)
{
    static const char *const fields[] = {"patient_phone", "referring_phone", "referring_fax"};
    char station[11];
    int have_station = station_number(doc, station);
    for (size_t k = 0; k < sizeof fields / sizeof *fields; k++) {
        int f = fi_field_index(fields[k]);
        fi_value *v = &res->values[f];
        if (!v->found || strlen(v->text) != 10)
            continue;
        double votes[10][10] = {{0}};
        const cand *seen[32];
        int n = 0;
        for (int i = 0; i < cs->n && n < 32; i++) {
            const cand *x = &cs->v[i];
            if (x->field != f || digit_slips(x->value, v->text) > 2)
                continue;
            int again = 0; /* two rules reading the same words read them once */
            for (int j = 0; j < n && !again; j++)
                again = seen[j]->page == x->page && seen[j]->x0 == x->x0 && seen[j]->y0 == x->y0;
            if (again)
                continue;
            seen[n++] = x;
            for (int d = 0; d < 10; d++)
                votes[d][x->value[d] - '0'] += x->conf;
        }
        int fax = f == fi_field_index("referring_fax");
        int sent = fax && have_station && digit_slips(station, v->text) <= 2;
        for (int d = 0; sent && d < 10; d++)
            votes[d][station[d] - '0'] += 1.5;
        char heads[16][11];
        int nheads = 0;
        for (size_t p = 0; fax && p < doc->npages && nheads < 16; p++) {
            float conf = header_number(&doc->pages[p], heads[nheads], NULL);
            if (conf <= 0.0f || digit_slips(heads[nheads], v->text) > 2)
                continue;
            for (int d = 0; d < 10; d++)
                votes[d][heads[nheads][d] - '0'] += conf;
            nheads++;
        }
        if (n + sent + nheads < 2)
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
        int whole = sent && strcmp(settled, station) == 0 ? 2 : 0;
        for (int i = 0; i < n; i++)
            whole += strcmp(seen[i]->value, settled) == 0;
        for (int h = 0; h < nheads; h++)
            whole += strcmp(heads[h], settled) == 0;
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

/* The day the fax was sent: the fax server's record of it, or else the
 * date most page headers print.  Returns 0 when unknown. */
static int fax_date(const fi_doc *doc, const char *today, char iso[40])
{
    cJSON *meta = doc->meta ? cJSON_Parse(doc->meta) : NULL;
    const cJSON *when = cJSON_GetObjectItemCaseSensitive(meta, "datetime");
    int y, m, d, found = 0;
    if (cJSON_IsString(when) && sscanf(when->valuestring, "%4d:%2d:%2d", &y, &m, &d) == 3) {
        snprintf(iso, 40, "%04d-%02d-%02d", y, m, d);
        found = 1;
    }
    cJSON_Delete(meta);
    char seen[16][11];
    int n = 0, best = 0;
    for (size_t p = 0; !found && p < doc->npages && n < 16; p++) {
        const fi_word *band[48];
        int nb = header_band(&doc->pages[p], band, 48);
        char text[512] = "", date[16];
        size_t len = 0;
        for (int i = 0; i < nb && len + 1 < sizeof text; i++)
            len += (size_t)snprintf(text + len, sizeof text - len, "%s ", band[i]->text);
        if (fi_norm_date(text, date, sizeof date) && fi_date_plausible_recent(date, today))
            memcpy(seen[n++], date, 11);
    }
    for (int i = 0; i < n; i++) {
        int count = 0;
        for (int j = 0; j < n; j++)
            count += strcmp(seen[i], seen[j]) == 0;
        if (count > best) {
            best = count;
            memcpy(iso, seen[i], 11);
        }
    }
    return found || best > 0;
}

/* A referral dated months before the fax that sent it, where a "1" lost
 * before the month (a "1/2/2026" that was "11/2/2026", the first stroke
 * taken for a box's edge) dates it in the weeks before: the month is
 * taken so, for a person to confirm. */
static void settle_referral_date(const fi_doc *doc, const char *today, fi_result *res)
{
    fi_value *v = &res->values[fi_field_index("referral_date")];
    char sent[40];
    long dv, df;
    if (!v->found || !fax_date(doc, today, sent) || !iso_days(v->text, &dv) ||
        !iso_days(sent, &df) || df - dv <= 90)
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
    settle_name_order(cs, res);
    if (settle_surname(cs, res))
        return -1;
    settle_digits(cs, doc, res);
    settle_referral_date(doc, today, res);
    /* after settle_digits: the machine's own number is not voted on */
    fi_value *fax = &res->values[fi_field_index("referring_fax")];
    return fax->found ? 0 : fax_from_machine(doc, fax);
}
