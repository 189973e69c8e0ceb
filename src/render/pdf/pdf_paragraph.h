/* Paragraphs: justified and hyphenated body text that avoids single lines at a page end
 * or start. A "Noot: ..." paragraph right after a table explains that table and is set
 * small under it; a short paragraph ending in a colon stays with what it introduces. */
#ifndef WR_PDF_PARAGRAPH_H
#define WR_PDF_PARAGRAPH_H

#include <cmark-gfm.h>
#include <stdbool.h>

#include "render/pdf/pdf_context.h"
#include "render/pdf/pdf_flow.h"

/* Lays out and places the paragraph; `lead` measures the block after it. */
wr_status wr_pdf_paragraph_render(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_lead_fn lead);

/* What the paragraph needs at the bottom of a page to start there; for a short one that
 * introduces what follows, that start too (`lead` measures it), as it is kept with it. */
double wr_pdf_paragraph_lead(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_lead_fn lead);

/* Whether node is a "Noot:" paragraph (which then belongs to the table before it). */
bool wr_pdf_paragraph_is_note(wr_pdf_ctx *ctx, cmark_node *node);

#endif
