/*
 * export.c: a referral as the contract's JSON, as a FHIR R4 Bundle, and as
 * an HL7 v2.5 REF^I12 message, written atomically to an outbound folder.
 *
 * All three are drawn from the referral's merged record (fi_referral_load:
 * a person's value beats the rules', the first document's beats later
 * ones).  Files are written under a temporary name in the outbound folder,
 * synced, and renamed, so that an interface engine polling that folder
 * never picks up half a message.  Every export is audited.
 *
 * FHIR: one Bundle (type collection) holding a ServiceRequest (status,
 * intent order, priority, category "Patient referral", reasonCode in
 * ICD-10-CM, requester, performerType in the NUCC taxonomy, subject,
 * insurance, supportingInfo), its Patient, the requesting Practitioner
 * (NPI), a Coverage with the payer Organization, a DocumentReference per
 * fax, and a Task carrying the intake lifecycle.  Resource ids are UUIDs
 * derived from the referral id, so exporting twice gives the same ids.
 *
 * HL7 v2: MSH, RF1, PRD (referring, and referred-to when known), PID, IN1,
 * one DG1 per code and an NTE with the reason, separated by carriage
 * returns; the special characters of values are escaped.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../extract/result.h"
#include "store_int.h"

int fi_export_format_parse(const char *name, fi_export_format *out)
{
    if (!name)
        return -1;
    if (strcmp(name, "json") == 0)
        *out = FI_EXPORT_JSON;
    else if (strcmp(name, "fhir") == 0)
        *out = FI_EXPORT_FHIR;
    else if (strcmp(name, "hl7v2") == 0 || strcmp(name, "hl7") == 0)
        *out = FI_EXPORT_HL7;
    else
        return -1;
    return 0;
}

/* --------------------------------------------------------- field text */

/* Text values of the referral's fields, parsed once. */
typedef struct ref_text {
    char *v[FI_NFIELDS];       /* string values, NULL when absent */
    cJSON *codes;              /* diagnosis_codes array, or NULL */
} ref_text;

static void ref_text_init(ref_text *t, const fi_referral *r)
{
    memset(t, 0, sizeof *t);
    for (int i = 0; i < FI_NFIELDS; i++) {
        if (!r->fields[i].value)
            continue;
        if (FI_FIELDS[i].kind == FI_KIND_LIST) {
            cJSON *a = cJSON_Parse(r->fields[i].value);
            if (cJSON_IsArray(a) && cJSON_GetArraySize(a) > 0)
                t->codes = a;
            else
                cJSON_Delete(a);
        } else {
            t->v[i] = fi_json_string(r->fields[i].value);
        }
    }
}

static void ref_text_free(ref_text *t)
{
    for (int i = 0; i < FI_NFIELDS; i++)
        free(t->v[i]);
    cJSON_Delete(t->codes);
}

static const char *tv(const ref_text *t, const char *field)
{
    int i = fi_field_index(field);
    return i >= 0 ? t->v[i] : NULL;
}

/* Splits "First Middle Last" into given and family. */
static void split_name(const char *full, char *given, size_t gsz, char *family, size_t fsz)
{
    given[0] = family[0] = '\0';
    if (!full)
        return;
    const char *sp = strrchr(full, ' ');
    if (!sp) {
        snprintf(family, fsz, "%s", full);
        return;
    }
    snprintf(given, gsz, "%.*s", (int)(sp - full), full);
    snprintf(family, fsz, "%s", sp + 1);
}

/* ----------------------------------------------------------------- JSON */

