/* The table of contents from an "inhoud" block: a <nav> of links to the headings after
 * the block, nested one list per level. */
#ifndef WR_HTML_TOC_H
#define WR_HTML_TOC_H

#include <cmark-gfm.h>

#include "render/html/html_context.h"

wr_status wr_html_toc(wr_html_ctx *ctx, cmark_node *block);

#endif
