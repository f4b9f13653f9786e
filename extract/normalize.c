/*
 * normalize.c: a candidate's text made its field's value, repairing the
 * OCR slips that the rest of the document shows to be slips (see
 * normalize.h).  Each repair says in its comment what it reads and why a
 * slip, not the printed value, is the likelier explanation.
 */
#include "normalize.h"

#include "cands.h"
#include "validate.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int fi_split_words(char *buf, const char *seps, char **words, int max)
{
    int n = 0;
    char *save = NULL;
    for (char *w = strtok_r(buf, seps, &save); w && n < max; w = strtok_r(NULL, seps, &save))
        words[n++] = w;
    return n;
}

/* 1 when the n characters at w are one of the count words of list, case
 * aside. */
static int listed_word(const char *w, size_t n, const char *const *list, size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (n && strlen(list[k]) == n && strncasecmp(w, list[k], n) == 0)
            return 1;
    return 0;
}

/* The identifier in a captured value: leftovers of a label ("11:", "#:")
 * are skipped, and a printed id with a space in it ("YEC 004363853",
 * "U04650520 02") is joined; what follows it ("Group:") is not. */
static void pick_id(const char *text, char *out, size_t outsz)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", text);
    char *words[16];
    int n = fi_split_words(buf, " \t", words, 16);
    int i = 0;
    while (i + 1 < n) {
        size_t len = strlen(words[i]);
        /* a capital read apart from the digits after it is the ID's own
         * prefix ("W 865192902"); I and l may be a table's rule */
        int prefix = len == 1 && isupper((unsigned char)words[i][0]) &&
                     !strchr("IL", words[i][0]) && isdigit((unsigned char)words[i + 1][0]);
        /* a word of letters with a colon is the next label's ("Member
         * Services: 1 877 255 6115" under a "Member" label): no ID here */
        int letters = len >= 5 && words[i][len - 1] == ':';
        for (size_t k = 0; letters && k + 1 < len; k++)
            letters = isalpha((unsigned char)words[i][k]) != 0;
        if (letters) {
            out[0] = '\0';
            return;
        }
        if ((len <= 2 && !prefix) || strchr(":;#", words[i][len - 1]))
            i++;
        else
            break;
    }
    out[0] = '\0';
    if (i >= n)
        return;
    char first[64];
    snprintf(first, sizeof first, "%s", words[i]);
    size_t len = strlen(first);
    while (len && strchr(",;.)]", first[len - 1]))
        first[--len] = '\0';
    /* a part of an address ("Apt 3B, Miami FL") is no record's number */
    static const char *const address_words[] = {"apt", "suite", "ste", "unit", "bldg", "rm"};
    if (listed_word(first, len, address_words, sizeof address_words / sizeof *address_words))
        return;
    int letters_only = len > 0 && len <= 4, ends_digit = len && isdigit((unsigned char)first[len - 1]);
    for (size_t k = 0; k < len; k++)
        letters_only &= isalpha((unsigned char)first[k]) ? 1 : 0;
    const char *next = i + 1 < n ? words[i + 1] : NULL;
    int next_digits = next && strlen(next) >= 2;
    for (const char *c = next; next_digits && *c; c++)
        next_digits = isdigit((unsigned char)*c) || (c[1] == '\0' && strchr(",;.)", *c));
    if (next && (letters_only || (ends_digit && next_digits)) && strlen(next) >= 2 &&
        !strchr(next, ':')) {
        char joined[128];
        snprintf(joined, sizeof joined, "%s%s", first, next);
        /* an ID printed in groups goes on in groups of digits ("978 441
         * 063", "W284 5509 371") */
        for (int k = i + 2; next_digits && k < n && strlen(joined) < 20; k++) {
            size_t gl = strlen(words[k]);
            /* (the last group may be a single digit: "MMO 4822 1093 7") */
            int group = gl >= 1 && gl <= 4 && (gl >= 2 || k + 1 == n);
            for (size_t m = 0; group && m < gl; m++)
                group = isdigit((unsigned char)words[k][m]) != 0;
            if (!group)
                break;
            size_t jl = strlen(joined);
            snprintf(joined + jl, sizeof joined - jl, "%s", words[k]);
        }
        len = strlen(joined);
        while (len && strchr(",;.)]", joined[len - 1]))
            joined[--len] = '\0';
        snprintf(out, outsz, "%s", joined);
        return;
    }
    snprintf(out, outsz, "%s", first);
}

/* A provider is "First Last": a third word of two or three capitals, or
 * with no vowel, is a credential OCR mangled ("GREGORY PMD HARTMAN",
 * "Karen PNP Patel", "CATHERINE ALVAREZ OF") and goes. */
