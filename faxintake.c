/*
 * faxintake.c: the command line.  A thin dispatcher: it parses options,
 * calls one module, and maps its result to an exit status:
 *   0  everything asked for was done
 *   1  some input failed (each failure was named on stderr)
 *   2  bad usage or set-up (nothing was done)
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
#include "queue/store.h"

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
    int ocr;                  /* 1: may run Tesseract (OpenMP must be pinned first) */
} command;

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
    int rc = path ? fi_rules_load(out, path, &err) : fi_rules_default(out, &err);
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

/* In the store section below. */
static int cmd_rules_test_reviewed(int argc, char **argv);

static int cmd_rules(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "check") == 0)
        return cmd_rules_check(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "test") == 0) {
        for (int i = 2; i < argc; i++)
            if (strcmp(argv[i], "--reviewed") == 0)
                return cmd_rules_test_reviewed(argc - 1, argv + 1);
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

/* ------------------------------------------------- the store and queue */

static const char STORE_USAGE[] =
    "usage: faxintake queue list [--json] [--limit N] [--offset N]\n"
    "       faxintake queue next --as USER [--json]\n"
    "       faxintake queue release DOC --as USER\n"
    "       faxintake show DOC [--json]\n"
    "       faxintake set DOC FIELD=VALUE... --as USER\n"
    "       faxintake accept|reject|needs-info DOC [--reason TEXT] --as USER\n"
    "       faxintake referral REF STATUS [--date D] [--reason TEXT] --as USER\n"
    "       faxintake unlink DOC --as USER\n"
    "       faxintake link DOC REF --as USER\n"
    "       faxintake reextract [--rules FILE] (--all | DOC...)\n"
    "       faxintake export (REF... | --since T) [--format json|fhir|hl7v2] [--out DIR]\n"
    "                        --as USER\n"
    "       faxintake report referrers [--weeks N] [--csv]\n"
    "       faxintake report queue\n"
    "       faxintake audit verify\n"
    "       faxintake audit log [--after N] [--limit N]\n"
    "       faxintake rules test --reviewed [--rules FILE] [--errors]\n"
    "\n"
    "The review queue and the referral store.  DOC is a document id (one review\n"
    "item per document), REF a referral id (a referral gathers the documents of\n"
    "one patient's referral); `queue list` and `show` give both.\n"
    "\n"
    "  -d, --db FILE       the store (default: $FAXINTAKE_DB, else faxintake.db)\n"
    "      --as USER       who acts (default: $FAXINTAKE_USER); every change is audited\n"
    "      --json          JSON instead of a table\n"
    "      --reason TEXT   why (required to reject and for needs-info)\n"
    "      --date D        when a status change happened, or the appointment date\n"
    "      --format F      export format: json (default), fhir (R4 Bundle), hl7v2 (REF^I12)\n"
    "      --out DIR       outbound folder for export (default: outbound)\n"
    "      --since T       export the referrals accepted or further along changed since T\n"
    "  -r, --rules FILE    rules for reextract and rules test (default: built-in)\n"
    "\n"
    "Statuses: received, in_review, needs_info, accepted, scheduled, completed,\n"
    "closed, rejected, duplicate.  FIELD is a field of the contract; VALUE is\n"
    "validated and normalized as extraction would; FIELD= (empty) records that the\n"
    "document does not carry it.\n"
    "\n"
    "Exit status: 0 done; 1 refused (a value that does not validate, an item\n"
    "claimed by someone else, an illegal transition, a broken audit chain; the\n"
    "reason is on stderr); 2 bad usage or a store that cannot be opened.\n";

typedef struct store_opts {
    const char *db, *user, *reason, *date, *out, *format, *since, *rules;
    int json, all, csv, errors, reviewed;
    long weeks, limit, offset, after;
    int nargs;
    char **args;               /* the words after the options */
} store_opts;

/* Parses the options of a store command; allowed names the long options
 * the command takes (",db,as,json,").  Returns 0, 1 after --help, 2 on bad
 * usage (said on stderr). */
static int store_parse(int argc, char **argv, const char *cmd, const char *allowed,
                       store_opts *o)
{
    enum { O_AS = 256, O_JSON, O_REASON, O_DATE, O_OUT, O_FORMAT, O_SINCE, O_ALL, O_CSV,
           O_WEEKS, O_LIMIT, O_OFFSET, O_AFTER, O_REVIEWED, O_ERRORS };
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},        {"as", required_argument, NULL, O_AS},
        {"json", no_argument, NULL, O_JSON},         {"reason", required_argument, NULL, O_REASON},
        {"date", required_argument, NULL, O_DATE},   {"out", required_argument, NULL, O_OUT},
        {"format", required_argument, NULL, O_FORMAT},
        {"since", required_argument, NULL, O_SINCE}, {"all", no_argument, NULL, O_ALL},
        {"csv", no_argument, NULL, O_CSV},           {"weeks", required_argument, NULL, O_WEEKS},
        {"limit", required_argument, NULL, O_LIMIT}, {"offset", required_argument, NULL, O_OFFSET},
        {"after", required_argument, NULL, O_AFTER}, {"rules", required_argument, NULL, 'r'},
        {"reviewed", no_argument, NULL, O_REVIEWED}, {"errors", no_argument, NULL, O_ERRORS},
        {"help", no_argument, NULL, 'h'},            {NULL, 0, NULL, 0},
    };
    memset(o, 0, sizeof *o);
    o->db = getenv("FAXINTAKE_DB");
    o->user = getenv("FAXINTAKE_USER");
    o->weeks = 8;
    o->limit = 50;
    int c, idx = -1;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:r:h", longopts, &idx)) != -1) {
        const char *name = NULL;
        for (int i = 0; longopts[i].name; i++)
            if (longopts[i].val == c)
                name = longopts[i].name;
        char key[32];
        snprintf(key, sizeof key, ",%s,", name ? name : "?");
        if (c == 'h') {
            fputs(STORE_USAGE, stdout);
            return 1;
        }
        if (c == '?' || !strstr(allowed, key)) {
            if (c != '?')
                fprintf(stderr, "faxintake %s: --%s does not apply here\n", cmd, name);
            fprintf(stderr, "'faxintake %s --help' lists the options\n", cmd);
            return 2;
        }
        long *num = NULL;
        switch (c) {
        case 'd': o->db = optarg; break;
        case 'r': o->rules = optarg; break;
        case O_AS: o->user = optarg; break;
        case O_JSON: o->json = 1; break;
        case O_REASON: o->reason = optarg; break;
        case O_DATE: o->date = optarg; break;
        case O_OUT: o->out = optarg; break;
        case O_FORMAT: o->format = optarg; break;
        case O_SINCE: o->since = optarg; break;
        case O_ALL: o->all = 1; break;
        case O_CSV: o->csv = 1; break;
        case O_REVIEWED: o->reviewed = 1; break;
        case O_ERRORS: o->errors = 1; break;
        case O_WEEKS: num = &o->weeks; break;
        case O_LIMIT: num = &o->limit; break;
        case O_OFFSET: num = &o->offset; break;
        case O_AFTER: num = &o->after; break;
        default: return 2;
        }
        if (num) {
            char *end = NULL;
            long v = strtol(optarg, &end, 10);
            if (!*optarg || *end || v < 0) {
                fprintf(stderr, "faxintake %s: --%s needs a number, not '%s'\n", cmd, name,
                        optarg);
                return 2;
            }
            *num = v;
        }
    }
    o->args = argv + optind;
    o->nargs = argc - optind;
    if (strstr(allowed, ",as,") && (!o->user || !*o->user)) {
        fprintf(stderr, "faxintake %s: say who you are with --as USER (or set FAXINTAKE_USER): "
                        "every change is audited under a name\n", cmd);
        return 2;
    }
    return 0;
}

