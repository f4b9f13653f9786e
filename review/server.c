/*
 * server.c: libmicrohttpd glue for the review server: listening, reading
 * requests within limits, who is asking (session cookie or API token),
 * CSRF, the built-in pages, and the headers every answer carries.
 *
 * Threads: libmicrohttpd runs a pool of opt->threads threads; a request
 * borrows one of as many store connections for its duration (SQLite
 * connections are not shared between threads).  Nothing else is shared
 * but the read-only options and assets.
 */
#include "review.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netdb.h>
#include <pthread.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "../ocr/errf.h"
#include "http.h"

/* The pages, generated from review/web/ by cmake/embed.cmake. */
extern const char fi_web_index_html[], fi_web_app_js[], fi_web_app_css[];

typedef struct asset {
    const char *path;
    const char *data;
    const char *type;
} asset;

enum { NASSETS = 4 };

struct fi_review_server {
    fi_review_options opt;
    struct MHD_Daemon *mhd;
    char url[128];
    int tls;
    char *cert, *key;          /* PEM text, held while the daemon runs */
    pthread_mutex_t lock;
    pthread_cond_t freed;
    fi_store **stores;
    int *busy;
    int nstores;
    char etag[NASSETS][40];    /* "\"hash\"" of each asset, for revalidation */
    long long users;           /* active users when it started */
};

/* What a connection's request accumulates between handler calls. */
typedef struct pending {
    char *body;
    size_t len, cap;
    int too_large;
} pending;

/* Only our own scripts, styles and images, never framed: a value that
 * slipped into a page as markup could run nothing. */
static const struct {
    const char *name, *value;
} SECURITY_HEADERS[] = {
    {"Content-Security-Policy",
     "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; "
     "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"},
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "no-referrer"},
};

void fi_review_options_init(fi_review_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->listen = "127.0.0.1:8080";
    opt->db = "faxintake.db";
    opt->idle_seconds = 15 * 60;
    opt->threads = 4;
    opt->max_body = 2L << 20;
}

/* ------------------------------------------------------------ answers */

void fi_req_json_text(fi_req *r, int status, char *text)
{
    free(r->resp);
    r->status = text ? status : 500;
    r->resp = text ? text : strdup("{\"error\":\"out of memory\"}");
    r->resp_len = r->resp ? strlen(r->resp) : 0;
    r->resp_static = 0;
    r->type = "application/json";
}

void fi_req_json(fi_req *r, int status, cJSON *item)
{
    char *text = item ? cJSON_PrintUnformatted(item) : NULL;
    cJSON_Delete(item);
    fi_req_json_text(r, status, text);
}

void fi_req_error(fi_req *r, int status, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "error", msg);
    fi_req_json(r, status, o);
}

void fi_req_bytes(fi_req *r, int status, const char *type, void *data, size_t len)
{
    free(r->resp);
    r->status = status;
    r->resp = data;
    r->resp_len = len;
    r->resp_static = 0;
    r->type = type;
}

const char *fi_req_query(const fi_req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

/* ------------------------------------------------------------- stores */

static fi_store *borrow_store(fi_review_server *srv, int *slot)
{
    pthread_mutex_lock(&srv->lock);
    for (;;) {
        for (int i = 0; i < srv->nstores; i++)
            if (!srv->busy[i]) {
                srv->busy[i] = 1;
                *slot = i;
                pthread_mutex_unlock(&srv->lock);
                return srv->stores[i];
            }
        pthread_cond_wait(&srv->freed, &srv->lock);
    }
}

static void return_store(fi_review_server *srv, int slot)
{
    pthread_mutex_lock(&srv->lock);
    srv->busy[slot] = 0;
    pthread_cond_signal(&srv->freed);
    pthread_mutex_unlock(&srv->lock);
}

/* -------------------------------------------------------- who is this */

static void client_ip(struct MHD_Connection *conn, char out[64])
{
    snprintf(out, 64, "?");
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!ci || !ci->client_addr)
        return;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, out, 64);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, out, 64);
}

/* The session of the request: an API token (Authorization: Bearer) or
 * the fi_session cookie.  Sets r->authed. */
static int authenticate(fi_req *r, char **err)
{
    const char *auth = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, "Authorization");
    const char *token = NULL;
    int bearer = 0;
    if (auth && strncasecmp(auth, "Bearer ", 7) == 0) {
        token = auth + 7;
        bearer = 1;
    } else {
        token = MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, "fi_session");
    }
    if (!token)
        return 0;
    int rc = fi_store_session_check(r->store, token, r->opt->idle_seconds, &r->session, err);
    if (rc < 0)
        return -1;
    /* a browser session in a header, or a token in a cookie, is not ours */
    r->authed = rc == 1 && bearer == r->session.kind_token;
    return 0;
}