static void drop_mangled_credentials(char *name)
{
    char *words[8];
    char buf[256];
    snprintf(buf, sizeof buf, "%s", name);
    int n = fi_split_words(buf, " ", words, 8);
    if (n < 3)
        return;
    size_t len = 0;
    name[0] = '\0';
    for (int k = 0; k < n; k++) {
        size_t wl = strlen(words[k]);
        int caps = wl >= 2 && wl <= 3, vowel = 0;
        for (size_t q = 0; q < wl; q++) {
            caps &= isupper((unsigned char)words[k][q]) ? 1 : 0;
            vowel |= strchr("AEIOUYaeiouy", words[k][q]) != NULL;
        }
        if (k > 0 && (caps || !vowel))
            continue;
        len += (size_t)snprintf(name + len, 256 - len, "%s%s", len ? " " : "", words[k]);
    }
}

/* Copies a provider's name without a last word that is a credential
 * misread by one letter ("Karen Mercer MID", "Brian Coleman MB",
 * "GREGORY A. GOLDSTEIN mp"): left in, it would be taken for the surname.
 * Only after a word of three letters or more, so "Kenneth S. Wu" keeps
 * its surname. */
static void drop_garbled_credential(const char *text, char *out, size_t outsz)
{
    static const char *const creds[] = {"md", "do", "np", "pa", "dpm", "pac", "fnp", "rn"};
    snprintf(out, outsz, "%s", text);
    char *words[16];
    char buf[256];
    snprintf(buf, sizeof buf, "%s", text);
    int n = fi_split_words(buf, " ,", words, 16);
    if (n < 3)
        return;
    char last[8] = "";
    size_t len = 0;
    for (const char *c = words[n - 1]; *c; c++) {
        if (!isalnum((unsigned char)*c))
            continue;
        if (len + 1 >= sizeof last)
            return;
        last[len++] = (char)tolower((unsigned char)*c);
    }
    last[len] = '\0';
    size_t prev = 0;
    for (const char *c = words[n - 2]; *c; c++)
        prev += isalpha((unsigned char)*c) != 0;
    if (len < 2 || len > 3 || prev < 3)
        return;
    int near = 0;
    for (size_t k = 0; k < sizeof creds / sizeof *creds; k++) {
        if (strcmp(last, creds[k]) == 0)
            return; /* a credential as printed: the name parser drops it */
        near |= fi_edit_distance(last, creds[k], 1) <= 1;
    }
    if (!near)
        return;
    /* cut the text where the last word begins */
    const char *at = strstr(text, words[n - 1]), *next = at;
    while (next && (next = strstr(next + 1, words[n - 1])) != NULL)
        at = next;
    if (at && (size_t)(at - text) < outsz)
        out[at - text] = '\0';
}

/* Words that tell an ICD-10-CM chapter, by the chapter's letter: what
 * decides between the codes a lost or misread first letter could be
 * ("Acne vulgaris (170.0)" is L70.0, not I70.0). */
static const struct {
    char letter;
    const char *words; /* word starts, space-separated */
} k_chapter_words[] = {
    {'C', "malignan carcinom cancer lymphoma leukemia melanoma metasta"},
    {'D', "benign lipom neoplasm anemi thrombocyt leukocyt coagul nevus"},
    {'E', "diabet thyroid obes hyperlipid lipid vitamin"},
    {'F', "depress anxiety bipolar schizo adhd attention alcohol"},
    {'G', "migraine epilep seizure neuropath apnea parkinson carpal"},
    {'H', "glaucoma catar retin macul otitis hearing vision"},
    {'I', "heart hypertens atrial coronary angina atheroscl aort fibrillation cardi"},
    {'J', "asthma pneumon bronch sinus rhinitis pulmonary copd lung"},
    {'K', "gastr hernia bowel colon esophag reflux liver hepat gallbl cholelith"},
    {'L', "acne dermat eczema psoria rash urticaria skin alopecia keratosis cellulitis"},
    {'M', "arthr osteo joint tendin bursitis fasciitis spine lumbago"},
    {'N', "urinary kidney renal prostat bladder menstr uter ovar breast"},
    {'R', "abnormal elevated frequency micturition cough dyspnea fever syncope dizziness"},
    {'S', "fracture sprain strain injur lacerat contusion dislocat"},
    {'Z', "history screening status encounter"},
};

/* 1 when text has a word starting as one of letter's chapter words. */
static int tells_chapter(const char *text, char letter)
{
    for (size_t k = 0; k < sizeof k_chapter_words / sizeof *k_chapter_words; k++) {
        if (k_chapter_words[k].letter != letter)
            continue;
        char list[160];
        snprintf(list, sizeof list, "%s", k_chapter_words[k].words);
        char *save = NULL;
        for (char *w = strtok_r(list, " ", &save); w; w = strtok_r(NULL, " ", &save))
            for (const char *p = text; (p = strcasestr(p, w)) != NULL; p++)
                if (p == text || !isalpha((unsigned char)p[-1]))
                    return 1;
    }
    return 0;
}

/* A code whose first character OCR turned into a digit or a symbol that
 * fi_norm_icd10 has no known confusion for ("930.9"), or lost ("45.909",
 * two digits before the dot): the letter is guessed when exactly one
 * letter of all gives a code of the table, or, of several, one whose
 * chapter the text around speaks of; the value is marked unsure.  Returns
 * 1 with the code in out. */
