/*
 * test_queue_access.c: the review server's users and sessions in the
 * store: the idle timeout, the login rate limit and its window, what a
 * new password or a disabled user does to open sessions, API tokens, and
 * what never reaches the database (passwords, session tokens).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <string.h>

#include "test_queue_fixture.h"

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
    if (fi_store_open(&f->s, f->path, &err) ||
        fi_store_user_add(f->s, "ann", "intake", "correct horse 1", "setup", &err) ||
        fi_store_user_add(f->s, "root", "admin", "battery staple 2", "setup", &err)) {
        fprintf(stderr, "setup: %s\n", err);
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

static int login(fi_store *s, const char *name, const char *pw, fi_session *out, int *retry)
{
    char *err = NULL;
    int rc = fi_store_login(s, name, pw, "10.0.0.7", out, retry, &err);
    free(err);
    return rc;
}

static int check(fi_store *s, const char *token, fi_session *out)
{
    char *err = NULL;
    int rc = fi_store_session_check(s, token, 900, out, &err);
    free(err);
    return rc;
}

static void test_queue_access__idle_timeout(void **state)
{
    fx *f = *state;
    fi_session s, seen;
    int retry = 0;
    assert_int_equal(login(f->s, "ann", "correct horse 1", &s, &retry), FI_LOGIN_OK);
    assert_string_equal(s.role, "intake");
    assert_int_equal(strlen(s.token), 64);
    assert_int_equal(strlen(s.csrf), 64);
    /* used every 10 minutes, it lives on; left 15 minutes, it ends */
    for (int i = 1; i <= 6; i++) {
        fi_store_set_now(f->s, T0 + i * 600);
        assert_int_equal(check(f->s, s.token, &seen), 1);
        assert_string_equal(seen.user, "ann");
        assert_string_equal(seen.csrf, s.csrf);
    }
    fi_store_set_now(f->s, T0 + 6 * 600 + 900);
    assert_int_equal(check(f->s, s.token, &seen), 0);
    fi_store_set_now(f->s, T0 + 6 * 600 + 901);
    assert_int_equal(check(f->s, s.token, &seen), 0);
    assert_int_equal(check(f->s, "not-a-token", &seen), 0);
}

static void test_queue_access__rate_limit_window(void **state)
{
    fx *f = *state;
    fi_session s;
    int retry = 0;
    for (int i = 0; i < 5; i++) {
        fi_store_set_now(f->s, T0 + i * 60);
        assert_int_equal(login(f->s, "ann", "wrong", &s, &retry), FI_LOGIN_BAD);
    }
    fi_store_set_now(f->s, T0 + 5 * 60);
    assert_int_equal(login(f->s, "ann", "correct horse 1", &s, &retry), FI_LOGIN_LIMITED);
    /* free again 15 minutes after the first failure of the five */
    assert_int_equal(retry, 15 * 60 - 5 * 60);
    assert_int_equal(login(f->s, "root", "battery staple 2", &s, &retry), FI_LOGIN_OK);
    fi_store_set_now(f->s, T0 + 15 * 60 + 1);
    assert_int_equal(login(f->s, "ann", "correct horse 1", &s, &retry), FI_LOGIN_OK);
    /* a success clears the count */
    for (int i = 0; i < 4; i++)
        assert_int_equal(login(f->s, "ann", "wrong", &s, &retry), FI_LOGIN_BAD);
    assert_int_equal(login(f->s, "ann", "correct horse 1", &s, &retry), FI_LOGIN_OK);
}

static void test_queue_access__password_change_and_disable_end_sessions(void **state)
{
    fx *f = *state;
    fi_session s, t, seen;
    int retry = 0;
    char *err = NULL, token[65];
    assert_int_equal(login(f->s, "ann", "correct horse 1", &s, &retry), FI_LOGIN_OK);
    assert_int_equal(fi_store_user_passwd(f->s, "ann", "new secret words", "root", &err), 0);
    assert_int_equal(check(f->s, s.token, &seen), 0);
    assert_int_equal(login(f->s, "ann", "correct horse 1", &s, &retry), FI_LOGIN_BAD);
    assert_int_equal(login(f->s, "ann", "new secret words", &s, &retry), FI_LOGIN_OK);
    assert_int_equal(fi_store_token_create(f->s, "ann", "lab system", "root", token, &err), 0);
    assert_int_equal(check(f->s, token, &t), 1);
    assert_int_equal(t.kind_token, 1);
    /* a token has no idle timeout */
    fi_store_set_now(f->s, T0 + 86400 * 30);
    assert_int_equal(check(f->s, token, &t), 1);
    assert_int_equal(fi_store_user_disable(f->s, "ann", 1, "root", &err), 0);
    assert_int_equal(check(f->s, token, &t), 0);
    assert_int_equal(login(f->s, "ann", "new secret words", &s, &retry), FI_LOGIN_BAD);
    assert_int_equal(fi_store_user_disable(f->s, "ann", 0, "root", &err), 0);
    assert_int_equal(login(f->s, "ann", "new secret words", &s, &retry), FI_LOGIN_OK);
    assert_int_equal(fi_store_user_add(f->s, "ann", "admin", "whatever long", "root", &err), -1);
    assert_non_null(strstr(err, "exists"));
    free(err);
    assert_int_equal(fi_store_user_add(f->s, "bo", "boss", "whatever long", "root", &err), -1);
    assert_non_null(strstr(err, "unknown role"));
    free(err);
}

/* Neither a password nor a session token is in the file, only hashes. */
static void test_queue_access__secrets_not_stored(void **state)
{
    fx *f = *state;
    fi_session s;
    int retry = 0;
    assert_int_equal(login(f->s, "ann", "correct horse 1", &s, &retry), FI_LOGIN_OK);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM users WHERE pw_hash LIKE "
                                            "'$argon2id$%' AND instr(pw_hash, 'correct') = 0",
                                        -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 2);
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM sessions WHERE token_hash = ?1",
                                        -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_text(st, 1, s.token, -1, SQLITE_STATIC);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_queue_access__idle_timeout, setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_access__rate_limit_window, setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_access__password_change_and_disable_end_sessions,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_queue_access__secrets_not_stored, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
