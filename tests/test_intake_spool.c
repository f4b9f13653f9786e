/*
 * test_intake_spool.c: when a dropped file is taken, and where it goes.
 *
 * A half-written file (still open for writing) is not taken even after
 * its quiet time; a locked file (flock, as HylaFAX holds while receiving)
 * waits and is taken once unlocked; a file renamed into the folder is
 * taken at once; temporary names are never taken; a sidecar travels with
 * its document; a claim survives a "crash" (closing without finishing) and
 * is found by the next open with its receive time; the commit note and the
 * content-addressed archive; a second open of the same folders is refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "intake/spool.h"

typedef struct fixture {
    char *dir;
    fi_intake_config cfg;
    fi_spool *spool;
    int waits;           /* on_wait calls */
    char why[256];       /* the last reason given */
} fixture;

static char *path_in(const char *folder, const char *name)
{
    return fi_intake_strf("%s/%s", folder, name);
}

static void write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    assert_int_equal(fclose(fp), 0);
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    char tmpl[] = "/tmp/fi-spool-XXXXXX";
    f->dir = strdup(mkdtemp(tmpl));
    char *err = NULL;
    if (fi_intake_config_init(&f->cfg))
        return -1;
    char *sp = fi_intake_strf("%s/spool", f->dir), *ar = fi_intake_strf("%s/archive", f->dir),
         *qu = fi_intake_strf("%s/quarantine", f->dir);
    if (fi_intake_config_set(&f->cfg, "spool", sp, NULL, &err) ||
        fi_intake_config_set(&f->cfg, "archive", ar, NULL, &err) ||
        fi_intake_config_set(&f->cfg, "quarantine", qu, NULL, &err) ||
        fi_intake_config_set(&f->cfg, "watch", "inotify", NULL, &err) ||
        fi_intake_config_set(&f->cfg, "quiet_seconds", "0.3", NULL, &err) ||
        fi_intake_config_finish(&f->cfg))
        return -1;
    free(sp);
    free(ar);
    free(qu);
    if (fi_spool_open(&f->spool, &f->cfg, &err)) {
        print_error("%s\n", err);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    fi_spool_close(f->spool);
    char *cmd = fi_intake_strf("rm -rf '%s'", f->dir);
    if (system(cmd) != 0)
        print_error("could not remove %s\n", f->dir);
    free(cmd);
    fi_intake_config_clear(&f->cfg);
    free(f->dir);
    free(f);
    return 0;
}

static void on_wait(void *ctx, const char *name, const char *why)
{
    fixture *f = ctx;
    (void)name;
    f->waits++;
    snprintf(f->why, sizeof f->why, "%s", why);
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* Polls the spool for up to ms; returns the claim or NULL. */
static fi_claim *claim_within(fixture *f, long ms)
{
    for (long t = 0; t <= ms; t += 50) {
        char *err = NULL;
        fi_claim *c = NULL;
        fi_spool_read_events(f->spool, &err);
        int rc = fi_spool_claim_next(f->spool, &c, on_wait, f, &err);
        if (rc < 0)
            print_error("claim: %s\n", err);
        free(err);
        assert_true(rc >= 0);
        if (rc == 1)
            return c;
        sleep_ms(50);
    }
    return NULL;
}

static void test_spool__temporary_names_are_ignored(void **state)
{
    (void)state;
    const char *ignored[] = {".hidden.tif", "fax1.tif.part", "scan.PDF.filepart", "a.tmp",
                             "b.temp", "c.crdownload", "d.tif~", "seqf.lck"};
    for (size_t i = 0; i < sizeof ignored / sizeof *ignored; i++)
        assert_true(fi_spool_ignored_name(ignored[i]));
    assert_false(fi_spool_ignored_name("fax000123.tif"));
    assert_false(fi_spool_ignored_name("referral part 2.pdf"));
}

static void test_spool__half_written_file_is_not_taken_early(void **state)
{
    fixture *f = *state;
    char *p = path_in(f->cfg.spool, "slow.pdf");
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "%PDF-1.4 half", 13), 13);
    /* Three times the quiet time without a change, but still open. */
    assert_null(claim_within(f, 1000));
    assert_true(f->waits >= 1);
    assert_non_null(strstr(f->why, "open for writing"));
    assert_int_equal(write(fd, " and the rest", 13), 13);
    close(fd);
    fi_claim *c = claim_within(f, 3000);
    assert_non_null(c);
    assert_string_equal(c->name, "slow.pdf");
    struct stat st;
    assert_int_equal(stat(c->path, &st), 0);
    assert_int_equal(st.st_size, 26);
    assert_int_equal(access(p, F_OK), -1);
    fi_claim_free(c);
    free(p);
}