static char *export_json(const fi_referral *r)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    const fi_ref_doc *first = r->ndocs ? &r->docs[0] : NULL;
    int pages = 0;
    for (size_t i = 0; i < r->ndocs; i++)
        if (!r->docs[i].duplicate_of)
            pages += r->docs[i].pages;
    cJSON_AddStringToObject(o, "source", first && first->file_name ? first->file_name : "");
    cJSON_AddNumberToObject(o, "pages", pages);
    cJSON *fields = cJSON_AddObjectToObject(o, "fields");
    cJSON *missing = cJSON_CreateArray();
    cJSON *review = cJSON_CreateArray();
    int required = 0, found = 0;
    for (int i = 0; i < FI_NFIELDS; i++) {
        const fi_ref_field *f = &r->fields[i];
        required += FI_FIELDS[i].required;
        if (!f->value) {
            if (FI_FIELDS[i].required)
                cJSON_AddItemToArray(missing, cJSON_CreateString(FI_FIELDS[i].name));
            continue;
        }
        found += FI_FIELDS[i].required;
        cJSON *e = cJSON_AddObjectToObject(fields, FI_FIELDS[i].name);
        cJSON *v = cJSON_Parse(f->value);
        cJSON_AddItemToObject(e, "value", v ? v : cJSON_CreateNull());
        cJSON_AddNumberToObject(e, "confidence", (double)(long long)(f->conf * 1000 + 0.5) / 1000);
        if (f->page > 0) {
            cJSON_AddNumberToObject(e, "page", f->page);
            int box[4] = {f->x0, f->y0, f->x1, f->y1};
            cJSON_AddItemToObject(e, "bbox", cJSON_CreateIntArray(box, 4));
        }
        cJSON_AddNumberToObject(e, "document", (double)f->doc_id);
        if (f->set_by)
            cJSON_AddStringToObject(e, "set_by", f->set_by);
        else if (f->review)
            cJSON_AddItemToArray(review, cJSON_CreateString(FI_FIELDS[i].name));
    }
    cJSON *comp = cJSON_AddObjectToObject(o, "completeness");
    cJSON_AddNumberToObject(comp, "score",
                            required ? (double)(long long)(1000.0 * found / required + 0.5) / 1000
                                     : 1.0);
    cJSON_AddItemToObject(comp, "missing", missing);
    cJSON_AddItemToObject(o, "needs_review", review);
    cJSON *ref = cJSON_AddObjectToObject(o, "referral");
    cJSON_AddNumberToObject(ref, "id", (double)r->id);
    cJSON_AddStringToObject(ref, "status", r->status);
    cJSON_AddStringToObject(ref, "opened_at", r->opened_at);
    if (r->accepted_at)
        cJSON_AddStringToObject(ref, "accepted_at", r->accepted_at);
    if (r->scheduled_for)
        cJSON_AddStringToObject(ref, "scheduled_for", r->scheduled_for);
    cJSON *docs = cJSON_AddArrayToObject(ref, "documents");
    for (size_t i = 0; i < r->ndocs; i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddItemToArray(docs, d);
        cJSON_AddNumberToObject(d, "id", (double)r->docs[i].id);
        cJSON_AddStringToObject(d, "file_name", r->docs[i].file_name);
        cJSON_AddStringToObject(d, "sha256", r->docs[i].sha256);
        cJSON_AddStringToObject(d, "received_at", r->docs[i].received_at);
        cJSON_AddStringToObject(d, "link", r->docs[i].link);
    }
    cJSON *hist = cJSON_AddArrayToObject(ref, "history");
    for (size_t i = 0; i < r->nhist; i++) {
        cJSON *h = cJSON_CreateObject();
        cJSON_AddItemToArray(hist, h);
        cJSON_AddStringToObject(h, "at", r->hist[i].at);
        cJSON_AddStringToObject(h, "by", r->hist[i].actor);
        if (r->hist[i].from)
            cJSON_AddStringToObject(h, "from", r->hist[i].from);
        cJSON_AddStringToObject(h, "to", r->hist[i].to);
        if (r->hist[i].date)
            cJSON_AddStringToObject(h, "date", r->hist[i].date);
        if (r->hist[i].reason)
            cJSON_AddStringToObject(h, "reason", r->hist[i].reason);
    }
    char *text = cJSON_Print(o);
    cJSON_Delete(o);
    return text;
}

/* ----------------------------------------------------------------- FHIR */

/* NUCC provider taxonomy codes of the contract's specialties. */
static const struct {
    const char *specialty, *code, *display;
} TAXONOMY[] = {
    {"allergy", "207K00000X", "Allergy & Immunology"},
    {"cardiology", "207RC0000X", "Cardiovascular Disease"},
    {"dermatology", "207N00000X", "Dermatology"},
    {"endocrinology", "207RE0101X", "Endocrinology, Diabetes & Metabolism"},
    {"gastroenterology", "207RG0100X", "Gastroenterology"},
    {"hematology", "207RH0000X", "Hematology"},
    {"nephrology", "207RN0300X", "Nephrology"},
    {"neurology", "2084N0400X", "Neurology"},
    {"oncology", "207RX0202X", "Medical Oncology"},
    {"ophthalmology", "207W00000X", "Ophthalmology"},
    {"orthopedics", "207X00000X", "Orthopaedic Surgery"},
    {"otolaryngology", "207Y00000X", "Otolaryngology"},
    {"pulmonology", "207RP1001X", "Pulmonary Disease"},
    {"rheumatology", "207RR0500X", "Rheumatology"},
    {"urology", "208800000X", "Urology"},
    {"psychiatry", "2084P0800X", "Psychiatry"},
    {"physical_therapy", "225100000X", "Physical Therapist"},
    {"podiatry", "213E00000X", "Podiatrist"},
    {"general_surgery", "208600000X", "Surgery"},
    {"obstetrics_gynecology", "207V00000X", "Obstetrics & Gynecology"},
};

