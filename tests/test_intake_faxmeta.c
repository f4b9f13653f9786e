/*
 * test_intake_faxmeta.c: the fax server's metadata in a TIFF reaches the
 * document: ImageDescription (the sender's station id), DateTime, and
 * HylaFAX's per-page line errors (BadFaxLines, ConsecutiveBadFaxLines,
 * CleanFaxData), receive time (FaxRecvTime) and subaddress, summed or worst
 * over the pages.  The pages are blank, so no OCR runs.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tiffio.h>
#include <unistd.h>

#include "ocr/ocr.h"

enum { W = 1728, H = 400 };

typedef struct page_tags {
    uint32_t bad, run, recv_s;
    uint16_t clean;
} page_tags;

static void write_fax(const char *path, const page_tags *tags, int npages, int with_desc)
{
    TIFF *tif = TIFFOpen(path, "w");
    assert_non_null(tif);
    unsigned char line[W / 8];
    memset(line, 0, sizeof line);  /* MinIsWhite: 0 is paper */
    for (int p = 0; p < npages; p++) {
        TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, (uint32_t)W);
        TIFFSetField(tif, TIFFTAG_IMAGELENGTH, (uint32_t)H);
        TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, (uint16_t)1);
        TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, (uint16_t)1);
        /* The compression first: it makes libtiff know the fax tags. */
        TIFFSetField(tif, TIFFTAG_COMPRESSION, (uint16_t)COMPRESSION_CCITTFAX4);
        TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, (uint16_t)PHOTOMETRIC_MINISWHITE);
        TIFFSetField(tif, TIFFTAG_XRESOLUTION, 204.0f);
        TIFFSetField(tif, TIFFTAG_YRESOLUTION, 196.0f);
        TIFFSetField(tif, TIFFTAG_RESOLUTIONUNIT, (uint16_t)RESUNIT_INCH);
        TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, (uint32_t)H);
        TIFFSetField(tif, TIFFTAG_SUBFILETYPE, (uint32_t)FILETYPE_PAGE);
        TIFFSetField(tif, TIFFTAG_PAGENUMBER, (uint16_t)p, (uint16_t)npages);
        if (with_desc) {
            TIFFSetField(tif, TIFFTAG_IMAGEDESCRIPTION, "+1 612 555 0148");
            TIFFSetField(tif, TIFFTAG_DATETIME, "2024:03:18 10:15:00");
            TIFFSetField(tif, TIFFTAG_FAXSUBADDRESS, "42");
        }
        if (tags) {
            TIFFSetField(tif, TIFFTAG_BADFAXLINES, tags[p].bad);
            TIFFSetField(tif, TIFFTAG_CONSECUTIVEBADFAXLINES, tags[p].run);
            TIFFSetField(tif, TIFFTAG_CLEANFAXDATA, tags[p].clean);
            TIFFSetField(tif, TIFFTAG_FAXRECVTIME, tags[p].recv_s);
        }
        for (uint32_t y = 0; y < H; y++)
            assert_true(TIFFWriteScanline(tif, line, y, 0) >= 0);
        assert_true(TIFFWriteDirectory(tif));
    }
    TIFFClose(tif);
}

static cJSON *read_meta(const char *path)
{
    fi_ocr *ocr = NULL;
    fi_doc *doc = NULL;
    char *err = NULL;
    assert_int_equal(fi_ocr_open(&ocr, NULL, &err), FI_OCR_OK);
    int rc = fi_ocr_read_file(ocr, path, &doc, &err);
    if (rc != FI_OCR_OK)
        print_error("%s\n", err);
    assert_int_equal(rc, FI_OCR_OK);
    cJSON *meta = doc->meta ? cJSON_Parse(doc->meta) : NULL;
    fi_doc_free(doc);
    fi_ocr_close(ocr);
    return meta;
}

static double num(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    assert_true(cJSON_IsNumber(v));
    return v->valuedouble;
}

static const char *str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    assert_true(cJSON_IsString(v));
    return v->valuestring;
}

static void test_faxmeta__hylafax_tags_summed_over_pages(void **state)
{
    (void)state;
    char path[] = "/tmp/fi-faxmeta-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    const page_tags tags[2] = {{7, 2, 12, CLEANFAXDATA_CLEAN},
                               {3, 5, 9, CLEANFAXDATA_REGENERATED}};
    write_fax(path, tags, 2, 1);
    cJSON *meta = read_meta(path);
    assert_non_null(meta);
    assert_string_equal(str(meta, "station_id"), "+1 612 555 0148");
    assert_string_equal(str(meta, "datetime"), "2024:03:18 10:15:00");
    assert_string_equal(str(meta, "subaddress"), "42");
    assert_int_equal((int)num(meta, "bad_lines"), 10);
    assert_int_equal((int)num(meta, "max_consecutive_bad_lines"), 5);
    assert_string_equal(str(meta, "line_errors"), "regenerated");
    assert_int_equal((int)num(meta, "receive_seconds"), 21);
    cJSON_Delete(meta);
    unlink(path);
}

static void test_faxmeta__plain_tiff_has_none(void **state)
{
    (void)state;
    char path[] = "/tmp/fi-faxmeta-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    write_fax(path, NULL, 1, 0);
    cJSON *meta = read_meta(path);
    assert_null(meta);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_faxmeta__hylafax_tags_summed_over_pages),
        cmocka_unit_test(test_faxmeta__plain_tiff_has_none),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
