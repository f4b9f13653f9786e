/*
 * result.c: the extraction result and the contract's per-document JSON.
 */
#include "result.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

const fi_field_def FI_FIELDS[FI_NFIELDS] = {
    {"patient_last_name", FI_KIND_NAME, 1},
    {"patient_first_name", FI_KIND_NAME, 1},
    {"patient_dob", FI_KIND_DATE, 1},
    {"patient_sex", FI_KIND_CODE, 0},
    {"patient_phone", FI_KIND_PHONE, 1},
    {"patient_mrn", FI_KIND_ID, 0},
    {"insurance_payer", FI_KIND_TEXT, 1},
    {"insurance_member_id", FI_KIND_ID, 1},
    {"referring_provider", FI_KIND_NAME, 1},
    {"referring_npi", FI_KIND_NPI, 1},
    {"referring_phone", FI_KIND_PHONE, 0},
    {"referring_fax", FI_KIND_PHONE, 1},
    {"referred_to_specialty", FI_KIND_CODE, 1},
    {"referred_to_provider", FI_KIND_NAME, 0},
    {"diagnosis_codes", FI_KIND_LIST, 1},
    {"reason", FI_KIND_TEXT, 1},
    {"urgency", FI_KIND_CODE, 0},
    {"referral_date", FI_KIND_DATE, 0},
};

int fi_field_index(const char *name)
{
    for (int i = 0; i < FI_NFIELDS; i++)
        if (strcmp(FI_FIELDS[i].name, name) == 0)
            return i;
    return -1;
}

fi_result *fi_result_new(void)
{
    fi_result *res = calloc(1, sizeof *res);
    if (res)
        for (int i = 0; i < FI_NFIELDS; i++)
            res->weight[i] = FI_FIELDS[i].required ? 1.0 : 0.0;
    return res;
}

void fi_value_clear(fi_value *v)
{
    free(v->text);
    for (size_t i = 0; i < v->nlist; i++)
        free(v->list[i]);
    free(v->list);
    free(v->rule);
    memset(v, 0, sizeof *v);
}

void fi_result_free(fi_result *res)
{
    if (!res)
        return;
    for (int i = 0; i < FI_NFIELDS; i++)
        fi_value_clear(&res->values[i]);
    free(res);
}

static cJSON *value_json(const fi_value *v, int kind)
{
    if (kind == FI_KIND_LIST) {
        cJSON *a = cJSON_CreateArray();
        for (size_t i = 0; a && i < v->nlist; i++)
            cJSON_AddItemToArray(a, cJSON_CreateString(v->list[i]));
        return a;
    }
    return cJSON_CreateString(v->text ? v->text : "");
}

static double round3(double v)
{
    return (double)(long)(v * 1000.0 + 0.5) / 1000.0;
}

char *fi_result_value(const fi_result *res, const char *field)
{
    int i = fi_field_index(field);
    if (i < 0 || !res->values[i].found)
        return NULL;
    cJSON *j = value_json(&res->values[i], FI_FIELDS[i].kind);
    char *out = j ? cJSON_PrintUnformatted(j) : NULL;
    cJSON_Delete(j);
    return out;
}

double fi_result_completeness(const fi_result *res)
{
    double have = 0, total = 0;
    for (int i = 0; i < FI_NFIELDS; i++) {
        if (res->weight[i] <= 0)
            continue;
        total += res->weight[i];
        if (res->values[i].found)
            have += res->weight[i];
    }
    return total > 0 ? have / total : 1.0;
}

char *fi_result_to_json(const fi_result *res, const fi_doc *doc, int with_ocr)
{
    cJSON *o = cJSON_CreateObject();
    char *out = NULL, *pages = NULL;
    if (!o)
        return NULL;
    cJSON_AddStringToObject(o, "source", doc->source);
    cJSON_AddNumberToObject(o, "pages", (double)doc->npages);
    cJSON *fields = cJSON_AddObjectToObject(o, "fields");
    cJSON *missing = cJSON_CreateArray();
    cJSON *review = cJSON_CreateArray();
    for (int i = 0; fields && res && i < FI_NFIELDS; i++) {
        const fi_value *v = &res->values[i];
        if (!v->found) {
            /* A field not found is one a person should look for on the
             * page: the required ones are also listed as missing. */
            if (res->weight[i] > 0)
                cJSON_AddItemToArray(missing, cJSON_CreateString(FI_FIELDS[i].name));
            cJSON_AddItemToArray(review, cJSON_CreateString(FI_FIELDS[i].name));
            continue;
        }
        cJSON *f = cJSON_AddObjectToObject(fields, FI_FIELDS[i].name);
        cJSON_AddItemToObject(f, "value", value_json(v, FI_FIELDS[i].kind));
        cJSON_AddNumberToObject(f, "confidence", round3(v->conf));
        if (v->page > 0) {
            cJSON_AddNumberToObject(f, "page", v->page);
            int box[4] = {v->x0, v->y0, v->x1, v->y1};
            cJSON_AddItemToObject(f, "bbox", cJSON_CreateIntArray(box, 4));
        }
        if (v->rule)
            cJSON_AddStringToObject(f, "rule", v->rule);
        if (v->review)
            cJSON_AddItemToArray(review, cJSON_CreateString(FI_FIELDS[i].name));
    }
    if (!res)
        for (int i = 0; i < FI_NFIELDS; i++)
            if (FI_FIELDS[i].required)
                cJSON_AddItemToArray(missing, cJSON_CreateString(FI_FIELDS[i].name));
    cJSON *comp = cJSON_AddObjectToObject(o, "completeness");
    cJSON_AddNumberToObject(comp, "score", res ? round3(fi_result_completeness(res)) : 0.0);
    cJSON_AddItemToObject(comp, "missing", missing);
    cJSON_AddItemToObject(o, "needs_review", review);
    if (doc->meta) {
        cJSON *meta = cJSON_Parse(doc->meta);
        if (meta)
            cJSON_AddItemToObject(o, "sender", meta);
    }
    if (with_ocr) {
        pages = fi_doc_pages_to_json(doc);
        if (!pages)
            goto done;
        cJSON *ocr = cJSON_AddObjectToObject(o, "ocr");
        cJSON_AddItemToObject(ocr, "pages", cJSON_CreateRaw(pages));
    }
    out = cJSON_Print(o);
done:
    free(pages);
    cJSON_Delete(o);
    return out;
}

const char *fi_contract_specialty(int i)
{
    static const char *const SPECIALTIES[] = {
        "allergy", "cardiology", "dermatology", "endocrinology", "gastroenterology",
        "hematology", "nephrology", "neurology", "oncology", "ophthalmology", "orthopedics",
        "otolaryngology", "pulmonology", "rheumatology", "urology", "psychiatry",
        "physical_therapy", "podiatry", "general_surgery", "obstetrics_gynecology",
    };
    return i >= 0 && i < (int)(sizeof SPECIALTIES / sizeof *SPECIALTIES) ? SPECIALTIES[i] : NULL;
}
