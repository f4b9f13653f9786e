/*
 * spell.c: OCR slips in free text repaired against Hunspell dictionaries.
 *
 * Hunspell's own suggestions are made for typing mistakes and take
 * milliseconds a word; a fax's OCR makes other mistakes, so the readings
 * tried here are OCR's (a letter for a like-shaped one, "rn" for "m", a
 * thin letter lost or a speck added, a word split in two) and Hunspell
 * only says which of them is a word.  A repair is taken only when it is
 * the one word those readings reach: a word of the dictionaries is never
 * changed, nor an unknown word with two possible readings.
 */
#include "spell.h"

#include <ctype.h>
#include <dlfcn.h>
#include <hunspell.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* libhunspell is opened here rather than linked: it brings libstdc++, and
 * every program that links the extractor would load both at start, where
 * only extraction needs them (the store's commands start in a few
 * milliseconds, see the README). */
struct fi_speller {
    void *lib;
    Hunhandle *(*create)(const char *aff, const char *dic);
    int (*add_dic)(Hunhandle *h, const char *dic);
    int (*spell)(Hunhandle *h, const char *word);
    void (*destroy)(Hunhandle *h);
    Hunhandle *h;
    /* Hunspell writes state of its own while it checks a word (helgrind
     * shows the races), and ingest's threads share the rules: one text
     * at a time */
    pthread_mutex_t lock;
    int has_lock;
};

static const char *const k_libs[] = {"libhunspell-1.7.so.0", "libhunspell.so"};

/* Opens libhunspell into sp; 0, or -1 with a message in err. */
static int load_library(fi_speller *sp, char *err, size_t errsz)
{
    for (size_t i = 0; !sp->lib && i < sizeof k_libs / sizeof *k_libs; i++)
        sp->lib = dlopen(k_libs[i], RTLD_NOW | RTLD_LOCAL);
    if (!sp->lib) {
        snprintf(err, errsz, "cannot load libhunspell (%s); on Debian, apt-get install "
                 "libhunspell-1.7-0", dlerror());
        return -1;
    }
    /* POSIX's way from a dlsym() pointer to a function pointer */
    *(void **)&sp->create = dlsym(sp->lib, "Hunspell_create");
    *(void **)&sp->add_dic = dlsym(sp->lib, "Hunspell_add_dic");
    *(void **)&sp->spell = dlsym(sp->lib, "Hunspell_spell");
    *(void **)&sp->destroy = dlsym(sp->lib, "Hunspell_destroy");
    if (!sp->create || !sp->add_dic || !sp->spell || !sp->destroy) {
        snprintf(err, errsz, "libhunspell lacks its C functions (Hunspell_create...)");
        return -1;
    }
    return 0;
}

enum { WORD_MAX = 48 };

/* Checks (check) or loads into *spp the dictionaries named in dicts. */
static int dictionaries(const char *dicts, int check, fi_speller **spp, char *err, size_t errsz)
{
    fi_speller *sp = NULL;
    char *list = strdup(dicts ? dicts : "");
    char *save = NULL;
    int n = 0;
    if (!list) {
        snprintf(err, errsz, "out of memory");
        goto fail;
    }
    for (char *d = strtok_r(list, " \t", &save); d; d = strtok_r(NULL, " \t", &save), n++) {
        char aff[4096], dic[4096];
        snprintf(aff, sizeof aff, "%s.aff", d);
        snprintf(dic, sizeof dic, "%s.dic", d);
        if ((!n && access(aff, R_OK) != 0) || access(dic, R_OK) != 0) {
            snprintf(err, errsz,
                     "no dictionary %s (%s); on Debian, apt-get install hunspell-en-us "
                     "hunspell-en-med",
                     d, !n && access(aff, R_OK) != 0 ? aff : dic);
            goto fail;
        }
        if (check)
            continue;
        if (!sp) {
            if (!(sp = calloc(1, sizeof *sp)) || pthread_mutex_init(&sp->lock, NULL) != 0) {
                snprintf(err, errsz, "out of memory");
                goto fail;
            }
            sp->has_lock = 1;
            if (load_library(sp, err, errsz))
                goto fail;
            if (!(sp->h = sp->create(aff, dic))) {
                snprintf(err, errsz, "cannot load the dictionary %s", d);
                goto fail;
            }
        } else if (sp->add_dic(sp->h, dic) != 0) {
            snprintf(err, errsz, "cannot load the dictionary %s", dic);
            goto fail;
        }
    }
    if (!n) {
        snprintf(err, errsz, "no dictionary named");
        goto fail;
    }
    free(list);
    if (spp)
        *spp = sp;
    return 0;
fail:
    free(list);
    fi_speller_close(sp);
    return -1;
}

