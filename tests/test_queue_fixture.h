/*
 * test_queue_fixture.h: small documents and results for the store's tests,
 * built in memory (no OCR): a fi_result filled field by field, a page of
 * filler words, a store in a fresh temporary folder.
 */
#ifndef TEST_QUEUE_FIXTURE_H
#define TEST_QUEUE_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/result.h"
#include "queue/store.h"

/* Sets field to text (a comma-separated list for diagnosis_codes). */
static inline void res_set(fi_result *r, const char *field, const char *text)
{
    int i = fi_field_index(field);
    if (i < 0)
        abort();
    fi_value *v = &r->values[i];
    fi_value_clear(v);
    v->found = 1;
    v->conf = 0.9f;
    v->page = 1;
    v->x0 = 100;
    v->y0 = 100 + 30 * i;
    v->x1 = 400;
    v->y1 = 124 + 30 * i;
    v->rule = strdup(field);
    if (FI_FIELDS[i].kind == FI_KIND_LIST) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s", text);
        for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
            v->list = realloc(v->list, (v->nlist + 1) * sizeof *v->list);
            v->list[v->nlist++] = strdup(t);
        }
    } else {
        v->text = strdup(text);
    }
}

/* A referral's fields: patient last name, DOB and MRN (NULL: absent),
 * urgency (NULL: routine) and a few more so that exports have content. */
static inline fi_result *patient(const char *last, const char *dob, const char *mrn,
                          const char *urgency)
{
    fi_result *r = fi_result_new();
    if (last)
        res_set(r, "patient_last_name", last);
    res_set(r, "patient_first_name", "Jane");
    if (dob)
        res_set(r, "patient_dob", dob);
    if (mrn)
        res_set(r, "patient_mrn", mrn);
    res_set(r, "urgency", urgency ? urgency : "routine");
    res_set(r, "referring_npi", "1234567893");
    res_set(r, "referring_fax", "5550143344");
    res_set(r, "referring_provider", "Sarah Whitfield");
    res_set(r, "referred_to_specialty", "cardiology");
    res_set(r, "diagnosis_codes", "E11.9,I10");
    res_set(r, "reason", "Chest pain on exertion");
    return r;
}

/* A one-page document of n filler words. */
static inline fi_doc *filler_doc(const char *source, int n)
{
    fi_doc *doc = fi_doc_new(source);
    fi_page *p = fi_doc_add_page(doc, 1700, 2200, 200);
    for (int i = 0; i < n; i++) {
        char w[32];
        snprintf(w, sizeof w, "word%d", i);
        fi_page_add_word(p, w, 0.9f, 10 * i, 20, 10 * i + 8, 40, 0, i / 10);
    }
    fi_page_update_conf(p);
    return doc;
}

/* A sha256-shaped hex string from a seed (64 hex digits). */
static inline void fake_sha(const char *seed, char out[65])
{
    unsigned long long h = 1469598103934665603ULL;
    for (const char *p = seed; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ULL;
    snprintf(out, 65, "%016llx%016llx%016llx%016llx", h, h ^ 0x5555, h ^ 0xaaaa, h ^ 0xffff);
}

/* Adds a document received at received (NULL: now) with result res (taken
 * and freed); returns its id and fills *dup. */
static inline long long add_doc_at(fi_store *s, const char *seed, const char *received,
                                   fi_result *res, long long *dup)
{
    char sha[65], name[64];
    char *err = NULL;
    long long id = 0, d = 0;
    fake_sha(seed, sha);
    snprintf(name, sizeof name, "%s.tif", seed);
    fi_doc *doc = res ? filler_doc(name, 30) : NULL;
    fi_store_doc_info info = {.sha256 = sha, .file_name = name, .received_at = received};
    if (fi_store_add_document(s, &info, doc, res, &id, &d, &err)) {
        fprintf(stderr, "add_document %s: %s\n", seed, err ? err : "?");
        abort();
    }
    fi_doc_free(doc);
    fi_result_free(res);
    if (dup)
        *dup = d;
    return id;
}

/* A fresh folder for one test's store; path receives DIR/store.db. */
static inline void temp_store_path(char dir[64], char path[128])
{
    snprintf(dir, 64, "/tmp/fi-queue-test.XXXXXX");
    if (!mkdtemp(dir))
        abort();
    snprintf(path, 128, "%s/store.db", dir);
}

static inline void remove_dir(const char *dir)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

#endif
