/* Navigation: the headings of the document, the PDF outline (bookmarks) that mirrors
 * them, and the table of contents with page numbers and links.
 *
 * Headings are collected from the Markdown before layout, so the contents block knows
 * its entries when it is laid out; their page numbers and link targets are filled in
 * after the last page, like the "pagina X van Y" footers. */
#ifndef WR_PDF_NAV_H
#define WR_PDF_NAV_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

/* Collects every heading under doc, in document order. */
wr_status wr_pdf_nav_collect(wr_pdf_ctx *ctx, cmark_node *doc);

/* Records that the next heading (in document order) was placed with its top at `top`
 * on the current page. */
void wr_pdf_nav_placed(wr_pdf_ctx *ctx, double top);

/* True for the info string of a contents block ("inhoud"). */
bool wr_pdf_toc_is_block(const char *info);

/* Lays out the table of contents on a page of its own: the headings after the block, to
 * level WR_PDF_TOC_MAX_LEVEL, without their page numbers yet. */
wr_status wr_pdf_toc_render(wr_pdf_ctx *ctx, cmark_node *block);

/* After the last page: the outline, and the contents page numbers and links. */
wr_status wr_pdf_nav_finish(wr_pdf_ctx *ctx);

/* Frees the headings and contents entries; accepts a context without them. */
void wr_pdf_nav_free(wr_pdf_ctx *ctx);

/* Makes an annotation printable (PDF/A requires the Print flag on every annotation). */
void wr_pdf_annot_printable(HPDF_Annotation annot);

#endif