/* An id on the command line: a positive whole number. */
static int parse_id(const char *cmd, const char *what, const char *text, long long *id)
{
    char *end = NULL;
    long long v = strtoll(text, &end, 10);
    if (!*text || *end || v <= 0) {
        fprintf(stderr, "faxintake %s: '%s' is not a %s id (a number, as `faxintake queue "
                        "list` shows)\n", cmd, text, what);
        return -1;
    }
    *id = v;
    return 0;
}

/* Opens the store named by --db / $FAXINTAKE_DB / faxintake.db.  Reading
 * commands do not create an empty store where there is none. */
static fi_store *open_store(const store_opts *o, const char *cmd, int create)
{
    const char *path = o->db && *o->db ? o->db : "faxintake.db";
    fi_store *store = NULL;
    char *err = NULL;
    if (!create && access(path, F_OK) != 0) {
        fprintf(stderr, "faxintake %s: no store %s here; give --db FILE or set FAXINTAKE_DB "
                        "(`faxintake ingest --db FILE` or `faxintake run` create one)\n",
                cmd, path);
        return NULL;
    }
    if (fi_store_open(&store, path, &err)) {
        fprintf(stderr, "faxintake %s: %s\n", cmd, err ? err : "cannot open the store");
        free(err);
        return NULL;
    }
    return store;
}

