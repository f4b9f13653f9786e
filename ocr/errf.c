#include "errf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

char *fi_errf(const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return strdup(buf);
}
