/* The table of contents: a page with the headings that follow the "inhoud" block, each
 * with a dotted leader to its page number, the whole entry a link to the heading. */
#ifndef WR_PDF_TOC_H
#define WR_PDF_TOC_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

/* Lays out the table of contents on a page of its own: the headings after the block, to
 * level WR_CONTENTS_MAX_LEVEL, without their page numbers yet. */
wr_status wr_pdf_toc_render(wr_pdf_ctx *ctx, cmark_node *block);

/* After the last page: draws the page numbers of the contents entries and makes the
 * entries links to their headings. */
wr_status wr_pdf_toc_finish(wr_pdf_ctx *ctx);

#endif
