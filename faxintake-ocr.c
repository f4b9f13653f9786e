/*
 * faxintake-ocr.c: the commands that decode untrusted files and run
 * Tesseract (ingest, rules, run, status), in a program of their own.
 *
 * Users never call it: `faxintake` execs it for these commands (it lives
 * beside faxintake in the build folder and in libexec/faxintake/ once
 * installed), so that the main program, and with it the review server
 * that faces the network, never loads Tesseract, poppler or libtiff, and
 * the store commands start in a few milliseconds.  Exit statuses are those
 * of faxintake.c.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "intake/ingest.h"
#include "intake/rulestest.h"
#include "intake/daemon.h"
#include "intake/worker.h"
#include "ocr/ocr.h"

static const char INGEST_USAGE[] =
    "usage: faxintake ingest [options] FILE...\n"
    "\n"
    "Reads each fax TIFF, PDF, PNG or JPEG, OCRs it and writes DIR/<stem>.json\n"
    "in the referral contract format, with the words of every page under \"ocr\".\n"
    "\n"
    "  -o, --out DIR          output folder (default: out)\n"
    "  -j, --jobs N           parallel workers (default: one per core)\n"
    "  -r, --rules FILE       extraction rules (default: the built-in rules/default.rules)\n"
    "      --no-ocr-words     leave the per-page words out of the JSON\n"
    "      --db FILE          also record each document in this store (created if\n"
    "                         missing), queued for review\n"
    "      --tessdata DIR     Tesseract model folder (default: the system's)\n"
    "      --max-pages N      refuse documents with more pages (default 200)\n"
    "      --max-page-pixels N refuse pages with more pixels (default 40000000)\n"
    "      --max-file-mb N    refuse larger files (default 100)\n"
    "      --default-dpi N    resolution assumed when a file has none (default 200)\n"
    "  -q, --quiet            no progress line even on a terminal\n"
    "  -h, --help             this text\n"
    "\n"
    "Exit status: 0 when every document was read, 1 when any failed (each is\n"
    "named on stderr with the reason), 2 on bad usage.\n";

static int parse_positive(const char *s, long *out)
{
    char *end = NULL;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v <= 0)
        return -1;
    *out = v;
    return 0;
}

/* Loads the rules at path, or the built-in ones; prints why not. */
static int load_rules(const char *path, fi_rules **out, const char *cmd)
{
    char *err = NULL;
    int rc = fi_rules_open(out, path, &err);
    if (rc) {
        fprintf(stderr, "faxintake %s: %s\n", cmd, err ? err : "cannot load the rules");
        free(err);
    }
    return rc;
}

