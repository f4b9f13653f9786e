/*
 * result.h (private to extract/): the field table of the contract and the
 * result that extraction fills.
 */
#ifndef FI_EXTRACT_RESULT_H
#define FI_EXTRACT_RESULT_H

#include "extract.h"

enum { FI_NFIELDS = 18 };

typedef enum fi_kind {
    FI_KIND_NAME, FI_KIND_DATE, FI_KIND_CODE, FI_KIND_PHONE, FI_KIND_ID,
    FI_KIND_TEXT, FI_KIND_NPI, FI_KIND_LIST,
} fi_kind;

typedef struct fi_field_def {
    const char *name;      /* as in CONTRACT.md */
    fi_kind kind;
    int required;          /* required for completeness by default */
} fi_field_def;

extern const fi_field_def FI_FIELDS[FI_NFIELDS];

/* Index of a field name in FI_FIELDS, or -1. */
int fi_field_index(const char *name);

typedef struct fi_value {
    int found;
    char *text;            /* normalized value (not for lists) */
    char **list;           /* normalized items of a list value */
    size_t nlist;
    float conf;            /* 0..1 */
    int page;              /* 1-based page the value was read on, 0: none */
    int x0, y0, x1, y1;    /* its box on that page */
    int review;            /* 1: a person should check it */
    char *rule;            /* id of the rule that found it, or NULL */
} fi_value;

struct fi_result {
    fi_value values[FI_NFIELDS];
    double weight[FI_NFIELDS];   /* completeness weight, 0: not required */
};

fi_result *fi_result_new(void);
void fi_value_clear(fi_value *v);
double fi_result_completeness(const fi_result *res);

#endif
