/*
 * test_queue_store.c: the store's review queue, leases, referral
 * lifecycle, audit chain, linking and duplicates, corrections and
 * re-extraction, on documents built in memory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <sqlite3.h>
#include <time.h>

#include "test_queue_fixture.h"

/* 2024-03-18T12:00:00Z */
#define T0 1710763200LL

typedef struct fx {
    char dir[64], path[128];
    fi_store *s;
} fx;

static int setup(void **state)
{
    fx *f = calloc(1, sizeof *f);
    char *err = NULL;
    temp_store_path(f->dir, f->path);
    if (fi_store_open(&f->s, f->path, &err)) {
        fprintf(stderr, "open: %s\n", err);
        return -1;
    }
    fi_store_set_now(f->s, T0);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    fi_store_close(f->s);
    remove_dir(f->dir);
    free(f);
    return 0;
}

static void iso(long long t, char buf[32])
{
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The show JSON of a document (caller deletes). */
static cJSON *show(fi_store *s, long long id)
{
    char *json = NULL, *err = NULL;
    if (fi_store_show_json(s, id, &json, &err))
        fail_msg("show %lld: %s", id, err);
    cJSON *o = cJSON_Parse(json);
    free(json);
    assert_non_null(o);
    return o;
}

static const char *jstr(const cJSON *o, const char *path1, const char *path2)
{
    const cJSON *v = cJSON_GetObjectItem(o, path1);
    if (path2)
        v = cJSON_GetObjectItem(v, path2);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static double jnum(const cJSON *o, const char *path1, const char *path2)
{
    const cJSON *v = cJSON_GetObjectItem(o, path1);
    if (path2)
        v = cJSON_GetObjectItem(v, path2);
    return cJSON_IsNumber(v) ? v->valuedouble : -1;
}

#define EXPECT_ERR(call, needle)                                                              \
    do {                                                                                      \
        char *err_ = NULL;                                                                    \
        char **errp_ = &err_;                                                                 \
        (void)errp_;                                                                          \
        if ((call) == 0)                                                                      \
            fail_msg("%s succeeded, expected an error with '%s'", #call, (needle));           \
        if (!err_ || !strstr(err_, (needle)))                                                 \
            fail_msg("%s: error '%s' does not say '%s'", #call, err_ ? err_ : "(none)",        \
                     (needle));                                                               \
        free(err_);                                                                           \
    } while (0)

#define OK(call)                                                                              \
    do {                                                                                      \
        char *err_ = NULL;                                                                    \
        char **errp_ = &err_;                                                                 \
        (void)errp_;                                                                          \
        if ((call) < 0)                                                                       \
            fail_msg("%s: %s", #call, err_ ? err_ : "?");                                     \
        free(err_);                                                                           \
    } while (0)

/* ------------------------------------------------------------ queue */

static void test_queue_store__order_by_urgency_then_age(void **state)
{
    fx *f = *state;
    char t[32];
    long long ids[5];
    /* added out of order: routine (oldest), stat, urgent, routine, stat (older) */
    iso(T0 - 5000, t);
    ids[0] = add_doc_at(f->s, "a", t, patient("Adams", "1950-01-01", NULL, "routine"), NULL);
    iso(T0 - 1000, t);
    ids[1] = add_doc_at(f->s, "b", t, patient("Brown", "1951-01-01", NULL, "stat"), NULL);
    iso(T0 - 3000, t);
    ids[2] = add_doc_at(f->s, "c", t, patient("Clark", "1952-01-01", NULL, "urgent"), NULL);
    iso(T0 - 4000, t);
    ids[3] = add_doc_at(f->s, "d", t, patient("Davis", "1953-01-01", NULL, "routine"), NULL);
    iso(T0 - 2000, t);
    ids[4] = add_doc_at(f->s, "e", t, patient("Evans", "1954-01-01", NULL, "stat"), NULL);
    long long want[5] = {ids[4], ids[1], ids[2], ids[0], ids[3]};

    char *json = NULL;
    OK(fi_store_queue_json(f->s, 0, 50, &json, errp_));
    cJSON *arr = cJSON_Parse(json);
    free(json);
    assert_int_equal(cJSON_GetArraySize(arr), 5);
    for (int i = 0; i < 5; i++)
        assert_int_equal((long long)jnum(cJSON_GetArrayItem(arr, i), "document", NULL), want[i]);
    assert_string_equal(jstr(cJSON_GetArrayItem(arr, 0), "urgency", NULL), "stat");
    cJSON_Delete(arr);

    /* five reviewers asking at once take them in that order */
    for (int i = 0; i < 5; i++) {
        char user[16];
        long long got = 0;
        snprintf(user, sizeof user, "user%d", i);
        int rc = 0;
        OK(rc = fi_store_queue_next(f->s, user, &got, errp_));
        assert_int_equal(rc, 1);
        assert_int_equal(got, want[i]);
    }
    long long none = 0;
    int rc = 0;
    OK(rc = fi_store_queue_next(f->s, "user9", &none, errp_));
    assert_int_equal(rc, 0);

    /* a paged list: the second page starts where the first ended */
    OK(fi_store_queue_json(f->s, 2, 2, &json, errp_));
    arr = cJSON_Parse(json);
    free(json);
    assert_int_equal(cJSON_GetArraySize(arr), 2);
    assert_int_equal((long long)jnum(cJSON_GetArrayItem(arr, 0), "document", NULL), want[2]);
    assert_string_equal(jstr(cJSON_GetArrayItem(arr, 0), "claimed_by", NULL), "user2");
    cJSON_Delete(arr);
}

static void test_queue_store__urgency_correction_reorders(void **state)
{
    fx *f = *state;
    char t[32];
    iso(T0 - 100, t);
    long long a = add_doc_at(f->s, "a", t, patient("Adams", "1950-01-01", NULL, "routine"), NULL);
    iso(T0 - 50, t);
    long long b = add_doc_at(f->s, "b", t, patient("Brown", "1951-01-01", NULL, "routine"), NULL);
    char *set[] = {"urgency=STAT"};
    OK(fi_store_set_fields(f->s, b, "alice", set, 1, errp_));
    OK(fi_store_release(f->s, b, "alice", errp_));
    long long got = 0;
    OK(fi_store_queue_next(f->s, "bob", &got, errp_));
    assert_int_equal(got, b);
    (void)a;
}

static void test_queue_store__same_user_gets_held_item(void **state)
{
    fx *f = *state;
    add_doc_at(f->s, "a", NULL, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    add_doc_at(f->s, "b", NULL, patient("Brown", "1951-01-01", NULL, NULL), NULL);
    long long x = 0, y = 0;
    OK(fi_store_queue_next(f->s, "alice", &x, errp_));
    OK(fi_store_queue_next(f->s, "alice", &y, errp_));
    assert_int_equal(x, y);
}

static void test_queue_store__lease_expires(void **state)
{
    fx *f = *state;
    fi_store_set_lease_seconds(f->s, 600);
    long long a = add_doc_at(f->s, "a", NULL, patient("Adams", "1950-01-01", NULL, "stat"), NULL);
    long long b = add_doc_at(f->s, "b", NULL, patient("Brown", "1951-01-01", NULL, NULL), NULL);
    long long got = 0;
    OK(fi_store_queue_next(f->s, "alice", &got, errp_));
    assert_int_equal(got, a);
    /* bob cannot take or touch alice's item while her lease runs */
    OK(fi_store_queue_next(f->s, "bob", &got, errp_));
    assert_int_equal(got, b);
    char *set[] = {"patient_phone=555-201-3344"};
    EXPECT_ERR(fi_store_set_fields(f->s, a, "bob", set, 1, errp_), "claimed by alice");
    EXPECT_ERR(fi_store_decide(f->s, a, "bob", FI_DECIDE_ACCEPT, NULL, NULL, errp_),
               "claimed by alice");
    /* activity renews the lease */
    fi_store_set_now(f->s, T0 + 500);
    OK(fi_store_set_fields(f->s, a, "alice", set, 1, errp_));
    fi_store_set_now(f->s, T0 + 1000);
    EXPECT_ERR(fi_store_set_fields(f->s, a, "bob", set, 1, errp_), "claimed by alice");
    /* alice walks away: after the lease, the item is free for others */
    fi_store_set_now(f->s, T0 + 500 + 601);
    OK(fi_store_decide(f->s, b, "bob", FI_DECIDE_ACCEPT, NULL, NULL, errp_));
    OK(fi_store_queue_next(f->s, "bob", &got, errp_));
    assert_int_equal(got, a);
    cJSON *o = show(f->s, a);
    assert_string_equal(jstr(o, "review", "claimed_by"), "bob");
    /* the audit says whose lease bob took over */
    const cJSON *row, *last_claim = NULL;
    cJSON_ArrayForEach(row, cJSON_GetObjectItem(o, "audit"))
        if (jstr(row, "action", NULL) && !strcmp(jstr(row, "action", NULL), "claim"))
            last_claim = row;
    assert_non_null(last_claim);
    assert_string_equal(jstr(last_claim, "actor", NULL), "bob");
    assert_string_equal(jstr(last_claim, "old", NULL), "alice");
    cJSON_Delete(o);
}

/* -------------------------------------------------------- lifecycle */

static void test_queue_store__lifecycle_and_illegal_transitions(void **state)
{
    fx *f = *state;
    long long d = add_doc_at(f->s, "a", NULL, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    cJSON *o = show(f->s, d);
    long long ref = (long long)jnum(o, "referral", "id");
    assert_string_equal(jstr(o, "referral", "status"), "received");
    cJSON_Delete(o);

    EXPECT_ERR(fi_store_referral_status(f->s, ref, "scheduled", NULL, NULL, "alice", errp_),
               "referral 1 is received: it can move to in_review, needs_info, accepted, "
               "rejected, duplicate, not to scheduled");
    EXPECT_ERR(fi_store_referral_status(f->s, ref, "done", NULL, NULL, "alice", errp_),
               "unknown status 'done'");
    EXPECT_ERR(fi_store_referral_status(f->s, ref, "accepted", NULL, NULL, "", errp_), "--as");

    long long got;
    fi_store_set_now(f->s, T0 + 60);
    OK(fi_store_queue_next(f->s, "alice", &got, errp_)); /* received -> in_review */
    fi_store_set_now(f->s, T0 + 120);
    char *note = NULL;
    OK(fi_store_decide(f->s, d, "alice", FI_DECIDE_ACCEPT, NULL, &note, errp_));
    assert_string_equal(note, "referral 1 is now accepted");
    free(note);
    EXPECT_ERR(fi_store_decide(f->s, d, "alice", FI_DECIDE_ACCEPT, NULL, NULL, errp_),
               "already reviewed: accepted by alice");
    fi_store_set_now(f->s, T0 + 180);
    EXPECT_ERR(fi_store_referral_status(f->s, ref, "scheduled", "2024-02-30", NULL, "bob",
                                        errp_), "not a date");
    OK(fi_store_referral_status(f->s, ref, "scheduled", "04/02/2024", NULL, "bob", errp_));
    OK(fi_store_referral_status(f->s, ref, "scheduled", "2024-04-09", "patient asked", "bob",
                                errp_));
    EXPECT_ERR(fi_store_referral_status(f->s, ref, "in_review", NULL, NULL, "bob", errp_),
               "can move to scheduled, completed, closed, not to in_review");
    fi_store_set_now(f->s, T0 + 240);
    OK(fi_store_referral_status(f->s, ref, "completed", "2024-04-09", NULL, "bob", errp_));
    OK(fi_store_referral_status(f->s, ref, "closed", NULL, NULL, "bob", errp_));
    EXPECT_ERR(fi_store_referral_status(f->s, ref, "accepted", NULL, NULL, "bob", errp_),
               "a closed referral does not move");

    o = show(f->s, d);
    const cJSON *hist = cJSON_GetObjectItem(cJSON_GetObjectItem(o, "referral"), "history");
    const char *want[][2] = {{NULL, "received"},       {"received", "in_review"},
                             {"in_review", "accepted"}, {"accepted", "scheduled"},
                             {"scheduled", "scheduled"}, {"scheduled", "completed"},
                             {"completed", "closed"}};
    assert_int_equal(cJSON_GetArraySize(hist), 7);
    for (int i = 0; i < 7; i++) {
        const cJSON *h = cJSON_GetArrayItem(hist, i);
        assert_non_null(jstr(h, "at", NULL)); /* every transition has its time */
        if (want[i][0])
            assert_string_equal(jstr(h, "from", NULL), want[i][0]);
        assert_string_equal(jstr(h, "to", NULL), want[i][1]);
    }
    assert_string_equal(jstr(cJSON_GetArrayItem(hist, 4), "date", NULL), "2024-04-09");
    assert_string_equal(jstr(cJSON_GetArrayItem(hist, 2), "at", NULL), "2024-03-18T12:02:00Z");
    assert_string_equal(jstr(o, "referral", "scheduled_for"), "2024-04-09");
    assert_string_equal(jstr(o, "referral", "accepted_at"), "2024-03-18T12:02:00Z");
    cJSON_Delete(o);
}

static void test_queue_store__reject_and_needs_info(void **state)
{
    fx *f = *state;
    long long a = add_doc_at(f->s, "a", NULL, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    EXPECT_ERR(fi_store_decide(f->s, a, "alice", FI_DECIDE_REJECT, NULL, NULL, errp_),
               "--reason");
    char *note = NULL;
    OK(fi_store_decide(f->s, a, "alice", FI_DECIDE_NEEDS_INFO, "no insurance", &note, errp_));
    assert_string_equal(note, "referral 1 is now needs_info");
    free(note);
    /* the missing page arrives: it joins the referral and reopens it */
    fi_store_set_now(f->s, T0 + 3600);
    long long b = add_doc_at(f->s, "b", NULL, patient("ADAMS", "1950-01-01", NULL, NULL), NULL);
    cJSON *o = show(f->s, b);
    assert_string_equal(jstr(o, "link", "kind"), "name_dob");
    assert_string_equal(jstr(o, "referral", "status"), "needs_info");
    cJSON_Delete(o);
    long long got = 0;
    OK(fi_store_queue_next(f->s, "bob", &got, errp_));
    assert_int_equal(got, b);
    o = show(f->s, b);
    assert_string_equal(jstr(o, "referral", "status"), "in_review");
    cJSON_Delete(o);
    OK(fi_store_decide(f->s, b, "bob", FI_DECIDE_REJECT, "not our service", &note, errp_));
    assert_string_equal(note, "referral 1 is now rejected");
    free(note);
}

/* ------------------------------------------------------------ audit */

static void test_queue_store__audit_chain_detects_edits(void **state)
{
    fx *f = *state;
    long long d = add_doc_at(f->s, "a", NULL, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    char *set[] = {"patient_first_name=Janet", "patient_dob=3/14/1961"};
    OK(fi_store_set_fields(f->s, d, "alice", set, 2, errp_));
    OK(fi_store_decide(f->s, d, "alice", FI_DECIDE_ACCEPT, NULL, NULL, errp_));
    long long rows = 0;
    char head[65];
    int rc = 0;
    OK(rc = fi_store_audit_verify(f->s, &rows, head, errp_));
    assert_int_equal(rc, 0);
    assert_true(rows >= 6); /* schema, received, claim, 2 fields, review, status x2 */

    /* every field change names who, when, old and new */
    char *json = NULL;
    OK(fi_store_audit_json(f->s, 0, 100, &json, errp_));
    cJSON *arr = cJSON_Parse(json);
    free(json);
    int seen = 0;
    const cJSON *row;
    cJSON_ArrayForEach(row, arr)
    {
        const char *field = jstr(row, "field", NULL);
        if (field && !strcmp(field, "patient_dob")) {
            assert_string_equal(jstr(row, "actor", NULL), "alice");
            assert_string_equal(jstr(row, "action", NULL), "field.set");
            assert_string_equal(jstr(row, "old", NULL), "\"1950-01-01\"");
            assert_string_equal(jstr(row, "new", NULL), "\"1961-03-14\"");
            assert_string_equal(jstr(row, "at", NULL), "2024-03-18T12:00:00Z");
            seen = 1;
        }
    }
    assert_true(seen);
    cJSON_Delete(arr);

    /* the log refuses edits through SQL... */
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    assert_int_not_equal(sqlite3_exec(db, "UPDATE audit SET actor = 'mallory' WHERE id = 4",
                                      NULL, NULL, NULL), SQLITE_OK);
    assert_int_not_equal(sqlite3_exec(db, "DELETE FROM audit WHERE id = 4", NULL, NULL, NULL),
                         SQLITE_OK);
    /* ...and someone who drops the guard and edits a row is caught */
    assert_int_equal(sqlite3_exec(db, "DROP TRIGGER audit_no_update; "
                                      "UPDATE audit SET new_value = '\"1999-01-01\"' "
                                      "WHERE field = 'patient_dob'", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    rc = 0;
    char *err = NULL;
    rc = fi_store_audit_verify(f->s, &rows, head, &err);
    assert_int_equal(rc, 1);
    assert_non_null(strstr(err, "does not match its hash"));
    assert_non_null(strstr(err, "field.set by alice"));
    free(err);
}

static void test_queue_store__audit_chain_detects_deleted_rows(void **state)
{
    fx *f = *state;
    long long d = add_doc_at(f->s, "a", NULL, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    OK(fi_store_decide(f->s, d, "alice", FI_DECIDE_ACCEPT, NULL, NULL, errp_));
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    assert_int_equal(sqlite3_exec(db, "DROP TRIGGER audit_no_delete; "
                                      "DELETE FROM audit WHERE id = 3", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    long long rows;
    char head[65], *err = NULL;
    assert_int_equal(fi_store_audit_verify(f->s, &rows, head, &err), 1);
    assert_non_null(strstr(err, "rows 3 to 3 are missing"));
    free(err);
}

/* ----------------------------------------------- linking, duplicates */

static void test_queue_store__linking_and_duplicates(void **state)
{
    fx *f = *state;
    char t[32];
    long long dup = -1;
    long long a = add_doc_at(f->s, "a", NULL, patient("O'Brien", "1961-03-14", "MR-1001", NULL),
                             &dup);
    assert_int_equal(dup, 0);
    /* same last name (spelled differently) and DOB: attached */
    iso(T0 + 86400, t);
    long long b = add_doc_at(f->s, "b", t, patient("OBRIEN", "1961-03-14", NULL, NULL), NULL);
    /* same MRN and DOB, name misread: attached */
    long long c = add_doc_at(f->s, "c", t, patient("O8rien", "1961-03-14", "MR-1001", NULL), NULL);
    /* same name, other DOB: another patient */
    long long d = add_doc_at(f->s, "d", t, patient("OBrien", "1971-03-14", NULL, NULL), NULL);
    /* a byte-identical resend, given without words (the daemon knew it) */
    long long e = add_doc_at(f->s, "a", t, NULL, &dup);
    assert_int_equal(dup, a);

    cJSON *o = show(f->s, a);
    long long ref = (long long)jnum(o, "referral", "id");
    assert_string_equal(jstr(o, "link", "kind"), "new");
    cJSON_Delete(o);
    struct {
        long long doc;
        const char *kind;
        int same;
    } want[] = {{b, "name_dob", 1}, {c, "mrn_dob", 1}, {d, "new", 0}, {e, "duplicate", 1}};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        o = show(f->s, want[i].doc);
        assert_string_equal(jstr(o, "link", "kind"), want[i].kind);
        assert_int_equal((long long)jnum(o, "referral", "id") == ref, want[i].same);
        if (want[i].same) {
            assert_non_null(jstr(o, "link", "undo"));
            assert_int_equal((long long)jnum(o, "link", "document"), a);
        }
        cJSON_Delete(o);
    }
    /* the resend shares the first document's words and fields */
    o = show(f->s, e);
    assert_int_equal((long long)jnum(o, "link", "duplicate_of"), a);
    assert_int_equal((long long)jnum(o, "document", "pages"), 1);
    assert_string_equal(jstr(cJSON_GetObjectItem(o, "fields"), "patient_last_name", "value"),
                        "O'Brien");
    cJSON_Delete(o);
    fi_doc *words = NULL;
    OK(fi_store_load_doc(f->s, e, &words, errp_));
    assert_int_equal(words->npages, 1);
    assert_int_equal(words->pages[0].nwords, 30);
    fi_doc_free(words);
    long long id = 0;
    char sha[65];
    fake_sha("a", sha);
    long long count = 0;
    OK(fi_store_count_sha(f->s, sha, &count, errp_));
    assert_int_equal(count, 2);
    int rc = 0;
    OK(rc = fi_store_find_sha(f->s, sha, &id, errp_));
    assert_int_equal(rc, 1);
    assert_int_equal(id, a);

    /* undo a link: b gets its own referral; linking it back empties that
     * one, which becomes a duplicate */
    long long nref = 0;
    OK(fi_store_unlink(f->s, b, "alice", &nref, errp_));
    assert_true(nref != ref);
    o = show(f->s, b);
    assert_string_equal(jstr(o, "link", "kind"), "new");
    assert_int_equal((long long)jnum(o, "referral", "id"), nref);
    cJSON_Delete(o);
    EXPECT_ERR(fi_store_unlink(f->s, a, "alice", NULL, errp_), "opened referral");
    OK(fi_store_link(f->s, b, ref, "alice", errp_));
    o = show(f->s, b);
    assert_string_equal(jstr(o, "link", "kind"), "manual");
    cJSON_Delete(o);
    /* the emptied referral became a duplicate (its status change is audited) */
    char *json = NULL;
    OK(fi_store_audit_json(f->s, 0, 200, &json, errp_));
    assert_non_null(strstr(json, "\"duplicate\""));
    free(json);
    /* undo a duplicate mark too */
    OK(fi_store_unlink(f->s, e, "alice", &nref, errp_));
    o = show(f->s, e);
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "link"), "duplicate_of")));
    cJSON_Delete(o);
}

static void test_queue_store__link_window_and_closed_referrals(void **state)
{
    fx *f = *state;
    char t[32];
    fi_store_set_link_days(f->s, 30);
    long long a = add_doc_at(f->s, "a", NULL, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    iso(T0 + 29 * 86400, t);
    long long b = add_doc_at(f->s, "b", t, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    /* 30 days after b (the referral's newest document), still inside */
    iso(T0 + 59 * 86400, t);
    long long c = add_doc_at(f->s, "c", t, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    iso(T0 + 95 * 86400, t);
    long long d = add_doc_at(f->s, "d", t, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    cJSON *oa = show(f->s, a), *ob = show(f->s, b), *oc = show(f->s, c), *od = show(f->s, d);
    long long ra = (long long)jnum(oa, "referral", "id");
    assert_int_equal((long long)jnum(ob, "referral", "id"), ra);
    assert_int_equal((long long)jnum(oc, "referral", "id"), ra);
    assert_true((long long)jnum(od, "referral", "id") != ra);
    long long rd = (long long)jnum(od, "referral", "id");
    cJSON_Delete(oa);
    cJSON_Delete(ob);
    cJSON_Delete(oc);
    cJSON_Delete(od);
    /* a closed referral takes no new document */
    OK(fi_store_referral_status(f->s, rd, "rejected", NULL, "wrong clinic", "alice", errp_));
    iso(T0 + 96 * 86400, t);
    long long e = add_doc_at(f->s, "e", t, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    cJSON *oe = show(f->s, e);
    assert_true((long long)jnum(oe, "referral", "id") != rd);
    cJSON_Delete(oe);
}

/* ------------------------------------------------------------ set */

static void test_queue_store__set_validates_everything_or_nothing(void **state)
{
    fx *f = *state;
    long long d = add_doc_at(f->s, "a", NULL, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    char *bad_field[] = {"patient_dobb=1961-03-14"};
    EXPECT_ERR(fi_store_set_fields(f->s, d, "alice", bad_field, 1, errp_),
               "unknown field 'patient_dobb'; the fields are patient_last_name");
    char *mixed[] = {"patient_phone=(555) 201-3344", "patient_dob=02/30/1961"};
    EXPECT_ERR(fi_store_set_fields(f->s, d, "alice", mixed, 2, errp_),
               "patient_dob: '02/30/1961' is not a date");
    char *npi[] = {"referring_npi=1234567890"};
    EXPECT_ERR(fi_store_set_fields(f->s, d, "alice", npi, 1, errp_), "check digit");
    char *codes[] = {"diagnosis_codes=E11.9, X"};
    EXPECT_ERR(fi_store_set_fields(f->s, d, "alice", codes, 1, errp_), "'X' is not an ICD-10");
    char *noeq[] = {"patient_dob"};
    EXPECT_ERR(fi_store_set_fields(f->s, d, "alice", noeq, 1, errp_), "not FIELD=VALUE");
    cJSON *o = show(f->s, d);
    /* nothing of the failed commands was written */
    assert_null(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "fields"), "patient_phone"));
    cJSON_Delete(o);

    char *good[] = {"patient_phone=(555) 201-3344", "diagnosis_codes=e11.9 I10 E11.9",
                    "referring_provider=Dr. Sarah Whitfield MD", "patient_mrn=",
                    "referred_to_specialty=GI"};
    OK(fi_store_set_fields(f->s, d, "alice", good, 5, errp_));
    o = show(f->s, d);
    const cJSON *fields = cJSON_GetObjectItem(o, "fields");
    assert_string_equal(jstr(fields, "patient_phone", "value"), "5552013344");
    assert_string_equal(jstr(fields, "patient_phone", "set_by"), "alice");
    assert_string_equal(jstr(fields, "referring_provider", "value"), "Sarah Whitfield");
    assert_string_equal(jstr(fields, "referred_to_specialty", "value"), "gastroenterology");
    const cJSON *codes_v = cJSON_GetObjectItem(cJSON_GetObjectItem(fields, "diagnosis_codes"),
                                               "value");
    assert_int_equal(cJSON_GetArraySize(codes_v), 2);
    /* an empty value: the document does not carry it, said by a person */
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetObjectItem(fields, "patient_mrn"),
                                                 "value")));
    cJSON_Delete(o);
}

/* ---------------------------------------------------- re-extraction */

static fi_doc *form_doc(void)
{
    static const char *const rows[] = {
        "REFERRAL FORM",
        "PATIENT: DUBOIS, PATRICIA C",
        "DOB: 07/22/1958",
        "Phone: (555) 201-3344",
        "Insurance: Aetna",
        "Member ID: W123456789",
        NULL,
    };
    fi_doc *doc = fi_doc_new("form.tif");
    fi_page *p = fi_doc_add_page(doc, 1700, 2200, 200);
    for (int r = 0; rows[r]; r++) {
        int x = 140;
        char buf[128];
        snprintf(buf, sizeof buf, "%s", rows[r]);
        for (char *save = NULL, *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
            int wpx = (int)strlen(w) * 14;
            fi_page_add_word(p, w, 0.95f, x, 150 + 40 * r, x + wpx, 174 + 40 * r, 0, r);
            x += wpx + 12;
        }
    }
    fi_page_update_conf(p);
    return doc;
}

static void test_queue_store__reextract_keeps_people_values(void **state)
{
    fx *f = *state;
    fi_rules *rules = NULL, *narrow = NULL;
    OK(fi_rules_default(&rules, errp_));
    /* "new rules" that only know the date of birth, under one more label */
    OK(fi_rules_parse(&narrow, "narrow.rules",
                      "[field patient_dob]\nlabels = dob | born\nvalue = dob\n", errp_));
    fi_doc *doc = form_doc();
    fi_result *res = fi_extract(rules, doc, NULL, NULL);
    char sha[65];
    fake_sha("form", sha);
    fi_store_doc_info info = {.sha256 = sha, .file_name = "form.tif"};
    long long d = 0;
    OK(fi_store_add_document(f->s, &info, doc, res, &d, NULL, errp_));
    fi_result_free(res);
    fi_doc_free(doc);
    cJSON *o = show(f->s, d);
    const cJSON *fields = cJSON_GetObjectItem(o, "fields");
    assert_string_equal(jstr(fields, "patient_dob", "value"), "1958-07-22");
    assert_non_null(jstr(fields, "insurance_member_id", "value"));
    cJSON_Delete(o);

    /* a reviewer corrects the member id and the payer */
    char *set[] = {"insurance_member_id=W123456780", "insurance_payer=Aetna Better Health"};
    OK(fi_store_set_fields(f->s, d, "alice", set, 2, errp_));

    /* the same rules again: nothing changes */
    fi_reextract_stats st;
    OK(fi_store_reextract(f->s, rules, NULL, 0, NULL, &st, errp_));
    assert_int_equal(st.documents, 1);
    assert_int_equal(st.changed_fields, 0);
    assert_int_equal(st.kept_person, 2); /* the rules still read the printed values */

    /* narrow rules: extracted values they no longer find go; alice's stay */
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    long long ids[] = {d};
    OK(fi_store_reextract(f->s, narrow, ids, 1, out, &st, errp_));
    fclose(out);
    assert_true(st.changed_fields >= 3);
    assert_non_null(strstr(buf, "patient_phone: 5552013344 -> (none)"));
    assert_non_null(strstr(buf, "insurance_member_id: kept alice's value W123456780"));
    free(buf);
    o = show(f->s, d);
    fields = cJSON_GetObjectItem(o, "fields");
    assert_string_equal(jstr(fields, "insurance_member_id", "value"), "W123456780");
    assert_string_equal(jstr(fields, "insurance_payer", "value"), "Aetna Better Health");
    assert_string_equal(jstr(fields, "patient_dob", "value"), "1958-07-22");
    assert_null(cJSON_GetObjectItem(fields, "patient_phone"));
    /* each change audited under the rules' name */
    int audited = 0;
    const cJSON *row;
    cJSON_ArrayForEach(row, cJSON_GetObjectItem(o, "audit"))
        audited += jstr(row, "actor", NULL) && !strcmp(jstr(row, "actor", NULL), "rules:reextract");
    assert_int_equal(audited, (int)st.changed_fields);
    cJSON_Delete(o);

    /* and back: the default rules restore what they read */
    OK(fi_store_reextract(f->s, rules, NULL, 0, NULL, &st, errp_));
    o = show(f->s, d);
    fields = cJSON_GetObjectItem(o, "fields");
    assert_string_equal(jstr(fields, "patient_phone", "value"), "5552013344");
    assert_string_equal(jstr(fields, "insurance_member_id", "value"), "W123456780");
    cJSON_Delete(o);
    long long rows = 0;
    char head[65];
    OK(fi_store_audit_verify(f->s, &rows, head, errp_));

    fi_rules_free(rules);
    fi_rules_free(narrow);
}

static void test_queue_store__rules_test_reviewed(void **state)
{
    fx *f = *state;
    fi_rules *rules = NULL;
    OK(fi_rules_default(&rules, errp_));
    fi_doc *doc = form_doc();
    fi_result *res = fi_extract(rules, doc, NULL, NULL);
    char sha[65];
    fake_sha("form", sha);
    fi_store_doc_info info = {.sha256 = sha, .file_name = "form.tif"};
    long long d = 0;
    OK(fi_store_add_document(f->s, &info, doc, res, &d, NULL, errp_));
    fi_result_free(res);
    fi_doc_free(doc);
    char *set[] = {"insurance_member_id=W123456780"};
    OK(fi_store_set_fields(f->s, d, "alice", set, 1, errp_));
    OK(fi_store_decide(f->s, d, "alice", FI_DECIDE_ACCEPT, NULL, NULL, errp_));
    /* a document still in the queue is not part of the truth */
    add_doc_at(f->s, "other", NULL, patient("Adams", "1950-01-01", NULL, NULL), NULL);
    /* re-extraction leaves an accepted document's values alone: they are the truth */
    fi_rules *narrow = NULL;
    OK(fi_rules_parse(&narrow, "narrow.rules", "[field patient_dob]\nlabels = dob\nvalue = dob\n",
                      errp_));
    fi_reextract_stats st;
    long long ids[] = {d};
    OK(fi_store_reextract(f->s, narrow, ids, 1, NULL, &st, errp_));
    assert_int_equal(st.changed_fields, 0);
    assert_true(st.kept_person >= 5);
    fi_rules_free(narrow);
    char *buf = NULL, *err = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    int n = fi_store_rules_test(f->s, rules, 1, out, &err);
    fclose(out);
    assert_int_equal(n, 1);
    assert_non_null(strstr(buf, "documents:                 1 reviewed and accepted"));
    assert_non_null(strstr(buf, "insurance_member_id: wrong: reviewed W123456780, rules read "
                                "W123456789"));
    free(buf);
    free(err);
    fi_rules_free(rules);
}

/* ------------------------------------------------------------ reports */

static fi_result *from_practice(const char *last, const char *npi, const char *fax)
{
    fi_result *r = patient(last, "1960-01-01", NULL, NULL);
    res_set(r, "referring_npi", npi);
    res_set(r, "referring_fax", fax);
    return r;
}

static void test_queue_store__report_referrers(void **state)
{
    fx *f = *state;
    char t[32], seed[32], last[32];
    const long long week = 7 * 86400;
    /* practice A: 8 referrals in the previous 4 weeks, 3 in the last 4 */
    for (int i = 0; i < 11; i++) {
        iso(T0 - 8 * week + 3600 + (i < 8 ? i * 3 * 86400 : 4 * week + (i - 8) * 86400), t);
        snprintf(seed, sizeof seed, "a%d", i);
        snprintf(last, sizeof last, "Alpha%c", 'a' + i);
        add_doc_at(f->s, seed, t, from_practice(last, "1234567893", "5550140001"), NULL);
    }
    /* practice B, known by fax only: 2 then 2, both accepted quickly */
    for (int i = 0; i < 4; i++) {
        iso(T0 - 8 * week + 7200 + (i < 2 ? i : 4 * week / 86400 + i) * 86400, t);
        snprintf(seed, sizeof seed, "b%d", i);
        snprintf(last, sizeof last, "Beta%c", 'a' + i);
        fi_result *r = from_practice(last, "x", "5550140002");
        int k = fi_field_index("referring_npi");
        fi_value_clear(&r->values[k]);
        add_doc_at(f->s, seed, t, r, NULL);
    }
    /* two of B's current referrals accepted 2 and 4 hours after receipt */
    fi_store_set_now(f->s, T0 - 4 * week + 7200 + 2 * 86400 + 2 * 3600);
    OK(fi_store_decide(f->s, 14, "alice", FI_DECIDE_ACCEPT, NULL, NULL, errp_));
    fi_store_set_now(f->s, T0 - 4 * week + 7200 + 3 * 86400 + 4 * 3600);
    OK(fi_store_decide(f->s, 15, "alice", FI_DECIDE_ACCEPT, NULL, NULL, errp_));
    fi_store_set_now(f->s, T0);

    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    OK(fi_store_report_referrers(f->s, 4, 0, out, errp_));
    fclose(out);
    if (getenv("FI_SHOW_REPORT"))
        print_message("%s", buf);
    char *a = strstr(buf, "1234567893"), *b = strstr(buf, "5550140002");
    assert_non_null(a);
    assert_non_null(b);
    /* A: 3 against 8: halved */
    char *eol = strchr(a, '\n');
    *eol = '\0';
    assert_non_null(strstr(a, "      3      8"));
    assert_non_null(strstr(a, "VOLUME HALVED"));
    *eol = '\n';
    eol = strchr(b, '\n');
    *eol = '\0';
    assert_non_null(strstr(b, "      2      2"));
    assert_non_null(strstr(b, "3.0")); /* median of 2 and 4 hours */
    assert_null(strstr(b, "VOLUME HALVED"));
    *eol = '\n';
    free(buf);

    buf = NULL;
    out = open_memstream(&buf, &len);
    OK(fi_store_report_referrers(f->s, 4, 1, out, errp_));
    fclose(out);
    assert_non_null(strstr(buf, "npi,fax,provider,week_start,referrals,"));
    assert_non_null(strstr(buf, ",3,8,volume_halved\n"));
    free(buf);

    buf = NULL;
    out = open_memstream(&buf, &len);
    OK(fi_store_report_queue(f->s, out, errp_));
    fclose(out);
    assert_non_null(strstr(buf, "routine       13"));
    assert_non_null(strstr(buf, "no item reviewed in the last 7 days")); /* 4 weeks ago */
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_queue_store__order_by_urgency_then_age, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__urgency_correction_reorders, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__same_user_gets_held_item, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__lease_expires, setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__lifecycle_and_illegal_transitions,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__reject_and_needs_info, setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__audit_chain_detects_edits, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__audit_chain_detects_deleted_rows, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__linking_and_duplicates, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__link_window_and_closed_referrals, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__set_validates_everything_or_nothing,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__reextract_keeps_people_values, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__rules_test_reviewed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_store__report_referrers, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
