/* Shared by pdf_nav.c and pdf_toc.c. */
#ifndef WR_PDF_TOC_INTERNAL_H
#define WR_PDF_TOC_INTERNAL_H

#include "render/pdf/pdf_context.h"

/* A destination at the top of heading h (the reader's zoom is kept). */
HPDF_Destination wr_pdf_nav_destination(wr_pdf_ctx *ctx, const wr_pdf_heading *h);

/* Draws the page numbers of the contents entries and makes the entries links. */
wr_status wr_pdf_toc_finish(wr_pdf_ctx *ctx);

#endif
