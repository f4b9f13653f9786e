/*
 * words.c: the fi_doc value and its JSON form.  The JSON form is what
 * `faxintake ingest` writes under "ocr" and what the OCR cache and the store
 * keep, so it is read back as strictly as it is written.
 */
#include "words.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static const char *how_names[] = {"ocr", "text_layer", "blank"};

fi_doc *fi_doc_new(const char *source)
{
    fi_doc *doc = calloc(1, sizeof *doc);
    if (!doc)
        return NULL;
    const char *base = source ? strrchr(source, '/') : NULL;
    doc->source = strdup(base ? base + 1 : (source ? source : ""));
    if (!doc->source) {
        free(doc);
        return NULL;
    }
    return doc;
}

void fi_doc_free(fi_doc *doc)
{
    if (!doc)
        return;
    for (size_t i = 0; i < doc->npages; i++) {
        fi_page *p = &doc->pages[i];
        for (size_t w = 0; w < p->nwords; w++)
            free(p->words[w].text);
        free(p->words);
        free(p->note);
        free(p->png);
    }
    free(doc->pages);
    free(doc->meta);
    free(doc->source);
    free(doc);
}

fi_page *fi_doc_add_page(fi_doc *doc, int width, int height, int dpi)
{
    if (doc->npages == doc->cap) {
        size_t cap = doc->cap ? doc->cap * 2 : 4;
        fi_page *pages = realloc(doc->pages, cap * sizeof *pages);
        if (!pages)
            return NULL;
        doc->pages = pages;
        doc->cap = cap;
    }
    fi_page *p = &doc->pages[doc->npages++];
    memset(p, 0, sizeof *p);
    p->width = width;
    p->height = height;
    p->dpi = dpi;
    return p;
}

int fi_page_add_word(fi_page *page, const char *text, float conf,
                     int x0, int y0, int x1, int y1, int block, int line)
{
    if (page->nwords == page->cap) {
        size_t cap = page->cap ? page->cap * 2 : 64;
        fi_word *words = realloc(page->words, cap * sizeof *words);
        if (!words)
            return -1;
        page->words = words;
        page->cap = cap;
    }
    char *copy = strdup(text);
    if (!copy)
        return -1;
    page->words[page->nwords++] = (fi_word){copy, conf, x0, y0, x1, y1, block, line};
    return 0;
}

int fi_page_split_rows(fi_page *page)
{
    size_t n = page->nwords;
    if (n == 0)
        return 0;
    int *row = malloc(n * sizeof *row);
    fi_word *sorted = malloc(n * sizeof *sorted);
    int rc = -1;
    if (!row || !sorted)
        goto done;
    int next = 0;
    size_t out = 0;
    for (size_t start = 0; start < n;) {
        size_t end = start;
        while (end < n && page->words[end].line == page->words[start].line)
            end++;
        int first = next;
        for (size_t k = start; k < end; k++) {
            const fi_word *w = &page->words[k];
            int r = first;
            /* the row of an earlier word of the line beside this one */
            for (; r < next; r++) {
                size_t j = start;
                while (j < k && !(row[j] == r && w->y0 < page->words[j].y1 &&
                                  w->y1 > page->words[j].y0))
                    j++;
                if (j < k)
                    break;
            }
            row[k] = r;
            next += r == next;
        }
        /* the line's rows in order, each row's words in the order given */
        for (int r = first; r < next; r++)
            for (size_t k = start; k < end; k++)
                if (row[k] == r) {
                    sorted[out] = page->words[k];
                    sorted[out].line = sorted[out].block = r;
                    out++;
                }
        start = end;
    }
    memcpy(page->words, sorted, n * sizeof *sorted);
    rc = 0;
done:
    free(row);
    free(sorted);
    return rc;
}

void fi_page_set_note(fi_page *page, const char *note)
{
    free(page->note);
    page->note = note ? strdup(note) : NULL;
}

void fi_page_update_conf(fi_page *page)
{
    double sum = 0;
    for (size_t i = 0; i < page->nwords; i++)
        sum += page->words[i].conf;
    page->mean_conf = page->nwords ? (float)(sum / (double)page->nwords) : 0.0f;
}

/* Confidences are written with 3 decimals: enough for any decision, and it
 * keeps the JSON of a 5-page fax around 100 kB. */
static double round3(double v)
{
    return (double)(long)(v * 1000.0 + 0.5) / 1000.0;
}

