/*
 * cache.h: OCR results kept on disk, keyed by the content of the input.
 *
 * Reading a fax costs seconds a page; running the extraction rules over its
 * words costs milliseconds.  Tuning the rules means re-running them over
 * the same documents many times, so the words of each document are kept in
 * a folder under the SHA-256 of the file's bytes: a renamed copy is still
 * a hit, an edited file is a miss.
 *
 * On disk, one file per document, DIR/<sha256 hex>.json:
 *
 *   key       value
 *   version   FI_OCR_CACHE_VERSION; a file with another one is a miss, so
 *             a change to the OCR pipeline invalidates old readings
 *   sha256    the key again, so a file copied under another name is a miss
 *   source    the file name the words were first read from (information)
 *   meta      the sender metadata object (fi_doc.meta), when there was one
 *   pages     the pages as fi_doc_pages_to_json() writes them
 *
 * Files are written under a temporary name and renamed, so a reader never
 * sees half of one.  A cache file that cannot be read or parsed is a miss,
 * never an error: the worst a damaged cache can do is cost an OCR run.  The
 * words are patient data, so the folder is created 0700 and files 0600.
 *
 * A fi_ocr_cache is only a folder name once open: get and put may be called
 * from any number of threads at once.
 */
#ifndef FI_OCR_CACHE_H
#define FI_OCR_CACHE_H

#include "words.h"

/* Change when the OCR pipeline changes what it reads from the same file. */
#define FI_OCR_CACHE_VERSION "faxintake-ocr-14"

typedef struct fi_ocr_cache fi_ocr_cache;

/* Opens the cache in dir, creating it (and its parents) when missing.  dir
 * NULL means the default: $XDG_CACHE_HOME/faxintake/ocr, or
 * ~/.cache/faxintake/ocr.  On failure returns -1, *out NULL and *err
 * (free()) says why. */
int fi_ocr_cache_open(fi_ocr_cache **out, const char *dir, char **err);
void fi_ocr_cache_close(fi_ocr_cache *cache);

/* The folder in use (borrowed from the cache). */
const char *fi_ocr_cache_dir(const fi_ocr_cache *cache);

/* Looks up sha_hex (64 lower-case hex digits).  On a hit returns 1 and
 * *out is a new document (fi_doc_free) named source_name; on a miss, or a
 * cache file that is unreadable or from another version, returns 0 with
 * *out NULL. */
int fi_ocr_cache_get(fi_ocr_cache *cache, const char *sha_hex, const char *source_name,
                     fi_doc **out);

/* Stores doc under sha_hex, replacing any earlier entry.  Returns 0, or -1
 * with *err (free()) saying why (the caller may go on without the cache). */
int fi_ocr_cache_put(fi_ocr_cache *cache, const char *sha_hex, const fi_doc *doc, char **err);

/* The SHA-256 of the file at path as 64 lower-case hex digits and a NUL.
 * Returns 0, or -1 with *err (free()) naming the file and the problem. */
int fi_sha256_file(const char *path, char hex[65], char **err);

#endif
