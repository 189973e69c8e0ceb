/* Lines over the categories, with an optional target. */
#ifndef WR_PDF_CHART_LINE_H
#define WR_PDF_CHART_LINE_H

#include "render/pdf/pdf_plot.h"

void wr_pdf_line_draw(const wr_pdf_plot *p);

#endif