/* A change made with a browser session must carry the session's CSRF
 * token: another site can make the browser send the cookie, never this. */
static int csrf_ok(const fi_req *r)
{
    if (r->session.kind_token)
        return 1;
    const char *h = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, "X-CSRF-Token");
    size_t n = strlen(r->session.csrf);
    return h && strlen(h) == n && n > 0 && sodium_memcmp(h, r->session.csrf, n) == 0;
}

static int is_change(const char *method)
{
    return strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0;
}

/* ------------------------------------------------------------ routing */

static const asset ASSETS[NASSETS] = {
    {"/", fi_web_index_html, "text/html; charset=utf-8"},
    {"/index.html", fi_web_index_html, "text/html; charset=utf-8"},
    {"/app.js", fi_web_app_js, "text/javascript; charset=utf-8"},
    {"/app.css", fi_web_app_css, "text/css; charset=utf-8"},
};

/* Exact names only: nothing is ever read from the filesystem, so a path
 * like /../../etc/passwd has nothing to reach.  -1 when none. */
static int find_asset(const char *path)
{
    for (int i = 0; i < NASSETS; i++)
        if (strcmp(path, ASSETS[i].path) == 0)
            return i;
    return -1;
}

static void route(fi_review_server *srv, fi_req *r, const pending *p)
{
    char *err = NULL;
    if (strncmp(r->path, "/api/", 5) != 0) {
        int a = find_asset(r->path);
        if (a < 0 || is_change(r->method)) {
            fi_req_error(r, a >= 0 ? 405 : 404, a >= 0 ? "only GET here" : "no such page");
            return;
        }
        /* The pages hold no patient data: the browser may keep them and
         * ask whether they changed (304), which saves most of a load. */
        const char *seen = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, "If-None-Match");
        r->etag = srv->etag[a];
        r->status = seen && strcmp(seen, srv->etag[a]) == 0 ? 304 : 200;
        r->resp = r->status == 200 ? (char *)ASSETS[a].data : (char *)"";
        r->resp_len = strlen(r->resp);
        r->resp_static = 1;
        r->type = ASSETS[a].type;
        return;
    }
    if (p->too_large) {
        fi_req_error(r, 413, "the request is larger than %ld bytes", srv->opt.max_body);
        return;
    }
    if (is_change(r->method)) {
        const char *ct = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, "Content-Type");
        if (r->body_len && (!ct || strncasecmp(ct, "application/json", 16) != 0)) {
            fi_req_error(r, 415, "send the body as application/json");
            return;
        }
    }
    if (authenticate(r, &err)) {
        fi_req_error(r, 500, "%s", err ? err : "cannot check the session");
        free(err);
        return;
    }
    if (strcmp(r->path, "/api/login") != 0) {
        if (!r->authed) {
            fi_req_error(r, 401, "log in first (or the session ended after %d minutes idle)",
                         srv->opt.idle_seconds / 60);
            return;
        }
        if (is_change(r->method) && !csrf_ok(r)) {
            fi_req_error(r, 403, "missing or wrong X-CSRF-Token header; reload the page");
            return;
        }
    }
    fi_api_handle(r);
}

/* ---------------------------------------------------------- libmicrohttpd */

