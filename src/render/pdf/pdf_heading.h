/* Headings: set in their level's style, never alone at the bottom of a page (each keeps
 * the start of what follows with it), and registered for the outline and contents. */
#ifndef WR_PDF_HEADING_H
#define WR_PDF_HEADING_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"
#include "render/pdf/pdf_flow.h"

/* Lays out and places the heading; `lead` measures the block after it. */
wr_status wr_pdf_heading_render(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_lead_fn lead);

/* What the heading and the start of the block after it need on a page. */
double wr_pdf_heading_lead(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_lead_fn lead);

#endif