static int first_letter_slip(const char *word, const char *text, char *out, size_t outsz)
{
    const unsigned char *w = (const unsigned char *)word;
    if (!*w || isalpha(*w))
        return 0;
    /* skip one whole UTF-8 character, unless it is the code's own digit */
    size_t skip = *w < 0x80 ? 1 : (*w >> 5) == 6 ? 2 : (*w >> 4) == 14 ? 3 : 4;
    if (isdigit(w[0]) && isdigit(w[1]) && w[2] == '.')
        skip = 0;
    if (strlen(word) < skip + 2 || !isdigit(w[skip]))
        return 0;
    int hits = 0, told = 0;
    char found[16] = "", by_text[16] = "";
    for (char letter = 'A'; letter <= 'Z'; letter++) {
        char trial[32], code[16];
        int known = 0;
        snprintf(trial, sizeof trial, "%c%s", letter, word + skip);
        if (letter == 'U' || !fi_norm_icd10(trial, code, sizeof code, &known) || !known ||
            strcmp(code, found) == 0)
            continue;
        hits++;
        snprintf(found, sizeof found, "%s", code);
        if (tells_chapter(text, letter)) {
            told++;
            snprintf(by_text, sizeof by_text, "%s", code);
        }
    }
    if (hits != 1 && told != 1)
        return 0;
    snprintf(out, outsz, "%s", hits == 1 ? found : by_text);
    return 1;
}

/* A code off the table whose first letter OCR misread as another
 * letter ("Frequency of micturition [K35.0]"): the code of the table that
 * another letter gives, when the words about it (text) name that letter's
 * chapter and not the code's own ("R35.0").  Returns 1 with it in out
 * (which may be code). */
static int other_chapter(const char *code, const char *text, char *out, size_t outsz)
{
    if (tells_chapter(text, code[0]))
        return 0;
    int told = 0;
    char found[16] = "";
    for (char letter = 'A'; letter <= 'Z'; letter++) {
        char trial[16], norm[16];
        int known = 0;
        snprintf(trial, sizeof trial, "%c%s", letter, code + 1);
        if (letter == code[0] || !tells_chapter(text, letter) ||
            !fi_norm_icd10(trial, norm, sizeof norm, &known) || !known)
            continue;
        told++;
        snprintf(found, sizeof found, "%s", norm);
    }
    if (told != 1)
        return 0;
    snprintf(out, outsz, "%s", found);
    return 1;
}

/* The lines of the document that print a code's part after its letter
 * ("17.9": a note's "Benign lipomatous neoplasm (117.9)"), into buf, which
 * it returns: a list's bare codes have their descriptions elsewhere. */
static const char *code_lines(const fi_doc *doc, const char *rest, char *buf, size_t bufsz)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t p = 0; p < doc->npages; p++) {
        const fi_page *pg = &doc->pages[p];
        for (size_t k = 0; k < pg->nwords; k++) {
            if (!strstr(pg->words[k].text, rest))
                continue;
            /* the whole line of that word */
            for (size_t j = 0; j < pg->nwords; j++) {
                const fi_word *w = &pg->words[j];
                if (w->block != pg->words[k].block || w->line != pg->words[k].line)
                    continue;
                int wr = snprintf(buf + n, bufsz - n, "%s ", w->text);
                if (wr < 0 || (size_t)wr >= bufsz - n)
                    return buf;
                n += (size_t)wr;
            }
        }
    }
    return buf;
}

/* Free text with the separators and blank-line filler around it trimmed;
 * 0 when no word of three letters is left: a stray letter (a table bar, a
 * tick) or a number with a preposition ("to 531-910-4291", a fax number a
 * weak label caught) is not text. */
static int trim_text(const char *text, char *out, size_t outsz)
{
    const char *s = text;
    while (*s && (isspace((unsigned char)*s) || strchr(":;-_|.,'\"~=", *s)))
        s++;
    snprintf(out, outsz, "%s", s);
    size_t len = strlen(out);
    while (len && (isspace((unsigned char)out[len - 1]) || strchr(":;-_|,'\"~=", out[len - 1])))
        out[--len] = '\0';
    int run = 0;
    for (const unsigned char *p = (const unsigned char *)out; *p; p++) {
        run = isalpha(*p) || *p >= 0x80 ? run + 1 : 0;
        if (run >= 3)
            return 1;
    }
    return 0;
}

/* The payer's name in a value that goes on with the member's ID on the
 * same line ("Blue Cross Blue Shield ID ZGB771203948", "Providence Health
 * Plan Member ID 8847-30215-00"): up to the first word of an ID's label,
 * the first word with three digits, which no plan's name has, or a plan
 * in brackets.  Into buf, which it returns. */