int fi_speller_check(const char *dicts, char *err, size_t errsz)
{
    return dictionaries(dicts, 1, NULL, err, errsz) == 0;
}

fi_speller *fi_speller_open(const char *dicts, char *err, size_t errsz)
{
    fi_speller *sp = NULL;
    return dictionaries(dicts, 0, &sp, err, errsz) == 0 ? sp : NULL;
}

void fi_speller_close(fi_speller *sp)
{
    if (!sp)
        return;
    if (sp->h)
        sp->destroy(sp->h);
    if (sp->lib)
        dlclose(sp->lib);
    if (sp->has_lock)
        pthread_mutex_destroy(&sp->lock);
    free(sp);
}

/* The shapes OCR takes for one another on a fax, both ways. */
static const struct {
    const char *from, *to;
} k_slips[] = {
    {"rn", "m"}, {"m", "rn"}, {"ri", "n"}, {"n", "ri"}, {"cl", "d"}, {"d", "cl"},
    {"li", "h"}, {"h", "li"}, {"in", "m"}, {"m", "in"}, {"vv", "w"}, {"w", "vv"},
    {"i", "l"}, {"l", "i"}, {"i", "t"}, {"t", "i"}, {"l", "t"}, {"t", "l"}, {"f", "t"},
    {"t", "f"}, {"i", "j"}, {"j", "i"}, {"f", "l"}, {"e", "c"}, {"c", "e"}, {"e", "o"},
    {"o", "e"}, {"c", "o"}, {"o", "c"}, {"a", "o"}, {"o", "a"}, {"a", "e"}, {"e", "a"},
    {"u", "a"}, {"a", "u"}, {"n", "h"}, {"h", "n"}, {"n", "u"}, {"u", "n"}, {"h", "b"},
    {"b", "h"}, {"g", "q"}, {"q", "g"}, {"y", "v"}, {"v", "y"}, {"r", "n"}, {"n", "r"},
    {"r", "i"}, {"s", "a"}, {"k", "x"}, {"x", "k"}, {"rr", "m"}, {"m", "rr"}, {"fi", "h"},
    {"h", "fi"}, {"ll", "tt"}, {"tt", "ll"}, {"k", "r"}, {"r", "k"},
    /* a thin letter lost, a speck read as one */
    {"", "i"}, {"", "l"}, {"", "r"}, {"", "t"}, {"i", ""}, {"l", ""}, {"r", ""}, {"t", ""},
    {"'", ""},
};

/* The state of a search for readings that are words. */
typedef struct {
    fi_speller *sp;
    int proper;           /* only names: words the dictionaries capitalize */
    char found[WORD_MAX]; /* the first word reached */
    int nfound;           /* distinct words reached */
} search;

/* 1 when w (lower case) is a name of the dictionaries: "Trujillo" is a
 * word, "trujillo" is not. */
static int is_proper(fi_speller *sp, const char *w)
{
    char title[WORD_MAX];
    snprintf(title, sizeof title, "%s", w);
    title[0] = (char)toupper((unsigned char)title[0]);
    return sp->spell(sp->h, title) != 0 && sp->spell(sp->h, w) == 0;
}

