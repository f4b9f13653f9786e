/*
 * test_intake_config.c: the daemon's settings: defaults that work in the
 * current folder, a config file with sections and relative paths, and
 * errors that name the file, the line and what a good value looks like.
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

#include "intake/config.h"

static char *write_conf(const char *text)
{
    char tmpl[] = "/tmp/fi-config-XXXXXX";
    char *dir = mkdtemp(tmpl);
    assert_non_null(dir);
    char *path = fi_intake_strf("%s/faxintake.conf", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static void remove_conf(char *path)
{
    unlink(path);
    char *slash = strrchr(path, '/');
    *slash = '\0';
    rmdir(path);
    free(path);
}

static void test_config__defaults_work_in_the_current_folder(void **state)
{
    (void)state;
    fi_intake_config cfg;
    assert_int_equal(fi_intake_config_init(&cfg), 0);
    assert_int_equal(fi_intake_config_finish(&cfg), 0);
    assert_string_equal(cfg.spool, "spool");
    assert_string_equal(cfg.processing, "spool/.processing");
    assert_string_equal(cfg.archive, "archive");
    assert_string_equal(cfg.quarantine, "quarantine");
    assert_string_equal(cfg.db, "faxintake.db");
    assert_null(cfg.rules);
    assert_int_equal(cfg.workers, 0);
    assert_int_equal(cfg.watch, FI_WATCH_AUTO);
    assert_true(cfg.quiet_seconds > 0);
    assert_int_equal(cfg.ocr.max_pages, 200);
    fi_intake_config_clear(&cfg);
}

static void test_config__file_with_sections_and_relative_paths(void **state)
{
    (void)state;
    char *path = write_conf("# intake on the fax server\n"
                            "spool = /var/spool/fax/in   # absolute\n"
                            "archive = \"kept files\"\n"
                            "rules = referral.rules\n"
                            "workers = 3\n"
                            "watch = poll\n"
                            "quiet_seconds = 5.5\n"
                            "\n"
                            "[limits]\n"
                            "max_pages = 40\n"
                            "max_file_mb = 20\n"
                            "memory_mb = 1024\n"
                            "wall_seconds = 90\n");
    fi_intake_config cfg;
    char *err = NULL;
    assert_int_equal(fi_intake_config_init(&cfg), 0);
    int rc = fi_intake_config_load(&cfg, path, &err);
    if (rc)
        print_error("%s\n", err);
    assert_int_equal(rc, 0);
    assert_int_equal(fi_intake_config_finish(&cfg), 0);
    char *dir = strndup(path, (size_t)(strrchr(path, '/') - path));
    char *want = fi_intake_strf("%s/kept files", dir);
    assert_string_equal(cfg.archive, want);
    free(want);
    want = fi_intake_strf("%s/referral.rules", dir);
    assert_string_equal(cfg.rules, want);
    free(want);
    free(dir);
    assert_string_equal(cfg.spool, "/var/spool/fax/in");
    assert_string_equal(cfg.processing, "/var/spool/fax/in/.processing");
    assert_int_equal(cfg.workers, 3);
    assert_int_equal(cfg.watch, FI_WATCH_POLL);
    assert_true(cfg.quiet_seconds > 5.4 && cfg.quiet_seconds < 5.6);
    assert_int_equal(cfg.ocr.max_pages, 40);
    assert_int_equal(cfg.ocr.max_file_bytes, 20L << 20);
    assert_int_equal(cfg.memory_mb, 1024);
    assert_true(cfg.wall_seconds > 89 && cfg.wall_seconds < 91);
    fi_intake_config_clear(&cfg);
    remove_conf(path);
}

static void test_config__unknown_key_names_file_and_line(void **state)
{
    (void)state;
    char *path = write_conf("spool = in\n[limits]\nmax_page = 3\n");
    fi_intake_config cfg;
    char *err = NULL;
    assert_int_equal(fi_intake_config_init(&cfg), 0);
    assert_int_equal(fi_intake_config_load(&cfg, path, &err), -1);
    assert_non_null(err);
    char *want = fi_intake_strf("%s:3: unknown setting 'limits.max_page'", path);
    assert_non_null(strstr(err, want));
    free(want);
    free(err);
    fi_intake_config_clear(&cfg);
    remove_conf(path);
}

static void test_config__bad_value_says_what_is_expected(void **state)
{
    (void)state;
    fi_intake_config cfg;
    char *err = NULL;
    assert_int_equal(fi_intake_config_init(&cfg), 0);
    assert_int_equal(fi_intake_config_set(&cfg, "workers", "many", NULL, &err), -1);
    assert_non_null(strstr(err, "workers = many: expected a number"));
    free(err);
    err = NULL;
    assert_int_equal(fi_intake_config_set(&cfg, "watch", "fanotify", NULL, &err), -1);
    assert_non_null(strstr(err, "auto, inotify or poll"));
    free(err);
    err = NULL;
    assert_int_equal(fi_intake_config_set(&cfg, "limits.max_pages", "0", NULL, &err), -1);
    free(err);
    err = NULL;
    assert_int_equal(fi_intake_config_set(&cfg, "spool", "", NULL, &err), -1);
    free(err);
    fi_intake_config_clear(&cfg);
}

static void test_config__missing_file_and_bad_lines(void **state)
{
    (void)state;
    fi_intake_config cfg;
    char *err = NULL;
    assert_int_equal(fi_intake_config_init(&cfg), 0);
    assert_int_equal(fi_intake_config_load(&cfg, "/nonexistent/faxintake.conf", &err), -1);
    assert_non_null(strstr(err, "cannot open the config file /nonexistent/faxintake.conf"));
    free(err);
    err = NULL;
    char *path = write_conf("spool = in\njust words\n");
    assert_int_equal(fi_intake_config_load(&cfg, path, &err), -1);
    assert_non_null(strstr(err, ":2: expected 'key = value'"));
    free(err);
    remove_conf(path);
    fi_intake_config_clear(&cfg);
}

static void test_config__copy_is_deep(void **state)
{
    (void)state;
    fi_intake_config a, b;
    char *err = NULL;
    assert_int_equal(fi_intake_config_init(&a), 0);
    assert_int_equal(fi_intake_config_set(&a, "tessdata", "/opt/tessdata", NULL, &err), 0);
    assert_int_equal(fi_intake_config_copy(&b, &a), 0);
    fi_intake_config_clear(&a);
    assert_string_equal(b.tessdata, "/opt/tessdata");
    assert_ptr_equal(b.ocr.tessdata, b.tessdata);
    assert_string_equal(b.spool, "spool");
    fi_intake_config_clear(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_config__defaults_work_in_the_current_folder),
        cmocka_unit_test(test_config__file_with_sections_and_relative_paths),
        cmocka_unit_test(test_config__unknown_key_names_file_and_line),
        cmocka_unit_test(test_config__bad_value_says_what_is_expected),
        cmocka_unit_test(test_config__missing_file_and_bad_lines),
        cmocka_unit_test(test_config__copy_is_deep),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
