/*
 * api.c: the JSON API under /api/ (the README documents every endpoint).
 * server.c has already read the body, found the session (every path here
 * but /api/login has one) and checked the CSRF token of a change; what is
 * left is each endpoint's own checks, its store call, and the mapping of
 * the store's refusal to an HTTP status.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../ocr/errf.h"
#include "http.h"

/* Rules files larger than this are refused (the shipped one is ~30 kB). */
enum { MAX_RULES = 1 << 20 };

/* The status of a store refusal.  The store words its errors for people;
 * the few kinds the screen treats differently are told apart here. */
static int refusal_status(const char *err)
{
    if (!err)
        return 500;
    if (strncmp(err, "no document", 11) == 0 || strncmp(err, "no referral", 11) == 0)
        return 404;
    if (strstr(err, "is claimed by") || strstr(err, "already reviewed") ||
        strstr(err, "is not claimed by"))
        return 409;
    return 422;
}

static void refuse(fi_req *r, char *err)
{
    fi_req_error(r, refusal_status(err), "%s", err ? err : "failed");
    free(err);
}

/* The body as a JSON object, or answers 400 and returns NULL. */
static cJSON *body_object(fi_req *r)
{
    cJSON *o = r->body ? cJSON_ParseWithLength(r->body, r->body_len) : NULL;
    if (!cJSON_IsObject(o)) {
        cJSON_Delete(o);
        fi_req_error(r, 400, "the body must be a JSON object");
        return NULL;
    }
    return o;
}