/* A stable UUID for resource kind of referral id. */
static void make_uuid(long long id, const char *kind, long long n, char out[46])
{
    char seed[96];
    unsigned char h[crypto_hash_sha256_BYTES];
    snprintf(seed, sizeof seed, "faxintake:%lld:%s:%lld", id, kind, n);
    crypto_hash_sha256(h, (const unsigned char *)seed, strlen(seed));
    h[6] = (unsigned char)((h[6] & 0x0f) | 0x40); /* version 4 layout */
    h[8] = (unsigned char)((h[8] & 0x3f) | 0x80); /* RFC 4122 variant */
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, h, 16);
    snprintf(out, 46, "urn:uuid:%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16,
             hex + 20);
}

static cJSON *reference(const char *uuid)
{
    cJSON *r = cJSON_CreateObject();
    cJSON_AddStringToObject(r, "reference", uuid);
    return r;
}

static cJSON *coding(const char *system, const char *code, const char *display)
{
    cJSON *cc = cJSON_CreateObject();
    cJSON *arr = cJSON_AddArrayToObject(cc, "coding");
    cJSON *c = cJSON_CreateObject();
    cJSON_AddItemToArray(arr, c);
    cJSON_AddStringToObject(c, "system", system);
    cJSON_AddStringToObject(c, "code", code);
    if (display)
        cJSON_AddStringToObject(c, "display", display);
    return cc;
}

static void add_entry(cJSON *entries, const char *uuid, cJSON *resource)
{
    cJSON *e = cJSON_CreateObject();
    cJSON_AddItemToArray(entries, e);
    cJSON_AddStringToObject(e, "fullUrl", uuid);
    cJSON_AddItemToObject(e, "resource", resource);
}

static void add_telecom(cJSON *arr, const char *system, const char *value, const char *use)
{
    if (!value)
        return;
    cJSON *t = cJSON_CreateObject();
    cJSON_AddItemToArray(arr, t);
    cJSON_AddStringToObject(t, "system", system);
    cJSON_AddStringToObject(t, "value", value);
    cJSON_AddStringToObject(t, "use", use);
}

static const char *sr_status(const char *status, int was_accepted)
{
    if (!strcmp(status, "received") || !strcmp(status, "in_review"))
        return "draft";
    if (!strcmp(status, "needs_info"))
        return "on-hold";
    if (!strcmp(status, "accepted") || !strcmp(status, "scheduled"))
        return "active";
    if (!strcmp(status, "completed"))
        return "completed";
    if (!strcmp(status, "duplicate"))
        return "entered-in-error";
    if (!strcmp(status, "closed"))
        return was_accepted ? "completed" : "revoked";
    return "revoked"; /* rejected */
}

static const char *task_status(const char *status)
{
    static const char *const MAP[][2] = {
        {"received", "received"},   {"in_review", "in-progress"}, {"needs_info", "on-hold"},
        {"accepted", "accepted"},   {"scheduled", "accepted"},    {"completed", "completed"},
        {"closed", "completed"},    {"rejected", "rejected"},     {"duplicate", "entered-in-error"},
    };
    for (size_t i = 0; i < sizeof MAP / sizeof *MAP; i++)
        if (!strcmp(MAP[i][0], status))
            return MAP[i][1];
    return "received";
}

