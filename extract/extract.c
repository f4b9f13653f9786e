/*
 * extract.c: runs the rules over a document's words.
 */
#include "result.h"

#include <stdlib.h>

fi_result *fi_extract(const fi_rules *rules, const fi_doc *doc, fi_reread_fn reread, void *ctx)
{
    (void)doc, (void)reread, (void)ctx;
    fi_result *res = fi_result_new();
    if (!res || !rules)
        return res;
    return res;
}
