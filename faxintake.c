/*
 * faxintake.c: the command line.  A thin dispatcher: it parses options,
 * calls one module, and maps its result to an exit status:
 *   0  everything asked for was done
 *   1  some input failed (each failure was named on stderr)
 *   2  bad usage or set-up (nothing was done)
 *
 * Two groups of commands are separate programs this one execs, so that it
 * loads neither group's libraries and starts in a few milliseconds:
 * ingest, rules, run and status (faxintake-ocr.c: Tesseract, poppler,
 * libtiff) and serve (faxintake-serve.c: libmicrohttpd and GnuTLS).  The
 * review server, which faces the network, holds no OCR code.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "queue/store.h"

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);   /* NULL: a command of faxintake-ocr */
    const char *summary;
} command;

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

/* ------------------------------------------------ users and the server */

static const char USER_USAGE[] =
    "usage: faxintake user add NAME --role intake|admin   (password on stdin)\n"
    "       faxintake user passwd NAME                    (password on stdin)\n"
    "       faxintake user disable|enable NAME\n"
    "       faxintake user token NAME [--label TEXT]\n"
    "       faxintake user list\n"
    "\n"
    "The review screen's users.  intake users work the queue; admins also edit\n"
    "the rules and read the audit log.  A password (10 characters or more) is\n"
    "read from standard input: asked twice without echo on a terminal, else the\n"
    "first line.  It is stored as an Argon2id hash.  A new password or disabling\n"
    "a user ends its sessions.  `token` prints an API token acting as NAME, for\n"
    "an integrator (Authorization: Bearer TOKEN); it is shown once.\n"
    "\n"
    "  -d, --db FILE       the store (default: $FAXINTAKE_DB, else faxintake.db)\n"
    "      --as USER       who makes the change, for the audit log (default:\n"
    "                      $FAXINTAKE_USER, else the system account's name)\n"
    "      --role ROLE     intake or admin\n"
    "      --label TEXT    what a token is for\n";

/* A password from stdin: twice without echo on a terminal, else a line. */
static char *read_password(void)
{
    char a[1100] = "", b[1100] = "";
    int tty = isatty(STDIN_FILENO);
    struct termios old, quiet;
    if (tty && tcgetattr(STDIN_FILENO, &old) == 0) {
        quiet = old;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        fputs("password: ", stderr);
        int got = fgets(a, sizeof a, stdin) != NULL;
        fputs("\nagain: ", stderr);
        got = got && fgets(b, sizeof b, stdin) != NULL;
        fputs("\n", stderr);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        a[strcspn(a, "\r\n")] = '\0';
        b[strcspn(b, "\r\n")] = '\0';
        if (!got || strcmp(a, b) != 0) {
            fputs("faxintake user: the two passwords differ\n", stderr);
            return NULL;
        }
    } else if (!fgets(a, sizeof a, stdin)) {
        fputs("faxintake user: give the password on standard input\n", stderr);
        return NULL;
    }
    a[strcspn(a, "\r\n")] = '\0';
    return strdup(a);
}

static int cmd_user(int argc, char **argv)
{
    enum { O_ROLE = 256, O_LABEL, O_AS };
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},   {"role", required_argument, NULL, O_ROLE},
        {"label", required_argument, NULL, O_LABEL}, {"as", required_argument, NULL, O_AS},
        {"help", no_argument, NULL, 'h'},       {NULL, 0, NULL, 0},
    };
    store_opts o = {.db = getenv("FAXINTAKE_DB"), .user = getenv("FAXINTAKE_USER")};
    const char *role = NULL, *label = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "d:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'd': o.db = optarg; break;
        case O_ROLE: role = optarg; break;
        case O_LABEL: label = optarg; break;
        case O_AS: o.user = optarg; break;
        case 'h': fputs(USER_USAGE, stdout); return 0;
        default: fputs(USER_USAGE, stderr); return 2;
        }
    }
    const char *sub = optind < argc ? argv[optind] : "";
    const char *name = optind + 1 < argc ? argv[optind + 1] : NULL;
    int list = strcmp(sub, "list") == 0;
    if (!list && (!name || optind + 2 != argc)) {
        fputs(USER_USAGE, stderr);
        return 2;
    }
    if (!o.user || !*o.user) {
        const struct passwd *pw = getpwuid(geteuid());
        o.user = pw ? pw->pw_name : "unknown";
    }
    fi_store *store = open_store(&o, "user", strcmp(sub, "add") == 0);
    if (!store)
        return 2;
    char *err = NULL, *password = NULL, token[65];
    int rc = 0;
    if (list) {
        rc = fi_store_users_print(store, stdout, &err) ? 1 : 0;
    } else if (strcmp(sub, "add") == 0 || strcmp(sub, "passwd") == 0) {
        if (strcmp(sub, "add") == 0 && !fi_store_role_valid(role)) {
            fputs("faxintake user add: give --role intake or --role admin\n", stderr);
            rc = 2;
        } else if (!(password = read_password())) {
            rc = 2;
        } else if (strcmp(sub, "add") == 0) {
            rc = fi_store_user_add(store, name, role, password, o.user, &err) ? 1 : 0;
        } else {
            rc = fi_store_user_passwd(store, name, password, o.user, &err) ? 1 : 0;
        }
    } else if (strcmp(sub, "disable") == 0 || strcmp(sub, "enable") == 0) {
        rc = fi_store_user_disable(store, name, sub[0] == 'd', o.user, &err) ? 1 : 0;
    } else if (strcmp(sub, "token") == 0) {
        rc = fi_store_token_create(store, name, label, o.user, token, &err) ? 1 : 0;
        if (rc == 0)
            printf("%s\n", token);
    } else {
        fputs(USER_USAGE, stderr);
        rc = 2;
    }
    if (rc == 1)
        rc = refused("user", err);
    else if (rc == 0 && !list && strcmp(sub, "token") != 0)
        printf("user %s: %s done\n", name, sub);
    if (password) {
        memset(password, 0, strlen(password));
        free(password);
    }
    fi_store_close(store);
    return rc;
}

