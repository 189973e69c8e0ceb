/* Key-figure tiles ("kerncijfers") as a description list: label, figure, and the change
 * against the previous period with a small arrow. The arrow only repeats the sign of
 * the change (up is not "better"), so it is hidden from screen readers. */
#ifndef WR_HTML_TILES_H
#define WR_HTML_TILES_H

#include <cmark-gfm.h>

#include "render/html/html_context.h"

/* Writes the tiles of a "kerncijfers" block; a malformed block fails the context. */
wr_status wr_html_tiles(wr_html_ctx *ctx, cmark_node *block);

#endif
