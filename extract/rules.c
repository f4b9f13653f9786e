/*
 * rules.c: parsing and compiling a rules file.
 *
 * The format is line-based so that an admin can edit it in any editor and a
 * mistake can be named by line:
 *
 *   # comment
 *   [field patient_dob]          a section: kind and name
 *   labels = date of birth | dob  key = value
 *            | birthdate          an indented line continues the value
 *
 * Section kinds: settings, role NAME, group NAME, field ID, text ID,
 * completeness [SPECIALTY].  See rules/default.rules for every key.
 */
#include "rules.h"
#include "validate.h"
#include "../ocr/errf.h"

#include <stdarg.h>

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SEC_NONE, SEC_SETTINGS, SEC_ROLE, SEC_GROUP, SEC_FIELD, SEC_TEXT, SEC_COMPLETENESS };

/* Role bit for pages that match no role ("other"). */
#define ROLE_OTHER_BIT (1u << 31)

typedef struct parser {
    fi_rules *r;
    const char *name;
    int line;               /* line of the key being handled */
    int sec;                /* SEC_* of the current section */
    int group;              /* group of the current [group] section */
    char **err;
} parser;

static int fail(parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Records "FILE:LINE: message" as the error; returns -1 to pass up. */
static int fail(parser *p, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    free(*p->err);
    *p->err = fi_errf("%s:%d: %s", p->name, p->line, msg);
    return -1;
}

size_t fi_rules_norm_token(const char *word, char *out, size_t outsz)
{
    size_t n = 0;
    for (const unsigned char *c = (const unsigned char *)word; *c && n + 1 < outsz; c++)
        if (isalnum(*c))
            out[n++] = (char)tolower(*c);
    /* '#' counts only alone ("Fax #"); glued to a word ("MR#", "NPI#") it
     * is part of the label, and OCR glues or splits it at random. */
    if (n == 0 && strchr(word, '#') && outsz > 1)
        out[n++] = '#';
    out[n] = '\0';
    return n;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* The index of word in the rules' words, added if new; -1 out of memory.
 * A page's word is compared with each distinct word once (extract.c). */
static int intern_word(fi_rules *r, const char *word)
{
    for (int i = 0; i < r->nwords; i++)
        if (strcmp(r->words[i], word) == 0)
            return i;
    if (r->nwords == r->capwords) {
        int cap = r->capwords ? 2 * r->capwords : 256;
        char(*grown)[24] = realloc(r->words, (size_t)cap * sizeof *grown);
        if (!grown)
            return -1;
        r->words = grown;
        r->capwords = cap;
    }
    snprintf(r->words[r->nwords], sizeof r->words[0], "%s", word);
    return r->nwords++;
}

static int parse_phrase(parser *p, char *text, fi_phrase *ph)
{
    memset(ph, 0, sizeof *ph);
    text = trim(text);
    size_t len = strlen(text);
    ph->colon = len && text[len - 1] == ':';
    char *save = NULL;
    for (char *w = strtok_r(text, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        char norm[24];
        if (fi_rules_norm_token(w, norm, sizeof norm) == 0)
            continue;
        if (ph->ntok == FI_MAX_LABEL_TOKENS)
            return fail(p, "a wording has more than 8 words: '%s'", text);
        fi_ocr_skeleton(norm, ph->skel[ph->ntok], sizeof ph->skel[0]);
        if ((ph->wid[ph->ntok] = intern_word(p->r, norm)) < 0)
            return fail(p, "out of memory");
        memcpy(ph->tok[ph->ntok++], norm, sizeof norm);
    }
    if (ph->ntok == 0)
        return fail(p, "an empty wording in a '|' list");
    return 0;
}

/* Splits "a | b | c" into phrases appended to *list.  The list grows once
 * per call, by the number of items, so a long list costs no more than its
 * length. */
static int parse_phrases(parser *p, char *value, fi_phrase **list, int *n)
{
    size_t items = 1;
    for (const char *c = value; *c; c++)
        items += *c == '|';
    fi_phrase *grown = realloc(*list, ((size_t)*n + items) * sizeof *grown);
    if (!grown)
        return fail(p, "out of memory");
    *list = grown;
    char *save = NULL;
    for (char *item = strtok_r(value, "|", &save); item; item = strtok_r(NULL, "|", &save)) {
        if (parse_phrase(p, item, &grown[*n]))
            return -1;
        (*n)++;
    }
    return 0;
}

static int group_index(parser *p, const char *name)
{
    fi_rules *r = p->r;
    for (int i = 0; i < r->ngroups; i++)
        if (strcmp(r->groups[i], name) == 0)
            return i;
    if (r->ngroups == FI_MAX_GROUPS)
        return fail(p, "too many groups (at most 12), at '%s'", name);
    if (strlen(name) >= sizeof r->groups[0])
        return fail(p, "group name too long: '%s'", name);
    snprintf(r->groups[r->ngroups], sizeof r->groups[0], "%s", name);
    return r->ngroups++;
}

static int parse_roles(parser *p, char *value, unsigned *out)
{
    *out = 0;
    char *save = NULL;
    for (char *w = strtok_r(value, " \t,", &save); w; w = strtok_r(NULL, " \t,", &save)) {
        if (strcmp(w, "any") == 0) {
            *out = ~0u;
            continue;
        }
        if (strcmp(w, "other") == 0) {
            *out |= ROLE_OTHER_BIT;
            continue;
        }
        int found = -1;
        for (int i = 0; i < p->r->nroles; i++)
            if (strcmp(p->r->roles[i].name, w) == 0)
                found = i;
        if (found < 0)
            return fail(p, "unknown page role '%s' (define it with [role NAME] above)", w);
        *out |= 1u << found;
    }
    return 0;
}

static int parse_double(parser *p, const char *value, double lo, double hi, double *out)
{
    char *end = NULL;
    errno = 0;
    double v = strtod(value, &end);
    /* !(v >= lo) also refuses NaN, which every comparison fails */
    if (errno || end == value || *trim(end) || !(v >= lo) || !(v <= hi))
        return fail(p, "expected a number in range, got '%s'", value);
    *out = v;
    return 0;
}

static const struct { const char *name; fi_value_kind kind; } KINDS[] = {
    {"text", FI_VK_TEXT}, {"person", FI_VK_PERSON}, {"provider", FI_VK_PROVIDER},
    {"date", FI_VK_DATE}, {"dob", FI_VK_DOB}, {"phone", FI_VK_PHONE}, {"npi", FI_VK_NPI},
    {"icd10", FI_VK_ICD_LIST}, {"specialty", FI_VK_SPECIALTY}, {"urgency", FI_VK_URGENCY},
    {"sex", FI_VK_SEX}, {"id", FI_VK_ID}, {"payer", FI_VK_PAYER},
    {"recent", FI_VK_RECENT},
};

static int compile(parser *p, const char *re, pcre2_code **out)
{
    int code = 0;
    PCRE2_SIZE off = 0;
    *out = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP | PCRE2_DUPNAMES, &code,
                         &off, NULL);
    if (!*out) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        char buf[400];
        snprintf(buf, sizeof buf, "bad pattern at character %zu: %s", (size_t)off + 1,
                 (const char *)msg);
        return fail(p, "%s", buf);
    }
    /* JIT makes matching several times faster; without it (some
     * architectures), the interpreter gives the same answers. */
    pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE);
    return 0;
}