static void test_spool__locked_file_waits(void **state)
{
    fixture *f = *state;
    char *p = path_in(f->cfg.spool, "fax000001.tif");
    write_file(p, "II*\0 a fax being received");
    int fd = open(p, O_RDONLY);
    assert_true(fd >= 0);
    assert_int_equal(flock(fd, LOCK_EX), 0);
    assert_null(claim_within(f, 1000));
    assert_non_null(strstr(f->why, "locked"));
    flock(fd, LOCK_UN);
    close(fd);
    fi_claim *c = claim_within(f, 3000);
    assert_non_null(c);
    assert_string_equal(c->name, "fax000001.tif");
    fi_claim_free(c);
    free(p);
}

static void test_spool__renamed_in_is_taken_at_once(void **state)
{
    fixture *f = *state;
    char *tmp = path_in(f->cfg.spool, ".fax2.tif.part");
    char *p = path_in(f->cfg.spool, "fax2.tif");
    write_file(tmp, "II*\0 complete");
    assert_null(claim_within(f, 0));  /* a temporary name: never */
    assert_int_equal(rename(tmp, p), 0);
    /* No quiet time: a rename into the folder says the file is whole. */
    fi_claim *c = claim_within(f, 100);
    assert_non_null(c);
    assert_string_equal(c->name, "fax2.tif");
    assert_null(c->sidecar);
    fi_claim_free(c);
    free(tmp);
    free(p);
}

static void test_spool__sidecar_travels_with_its_document(void **state)
{
    fixture *f = *state;
    char *side = path_in(f->cfg.spool, "fax3.json");
    char *tmp = path_in(f->cfg.spool, "fax3.tif.tmp");
    char *p = path_in(f->cfg.spool, "fax3.tif");
    write_file(side, "{\"caller_id\": \"5550100\", \"pages\": 2}");
    write_file(tmp, "II*\0 with a sidecar");
    assert_int_equal(rename(tmp, p), 0);
    fi_claim *c = claim_within(f, 1000);
    assert_non_null(c);
    assert_string_equal(c->name, "fax3.tif");
    assert_non_null(c->sidecar);
    assert_int_equal(access(side, F_OK), -1);
    char *json = NULL, *err = NULL;
    assert_int_equal(fi_spool_read_sidecar(c, &json, &err), 1);
    assert_string_equal(json, "{\"caller_id\":\"5550100\",\"pages\":2}");
    free(json);
    /* The sidecar alone is never a document. */
    assert_null(claim_within(f, 500));
    fi_claim_free(c);
    free(side);
    free(tmp);
    free(p);
}

