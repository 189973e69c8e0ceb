/* Pages and the vertical cursor: adding pages (with running header), placing blocks with
 * collapsing gaps and keep-with-next room, the left rule of block quotes across pages,
 * list markers, and the "pagina X van Y" footers drawn once the page count is known. */
#ifndef WR_PDF_PAGE_H
#define WR_PDF_PAGE_H

#include "render/pdf/pdf_context.h"
#include "render/pdf/pdf_style.h"

/* Starts a new page; the running header goes on every page but the first. */
wr_status wr_pdf_page_add(wr_pdf_ctx *ctx);

/* Starts a new page unless the current one is still empty (thematic break). */
wr_status wr_pdf_page_break(wr_pdf_ctx *ctx);

/* Asks for at least g points of space before the next content (gaps collapse: the
 * largest wins); a gap at the top of a page is dropped. */
void wr_pdf_gap(wr_pdf_ctx *ctx, double g);

/* Sets the owed gap to exactly g (e.g. a table note sits tight under its table). */
void wr_pdf_gap_set(wr_pdf_ctx *ctx, double g);

/* Height left on the current page below the owed gap. */
double wr_pdf_room(const wr_pdf_ctx *ctx);

/* Reserves h points for content that also needs `keep` points after it on the same page
 * (moving to a new page when they do not fit and the page is not empty). *top receives
 * the top of the reserved space. */
wr_status wr_pdf_place(wr_pdf_ctx *ctx, double h, double keep, double *top);

/* Reserves h points right here, even past the page end (a table row that must stay with
 * the header just drawn above it). */
wr_status wr_pdf_place_here(wr_pdf_ctx *ctx, double h, double *top);

/* Records (pdf_record.h) a block of `kind` placed on the current page from top down to
 * the cursor; detail as there. Nothing when no record is kept. */
void wr_pdf_record_placed(wr_pdf_ctx *ctx, const char *kind, double top, const char *detail);

/* Queues a list marker; it is drawn on the baseline of the next line of text, as the
 * content of the structure element `label` (the item's Lbl). */
void wr_pdf_marker_push(wr_pdf_ctx *ctx, const char *text, double right, size_t label);
void wr_pdf_markers_draw(wr_pdf_ctx *ctx, double baseline);
void wr_pdf_markers_drop(wr_pdf_ctx *ctx);

/* Block quotes: a thin rule at x runs along the quoted content, page by page. */
void wr_pdf_quote_open(wr_pdf_ctx *ctx, double x);
void wr_pdf_quote_close(wr_pdf_ctx *ctx);

/* The framed "CONCEPT" label at the top right of the current page. */
void wr_pdf_draft_label(wr_pdf_ctx *ctx);

/* Draws the footers on every page; call after the last content. */
wr_status wr_pdf_pages_finish(wr_pdf_ctx *ctx);

/* Draws the UTF-8 string s with its left edge at x; returns its width. */
double wr_pdf_draw_string(wr_pdf_ctx *ctx, HPDF_Page page, wr_pdf_face face, double size,
                          wr_pdf_rgb color, double x, double baseline, const char *s);

/* Width of the UTF-8 string s. */
double wr_pdf_string_width(const wr_pdf_ctx *ctx, wr_pdf_face face, double size, const char *s);

#endif