static int field_key(parser *p, fi_field_rule *f, const char *key, char *value)
{
    if (strcmp(key, "sets") == 0) {
        char *save = NULL;
        f->ntargets = 0;
        for (char *w = strtok_r(value, " \t,", &save); w; w = strtok_r(NULL, " \t,", &save)) {
            int idx = fi_field_index(w);
            if (idx < 0)
                return fail(p, "unknown field '%s' (see CONTRACT.md for the names)", w);
            if (f->ntargets == 2)
                return fail(p, "a rule sets at most two fields");
            f->targets[f->ntargets++] = idx;
        }
        return 0;
    }
    if (strcmp(key, "labels") == 0)
        return parse_phrases(p, value, &f->labels, &f->nlabels);
    if (strcmp(key, "where") == 0) {
        char *save = NULL;
        f->where = 0;
        for (char *w = strtok_r(value, " \t,", &save); w; w = strtok_r(NULL, " \t,", &save)) {
            if (strcmp(w, "right") == 0)
                f->where |= FI_WHERE_RIGHT;
            else if (strcmp(w, "below") == 0)
                f->where |= FI_WHERE_BELOW;
            else if (strcmp(w, "checkbox") == 0)
                f->where |= FI_WHERE_CHECKBOX;
            else
                return fail(p, "where takes right, below or checkbox, not '%s'", w);
        }
        return 0;
    }
    if (strcmp(key, "value") == 0) {
        if (strcmp(value, "none") == 0) {
            f->kind = FI_VK_NONE;
            return 0;
        }
        for (size_t i = 0; i < sizeof KINDS / sizeof *KINDS; i++)
            if (strcmp(KINDS[i].name, value) == 0) {
                f->kind = KINDS[i].kind;
                return 0;
            }
        return fail(p, "unknown value kind '%s' (text, person, provider, date, dob, phone, "
                       "npi, icd10, specialty, urgency, sex, id, payer, recent, none)", value);
    }
    if (strcmp(key, "pattern") == 0) {
        pcre2_code_free(f->pattern);
        f->pattern = NULL;
        return compile(p, value, &f->pattern);
    }
    if (strcmp(key, "roles") == 0)
        return parse_roles(p, value, &f->roles);
    if (strcmp(key, "witnesses") == 0)
        return parse_roles(p, value, &f->witness_roles);
    if (strcmp(key, "group") == 0)
        return (f->group = group_index(p, value)) < 0 ? -1 : 0;
    if (strcmp(key, "starts") == 0)
        return (f->sets_group = group_index(p, value)) < 0 ? -1 : 0;
    if (strcmp(key, "lines") == 0) {
        double v = 0;
        if (parse_double(p, value, 1, 20, &v))
            return -1;
        f->max_lines = (int)v;
        return 0;
    }
    if (strcmp(key, "weight") == 0)
        return parse_double(p, value, 0, 10, &f->weight);
    if (strcmp(key, "known") == 0) {
        if (strcmp(value, "yes") != 0 && strcmp(value, "no") != 0)
            return fail(p, "known takes yes or no, not '%s'", value);
        f->known_only = strcmp(value, "yes") == 0;
        return 0;
    }
    if (strcmp(key, "order") == 0) {
        if (strcmp(value, "last_first") != 0 && strcmp(value, "as_printed") != 0)
            return fail(p, "order takes last_first or as_printed, not '%s'", value);
        f->last_first = strcmp(value, "last_first") == 0;
        return 0;
    }
    return fail(p, "unknown key '%s' in a [field] section (sets, labels, where, value, "
                   "pattern, roles, witnesses, group, starts, lines, weight, order, known)", key);
}