static int cmd_ingest(int argc, char **argv)
{
    enum { OPT_NO_WORDS = 256, OPT_TESSDATA, OPT_MAX_PAGES, OPT_MAX_PIXELS, OPT_MAX_MB, OPT_DPI,
           OPT_DB };
    static const struct option longopts[] = {
        {"out", required_argument, NULL, 'o'},
        {"rules", required_argument, NULL, 'r'},
        {"jobs", required_argument, NULL, 'j'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"no-ocr-words", no_argument, NULL, OPT_NO_WORDS},
        {"tessdata", required_argument, NULL, OPT_TESSDATA},
        {"max-pages", required_argument, NULL, OPT_MAX_PAGES},
        {"max-page-pixels", required_argument, NULL, OPT_MAX_PIXELS},
        {"max-file-mb", required_argument, NULL, OPT_MAX_MB},
        {"default-dpi", required_argument, NULL, OPT_DPI},
        {"db", required_argument, NULL, OPT_DB},
        {NULL, 0, NULL, 0},
    };
    fi_ingest_options opt = {.outdir = "out", .with_ocr = 1, .progress = isatty(STDERR_FILENO)};
    fi_ocr_options_init(&opt.ocr);
    int c;
    long v = 0;
    const char *rules_path = NULL;
    while ((c = getopt_long(argc, argv, "o:r:j:qh", longopts, NULL)) != -1) {
        int bad = 0;
        switch (c) {
        case 'o': opt.outdir = optarg; break;
        case 'r': rules_path = optarg; break;
        case 'j': bad = parse_positive(optarg, &v); opt.jobs = (int)v; break;
        case 'q': opt.progress = 0; break;
        case 'h': fputs(INGEST_USAGE, stdout); return 0;
        case OPT_NO_WORDS: opt.with_ocr = 0; break;
        case OPT_TESSDATA: opt.ocr.tessdata = optarg; break;
        case OPT_MAX_PAGES: bad = parse_positive(optarg, &v); opt.ocr.max_pages = (int)v; break;
        case OPT_MAX_PIXELS: bad = parse_positive(optarg, &v); opt.ocr.max_page_pixels = v; break;
        case OPT_MAX_MB: bad = parse_positive(optarg, &v); opt.ocr.max_file_bytes = v << 20; break;
        case OPT_DPI: bad = parse_positive(optarg, &v); opt.ocr.default_dpi = (int)v; break;
        case OPT_DB: opt.db = optarg; break;
        default: fputs(INGEST_USAGE, stderr); return 2;
        }
        if (bad) {
            fprintf(stderr, "faxintake ingest: %s needs a positive number, not '%s'\n",
                    argv[optind - 1], optarg);
            return 2;
        }
    }
    if (optind >= argc) {
        fputs("faxintake ingest: no input files\n", stderr);
        fputs(INGEST_USAGE, stderr);
        return 2;
    }
    char *err = NULL;
    fi_rules *rules = NULL;
    if (load_rules(rules_path, &rules, "ingest"))
        return 2;
    opt.rules = rules;
    /* the review screen shows the pages beside the fields */
    opt.ocr.page_images = opt.db != NULL;
    int failed = fi_ingest_run(&opt, argv + optind, argc - optind, stderr, &err);
    fi_rules_free(rules);
    if (failed < 0) {
        fprintf(stderr, "faxintake ingest: %s\n", err ? err : "cannot start");
        free(err);
        return 2;
    }
    return failed ? 1 : 0;
}

static const char RULES_USAGE[] =
    "usage: faxintake rules check [FILE]\n"
    "       faxintake rules test --truth DIR [options] DOC...\n"
    "       faxintake rules test --reviewed [--db FILE] [--rules FILE] [--errors]\n"
    "\n"
    "check: loads FILE (default: the built-in rules) and reports its errors with\n"
    "file:line, or 'ok' and how many rules it holds.\n"
    "\n"
    "test: runs the rules over each DOC and prints per-field accuracy against\n"
    "DIR/<stem>.json (truth files in the format of CONTRACT.md), completeness\n"
    "agreement, and the time spent on OCR and on extraction.  The words of each\n"
    "document are cached under the SHA-256 of the file, so a run after a change\n"
    "of rules only re-extracts.\n"
    "\n"
    "test --reviewed: scores the rules against the store's reviewed documents\n"
    "instead (their stored words; the reviewers' accepted values as the truth).\n"
    "\n"
    "  -t, --truth DIR        truth files (required)\n"
    "  -r, --rules FILE       rules to test (default: the built-in rules)\n"
    "      --cache DIR        OCR cache (default: $XDG_CACHE_HOME/faxintake/ocr\n"
    "                         or ~/.cache/faxintake/ocr)\n"
    "  -j, --jobs N           parallel OCR workers for uncached documents\n"
    "                         (default: one per core)\n"
    "  -v, --errors           list every wrong field with its expected and found value\n"
    "      --explain          print each document's page roles, rows (label starts\n"
    "                         marked with \u00bb) and candidate values before the scores\n"
    "  -q, --quiet            no progress line even on a terminal\n"
    "  -h, --help             this text\n"
    "\n"
    "Exit status: 0 when the run completed (whatever the accuracy), 1 when some\n"
    "document could not be read (named on stderr, scored as all missed), 2 on bad\n"
    "usage or rules that do not load.\n";

static int cmd_rules_check(int argc, char **argv)
{
    if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
        if (argc == 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
            fputs(RULES_USAGE, stdout);
            return 0;
        }
        fputs(RULES_USAGE, stderr);
        return 2;
    }
    char *err = NULL;
    if (fi_rules_check(argc == 2 ? argv[1] : NULL, stdout, &err)) {
        fprintf(stderr, "faxintake rules check: %s\n", err ? err : "cannot load the rules");
        free(err);
        return 2;
    }
    return 0;
}

