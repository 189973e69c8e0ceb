/* The cover page from a "voorblad" block (see pdf_cover.c for the syntax). */
#ifndef WR_PDF_COVER_H
#define WR_PDF_COVER_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

bool wr_pdf_cover_is_block(const char *info);

/* Fills a page of its own with the cover; the report continues on the next page. */
wr_status wr_pdf_cover_render(wr_pdf_ctx *ctx, cmark_node *block);

#endif
