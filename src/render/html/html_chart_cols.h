/* Grouped columns. */
#ifndef WR_HTML_CHART_COLS_H
#define WR_HTML_CHART_COLS_H

#include "render/html/html_svg.h"

void wr_html_columns_draw(const wr_html_plot *g);

#endif