static char *export_fhir(const fi_referral *r, const char *now)
{
    ref_text t;
    ref_text_init(&t, r);
    char u_sr[46], u_pat[46], u_prac[46], u_cov[46], u_org[46], u_task[46], u_doc[46];
    make_uuid(r->id, "ServiceRequest", 0, u_sr);
    make_uuid(r->id, "Patient", 0, u_pat);
    make_uuid(r->id, "Practitioner", 0, u_prac);
    make_uuid(r->id, "Coverage", 0, u_cov);
    make_uuid(r->id, "Organization", 0, u_org);
    make_uuid(r->id, "Task", 0, u_task);
    char idtext[32];
    snprintf(idtext, sizeof idtext, "%lld", r->id);

    cJSON *b = cJSON_CreateObject();
    cJSON_AddStringToObject(b, "resourceType", "Bundle");
    cJSON *bid = cJSON_AddObjectToObject(b, "identifier");
    cJSON_AddStringToObject(bid, "system", "urn:faxintake:referral");
    cJSON_AddStringToObject(bid, "value", idtext);
    cJSON_AddStringToObject(b, "type", "collection");
    cJSON_AddStringToObject(b, "timestamp", now);
    cJSON *entries = cJSON_AddArrayToObject(b, "entry");

    /* ServiceRequest */
    cJSON *sr = cJSON_CreateObject();
    cJSON_AddStringToObject(sr, "resourceType", "ServiceRequest");
    cJSON *ids = cJSON_AddArrayToObject(sr, "identifier");
    cJSON *id = cJSON_CreateObject();
    cJSON_AddItemToArray(ids, id);
    cJSON_AddStringToObject(id, "system", "urn:faxintake:referral");
    cJSON_AddStringToObject(id, "value", idtext);
    cJSON_AddStringToObject(sr, "status", sr_status(r->status, r->accepted_at != NULL));
    cJSON_AddStringToObject(sr, "intent", "order");
    cJSON *cat = cJSON_AddArrayToObject(sr, "category");
    cJSON_AddItemToArray(cat, coding("http://snomed.info/sct", "3457005", "Patient referral"));
    const char *urgency = tv(&t, "urgency");
    cJSON_AddStringToObject(sr, "priority", urgency && !strcmp(urgency, "stat") ? "stat"
                                            : urgency && !strcmp(urgency, "urgent") ? "urgent"
                                                                                     : "routine");
    cJSON *code = cJSON_AddObjectToObject(sr, "code");
    cJSON_AddStringToObject(code, "text", "Referral");
    cJSON_AddItemToObject(sr, "subject", reference(u_pat));
    const char *authored = tv(&t, "referral_date") ? tv(&t, "referral_date") : r->opened_at;
    cJSON_AddStringToObject(sr, "authoredOn", authored);
    cJSON_AddItemToObject(sr, "requester", reference(u_prac));
    const char *spec = tv(&t, "referred_to_specialty");
    if (spec) {
        cJSON *pt = NULL;
        for (size_t i = 0; i < sizeof TAXONOMY / sizeof *TAXONOMY; i++)
            if (!strcmp(TAXONOMY[i].specialty, spec))
                pt = coding("http://nucc.org/provider-taxonomy", TAXONOMY[i].code,
                            TAXONOMY[i].display);
        if (!pt)
            pt = cJSON_CreateObject();
        cJSON_AddStringToObject(pt, "text", spec);
        cJSON_AddItemToObject(sr, "performerType", pt);
    }
    if (tv(&t, "referred_to_provider")) {
        cJSON *perf = cJSON_AddArrayToObject(sr, "performer");
        cJSON *p = cJSON_CreateObject();
        cJSON_AddStringToObject(p, "display", tv(&t, "referred_to_provider"));
        cJSON_AddItemToArray(perf, p);
    }
    if (t.codes || tv(&t, "reason")) {
        cJSON *rc = cJSON_AddArrayToObject(sr, "reasonCode");
        const cJSON *c;
        cJSON_ArrayForEach(c, t.codes)
            if (cJSON_IsString(c))
                cJSON_AddItemToArray(rc, coding("http://hl7.org/fhir/sid/icd-10-cm",
                                                c->valuestring, NULL));
        if (tv(&t, "reason")) {
            cJSON *txt = cJSON_CreateObject();
            cJSON_AddStringToObject(txt, "text", tv(&t, "reason"));
            cJSON_AddItemToArray(rc, txt);
        }
    }
    if (tv(&t, "insurance_payer") || tv(&t, "insurance_member_id")) {
        cJSON *ins = cJSON_AddArrayToObject(sr, "insurance");
        cJSON_AddItemToArray(ins, reference(u_cov));
    }
    cJSON *support = cJSON_AddArrayToObject(sr, "supportingInfo");
    for (size_t i = 0; i < r->ndocs; i++) {
        make_uuid(r->id, "DocumentReference", r->docs[i].id, u_doc);
        cJSON_AddItemToArray(support, reference(u_doc));
    }
    if (tv(&t, "reason")) {
        cJSON *notes = cJSON_AddArrayToObject(sr, "note");
        cJSON *n = cJSON_CreateObject();
        cJSON_AddStringToObject(n, "text", tv(&t, "reason"));
        cJSON_AddItemToArray(notes, n);
    }
    add_entry(entries, u_sr, sr);

    /* Patient */
    cJSON *pat = cJSON_CreateObject();
    cJSON_AddStringToObject(pat, "resourceType", "Patient");
    if (tv(&t, "patient_mrn")) {
        cJSON *pids = cJSON_AddArrayToObject(pat, "identifier");
        cJSON *mrn = cJSON_CreateObject();
        cJSON_AddItemToArray(pids, mrn);
        cJSON_AddItemToObject(mrn, "type", coding("http://terminology.hl7.org/CodeSystem/v2-0203",
                                                  "MR", "Medical record number"));
        cJSON_AddStringToObject(mrn, "value", tv(&t, "patient_mrn"));
    }
    if (tv(&t, "patient_last_name") || tv(&t, "patient_first_name")) {
        cJSON *names = cJSON_AddArrayToObject(pat, "name");
        cJSON *n = cJSON_CreateObject();
        cJSON_AddItemToArray(names, n);
        if (tv(&t, "patient_last_name"))
            cJSON_AddStringToObject(n, "family", tv(&t, "patient_last_name"));
        if (tv(&t, "patient_first_name")) {
            cJSON *g = cJSON_AddArrayToObject(n, "given");
            cJSON_AddItemToArray(g, cJSON_CreateString(tv(&t, "patient_first_name")));
        }
    }
    if (tv(&t, "patient_phone")) {
        cJSON *tel = cJSON_AddArrayToObject(pat, "telecom");
        add_telecom(tel, "phone", tv(&t, "patient_phone"), "home");
    }
    const char *sex = tv(&t, "patient_sex");
    if (sex)
        cJSON_AddStringToObject(pat, "gender", !strcmp(sex, "M")   ? "male"
                                               : !strcmp(sex, "F") ? "female"
                                                                   : "unknown");
    if (tv(&t, "patient_dob"))
        cJSON_AddStringToObject(pat, "birthDate", tv(&t, "patient_dob"));
    add_entry(entries, u_pat, pat);

    /* Practitioner (the referring provider) */
    cJSON *prac = cJSON_CreateObject();
    cJSON_AddStringToObject(prac, "resourceType", "Practitioner");
    if (tv(&t, "referring_npi")) {
        cJSON *pids = cJSON_AddArrayToObject(prac, "identifier");
        cJSON *npi = cJSON_CreateObject();
        cJSON_AddItemToArray(pids, npi);
        cJSON_AddStringToObject(npi, "system", "http://hl7.org/fhir/sid/us-npi");
        cJSON_AddStringToObject(npi, "value", tv(&t, "referring_npi"));
    }
    if (tv(&t, "referring_provider")) {
        char given[128], family[128];
        split_name(tv(&t, "referring_provider"), given, sizeof given, family, sizeof family);
        cJSON *names = cJSON_AddArrayToObject(prac, "name");
        cJSON *n = cJSON_CreateObject();
        cJSON_AddItemToArray(names, n);
        cJSON_AddStringToObject(n, "text", tv(&t, "referring_provider"));
        cJSON_AddStringToObject(n, "family", family);
        if (given[0]) {
            cJSON *g = cJSON_AddArrayToObject(n, "given");
            cJSON_AddItemToArray(g, cJSON_CreateString(given));
        }
    }
    if (tv(&t, "referring_phone") || tv(&t, "referring_fax")) {
        cJSON *tel = cJSON_AddArrayToObject(prac, "telecom");
        add_telecom(tel, "phone", tv(&t, "referring_phone"), "work");
        add_telecom(tel, "fax", tv(&t, "referring_fax"), "work");
    }
    add_entry(entries, u_prac, prac);

    /* Coverage and its payer */
    if (tv(&t, "insurance_payer") || tv(&t, "insurance_member_id")) {
        cJSON *org = cJSON_CreateObject();
        cJSON_AddStringToObject(org, "resourceType", "Organization");
        cJSON_AddStringToObject(org, "name", tv(&t, "insurance_payer") ? tv(&t, "insurance_payer")
                                                                        : "unknown payer");
        add_entry(entries, u_org, org);
        cJSON *cov = cJSON_CreateObject();
        cJSON_AddStringToObject(cov, "resourceType", "Coverage");
        cJSON_AddStringToObject(cov, "status", "active");
        if (tv(&t, "insurance_member_id"))
            cJSON_AddStringToObject(cov, "subscriberId", tv(&t, "insurance_member_id"));
        cJSON_AddItemToObject(cov, "beneficiary", reference(u_pat));
        cJSON *payor = cJSON_AddArrayToObject(cov, "payor");
        cJSON_AddItemToArray(payor, reference(u_org));
        add_entry(entries, u_cov, cov);
    }

    /* One DocumentReference per fax */
    for (size_t i = 0; i < r->ndocs; i++) {
        const fi_ref_doc *d = &r->docs[i];
        make_uuid(r->id, "DocumentReference", d->id, u_doc);
        cJSON *dr = cJSON_CreateObject();
        cJSON_AddStringToObject(dr, "resourceType", "DocumentReference");
        cJSON *mid = cJSON_AddObjectToObject(dr, "masterIdentifier");
        cJSON_AddStringToObject(mid, "system", "urn:faxintake:sha256");
        cJSON_AddStringToObject(mid, "value", d->sha256);
        cJSON_AddStringToObject(dr, "status", "current");
        cJSON_AddItemToObject(dr, "type", coding("http://loinc.org", "57133-1",
                                                 "Referral note"));
        cJSON_AddItemToObject(dr, "subject", reference(u_pat));
        cJSON_AddStringToObject(dr, "date", d->received_at);
        char desc[96];
        snprintf(desc, sizeof desc, "faxed referral, %d page(s)%s", d->pages,
                 d->duplicate_of ? ", a resend" : "");
        cJSON_AddStringToObject(dr, "description", desc);
        cJSON *content = cJSON_AddArrayToObject(dr, "content");
        cJSON *c = cJSON_CreateObject();
        cJSON_AddItemToArray(content, c);
        cJSON *att = cJSON_AddObjectToObject(c, "attachment");
        const char *ext = d->file_name ? strrchr(d->file_name, '.') : NULL;
        cJSON_AddStringToObject(att, "contentType",
                                ext && !strcasecmp(ext, ".pdf")    ? "application/pdf"
                                : ext && !strcasecmp(ext, ".png")  ? "image/png"
                                : ext && (!strcasecmp(ext, ".jpg") || !strcasecmp(ext, ".jpeg"))
                                    ? "image/jpeg"
                                    : "image/tiff");
        cJSON_AddStringToObject(att, "url", d->file_name);
        cJSON_AddStringToObject(att, "title", d->file_name);
        cJSON_AddStringToObject(att, "creation", d->received_at);
        add_entry(entries, u_doc, dr);
    }

    /* Task: where the referral is in the intake */
    cJSON *task = cJSON_CreateObject();
    cJSON_AddStringToObject(task, "resourceType", "Task");
    cJSON_AddStringToObject(task, "status", task_status(r->status));
    cJSON *bs = cJSON_AddObjectToObject(task, "businessStatus");
    cJSON_AddStringToObject(bs, "text", r->status);
    if (r->nhist && r->hist[r->nhist - 1].reason) {
        cJSON *sr_reason = cJSON_AddObjectToObject(task, "statusReason");
        cJSON_AddStringToObject(sr_reason, "text", r->hist[r->nhist - 1].reason);
    }
    cJSON_AddStringToObject(task, "intent", "order");
    cJSON_AddItemToObject(task, "focus", reference(u_sr));
    cJSON_AddItemToObject(task, "for", reference(u_pat));
    cJSON_AddStringToObject(task, "authoredOn", r->opened_at);
    cJSON_AddStringToObject(task, "lastModified", r->updated_at ? r->updated_at : r->opened_at);
    if (r->scheduled_for) {
        cJSON *ep = cJSON_AddObjectToObject(task, "executionPeriod");
        cJSON_AddStringToObject(ep, "start", r->scheduled_for);
    }
    add_entry(entries, u_task, task);

    char *text = cJSON_Print(b);
    cJSON_Delete(b);
    ref_text_free(&t);
    return text;
}

