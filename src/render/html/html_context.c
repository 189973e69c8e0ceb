#include "render/html/html_context.h"

#include <stdarg.h>
#include <stdio.h>

wr_status wr_html_fail(wr_html_ctx *ctx, wr_status st, const char *fmt, ...)
{
    if (ctx->status != WR_OK)
        return ctx->status; /* the first problem is the one to report */
    char msg[sizeof ctx->err->message];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ctx->status = st;
    return wr_error_set(ctx->err, st, "%s", msg);
}

wr_status wr_html_check(wr_html_ctx *ctx)
{
    if (ctx->status == WR_OK && ctx->out->failed)
        wr_html_fail(ctx, WR_ERR_NOMEM, "onvoldoende geheugen voor de HTML-versie");
    return ctx->status;
}