static void consider(search *s, const char *w)
{
    if (s->nfound > 1 || strcmp(w, s->found) == 0 ||
        (s->proper ? !is_proper(s->sp, w) : s->sp->spell(s->sp->h, w) == 0))
        return;
    if (s->nfound == 0)
        snprintf(s->found, sizeof s->found, "%s", w);
    s->nfound++;
}

/* Every reading of w with one slip from k_slips. */
static void readings(search *s, const char *w)
{
    size_t len = strlen(w);
    for (size_t i = 0; i <= len && s->nfound < 2; i++) {
        for (size_t k = 0; k < sizeof k_slips / sizeof *k_slips; k++) {
            size_t fl = strlen(k_slips[k].from), tl = strlen(k_slips[k].to);
            char r[WORD_MAX];
            if (i + fl > len || strncmp(w + i, k_slips[k].from, fl) != 0 ||
                len - fl + tl + 1 > sizeof r)
                continue;
            memcpy(r, w, i);
            memcpy(r + i, k_slips[k].to, tl);
            memcpy(r + i + tl, w + i + fl, len - i - fl + 1);
            if (strlen(r) >= 2)
                consider(s, r);
        }
    }
}

/* The one word that a slip of OCR's makes of w (lower case), into out;
 * 0 when none or more than one.  (Two slips would reach more words, but
 * cost a hundred times the checks, and reached no more right ones on the
 * dev corpus.) */
static int repair_word(fi_speller *sp, const char *w, char *out, size_t outsz, int proper)
{
    search s = {.sp = sp, .proper = proper};
    readings(&s, w);
    if (s.nfound != 1)
        return 0;
    snprintf(out, outsz, "%s", s.found);
    return 1;
}

/* A word's letters in the case of the word it replaces: "NGHT" ->
 * "RIGHT", "Nght" -> "Right". */
static void match_case(const char *like, char *w)
{
    size_t n = strlen(like);
    int upper = 0, lower = 0;
    for (size_t i = 0; i < n; i++) {
        upper += isupper((unsigned char)like[i]) != 0;
        lower += islower((unsigned char)like[i]) != 0;
    }
    for (char *c = w; *c; c++)
        *c = (char)(upper > 1 && !lower ? toupper((unsigned char)*c) : tolower((unsigned char)*c));
    if (n && isupper((unsigned char)like[0]))
        w[0] = (char)toupper((unsigned char)w[0]);
}

static int is_word_char(char c)
{
    return isalpha((unsigned char)c) || c == '\'';
}

/* 1 when the len letters at w are a word of the dictionaries. */
static int known(fi_speller *sp, const char *w, size_t len)
{
    char word[WORD_MAX];
    if (len >= sizeof word)
        return 0;
    memcpy(word, w, len);
    word[len] = '\0';
    return sp->spell(sp->h, word) != 0;
}

/* 1 when a word is one to leave alone: known, short, or an abbreviation
 * ("GERD", "EGD"). */
static int leave(fi_speller *sp, const char *w, size_t len)
{
    if (len < 3 || len >= WORD_MAX)
        return 1;
    int lower = 0;
    for (size_t i = 0; i < len; i++)
        lower += islower((unsigned char)w[i]) != 0;
    return (!lower && len <= 5) || known(sp, w, len);
}

static int fix_text(fi_speller *sp, const char *text, char *out, size_t outsz);

int fi_speller_fix(fi_speller *sp, const char *text, char *out, size_t outsz)
{
    if (!outsz)
        return -1;
    pthread_mutex_lock(&sp->lock);
    int fixed = fix_text(sp, text, out, outsz);
    pthread_mutex_unlock(&sp->lock);
    return fixed;
}