static const char *payer_name(const char *text, char *buf, size_t bufsz)
{
    static const char *const stop[] = {"id", "id#", "member", "mbr", "mbr#", "policy",
                                       "subscriber", "group", "grp", "#", "mbi", "cert",
                                       "eff", "effective"};
    snprintf(buf, bufsz, "%s", text);
    for (char *w = buf; *w;) {
        while (*w == ' ')
            w++;
        size_t len = strcspn(w, " ");
        char word[16];
        size_t n = 0;
        int digits = 0;
        for (size_t k = 0; k < len; k++) {
            digits += isdigit((unsigned char)w[k]) != 0;
            if (!strchr(":.,;", w[k]) && n + 1 < sizeof word)
                word[n++] = (char)tolower((unsigned char)w[k]);
        }
        word[n] = '\0';
        /* "Primary: MaineCare": the word before the name is a label's */
        if (w == buf && len > 1 && w[len - 1] == ':' && w[len] == ' ') {
            memmove(buf, w + len + 1, strlen(w + len + 1) + 1);
            continue;
        }
        /* "Cigna (Open Access Plus)": the product in brackets is no part
         * of the payer's name */
        int cut = (digits >= 3 || w[0] == '(') && w != buf;
        for (size_t k = 0; !cut && w != buf && k < sizeof stop / sizeof *stop; k++)
            cut = strcmp(word, stop[k]) == 0;
        if (cut) {
            *w = '\0';
            break;
        }
        w += len;
    }
    return buf;
}

/* 1 when text is a date plausible for kind, written into out. */
static int date_fits(const fi_norm_env *c, fi_value_kind kind, const char *text, char *out, size_t outsz)
{
    if (!fi_norm_date(text, out, outsz))
        return 0;
    return kind == FI_VK_DOB      ? fi_date_plausible_dob(out, c->today)
           : kind == FI_VK_RECENT ? fi_date_plausible_recent(out, c->today)
                                  : 1;
}

/* A date, plausible for its kind; failing that, with the spaces OCR put
 * between digits taken out ("02/25/1 992"), when separators say where
 * its parts are. */
static int norm_date_kind(const fi_norm_env *c, fi_value_kind kind, const char *text, char *out,
                          size_t outsz)
{
    if (date_fits(c, kind, text, out, outsz))
        return 1;
    if (!strpbrk(text, "/-."))
        return 0;
    char joined[256];
    size_t n = 0;
    for (size_t i = 0; text[i] && n + 1 < sizeof joined; i++)
        if (!(text[i] == ' ' && i > 0 && isdigit((unsigned char)text[i - 1]) &&
              isdigit((unsigned char)text[i + 1])))
            joined[n++] = text[i];
    joined[n] = '\0';
    return strcmp(joined, text) != 0 && date_fits(c, kind, joined, out, outsz);
}

/* A date whose month OCR gave an impossible tens digit ("98/16/2017"):
 * a month's tens digit is 0 or 1, and a 0 is what OCR reads as 9, 6 or 8
 * ("08/16/2017").  Returns 1 with the date in out when that makes it a
 * date the kind allows. */
static int month_tens_slip(const fi_norm_env *c, fi_value_kind kind, const char *text, char *out,
                           size_t outsz)
{
    const char *p = text;
    while (*p == ' ')
        p++;
    if (!(p[0] >= '2' && p[0] <= '9') || !(p[1] >= '1' && p[1] <= '9') || !strchr("/-.", p[2]))
        return 0;
    char fixed[64];
    snprintf(fixed, sizeof fixed, "%.63s", p);
    fixed[0] = '0';
    return date_fits(c, kind, fixed, out, outsz);
}

/* A recent date (a referral's) whose year OCR misread by one digit ("11/6/46",
 * "11/18/7026"), a year that is this one or the last otherwise: taken
 * so when that makes the date plausible.  Returns 1 with the date in out. */
static int recent_year_slip(const fi_norm_env *c, const char *text, char *out, size_t outsz)
{
    char iso[16];
    int y, m, d, ty;
    if (!fi_norm_date(text, iso, sizeof iso) || sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3 ||
        sscanf(c->today, "%4d", &ty) != 1)
        return 0;
    for (int t = ty; t >= ty - 1; t--) {
        /* the four digits a digit off; or, a two-digit year read into
         * another century, its last two */
        int slips4 = (y / 1000 != t / 1000) + (y / 100 % 10 != t / 100 % 10) +
                     (y / 10 % 10 != t / 10 % 10) + (y % 10 != t % 10);
        int slips2 = (y / 10 % 10 != t / 10 % 10) + (y % 10 != t % 10);
        if (slips4 != 1 && !(y / 100 != t / 100 && slips2 == 1))
            continue;
        char fixed[16];
        snprintf(fixed, sizeof fixed, "%04d-%02d-%02d", t, m, d);
        if (fi_date_plausible_recent(fixed, c->today) && strlen(fixed) < outsz) {
            memcpy(out, fixed, strlen(fixed) + 1);
            return 1;
        }
    }
    return 0;
}

/* text up to a word that ends with a colon after the first, the label of
 * the next value, however garbled ("CA THERINE ALVAREZ wet: 2375252568",
 * "wet:" for "NPI:"); into buf, which it returns. */
static const char *until_label(const char *text, char *buf, size_t bufsz)
{
    snprintf(buf, bufsz, "%s", text);
    char *space = strchr(buf, ' ');
    for (char *w = space; w && *w; w = strchr(w + 1, ' ')) {
        char *end = w + 1 + strcspn(w + 1, " ");
        if (end > w + 2 && end[-1] == ':') {
            *w = '\0';
            break;
        }
    }
    return buf;
}