/* ------------------------------------------------------------------ HL7 */

/* Writes text with HL7's escape sequences for the delimiters. */
static void hl7_put(FILE *f, const char *text)
{
    for (const char *p = text ? text : ""; *p; p++) {
        switch (*p) {
        case '|': fputs("\\F\\", f); break;
        case '^': fputs("\\S\\", f); break;
        case '~': fputs("\\R\\", f); break;
        case '\\': fputs("\\E\\", f); break;
        case '&': fputs("\\T\\", f); break;
        case '\r': case '\n': fputc(' ', f); break;
        default: fputc(*p, f);
        }
    }
}

/* "2024-03-18T14:02:11Z" -> "20240318140211+0000"; "1961-03-14" -> "19610314". */
static void hl7_time(const char *iso, char *out, size_t outsz)
{
    size_t n = 0;
    out[0] = '\0';
    for (const char *p = iso; p && *p && *p != 'Z' && n + 1 < outsz; p++)
        if (*p >= '0' && *p <= '9')
            out[n++] = *p;
    out[n] = '\0';
    if (n == 14 && n + 6 < outsz)
        snprintf(out + n, outsz - n, "+0000");
}

/* An XTN for a 10-digit US number: ^use^equipment^^1^area^local. */
static void hl7_phone(FILE *f, const char *use, const char *equip, const char *digits)
{
    if (!digits || strlen(digits) != 10) {
        fprintf(f, "^%s^%s^^^^", use, equip);
        hl7_put(f, digits);
        return;
    }
    fprintf(f, "^%s^%s^^1^%.3s^%s", use, equip, digits, digits + 3);
}

