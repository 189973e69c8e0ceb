/* Block layout: walks the Markdown blocks and places them on pages. Headings stay with
 * the start of what follows, paragraphs avoid single lines at a page end or start. */
#ifndef WR_PDF_BLOCKS_H
#define WR_PDF_BLOCKS_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"
#include "render/pdf/pdf_text.h"

/* Renders every child block of parent, in order. */
wr_status wr_pdf_blocks_render(wr_pdf_ctx *ctx, cmark_node *parent);

/* Height the start of node needs on a page for something before it to stay with it
 * (a heading's keep-with-next): roughly its first two lines. 0 for NULL. */
double wr_pdf_block_lead(wr_pdf_ctx *ctx, cmark_node *node);

/* Places the lines of t at x, page by page; with `widows` a page never ends or starts
 * with a single line of it. Pending list markers go on its first line. */
wr_status wr_pdf_flow_text(wr_pdf_ctx *ctx, const wr_pdf_text *t, double x, bool widows);

/* Lays out runs in style at the current container width, or fails the context. */
wr_status wr_pdf_layout_runs(wr_pdf_ctx *ctx, const wr_pdf_runs *runs,
                             const wr_pdf_textstyle *style, double width, wr_pdf_text **out);

/* Blocks implemented in their own files. */
wr_status wr_pdf_list_render(wr_pdf_ctx *ctx, cmark_node *list);
wr_status wr_pdf_quote_render(wr_pdf_ctx *ctx, cmark_node *quote);
wr_status wr_pdf_code_render(wr_pdf_ctx *ctx, cmark_node *code);

#endif
