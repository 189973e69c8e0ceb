#include "render/pdf/pdf_blocks.h"

#include "blocks/block_kind.h"
#include "blocks/markdown.h"
#include "render/pdf/pdf_chart.h"
#include "render/pdf/pdf_code.h"
#include "render/pdf/pdf_containers.h"
#include "render/pdf/pdf_cover.h"
#include "render/pdf/pdf_heading.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_paragraph.h"
#include "render/pdf/pdf_style.h"
#include "render/pdf/pdf_table.h"
#include "render/pdf/pdf_tiles.h"
#include "render/pdf/pdf_toc.h"

/* Room a table's last row keeps below it: the start of its note, if one follows. */
static double table_keep(wr_pdf_ctx *ctx, cmark_node *table)
{
    cmark_node *next = cmark_node_next(table);
    return wr_pdf_paragraph_is_note(ctx, next) ? WR_PDF_NOTE_GAP + wr_pdf_paragraph_lead(ctx, next)
                                               : 0;
}

double wr_pdf_block_lead(wr_pdf_ctx *ctx, cmark_node *node)
{
    if (!node)
        return 0;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        return wr_pdf_paragraph_lead(ctx, node);
    case CMARK_NODE_HEADING:
        return wr_pdf_heading_lead(ctx, node, wr_pdf_block_lead);
    case CMARK_NODE_LIST:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_BLOCK_QUOTE:
        return wr_pdf_block_lead(ctx, cmark_node_first_child(node));
    case CMARK_NODE_CODE_BLOCK:
        switch (wr_block_kind_of(node, ctx->opts->sources)) {
        case WR_BLOCK_CHART: return wr_pdf_chart_height(ctx, node);
        case WR_BLOCK_KEYFIGS: return wr_pdf_tiles_height(ctx, node);
        default: return 3 * WR_PDF_CODE_LEADING + 2 * WR_PDF_CODE_PAD; /* same 2 + 2 rule, roughly */
        }
    default:
        if (wr_markdown_is_table(node))
            return WR_PDF_TABLE_BEFORE + wr_pdf_table_lead(ctx, node, table_keep(ctx, node));
        return 0;
    }
}

/* Fenced blocks of a template whose info string names a cover, contents, key figures or
 * a chart; anything else is code. */
static wr_status special_block(wr_pdf_ctx *ctx, cmark_node *node)
{
    switch (wr_block_kind_of(node, ctx->opts->sources)) {
    case WR_BLOCK_COVER: return wr_pdf_cover_render(ctx, node);
    case WR_BLOCK_CONTENTS: return wr_pdf_toc_render(ctx, node);
    case WR_BLOCK_KEYFIGS: return wr_pdf_tiles_render(ctx, node);
    case WR_BLOCK_CHART: return wr_pdf_chart_render(ctx, node);
    case WR_BLOCK_CODE: break;
    }
    return wr_pdf_code_render(ctx, node);
}

static wr_status block(wr_pdf_ctx *ctx, cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        return wr_pdf_paragraph_render(ctx, node, wr_pdf_block_lead);
    case CMARK_NODE_HEADING:
        return wr_pdf_heading_render(ctx, node, wr_pdf_block_lead);
    case CMARK_NODE_LIST:
        return wr_pdf_list_render(ctx, node, wr_pdf_blocks_render);
    case CMARK_NODE_BLOCK_QUOTE:
        return wr_pdf_quote_render(ctx, node, wr_pdf_blocks_render);
    case CMARK_NODE_CODE_BLOCK:
        return special_block(ctx, node);
    case CMARK_NODE_THEMATIC_BREAK:
        /* In these reports a horizontal rule separates parts: each starts a page. */
        return wr_pdf_page_break(ctx);
    case CMARK_NODE_HTML_BLOCK:
        return ctx->failure.status; /* raw HTML has no place in a PDF */
    default:
        if (wr_markdown_is_table(node))
            return wr_pdf_table_render(ctx, node, table_keep(ctx, node));
        return wr_pdf_blocks_render(ctx, node); /* unknown containers: their content */
    }
}

wr_status wr_pdf_blocks_render(wr_pdf_ctx *ctx, cmark_node *parent)
{
    for (cmark_node *n = cmark_node_first_child(parent); n && ctx->failure.status == WR_OK;
         n = cmark_node_next(n))
        block(ctx, n);
    return ctx->failure.status;
}