static enum MHD_Result send_answer(fi_review_server *srv, struct MHD_Connection *conn, fi_req *r)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        r->resp_len, r->resp, r->resp_static ? MHD_RESPMEM_PERSISTENT : MHD_RESPMEM_MUST_FREE);
    if (!resp) {
        if (!r->resp_static)
            free(r->resp);
        return MHD_NO;
    }
    r->resp = NULL;
    char cookie[256], retry[32];
    for (size_t i = 0; i < sizeof SECURITY_HEADERS / sizeof *SECURITY_HEADERS; i++)
        MHD_add_response_header(resp, SECURITY_HEADERS[i].name, SECURITY_HEADERS[i].value);
    if (r->type)
        MHD_add_response_header(resp, "Content-Type", r->type);
    /* patient data: never kept by the browser or a proxy */
    MHD_add_response_header(resp, "Cache-Control", r->etag ? "no-cache" : "no-store");
    if (r->etag)
        MHD_add_response_header(resp, "ETag", r->etag);
    if (srv->tls)
        MHD_add_response_header(resp, "Strict-Transport-Security", "max-age=31536000");
    if (r->set_session || r->clear_session) {
        snprintf(cookie, sizeof cookie, "fi_session=%s; Path=/; HttpOnly; SameSite=Strict%s%s",
                 r->set_session ? r->session.token : "",
                 r->clear_session ? "; Max-Age=0" : "", srv->tls ? "; Secure" : "");
        MHD_add_response_header(resp, "Set-Cookie", cookie);
    }
    if (r->retry_after > 0) {
        snprintf(retry, sizeof retry, "%d", r->retry_after);
        MHD_add_response_header(resp, "Retry-After", retry);
    }
    enum MHD_Result ret = MHD_queue_response(conn, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_size, void **state)
{
    (void)version;
    fi_review_server *srv = cls;
    pending *p = *state;
    if (!p) {
        /* first call: headers only */
        if (!(p = calloc(1, sizeof *p)))
            return MHD_NO;
        *state = p;
        return MHD_YES;
    }
    if (*upload_size) {
        size_t n = *upload_size;
        *upload_size = 0;
        if (p->too_large || p->len + n > (size_t)srv->opt.max_body) {
            p->too_large = 1;   /* read and drop the rest, then say 413 */
            return MHD_YES;
        }
        if (p->len + n + 1 > p->cap) {
            size_t cap = (p->len + n + 1) * 2;
            char *grown = realloc(p->body, cap);
            if (!grown)
                return MHD_NO;
            p->body = grown;
            p->cap = cap;
        }
        memcpy(p->body + p->len, upload_data, n);
        p->len += n;
        p->body[p->len] = '\0';
        return MHD_YES;
    }
    fi_req r = {.method = method, .path = url, .conn = conn, .opt = &srv->opt,
                .body = p->body, .body_len = p->len};
    client_ip(conn, r.ip);
    int slot = -1;
    r.store = borrow_store(srv, &slot);
    route(srv, &r, p);
    return_store(srv, slot);
    if (!r.resp && !r.resp_static)
        fi_req_error(&r, 500, "no answer");
    return send_answer(srv, conn, &r);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **state,
                         enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)conn;
    (void)toe;
    pending *p = *state;
    if (p) {
        free(p->body);
        free(p);
    }
    *state = NULL;
}

/* ------------------------------------------------------------ opening */

static char *read_pem(const char *path, char **err)
{
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    long n = -1;
    if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 && n < (1L << 20) &&
        fseek(f, 0, SEEK_SET) == 0 && (text = malloc((size_t)n + 1)) != NULL &&
        fread(text, 1, (size_t)n, f) == (size_t)n) {
        text[n] = '\0';
        fclose(f);
        return text;
    }
    *err = fi_errf("cannot read %s: %s", path, f ? "not a PEM file of a sensible size"
                                                 : strerror(errno));
    if (f)
        fclose(f);
    free(text);
    return NULL;
}

/* "ADDR:PORT" or "[V6ADDR]:PORT" into a socket address. */
static int parse_listen(const char *listen, struct sockaddr_storage *ss, int *v6, char **err)
{
    char host[128];
    const char *colon = strrchr(listen, ':');
    const char *h = listen;
    size_t hl = colon ? (size_t)(colon - listen) : 0;
    if (colon && *h == '[' && hl >= 2 && h[hl - 1] == ']') {
        h++;
        hl -= 2;
    }
    if (!colon || hl == 0 || hl >= sizeof host || !colon[1]) {
        *err = fi_errf("--listen '%s' should be ADDRESS:PORT, e.g. 127.0.0.1:8080", listen);
        return -1;
    }
    memcpy(host, h, hl);
    host[hl] = '\0';
    struct addrinfo hints = {.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV,
                             .ai_socktype = SOCK_STREAM}, *res = NULL;
    int rc = getaddrinfo(host, colon + 1, &hints, &res);
    if (rc != 0 || !res) {
        *err = fi_errf("--listen '%s': %s (give a numeric address and port)", listen,
                       gai_strerror(rc));
        return -1;
    }
    memcpy(ss, res->ai_addr, res->ai_addrlen);
    *v6 = res->ai_family == AF_INET6;
    freeaddrinfo(res);
    return 0;
}

