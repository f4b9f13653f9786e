/*
 * payers.c: the shipped list of health plans, and fi_norm_payer.
 *
 * The plans (and the abbreviations staff write for them) that US referrals
 * name most often.  The list is what lets a payer misread by a fax's OCR
 * ("Medicire", "Kaiscr Permancate", "AEINA SETTER HEALTH") be written as
 * the plan's name: a payer not on the list is kept as printed.  For the
 * plans whose member IDs have one published form (Medicare's beneficiary
 * identifier, Aetna's W and nine digits...), that form is a check of the
 * ID as the NPI's check digit is of the NPI.
 */
#include "validate.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const k_payers[] = {
    "Aetna", "Aetna Better Health", "Allied Benefit Systems", "AmeriHealth",
    "AmeriHealth Caritas", "Amerigroup", "Ambetter", "Anthem", "Anthem Blue Cross",
    "Anthem Blue Cross Blue Shield", "BCBS", "Blue Cross", "Blue Cross Blue Shield",
    "Blue Shield", "Blue Shield of California", "Bright Health", "CareFirst", "CareSource",
    "Centene", "Cigna", "Clover Health", "Devoted Health", "EmblemHealth", "Excellus",
    "Fidelis Care", "Florida Blue", "Geisinger Health Plan", "Harvard Pilgrim", "Health Net",
    "HealthPartners", "Highmark", "Horizon Blue Cross Blue Shield", "Humana",
    "Independence Blue Cross", "Kaiser Permanente", "Medicaid", "Medicare",
    "Medicare Advantage", "Meridian", "Molina", "Molina Healthcare", "Oscar Health", "Oxford",
    "Premera Blue Cross", "Priority Health", "Regence", "Select Health", "Self Pay",
    "Sentara", "SummaCare", "Superior HealthPlan", "Tricare", "Tufts Health Plan", "UMR",
    "United Healthcare", "UnitedHealthcare", "UPMC Health Plan", "WellCare", "Wellmark",
    "Workers Compensation",
};

enum { MAX_PAYER_WORDS = 8, MAX_PAYER_WORD = 24 };

/* Words of letters and digits, lower case, with where each ends in s. */
typedef struct {
    char w[MAX_PAYER_WORDS][MAX_PAYER_WORD];
    size_t end[MAX_PAYER_WORDS];
    size_t n;
} payer_words;

static void payer_split(const char *s, payer_words *pw)
{
    size_t i = 0;
    pw->n = 0;
    while (s[i] && pw->n < MAX_PAYER_WORDS) {
        while (s[i] && !isalnum((unsigned char)s[i]))
            i++;
        size_t len = 0;
        while (isalnum((unsigned char)s[i])) {
            if (len + 1 < MAX_PAYER_WORD)
                pw->w[pw->n][len++] = (char)tolower((unsigned char)s[i]);
            i++;
        }
        if (len) {
            pw->w[pw->n][len] = '\0';
            pw->end[pw->n++] = i;
        }
    }
}

/* The OCR slips forgiven in one word of a plan's name: none in words of
 * three letters or less, one up to six, two beyond; -1 when too far. */
static int word_slips(const char *got, const char *want)
{
    if (strcmp(got, want) == 0)
        return 0;
    char a[MAX_PAYER_WORD], b[MAX_PAYER_WORD];
    fi_ocr_skeleton(got, a, sizeof a);
    fi_ocr_skeleton(want, b, sizeof b);
    if (strcmp(a, b) == 0)
        return 1;
    size_t len = strlen(want);
    int limit = len >= 7 ? 2 : len >= 4 ? 1 : 0;
    int d = limit ? fi_edit_distance(got, want, limit) : limit + 1;
    return d <= limit ? d : -1;
}

