/*
 * status.c: processing/.status.json (see status.h).
 */
#include "status.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "log.h"

enum { RECENT_MAX = 4096 }; /* documents remembered for pages per minute */

typedef struct recent {
    double t;              /* unix time */
    long pages;
} recent;

struct fi_status {
    char *path;
    char day[16];          /* the day the counts are of, local time */
    long docs, dups, pages, quar;
    recent recent[RECENT_MAX];
    int nrecent;
};

static double now_unix(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void local_day(char buf[16])
{
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(buf, 16, "%Y-%m-%d", &tm);
}

static cJSON *read_json_file(const char *path, long max)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    char *buf = malloc((size_t)max + 1);
    size_t n = buf ? fread(buf, 1, (size_t)max, f) : 0;
    fclose(f);
    if (!buf)
        return NULL;
    buf[n] = '\0';
    cJSON *o = cJSON_Parse(buf);
    free(buf);
    return o;
}

static double json_num(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? v->valuedouble : 0;
}

static const char *json_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static cJSON *read_status(const char *processing)
{
    char *path = fi_intake_strf("%s/.status.json", processing);
    cJSON *o = path ? read_json_file(path, 1 << 20) : NULL;
    free(path);
    return o;
}

fi_status *fi_status_open(const char *processing)
{
    fi_status *s = calloc(1, sizeof *s);
    if (!s || !(s->path = fi_intake_strf("%s/.status.json", processing))) {
        free(s);
        return NULL;
    }
    local_day(s->day);
    cJSON *o = read_status(processing);
    const char *day = json_str(o, "day");
    if (day && strcmp(day, s->day) == 0) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "today");
        s->docs = (long)json_num(t, "documents");
        s->dups = (long)json_num(t, "duplicates");
        s->pages = (long)json_num(t, "pages");
        s->quar = (long)json_num(t, "quarantined");
        const cJSON *e;
        cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(o, "recent"))
        {
            if (s->nrecent < RECENT_MAX && cJSON_GetArraySize(e) == 2)
                s->recent[s->nrecent++] =
                    (recent){cJSON_GetArrayItem(e, 0)->valuedouble,
                             (long)cJSON_GetArrayItem(e, 1)->valuedouble};
        }
    }
    cJSON_Delete(o);
    return s;
}

void fi_status_close(fi_status *s)
{
    if (!s)
        return;
    free(s->path);
    free(s);
}

void fi_status_count(fi_status *s, long docs, long dups, long pages, long quar)
{
    char day[16];
    local_day(day);
    if (strcmp(day, s->day) != 0) {
        snprintf(s->day, sizeof s->day, "%s", day);
        s->docs = s->dups = s->pages = s->quar = 0;
    }
    s->docs += docs;
    s->dups += dups;
    s->pages += pages;
    s->quar += quar;
    if (pages > 0) {
        if (s->nrecent == RECENT_MAX) {
            memmove(s->recent, s->recent + 1, (RECENT_MAX - 1) * sizeof *s->recent);
            s->nrecent--;
        }
        s->recent[s->nrecent++] = (recent){now_unix(), pages};
    }
}

void fi_status_write(const fi_status *s, const fi_status_live *live)
{
    char now[32], *tmp = NULL, *text = NULL;
    fi_log_time(now);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "state", live->state);
    cJSON_AddNumberToObject(o, "pid", (double)getpid());
    cJSON_AddStringToObject(o, "started_at", live->started_at ? live->started_at : "");
    cJSON_AddStringToObject(o, "updated_at", now);
    cJSON_AddNumberToObject(o, "workers", live->workers);
    cJSON_AddNumberToObject(o, "workers_ready", live->workers_ready);
    cJSON_AddNumberToObject(o, "busy", live->busy);
    cJSON_AddNumberToObject(o, "queued", (double)live->queued);
    cJSON_AddStringToObject(o, "rules", live->rules ? live->rules : "");
    cJSON_AddStringToObject(o, "watch", live->watch ? live->watch : "");
    cJSON_AddStringToObject(o, "day", s->day);
    cJSON *t = cJSON_AddObjectToObject(o, "today");
    cJSON_AddNumberToObject(t, "documents", (double)s->docs);
    cJSON_AddNumberToObject(t, "duplicates", (double)s->dups);
    cJSON_AddNumberToObject(t, "pages", (double)s->pages);
    cJSON_AddNumberToObject(t, "quarantined", (double)s->quar);
    cJSON *r = cJSON_AddArrayToObject(o, "recent");
    double cut = now_unix() - FI_STATUS_RATE_WINDOW_S;
    for (int i = 0; r && i < s->nrecent; i++) {
        if (s->recent[i].t < cut)
            continue;
        cJSON *e = cJSON_CreateArray();
        cJSON_AddItemToArray(e, cJSON_CreateNumber(floor(s->recent[i].t * 1000) / 1000));
        cJSON_AddItemToArray(e, cJSON_CreateNumber((double)s->recent[i].pages));
        cJSON_AddItemToArray(r, e);
    }
    text = cJSON_Print(o);
    cJSON_Delete(o);
    tmp = fi_intake_strf("%s.tmp", s->path);
    FILE *f = tmp && text ? fopen(tmp, "w") : NULL;
    if (f) {
        int ok = fputs(text, f) >= 0;
        ok = fclose(f) == 0 && ok;
        if (!ok || rename(tmp, s->path) != 0)
            unlink(tmp);
    }
    free(text);
    free(tmp);
}

void fi_status_read(const char *processing, fi_status_seen *seen)
{
    memset(seen, 0, sizeof *seen);
    cJSON *o = read_status(processing);
    if (!o)
        return;
    seen->found = 1;
    seen->workers = (int)json_num(o, "workers");
    seen->busy = (int)json_num(o, "busy");
    snprintf(seen->watch, sizeof seen->watch, "%s", json_str(o, "watch") ? json_str(o, "watch") : "?");
    snprintf(seen->updated_at, sizeof seen->updated_at, "%s",
             json_str(o, "updated_at") ? json_str(o, "updated_at") : "");
    char day[16];
    local_day(day);
    const char *sday = json_str(o, "day");
    if (sday && strcmp(sday, day) == 0) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "today");
        seen->documents = (long)json_num(t, "documents");
        seen->duplicates = (long)json_num(t, "duplicates");
        seen->pages = (long)json_num(t, "pages");
        seen->quarantined = (long)json_num(t, "quarantined");
    }
    double cut = now_unix() - FI_STATUS_RATE_WINDOW_S;
    const cJSON *e;
    cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(o, "recent"))
    {
        if (cJSON_GetArraySize(e) == 2 && cJSON_GetArrayItem(e, 0)->valuedouble >= cut)
            seen->recent_pages += cJSON_GetArrayItem(e, 1)->valuedouble;
    }
    cJSON_Delete(o);
}
