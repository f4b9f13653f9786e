/*
 * review.h: `faxintake serve`, the review screen's HTTP server.
 *
 * One process that faces the hospital network: libmicrohttpd on loopback
 * by default (TLS through its GnuTLS support when a certificate is
 * given), serving the pages built into the binary (review/web/) and the
 * JSON API under /api/ that they use (described in the README).  It links
 * no OCR library: the page pictures were rendered at intake and are read
 * from the store.
 *
 * Every request runs as a user: a browser session (cookie, idle timeout,
 * CSRF token on every change) or an integrator's API token (Authorization:
 * Bearer).  Views and changes are audited under that user.
 */
#ifndef FI_REVIEW_H
#define FI_REVIEW_H

typedef struct fi_review_server fi_review_server;

typedef struct fi_review_options {
    const char *listen;        /* "ADDR:PORT" ("[::1]:8080" for IPv6); port 0: any free */
    const char *db;            /* the store */
    const char *rules;         /* rules file the admin screen edits; NULL: the built-in
                                * rules, shown read-only */
    const char *daemon_status; /* the daemon's processing/.status.json, whose pid is sent
                                * SIGHUP after the rules are saved; NULL: none */
    const char *tls_cert;      /* PEM files; both or neither */
    const char *tls_key;
    int idle_seconds;          /* a browser session ends after this long unused */
    int threads;               /* request threads, each with its own store connection */
    long max_body;             /* bytes; larger requests get 413 */
} fi_review_options;

/* Fills opt with the defaults: 127.0.0.1:8080, faxintake.db, 15 minutes
 * idle, 4 threads, 2 MB bodies. */
void fi_review_options_init(fi_review_options *opt);

/* Checks the options, opens the store and starts listening (the requests
 * are served by threads of the server).  Returns 0, or -1 with *err
 * (free()) saying what to fix. */
int fi_review_open(fi_review_server **out, const fi_review_options *opt, char **err);

/* The base address actually listened on ("http://127.0.0.1:8080"), with
 * the port chosen by the system when 0 was asked.  Borrowed. */
const char *fi_review_url(const fi_review_server *srv);

/* How many users could log in when it started (0: nobody can yet). */
long long fi_review_users(const fi_review_server *srv);

/* Stops listening, lets requests in progress finish, frees everything. */
void fi_review_close(fi_review_server *srv);

#endif