int fi_norm_payer(const char *text, char *out, size_t outsz)
{
    payer_words got;
    payer_split(text, &got);
    int best = -1, best_slips = 0, tie = 0;
    size_t best_n = 0;
    for (size_t k = 0; k < sizeof k_payers / sizeof *k_payers; k++) {
        payer_words want;
        payer_split(k_payers[k], &want);
        if (want.n > got.n || want.n < best_n)
            continue;
        int slips = 0;
        for (size_t i = 0; i < want.n && slips >= 0; i++) {
            int d = word_slips(got.w[i], want.w[i]);
            slips = d < 0 ? -1 : slips + d;
        }
        if (slips < 0)
            continue;
        /* the plan that names more of the words wins ("Aetna Better Health"
         * over "Aetna"), then the one with fewer slips */
        if (want.n > best_n || slips < best_slips) {
            best = (int)k, best_n = want.n, best_slips = slips, tie = 0;
        } else if (slips == best_slips && strcasecmp(k_payers[k], k_payers[best]) != 0) {
            tie = 1;
        }
    }
    if (best < 0 || tie) {
        snprintf(out, outsz, "%s", text);
        return 0;
    }
    /* the plan's name, then whatever followed it as printed */
    const char *rest = text + got.end[best_n - 1];
    while (*rest == ' ')
        rest++;
    int w = snprintf(out, outsz, "%s%s%s", k_payers[best], *rest ? " " : "", rest);
    if (w < 0 || (size_t)w >= outsz) {
        snprintf(out, outsz, "%s", text);
        return 0;
    }
    return 1;
}

int fi_payer_worded(const char *text)
{
    static const char *const words[] = {"care", "health", "healthcare", "healthplan", "medicaid",
                                        "medicare", "insurance", "blue", "cross", "shield",
                                        "mutual", "assurance", "tricare", "connections",
                                        "caresource", "wellcare", NULL};
    payer_words pw;
    payer_split(text, &pw);
    for (size_t i = 0; i < pw.n; i++)
        for (int k = 0; words[k]; k++)
            if (strcmp(pw.w[i], words[k]) == 0)
                return 1;
    return 0;
}

int fi_payer_is_plan_type(const char *text)
{
    static const char *const kinds[] = {"ppo", "hmo", "epo", "pos", "hdhp", "pffs", "snp",
                                        "plus", "plan", "type", "network", NULL};
    payer_words pw;
    payer_split(text, &pw);
    for (size_t i = 0; i < pw.n; i++) {
        int kind = 0;
        for (int k = 0; kinds[k] && !kind; k++)
            kind = strcmp(pw.w[i], kinds[k]) == 0;
        if (!kind)
            return 0;
    }
    return pw.n > 0;
}

/* The forms of a plan's member IDs, '|' between alternatives: '#' a
 * digit, 'n' a digit but 0, 'A' a letter, 'm' a letter of Medicare's
 * identifiers (none of S L O I B Z, which read as digits), 'x' a digit or
 * such a letter; a capital is itself.  Only plans with a form that all
 * their members' IDs take. */
static const struct {
    const char *plan;
    const char *forms;
} k_id_forms[] = {
    /* CMS's Medicare Beneficiary Identifier */
    {"Medicare", "nmx#mx#mm##"},
    {"Aetna", "W#########"},
    {"Aetna Better Health", "W#########"},
    {"Humana", "H########"},
    {"Cigna", "U##########|U########"},
    {"Kaiser Permanente", "########"},
    {"UnitedHealthcare", "#########|###########"},
    {"United Healthcare", "#########|###########"},
    {"Tricare", "##########|###########"},
};

/* The plan of k_id_forms that payer names ("Aetna Better Health", not
 * "Aetna"; "Medicare Part B" is Medicare), or -1. */
static int id_plan(const char *payer)
{
    int best = -1;
    for (size_t k = 0; payer && k < sizeof k_id_forms / sizeof *k_id_forms; k++) {
        size_t len = strlen(k_id_forms[k].plan);
        if (strncasecmp(payer, k_id_forms[k].plan, len) == 0 &&
            (payer[len] == '\0' || payer[len] == ' ') &&
            (best < 0 || len > strlen(k_id_forms[best].plan)))
            best = (int)k;
    }
    return best;
}

