/*
 * halve_rows.c: a fine-mode fax TIFF (204x196 dpi) made into a standard-
 * mode one (204x98 dpi) by keeping every other row, as a fax machine
 * sending in standard mode scans it.  For bench/ocr_standard.sh: the dev
 * corpus has 17 standard-mode faxes, so the page treatments chosen for
 * standard mode are checked on the 31 fine-mode ones made standard too.
 *
 *   halve_rows IN.tif OUT.tif
 *
 * Every page of IN must be bilevel; OUT is CCITT G4.  Exit 0, or 1 with
 * the reason on stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <tiffio.h>

static int halve_page(TIFF *in, TIFF *out, const char *path)
{
    uint32_t w = 0, h = 0;
    uint16_t bps = 1, photo = PHOTOMETRIC_MINISWHITE, unit = RESUNIT_INCH;
    float xres = 204, yres = 196;
    TIFFGetField(in, TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetField(in, TIFFTAG_IMAGELENGTH, &h);
    TIFFGetFieldDefaulted(in, TIFFTAG_BITSPERSAMPLE, &bps);
    TIFFGetFieldDefaulted(in, TIFFTAG_PHOTOMETRIC, &photo);
    TIFFGetField(in, TIFFTAG_XRESOLUTION, &xres);
    TIFFGetField(in, TIFFTAG_YRESOLUTION, &yres);
    TIFFGetFieldDefaulted(in, TIFFTAG_RESOLUTIONUNIT, &unit);
    if (bps != 1 || w == 0 || h < 2) {
        fprintf(stderr, "halve_rows: %s: a page is not a bilevel image\n", path);
        return -1;
    }
    TIFFSetField(out, TIFFTAG_IMAGEWIDTH, w);
    TIFFSetField(out, TIFFTAG_IMAGELENGTH, h / 2);
    TIFFSetField(out, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(out, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(out, TIFFTAG_PHOTOMETRIC, photo);
    TIFFSetField(out, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX4);
    TIFFSetField(out, TIFFTAG_XRESOLUTION, xres);
    TIFFSetField(out, TIFFTAG_YRESOLUTION, yres / 2);
    TIFFSetField(out, TIFFTAG_RESOLUTIONUNIT, unit);
    TIFFSetField(out, TIFFTAG_ROWSPERSTRIP, h / 2);
    unsigned char *row = malloc((size_t)TIFFScanlineSize(in));
    int rc = row ? 0 : -1;
    for (uint32_t r = 0; rc == 0 && r / 2 < h / 2; r++) {
        if (TIFFReadScanline(in, row, r, 0) < 0)
            rc = -1;
        else if (r % 2 == 0 && TIFFWriteScanline(out, row, r / 2, 0) < 0)
            rc = -1;
    }
    free(row);
    if (rc == 0 && !TIFFWriteDirectory(out))
        rc = -1;
    if (rc)
        fprintf(stderr, "halve_rows: %s: cannot read or write a page\n", path);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: halve_rows IN.tif OUT.tif\n", stderr);
        return 1;
    }
    TIFF *in = TIFFOpen(argv[1], "r"), *out = in ? TIFFOpen(argv[2], "w") : NULL;
    int rc = in && out ? 0 : -1;
    if (rc)
        fprintf(stderr, "halve_rows: cannot open %s\n", in ? argv[2] : argv[1]);
    while (rc == 0) {
        rc = halve_page(in, out, argv[1]);
        if (rc || !TIFFReadDirectory(in))
            break;
    }
    if (out)
        TIFFClose(out);
    if (in)
        TIFFClose(in);
    return rc ? 1 : 0;
}
