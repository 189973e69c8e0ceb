/* Horizontal bars (one series) and stacked bars. */
#ifndef WR_HTML_CHART_BARS_H
#define WR_HTML_CHART_BARS_H

#include "render/html/html_svg.h"

void wr_svg_bars(const wr_svg *g);
void wr_svg_stacked(const wr_svg *g);

#endif