static const command COMMANDS[] = {
    {"ingest", NULL, "read documents and write their referral JSON"},
    {"rules", NULL, "check extraction rules, or test them against truth files"},
    {"run", NULL, "watch the drop folder and read every file into the store"},
    {"status", NULL, "queue depth, documents today, pages per minute, quarantine"},
    {"queue", cmd_queue, "list the review queue, or claim the next item"},
    {"show", cmd_show, "show a document: fields, review, referral, history"},
    {"set", cmd_set, "correct fields of a document"},
    {"accept", cmd_accept, "accept a reviewed document's referral"},
    {"reject", cmd_reject, "reject a document's referral, with a reason"},
    {"needs-info", cmd_needs_info, "ask the referring office for what is missing"},
    {"referral", cmd_referral, "move a referral along: scheduled, completed, closed..."},
    {"unlink", cmd_unlink, "undo a link or duplicate: give a document its own referral"},
    {"link", cmd_link, "attach a document to another referral by hand"},
    {"reextract", cmd_reextract, "re-run the rules over stored words, keeping people's values"},
    {"export", cmd_export, "write referrals as JSON, FHIR R4 or HL7 v2 to an outbound folder"},
    {"report", cmd_report, "referrers' volumes and the queue's state"},
    {"audit", cmd_audit, "verify the audit log's hash chain, or list it"},
    {"serve", NULL, "the review screen for intake staff and admins (HTTP)"},
    {"user", cmd_user, "add or change the review screen's users, or make an API token"},
};

/* Runs argv in the program that holds the command: faxintake-serve for
 * serve, faxintake-ocr for the others; beside this program (the build
 * folder), or in ../libexec/faxintake/ (installed).  Tesseract's OpenMP
 * must run one thread per reader (see ocr/ocr.h); libgomp reads the limit
 * when it loads, so it is set before the exec.  Returns only on failure. */
static int exec_helper(char **argv)
{
    const char *name = strcmp(argv[1], "serve") == 0 ? "faxintake-serve" : "faxintake-ocr";
    char self[PATH_MAX], path[PATH_MAX + 64];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        fprintf(stderr, "faxintake: cannot find this program's folder: %s\n", strerror(errno));
        return 2;
    }
    self[n] = '\0';
    char *slash = strrchr(self, '/');
    *slash = '\0';
    for (int i = 0; i < 2; i++) {
        if (i == 0)
            snprintf(path, sizeof path, "%s/%s", self, name);
        else
            snprintf(path, sizeof path, "%s/../libexec/faxintake/%s", self, name);
        if (access(path, X_OK) != 0)
            continue;
        if (setenv("OMP_THREAD_LIMIT", "1", 1) != 0)
            break;
        execv(path, argv);
        fprintf(stderr, "faxintake %s: cannot run %s: %s\n", argv[1], path, strerror(errno));
        return 2;
    }
    fprintf(stderr, "faxintake %s: %s is not installed beside %s/faxintake or in "
                    "%s/../libexec/faxintake/ (reinstall faxintake)\n", argv[1], name, self, self);
    return 2;
}

static void usage(FILE *f)
{
    fputs("usage: faxintake COMMAND [options] [args]\n\ncommands:\n", f);
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        fprintf(f, "  %-10s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
    fputs("\n'faxintake COMMAND --help' describes each.\n", f);
}

int main(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    /* Scoring against the store's reviewed documents needs no OCR. */
    if (argc >= 3 && strcmp(argv[1], "rules") == 0 && strcmp(argv[2], "test") == 0)
        for (int i = 3; i < argc; i++)
            if (strcmp(argv[i], "--reviewed") == 0)
                return cmd_rules_test_reviewed(argc - 2, argv + 2);
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        if (strcmp(argv[1], COMMANDS[i].name) == 0)
            return COMMANDS[i].run ? COMMANDS[i].run(argc - 1, argv + 1) : exec_helper(argv);
    fprintf(stderr, "faxintake: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