static int cmd_rules_test(int argc, char **argv)
{
    /* --repeat N (not in the usage: for bench/extract_speed.sh) runs the
     * extraction N times over the same words for a steadier timing. */
    enum { OPT_CACHE = 256, OPT_REPEAT, OPT_EXPLAIN };
    static const struct option longopts[] = {
        {"truth", required_argument, NULL, 't'},
        {"explain", no_argument, NULL, OPT_EXPLAIN},
        {"rules", required_argument, NULL, 'r'},
        {"jobs", required_argument, NULL, 'j'},
        {"errors", no_argument, NULL, 'v'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"cache", required_argument, NULL, OPT_CACHE},
        {"repeat", required_argument, NULL, OPT_REPEAT},
        {NULL, 0, NULL, 0},
    };
    fi_rulestest_options opt = {.progress = isatty(STDERR_FILENO)};
    fi_ocr_options_init(&opt.ocr);
    const char *rules_path = NULL;
    long v = 0;
    int c;
    while ((c = getopt_long(argc, argv, "t:r:j:vqh", longopts, NULL)) != -1) {
        int bad = 0;
        switch (c) {
        case 't': opt.truth_dir = optarg; break;
        case 'r': rules_path = optarg; break;
        case 'j': bad = parse_positive(optarg, &v); opt.jobs = (int)v; break;
        case 'v': opt.show_errors = 1; break;
        case 'q': opt.progress = 0; break;
        case 'h': fputs(RULES_USAGE, stdout); return 0;
        case OPT_CACHE: opt.cache_dir = optarg; break;
        case OPT_REPEAT: bad = parse_positive(optarg, &v); opt.repeat = (int)v; break;
        case OPT_EXPLAIN: opt.explain = 1; break;
        default: fputs(RULES_USAGE, stderr); return 2;
        }
        if (bad) {
            fprintf(stderr, "faxintake rules test: %s needs a positive number, not '%s'\n",
                    argv[optind - 1], optarg);
            return 2;
        }
    }
    if (!opt.truth_dir) {
        fputs("faxintake rules test: --truth DIR is required\n", stderr);
        return 2;
    }
    if (optind >= argc) {
        fputs("faxintake rules test: no documents\n", stderr);
        return 2;
    }
    fi_rules *rules = NULL;
    if (load_rules(rules_path, &rules, "rules test"))
        return 2;
    opt.rules = rules;
    char *err = NULL;
    int failed = fi_rulestest_run(&opt, argv + optind, argc - optind, stdout, stderr, &err);
    fi_rules_free(rules);
    if (failed < 0) {
        fprintf(stderr, "faxintake rules test: %s\n", err ? err : "cannot start");
        free(err);
        return 2;
    }
    return failed ? 1 : 0;
}

static int cmd_rules(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "check") == 0)
        return cmd_rules_check(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "test") == 0) {
        for (int i = 2; i < argc; i++)
            if (strcmp(argv[i], "--reviewed") == 0) {
                fputs("faxintake rules test --reviewed: run it as `faxintake rules test "
                      "--reviewed`\n", stderr);
                return 2;
            }
        return cmd_rules_test(argc - 1, argv + 1);
    }
    if (argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        fputs(RULES_USAGE, stdout);
        return 0;
    }
    fputs(RULES_USAGE, stderr);
    return 2;
}

static const char RUN_USAGE[] =
    "usage: faxintake run [options]\n"
    "\n"
    "Watches the spool folder day and night: every file a fax server or scanner\n"
    "puts there ends, once, as a document in the store (the file archived by its\n"
    "SHA-256) or in quarantine with its reason.  Logs one line per event on\n"
    "stderr.  SIGTERM or SIGINT: stop (documents in hand may finish); SIGHUP:\n"
    "reload the config and the rules (a bad file is logged and the old kept).\n"
    "\n"
    "  -c, --config FILE      settings file (see the README, \"Daemon\"); without\n"
    "                         one, everything lives in the current folder\n"
    "  -s, --spool DIR        drop folder (default: spool)\n"
    "  -d, --db FILE          the store (default: faxintake.db)\n"
    "  -j, --workers N        OCR reader processes (default: one per core)\n"
    "  -h, --help             this text\n"
    "\n"
    "Exit status: 0 after a clean stop, 2 when it cannot start (the reason is on\n"
    "stderr: a bad config or rules file, a folder or database that cannot be\n"
    "opened, another daemon on the same folders, a Tesseract model missing).\n";