/* Prints err for cmd and gives the exit status of a refused request. */
static int refused(const char *cmd, char *err)
{
    fprintf(stderr, "faxintake %s: %s\n", cmd, err ? err : "failed");
    free(err);
    return 1;
}

static int print_show(fi_store *store, long long id, int json, const char *cmd)
{
    char *err = NULL, *text = NULL;
    int rc = json ? fi_store_show_json(store, id, &text, &err)
                  : fi_store_print_show(store, id, stdout, &err);
    if (rc)
        return refused(cmd, err);
    if (text)
        puts(text);
    free(text);
    return 0;
}

static int cmd_queue(int argc, char **argv)
{
    store_opts o;
    const char *sub = argc >= 2 ? argv[1] : "";
    int is_list = !strcmp(sub, "list"), is_next = !strcmp(sub, "next");
    int is_release = !strcmp(sub, "release");
    if (!is_list && !is_next && !is_release) {
        if (!strcmp(sub, "-h") || !strcmp(sub, "--help")) {
            fputs(STORE_USAGE, stdout);
            return 0;
        }
        fputs(STORE_USAGE, stderr);
        return 2;
    }
    int rc = store_parse(argc - 1, argv + 1, "queue",
                         is_list ? ",db,json,limit,offset," : ",db,as,json,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    if ((is_release && o.nargs != 1) || (!is_release && o.nargs != 0)) {
        fputs(STORE_USAGE, stderr);
        return 2;
    }
    long long id = 0;
    if (is_release && parse_id("queue release", "document", o.args[0], &id))
        return 2;
    fi_store *store = open_store(&o, "queue", 0);
    char *err = NULL, *json = NULL;
    if (!store)
        return 2;
    if (is_list) {
        rc = o.json ? fi_store_queue_json(store, o.offset, o.limit, &json, &err)
                    : fi_store_print_queue(store, o.offset, o.limit, stdout, &err);
        rc = rc ? refused("queue list", err) : 0;
        if (json)
            puts(json);
    } else if (is_release) {
        rc = fi_store_release(store, id, o.user, &err) ? refused("queue release", err) : 0;
        if (!rc)
            printf("document %lld is back in the queue\n", id);
    } else {
        int got = fi_store_queue_next(store, o.user, &id, &err);
        if (got < 0)
            rc = refused("queue next", err);
        else if (got == 0)
            puts(o.json ? "null" : "nothing is waiting for review");
        else
            rc = print_show(store, id, o.json, "queue next");
    }
    free(json);
    fi_store_close(store);
    return rc;
}

static int cmd_show(int argc, char **argv)
{
    store_opts o;
    long long id;
    int rc = store_parse(argc, argv, "show", ",db,json,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    if (o.nargs != 1) {
        fputs("usage: faxintake show DOC [--json] [--db FILE]\n", stderr);
        return 2;
    }
    if (parse_id("show", "document", o.args[0], &id))
        return 2;
    fi_store *store = open_store(&o, "show", 0);
    if (!store)
        return 2;
    rc = print_show(store, id, o.json, "show");
    fi_store_close(store);
    return rc;
}

static int cmd_set(int argc, char **argv)
{
    store_opts o;
    long long id;
    int rc = store_parse(argc, argv, "set", ",db,as,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    if (o.nargs < 2) {
        fputs("usage: faxintake set DOC FIELD=VALUE... --as USER [--db FILE]\n", stderr);
        return 2;
    }
    if (parse_id("set", "document", o.args[0], &id))
        return 2;
    fi_store *store = open_store(&o, "set", 0);
    char *err = NULL;
    if (!store)
        return 2;
    if (fi_store_set_fields(store, id, o.user, o.args + 1, o.nargs - 1, &err)) {
        rc = refused("set", err);
    } else {
        for (int i = 1; i < o.nargs; i++)
            printf("document %lld: %s\n", id, o.args[i]);
    }
    fi_store_close(store);
    return rc;
}

