/* Horizontal bars (one series) and stacked bars. */
#ifndef WR_PDF_CHART_BARS_H
#define WR_PDF_CHART_BARS_H

#include "render/pdf/pdf_plot.h"

void wr_pdf_bars_draw(const wr_pdf_plot *p);
void wr_pdf_stacked_draw(const wr_pdf_plot *p);

#endif