static int cmd_run(int argc, char **argv)
{
    enum { OPT_WORKER_FD = 256 };
    static const struct option longopts[] = {
        {"config", required_argument, NULL, 'c'},
        {"spool", required_argument, NULL, 's'},
        {"db", required_argument, NULL, 'd'},
        {"workers", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        /* Not in the usage: how the daemon starts its reader processes. */
        {"worker-fd", required_argument, NULL, OPT_WORKER_FD},
        {NULL, 0, NULL, 0},
    };
    fi_daemon_options opt = {.exe = "/proc/self/exe"};
    long v = 0;
    int c;
    while ((c = getopt_long(argc, argv, "c:s:d:j:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'c': opt.config = optarg; break;
        case 's': opt.spool = optarg; break;
        case 'd': opt.db = optarg; break;
        case 'j':
            if (parse_positive(optarg, &v) || v > 256) {
                fprintf(stderr, "faxintake run: --workers needs a number from 1 to 256, not "
                                "'%s'\n", optarg);
                return 2;
            }
            opt.workers = (int)v;
            break;
        case 'h': fputs(RUN_USAGE, stdout); return 0;
        case OPT_WORKER_FD:
            if (parse_positive(optarg, &v) || v > 1024)
                return 2;
            return fi_worker_main((int)v);
        default: fputs(RUN_USAGE, stderr); return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "faxintake run: unexpected argument '%s'\n", argv[optind]);
        fputs(RUN_USAGE, stderr);
        return 2;
    }
    char *err = NULL;
    if (fi_daemon_run(&opt, stderr, &err)) {
        fprintf(stderr, "faxintake run: %s\n", err ? err : "cannot start");
        free(err);
        return 2;
    }
    return 0;
}

static const char STATUS_USAGE[] =
    "usage: faxintake status [options]\n"
    "\n"
    "Shows the state of the intake (the daemon need not be running): whether the\n"
    "daemon runs, files waiting and claimed, documents and pages today, pages per\n"
    "minute over the last 10 minutes, and the newest quarantined files with their\n"
    "reasons.\n"
    "\n"
    "  -c, --config FILE      settings file, as given to `faxintake run`\n"
    "  -s, --spool DIR        drop folder (default: spool)\n"
    "  -d, --db FILE          the store (default: faxintake.db)\n"
    "  -n, --quarantined N    quarantined files to list (default 20)\n"
    "  -h, --help             this text\n";

static int cmd_status(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"config", required_argument, NULL, 'c'},
        {"spool", required_argument, NULL, 's'},
        {"db", required_argument, NULL, 'd'},
        {"quarantined", required_argument, NULL, 'n'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    fi_daemon_options opt = {.exe = "/proc/self/exe"};
    long v = 20;
    int c;
    while ((c = getopt_long(argc, argv, "c:s:d:n:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'c': opt.config = optarg; break;
        case 's': opt.spool = optarg; break;
        case 'd': opt.db = optarg; break;
        case 'n':
            if (parse_positive(optarg, &v)) {
                fprintf(stderr, "faxintake status: -n needs a positive number, not '%s'\n",
                        optarg);
                return 2;
            }
            break;
        case 'h': fputs(STATUS_USAGE, stdout); return 0;
        default: fputs(STATUS_USAGE, stderr); return 2;
        }
    }
    char *err = NULL;
    if (fi_daemon_status(&opt, (int)v, stdout, &err)) {
        fprintf(stderr, "faxintake status: %s\n", err ? err : "failed");
        free(err);
        return 2;
    }
    return 0;
}


typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
} command;

static const command COMMANDS[] = {
    {"ingest", cmd_ingest},
    {"rules", cmd_rules},
    {"run", cmd_run},
    {"status", cmd_status},
};

int main(int argc, char **argv)
{
    /* faxintake sets OMP_THREAD_LIMIT=1 before exec; this covers a direct
     * call (see ocr.h). */
    if (fi_ocr_pin_threads(argv) != 0) {
        fputs("faxintake: cannot set OMP_THREAD_LIMIT=1; set it in the environment\n", stderr);
        return 2;
    }
    for (size_t i = 0; argc >= 2 && i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        if (strcmp(argv[1], COMMANDS[i].name) == 0)
            return COMMANDS[i].run(argc - 1, argv + 1);
    fputs("faxintake-ocr: run through faxintake (faxintake --help lists the commands)\n", stderr);
    return 2;
}
