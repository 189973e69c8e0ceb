#include "render/pdf/pdf_containers.h"

#include <stdio.h>

#include "blocks/block_origin.h"
#include "blocks/notice.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"

/* The indent a list or quote nested in the current container gets: want, or nothing
 * when that would go beyond WR_PDF_MAX_NESTING levels or half the text width (the caller
 * then counts it in ctx->flattened while setting it). The outermost one flattened is
 * named in a warning. */
static double nested_indent(wr_pdf_ctx *ctx, cmark_node *node, double want)
{
    if (ctx->list_depth + ctx->quote_depth < WR_PDF_MAX_NESTING && ctx->indent + want <= WR_PDF_TEXT_W / 2)
        return want;
    if (ctx->flattened++ > 0)
        return 0;
    char where[512];
    wr_node_where(node, ctx->opts->sources, where, sizeof where);
    wr_warnings_add(ctx->opts->warnings,
                    "%s: lijsten en citaten springen in de PDF hoogstens %d niveaus (of een halve regelbreedte) "
                    "in; wat dieper ligt, staat op de hoogte van het niveau erboven. De HTML-versie toont de "
                    "echte diepte.",
                    where, WR_PDF_MAX_NESTING);
    return 0;
}

static void marker_text(cmark_node *list, int depth, int number, char *buf, size_t size)
{
    if (cmark_node_get_list_type(list) == CMARK_ORDERED_LIST)
        snprintf(buf, size, "%d%c", number,
                 cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ')' : '.');
    else
        snprintf(buf, size, "%s", depth <= 1 ? "\xE2\x80\xA2" : "\xE2\x80\x93"); /* • – */
}

wr_status wr_pdf_list_render(wr_pdf_ctx *ctx, cmark_node *list, wr_pdf_children_fn children)
{
    char marker[24];
    int first = cmark_node_get_list_start(list), items = 0;
    for (cmark_node *it = cmark_node_first_child(list); it; it = cmark_node_next(it))
        items++;
    if (cmark_node_get_list_type(list) != CMARK_ORDERED_LIST)
        first = 1;

    /* The indent fits the widest marker (e.g. "12."), at least the standard indent. */
    marker_text(list, ctx->list_depth + 1, first + (items > 0 ? items - 1 : 0), marker,
                sizeof marker);
    double indent = wr_pdf_string_width(ctx, WR_PDF_REGULAR, WR_PDF_BODY_SIZE, marker) +
                    WR_PDF_MARKER_GAP;
    if (indent < WR_PDF_LIST_INDENT)
        indent = WR_PDF_LIST_INDENT;
    indent = nested_indent(ctx, list, indent);

    double saved_indent = ctx->indent;
    bool saved_tight = ctx->tight;
    /* Flattened, the markers hang where those of the level above do. */
    double marker_right = wr_pdf_ctx_left(ctx) + indent - WR_PDF_MARKER_GAP;
    ctx->list_depth++;
    ctx->indent += indent;
    ctx->tight = cmark_node_get_list_tight(list);

    wr_pdf_tags_open(ctx->tags, "L");
    int number = first;
    for (cmark_node *it = cmark_node_first_child(list); it && ctx->failure.status == WR_OK;
         it = cmark_node_next(it), number++) {
        marker_text(list, ctx->list_depth, number, marker, sizeof marker);
        wr_pdf_tags_open(ctx->tags, "LI");
        wr_pdf_marker_push(ctx, marker, marker_right, wr_pdf_tags_add(ctx->tags, "Lbl"));
        wr_pdf_tags_open(ctx->tags, "LBody");
        children(ctx, it);
        wr_pdf_markers_drop(ctx); /* an empty item, or one starting with a table */
        wr_pdf_tags_close(ctx->tags);
        wr_pdf_tags_close(ctx->tags);
    }
    wr_pdf_tags_close(ctx->tags);

    ctx->list_depth--;
    if (indent == 0)
        ctx->flattened--;
    ctx->indent = saved_indent;
    ctx->tight = saved_tight;
    wr_pdf_gap(ctx, ctx->tight ? WR_PDF_TIGHT_GAP : WR_PDF_PARA_GAP);
    return ctx->failure.status;
}

wr_status wr_pdf_quote_render(wr_pdf_ctx *ctx, cmark_node *quote, wr_pdf_children_fn children)
{
    wr_pdf_gap(ctx, WR_PDF_PARA_GAP);
    double indent = nested_indent(ctx, quote, WR_PDF_QUOTE_INDENT);
    wr_pdf_quote_open(ctx, wr_pdf_ctx_left(ctx) + WR_PDF_QUOTE_RULE_W / 2.0);
    ctx->indent += indent;
    bool saved_tight = ctx->tight, saved_notice = ctx->notice;
    ctx->tight = false;
    ctx->notice = saved_notice || wr_quote_kind_of(quote) != WR_QUOTE_PLAIN;
    wr_pdf_tags_open(ctx->tags, "BlockQuote");
    children(ctx, quote);
    wr_pdf_tags_close(ctx->tags);
    ctx->tight = saved_tight;
    ctx->notice = saved_notice;
    ctx->indent -= indent;
    if (indent == 0)
        ctx->flattened--;
    wr_pdf_quote_close(ctx);
    wr_pdf_gap(ctx, WR_PDF_PARA_GAP);
    return wr_pdf_ctx_check(ctx);
}
