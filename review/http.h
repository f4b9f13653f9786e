/*
 * http.h: one request as the API handlers see it (review/ internal).
 *
 * server.c turns a libmicrohttpd connection into a fi_req: the method,
 * the decoded path, the whole body (already size-checked), the client's
 * address, the authenticated session and a store connection lent for the
 * request.  A handler (api.c) answers by filling the response part with
 * fi_req_json(), fi_req_error() or fi_req_bytes(); server.c sends it with
 * the security headers every answer carries.
 */
#ifndef FI_REVIEW_HTTP_H
#define FI_REVIEW_HTTP_H

#include <stddef.h>
#include <cjson/cJSON.h>

#include "../queue/store.h"
#include "review.h"

struct MHD_Connection;

typedef struct fi_req {
    /* the request */
    const char *method;
    const char *path;
    struct MHD_Connection *conn;
    const char *body;          /* NUL-terminated; NULL when none */
    size_t body_len;
    char ip[64];
    fi_store *store;           /* lent for this request */
    const fi_review_options *opt;
    int authed;                /* 1: session below is valid */
    fi_session session;
    /* the answer */
    int status;
    char *resp;                /* owned; freed after sending unless resp_static */
    size_t resp_len;
    int resp_static;
    const char *type;          /* Content-Type */
    const char *etag;          /* a page's version: cacheable (no patient data) */
    int retry_after;           /* seconds, for 429; 0: no header */
    int set_session;           /* 1: send session.token as the cookie (after login) */
    int clear_session;         /* 1: expire the cookie (logout) */
} fi_req;

/* Answers with status and the JSON of item (which is consumed). */
void fi_req_json(fi_req *r, int status, cJSON *item);
/* Answers with status and JSON text already made (consumed, free()). */
void fi_req_json_text(fi_req *r, int status, char *text);
/* Answers {"error": message} with status. */
void fi_req_error(fi_req *r, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Answers with bytes of type (data consumed, free()). */
void fi_req_bytes(fi_req *r, int status, const char *type, void *data, size_t len);
/* A query-string argument, or NULL. */
const char *fi_req_query(const fi_req *r, const char *name);

/* Handles a request under /api/ (api.c). */
void fi_api_handle(fi_req *r);

#endif
