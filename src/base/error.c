#include "base/error.h"

#include <stdarg.h>
#include <stdio.h>

wr_status wr_error_set(wr_error *err, wr_status status, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
        err->status = status;
    }
    return status;
}

int wr_status_exit_code(wr_status status)
{
    switch (status) {
    case WR_OK: return 0;
    case WR_ERR_INPUT: return 1;
    case WR_ERR_USAGE: return 2;
    case WR_ERR_CONFIG: return 3;
    case WR_ERR_OUTPUT: return 4;
    case WR_ERR_NOMEM:
    case WR_ERR_INTERNAL: return 5;
    }
    return 5;
}
