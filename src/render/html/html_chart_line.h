/* Lines over the categories, with an optional target. */
#ifndef WR_HTML_CHART_LINE_H
#define WR_HTML_CHART_LINE_H

#include "render/html/html_svg.h"

void wr_html_line_draw(const wr_html_plot *g);

#endif