static char *export_hl7(const fi_referral *r, const char *now)
{
    ref_text t;
    ref_text_init(&t, r);
    char *buf = NULL, ts[32], date[32];
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) {
        ref_text_free(&t);
        return NULL;
    }
    hl7_time(now, ts, sizeof ts);
    /* the control id: referral and time, digits only */
    fprintf(f, "MSH|^~\\&|FAXINTAKE|FAXINTAKE|||%s||REF^I12^REF_I12|FI%lld-%.14s|P|2.5\r", ts,
            r->id, ts);

    const char *st = r->status;
    const char *rf1 = !strcmp(st, "accepted") || !strcmp(st, "scheduled") ||
                              !strcmp(st, "completed") || (!strcmp(st, "closed") && r->accepted_at)
                          ? "A^Accepted^HL70283"
                      : !strcmp(st, "rejected") || !strcmp(st, "duplicate") ? "R^Rejected^HL70283"
                      : !strcmp(st, "closed") ? "E^Expired^HL70283"
                                              : "P^Pending^HL70283";
    const char *u = tv(&t, "urgency");
    const char *prio = u && !strcmp(u, "stat")     ? "S^STAT^HL70280"
                       : u && !strcmp(u, "urgent") ? "A^ASAP^HL70280"
                                                   : "R^Routine^HL70280";
    hl7_time(r->opened_at, date, sizeof date);
    fprintf(f, "RF1|%s|%s|Med^Medical^HL70281", rf1, prio);
    if (tv(&t, "referred_to_specialty")) {
        fputs("^", f);
        hl7_put(f, tv(&t, "referred_to_specialty"));
        fputs("^", f);
        hl7_put(f, tv(&t, "referred_to_specialty"));
        fputs("^L", f);
    }
    fprintf(f, "||O^Outpatient^HL70284|%lld^FAXINTAKE|%s||%s|O^Provider Ordered^HL70336\r", r->id,
            date, ts);

    char given[128], family[128];
    split_name(tv(&t, "referring_provider"), given, sizeof given, family, sizeof family);
    fputs("PRD|RP^Referring Provider^HL70286|", f);
    hl7_put(f, family);
    fputs("^", f);
    hl7_put(f, given);
    fputs("|||", f);
    if (tv(&t, "referring_phone"))
        hl7_phone(f, "WPN", "PH", tv(&t, "referring_phone"));
    if (tv(&t, "referring_phone") && tv(&t, "referring_fax"))
        fputs("~", f);
    if (tv(&t, "referring_fax"))
        hl7_phone(f, "WPN", "FX", tv(&t, "referring_fax"));
    fputs("||", f);
    if (tv(&t, "referring_npi")) {
        hl7_put(f, tv(&t, "referring_npi"));
        fputs("^NPI", f);
    }
    fputs("\r", f);
    if (tv(&t, "referred_to_provider")) {
        split_name(tv(&t, "referred_to_provider"), given, sizeof given, family, sizeof family);
        fputs("PRD|RT^Referred to Provider^HL70286|", f);
        hl7_put(f, family);
        fputs("^", f);
        hl7_put(f, given);
        fputs("\r", f);
    }

    fputs("PID|1||", f);
    if (tv(&t, "patient_mrn")) {
        hl7_put(f, tv(&t, "patient_mrn"));
        fputs("^^^^MR", f);
    } else {
        fprintf(f, "FI%lld^^^FAXINTAKE^PI", r->id);
    }
    fputs("||", f);
    hl7_put(f, tv(&t, "patient_last_name"));
    fputs("^", f);
    hl7_put(f, tv(&t, "patient_first_name"));
    hl7_time(tv(&t, "patient_dob"), date, sizeof date);
    fprintf(f, "||%s|", date);
    hl7_put(f, tv(&t, "patient_sex"));
    fputs("|||||", f);
    if (tv(&t, "patient_phone"))
        hl7_phone(f, "PRN", "PH", tv(&t, "patient_phone"));
    fputs("\r", f);

    if (tv(&t, "insurance_payer") || tv(&t, "insurance_member_id")) {
        fputs("IN1|1|^", f);
        hl7_put(f, tv(&t, "insurance_payer"));
        fputs("||", f);
        hl7_put(f, tv(&t, "insurance_payer"));
        /* IN1-36, the policy number, is the member id on the card */
        for (int i = 5; i <= 36; i++)
            fputc('|', f);
        hl7_put(f, tv(&t, "insurance_member_id"));
        fputs("\r", f);
    }

    int set = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, t.codes)
    {
        if (!cJSON_IsString(c))
            continue;
        fprintf(f, "DG1|%d||", ++set);
        hl7_put(f, c->valuestring);
        fputs("^^I10C|||W\r", f);
    }
    if (tv(&t, "reason")) {
        fputs("NTE|1||", f);
        hl7_put(f, tv(&t, "reason"));
        fputs("\r", f);
    }
    fclose(f);
    ref_text_free(&t);
    return buf;
}