static cJSON *page_to_json(const fi_page *p)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *words = cJSON_CreateArray();
    if (!o || !words)
        goto fail;
    cJSON_AddNumberToObject(o, "width", p->width);
    cJSON_AddNumberToObject(o, "height", p->height);
    cJSON_AddNumberToObject(o, "dpi", p->dpi);
    cJSON_AddStringToObject(o, "read_by", how_names[p->how]);
    cJSON_AddNumberToObject(o, "rotation", p->rotation);
    cJSON_AddNumberToObject(o, "mean_conf", round3(p->mean_conf));
    cJSON_AddNumberToObject(o, "ms", round3(p->ms));
    if (p->note)
        cJSON_AddStringToObject(o, "note", p->note);
    for (size_t i = 0; i < p->nwords; i++) {
        const fi_word *w = &p->words[i];
        /* A word is a compact array: [text, conf, x0, y0, x1, y1, block, line]. */
        cJSON *a = cJSON_CreateArray();
        if (!a)
            goto fail;
        cJSON_AddItemToArray(words, a);
        cJSON_AddItemToArray(a, cJSON_CreateString(w->text));
        cJSON_AddItemToArray(a, cJSON_CreateNumber(round3(w->conf)));
        int nums[6] = {w->x0, w->y0, w->x1, w->y1, w->block, w->line};
        for (int k = 0; k < 6; k++)
            cJSON_AddItemToArray(a, cJSON_CreateNumber(nums[k]));
    }
    cJSON_AddItemToObject(o, "words", words);
    return o;
fail:
    cJSON_Delete(words);
    cJSON_Delete(o);
    return NULL;
}

char *fi_doc_pages_to_json(const fi_doc *doc)
{
    cJSON *arr = cJSON_CreateArray();
    char *out = NULL;
    if (!arr)
        return NULL;
    for (size_t i = 0; i < doc->npages; i++) {
        cJSON *p = page_to_json(&doc->pages[i]);
        if (!p)
            goto done;
        cJSON_AddItemToArray(arr, p);
    }
    out = cJSON_PrintUnformatted(arr);
done:
    cJSON_Delete(arr);
    return out;
}

static int get_int(const cJSON *o, const char *key, int *v)
{
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsNumber(n))
        return -1;
    *v = n->valueint;
    return 0;
}

static int page_from_json(fi_doc *doc, const cJSON *o)
{
    int width, height, dpi, rotation = 0;
    if (!cJSON_IsObject(o) || get_int(o, "width", &width) || get_int(o, "height", &height) ||
        get_int(o, "dpi", &dpi))
        return -1;
    get_int(o, "rotation", &rotation);
    fi_page *p = fi_doc_add_page(doc, width, height, dpi);
    if (!p)
        return -1;
    p->rotation = rotation;
    const cJSON *how = cJSON_GetObjectItemCaseSensitive(o, "read_by");
    for (int k = 0; k < 3; k++)
        if (cJSON_IsString(how) && strcmp(how->valuestring, how_names[k]) == 0)
            p->how = (fi_page_how)k;
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(o, "ms");
    p->ms = cJSON_IsNumber(n) ? n->valuedouble : 0.0;
    n = cJSON_GetObjectItemCaseSensitive(o, "note");
    if (cJSON_IsString(n))
        fi_page_set_note(p, n->valuestring);
    const cJSON *words = cJSON_GetObjectItemCaseSensitive(o, "words");
    if (!cJSON_IsArray(words))
        return -1;
    const cJSON *w;
    cJSON_ArrayForEach(w, words)
    {
        if (cJSON_GetArraySize(w) != 8 || !cJSON_IsString(cJSON_GetArrayItem(w, 0)))
            return -1;
        int v[7];
        double conf = cJSON_GetArrayItem(w, 1)->valuedouble;
        for (int k = 2; k < 8; k++) {
            const cJSON *e = cJSON_GetArrayItem(w, k);
            if (!cJSON_IsNumber(e))
                return -1;
            v[k - 2] = e->valueint;
        }
        if (fi_page_add_word(p, cJSON_GetArrayItem(w, 0)->valuestring, (float)conf, v[0], v[1],
                             v[2], v[3], v[4], v[5]))
            return -1;
    }
    fi_page_update_conf(p);
    return 0;
}

int fi_doc_from_pages_json(fi_doc **out, const char *source, const char *json)
{
    *out = NULL;
    cJSON *arr = cJSON_Parse(json);
    fi_doc *doc = fi_doc_new(source);
    int rc = -1;
    if (!arr || !doc || !cJSON_IsArray(arr))
        goto done;
    const cJSON *p;
    cJSON_ArrayForEach(p, arr)
    {
        if (page_from_json(doc, p))
            goto done;
    }
    *out = doc;
    doc = NULL;
    rc = 0;
done:
    cJSON_Delete(arr);
    fi_doc_free(doc);
    return rc;
}
