/* Blocks that hold blocks: bullet and ordered lists (markers hang in the indent) and
 * block quotes (indented, italic, with a thin rule on the left). Their content goes back
 * through the dispatcher, which the caller passes as `children`.
 *
 * Nesting indents at most WR_PDF_MAX_NESTING levels, and never beyond half the text
 * width; a list or quote nested deeper is set at the indent of the level above it
 * (flattened) and the run is warned with the file and line: the text stays readable and
 * nothing is lost (the HTML twin shows the real depth). */
#ifndef WR_PDF_CONTAINERS_H
#define WR_PDF_CONTAINERS_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"
#include "render/pdf/pdf_flow.h"

/* Levels of lists and quotes that indent. */
#define WR_PDF_MAX_NESTING 8

wr_status wr_pdf_list_render(wr_pdf_ctx *ctx, cmark_node *list, wr_pdf_children_fn children);
wr_status wr_pdf_quote_render(wr_pdf_ctx *ctx, cmark_node *quote, wr_pdf_children_fn children);

#endif