/* --------------------------------------------------------------- files */

int fi_store_export_text(fi_store *s, long long referral_id, fi_export_format fmt, char **text,
                         char **err)
{
    *text = NULL;
    *err = NULL;
    fi_referral *r = NULL;
    char now[32];
    if (fi_referral_load(s, referral_id, &r, err))
        return -1;
    fi_iso_time(fi_now(s), now);
    *text = fmt == FI_EXPORT_FHIR  ? export_fhir(r, now)
            : fmt == FI_EXPORT_HL7 ? export_hl7(r, now)
                                   : export_json(r);
    fi_referral_free(r);
    if (!*text) {
        *err = fi_errf("out of memory exporting referral %lld", referral_id);
        return -1;
    }
    return 0;
}

static int make_dir(const char *dir, char **err)
{
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return 0;
        *err = fi_errf("%s is not a folder; give the outbound folder with --out DIR", dir);
        return -1;
    }
    /* Exports carry patient data: the folder is not world-readable. */
    if (mkdir(dir, 0750) != 0 && errno != EEXIST) {
        *err = fi_errf("cannot create the outbound folder %s: %s", dir, strerror(errno));
        return -1;
    }
    return 0;
}

/* Writes text to dir/name through a temporary file, fsync and rename. */
static int write_atomically(const char *dir, const char *name, const char *text, char **path,
                            char **err)
{
    size_t n = strlen(dir) + strlen(name) + 48;
    char *final = malloc(n), *tmp = malloc(n);
    int fd = -1, rc = -1;
    if (!final || !tmp) {
        *err = fi_errf("out of memory");
        goto done;
    }
    snprintf(final, n, "%s/%s", dir, name);
    snprintf(tmp, n, "%s/.%s.%ld.tmp", dir, name, (long)getpid());
    fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
    if (fd < 0) {
        *err = fi_errf("cannot create %s: %s", tmp, strerror(errno));
        goto done;
    }
    size_t len = strlen(text), off = 0;
    while (off < len) {
        ssize_t w = write(fd, text + off, len - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            *err = fi_errf("cannot write %s: %s", tmp, strerror(errno));
            goto done;
        }
        off += (size_t)w;
    }
    if (fsync(fd) != 0 || close(fd) != 0) {
        fd = -1;
        *err = fi_errf("cannot write %s: %s", tmp, strerror(errno));
        goto done;
    }
    fd = -1;
    if (rename(tmp, final) != 0) {
        *err = fi_errf("cannot rename %s to %s: %s", tmp, final, strerror(errno));
        goto done;
    }
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    rc = 0;
done:
    if (fd >= 0)
        close(fd);
    if (rc && tmp)
        unlink(tmp);
    free(tmp);
    if (rc == 0 && path)
        *path = final;
    else
        free(final);
    return rc;
}

