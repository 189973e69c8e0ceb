#include "render/html/html_blocks.h"

#include "blocks/block_kind.h"
#include "blocks/markdown.h"
#include "render/html/html_chart.h"
#include "render/html/html_cover.h"
#include "render/html/html_escape.h"
#include "render/html/html_inline.h"
#include "render/html/html_table.h"
#include "render/html/html_tiles.h"
#include "render/html/html_toc.h"

static void paragraph(wr_html_ctx *ctx, cmark_node *node)
{
    if (wr_html_table_note(node))
        return; /* written by the table it explains */
    wr_strbuf_puts(ctx->out, "<p>");
    wr_html_inlines(ctx, node, false);
    wr_strbuf_puts(ctx->out, "</p>\n");
}

static void heading(wr_html_ctx *ctx, cmark_node *node)
{
    if (ctx->heads_done >= ctx->nheads) /* cannot happen: collected from the same tree */
        return;
    const wr_html_heading *h = &ctx->heads[ctx->heads_done++];
    wr_strbuf_printf(ctx->out, "<h%d id=\"", h->html_level);
    wr_html_attr(ctx->out, h->id);
    wr_strbuf_puts(ctx->out, "\">");
    wr_html_inlines(ctx, node, false);
    wr_strbuf_printf(ctx->out, "</h%d>\n", h->html_level);
    ctx->section = h->text;
}

static void block(wr_html_ctx *ctx, cmark_node *node);

static void list(wr_html_ctx *ctx, cmark_node *node)
{
    bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    bool tight = cmark_node_get_list_tight(node);
    int start = cmark_node_get_list_start(node);
    if (ordered && start != 1)
        wr_strbuf_printf(ctx->out, "<ol start=\"%d\">\n", start);
    else
        wr_strbuf_puts(ctx->out, ordered ? "<ol>\n" : "<ul>\n");
    for (cmark_node *it = cmark_node_first_child(node); it; it = cmark_node_next(it)) {
        wr_strbuf_puts(ctx->out, "<li>");
        for (cmark_node *c = cmark_node_first_child(it); c; c = cmark_node_next(c)) {
            if (tight && cmark_node_get_type(c) == CMARK_NODE_PARAGRAPH)
                wr_html_inlines(ctx, c, false); /* a tight list has no paragraphs */
            else
                block(ctx, c);
        }
        wr_strbuf_puts(ctx->out, "</li>\n");
    }
    wr_strbuf_puts(ctx->out, ordered ? "</ol>\n" : "</ul>\n");
}

/* What a quote is: the template writes notices as a quote opening in bold ("> **Dit is
 * een concept.** ...", "> **Tekst ontbreekt nog:** ..."); those are notes about the
 * document, not quotations, and a missing text must stand out as in the PDF. */
typedef enum { QUOTE, NOTICE, PLACEHOLDER } quote_kind;

static quote_kind quote_kind_of(cmark_node *quote)
{
    cmark_node *p = cmark_node_first_child(quote);
    cmark_node *first = p && cmark_node_get_type(p) == CMARK_NODE_PARAGRAPH
                            ? cmark_node_first_child(p) : NULL;
    if (!first || cmark_node_get_type(first) != CMARK_NODE_STRONG)
        return QUOTE;
    return wr_html_starts_with(first, "Tekst ontbreekt nog") ? PLACEHOLDER : NOTICE;
}

static void quote(wr_html_ctx *ctx, cmark_node *node)
{
    quote_kind k = quote_kind_of(node);
    static const char *const open[] = {"<blockquote>\n", "<div class=\"melding\" role=\"note\">\n",
                                       "<div class=\"melding ontbreekt\" role=\"note\">\n"};
    wr_strbuf_puts(ctx->out, open[k]);
    wr_html_blocks(ctx, node);
    wr_strbuf_puts(ctx->out, k == QUOTE ? "</blockquote>\n" : "</div>\n");
}

static void code(wr_html_ctx *ctx, cmark_node *node)
{
    switch (wr_block_kind_of(node, ctx->opts->sources)) {
    case WR_BLOCK_COVER: wr_html_cover(ctx, node); break;
    case WR_BLOCK_CONTENTS: wr_html_toc(ctx, node); break;
    case WR_BLOCK_KEYFIGS: wr_html_tiles(ctx, node); break;
    case WR_BLOCK_CHART: wr_html_chart(ctx, node); break;
    case WR_BLOCK_CODE:
        wr_strbuf_puts(ctx->out, "<pre><code>");
        wr_html_escs(ctx->out, cmark_node_get_literal(node));
        wr_strbuf_puts(ctx->out, "</code></pre>\n");
        break;
    }
}

static void block(wr_html_ctx *ctx, cmark_node *node)
{
    if (ctx->failure.status != WR_OK)
        return;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH: paragraph(ctx, node); break;
    case CMARK_NODE_HEADING: heading(ctx, node); break;
    case CMARK_NODE_LIST: list(ctx, node); break;
    case CMARK_NODE_BLOCK_QUOTE: quote(ctx, node); break;
    case CMARK_NODE_CODE_BLOCK: code(ctx, node); break;
    case CMARK_NODE_THEMATIC_BREAK: wr_strbuf_puts(ctx->out, "<hr>\n"); break;
    case CMARK_NODE_HTML_BLOCK: break; /* raw HTML: dropped, as in the PDF */
    default:
        if (wr_markdown_is_table(node))
            wr_html_table(ctx, node);
        else
            wr_html_blocks(ctx, node); /* unknown containers: their content */
        break;
    }
}

wr_status wr_html_blocks(wr_html_ctx *ctx, cmark_node *parent)
{
    for (cmark_node *n = cmark_node_first_child(parent); n && ctx->failure.status == WR_OK;
         n = cmark_node_next(n))
        block(ctx, n);
    return wr_html_check(ctx);
}