static int text_key(parser *p, fi_text_rule *t, const char *key, char *value)
{
    if (strcmp(key, "regex") == 0) {
        pcre2_code_free(t->re);
        t->re = NULL;
        if (compile(p, value, &t->re))
            return -1;
        uint32_t count = 0, size = 0;
        PCRE2_SPTR table = NULL;
        pcre2_pattern_info(t->re, PCRE2_INFO_NAMECOUNT, &count);
        pcre2_pattern_info(t->re, PCRE2_INFO_NAMEENTRYSIZE, &size);
        pcre2_pattern_info(t->re, PCRE2_INFO_NAMETABLE, &table);
        if (count == 0)
            return fail(p, "the regex has no named group: name each captured value after "
                           "its field, as (?<patient_dob>...)");
        for (uint32_t i = 0; i < count; i++) {
            const char *gname = (const char *)(table + i * size + 2);
            if (fi_field_index(gname) < 0 && strcmp(gname, "patient_name") != 0)
                return fail(p, "the group name '%s' is not a field (or patient_name)", gname);
        }
        return 0;
    }
    if (strcmp(key, "roles") == 0)
        return parse_roles(p, value, &t->roles);
    if (strcmp(key, "witnesses") == 0)
        return parse_roles(p, value, &t->witness_roles);
    if (strcmp(key, "weight") == 0)
        return parse_double(p, value, 0, 10, &t->weight);
    if (strcmp(key, "confirm") == 0) {
        if (strcmp(value, "yes") != 0 && strcmp(value, "no") != 0)
            return fail(p, "confirm takes yes or no, not '%s'", value);
        t->confirm = strcmp(value, "yes") == 0;
        return 0;
    }
    return fail(p, "unknown key '%s' in a [text] section (regex, roles, witnesses, weight, "
                   "confirm)", key);
}

