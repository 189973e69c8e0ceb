/* Grouped columns. */
#ifndef WR_HTML_CHART_COLS_H
#define WR_HTML_CHART_COLS_H

#include "render/html/html_svg.h"

/* The drawing's height for a column chart. */
double wr_svg_columns_height(const wr_chart *c);

void wr_svg_columns(const wr_svg *g);

#endif
