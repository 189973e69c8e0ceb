/* What every kind of plot draws with: its box on the page, the series colours, small
 * text and the value axis. The frame around a plot is pdf_chart.c; each kind has its
 * own file (pdf_chart_bars.c, pdf_chart_cols.c, pdf_chart_line.c). */
#ifndef WR_PDF_PLOT_H
#define WR_PDF_PLOT_H

#include <stdbool.h>

#include "blocks/chart.h"
#include "render/pdf/pdf_context.h"
#include "render/pdf/pdf_style.h"

/* Where a plot is drawn: its box on the current page. */
typedef struct {
    wr_pdf_ctx *ctx;
    const wr_chart *c;
    double x, w; /* left edge and width */
    double top;  /* top of the plot box */
    double h;    /* its height, axis labels included */
} wr_pdf_plot;

/* The colour of series s among n: categorical for bars, columns and lines, lightness
 * steps of one blue for stacked (ordered) series. */
wr_pdf_rgb wr_pdf_series_color(const wr_chart *c, size_t s);

/* True when the colour is so light that a shape in it needs an outline. */
bool wr_pdf_color_pale(wr_pdf_rgb c);

/* Small text helpers: s drawn with its left, centre or right at x. */
void wr_pdf_text_left(wr_pdf_ctx *ctx, wr_pdf_face f, double size, wr_pdf_rgb c, double x,
                      double baseline, const char *s);
void wr_pdf_text_center(wr_pdf_ctx *ctx, wr_pdf_face f, double size, wr_pdf_rgb c, double x,
                        double baseline, const char *s);
void wr_pdf_text_right(wr_pdf_ctx *ctx, wr_pdf_face f, double size, wr_pdf_rgb c, double x,
                       double baseline, const char *s);

/* Draws s centred at x in at most two lines of `width` (broken at spaces), the first
 * baseline at `baseline`. */
void wr_pdf_text_two_lines(wr_pdf_ctx *ctx, double size, wr_pdf_rgb c, double x, double width,
                           double baseline, const char *s);

/* The value axis along [from, to] (x for bars, y for columns and lines). */
typedef struct {
    wr_chart_axis axis;
    double from, to;
} wr_pdf_scale;

double wr_pdf_scale_at(const wr_pdf_scale *s, double v);

/* A vertical value axis (columns, lines): horizontal grid lines across [x0, x1] and
 * tick labels left of x0; returns the scale from bottom to top. */
wr_pdf_scale wr_pdf_value_grid(const wr_pdf_plot *p, wr_chart_axis axis, double x0, double x1,
                               double bottom, double top);

/* Width of the widest tick label of axis. */
double wr_pdf_tick_width(const wr_pdf_plot *p, const wr_chart_axis *axis);

#endif
