/*
 * test_queue_cli.c: the store's commands end to end, through the
 * faxintake binary ($FI_BINARY), on a store written by this program.
 *
 * `test_queue_cli --fixture DB` only writes that store and exits: the
 * export validation (queue_export.sh) starts from it too.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>

#include "test_queue_fixture.h"

/* Three referrals: a complete cardiology one (document 1), a stat one
 * (document 2) and a second fax for the first patient (document 3). */
static int write_fixture(const char *path)
{
    fi_store *s = NULL;
    char *err = NULL;
    if (fi_store_open(&s, path, &err)) {
        fprintf(stderr, "fixture: %s\n", err);
        return 1;
    }
    fi_result *r = patient("Okafor", "1961-03-14", "MRN-5521", "urgent");
    res_set(r, "patient_first_name", "Adaeze");
    res_set(r, "patient_sex", "F");
    res_set(r, "patient_phone", "5552013344");
    res_set(r, "insurance_payer", "Aetna | Better & Health");
    res_set(r, "insurance_member_id", "W123456789");
    res_set(r, "referring_phone", "5550142200");
    res_set(r, "referred_to_provider", "Minh Do");
    res_set(r, "referral_date", "2024-03-15");
    /* received in the last hours, so that reports over recent weeks see them */
    char t[3][32];
    for (int i = 0; i < 3; i++) {
        time_t when = time(NULL) - (3 - i) * 3600;
        struct tm tm;
        gmtime_r(&when, &tm);
        strftime(t[i], sizeof t[i], "%Y-%m-%dT%H:%M:%SZ", &tm);
    }
    add_doc_at(s, "okafor-1", t[0], r, NULL);
    add_doc_at(s, "lee", t[1], patient("Lee", "1970-05-05", NULL, "stat"), NULL);
    add_doc_at(s, "okafor-2", t[2], patient("OKAFOR", "1961-03-14", NULL, "routine"), NULL);
    fi_store_close(s);
    return 0;
}

typedef struct fx {
    char dir[64], path[128];
} fx;

static int setup(void **state)
{
    fx *f = calloc(1, sizeof *f);
    temp_store_path(f->dir, f->path);
    if (write_fixture(f->path))
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    remove_dir(f->dir);
    free(f);
    return 0;
}

/* Runs faxintake with args (a shell fragment) on the fixture store; returns
 * the exit status and the output (stdout and stderr) in *out. */
static int run(const fx *f, char **out, const char *fmt, ...)
{
    const char *bin = getenv("FI_BINARY");
    if (!bin)
        fail_msg("FI_BINARY is not set (run through ctest)");
    char args[1024], cmd[1400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(args, sizeof args, fmt, ap);
    va_end(ap);
    snprintf(cmd, sizeof cmd, "cd '%s' && FAXINTAKE_DB='%s' '%s' %s 2>&1", f->dir, f->path, bin,
             args);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, p)) > 0) {
        n += got;
        if (n + 1 >= cap)
            buf = realloc(buf, cap *= 2);
    }
    buf[n] = '\0';
    int status = pclose(p);
    *out = buf;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

#define RUN_EXPECT(f, want_rc, needle, ...)                                                   \
    do {                                                                                      \
        char *out_ = NULL;                                                                    \
        int rc_ = run((f), &out_, __VA_ARGS__);                                               \
        if (rc_ != (want_rc) || ((needle) && !strstr(out_, (needle))))                        \
            fail_msg("faxintake " #__VA_ARGS__ ": exit %d (want %d), output:\n%s\n"           \
                     "(wanted to see: %s)", rc_, (want_rc), out_, (needle) ? (needle) : "");  \
        free(out_);                                                                           \
    } while (0)