int fi_review_open(fi_review_server **out, const fi_review_options *opt, char **err)
{
    *out = NULL;
    *err = NULL;
    struct sockaddr_storage ss;
    int v6 = 0;
    if (parse_listen(opt->listen, &ss, &v6, err))
        return -1;
    if (!opt->tls_cert != !opt->tls_key) {
        *err = fi_errf("TLS needs both --tls-cert and --tls-key");
        return -1;
    }
    if (opt->tls_cert && MHD_is_feature_supported(MHD_FEATURE_TLS) != MHD_YES) {
        *err = fi_errf("this libmicrohttpd was built without TLS; run behind a reverse proxy "
                       "that terminates TLS (see the README)");
        return -1;
    }
    if (sodium_init() < 0) {
        *err = fi_errf("libsodium does not start");
        return -1;
    }
    fi_review_server *srv = calloc(1, sizeof *srv);
    if (!srv) {
        *err = fi_errf("out of memory");
        return -1;
    }
    srv->opt = *opt;
    pthread_mutex_init(&srv->lock, NULL);
    pthread_cond_init(&srv->freed, NULL);
    srv->nstores = opt->threads > 0 ? opt->threads : 4;
    srv->stores = calloc((size_t)srv->nstores, sizeof *srv->stores);
    srv->busy = calloc((size_t)srv->nstores, sizeof *srv->busy);
    if (!srv->stores || !srv->busy) {
        *err = fi_errf("out of memory");
        goto fail;
    }
    for (int i = 0; i < srv->nstores; i++)
        if (fi_store_open(&srv->stores[i], opt->db, err))
            goto fail;
    srv->users = fi_store_user_count(srv->stores[0], err);
    if (srv->users < 0)
        goto fail;
    for (int i = 0; i < NASSETS; i++) {
        unsigned char h[16];
        char hex[33];
        crypto_generichash(h, sizeof h, (const unsigned char *)ASSETS[i].data,
                           strlen(ASSETS[i].data), NULL, 0);
        sodium_bin2hex(hex, sizeof hex, h, sizeof h);
        snprintf(srv->etag[i], sizeof srv->etag[i], "\"%s\"", hex);
    }
    if (opt->tls_cert) {
        if (!(srv->cert = read_pem(opt->tls_cert, err)) || !(srv->key = read_pem(opt->tls_key, err)))
            goto fail;
        srv->tls = 1;
    }
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG |
                     (v6 ? MHD_USE_IPv6 : 0) | (srv->tls ? MHD_USE_TLS : 0);
    srv->mhd = MHD_start_daemon(
        flags, 0, NULL, NULL, on_request, srv,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned)srv->nstores,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, srv,
        MHD_OPTION_CONNECTION_TIMEOUT, 30u,
        MHD_OPTION_CONNECTION_LIMIT, 256u,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, 64u,
        /* headers beyond this get 431 from libmicrohttpd itself */
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
        /* without TLS the list ends here */
        srv->tls ? MHD_OPTION_HTTPS_MEM_KEY : MHD_OPTION_END, srv->key,
        MHD_OPTION_HTTPS_MEM_CERT, srv->cert,
        MHD_OPTION_END);
    if (!srv->mhd) {
        *err = fi_errf("cannot listen on %s (in use, or not an address of this machine; "
                       "a port below 1024 needs root)", opt->listen);
        goto fail;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(srv->mhd, MHD_DAEMON_INFO_BIND_PORT);
    char host[64] = "";
    if (v6)
        inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&ss)->sin6_addr, host, sizeof host);
    else
        inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, host, sizeof host);
    snprintf(srv->url, sizeof srv->url, "%s://%s%s%s:%u", srv->tls ? "https" : "http",
             v6 ? "[" : "", host, v6 ? "]" : "", di ? (unsigned)di->port : 0u);
    *out = srv;
    return 0;
fail:
    fi_review_close(srv);
    return -1;
}

const char *fi_review_url(const fi_review_server *srv)
{
    return srv->url;
}

long long fi_review_users(const fi_review_server *srv)
{
    return srv->users;
}

void fi_review_close(fi_review_server *srv)
{
    if (!srv)
        return;
    if (srv->mhd)
        MHD_stop_daemon(srv->mhd);
    for (int i = 0; srv->stores && i < srv->nstores; i++)
        fi_store_close(srv->stores[i]);
    free(srv->stores);
    free(srv->busy);
    pthread_mutex_destroy(&srv->lock);
    pthread_cond_destroy(&srv->freed);
    if (srv->key)
        sodium_memzero(srv->key, strlen(srv->key));
    free(srv->key);
    free(srv->cert);
    free(srv);
}
