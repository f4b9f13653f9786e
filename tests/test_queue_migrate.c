/*
 * test_queue_migrate.c: opening stores of older schema versions, newer
 * ones, and files that are not stores.
 *
 * The version 1 store is written here by hand, table by table, as the
 * first intake wrote it: documents with their compressed page words and
 * fields, no queue, no referrals, no audit.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <sqlite3.h>
#include <zlib.h>

#include "test_queue_fixture.h"

static const char V1_SCHEMA[] =
    "PRAGMA application_id = 1178687561;"
    "PRAGMA user_version = 1;"
    "CREATE TABLE documents(id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, file_name TEXT NOT "
    "NULL, received_at TEXT NOT NULL, sender TEXT, pages INTEGER NOT NULL, completeness REAL, "
    "duplicate_of INTEGER REFERENCES documents(id));"
    "CREATE INDEX documents_sha256 ON documents(sha256);"
    "CREATE TABLE pages(doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, "
    "page INTEGER NOT NULL, read_by TEXT NOT NULL, rotation INTEGER NOT NULL DEFAULT 0, "
    "mean_conf REAL, nwords INTEGER NOT NULL, note TEXT, words_len INTEGER NOT NULL, "
    "words BLOB NOT NULL, PRIMARY KEY(doc_id, page));"
    "CREATE TABLE fields(doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, "
    "field TEXT NOT NULL, value TEXT, confidence REAL, page INTEGER, x0 INTEGER, y0 INTEGER, "
    "x1 INTEGER, y1 INTEGER, rule TEXT, review INTEGER NOT NULL DEFAULT 0, "
    "PRIMARY KEY(doc_id, field)) WITHOUT ROWID;"
    "CREATE TABLE quarantine(id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, file_name TEXT NOT "
    "NULL, reason TEXT NOT NULL, at TEXT NOT NULL);"
    "CREATE INDEX quarantine_sha256 ON quarantine(sha256);"
    "INSERT INTO documents VALUES(1, '" "aaaa" "', 'one.tif', '2024-03-01T09:00:00Z', NULL, 1, "
    "0.8, NULL);"
    "INSERT INTO documents VALUES(2, 'bbbb', 'two.tif', '2024-03-02T09:00:00Z', "
    "'{\"station_id\":\"+1 555 0100\"}', 1, 0.9, NULL);"
    "INSERT INTO documents VALUES(3, 'aaaa', 'one-again.tif', '2024-03-03T09:00:00Z', NULL, 1, "
    "0.8, 1);"
    "INSERT INTO fields VALUES(1, 'patient_last_name', '\"Okafor\"', 0.9, 1, 1, 2, 3, 4, 'r', 0);"
    "INSERT INTO fields VALUES(1, 'patient_dob', '\"1961-03-14\"', 0.9, 1, 1, 2, 3, 4, 'r', 0);"
    "INSERT INTO fields VALUES(2, 'patient_last_name', '\"Lee\"', 0.9, 1, 1, 2, 3, 4, 'r', 1);"
    "INSERT INTO fields VALUES(2, 'urgency', '\"stat\"', 0.9, 1, 1, 2, 3, 4, 'r', 0);"
    "INSERT INTO fields VALUES(3, 'patient_last_name', '\"Okafor\"', 0.9, 1, 1, 2, 3, 4, 'r', 0);"
    "INSERT INTO quarantine VALUES(1, 'cccc', 'bad.pdf', 'encrypted', '2024-03-01T10:00:00Z');";

/* Adds page 1 of doc_id with words as version 1 stored them. */
static void v1_page(sqlite3 *db, int doc_id, const char *page_json)
{
    uLongf zlen = compressBound((uLong)strlen(page_json));
    unsigned char *z = malloc(zlen);
    assert_int_equal(compress2(z, &zlen, (const Bytef *)page_json, (uLong)strlen(page_json), 6),
                     Z_OK);
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO pages VALUES(?1, 1, 'ocr', 0, 0.9, 2, "
                                            "NULL, ?2, ?3)", -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_int(st, 1, doc_id);
    sqlite3_bind_int64(st, 2, (long long)strlen(page_json));
    sqlite3_bind_blob(st, 3, z, (int)zlen, SQLITE_TRANSIENT);
    assert_int_equal(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    free(z);
}

static void write_v1(const char *path)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char *msg = NULL;
    if (sqlite3_exec(db, V1_SCHEMA, NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("v1 schema: %s", msg);
    const char *page = "{\"width\":1700,\"height\":2200,\"dpi\":200,\"read_by\":\"ocr\","
                       "\"rotation\":0,\"skew\":0,\"mean_conf\":0.9,\"ms\":10,"
                       "\"words\":[[\"DOB:\",0.9,10,10,50,30,0,0],"
                       "[\"03/14/1961\",0.9,60,10,160,30,0,0]]}";
    v1_page(db, 1, page);
    v1_page(db, 2, page);
    sqlite3_close(db);
}

static void test_queue_migrate__from_version_1(void **state)
{
    (void)state;
    char dir[64], path[128], *err = NULL;
    temp_store_path(dir, path);
    write_v1(path);
    fi_store *s = NULL;
    if (fi_store_open(&s, path, &err))
        fail_msg("open: %s", err);
    assert_int_equal(fi_store_schema_version(s), fi_store_schema_latest());

    /* every old document waits in the queue, the stat one first */
    char *json = NULL;
    assert_int_equal(fi_store_queue_json(s, 0, 10, &json, &err), 0);
    cJSON *arr = cJSON_Parse(json);
    free(json);
    assert_int_equal(cJSON_GetArraySize(arr), 3);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetArrayItem(arr, 0), "document")->valueint, 2);
    cJSON_Delete(arr);

    /* the resend joined its first document's referral */
    assert_int_equal(fi_store_show_json(s, 3, &json, &err), 0);
    cJSON *o = cJSON_Parse(json);
    free(json);
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "link"), "kind")->valuestring,
                        "duplicate");
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "referral"), "id")->valueint, 1);
    cJSON_Delete(o);

    /* words still read back; sender metadata kept */
    fi_doc *doc = NULL;
    assert_int_equal(fi_store_load_doc(s, 2, &doc, &err), 0);
    assert_int_equal(doc->pages[0].nwords, 2);
    assert_string_equal(doc->pages[0].words[1].text, "03/14/1961");
    assert_non_null(strstr(doc->meta, "station_id"));
    fi_doc_free(doc);
    /* resends share words: document 3 reads document 1's */
    assert_int_equal(fi_store_load_doc(s, 3, &doc, &err), 0);
    assert_int_equal(doc->npages, 1);
    fi_doc_free(doc);

    /* the new linking keys were filled: a new Okafor document joins */
    char sha[65];
    fake_sha("new", sha);
    fi_result *res = fi_result_new();
    res_set(res, "patient_last_name", "OKAFOR");
    res_set(res, "patient_dob", "1961-03-14");
    fi_doc *nd = filler_doc("new.tif", 3);
    fi_store_doc_info info = {.sha256 = sha, .file_name = "new.tif",
                              .received_at = "2024-03-04T09:00:00Z"};
    long long id = 0;
    assert_int_equal(fi_store_add_document(s, &info, nd, res, &id, NULL, &err), 0);
    fi_doc_free(nd);
    fi_result_free(res);
    assert_int_equal(fi_store_show_json(s, id, &json, &err), 0);
    o = cJSON_Parse(json);
    free(json);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "referral"), "id")->valueint, 1);
    cJSON_Delete(o);

    /* the migration is the audit log's first row, and the chain holds */
    assert_int_equal(fi_store_audit_json(s, 0, 1, &json, &err), 0);
    assert_non_null(strstr(json, "\"action\":\t\"schema\""));
    assert_non_null(strstr(json, "\"old\":\t\"1\""));
    free(json);
    long long rows;
    char head[65];
    assert_int_equal(fi_store_audit_verify(s, &rows, head, &err), 0);
    long long qid = 0;
    assert_int_equal(fi_store_find_sha(s, "cccc", &qid, &err), 1);
    fi_store_close(s);

    /* opening again migrates nothing */
    assert_int_equal(fi_store_open(&s, path, &err), 0);
    assert_int_equal(fi_store_audit_verify(s, &rows, head, &err), 0);
    fi_store_close(s);
    remove_dir(dir);
}

static void test_queue_migrate__refuses_newer_and_foreign_files(void **state)
{
    (void)state;
    char dir[64], path[128], *err = NULL;
    temp_store_path(dir, path);
    fi_store *s = NULL;
    assert_int_equal(fi_store_open(&s, path, &err), 0);
    fi_store_close(s);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_int_equal(fi_store_open(&s, path, &err), -1);
    assert_null(s);
    assert_non_null(strstr(err, "schema version 99, newer than this faxintake knows (3)"));
    free(err);

    char other[160];
    snprintf(other, sizeof other, "%s/other.db", dir);
    assert_int_equal(sqlite3_open(other, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_int_equal(fi_store_open(&s, other, &err), -1);
    assert_non_null(strstr(err, "not a faxintake store"));
    free(err);

    snprintf(other, sizeof other, "%s/no/such/folder/x.db", dir);
    assert_int_equal(fi_store_open(&s, other, &err), -1);
    assert_non_null(strstr(err, "does its folder exist"));
    free(err);
    remove_dir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_queue_migrate__from_version_1),
        cmocka_unit_test(test_queue_migrate__refuses_newer_and_foreign_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
