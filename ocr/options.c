/*
 * options.c: the reader's default settings, apart from the reader itself
 * so that the config parser (shared with the review server, which links
 * no OCR library) can start from them.
 */
#include <string.h>

#include "ocr.h"

void fi_ocr_options_init(fi_ocr_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->max_file_bytes = 100L * 1024 * 1024;
    opt->max_pages = 200;
    opt->max_page_pixels = 40L * 1000 * 1000;
    opt->default_dpi = 200;
    opt->pdf_render_dpi = 300;
    opt->detect_orientation = 1;
}