/* The digits of a phone number as printed (digits 16 bytes) and the
 * length of each run of them (group, four at most), where only spaces,
 * dashes, dots and parentheses stand between; returns the number of runs,
 * or 0 when the text is not so. */
static size_t phone_digits(const char *text, char *digits, size_t *group)
{
    size_t ngroups = 0, run = 0, nd = 0;
    for (const char *p = text;; p++) {
        if (isdigit((unsigned char)*p)) {
            if (nd + 1 >= 16)
                return 0;
            digits[nd++] = *p;
            run++;
            continue;
        }
        if (run) {
            if (ngroups == 4)
                return 0;
            group[ngroups++] = run;
        }
        run = 0;
        if (!*p)
            break;
        if (!strchr(" -.()", *p))
            return 0;
    }
    digits[nd] = '\0';
    return ngroups;
}

/* Ten digits that are no phone number ("804-022. 2550": no exchange starts
 * with 0), where the document prints exactly one number a digit off
 * ("Tel 804-622-2550" in a note's letterhead): that number.  Writes it to
 * out; returns 1, or 0. */
static int printed_a_digit_off(const fi_doc *doc, const char *text, char *out, size_t outsz)
{
    char digits[16];
    size_t group[4];
    if (phone_digits(text, digits, group) < 1 || strlen(digits) != 10 || outsz < 11)
        return 0;
    char numbers[64][11];
    int n = fi_doc_numbers(doc, numbers, 64), hits = 0, at = -1;
    for (int i = 0; i < n; i++) {
        int off = 0;
        for (int d = 0; d < 10; d++)
            off += numbers[i][d] != digits[d];
        if (off == 1)
            hits++, at = i;
    }
    if (hits != 1)
        return 0;
    memcpy(out, numbers[at], 11);
    return 1;
}

/* A phone number whose area code lost a digit ("44 293 7029"), where the
 * document's other numbers have exactly one area code it could be a digit
 * short of ("414"): that code.  Writes the ten digits to out; returns 1,
 * or 0 when text is not such a number or the code is not plain. */
static int lost_area_digit(const fi_doc *doc, const char *text, char *out, size_t outsz)
{
    char digits[16];
    size_t group[4];
    if (phone_digits(text, digits, group) != 3 || group[0] != 2 || group[1] != 3 ||
        group[2] != 4 || outsz < 11)
        return 0;
    char numbers[64][11], code[4] = "";
    int n = fi_doc_numbers(doc, numbers, 64);
    for (int i = 0; i < n; i++) {
        const char *a = numbers[i];
        int fits = (a[1] == digits[0] && a[2] == digits[1]) ||
                   (a[0] == digits[0] && a[2] == digits[1]) ||
                   (a[0] == digits[0] && a[1] == digits[1]);
        if (!fits)
            continue;
        if (code[0] && strncmp(code, a, 3) != 0)
            return 0; /* two codes could be meant */
        memcpy(code, a, 3);
        code[3] = '\0';
    }
    if (!code[0])
        return 0;
    snprintf(out, outsz, "%s%s", code, digits + 2);
    return 1;
}

/* The words about the code words[i] of a list, back to the code before it
 * and on to the next ("Acne vulgaris (170.0)", "K35.0 Frequency of
 * micturition"), into buf, which it returns. */
static const char *code_context(char *const *words, int nw, int i, char *buf, size_t bufsz)
{
    int from = i, to = i + 1;
    while (from > 0 && !strpbrk(words[from - 1], "0123456789"))
        from--;
    while (to < nw && !strpbrk(words[to], "0123456789"))
        to++;
    size_t n = 0;
    buf[0] = '\0';
    for (int j = from; j < to; j++) {
        int w = j == i ? 0 : snprintf(buf + n, bufsz - n, "%s ", words[j]);
        if (w < 0 || (size_t)w >= bufsz - n)
            break;
        n += (size_t)w;
    }
    return buf;
}

/* A name's word OCR split in two: joined when the document prints it
 * whole ("MEERA LIND QVIsT" where a cover says "Dr. Meera Lindqvist"), or
 * when a short piece and one no dictionary knows make a name the
 * dictionaries have ("DR. CA THERINE ALVAREZ"); into buf, which it
 * returns. */
