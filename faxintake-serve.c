/*
 * faxintake-serve.c: `faxintake serve`, the review screen's HTTP server,
 * in a program of its own.
 *
 * Users never call it: `faxintake serve` execs it (beside faxintake in the
 * build folder, in libexec/faxintake/ once installed).  It links the store
 * and libmicrohttpd (with GnuTLS) but no OCR library, and the other
 * commands do not pay for loading libmicrohttpd and GnuTLS.
 */
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "intake/config.h"
#include "review/review.h"

static const char SERVE_USAGE[] =
    "usage: faxintake serve [options]\n"
    "\n"
    "The review screen: intake staff log in with a browser and work the queue;\n"
    "admins also edit the rules.  Serves the pages built into this program and\n"
    "the JSON API under /api/ (see the README).  Runs until SIGINT or SIGTERM.\n"
    "Add users first with `faxintake user add`.\n"
    "\n"
    "  -l, --listen ADDR:PORT  where to listen (default 127.0.0.1:8080, loopback\n"
    "                          only; 0.0.0.0:8443 for the hospital network, with TLS\n"
    "                          or behind a reverse proxy that has it)\n"
    "  -c, --config FILE       the daemon's settings (faxintake.conf): the store,\n"
    "                          the rules file to edit, and the daemon to reload\n"
    "  -d, --db FILE           the store (default: $FAXINTAKE_DB, else faxintake.db)\n"
    "  -r, --rules FILE        the rules file the admin screen edits (default: the\n"
    "                          config's; none: the built-in rules, read-only)\n"
    "      --tls-cert FILE     PEM certificate (with its chain) for HTTPS\n"
    "      --tls-key FILE      its PEM private key\n"
    "      --idle-minutes N    a browser session ends after N minutes unused (15)\n"
    "      --threads N         request threads (default 4)\n"
    "  -h, --help              this text\n";

static int cmd_serve(int argc, char **argv)
{
    enum { O_CERT = 256, O_KEY, O_IDLE, O_THREADS };
    static const struct option longopts[] = {
        {"listen", required_argument, NULL, 'l'}, {"config", required_argument, NULL, 'c'},
        {"db", required_argument, NULL, 'd'},     {"rules", required_argument, NULL, 'r'},
        {"tls-cert", required_argument, NULL, O_CERT}, {"tls-key", required_argument, NULL, O_KEY},
        {"idle-minutes", required_argument, NULL, O_IDLE},
        {"threads", required_argument, NULL, O_THREADS},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    fi_review_options opt;
    fi_review_options_init(&opt);
    const char *config = NULL, *db = getenv("FAXINTAKE_DB"), *rules = NULL;
    int c;
    long v;
    optind = 1;
    while ((c = getopt_long(argc, argv, "l:c:d:r:h", longopts, NULL)) != -1) {
        char *end = NULL;
        switch (c) {
        case 'l': opt.listen = optarg; break;
        case 'c': config = optarg; break;
        case 'd': db = optarg; break;
        case 'r': rules = optarg; break;
        case O_CERT: opt.tls_cert = optarg; break;
        case O_KEY: opt.tls_key = optarg; break;
        case O_IDLE:
        case O_THREADS:
            v = strtol(optarg, &end, 10);
            if (!*optarg || *end || v < 1 || v > (c == O_IDLE ? 24 * 60 : 64)) {
                fprintf(stderr, "faxintake serve: %s needs a number (1-%d), not '%s'\n",
                        argv[optind - 1], c == O_IDLE ? 24 * 60 : 64, optarg);
                return 2;
            }
            if (c == O_IDLE)
                opt.idle_seconds = (int)v * 60;
            else
                opt.threads = (int)v;
            break;
        case 'h': fputs(SERVE_USAGE, stdout); return 0;
        default: fputs(SERVE_USAGE, stderr); return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "faxintake serve: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    fi_intake_config cfg;
    char *err = NULL, *status_file = NULL;
    int rc = 2;
    fi_review_server *srv = NULL;
    if (fi_intake_config_init(&cfg)) {
        fputs("faxintake serve: out of memory\n", stderr);
        return 2;
    }
    if (config && (fi_intake_config_load(&cfg, config, &err) || fi_intake_config_finish(&cfg))) {
        fprintf(stderr, "faxintake serve: %s\n", err ? err : "out of memory");
        goto done;
    }
    opt.db = db && *db ? db : config ? cfg.db : opt.db;
    opt.rules = rules ? rules : config ? cfg.rules : NULL;
    if (config && (status_file = fi_intake_strf("%s/.status.json", cfg.processing)) == NULL)
        goto done;
    opt.daemon_status = status_file;
    if (access(opt.db, F_OK) != 0) {
        fprintf(stderr, "faxintake serve: no store %s; give --db FILE, or create it with "
                        "`faxintake ingest --db` or `faxintake run`\n", opt.db);
        goto done;
    }
    /* The server's threads inherit this mask: the signals wait for sigwait. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    if (fi_review_open(&srv, &opt, &err)) {
        fprintf(stderr, "faxintake serve: %s\n", err ? err : "cannot start");
        goto done;
    }
    fprintf(stderr, "faxintake serve: listening on %s (store %s, rules %s)\n",
            fi_review_url(srv), opt.db, opt.rules ? opt.rules : "built-in, read-only");
    if (fi_review_users(srv) == 0)
        fprintf(stderr, "faxintake serve: nobody can log in yet: add a user with `faxintake "
                        "user add NAME --role admin --db %s`\n", opt.db);
    int sig = 0;
    sigwait(&stop, &sig);
    fprintf(stderr, "faxintake serve: stopping (signal %d)\n", sig);
    rc = 0;
done:
    fi_review_close(srv);
    free(err);
    free(status_file);
    fi_intake_config_clear(&cfg);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "serve") == 0)
        return cmd_serve(argc - 1, argv + 1);
    fputs("faxintake-serve: run through faxintake (faxintake serve --help)\n", stderr);
    return 2;
}
