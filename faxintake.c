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

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
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
    enum { OPT_NO_WORDS = 256, OPT_TESSDATA, OPT_MAX_PAGES, OPT_MAX_PIXELS, OPT_MAX_MB, OPT_DPI };
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
    if (argc >= 2 && strcmp(argv[1], "test") == 0)
        return cmd_rules_test(argc - 1, argv + 1);
    if (argc >= 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        fputs(RULES_USAGE, stdout);
        return 0;
    }
    fputs(RULES_USAGE, stderr);
    return 2;
}

static const command COMMANDS[] = {
    {"ingest", cmd_ingest, "read documents and write their referral JSON"},
    {"rules", cmd_rules, "check extraction rules, or test them against truth files"},
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
    /* Before anything loads Tesseract's OpenMP runtime: see ocr.h. */
    if (fi_ocr_pin_threads(argv) != 0) {
        fputs("faxintake: cannot set OMP_THREAD_LIMIT=1; set it in the environment\n", stderr);
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