static const char *join_split_name(const fi_rules *rules, const fi_doc *doc, const char *text,
                                   char *buf, size_t bufsz)
{
    snprintf(buf, bufsz, "%s", text);
    for (char *a = buf; *a;) {
        char *sp = strchr(a, ' ');
        if (!sp)
            break;
        char *b = sp + 1;
        size_t la = (size_t)(sp - a), lb = strcspn(b, " ");
        char joined[64], second[64];
        int letters = la >= 1 && lb >= 2 && la + lb < sizeof joined;
        for (size_t k = 0; letters && k < la; k++)
            letters = isalpha((unsigned char)a[k]);
        for (size_t k = 0; letters && k < lb; k++)
            letters = isalpha((unsigned char)b[k]);
        if (letters) {
            snprintf(joined, sizeof joined, "%.*s%.*s", (int)la, a, (int)lb, b);
            snprintf(second, sizeof second, "%.*s", (int)lb, b);
            int printed = 0;
            if (la >= 2)
                fi_doc_name_prints(doc, joined, &printed, NULL);
            int named = rules->speller && la <= 3 && lb >= 3 &&
                        !fi_speller_knows(rules->speller, second) &&
                        fi_speller_is_name(rules->speller, joined);
            if (printed || named) {
                /* in the first piece's case: "LIND QVIsT" is "LINDQVIST" */
                int caps = 1;
                for (size_t k = 0; k < la; k++)
                    caps = caps && isupper((unsigned char)a[k]);
                for (size_t k = 0; caps && k < lb; k++)
                    b[k] = (char)toupper((unsigned char)b[k]);
                memmove(sp, b, strlen(b) + 1);
                continue;
            }
        }
        a = b;
    }
    return buf;
}

/* A provider's name and, after a comma, the practice ("Dr. Gerald
 * Osei-Bonsu, Roanoke Valley Urology", "Megan Driscoll, DPT Coastal Motion
 * PT"): head (text up to its first comma) when it is a whole name, two
 * words or more that are not a surname's ("Van Dyke, Hamza" is "Last,
 * First"); else text.  A credential after the comma goes with the rest. */
static const char *name_before_practice(const char *text, const char *head)
{
    if (!strchr(text, ','))
        return text;
    const char *w = head;
    while (*w == ' ')
        w++;
    size_t first = strcspn(w, " ");
    if (fi_name_is_title(w, first))
        return head;
    /* "Sarah M, Morrison": the comma after an initial is OCR's */
    size_t hl = strlen(head);
    while (hl && strchr(" .", head[hl - 1]))
        hl--;
    if (hl >= 2 && head[hl - 2] == ' ' && isalpha((unsigned char)head[hl - 1]))
        return text;
    if (!w[first] || !w[first + strspn(w + first, " ")] || fi_name_is_particle(w, first))
        return text; /* one word, or a surname's: "Okafor, Jane", "Van Dyke, Hamza" */
    return head;
}

/* 1 when word starts in a small letter and the dictionaries know it, but
 * not as a name ("prefers", "pregnant"). */
static int common_word(const fi_rules *rules, const char *word)
{
    return rules->speller && islower((unsigned char)word[0]) &&
           fi_speller_knows(rules->speller, word) && !fi_speller_is_name(rules->speller, word);
}

/* text up to its first word that is one of a form's captions, never part
 * of a person's name ("HOLLOWAY, DENISE M DOB MRN", "OFFICE PHONE" right
 * of "Physician"), into buf, which it returns ("" when text starts with
 * one).  A list, not the dictionaries: they know "Grace" and "Murphy" as
 * words, not as names. */
static const char *before_caption_word(const char *text, char *buf, size_t bufsz)
{
    static const char *const words[] = {
        "phone", "fax", "telephone", "tel", "office", "practice", "clinic", "signature",
        "notice", "referral", "address", "number", "date", "email", "contact", "daytime",
        "evening", "cell", "mobile", "npi", "mrn", "dob", "policy", "insurance", "gender",
        "sex", "legal", "middle", "mi", "initial", "chart", "account", "visit", "grade",
        "room", "unit", "age", "transfer", "summary", "apellido", "nombre", "information",
        "demographics", "details", "section", "patient", "person", "health", "plan",
        "printed", "dear", "if", "any", "available", "name", "authorized", "insured",
        "guarantor", "responsible",
    };
    const char *p = text;
    while (*p) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        size_t core = n;
        while (core && strchr(":;,.#", p[core - 1]))
            core--;
        /* a claim form's possessive captions ("PATIENT'S OR AUTHORIZED
         * PERSON'S SIGNATURE") */
        if (core > 2 && p[core - 2] == '\'' && (p[core - 1] == 's' || p[core - 1] == 'S'))
            core -= 2;
        if (listed_word(p, core, words, sizeof words / sizeof *words)) {
            snprintf(buf, bufsz, "%.*s", (int)(p - text), text);
            return buf;
        }
        p += n;
    }
    return text;
}

/* 1 when one of the first three words of text names an organization
 * ("Presque Isle Regional Health", "Valley Medical Group"), not a person. */
static int names_an_organization(const char *text)
{
    static const char *const org[] = {"regional", "hospital", "medical", "clinic", "center",
                                      "centre", "associates", "group", "healthcare", "system",
                                      "institute", "university", "partners"};
    const char *p = text;
    for (int w = 0; w < 3 && *p; w++) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (listed_word(p, n, org, sizeof org / sizeof *org))
            return 1;
        p += n;
    }
    return 0;
}

/* A name after another label's word ("Provider: Hannah Whitaker" under a
 * heading "REQUESTING PROVIDER"): no name's first word ends in a colon. */
static const char *after_label_word(const char *text)
{
    const char *sp = strchr(text, ' ');
    if (!sp || sp == text || sp[-1] != ':')
        return text;
    while (*sp == ' ')
        sp++;
    return *sp ? sp : text;
}

