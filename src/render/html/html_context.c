#include "render/html/html_context.h"

wr_status wr_html_check(wr_html_ctx *ctx)
{
    if (ctx->failure.status == WR_OK && ctx->out->failed)
        wr_first_error_set(&ctx->failure, WR_ERR_NOMEM,
                           "onvoldoende geheugen voor de HTML-versie");
    return ctx->failure.status;
}
