/* Charts from "grafiek <soort>" blocks (docs/grafieken.md), drawn as vector graphics:
 * the frame (title, unit, legend, text equivalent, source) is pdf_chart.c, each kind of
 * plot has its own file. A chart is never split over two pages. */
#ifndef WR_PDF_CHART_H
#define WR_PDF_CHART_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

/* Draws the chart of a "grafiek" code block; a malformed block fails the context with
 * a message naming the block and line. */
wr_status wr_pdf_chart_render(wr_pdf_ctx *ctx, cmark_node *block);

/* The height the chart takes (for keeping a heading with it); 0 when malformed. */
double wr_pdf_chart_height(wr_pdf_ctx *ctx, cmark_node *block);

#endif
