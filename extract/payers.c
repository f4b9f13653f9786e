/*
 * payers.c: the shipped list of health plans, and fi_norm_payer.
 *
 * The plans (and the abbreviations staff write for them) that US referrals
 * name most often.  The list is what lets a payer misread by a fax's OCR
 * ("Medicire", "Kaiscr Permancate", "AEINA SETTER HEALTH") be written as
 * the plan's name: a payer not on the list is kept as printed.
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