static int handle_key(parser *p, const char *key, char *value)
{
    fi_rules *r = p->r;
    switch (p->sec) {
    case SEC_SETTINGS:
        if (strcmp(key, "review_below") == 0)
            return parse_double(p, value, 0, 1, &r->review_below);
        if (strcmp(key, "review_below_single") == 0)
            return parse_double(p, value, 0, 1, &r->review_below_single);
        if (strcmp(key, "stops") == 0)
            return parse_phrases(p, value, &r->stops, &r->nstops);
        if (strcmp(key, "dictionaries") == 0) {
            char why[512];
            if (!fi_speller_check(value, why, sizeof why))
                return fail(p, "%s", why);
            free(r->dictionaries);
            if (!(r->dictionaries = strdup(value)))
                return fail(p, "out of memory");
            return 0;
        }
        return fail(p, "unknown key '%s' in [settings] (review_below, review_below_single, "
                       "stops, dictionaries)", key);
    case SEC_ROLE: {
        fi_role *role = &r->roles[r->nroles - 1];
        if (strcmp(key, "keywords") == 0)
            return parse_phrases(p, value, &role->keywords, &role->nkeywords);
        return fail(p, "unknown key '%s' in a [role] section (keywords)", key);
    }
    case SEC_GROUP: {
        if (strcmp(key, "headings") != 0)
            return fail(p, "unknown key '%s' in a [group] section (headings)", key);
        int group = p->group, before = r->nheadings;
        fi_phrase *phrases = NULL;
        int n = 0;
        if (parse_phrases(p, value, &phrases, &n)) {
            free(phrases);
            return -1;
        }
        fi_heading *grown = realloc(r->headings, (size_t)(before + n) * sizeof *grown);
        if (!grown) {
            free(phrases);
            return fail(p, "out of memory");
        }
        r->headings = grown;
        for (int i = 0; i < n; i++)
            r->headings[before + i] = (fi_heading){phrases[i], group};
        r->nheadings += n;
        free(phrases);
        return 0;
    }
    case SEC_FIELD:
        return field_key(p, &r->fields[r->nfields - 1], key, value);
    case SEC_TEXT:
        return text_key(p, &r->texts[r->ntexts - 1], key, value);
    case SEC_COMPLETENESS: {
        fi_completeness *c = &r->completeness[r->ncompleteness - 1];
        int idx = fi_field_index(key);
        if (idx < 0)
            return fail(p, "unknown field '%s' in [completeness]", key);
        if (parse_double(p, value, 0, 100, &c->weight[idx]))
            return -1;
        c->set[idx] = 1;
        return 0;
    }
    default:
        return fail(p, "'%s' outside any [section]", key);
    }
}

static int open_section(parser *p, char *head)
{
    fi_rules *r = p->r;
    char *save = NULL;
    char *kind = strtok_r(head, " \t", &save);
    char *name = strtok_r(NULL, " \t", &save);
    if (!kind)
        return fail(p, "empty section header");
    if (name && strlen(name) >= 48)
        return fail(p, "section name too long: '%s'", name);
    if (strcmp(kind, "settings") == 0) {
        p->sec = SEC_SETTINGS;
        return 0;
    }
    if (strcmp(kind, "completeness") == 0) {
        fi_completeness *grown = realloc(r->completeness,
                                         (size_t)(r->ncompleteness + 1) * sizeof *grown);
        if (!grown)
            return fail(p, "out of memory");
        r->completeness = grown;
        fi_completeness *c = &grown[r->ncompleteness++];
        memset(c, 0, sizeof *c);
        if (name) {
            char norm[32];
            if (fi_norm_specialty(name, norm, sizeof norm) != 1)
                return fail(p, "'%s' is not a specialty of the contract's list", name);
            snprintf(c->specialty, sizeof c->specialty, "%s", norm);
        } else if (r->ncompleteness > 1) {
            return fail(p, "a second [completeness] without a specialty: there is one "
                           "default set, and it comes before the per-specialty ones");
        }
        p->sec = SEC_COMPLETENESS;
        return 0;
    }
    if (!name)
        return fail(p, "[%s] needs a name", kind);
    if (strcmp(kind, "role") == 0) {
        if (r->nroles == FI_MAX_ROLES)
            return fail(p, "too many roles (at most 12) at '%s'", name);
        if (strlen(name) >= sizeof r->roles[0].name)
            return fail(p, "role name too long (at most 23 characters): '%s'", name);
        fi_role *role = &r->roles[r->nroles++];
        memset(role, 0, sizeof *role);
        snprintf(role->name, sizeof role->name, "%s", name);
        if (strcmp(name, "referral") == 0)
            r->referral_role = r->nroles - 1;
        p->sec = SEC_ROLE;
        return 0;
    }
    if (strcmp(kind, "group") == 0) {
        if ((p->group = group_index(p, name)) < 0)
            return -1;
        p->sec = SEC_GROUP;
        return 0;
    }
    if (strcmp(kind, "field") == 0) {
        fi_field_rule *grown = realloc(r->fields, (size_t)(r->nfields + 1) * sizeof *grown);
        if (!grown)
            return fail(p, "out of memory");
        r->fields = grown;
        fi_field_rule *f = &grown[r->nfields++];
        memset(f, 0, sizeof *f);
        snprintf(f->id, sizeof f->id, "%s", name);
        f->line = p->line;
        f->group = f->sets_group = -1;
        f->where = FI_WHERE_RIGHT;
        f->roles = r->referral_role >= 0 ? (1u << r->referral_role) | ROLE_OTHER_BIT : ~0u;
        f->max_lines = 1;
        f->weight = 1.0;
        int idx = fi_field_index(name);
        if (idx >= 0) {
            f->targets[0] = idx;
            f->ntargets = 1;
        }
        p->sec = SEC_FIELD;
        return 0;
    }
    if (strcmp(kind, "text") == 0) {
        fi_text_rule *grown = realloc(r->texts, (size_t)(r->ntexts + 1) * sizeof *grown);
        if (!grown)
            return fail(p, "out of memory");
        r->texts = grown;
        fi_text_rule *t = &grown[r->ntexts++];
        memset(t, 0, sizeof *t);
        snprintf(t->id, sizeof t->id, "%s", name);
        t->line = p->line;
        t->roles = r->referral_role >= 0 ? (1u << r->referral_role) | ROLE_OTHER_BIT : ~0u;
        t->weight = 0.8;
        p->sec = SEC_TEXT;
        return 0;
    }
    return fail(p, "unknown section kind '%s' (settings, role, group, field, text, "
                   "completeness)", kind);
}

