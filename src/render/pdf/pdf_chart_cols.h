/* Grouped columns. */
#ifndef WR_PDF_CHART_COLS_H
#define WR_PDF_CHART_COLS_H

#include "render/pdf/pdf_plot.h"

void wr_pdf_columns_draw(const wr_pdf_plot *p);

#endif