static void test_queue_cli__review_session(void **state)
{
    fx *f = *state;
    /* the queue, most urgent first */
    char *out = NULL;
    assert_int_equal(run(f, &out, "queue list"), 0);
    char *stat_row = strstr(out, "stat"), *urgent_row = strstr(out, "urgent");
    assert_non_null(stat_row);
    assert_non_null(urgent_row);
    assert_true(stat_row < urgent_row);
    assert_non_null(strstr(out, "linked (name_dob) to 1"));
    free(out);
    assert_int_equal(run(f, &out, "queue list --json"), 0);
    cJSON *arr = cJSON_Parse(out);
    free(out);
    assert_int_equal(cJSON_GetArraySize(arr), 3);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetArrayItem(arr, 0), "document")->valueint, 2);
    cJSON_Delete(arr);

    /* alice takes the stat one */
    RUN_EXPECT(f, 0, "document 2", "queue next --as alice");
    RUN_EXPECT(f, 2, "--as", "queue next");
    RUN_EXPECT(f, 1, "claimed by alice", "set 2 patient_phone=5552013344 --as bob");
    RUN_EXPECT(f, 1, "unknown field 'phone'", "set 2 phone=5552013344 --as alice");
    RUN_EXPECT(f, 1, "patient_dob: '13/40/1970' is not a date",
               "set 2 patient_dob=13/40/1970 --as alice");
    RUN_EXPECT(f, 0, "document 2: patient_phone=555.201.3344",
               "set 2 patient_phone=555.201.3344 'reason=Palpitations, 2 weeks' --as alice");
    RUN_EXPECT(f, 0, "set by alice", "show 2");
    RUN_EXPECT(f, 1, "--reason", "reject 2 --as alice");
    RUN_EXPECT(f, 0, "referral 2 is now rejected",
               "reject 2 --reason 'not our service' --as alice");

    /* document 1: accepted, then scheduled, then an illegal move */
    RUN_EXPECT(f, 0, "referral 1 is now accepted", "accept 1 --as bob");
    RUN_EXPECT(f, 0, "referral 1 is now scheduled",
               "referral 1 scheduled --date 2024-04-02 --as bob");
    RUN_EXPECT(f, 1, "can move to scheduled, completed, closed, not to in_review",
               "referral 1 in_review --as bob");
    RUN_EXPECT(f, 1, "unknown status", "referral 1 done --as bob");
    /* the second fax joins, stays in the queue, and shows its link */
    RUN_EXPECT(f, 0, "same last name and date of birth as document 1", "show 3");
    RUN_EXPECT(f, 0, "referral 1 stays scheduled", "accept 3 --as bob");

    /* show --json is the same record */
    assert_int_equal(run(f, &out, "show 1 --json"), 0);
    cJSON *o = cJSON_Parse(out);
    free(out);
    assert_non_null(o);
    const cJSON *ref = cJSON_GetObjectItem(o, "referral");
    assert_string_equal(cJSON_GetObjectItem(ref, "status")->valuestring, "scheduled");
    cJSON_Delete(o);

    RUN_EXPECT(f, 0, "audit log intact", "audit verify");
    RUN_EXPECT(f, 0, "\"action\":", "audit log --limit 5");
    RUN_EXPECT(f, 0, "alice                       1        1         0         1", "report queue");
    RUN_EXPECT(f, 0, "1234567893", "report referrers --weeks 4");
    RUN_EXPECT(f, 0, "npi,fax,provider,week_start", "report referrers --csv --weeks 2");
    RUN_EXPECT(f, 0, "re-extracted 3 document(s)", "reextract --all");
    RUN_EXPECT(f, 0, "reviewed and accepted", "rules test --reviewed");
    RUN_EXPECT(f, 0, "nothing is waiting", "queue next --as carol");
}

static void test_queue_cli__export(void **state)
{
    fx *f = *state;
    RUN_EXPECT(f, 0, "referral 1 is now accepted", "accept 1 --as bob");
    RUN_EXPECT(f, 0, "outbound/referral-1.fhir.json", "export 1 --format fhir --as bob");
    RUN_EXPECT(f, 0, "out2/referral-1.hl7", "export 1 --format hl7v2 --out out2 --as bob");
    RUN_EXPECT(f, 0, "outbound/referral-1.json", "export --since 2024-01-01 --as bob");
    RUN_EXPECT(f, 2, "unknown format", "export 1 --format pdf --as bob");
    RUN_EXPECT(f, 1, "no referral 99", "export 99 --as bob");
    char path[256];
    struct stat st;
    snprintf(path, sizeof path, "%s/outbound/referral-1.fhir.json", f->dir);
    assert_int_equal(stat(path, &st), 0);
    snprintf(path, sizeof path, "%s/out2/referral-1.hl7", f->dir);
    assert_int_equal(stat(path, &st), 0);
    /* the exports are audited */
    RUN_EXPECT(f, 0, "\"export\"", "audit log --limit 100");
}

static void test_queue_cli__usage_errors(void **state)
{
    fx *f = *state;
    RUN_EXPECT(f, 2, "no store", "show 1 --db nowhere.db");
    RUN_EXPECT(f, 2, "is not a document id", "show one");
    RUN_EXPECT(f, 2, "--reason does not apply here", "show 1 --reason x");
    RUN_EXPECT(f, 1, "no document 42", "show 42");
    RUN_EXPECT(f, 2, "usage", "reextract");
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--fixture") == 0)
        return write_fixture(argv[2]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_queue_cli__review_session, setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_cli__export, setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_cli__usage_errors, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
