/*
 * rules.h (private to extract/): the compiled form of a rules file.
 *
 * The file format is described in README.md ("Rules") and in the shipped
 * rules/default.rules.  Everything is parsed and every pattern compiled
 * once, when the rules load; extraction only reads this structure, so one
 * fi_rules can serve any number of threads.
 */
#ifndef FI_EXTRACT_RULES_H
#define FI_EXTRACT_RULES_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "result.h"
#include "spell.h"

enum { FI_MAX_LABEL_TOKENS = 8, FI_MAX_ROLES = 12, FI_MAX_GROUPS = 12 };

/* Where a value sits relative to its label (a bit set). */
enum {
    FI_WHERE_RIGHT = 1,     /* after the label on the same row (or next cell) */
    FI_WHERE_BELOW = 2,     /* on the row under the label */
    FI_WHERE_CHECKBOX = 4,  /* the option whose box is marked */
};

/* How a captured value is validated and normalized. */
typedef enum fi_value_kind {
    FI_VK_TEXT, FI_VK_PERSON, FI_VK_PROVIDER, FI_VK_DATE, FI_VK_DOB, FI_VK_PHONE,
    FI_VK_NPI, FI_VK_ICD_LIST, FI_VK_SPECIALTY, FI_VK_URGENCY, FI_VK_SEX, FI_VK_ID,
    FI_VK_PAYER, FI_VK_RECENT,
    FI_VK_NONE,             /* a label that only starts a context group */
} fi_value_kind;

/* A phrase as normalized tokens (lower case, letters/digits/#). */
typedef struct fi_phrase {
    int ntok;
    char tok[FI_MAX_LABEL_TOKENS][24];
    char skel[FI_MAX_LABEL_TOKENS][24]; /* fi_ocr_skeleton of each token */
    int wid[FI_MAX_LABEL_TOKENS];       /* each token's index in the rules' words */
    int colon;              /* the wording ends with ':' in the file */
} fi_phrase;

typedef struct fi_field_rule {
    char id[48];            /* the [field ID] name, reported as "rule" */
    int line;               /* where it starts in the file */
    int targets[2];         /* field indices it sets (person: last, first) */
    int ntargets;
    fi_phrase *labels;
    int nlabels;
    int where;              /* FI_WHERE_* bits */
    fi_value_kind kind;
    pcre2_code *pattern;    /* optional: the part of the value to keep */
    unsigned roles;         /* bit per role index the rule may read */
    unsigned witness_roles; /* roles whose pages only confirm or contradict */
    int group;              /* context group the label must be in, -1: any */
    int sets_group;         /* group a match of this label starts, -1: none */
    int max_lines;          /* rows a value may continue on */
    int last_first;         /* names under this label are "Last First" */
    int known_only;         /* only values the lists know (a payer, a code) */
    double weight;          /* how much a match of this rule is trusted */
} fi_field_rule;

typedef struct fi_text_rule {
    char id[48];
    int line;
    pcre2_code *re;         /* named groups are field names, or "patient_name"
                               (person) and "*_provider" (provider) */
    unsigned roles;
    unsigned witness_roles; /* roles whose pages only confirm or contradict */
    double weight;
    int confirm;            /* its values are hints: always listed for review */
} fi_text_rule;

typedef struct fi_role {
    char name[24];
    fi_phrase *keywords;
    int nkeywords;
} fi_role;

typedef struct fi_heading {
    fi_phrase phrase;
    int group;
} fi_heading;

typedef struct fi_completeness {
    char specialty[32];     /* "" for the default set */
    double weight[FI_NFIELDS];
    int set[FI_NFIELDS];    /* 1 where this section gives a weight */
} fi_completeness;

struct fi_rules {
    char *name;                        /* file name for messages */
    fi_role roles[FI_MAX_ROLES];
    int nroles;
    int referral_role;                 /* index of the role "referral" */
    char groups[FI_MAX_GROUPS][24];
    int ngroups;
    fi_heading *headings;
    int nheadings;
    fi_field_rule *fields;
    int nfields;
    fi_text_rule *texts;
    int ntexts;
    fi_completeness *completeness;     /* [0] is the default set */
    int ncompleteness;
    double review_below;               /* confidence under which to review */
    double review_below_single;        /* the same for a name, number or phone
                                        * read once only in the document */
    fi_phrase *stops;                  /* wordings that end a value (labels of */
    int nstops;                        /* things we do not extract: "Plan:") */
    char (*words)[24];                 /* the distinct words of all wordings, */
    int nwords, capwords;              /* which a page's words are compared with */
    char *dictionaries;                /* named in [settings], or NULL */
    fi_speller *speller;               /* loaded from them by
                                        * fi_rules_open_dictionaries, or NULL */
};

/* Normalizes a word for matching: lower case, keeps letters and digits
 * ('#' only when it stands alone).  Returns the length written to out. */
size_t fi_rules_norm_token(const char *word, char *out, size_t outsz);

#endif
