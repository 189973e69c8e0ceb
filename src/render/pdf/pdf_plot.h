/* What every kind of plot draws with: its box on the page, the series colours, small
 * text and the value axis. The frame around a plot is pdf_chart.c; each kind has its
 * own file (pdf_chart_bars.c, pdf_chart_cols.c, pdf_chart_line.c). Where things go is
 * decided in blocks/chart_geometry.c, the same for the HTML version; this is drawing. */
#ifndef WR_PDF_PLOT_H
#define WR_PDF_PLOT_H

#include <stdbool.h>

#include "blocks/chart.h"
#include "blocks/chart_geometry.h"
#include "render/pdf/pdf_context.h"
#include "render/pdf/pdf_style.h"

/* A plot being drawn: its box on the current page (y grows upwards), axis labels
 * included. */
typedef struct {
    wr_pdf_ctx *ctx;
    const wr_chart *c;
    wr_chart_box box;
} wr_pdf_plot;

/* The sizes the PDF lays charts out with, in points. */
extern const wr_chart_sizes wr_pdf_chart_sizes;

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

/* A face and size of the report's fonts, as the shared chart geometry measures text. */
typedef struct {
    const wr_pdf_ctx *ctx;
    wr_pdf_face face;
    double size;
} wr_pdf_font;

/* The measure of f (which must outlive it). */
wr_chart_measure wr_pdf_measure(const wr_pdf_font *f);

/* The height of the plot of c, axis and category labels included. */
double wr_pdf_plot_height(const wr_chart *c);

/* The frame of a plot with the categories along the bottom and the value axis up the
 * left (columns, lines), its grid and tick labels drawn; `top_room` stays free above the
 * highest tick. */
wr_chart_value_frame wr_pdf_value_frame_draw(const wr_pdf_plot *p, wr_chart_axis axis,
                                             double top_room);

/* The label of a category under the plot, centred at x in at most two lines of `width`. */
void wr_pdf_category_label(const wr_pdf_plot *p, const wr_chart_value_frame *f, double x,
                           double width, const char *label);

/* The note of a chart without rows, starting at x on baseline y. */
void wr_pdf_no_data(const wr_pdf_plot *p, double x, double y);

#endif