/* accept, reject and needs-info */
static int decide(int argc, char **argv, const char *cmd, fi_decision d)
{
    store_opts o;
    long long id;
    int rc = store_parse(argc, argv, cmd, ",db,as,reason,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    if (o.nargs != 1) {
        fprintf(stderr, "usage: faxintake %s DOC [--reason TEXT] --as USER [--db FILE]\n", cmd);
        return 2;
    }
    if (parse_id(cmd, "document", o.args[0], &id))
        return 2;
    fi_store *store = open_store(&o, cmd, 0);
    char *err = NULL, *note = NULL;
    if (!store)
        return 2;
    if (fi_store_decide(store, id, o.user, d, o.reason, &note, &err))
        rc = refused(cmd, err);
    else
        printf("document %lld: %s\n", id, note ? note : "done");
    free(note);
    fi_store_close(store);
    return rc;
}

static int cmd_accept(int argc, char **argv)
{
    return decide(argc, argv, "accept", FI_DECIDE_ACCEPT);
}

static int cmd_reject(int argc, char **argv)
{
    return decide(argc, argv, "reject", FI_DECIDE_REJECT);
}

static int cmd_needs_info(int argc, char **argv)
{
    return decide(argc, argv, "needs-info", FI_DECIDE_NEEDS_INFO);
}

static int cmd_referral(int argc, char **argv)
{
    store_opts o;
    long long id;
    int rc = store_parse(argc, argv, "referral", ",db,as,date,reason,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    if (o.nargs != 2) {
        fputs("usage: faxintake referral REF STATUS [--date D] [--reason TEXT] --as USER\n",
              stderr);
        return 2;
    }
    if (parse_id("referral", "referral", o.args[0], &id))
        return 2;
    fi_store *store = open_store(&o, "referral", 0);
    char *err = NULL;
    if (!store)
        return 2;
    if (fi_store_referral_status(store, id, o.args[1], o.date, o.reason, o.user, &err))
        rc = refused("referral", err);
    else
        printf("referral %lld is now %s\n", id, o.args[1]);
    fi_store_close(store);
    return rc;
}

static int cmd_unlink(int argc, char **argv)
{
    store_opts o;
    long long id, ref = 0;
    int rc = store_parse(argc, argv, "unlink", ",db,as,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    if (o.nargs != 1 || parse_id("unlink", "document", o.args[0], &id)) {
        fputs("usage: faxintake unlink DOC --as USER [--db FILE]\n", stderr);
        return 2;
    }
    fi_store *store = open_store(&o, "unlink", 0);
    char *err = NULL;
    if (!store)
        return 2;
    if (fi_store_unlink(store, id, o.user, &ref, &err))
        rc = refused("unlink", err);
    else
        printf("document %lld now has its own referral %lld\n", id, ref);
    fi_store_close(store);
    return rc;
}

static int cmd_link(int argc, char **argv)
{
    store_opts o;
    long long id, ref;
    int rc = store_parse(argc, argv, "link", ",db,as,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    if (o.nargs != 2 || parse_id("link", "document", o.args[0], &id) ||
        parse_id("link", "referral", o.args[1], &ref)) {
        fputs("usage: faxintake link DOC REF --as USER [--db FILE]\n", stderr);
        return 2;
    }
    fi_store *store = open_store(&o, "link", 0);
    char *err = NULL;
    if (!store)
        return 2;
    if (fi_store_link(store, id, ref, o.user, &err))
        rc = refused("link", err);
    else
        printf("document %lld is now in referral %lld\n", id, ref);
    fi_store_close(store);
    return rc;
}

