/*
 * cache.c: the OCR cache (see cache.h for the file format).
 */
#include "cache.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocr.h"

/* A cache file larger than this is not ours (a 200-page fax is ~10 MB). */
enum { MAX_CACHE_FILE = 256 << 20 };

struct fi_ocr_cache {
    char *dir;              /* folder holding <sha>.json files */
};

/* mkdir -p with mode 0700 for the folders it creates. */
static int make_dirs(const char *dir, char **err)
{
    char *path = strdup(dir);
    int rc = -1;
    if (!path) {
        *err = fi_errf("out of memory");
        return -1;
    }
    for (char *p = path + 1;; p++) {
        if (*p != '/' && *p != '\0')
            continue;
        char c = *p;
        *p = '\0';
        if (mkdir(path, 0700) != 0 && errno != EEXIST) {
            *err = fi_errf("cannot create the OCR cache folder %s: %s (use --cache DIR to put "
                           "it elsewhere)", path, strerror(errno));
            goto done;
        }
        *p = c;
        if (!c)
            break;
    }
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        *err = fi_errf("the OCR cache %s is not a folder (use --cache DIR)", dir);
        goto done;
    }
    rc = 0;
done:
    free(path);
    return rc;
}

static char *default_dir(char **err)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    /* The XDG spec says a relative XDG_CACHE_HOME is invalid and ignored. */
    if (xdg && xdg[0] == '/')
        return fi_errf("%s/faxintake/ocr", xdg);
    if (home && home[0])
        return fi_errf("%s/.cache/faxintake/ocr", home);
    *err = fi_errf("no folder for the OCR cache: neither XDG_CACHE_HOME nor HOME is set; "
                   "use --cache DIR");
    return NULL;
}

int fi_ocr_cache_open(fi_ocr_cache **out, const char *dir, char **err)
{
    *out = NULL;
    *err = NULL;
    fi_ocr_cache *c = calloc(1, sizeof *c);
    if (!c) {
        *err = fi_errf("out of memory");
        return -1;
    }
    c->dir = dir ? strdup(dir) : default_dir(err);
    if (!c->dir) {
        if (!*err)
            *err = fi_errf("out of memory");
        goto fail;
    }
    if (make_dirs(c->dir, err))
        goto fail;
    *out = c;
    return 0;
fail:
    fi_ocr_cache_close(c);
    return -1;
}

void fi_ocr_cache_close(fi_ocr_cache *cache)
{
    if (!cache)
        return;
    free(cache->dir);
    free(cache);
}

const char *fi_ocr_cache_dir(const fi_ocr_cache *cache)
{
    return cache->dir;
}

/* The key must be a SHA-256 in hex: it becomes a file name, so anything
 * else (a '/', "..") is refused rather than trusted. */
static int valid_key(const char *sha_hex)
{
    size_t i = 0;
    for (; sha_hex[i]; i++)
        if (!((sha_hex[i] >= '0' && sha_hex[i] <= '9') || (sha_hex[i] >= 'a' && sha_hex[i] <= 'f')))
            return 0;
    return i == 64;
}

/* Reads a whole file into a NUL-terminated string (free()), or NULL. */
static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    struct stat st;
    if (!f)
        return NULL;
    if (fstat(fileno(f), &st) != 0 || st.st_size <= 0 || st.st_size > MAX_CACHE_FILE)
        goto fail;
    size_t len = (size_t)st.st_size;
    buf = malloc(len + 1);
    if (!buf || fread(buf, 1, len, f) != len)
        goto fail;
    buf[len] = '\0';
    fclose(f);
    return buf;
fail:
    free(buf);
    fclose(f);
    return NULL;
}

int fi_ocr_cache_get(fi_ocr_cache *cache, const char *sha_hex, const char *source_name,
                     fi_doc **out)
{
    *out = NULL;
    if (!valid_key(sha_hex))
        return 0;
    char *path = fi_errf("%s/%s.json", cache->dir, sha_hex);
    char *text = path ? read_all(path) : NULL;
    cJSON *root = text ? cJSON_Parse(text) : NULL;
    char *pages = NULL;
    fi_doc *doc = NULL;
    int hit = 0;
    /* The file text is no longer needed once parsed: free it early so a
     * big document is not held three times over. */
    free(text);
    if (!root)
        goto done;
    const cJSON *ver = cJSON_GetObjectItemCaseSensitive(root, "version");
    const cJSON *key = cJSON_GetObjectItemCaseSensitive(root, "sha256");
    const cJSON *jp = cJSON_GetObjectItemCaseSensitive(root, "pages");
    const cJSON *meta = cJSON_GetObjectItemCaseSensitive(root, "meta");
    if (!cJSON_IsString(ver) || strcmp(ver->valuestring, FI_OCR_CACHE_VERSION) != 0 ||
        !cJSON_IsString(key) || strcmp(key->valuestring, sha_hex) != 0 || !cJSON_IsArray(jp))
        goto done;
    /* words.c owns the page format; handing it text keeps one parser. */
    pages = cJSON_PrintUnformatted(jp);
    if (!pages || fi_doc_from_pages_json(&doc, source_name, pages) != 0)
        goto done;
    if (cJSON_IsObject(meta) && !(doc->meta = cJSON_PrintUnformatted(meta)))
        goto done;
    *out = doc;
    doc = NULL;
    hit = 1;
done:
    fi_doc_free(doc);
    free(pages);
    cJSON_Delete(root);
    free(path);
    return hit;
}

