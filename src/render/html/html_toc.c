#include "render/html/html_toc.h"

#include <stdlib.h>

#include "blocks/contents_block.h"
#include "render/html/html_escape.h"

/* Nested lists, one level per heading level; levels never skip (html_headings.c). */
wr_status wr_html_toc(wr_html_ctx *ctx, cmark_node *block)
{
    wr_strbuf *o = ctx->out;
    char *title = wr_contents_title(cmark_node_get_literal(block));
    if (!title)
        return wr_first_error_set(&ctx->failure, WR_ERR_NOMEM, "onvoldoende geheugen voor de inhoudsopgave");
    int top = 6;
    for (size_t i = ctx->heads_done; i < ctx->nheads; i++)
        if (ctx->heads[i].html_level < top)
            top = ctx->heads[i].html_level;
    wr_strbuf_puts(o, "<nav class=\"inhoudsopgave\" aria-labelledby=\"inhoudsopgave\">\n"
                      "<h2 id=\"inhoudsopgave\">");
    wr_html_escs(o, title);
    free(title);
    wr_strbuf_puts(o, "</h2>\n");
    int depth = -1;
    for (size_t i = ctx->heads_done; i < ctx->nheads; i++) {
        const wr_html_heading *h = &ctx->heads[i];
        if (h->level > WR_CONTENTS_MAX_LEVEL)
            continue;
        int d = h->html_level - top;
        if (d > depth + 1)
            d = depth + 1;
        if (d > depth)
            wr_strbuf_puts(o, "\n<ul>\n");
        else
            wr_strbuf_puts(o, "</li>\n");
        for (; depth > d; depth--)
            wr_strbuf_puts(o, "</ul>\n</li>\n");
        depth = d;
        wr_strbuf_puts(o, "<li><a href=\"#");
        wr_html_attr(o, h->id);
        wr_strbuf_puts(o, "\">");
        wr_html_escs(o, h->text);
        wr_strbuf_puts(o, "</a>");
    }
    for (; depth >= 0; depth--)
        wr_strbuf_puts(o, "</li>\n</ul>\n");
    wr_strbuf_puts(o, "</nav>\n");
    return wr_html_check(ctx);
}