/* Letters a fax's OCR reads for digits and back. */
static char as_digit(char c)
{
    static const char from[] = "OoDQIlLi|ZzSsGbBAT", to[] = "000011111225566847";
    const char *p = isdigit((unsigned char)c) ? NULL : strchr(from, c);
    return isdigit((unsigned char)c) ? c : p && c ? to[p - from] : 0;
}

static char as_letter(char c)
{
    static const char from[] = "0125684", to[] = "OIZSGBA";
    const char *p = isalpha((unsigned char)c) ? NULL : strchr(from, c);
    return isalpha((unsigned char)c) ? (char)toupper((unsigned char)c) : p && c ? to[p - from] : 0;
}

/* Fits the letters and digits of id to form, writing them into out with
 * id's other characters (dashes, spaces) where they were; returns the
 * number of characters it had to take for a look-alike, or -1. */
static int fit_form(const char *id, const char *form, char *out, size_t outsz)
{
    size_t n = 0, f = 0;
    int changed = 0;
    for (const char *c = id; *c; c++) {
        if (n + 1 >= outsz)
            return -1;
        if (!isalnum((unsigned char)*c)) {
            out[n++] = *c;
            continue;
        }
        char want = form[f++], got = 0;
        switch (want) {
        case '\0':
            return -1;
        case '#':
            got = as_digit(*c);
            break;
        case 'n':
            got = as_digit(*c);
            got = got == '0' ? 0 : got;
            break;
        case 'A':
            got = as_letter(*c);
            break;
        case 'm':
            got = as_letter(*c);
            got = got && strchr("SLOIBZ", got) ? 0 : got;
            break;
        case 'x':
            got = isdigit((unsigned char)*c) ? *c : as_letter(*c);
            got = got && strchr("SLOIBZ", got) ? as_digit(got) : got;
            break;
        default: /* a letter of the form itself */
            got = toupper((unsigned char)*c) == want ? want : 0;
        }
        if (!got)
            return -1;
        changed += got != *c;
        out[n++] = got;
    }
    out[n] = '\0';
    return form[f] ? -1 : changed;
}

int fi_payer_id_fit(const char *payer, const char *id, int repair, char *out, size_t outsz)
{
    int plan = id_plan(payer);
    const char *forms = plan >= 0 ? k_id_forms[plan].forms : NULL;
    if (!forms || !id)
        return -1;
    int best = -1;
    char fitted[64];
    for (const char *f = forms; *f;) {
        char form[24];
        size_t len = strcspn(f, "|");
        snprintf(form, sizeof form, "%.*s", (int)len, f);
        f += len + (f[len] == '|');
        /* as read; a stray mark read before or after it; its prefix
         * letter lost (to a box's edge, say): each counts as a look-alike */
        char variant[4][64];
        size_t idlen = strlen(id);
        snprintf(variant[0], sizeof variant[0], "%s", id);
        snprintf(variant[1], sizeof variant[1], "%s", idlen > 1 ? id + 1 : "");
        snprintf(variant[2], sizeof variant[2], "%.*s", idlen > 1 ? (int)idlen - 1 : 0, id);
        variant[3][0] = '\0';
        if (isupper((unsigned char)form[0]))
            snprintf(variant[3], sizeof variant[3], "%c%s", form[0], id);
        for (int v = 0; v < (repair ? 4 : 1); v++) {
            int changed = variant[v][0] ? fit_form(variant[v], form, fitted, sizeof fitted) : -1;
            changed += changed >= 0 && v > 0;
            if (changed >= 0 && (best < 0 || changed < best)) {
                best = changed;
                snprintf(out, outsz, "%s", fitted);
            }
        }
    }
    return best < 0 ? 0 : 1 + best;
}

int fi_payer_id_telling(const char *payer)
{
    int plan = id_plan(payer);
    return plan >= 0 && k_id_forms[plan].forms[0] != '#';
}