/* The cache file's text for doc, or NULL on OOM (free()). */
static char *entry_text(const char *sha_hex, const fi_doc *doc)
{
    char *pages = fi_doc_pages_to_json(doc);
    cJSON *root = cJSON_CreateObject();
    char *text = NULL;
    if (!pages || !root)
        goto done;
    if (!cJSON_AddStringToObject(root, "version", FI_OCR_CACHE_VERSION) ||
        !cJSON_AddStringToObject(root, "sha256", sha_hex) ||
        !cJSON_AddStringToObject(root, "source", doc->source ? doc->source : ""))
        goto done;
    if (doc->meta) {
        /* meta is the reader's JSON text; an unparsable one is left out
         * rather than written as raw text that would break the file. */
        cJSON *meta = cJSON_Parse(doc->meta);
        if (meta)
            cJSON_AddItemToObject(root, "meta", meta);
    }
    cJSON *raw = cJSON_CreateRaw(pages);
    if (!raw)
        goto done;
    cJSON_AddItemToObject(root, "pages", raw);
    text = cJSON_PrintUnformatted(root);
done:
    cJSON_Delete(root); /* CreateRaw copied pages, so both are freed */
    free(pages);
    return text;
}

int fi_ocr_cache_put(fi_ocr_cache *cache, const char *sha_hex, const fi_doc *doc, char **err)
{
    *err = NULL;
    if (!valid_key(sha_hex)) {
        *err = fi_errf("'%s' is not a SHA-256 key", sha_hex);
        return -1;
    }
    char *text = entry_text(sha_hex, doc);
    char *path = fi_errf("%s/%s.json", cache->dir, sha_hex);
    char *tmp = fi_errf("%s/.%s.XXXXXX", cache->dir, sha_hex);
    FILE *f = NULL;
    int fd = -1, created = 0, rc = -1;
    if (!text || !path || !tmp) {
        *err = fi_errf("out of memory storing %s in the OCR cache", doc->source);
        goto done;
    }
    /* mkstemp: O_CREAT|O_EXCL under a unique name, so two workers (or two
     * runs) storing the same document never write into one file. */
    fd = mkstemp(tmp);
    if (fd < 0) {
        *err = fi_errf("cannot create a file in the OCR cache %s: %s", cache->dir, strerror(errno));
        goto done;
    }
    created = 1;
    f = fdopen(fd, "w");
    if (!f) {
        *err = fi_errf("cannot write %s: %s", tmp, strerror(errno));
        goto done;
    }
    fd = -1; /* owned by f now */
    size_t len = strlen(text);
    if (fwrite(text, 1, len, f) != len || fputc('\n', f) == EOF) {
        *err = fi_errf("cannot write %s: %s", tmp, strerror(errno));
        goto done;
    }
    int closed = fclose(f);
    f = NULL;
    if (closed != 0) {
        *err = fi_errf("cannot write %s: %s", tmp, strerror(errno));
        goto done;
    }
    /* No fsync: after a crash a torn entry fails to parse and is a miss,
     * which costs one OCR run; syncing every entry would cost more. */
    if (rename(tmp, path) != 0) {
        *err = fi_errf("cannot rename %s to %s: %s", tmp, path, strerror(errno));
        goto done;
    }
    rc = 0;
done:
    if (f)
        fclose(f);
    if (fd >= 0)
        close(fd);
    if (rc && created)
        unlink(tmp);
    free(text);
    free(tmp);
    free(path);
    return rc;
}

int fi_sha256_file(const char *path, char hex[65], char **err)
{
    *err = NULL;
    hex[0] = '\0';
    if (sodium_init() < 0) {
        *err = fi_errf("cannot initialize libsodium to hash %s", path);
        return -1;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *err = fi_errf("cannot open %s: %s", path, strerror(errno));
        return -1;
    }
    crypto_hash_sha256_state st;
    unsigned char buf[1 << 16], digest[crypto_hash_sha256_BYTES];
    int rc = -1;
    crypto_hash_sha256_init(&st);
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *err = fi_errf("cannot read %s: %s", path, strerror(errno));
            goto done;
        }
        if (n == 0)
            break;
        crypto_hash_sha256_update(&st, buf, (unsigned long long)n);
    }
    crypto_hash_sha256_final(&st, digest);
    sodium_bin2hex(hex, 65, digest, sizeof digest);
    rc = 0;
done:
    close(fd);
    return rc;
}