static const char *str_member(const cJSON *o, const char *name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* A query number in [0, max], def when absent; -1 when malformed. */
static long long query_num(const fi_req *r, const char *name, long long def, long long max)
{
    const char *v = fi_req_query(r, name);
    if (!v)
        return def;
    char *end = NULL;
    long long n = strtoll(v, &end, 10);
    return *v && !*end && n >= 0 && n <= max ? n : -1;
}

static int is_admin(const fi_req *r)
{
    return strcmp(r->session.role, "admin") == 0;
}

/* ------------------------------------------------------------- session */

static void api_login(fi_req *r)
{
    cJSON *o = body_object(r);
    if (!o)
        return;
    char *err = NULL;
    int retry = 0;
    int rc = fi_store_login(r->store, str_member(o, "user"), str_member(o, "password"), r->ip,
                            &r->session, &retry, &err);
    cJSON_Delete(o);
    if (rc == FI_LOGIN_OK) {
        cJSON *a = cJSON_CreateObject();
        cJSON_AddStringToObject(a, "user", r->session.user);
        cJSON_AddStringToObject(a, "role", r->session.role);
        cJSON_AddStringToObject(a, "csrf", r->session.csrf);
        r->set_session = 1;
        fi_req_json(r, 200, a);
        return;
    }
    r->retry_after = rc == FI_LOGIN_LIMITED ? retry : 0;
    fi_req_error(r, rc == FI_LOGIN_LIMITED ? 429 : rc == FI_LOGIN_BAD ? 401 : 500, "%s",
                 err ? err : "cannot log in");
    free(err);
}

static void api_logout(fi_req *r)
{
    char *err = NULL;
    if (fi_store_session_end(r->store, r->session.token, &err) ||
        fi_store_audit_event(r->store, r->session.user, "logout", NULL, r->ip, &err)) {
        refuse(r, err);
        return;
    }
    r->clear_session = 1;
    fi_req_json(r, 200, cJSON_CreateObject());
}

static void api_me(fi_req *r)
{
    cJSON *a = cJSON_CreateObject();
    cJSON_AddStringToObject(a, "user", r->session.user);
    cJSON_AddStringToObject(a, "role", r->session.role);
    if (!r->session.kind_token)
        cJSON_AddStringToObject(a, "csrf", r->session.csrf);
    cJSON_AddNumberToObject(a, "idle_seconds", r->opt->idle_seconds);
    fi_req_json(r, 200, a);
}

/* --------------------------------------------------------------- queue */

static void api_queue(fi_req *r)
{
    static const char *const STATUSES[] = {"received", "in_review", "needs_info"};
    const char *status = fi_req_query(r, "status"), *spec = fi_req_query(r, "specialty");
    long long offset = query_num(r, "offset", 0, 1LL << 40);
    long long limit = query_num(r, "limit", 50, 500);
    if (status && !*status)
        status = NULL;
    if (spec && !*spec)
        spec = NULL;
    int known = !status;
    for (size_t i = 0; status && i < sizeof STATUSES / sizeof *STATUSES; i++)
        known |= strcmp(status, STATUSES[i]) == 0;
    int spec_known = !spec;
    for (int i = 0; spec && fi_contract_specialty(i); i++)
        spec_known |= strcmp(spec, fi_contract_specialty(i)) == 0;
    if (!known || !spec_known || offset < 0 || limit <= 0) {
        fi_req_error(r, 400, "status is received, in_review or needs_info; specialty a "
                             "specialty word; offset and limit (1-500) numbers");
        return;
    }
    char *json = NULL, *err = NULL;
    if (fi_store_queue_filter_json(r->store, status, spec, offset, limit, &json, &err)) {
        refuse(r, err);
        return;
    }
    cJSON *a = cJSON_CreateObject();
    cJSON *items = cJSON_Parse(json);
    free(json);
    cJSON_AddItemToObject(a, "items", items ? items : cJSON_CreateArray());
    cJSON_AddNumberToObject(a, "offset", (double)offset);
    cJSON_AddNumberToObject(a, "limit", (double)limit);
    cJSON *specs = cJSON_AddArrayToObject(a, "specialties");
    for (int i = 0; fi_contract_specialty(i); i++)
        cJSON_AddItemToArray(specs, cJSON_CreateString(fi_contract_specialty(i)));
    cJSON_AddItemToObject(a, "statuses", cJSON_CreateStringArray(STATUSES, 3));
    fi_req_json(r, 200, a);
}

static void api_next(fi_req *r)
{
    long long id = 0;
    char *err = NULL;
    int rc = fi_store_queue_next(r->store, r->session.user, &id, &err);
    if (rc < 0) {
        refuse(r, err);
        return;
    }
    cJSON *a = cJSON_CreateObject();
    if (rc == 1)
        cJSON_AddNumberToObject(a, "document", (double)id);
    else
        cJSON_AddNullToObject(a, "document");
    fi_req_json(r, 200, a);
}

/* ----------------------------------------------------------- documents */

static void api_show(fi_req *r, long long id)
{
    char *json = NULL, *err = NULL;
    if (fi_store_show_json(r->store, id, &json, &err) ||
        fi_store_note_view(r->store, id, r->session.user, &err)) {
        free(json);
        refuse(r, err);
        return;
    }
    fi_req_json_text(r, 200, json);
}

static void api_page(fi_req *r, long long id, const char *page)
{
    char *end = NULL, *err = NULL;
    long n = strtol(page, &end, 10);
    unsigned char *png = NULL;
    size_t len = 0;
    if (!*page || *end || n < 1 || n > 100000) {
        fi_req_error(r, 404, "no such page");
        return;
    }
    int rc = fi_store_page_image(r->store, id, (int)n, &png, &len, &err);
    if (rc < 0)
        refuse(r, err);
    else if (rc == 0)
        fi_req_error(r, 404, "no picture of page %ld of document %lld is stored", n, id);
    else
        fi_req_bytes(r, 200, "image/png", png, len);
}

/* "NAME=value" for a member "NAME": "value", ["A", "B"] (joined with
 * commas) or null (empty: not on the document); NULL on OOM. */
static char *assignment(const cJSON *f)
{
    size_t len = strlen(f->string) + 2;
    const cJSON *list = cJSON_IsArray(f) ? f : NULL, *e;
    if (cJSON_IsString(f))
        len += strlen(f->valuestring);
    cJSON_ArrayForEach(e, list)
        len += cJSON_IsString(e) ? strlen(e->valuestring) + 1 : 0;
    char *out = malloc(len);
    if (!out)
        return NULL;
    size_t used = (size_t)snprintf(out, len, "%s=%s", f->string,
                                   cJSON_IsString(f) ? f->valuestring : "");
    cJSON_ArrayForEach(e, list)
        if (cJSON_IsString(e))
            used += (size_t)snprintf(out + used, len - used, "%s%s",
                                     out[used - 1] == '=' ? "" : ",", e->valuestring);
    return out;
}

/* {"fields": {"NAME": "value" | ["A", "B"] | null}} -> NAME=value... */
static void api_fields(fi_req *r, long long id)
{
    cJSON *o = body_object(r);
    if (!o)
        return;
    const cJSON *fields = cJSON_GetObjectItemCaseSensitive(o, "fields"), *f;
    int n = cJSON_GetArraySize(fields), i = 0;
    char **assign = n > 0 && n <= 64 ? calloc((size_t)n, sizeof *assign) : NULL;
    char *err = NULL;
    if (!cJSON_IsObject(fields) || !assign) {
        fi_req_error(r, 400, "give {\"fields\": {\"NAME\": \"value\", ...}} with 1 to 64 fields");
        goto done;
    }
    cJSON_ArrayForEach(f, fields) {
        if (!cJSON_IsString(f) && !cJSON_IsArray(f) && !cJSON_IsNull(f)) {
            fi_req_error(r, 400, "%s: give a string, a list of strings, or null", f->string);
            goto done;
        }
        if (!(assign[i++] = assignment(f))) {
            fi_req_error(r, 500, "out of memory");
            goto done;
        }
    }
    if (fi_store_set_fields(r->store, id, r->session.user, assign, n, &err))
        refuse(r, err);
    else
        api_show(r, id);
done:
    for (int k = 0; assign && k < n; k++)
        free(assign[k]);
    free(assign);
    cJSON_Delete(o);
}

static void api_decide(fi_req *r, long long id, fi_decision d)
{
    cJSON *o = r->body_len ? body_object(r) : cJSON_CreateObject();
    if (!o)
        return;
    const char *reason = str_member(o, "reason");
    char *note = NULL, *err = NULL;
    if (fi_store_decide(r->store, id, r->session.user, d, reason && *reason ? reason : NULL,
                        &note, &err)) {
        refuse(r, err);
    } else {
        cJSON *a = cJSON_CreateObject();
        cJSON_AddStringToObject(a, "note", note ? note : "done");
        fi_req_json(r, 200, a);
    }
    free(note);
    cJSON_Delete(o);
}

static void api_release(fi_req *r, long long id)
{
    char *err = NULL;
    if (fi_store_release(r->store, id, r->session.user, &err))
        refuse(r, err);
    else
        fi_req_json(r, 200, cJSON_CreateObject());
}

/* /api/documents/ID[/what[/N]] */
static void api_document(fi_req *r, const char *rest)
{
    char *end = NULL;
    long long id = strtoll(rest, &end, 10);
    if (id <= 0 || end == rest || (*end && *end != '/')) {
        fi_req_error(r, 404, "no such document address");
        return;
    }
    const char *what = *end ? end + 1 : "";
    int get = strcmp(r->method, "GET") == 0, post = strcmp(r->method, "POST") == 0;
    if (!*what && get)
        api_show(r, id);
    else if (strncmp(what, "pages/", 6) == 0 && get)
        api_page(r, id, what + 6);
    else if (strcmp(what, "fields") == 0 && post)
        api_fields(r, id);
    else if (strcmp(what, "accept") == 0 && post)
        api_decide(r, id, FI_DECIDE_ACCEPT);
    else if (strcmp(what, "reject") == 0 && post)
        api_decide(r, id, FI_DECIDE_REJECT);
    else if (strcmp(what, "needs-info") == 0 && post)
        api_decide(r, id, FI_DECIDE_NEEDS_INFO);
    else if (strcmp(what, "release") == 0 && post)
        api_release(r, id);
    else
        fi_req_error(r, 404, "no such document action (or wrong method)");
}

/* --------------------------------------------------------------- rules */

/* The rules in force: the configured file's text, or the built-in. */
static char *current_rules_text(const fi_req *r, char **err)
{
    if (!r->opt->rules)
        return strdup(fi_rules_default_text());
    FILE *f = fopen(r->opt->rules, "rb");
    char *text = f ? malloc(MAX_RULES + 1) : NULL;
    size_t n = text ? fread(text, 1, MAX_RULES + 1, f) : 0;
    int bad = !f || !text || ferror(f) || n > MAX_RULES;
    if (f)
        fclose(f);
    if (bad) {
        *err = fi_errf("cannot read the rules file %s: %s", r->opt->rules,
                       errno ? strerror(errno) : "too large");
        free(text);
        return NULL;
    }
    text[n] = '\0';
    return text;
}

/* The "text" member of the body compiled, or answers and returns NULL. */
static fi_rules *body_rules(fi_req *r, char **text_out)
{
    cJSON *o = body_object(r);
    if (!o)
        return NULL;
    const char *text = str_member(o, "text");
    fi_rules *rules = NULL;
    char *err = NULL;
    if (!text || strlen(text) > MAX_RULES)
        fi_req_error(r, 400, "give {\"text\": RULES} (at most %d bytes)", MAX_RULES);
    else if (fi_rules_parse(&rules, "rules", text, &err))
        refuse(r, err);
    else if (text_out && !(*text_out = strdup(text)))
        fi_req_error(r, 500, "out of memory");
    cJSON_Delete(o);
    if (text_out && !*text_out) {
        fi_rules_free(rules);
        rules = NULL;
    }
    return rules;
}

static void api_rules_get(fi_req *r)
{
    char *err = NULL, *text = current_rules_text(r, &err);
    if (!text) {
        fi_req_error(r, 500, "%s", err ? err : "out of memory");
        free(err);
        return;
    }
    cJSON *a = cJSON_CreateObject();
    cJSON_AddStringToObject(a, "text", text);
    if (r->opt->rules)
        cJSON_AddStringToObject(a, "path", r->opt->rules);
    else
        cJSON_AddNullToObject(a, "path");
    cJSON_AddBoolToObject(a, "writable", r->opt->rules != NULL);
    free(text);
    fi_req_json(r, 200, a);
}

static void api_rules_check(fi_req *r)
{
    fi_rules *rules = body_rules(r, NULL);
    if (!rules)
        return;
    cJSON *a = cJSON_CreateObject();
    cJSON_AddBoolToObject(a, "ok", 1);
    cJSON_AddStringToObject(a, "summary", "the rules load without error");
    fi_rules_free(rules);
    fi_req_json(r, 200, a);
}

/* Accuracy of one scored field, or null when no reviewed document has it. */
static cJSON *accuracy(const cJSON *f)
{
    double n = cJSON_GetNumberValue(cJSON_GetObjectItem(f, "n"));
    double c = cJSON_GetNumberValue(cJSON_GetObjectItem(f, "correct"));
    return n > 0 ? cJSON_CreateNumber(c / n) : cJSON_CreateNull();
}

static void api_rules_test(fi_req *r)
{
    fi_rules *proposed = body_rules(r, NULL), *current = NULL;
    if (!proposed)
        return;
    char *err = NULL, *text = current_rules_text(r, &err), *a_json = NULL, *b_json = NULL;
    if (!text || fi_rules_open_dictionaries(proposed, &err) ||
        fi_rules_parse(&current, "current rules", text, &err) ||
        fi_rules_open_dictionaries(current, &err) ||
        fi_store_rules_score_json(r->store, current, &a_json, &err) ||
        fi_store_rules_score_json(r->store, proposed, &b_json, &err)) {
        fi_req_error(r, 500, "%s", err ? err : "out of memory");
        goto done;
    }
    cJSON *a = cJSON_Parse(a_json), *b = cJSON_Parse(b_json), *out = cJSON_CreateObject();
    cJSON_AddNumberToObject(out, "documents", cJSON_GetNumberValue(cJSON_GetObjectItem(b, "documents")));
    cJSON *fields = cJSON_AddArrayToObject(out, "fields");
    const cJSON *fa = cJSON_GetObjectItem(a, "fields"), *fb = cJSON_GetObjectItem(b, "fields");
    for (int i = 0; i < cJSON_GetArraySize(fb); i++) {
        const cJSON *x = cJSON_GetArrayItem(fa, i), *y = cJSON_GetArrayItem(fb, i);
        cJSON *f = cJSON_CreateObject();
        cJSON_AddItemToArray(fields, f);
        cJSON_AddItemToObject(f, "field", cJSON_Duplicate(cJSON_GetObjectItem(y, "field"), 1));
        cJSON_AddItemToObject(f, "n", cJSON_Duplicate(cJSON_GetObjectItem(y, "n"), 1));
        cJSON_AddItemToObject(f, "current", accuracy(x));
        cJSON_AddItemToObject(f, "proposed", accuracy(y));
    }
    cJSON *overall = cJSON_AddObjectToObject(out, "overall");
    cJSON_AddItemToObject(overall, "current", accuracy(a));
    cJSON_AddItemToObject(overall, "proposed", accuracy(b));
    cJSON_Delete(a);
    cJSON_Delete(b);
    fi_req_json(r, 200, out);
done:
    free(err);
    free(text);
    free(a_json);
    free(b_json);
    fi_rules_free(current);
    fi_rules_free(proposed);
}

/* Sends the daemon named by its status file SIGHUP, so that it reloads
 * the rules; says what happened. */
static void reload_daemon(const fi_req *r, char *said, size_t n)
{
    snprintf(said, n, "not running");
    if (!r->opt->daemon_status)
        return;
    FILE *f = fopen(r->opt->daemon_status, "rb");
    char buf[4096];
    size_t len = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    if (f)
        fclose(f);
    buf[len] = '\0';
    cJSON *st = cJSON_Parse(buf);
    double pid = cJSON_GetNumberValue(cJSON_GetObjectItem(st, "pid"));
    cJSON_Delete(st);
    if (!(pid > 1 && pid < 1 << 22))
        return;
    /* a pid left in a stale file may be someone else's now: only a
     * faxintake daemon is signalled */
    char exe[64], target[4096];
    snprintf(exe, sizeof exe, "/proc/%d/exe", (int)pid);
    ssize_t t = readlink(exe, target, sizeof target - 1);
    target[t > 0 ? t : 0] = '\0';
    const char *base = strrchr(target, '/');
    if (!base || strncmp(base + 1, "faxintake", 9) != 0)
        return;
    if (kill((pid_t)pid, SIGHUP) == 0)
        snprintf(said, n, "reloaded (pid %d)", (int)pid);
    else
        snprintf(said, n, "could not signal pid %d: %s", (int)pid, strerror(errno));
}

static void api_rules_save(fi_req *r)
{
    char *text = NULL, *err = NULL, *tmp = NULL;
    fi_rules *rules = body_rules(r, &text);
    if (!rules)
        return;
    fi_rules_free(rules);
    if (!r->opt->rules) {
        fi_req_error(r, 409, "the server shows the built-in rules; start it with --rules FILE "
                             "(the file the daemon reads) to edit them");
        goto done;
    }
    /* written beside, synced, then renamed over: a crash leaves the old
     * file or the new one, never half of one */
    tmp = fi_errf("%s.tmp", r->opt->rules);
    int fd = tmp ? open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
    size_t len = strlen(text);
    int ok = fd >= 0 && write(fd, text, len) == (ssize_t)len && fsync(fd) == 0;
    if (fd >= 0 && close(fd) != 0)
        ok = 0;
    if (!ok || rename(tmp, r->opt->rules) != 0) {
        fi_req_error(r, 500, "cannot write %s: %s", r->opt->rules, strerror(errno));
        if (tmp)
            unlink(tmp);
        goto done;
    }
    unsigned char h[crypto_hash_sha256_BYTES];
    char hex[65];
    crypto_hash_sha256(h, (const unsigned char *)text, len);
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    if (fi_store_audit_event(r->store, r->session.user, "rules.save", r->opt->rules, hex, &err)) {
        refuse(r, err);
        goto done;
    }
    char said[160];
    reload_daemon(r, said, sizeof said);
    cJSON *a = cJSON_CreateObject();
    cJSON_AddStringToObject(a, "saved", r->opt->rules);
    cJSON_AddStringToObject(a, "sha256", hex);
    cJSON_AddStringToObject(a, "daemon", said);
    fi_req_json(r, 200, a);
done:
    free(tmp);
    free(text);
}

static void api_audit(fi_req *r)
{
    long long after = query_num(r, "after", 0, 1LL << 50), limit = query_num(r, "limit", 100, 1000);
    char *json = NULL, *err = NULL;
    if (after < 0 || limit <= 0) {
        fi_req_error(r, 400, "after and limit (1-1000) are numbers");
        return;
    }
    if (fi_store_audit_json(r->store, after, limit, &json, &err))
        refuse(r, err);
    else
        fi_req_json_text(r, 200, json);
}

/* ------------------------------------------------------------- routing */

void fi_api_handle(fi_req *r)
{
    const char *p = r->path + 4;   /* after "/api" */
    const char *m = r->method;
    int get = strcmp(m, "GET") == 0, post = strcmp(m, "POST") == 0, put = strcmp(m, "PUT") == 0;
    if (strcmp(p, "/login") == 0 && post)
        api_login(r);
    else if (strcmp(p, "/logout") == 0 && post)
        api_logout(r);
    else if (strcmp(p, "/me") == 0 && get)
        api_me(r);
    else if (strcmp(p, "/queue") == 0 && get)
        api_queue(r);
    else if (strcmp(p, "/queue/next") == 0 && post)
        api_next(r);
    else if (strncmp(p, "/documents/", 11) == 0)
        api_document(r, p + 11);
    else if (strncmp(p, "/rules", 6) == 0 || strcmp(p, "/audit") == 0) {
        if (!is_admin(r))
            fi_req_error(r, 403, "the rules and the audit log are for admins; ask one");
        else if (strcmp(p, "/rules") == 0 && get)
            api_rules_get(r);
        else if (strcmp(p, "/rules") == 0 && put)
            api_rules_save(r);
        else if (strcmp(p, "/rules/check") == 0 && post)
            api_rules_check(r);
        else if (strcmp(p, "/rules/test") == 0 && post)
            api_rules_test(r);
        else if (strcmp(p, "/audit") == 0 && get)
            api_audit(r);
        else
            fi_req_error(r, 404, "no such endpoint (or wrong method)");
    } else {
        fi_req_error(r, 404, "no such endpoint (or wrong method)");
    }
}