/* Checks what only the whole file can tell. */
static int finish(parser *p)
{
    fi_rules *r = p->r;
    for (int i = 0; i < r->nfields; i++) {
        fi_field_rule *f = &r->fields[i];
        p->line = f->line;
        if (f->ntargets == 0 && f->kind != FI_VK_NONE)
            return fail(p, "[field %s] is not a field name: add 'sets = FIELD' (or "
                           "'value = none' for a label that only starts a group)", f->id);
        if (f->nlabels == 0)
            return fail(p, "[field %s] has no labels", f->id);
        if (f->kind == FI_VK_PERSON && f->ntargets != 2)
            return fail(p, "[field %s]: value = person sets two fields (last, first)", f->id);
        if (f->kind != FI_VK_PERSON && f->ntargets > 1)
            return fail(p, "[field %s]: only value = person sets two fields; this value "
                           "sets one", f->id);
    }
    for (int i = 0; i < r->ntexts; i++) {
        p->line = r->texts[i].line;
        if (!r->texts[i].re)
            return fail(p, "[text %s] has no regex", r->texts[i].id);
    }
    if (r->ncompleteness == 0) {
        /* No section: the contract's required fields, equally weighted. */
        r->completeness = calloc(1, sizeof *r->completeness);
        if (!r->completeness)
            return fail(p, "out of memory");
        r->ncompleteness = 1;
        for (int k = 0; k < FI_NFIELDS; k++) {
            r->completeness[0].weight[k] = FI_FIELDS[k].required ? 1.0 : 0.0;
            r->completeness[0].set[k] = 1;
        }
    }
    return 0;
}

