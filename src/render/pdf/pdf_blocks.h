/* The block dispatcher: walks the Markdown blocks and hands each to the file that lays
 * it out (paragraph, heading, list, quote, code, table, and the fenced blocks cover,
 * contents, key figures and chart). Blocks that hold blocks, or keep the start of the
 * next one with them, get the dispatcher's two entry points as function pointers. */
#ifndef WR_PDF_BLOCKS_H
#define WR_PDF_BLOCKS_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

/* Renders every child block of parent, in order. */
wr_status wr_pdf_blocks_render(wr_pdf_ctx *ctx, cmark_node *parent);

/* Height the start of node needs on a page for something before it to stay with it
 * (a heading's keep-with-next): roughly its first two lines. 0 for NULL. */
double wr_pdf_block_lead(wr_pdf_ctx *ctx, cmark_node *node);

#endif
