/* A chart block as a <figure>: the title and unit as its caption, a legend, the plot as
 * inline SVG (role="img" with <title> and <desc>), the one-sentence text equivalent and
 * the source under it, and the figures themselves as a table in a <details> element,
 * for screen-reader users and anyone who wants the exact numbers. */
#ifndef WR_HTML_CHART_H
#define WR_HTML_CHART_H

#include <cmark-gfm.h>

#include "render/html/html_context.h"

/* Writes the chart of a "grafiek" block; a malformed block fails the context with a
 * message naming the block and line. */
wr_status wr_html_chart(wr_html_ctx *ctx, cmark_node *block);

#endif