int fi_normalize(const fi_norm_env *c, fi_value_kind kind, const char *text, char *out, size_t outsz,
                 char *out2, size_t out2sz, int *unsure)
{
    *unsure = 0;
    out[0] = '\0';
    char uncaptioned[256];
    if (kind == FI_VK_PERSON || kind == FI_VK_PROVIDER)
        text = before_caption_word(after_label_word(text), uncaptioned, sizeof uncaptioned);
    switch (kind) {
    case FI_VK_PERSON:
        /* "Patient prefers morning appointments" is a sentence, not a
         * label and a name: words in small letters that the dictionaries
         * know, and not as names (OCR's "singh" is one) */
        return fi_norm_person(text, out, outsz, out2, out2sz) &&
               !common_word(c->rules, out) && !common_word(c->rules, out2);
    case FI_VK_PROVIDER: {
        /* "Referred to: Allergy Immunology" names a service, not a person;
         * "Dr. Gerald Osei-Bonsu, Roanoke Valley Urology" a person first */
        char spec[40], name[256], cut[256], head[256], bare[256];
        /* a specialty in brackets after the name ("Dr. Naomi Feldstein
         * (Psychiatry)") is a note on the person, not the person */
        size_t open = strcspn(text, "(");
        if (open > 0 && text[open] && strchr(text + open, ')')) {
            snprintf(bare, sizeof bare, "%.*s", (int)open, text);
            text = bare;
        }
        snprintf(head, sizeof head, "%.*s", (int)strcspn(text, ","), text);
        if (fi_norm_specialty(head, spec, sizeof spec) || names_an_organization(head))
            return 0;
        char joined[256];
        drop_garbled_credential(
            until_label(join_split_name(c->rules, c->doc, name_before_practice(text, head), joined,
                                        sizeof joined),
                        cut, sizeof cut),
            name, sizeof name);
        /* a title after the name ("Lucia Montemayor Dra", the next line's
         * "Dra." read into the value) is not its surname */
        char *last_word = strrchr(name, ' ');
        if (last_word && fi_name_is_title(last_word + 1, strlen(last_word + 1)))
            *last_word = '\0';
        if (!fi_norm_provider(name, out, outsz))
            return 0;
        drop_mangled_credentials(out);
        /* a surname in small letters is OCR's noise ("LJ wy" read off a
         * row of checkboxes), not a name */
        const char *last = strrchr(out, ' ');
        if (last && islower((unsigned char)last[1]))
            return 0;
        return 1;
    }
    case FI_VK_DATE:
    case FI_VK_DOB:
    case FI_VK_RECENT:
        if (norm_date_kind(c, kind, text, out, outsz))
            return 1;
        /* a slip in the month or the year: for review */
        if (month_tens_slip(c, kind, text, out, outsz))
            return (*unsure = 1);
        return (*unsure = recent_year_slip(c, text, out, outsz));
    case FI_VK_PHONE:
        if (fi_norm_phone(text, out, outsz))
            return 1;
        return (*unsure = lost_area_digit(c->doc, text, out, outsz) ||
                          printed_a_digit_off(c->doc, text, out, outsz));
    case FI_VK_NPI:
        return fi_norm_npi(text, out, outsz);
    case FI_VK_SPECIALTY:
        return fi_norm_specialty(text, out, outsz);
    case FI_VK_URGENCY:
        return fi_norm_urgency(text, out, outsz);
    case FI_VK_SEX:
        return fi_norm_sex(text, out, outsz);
    case FI_VK_ID: {
        char id[128];
        pick_id(text, id, sizeof id);
        if (fi_norm_mbi(id, out, outsz) || fi_norm_id(id, out, outsz))
            return 1;
        /* no ID holds a slash: before its digits it is OCR's 7
         * ("WIM/64764009"), for review ("N/A" is left alone) */
        char *slash = strchr(id, '/');
        if (!slash || strchr(slash + 1, '/') || !isdigit((unsigned char)slash[1]) ||
            strspn(slash + 1, "0123456789") < 4)
            return 0;
        *slash = '7';
        return (*unsure = fi_norm_id(id, out, outsz));
    }
    case FI_VK_ICD_LIST: {
        /* Every code in the text; OCR splits some ("E1 1.42", "R26. 89"),
         * so a token that is not a code is tried joined with the next. */
        char buf[512];
        snprintf(buf, sizeof buf, "%s", text);
        char *words[96];
        int nw = fi_split_words(buf, " \t,;[](){}", words, 96);
        size_t n = 0;
        int found = 0;
        for (int i = 0; i < nw; i++) {
            char code[16], joined[48];
            int known = 0, ok = fi_norm_icd10(words[i], code, sizeof code, &known);
            /* the parenthesis around a code read as a stroke: "1C34" for
             * "(C34" (a code of its own, "I10", is left alone) */
            const char *lead = words[i];
            if (!known && lead[0] && strchr("1lI|", lead[0]) && isalpha((unsigned char)lead[1]) &&
                isdigit((unsigned char)lead[2])) {
                words[i]++;
                ok = fi_norm_icd10(words[i], code, sizeof code, &known);
            }
            if ((!ok || !known) && i + 1 < nw) {
                snprintf(joined, sizeof joined, "%s%s", words[i], words[i + 1]);
                int known2 = 0;
                char code2[16];
                if (fi_norm_icd10(joined, code2, sizeof code2, &known2) && known2) {
                    memcpy(code, code2, sizeof code);
                    ok = known = 1;
                    i++;
                }
            }
            char about[256];
            if ((!ok || !known) &&
                first_letter_slip(words[i], code_context(words, nw, i, about, sizeof about),
                                  code, sizeof code)) {
                ok = known = 1;
                *unsure = 1;
            }
            if (ok && !known &&
                (other_chapter(code, about, code, sizeof code) ||
                 other_chapter(code, code_lines(c->doc, code + 1, about, sizeof about), code,
                               sizeof code)))
                *unsure = 1;
            /* a word shaped like a code ("170.0") that no reading makes
             * one: a code may be missing from the list */
            if (!ok && fi_icd10_shaped(words[i]))
                *unsure = 1;
            if (!ok)
                continue;
            if (!known)
                *unsure = 1;
            char probe[20];
            snprintf(probe, sizeof probe, ",%s,", code);
            char have[300];
            snprintf(have, sizeof have, ",%s,", out);
            if (strstr(have, probe))
                continue;
            int w = snprintf(out + n, outsz - n, "%s%s", n ? "," : "", code);
            if (w < 0 || (size_t)w >= outsz - n)
                break;
            n += (size_t)w;
            found++;
        }
        return found > 0;
    }
    case FI_VK_PAYER: {
        char plain[256], name[256];
        if (!trim_text(payer_name(text, name, sizeof name), plain, sizeof plain) ||
            fi_payer_is_plan_type(plain))
            return 0;
        /* a bracketed note ("(PRIMARY)") or a speck OCR made letters of
         * ("Nf") names no payer: the shortest payers are "BCBS", "VA" */
        int letters = 0;
        for (const char *p = plain; *p; p++)
            letters += isalpha((unsigned char)*p) != 0;
        if (plain[0] == '(' || letters < 2 || (letters == 2 && !isupper((unsigned char)plain[1])))
            return 0;
        /* a question is the form's next caption ("Other coverage?") */
        if (plain[strlen(plain) - 1] == '?')
            return 0;
        /* a sentence ("This card does not guarantee coverage") names no
         * payer: a payer's name has capitals but for its small words */
        int small = 0;
        char words[256];
        snprintf(words, sizeof words, "%s", plain);
        char *ws[32];
        int nws = fi_split_words(words, " ", ws, 32);
        for (int k = 0; k < nws; k++) {
            static const char *const particles[] = {"of",  "and", "the", "de", "del",
                                                    "la",  "y",   "for", "at"};
            int particle = 0;
            for (size_t q = 0; q < sizeof particles / sizeof *particles; q++)
                particle |= strcmp(ws[k], particles[q]) == 0;
            small += islower((unsigned char)ws[k][0]) && !particle;
        }
        if (small >= 2)
            return 0;
        /* words a form prints about a payer are no payer's name ("phone",
         * "PRIMARY CARRIER", "Numero de miembro") */
        int generic = 0;
        for (int k = 0; k < nws; k++) {
            static const char *const about[] = {
                "phone", "fax", "number", "no", "id", "member", "carrier", "primary",
                "secondary", "name", "group", "policy", "subscriber", "insurance", "plan",
                "numero", "miembro", "de", "del", "seguro", "payer", "company", "type", "#",
                "verification", "information", "info", "details", "coverage", "demographics",
                "eff", "effective", "date", "auth", "authorization", "required", "not",
                "guarantor", "program", "status", "pending", "verified", "none", "financial",
                "class", "self", "product", "1d", "health"};
            size_t n = strlen(ws[k]);
            while (n > 1 && strchr(".:,;", ws[k][n - 1]))
                n--;
            generic += listed_word(ws[k], n, about, sizeof about / sizeof *about);
        }
        /* nor is a member's number ("HKZ63018274901") */
        int digits = 0;
        for (const char *p = nws ? ws[0] : ""; *p; p++)
            digits += isdigit((unsigned char)*p) != 0;
        if (generic == nws || digits >= 3)
            return 0;
        /* a plan off the shipped list stays as printed, for a person to check */
        if (!fi_norm_payer(plain, out, outsz))
            *unsure = 1;
        return out[0] != '\0';
    }
    case FI_VK_TEXT:
    default: {
        /* a page's count ("(page 1 of 2)") is no text a label gives */
        const char *p = text + strspn(text, " (");
        int a = 0, b = 0, used = 0;
        if (strncasecmp(p, "page ", 5) == 0 && sscanf(p + 5, "%d of %d%n", &a, &b, &used) == 2 &&
            p[5 + used + strspn(p + 5 + used, " .)")] == '\0')
            return 0;
        return trim_text(text, out, outsz);
    }
    }
}
