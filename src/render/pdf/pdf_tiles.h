/* Key-figure tiles: up to four in a row, each a tinted box with a thin accent on top,
 * the label, the figure large, and the change against the previous quarter with a small
 * arrow. The arrow only says up or down, not good or bad: more waiting residents is up
 * too. All tiles of a row share its height. */
#ifndef WR_PDF_TILES_H
#define WR_PDF_TILES_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

/* Draws the tiles of a "kerncijfers" block, on a new page unless `keep` (the start of
 * what follows) fits under them; a malformed block fails the context. */
wr_status wr_pdf_tiles_render(wr_pdf_ctx *ctx, cmark_node *block, double keep);

/* The height the tiles take (for keeping a heading with them); 0 when malformed. */
double wr_pdf_tiles_height(wr_pdf_ctx *ctx, cmark_node *block);

#endif