int fi_store_export(fi_store *s, long long referral_id, fi_export_format fmt, const char *outdir,
                    const char *user, char **path, char **err)
{
    *err = NULL;
    if (path)
        *path = NULL;
    static const char *const SUFFIX[] = {"json", "fhir.json", "hl7"};
    static const char *const NAME[] = {"json", "fhir", "hl7v2"};
    char *text = NULL, *written = NULL, name[64];
    int ok = 0;
    if (fi_check_user(user, err) || make_dir(outdir, err) ||
        fi_store_export_text(s, referral_id, fmt, &text, err))
        return -1;
    snprintf(name, sizeof name, "referral-%lld.%s", referral_id, SUFFIX[fmt]);
    if (write_atomically(outdir, name, text, &written, err))
        goto done;
    if (fi_tx_begin(s, err))
        goto done;
    ok = fi_audit_add(s, user, "export", 0, referral_id, NAME[fmt], NULL, written, err) == 0;
    if (fi_tx_end(s, ok, err)) {
        ok = 0;
        goto done;
    }
done:
    free(text);
    if (ok && path)
        *path = written;
    else
        free(written);
    return ok ? 0 : -1;
}

int fi_store_export_since(fi_store *s, const char *since, fi_export_format fmt,
                          const char *outdir, const char *user, FILE *out, long long *count,
                          char **err)
{
    *err = NULL;
    *count = 0;
    long long t = fi_parse_iso(since);
    char from[32];
    if (t < 0) {
        *err = fi_errf("--since '%s' is not a date or time (YYYY-MM-DD or "
                       "YYYY-MM-DDTHH:MM:SSZ)", since ? since : "");
        return -1;
    }
    fi_iso_time(t, from);
    long long *ids = NULL;
    size_t n = 0, cap = 0;
    sqlite3_stmt *st = fi_stmt(s, Q_REFS_SINCE, err);
    if (!st)
        return -1;
    fi_bind_text(st, 1, from);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            long long *grown = realloc(ids, cap * sizeof *ids);
            if (!grown)
                break;
            ids = grown;
        }
        ids[n++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        free(ids);
        *err = rc == SQLITE_ROW ? fi_errf("out of memory") : fi_sqlerr(s, "cannot list referrals");
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        char *path = NULL;
        if (fi_store_export(s, ids[i], fmt, outdir, user, &path, err)) {
            free(ids);
            return -1;
        }
        if (out)
            fprintf(out, "%s\n", path);
        free(path);
        (*count)++;
    }
    free(ids);
    return 0;
}
