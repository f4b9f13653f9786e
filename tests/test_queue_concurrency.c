/*
 * test_queue_concurrency.c: processes sharing one store.  Reviewers in
 * separate processes claim from the same queue at the same moment and
 * never get the same item; processes creating a new store at once do not
 * trip over each other's migration; the audit chain stays whole.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <sys/wait.h>

#include "test_queue_fixture.h"

enum { NDOCS = 240, NPROC = 3 };

/* Children start together: each blocks on the read end until the parent
 * closes the write end. */
static void wait_gate(int gate)
{
    char c;
    while (read(gate, &c, 1) > 0)
        ;
}

/* A reviewer process: claims and accepts until the queue is empty, writes
 * every document id it got to fd. */
static int reviewer(const char *path, int n, int gate, int fd)
{
    fi_store *s = NULL;
    char *err = NULL, user[16];
    snprintf(user, sizeof user, "rev%d", n);
    wait_gate(gate);
    if (fi_store_open(&s, path, &err)) {
        fprintf(stderr, "%s: open: %s\n", user, err);
        return 1;
    }
    for (;;) {
        long long id = 0;
        int rc = fi_store_queue_next(s, user, &id, &err);
        if (rc < 0) {
            fprintf(stderr, "%s: next: %s\n", user, err);
            return 1;
        }
        if (rc == 0)
            break;
        if (fi_store_decide(s, id, user, FI_DECIDE_ACCEPT, NULL, NULL, &err)) {
            fprintf(stderr, "%s: accept %lld: %s\n", user, id, err);
            return 1;
        }
        if (write(fd, &id, sizeof id) != sizeof id)
            return 1;
    }
    fi_store_close(s);
    return 0;
}

static void test_queue_concurrency__claims_never_collide(void **state)
{
    (void)state;
    char dir[64], path[128], *err = NULL;
    temp_store_path(dir, path);
    fi_store *s = NULL;
    assert_int_equal(fi_store_open(&s, path, &err), 0);
    assert_int_equal(fi_store_batch_begin(s, &err), 0);
    for (int i = 0; i < NDOCS; i++) {
        char seed[32], last[32];
        snprintf(seed, sizeof seed, "doc%d", i);
        snprintf(last, sizeof last, "Patient%c%c", 'a' + i % 26, 'a' + i / 26);
        add_doc_at(s, seed, NULL, patient(last, "1960-01-01", NULL, i % 7 ? NULL : "stat"), NULL);
    }
    assert_int_equal(fi_store_batch_end(s, 1, &err), 0);
    fi_store_close(s);

    int gate[2], out[2];
    assert_int_equal(pipe(gate), 0);
    assert_int_equal(pipe(out), 0);
    pid_t pids[NPROC];
    for (int p = 0; p < NPROC; p++) {
        pids[p] = fork();
        assert_true(pids[p] >= 0);
        if (pids[p] == 0) {
            close(gate[1]);
            close(out[0]);
            _exit(reviewer(path, p, gate[0], out[1]));
        }
    }
    close(gate[0]);
    close(out[1]);
    close(gate[1]); /* go */
    int seen[NDOCS + 1] = {0}, total = 0;
    long long id;
    while (read(out[0], &id, sizeof id) == sizeof id) {
        assert_true(id >= 1 && id <= NDOCS);
        if (seen[id]++)
            fail_msg("document %lld was claimed twice", id);
        total++;
    }
    close(out[0]);
    for (int p = 0; p < NPROC; p++) {
        int status = 0;
        assert_int_equal(waitpid(pids[p], &status, 0), pids[p]);
        assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    assert_int_equal(total, NDOCS);

    assert_int_equal(fi_store_open(&s, path, &err), 0);
    long long rows = 0;
    char head[65];
    if (fi_store_audit_verify(s, &rows, head, &err) != 0)
        fail_msg("audit: %s", err);
    /* schema + NDOCS received + per document: claim, in_review, review, accepted */
    assert_int_equal(rows, 1 + NDOCS * 5);
    fi_store_close(s);
    remove_dir(dir);
}

static void test_queue_concurrency__new_store_opened_at_once(void **state)
{
    (void)state;
    char dir[64], path[128];
    temp_store_path(dir, path);
    int gate[2];
    assert_int_equal(pipe(gate), 0);
    pid_t pids[NPROC];
    for (int p = 0; p < NPROC; p++) {
        pids[p] = fork();
        assert_true(pids[p] >= 0);
        if (pids[p] == 0) {
            close(gate[1]);
            wait_gate(gate[0]);
            fi_store *s = NULL;
            char *err = NULL, seed[16];
            if (fi_store_open(&s, path, &err)) {
                fprintf(stderr, "open: %s\n", err);
                _exit(1);
            }
            snprintf(seed, sizeof seed, "p%d", p);
            add_doc_at(s, seed, NULL, patient("Same", "1960-01-01", NULL, NULL), NULL);
            fi_store_close(s);
            _exit(0);
        }
    }
    close(gate[0]);
    close(gate[1]);
    for (int p = 0; p < NPROC; p++) {
        int status = 0;
        assert_int_equal(waitpid(pids[p], &status, 0), pids[p]);
        assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    fi_store *s = NULL;
    char *err = NULL;
    assert_int_equal(fi_store_open(&s, path, &err), 0);
    assert_int_equal(fi_store_schema_version(s), fi_store_schema_latest());
    /* one patient: the first document opened the referral, the others joined it */
    char *json = NULL;
    assert_int_equal(fi_store_queue_json(s, 0, 10, &json, &err), 0);
    cJSON *arr = cJSON_Parse(json);
    free(json);
    assert_int_equal(cJSON_GetArraySize(arr), NPROC);
    const cJSON *o;
    cJSON_ArrayForEach(o, arr)
        assert_int_equal(cJSON_GetObjectItem(o, "referral")->valueint, 1);
    cJSON_Delete(arr);
    long long rows;
    char head[65];
    assert_int_equal(fi_store_audit_verify(s, &rows, head, &err), 0);
    fi_store_close(s);
    remove_dir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_queue_concurrency__claims_never_collide),
        cmocka_unit_test(test_queue_concurrency__new_store_opened_at_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
