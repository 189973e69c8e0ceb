/* The cover page from a "voorblad" block (blocks/cover_block.h). */
#ifndef WR_PDF_COVER_H
#define WR_PDF_COVER_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

/* Fills a page of its own with the cover; the report continues on the next page. */
wr_status wr_pdf_cover_render(wr_pdf_ctx *ctx, cmark_node *block);

#endif
