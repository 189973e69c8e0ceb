#include "render/html/html_inline.h"

#include <string.h>

#include "blocks/link_policy.h"

#include "render/html/html_escape.h"


static void literal(wr_html_ctx *ctx, cmark_node *n, bool figures)
{
    const char *lit = cmark_node_get_literal(n);
    if (!lit)
        return;
    if (figures && wr_html_figure_markup(ctx->out, lit, strlen(lit)))
        return;
    wr_html_escs(ctx->out, lit);
}

static void wrap(wr_html_ctx *ctx, cmark_node *n, const char *tag, bool figures)
{
    wr_strbuf_printf(ctx->out, "<%s>", tag);
    wr_html_inlines(ctx, n, figures);
    wr_strbuf_printf(ctx->out, "</%s>", tag);
}

void wr_html_inlines(wr_html_ctx *ctx, cmark_node *node, bool figures)
{
    wr_strbuf *b = ctx->out;
    for (cmark_node *n = cmark_node_first_child(node); n; n = cmark_node_next(n)) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
            literal(ctx, n, figures);
            break;
        case CMARK_NODE_CODE:
            wr_strbuf_puts(b, "<code>");
            wr_html_escs(b, cmark_node_get_literal(n));
            wr_strbuf_puts(b, "</code>");
            break;
        case CMARK_NODE_SOFTBREAK:
            wr_strbuf_puts(b, "\n");
            break;
        case CMARK_NODE_LINEBREAK:
            wr_strbuf_puts(b, "<br>\n");
            break;
        case CMARK_NODE_STRONG:
            wrap(ctx, n, "strong", figures);
            break;
        case CMARK_NODE_EMPH:
            wrap(ctx, n, "em", figures);
            break;
        case CMARK_NODE_LINK: {
            /* The links both renderers keep (blocks/link_policy.h); the others keep their text. */
            const char *url = cmark_node_get_url(n);
            wr_link_kind kind = wr_link_check(n, ctx->opts->sources, ctx->opts->warnings);
            if (kind != WR_LINK_WEB && kind != WR_LINK_ANCHOR) {
                wr_html_inlines(ctx, n, figures);
                break;
            }
            wr_strbuf_puts(b, "<a href=\"");
            wr_html_attr(b, url);
            wr_strbuf_puts(b, "\">");
            wr_html_inlines(ctx, n, figures);
            wr_strbuf_puts(b, "</a>");
            break;
        }
        case CMARK_NODE_IMAGE:
            wr_html_inlines(ctx, n, figures); /* the alt text */
            break;
        case CMARK_NODE_HTML_INLINE:
            break;
        default: {
            const char *type = cmark_node_get_type_string(n);
            if (type && strcmp(type, "strikethrough") == 0)
                wrap(ctx, n, "del", figures);
            else if (cmark_node_first_child(n))
                wr_html_inlines(ctx, n, figures);
            else
                literal(ctx, n, figures);
            break;
        }
        }
    }
}

void wr_html_plain_text(cmark_node *node, wr_strbuf *b)
{
    for (cmark_node *n = cmark_node_first_child(node); n; n = cmark_node_next(n)) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE: {
            const char *lit = cmark_node_get_literal(n);
            wr_strbuf_puts(b, lit ? lit : "");
            break;
        }
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            wr_strbuf_puts(b, " ");
            break;
        case CMARK_NODE_HTML_INLINE:
            break;
        default:
            wr_html_plain_text(n, b);
            break;
        }
    }
}

bool wr_html_starts_with(cmark_node *node, const char *prefix)
{
    wr_strbuf b = {0};
    wr_html_plain_text(node, &b);
    const char *s = wr_strbuf_cstr(&b);
    s += strspn(s, " ");
    bool yes = strncmp(s, prefix, strlen(prefix)) == 0;
    wr_strbuf_free(&b);
    return yes;
}
