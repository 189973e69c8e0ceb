#include "blocks/first_error.h"

#include <stdarg.h>
#include <stdio.h>

wr_status wr_first_error_set(wr_first_error *f, wr_status status, const char *fmt, ...)
{
    if (f->status != WR_OK)
        return f->status;
    char msg[sizeof f->err->message];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    f->status = status;
    return wr_error_set(f->err, status, "%s", msg);
}

wr_status wr_first_error_take(wr_first_error *f, wr_status status, const wr_error *parsed)
{
    return wr_first_error_set(f, status, "%s", parsed->message);
}
