/* What the block renderers share below the dispatcher: laying out runs of text at a
 * width, flowing laid-out lines over pages, and the two ways a block reaches back to the
 * dispatcher (pdf_blocks.c), which hands itself down as function pointers so that no
 * block includes it. */
#ifndef WR_PDF_FLOW_H
#define WR_PDF_FLOW_H

#include <cmark-gfm.h>
#include <stdbool.h>

#include "render/pdf/pdf_context.h"
#include "render/pdf/pdf_text.h"

/* Renders every child block of parent, in order (lists and quotes hold blocks). */
typedef wr_status (*wr_pdf_children_fn)(wr_pdf_ctx *ctx, cmark_node *parent);

/* Height the start of node needs on a page for something before it to stay with it
 * (headings, introducing paragraphs); 0 for NULL. */
typedef double (*wr_pdf_lead_fn)(wr_pdf_ctx *ctx, cmark_node *node);

/* Lays out runs in style at `width`, or fails the context (out of memory). */
wr_status wr_pdf_layout_runs(wr_pdf_ctx *ctx, const wr_pdf_runs *runs,
                             const wr_pdf_textstyle *style, double width, wr_pdf_text **out);

/* Places the lines of t at x, page by page; with `widows` a page never ends or starts
 * with a single line of it. Pending list markers go on its first line. */
wr_status wr_pdf_flow_text(wr_pdf_ctx *ctx, const wr_pdf_text *t, double x, bool widows);

/* Records (pdf_record.h) the hyphens that end lines [first, first + n) of t, drawn on the
 * current page; `in` says where ("text", "cell"). */
void wr_pdf_record_hyphens(wr_pdf_ctx *ctx, const wr_pdf_text *t, size_t first, size_t n, const char *in);

#endif
