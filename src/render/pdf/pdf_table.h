/* GFM tables: column widths from content, wrapped cells, a bold header row repeated on
 * every page the table spans, rows never split. */
#ifndef WR_PDF_TABLE_H
#define WR_PDF_TABLE_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

/* Draws the table node; keep_after is room its last row needs below it (for a note). */
wr_status wr_pdf_table_render(wr_pdf_ctx *ctx, cmark_node *table, double keep_after);

/* Height the table needs on a page to start there (header and first rows; with the same
 * keep_after as wr_pdf_table_render), for keep-with-next. */
double wr_pdf_table_lead(wr_pdf_ctx *ctx, cmark_node *table, double keep_after);

#endif
