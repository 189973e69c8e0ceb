/* Horizontal bars (one series) and stacked bars. */
#ifndef WR_HTML_CHART_BARS_H
#define WR_HTML_CHART_BARS_H

#include "render/html/html_svg.h"

void wr_html_bars_draw(const wr_html_plot *g);
void wr_html_stacked_draw(const wr_html_plot *g);

#endif