static int cmd_reextract(int argc, char **argv)
{
    store_opts o;
    int rc = store_parse(argc, argv, "reextract", ",db,rules,all,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    if (o.all == (o.nargs > 0)) {
        fputs("usage: faxintake reextract [--rules FILE] (--all | DOC...) [--db FILE]\n", stderr);
        return 2;
    }
    long long *ids = calloc((size_t)o.nargs + 1, sizeof *ids);
    if (!ids)
        return 2;
    for (int i = 0; i < o.nargs; i++)
        if (parse_id("reextract", "document", o.args[i], &ids[i])) {
            free(ids);
            return 2;
        }
    fi_rules *rules = NULL;
    fi_store *store = NULL;
    char *err = NULL;
    fi_reextract_stats st;
    if (load_rules(o.rules, &rules, "reextract") || !(store = open_store(&o, "reextract", 0))) {
        rc = 2;
    } else if (fi_store_reextract(store, rules, ids, (size_t)o.nargs, stdout, &st, &err)) {
        rc = refused("reextract", err);
    } else {
        printf("re-extracted %lld document(s): %lld value(s) changed in %lld document(s); "
               "%lld value(s) set by a person kept\n", st.documents, st.changed_fields,
               st.changed_docs, st.kept_person);
    }
    fi_store_close(store);
    fi_rules_free(rules);
    free(ids);
    return rc;
}

/* `rules test --reviewed`: the reviewers' values are the truth. */
static int cmd_rules_test_reviewed(int argc, char **argv)
{
    store_opts o;
    int rc = store_parse(argc, argv, "rules test", ",db,rules,reviewed,errors,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    if (o.nargs) {
        fputs("faxintake rules test: --reviewed scores the store's reviewed documents; give no "
              "files\n", stderr);
        return 2;
    }
    fi_rules *rules = NULL;
    fi_store *store = NULL;
    char *err = NULL;
    if (load_rules(o.rules, &rules, "rules test") || !(store = open_store(&o, "rules test", 0)))
        rc = 2;
    else if (fi_store_rules_test(store, rules, o.errors, stdout, &err) < 0)
        rc = refused("rules test", err);
    fi_store_close(store);
    fi_rules_free(rules);
    return rc;
}