static int fix_text(fi_speller *sp, const char *text, char *out, size_t outsz)
{
    size_t n = 0;
    int fixed = 0;
    for (const char *p = text; *p;) {
        const char *start = p;
        while (*p && is_word_char(*p))
            p++;
        size_t len = (size_t)(p - start);
        char put[2 * WORD_MAX] = "";
        const char *copy = start;
        size_t copy_len = len ? len : 1;
        if (len && !leave(sp, start, len)) {
            char lower[WORD_MAX], better[WORD_MAX];
            for (size_t i = 0; i < len; i++)
                lower[i] = (char)tolower((unsigned char)start[i]);
            lower[len] = '\0';
            /* a word split in two ("aller gic", "iimit ed"): joined, and
             * repaired as one if need be */
            const char *next = *p == ' ' ? p + 1 : NULL;
            size_t next_len = 0;
            while (next && is_word_char(next[next_len]))
                next_len++;
            char joined[WORD_MAX];
            int join = next && next_len && len + next_len < sizeof joined;
            if (join) {
                for (size_t i = 0; i < next_len; i++)
                    joined[len + i] = (char)tolower((unsigned char)next[i]);
                memcpy(joined, lower, len);
                joined[len + next_len] = '\0';
                if (known(sp, joined, len + next_len))
                    snprintf(better, sizeof better, "%s", joined);
                else
                    join = repair_word(sp, joined, better, sizeof better, 0);
                /* unless the second part is a word of its own that the
                 * first, repaired alone, can stand beside */
                if (join && next_len >= 3 && known(sp, next, next_len) &&
                    repair_word(sp, lower, put, sizeof put, 0))
                    join = 0;
                put[0] = '\0';
            }
            if (join) {
                match_case(start, better);
                snprintf(put, sizeof put, "%s", better);
                p = next + next_len;
                fixed++;
            } else if (repair_word(sp, lower, better, sizeof better, 0)) {
                match_case(start, better);
                snprintf(put, sizeof put, "%s", better);
                fixed++;
            }
        }
        if (put[0]) {
            copy = put;
            copy_len = strlen(put);
        } else if (!len) {
            p++;
        }
        if (n + copy_len + 1 > outsz) {
            out[n] = '\0';
            return -1;
        }
        memcpy(out + n, copy, copy_len);
        n += copy_len;
    }
    out[n] = '\0';
    return fixed;
}

int fi_speller_fix_name(fi_speller *sp, const char *word, char *out, size_t outsz)
{
    size_t len = strlen(word);
    char lower[WORD_MAX], title[WORD_MAX];
    if (len < 5 || len >= sizeof lower)
        return 0;
    for (size_t i = 0; i < len; i++) {
        if (!isalpha((unsigned char)word[i]))
            return 0;
        lower[i] = (char)tolower((unsigned char)word[i]);
    }
    lower[len] = '\0';
    snprintf(title, sizeof title, "%s", lower);
    title[0] = (char)toupper((unsigned char)title[0]);
    pthread_mutex_lock(&sp->lock);
    int fixed = !sp->spell(sp->h, title) && repair_word(sp, lower, out, outsz, 1);
    pthread_mutex_unlock(&sp->lock);
    /* a name's capital is read right: "Imani" is not "Mani" */
    fixed = fixed && out[0] == lower[0];
    if (fixed)
        match_case(word, out);
    return fixed;
}

int fi_speller_is_name(fi_speller *sp, const char *word)
{
    char lower[WORD_MAX];
    size_t len = strlen(word);
    if (len < 2 || len >= sizeof lower)
        return 0;
    for (size_t i = 0; i <= len; i++)
        lower[i] = (char)tolower((unsigned char)word[i]);
    pthread_mutex_lock(&sp->lock);
    int name = is_proper(sp, lower);
    pthread_mutex_unlock(&sp->lock);
    return name;
}

int fi_speller_knows(fi_speller *sp, const char *word)
{
    char title[WORD_MAX];
    size_t len = strlen(word);
    if (!len || len >= sizeof title)
        return 0;
    for (size_t i = 0; i <= len; i++)
        title[i] = (char)tolower((unsigned char)word[i]);
    pthread_mutex_lock(&sp->lock);
    int known = sp->spell(sp->h, title) != 0;
    title[0] = (char)toupper((unsigned char)title[0]);
    known = known || sp->spell(sp->h, title) != 0;
    pthread_mutex_unlock(&sp->lock);
    return known;
}
