/* Navigation: the headings of the document and the PDF outline (bookmarks) that mirrors
 * them. Headings are collected from the Markdown before layout, so the contents block
 * (pdf_toc.c) knows its entries when it is laid out; where each heading landed is
 * recorded as it is placed, and the outline is made after the last page. */
#ifndef WR_PDF_NAV_H
#define WR_PDF_NAV_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

/* Collects every heading under doc, in document order. */
wr_status wr_pdf_nav_collect(wr_pdf_ctx *ctx, cmark_node *doc);

/* Records that the next heading (in document order) was placed with its top at `top`
 * on the current page. */
void wr_pdf_nav_placed(wr_pdf_ctx *ctx, double top);

/* The structure type of the heading placed last ("H1".."H6"). */
const char *wr_pdf_nav_tag(const wr_pdf_ctx *ctx);

/* A destination at the top of heading h (the reader's zoom is kept). */
HPDF_Destination wr_pdf_nav_destination(wr_pdf_ctx *ctx, const wr_pdf_heading *h);

/* After the last page: the outline. */
wr_status wr_pdf_nav_finish(wr_pdf_ctx *ctx);

/* Frees the headings and contents entries; accepts a context without them. */
void wr_pdf_nav_free(wr_pdf_ctx *ctx);

#endif