static int cmd_export(int argc, char **argv)
{
    store_opts o;
    int rc = store_parse(argc, argv, "export", ",db,as,format,out,since,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    fi_export_format fmt = FI_EXPORT_JSON;
    if (o.format && fi_export_format_parse(o.format, &fmt)) {
        fprintf(stderr, "faxintake export: unknown format '%s' (json, fhir or hl7v2)\n",
                o.format);
        return 2;
    }
    if (!o.since == !o.nargs) {
        fputs("usage: faxintake export (REF... | --since T) [--format json|fhir|hl7v2] "
              "[--out DIR] --as USER\n", stderr);
        return 2;
    }
    long long *ids = calloc((size_t)o.nargs + 1, sizeof *ids);
    if (!ids)
        return 2;
    for (int i = 0; i < o.nargs; i++)
        if (parse_id("export", "referral", o.args[i], &ids[i])) {
            free(ids);
            return 2;
        }
    const char *out = o.out ? o.out : "outbound";
    fi_store *store = open_store(&o, "export", 0);
    char *err = NULL;
    if (!store) {
        free(ids);
        return 2;
    }
    if (o.since) {
        long long n = 0;
        if (fi_store_export_since(store, o.since, fmt, out, o.user, stdout, &n, &err))
            rc = refused("export", err);
        else if (n == 0)
            fprintf(stderr, "faxintake export: no referral accepted or further along changed "
                            "since %s\n", o.since);
    }
    for (int i = 0; !rc && i < o.nargs; i++) {
        char *path = NULL;
        if (fi_store_export(store, ids[i], fmt, out, o.user, &path, &err))
            rc = refused("export", err);
        else
            puts(path);
        free(path);
    }
    fi_store_close(store);
    free(ids);
    return rc;
}

static int cmd_report(int argc, char **argv)
{
    store_opts o;
    const char *sub = argc >= 2 ? argv[1] : "";
    int referrers = !strcmp(sub, "referrers"), queue = !strcmp(sub, "queue");
    if (!referrers && !queue) {
        int help = !strcmp(sub, "-h") || !strcmp(sub, "--help");
        fputs(STORE_USAGE, help ? stdout : stderr);
        return help ? 0 : 2;
    }
    int rc = store_parse(argc - 1, argv + 1, "report", referrers ? ",db,weeks,csv," : ",db,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    if (o.nargs) {
        fputs(STORE_USAGE, stderr);
        return 2;
    }
    fi_store *store = open_store(&o, "report", 0);
    char *err = NULL;
    if (!store)
        return 2;
    rc = referrers ? fi_store_report_referrers(store, (int)o.weeks, o.csv, stdout, &err)
                   : fi_store_report_queue(store, stdout, &err);
    rc = rc ? refused("report", err) : 0;
    fi_store_close(store);
    return rc;
}

static int cmd_audit(int argc, char **argv)
{
    store_opts o;
    const char *sub = argc >= 2 ? argv[1] : "";
    int verify = !strcmp(sub, "verify"), log = !strcmp(sub, "log");
    if (!verify && !log) {
        int help = !strcmp(sub, "-h") || !strcmp(sub, "--help");
        fputs(STORE_USAGE, help ? stdout : stderr);
        return help ? 0 : 2;
    }
    int rc = store_parse(argc - 1, argv + 1, "audit", verify ? ",db," : ",db,after,limit,", &o);
    if (rc)
        return rc == 1 ? 0 : 2;
    fi_store *store = open_store(&o, "audit", 0);
    char *err = NULL, *json = NULL;
    if (!store)
        return 2;
    if (verify) {
        long long rows = 0;
        char head[65];
        int v = fi_store_audit_verify(store, &rows, head, &err);
        if (v == 0)
            printf("audit log intact: %lld rows, last hash %s\n", rows, head);
        else
            rc = refused("audit verify", err);
    } else if (fi_store_audit_json(store, o.after, o.limit, &json, &err)) {
        rc = refused("audit log", err);
    } else {
        puts(json);
    }
    free(json);
    fi_store_close(store);
    return rc;
}

static const command COMMANDS[] = {
    {"ingest", cmd_ingest, "read documents and write their referral JSON", 1},
    {"rules", cmd_rules, "check extraction rules, or test them against truth files", 1},
    {"run", cmd_run, "watch the drop folder and read every file into the store", 1},
    {"status", cmd_status, "queue depth, documents today, pages per minute, quarantine", 0},
    {"queue", cmd_queue, "list the review queue, or claim the next item", 0},
    {"show", cmd_show, "show a document: fields, review, referral, history", 0},
    {"set", cmd_set, "correct fields of a document", 0},
    {"accept", cmd_accept, "accept a reviewed document's referral", 0},
    {"reject", cmd_reject, "reject a document's referral, with a reason", 0},
    {"needs-info", cmd_needs_info, "ask the referring office for what is missing", 0},
    {"referral", cmd_referral, "move a referral along: scheduled, completed, closed...", 0},
    {"unlink", cmd_unlink, "undo a link or duplicate: give a document its own referral", 0},
    {"link", cmd_link, "attach a document to another referral by hand", 0},
    {"reextract", cmd_reextract, "re-run the rules over stored words, keeping people's values", 0},
    {"export", cmd_export, "write referrals as JSON, FHIR R4 or HL7 v2 to an outbound folder", 0},
    {"report", cmd_report, "referrers' volumes and the queue's state", 0},
    {"audit", cmd_audit, "verify the audit log's hash chain, or list it", 0},
};

static void usage(FILE *f)
{
    fputs("usage: faxintake COMMAND [options] [args]\n\ncommands:\n", f);
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        fprintf(f, "  %-10s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
    fputs("\n'faxintake COMMAND --help' describes each.\n", f);
}

int main(int argc, char **argv)
{
    /* Before anything loads Tesseract's OpenMP runtime (see ocr.h); only
     * for commands that OCR: the re-exec doubles the start-up time that
     * the review commands should not pay. */
    for (size_t i = 0; argc >= 2 && i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        if (COMMANDS[i].ocr && strcmp(argv[1], COMMANDS[i].name) == 0 &&
            fi_ocr_pin_threads(argv) != 0) {
            fputs("faxintake: cannot set OMP_THREAD_LIMIT=1; set it in the environment\n",
                  stderr);
            return 2;
        }
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        if (strcmp(argv[1], COMMANDS[i].name) == 0)
            return COMMANDS[i].run(argc - 1, argv + 1);
    fprintf(stderr, "faxintake: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
