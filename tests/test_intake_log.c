/*
 * test_intake_log.c: the daemon's log lines: plain values as they are,
 * values with spaces, quotes or line breaks quoted so that no file name
 * can forge a line of its own, and a line too long cut, not split.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "intake/log.h"

/* What the line built by fill() writes, without the time in front. */
static char *written(void (*fill)(fi_logline *))
{
    FILE *f = tmpfile();
    assert_non_null(f);
    fi_logline l;
    fi_logline_begin(&l, "event");
    fill(&l);
    fi_logline_end(&l, f);
    long n = ftell(f);
    rewind(f);
    char *buf = calloc(1, (size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    /* "2026-11-22T10:15:00.123Z " is 25 bytes */
    assert_int_equal(buf[10], 'T');
    assert_int_equal(buf[23], 'Z');
    memmove(buf, buf + 25, strlen(buf + 25) + 1);
    return buf;
}

static void plain(fi_logline *l)
{
    fi_logline_str(l, "file", "fax-0001.tif");
    fi_logline_fmt(l, "pages", "%d", 3);
    fi_logline_str(l, "skipped", NULL);
}

static void test_plain_values(void **state)
{
    (void)state;
    char *s = written(plain);
    assert_string_equal(s, "event file=fax-0001.tif pages=3\n");
    free(s);
}

static void hostile(fi_logline *l)
{
    fi_logline_str(l, "file", "a b.tif");
    fi_logline_str(l, "name", "x\n2026-01-01T00:00:00.000Z done file=\"evil\"");
    fi_logline_str(l, "empty", "");
    fi_logline_str(l, "cr", "a\rb");
}

static void test_quoting_keeps_one_line(void **state)
{
    (void)state;
    char *s = written(hostile);
    assert_string_equal(s, "event file=\"a b.tif\" "
                           "name=\"x 2026-01-01T00:00:00.000Z done file=\\\"evil\\\"\" "
                           "empty=\"\" cr=\"a b\"\n");
    free(s);
}

static void long_value(fi_logline *l)
{
    char big[6000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    fi_logline_str(l, "reason", big);
}

static void test_long_line_cut_whole(void **state)
{
    (void)state;
    char *s = written(long_value);
    size_t n = strlen(s);
    assert_true(n + 25 < 4096);
    assert_int_equal(s[n - 1], '\n');
    assert_null(strchr(s, '\n') == s + n - 1 ? NULL : s);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_values),
        cmocka_unit_test(test_quoting_keeps_one_line),
        cmocka_unit_test(test_long_line_cut_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
