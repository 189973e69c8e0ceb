/* Block Markdown: paragraphs, headings with their ids, lists, quotes and notices, code,
 * rules, tables, and the fenced blocks the PDF renderer knows (cover, contents, key figures,
 * charts). Block by block, in the order of the Markdown, so the page reads as the PDF. */
#ifndef WR_HTML_BLOCKS_H
#define WR_HTML_BLOCKS_H

#include <cmark-gfm.h>

#include "render/html/html_context.h"

/* Writes every child block of parent, in order. */
wr_status wr_html_blocks(wr_html_ctx *ctx, cmark_node *parent);

#endif
