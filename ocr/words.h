/*
 * words.h: what reading a document produces, independent of how it was read.
 *
 * A fi_doc is a list of pages; each page holds the words found on it with
 * their text, confidence and box in the pixels of the page as it was read
 * (after any stretching or rotation).  This is the only thing the extractor
 * sees, so it carries no library handle or file: a fi_doc can be
 * serialized to JSON, cached, stored and read back to re-run the rules
 * without OCR.  (A page may carry a PNG picture of itself for the review
 * screen; the JSON leaves it out.)
 *
 * Ownership: a fi_doc owns its pages, which own their words and strings.
 * fi_doc_free() releases everything; pointers returned by the accessors
 * are borrowed from the doc and live until it is freed.
 */
#ifndef FI_WORDS_H
#define FI_WORDS_H

#include <stddef.h>

typedef enum fi_page_how {
    FI_PAGE_OCR = 0,        /* rendered or decoded and read by Tesseract */
    FI_PAGE_TEXT_LAYER = 1, /* born-digital PDF: words taken from its text */
    FI_PAGE_BLANK = 2,      /* too little ink to hold text; not OCRed */
} fi_page_how;

typedef struct fi_word {
    char *text;             /* UTF-8, owned by the page */
    float conf;             /* 0..1 */
    int x0, y0, x1, y1;     /* box, pixels of the page as read */
    int block;              /* block number on the page, from 0 */
    int line;               /* line number on the page, from 0 */
} fi_word;

typedef struct fi_page {
    int width, height;      /* pixels of the page as read */
    int dpi;                /* resolution of those pixels */
    fi_page_how how;
    int rotation;           /* degrees turned clockwise before reading */
    float mean_conf;        /* mean word confidence, 0..1 */
    double ms;              /* time spent on this page */
    char *note;             /* why something unusual was done, or NULL */
    /* A picture of the page for the review screen (PNG, a reduced copy of
     * the page as read), when the reader was asked for one; never part of
     * the JSON.  Owned by the page. */
    unsigned char *png;
    size_t png_len;
    size_t nwords;
    size_t cap;             /* allocated slots in words */
    fi_word *words;
} fi_page;

typedef struct fi_doc {
    char *source;           /* the input's file name without folders */
    char *meta;             /* sender metadata as a JSON object text, or NULL */
    size_t npages;
    size_t cap;
    fi_page *pages;
} fi_doc;

/* A new empty document named after source (basename taken); NULL on OOM. */
fi_doc *fi_doc_new(const char *source);
void fi_doc_free(fi_doc *doc);

/* Appends a page and returns it (borrowed), or NULL on OOM. */
fi_page *fi_doc_add_page(fi_doc *doc, int width, int height, int dpi);

/* Appends a copy of text as a word; returns 0 or -1 on OOM. */
int fi_page_add_word(fi_page *page, const char *text, float conf,
                     int x0, int y0, int x1, int y1, int block, int line);

/* Parts each line's words into rows of words side by side (vertically
 * overlapping), each row a line of its own, numbered in the order of the
 * rows' first words; a row's words stay in the order given.  A PDF's text
 * layer joins the cells of a table's two rows into one line ("ICD-10
 * Reason I25.10, New onset R07.9, atrial...", the words taken turn about).
 * Returns 0, or -1 on OOM (the page unchanged). */
int fi_page_split_rows(fi_page *page);

/* Sets the page's note (copied); replaces any earlier one. */
void fi_page_set_note(fi_page *page, const char *note);

/* Recomputes page->mean_conf from its words. */
void fi_page_update_conf(fi_page *page);

/* The document as a JSON array of page objects, compact.  The caller frees
 * the string with free(); NULL on OOM. */
char *fi_doc_pages_to_json(const fi_doc *doc);

/* Parses what fi_doc_pages_to_json() wrote back into *out (source set to
 * source).  Returns 0, or -1 with *out NULL when json is not such text. */
int fi_doc_from_pages_json(fi_doc **out, const char *source, const char *json);

#endif
