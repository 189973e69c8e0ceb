/* Charts from "grafiek <soort>" blocks (docs/grafieken.md), drawn as vector graphics:
 * the frame (title, unit, legend, text equivalent, source) is pdf_chart.c, each kind of
 * plot has its own file. A chart is never split over two pages. */
#ifndef WR_PDF_CHART_H
#define WR_PDF_CHART_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

/* How many charts from block on are drawn as one row: consecutive line charts stand as
 * small multiples, two side by side (a run's last odd one alone at the same width); 0
 * when block is drawn in the row of the chart before it, else 1 or 2. */
size_t wr_pdf_chart_row(wr_pdf_ctx *ctx, cmark_node *block);

/* Draws the n charts (1 or 2, from wr_pdf_chart_row) of "grafiek" code blocks from
 * block on, side by side; a malformed block fails the context with a message naming the
 * block and line. */
wr_status wr_pdf_chart_render(wr_pdf_ctx *ctx, cmark_node *block, size_t n);

/* The height the chart (or the row it starts) takes, for keeping a heading with it; 0
 * when malformed. */
double wr_pdf_chart_height(wr_pdf_ctx *ctx, cmark_node *block);

#endif