static void test_spool__claims_survive_a_crash_and_are_archived(void **state)
{
    fixture *f = *state;
    char *tmp = path_in(f->cfg.spool, ".x"), *p = path_in(f->cfg.spool, "order.pdf");
    write_file(tmp, "%PDF-1.4 an order");
    assert_int_equal(rename(tmp, p), 0);
    fi_claim *c = claim_within(f, 1000);
    assert_non_null(c);
    assert_int_equal(strlen(c->received_at), 27);  /* 2024-03-18T10:15:00.123456Z */
    char *id = strdup(c->id), *received = strdup(c->received_at);
    fi_claim_free(c);
    /* "Crash": the spool goes away without finishing; the next one finds
     * the claim, with the same receive time. */
    fi_spool_close(f->spool);
    char *err = NULL;
    assert_int_equal(fi_spool_open(&f->spool, &f->cfg, &err), 0);
    fi_claim **list = NULL;
    size_t n = 0;
    assert_int_equal(fi_spool_recover(f->spool, &list, &n, &err), 0);
    assert_int_equal(n, 1);
    assert_string_equal(list[0]->name, "order.pdf");
    assert_string_equal(list[0]->id, id);
    assert_string_equal(list[0]->received_at, received);
    assert_true(list[0]->recovered);
    /* The note written before a commit is read back whole. */
    char *outcome = NULL, *reason = NULL;
    int existed = 0;
    assert_int_equal(fi_spool_read_mark(f->spool, list[0], &outcome, &existed, &reason), 0);
    assert_int_equal(fi_spool_mark(f->spool, list[0], "quarantine", 2, "corrupt: bad\nxref",
                                   &err), 0);
    assert_int_equal(fi_spool_read_mark(f->spool, list[0], &outcome, &existed, &reason), 1);
    assert_string_equal(outcome, "quarantine");
    assert_int_equal(existed, 2);
    assert_string_equal(reason, "corrupt: bad xref");
    free(outcome);
    free(reason);
    const char *sha = "ab12000000000000000000000000000000000000000000000000000000000000";
    char *dest = NULL;
    assert_int_equal(fi_spool_archive(f->spool, list[0], sha, &dest, &err), 0);
    char *want = fi_intake_strf("%s/ab/%s.pdf", f->cfg.archive, sha);
    assert_string_equal(dest, want);
    assert_int_equal(access(want, F_OK), 0);
    assert_int_equal(access(list[0]->path, F_OK), -1);
    /* The note went with the move. */
    assert_int_equal(fi_spool_read_mark(f->spool, list[0], &outcome, &existed, &reason), 0);
    /* Archiving again (a crash after the move, before the note went) is
     * harmless. */
    free(dest);
    assert_int_equal(fi_spool_archive(f->spool, list[0], sha, &dest, &err), 0);
    free(dest);
    free(want);
    fi_claim_free(list[0]);
    free(list);
    free(id);
    free(received);
    free(tmp);
    free(p);
}

static void test_spool__quarantine_keeps_the_reason(void **state)
{
    fixture *f = *state;
    char *tmp = path_in(f->cfg.spool, ".y"), *p = path_in(f->cfg.spool, "bad.tif");
    write_file(tmp, "not a tiff");
    assert_int_equal(rename(tmp, p), 0);
    fi_claim *c = claim_within(f, 1000);
    assert_non_null(c);
    char *dest = NULL, *err = NULL;
    assert_int_equal(fi_spool_quarantine(f->spool, c, "not_a_document: text", &dest, &err), 0);
    char *why = fi_intake_strf("%s.reason.txt", dest);
    FILE *fp = fopen(why, "r");
    assert_non_null(fp);
    char line[128] = "";
    assert_non_null(fgets(line, sizeof line, fp));
    fclose(fp);
    assert_string_equal(line, "not_a_document: text\n");
    long waiting = -1, inproc = -1, pid = -1;
    assert_int_equal(fi_spool_depth(&f->cfg, &waiting, &inproc, &pid, &err), 0);
    assert_int_equal(waiting, 0);
    assert_int_equal(inproc, 0);
    assert_int_equal(pid, (long)getpid());  /* we hold the lock */
    free(why);
    free(dest);
    fi_claim_free(c);
    free(tmp);
    free(p);
}

static void test_spool__second_open_is_refused(void **state)
{
    fixture *f = *state;
    fi_spool *again = NULL;
    char *err = NULL;
    assert_int_equal(fi_spool_open(&again, &f->cfg, &err), -1);
    assert_null(again);
    assert_non_null(strstr(err, "another faxintake run"));
    free(err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spool__temporary_names_are_ignored),
        cmocka_unit_test_setup_teardown(test_spool__half_written_file_is_not_taken_early, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_spool__locked_file_waits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_spool__renamed_in_is_taken_at_once, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_spool__sidecar_travels_with_its_document, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_spool__claims_survive_a_crash_and_are_archived,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_spool__quarantine_keeps_the_reason, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_spool__second_open_is_refused, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
