/*
 * test_intake_status.c: processing/.status.json, the daemon's counts as
 * `faxintake status` reads them without a store: written whole, read
 * back, carried over a restart on the same day, and absent before the
 * daemon ever ran.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "intake/status.h"

static char dir[64];

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/fi-status-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    (void)state;
    char path[96];
    snprintf(path, sizeof path, "%s/.status.json", dir);
    unlink(path);
    return rmdir(dir);
}

static const fi_status_live running = {
    .state = "running", .started_at = "2026-11-22T10:00:00.000Z", .rules = "built-in",
    .watch = "inotify", .workers = 2, .workers_ready = 2, .busy = 1, .queued = 3,
};

static void test_no_file_before_first_run(void **state)
{
    (void)state;
    fi_status_seen seen;
    fi_status_read(dir, &seen);
    assert_int_equal(seen.found, 0);
    assert_int_equal(seen.documents, 0);
    assert_string_equal(seen.updated_at, "");
}

static void test_counts_written_and_read_back(void **state)
{
    (void)state;
    fi_status *s = fi_status_open(dir);
    assert_non_null(s);
    fi_status_count(s, 1, 0, 3, 0);
    fi_status_count(s, 0, 1, 0, 0);
    fi_status_count(s, 0, 0, 0, 1);
    fi_status_write(s, &running);
    fi_status_close(s);

    fi_status_seen seen;
    fi_status_read(dir, &seen);
    assert_int_equal(seen.found, 1);
    assert_int_equal(seen.workers, 2);
    assert_int_equal(seen.busy, 1);
    assert_string_equal(seen.watch, "inotify");
    assert_int_equal(seen.documents, 1);
    assert_int_equal(seen.duplicates, 1);
    assert_int_equal(seen.pages, 3);
    assert_int_equal(seen.quarantined, 1);
    /* the three pages were read just now: within the rate window */
    assert_true(seen.recent_pages == 3.0);
    assert_int_equal(strlen(seen.updated_at), 24);
}

static void test_counts_carried_over_a_restart(void **state)
{
    (void)state;
    /* the file the previous test left is today's */
    fi_status *s = fi_status_open(dir);
    assert_non_null(s);
    fi_status_count(s, 2, 0, 5, 0);
    fi_status_write(s, &running);
    fi_status_close(s);

    fi_status_seen seen;
    fi_status_read(dir, &seen);
    assert_int_equal(seen.documents, 3);
    assert_int_equal(seen.pages, 8);
    assert_true(seen.recent_pages == 8.0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_file_before_first_run),
        cmocka_unit_test(test_counts_written_and_read_back),
        cmocka_unit_test(test_counts_carried_over_a_restart),
    };
    return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