int fi_rules_parse(fi_rules **out, const char *name, const char *text, char **err)
{
    *out = NULL;
    *err = NULL;
    fi_rules *r = calloc(1, sizeof *r);
    char *copy = strdup(text);
    if (!r || !copy || !(r->name = strdup(name))) {
        free(copy);
        fi_rules_free(r);
        *err = fi_errf("out of memory loading %s", name);
        return -1;
    }
    r->referral_role = -1;
    r->review_below = 0.8;
    r->review_below_single = 0.87;
    parser p = {.r = r, .name = name, .err = err};
    int rc = -1, lineno = 0;
    char *cursor = copy;
    char *key = NULL, *value = NULL;
    size_t value_len = 0;
    int key_line = 0;
    while (cursor) {
        char *line = cursor;
        char *nl = strchr(cursor, '\n');
        if (nl)
            *nl = '\0';
        cursor = nl ? nl + 1 : NULL;
        lineno++;
        int indented = line[0] == ' ' || line[0] == '\t';
        char *t = trim(line);
        if (*t == '#' || *t == '\0')
            continue;
        if (indented && key) {
            /* continuation of the previous value */
            size_t add = strlen(t);
            char *grown = realloc(value, value_len + add + 2);
            if (!grown)
                goto oom;
            value = grown;
            value[value_len++] = ' ';
            memcpy(value + value_len, t, add + 1);
            value_len += add;
            continue;
        }
        if (key) {
            p.line = key_line;
            if (handle_key(&p, key, value))
                goto done;
            free(key);
            free(value);
            key = value = NULL;
        }
        p.line = lineno;
        if (*t == '[') {
            char *close = strchr(t, ']');
            if (!close || close[1] != '\0') {
                fail(&p, "a section header must be '[kind name]' alone on its line");
                goto done;
            }
            *close = '\0';
            if (open_section(&p, t + 1))
                goto done;
            continue;
        }
        char *eq = strchr(t, '=');
        if (!eq) {
            fail(&p, "expected 'key = value' or '[section]', got '%s'", t);
            goto done;
        }
        *eq = '\0';
        key = strdup(trim(t));
        value = strdup(trim(eq + 1));
        if (!key || !value)
            goto oom;
        value_len = strlen(value);
        key_line = lineno;
        if (!*key) {
            fail(&p, "a line starts with '=': the key is missing");
            goto done;
        }
    }
    if (key) {
        p.line = key_line;
        if (handle_key(&p, key, value))
            goto done;
    }
    if (finish(&p))
        goto done;
    rc = 0;
    *out = r;
    r = NULL;
    goto done;
oom:
    *err = fi_errf("%s: out of memory", name);
done:
    free(key);
    free(value);
    free(copy);
    fi_rules_free(r);
    return rc;
}

extern const char fi_default_rules_text[];

const char *fi_rules_default_text(void)
{
    return fi_default_rules_text;
}

int fi_rules_default(fi_rules **out, char **err)
{
    return fi_rules_parse(out, "<built-in default.rules>", fi_default_rules_text, err);
}

int fi_rules_load(fi_rules **out, const char *path, char **err)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    int rc = -1;
    if (!f) {
        *err = fi_errf("cannot open the rules file %s: %s", path, strerror(errno));
        return -1;
    }
    if (fseek(f, 0, SEEK_END) != 0)
        goto io;
    long len = ftell(f);
    if (len < 0 || len > 4 * 1024 * 1024) {
        *err = fi_errf("%s: not a rules file (over 4 MB)", path);
        goto done;
    }
    rewind(f);
    text = malloc((size_t)len + 1);
    if (!text || fread(text, 1, (size_t)len, f) != (size_t)len)
        goto io;
    text[len] = '\0';
    if (memchr(text, '\0', (size_t)len)) {
        *err = fi_errf("%s: not a rules file (binary content)", path);
        goto done;
    }
    rc = fi_rules_parse(out, path, text, err);
    goto done;
io:
    *err = fi_errf("cannot read the rules file %s: %s", path, strerror(errno));
done:
    free(text);
    fclose(f);
    return rc;
}

void fi_rules_free(fi_rules *r)
{
    if (!r)
        return;
    for (int i = 0; i < r->nroles; i++)
        free(r->roles[i].keywords);
    for (int i = 0; i < r->nfields; i++) {
        free(r->fields[i].labels);
        pcre2_code_free(r->fields[i].pattern);
    }
    for (int i = 0; i < r->ntexts; i++)
        pcre2_code_free(r->texts[i].re);
    free(r->fields);
    free(r->texts);
    free(r->headings);
    free(r->completeness);
    free(r->stops);
    free(r->words);
    fi_speller_close(r->speller);
    free(r->dictionaries);
    free(r->name);
    free(r);
}

int fi_rules_open_dictionaries(fi_rules *rules, char **err)
{
    char why[512];
    if (!rules->dictionaries || rules->speller)
        return 0;
    if (!(rules->speller = fi_speller_open(rules->dictionaries, why, sizeof why))) {
        *err = fi_errf("%s: %s", rules->name ? rules->name : "rules", why);
        return -1;
    }
    return 0;
}

int fi_rules_open(fi_rules **out, const char *path, char **err)
{
    int rc = path ? fi_rules_load(out, path, err) : fi_rules_default(out, err);
    if (rc == 0 && fi_rules_open_dictionaries(*out, err) != 0) {
        fi_rules_free(*out);
        *out = NULL;
        rc = -1;
    }
    return rc;
}
