/* The pieces every SVG plot is made of: the plot being drawn, colours, text, rectangles,
 * lines, hatching, point markers and the value axis. The frame around a plot (figure,
 * caption, legend, text equivalent, the figures as a table) is html_chart.c; each kind
 * of plot has its own file. Units are SVG user units, about CSS pixels at the page's
 * widest. */
#ifndef WR_HTML_SVG_H
#define WR_HTML_SVG_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"
#include "blocks/chart.h"
#include "blocks/chart_geometry.h"

#define WR_HTML_SVG_W 720.0
/* The same chart drawn again for a phone: at this width in user units its text keeps at
 * least its nominal size on a screen from 360 px wide, and the axes get fewer ticks.
 * The style sheet shows one of the two drawings. */
#define WR_HTML_SVG_NARROW_W 320.0
/* The PDF's text column is 453.5 pt wide and a bar chart asks for a tick every 75 pt;
 * the same density here keeps the two axes alike. */
#define WR_HTML_SVG_TICK_SPACING (75.0 * WR_HTML_SVG_W / 453.5)
#define WR_HTML_SVG_LABEL 13.0 /* category labels and values */
#define WR_HTML_SVG_TICK 12.0  /* tick labels */
#define WR_HTML_SVG_PLOT_H 240.0

/* A plot being drawn: the output, the chart, and its box (y grows downwards), axis
 * labels included. */
typedef struct {
    wr_strbuf *o;
    const wr_chart *c;
    size_t id;        /* grafiek_N: for the hatch pattern's id */
    wr_chart_box box; /* at 0, 0, WR_HTML_SVG_W (or WR_HTML_SVG_NARROW_W) wide */
    const char *variant; /* "" for the wide drawing, "-smal" for the narrow one: in its ids */
} wr_html_plot;

/* The sizes the SVG charts are laid out with, in SVG units. */
extern const wr_chart_sizes wr_html_chart_sizes;

/* Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by every
 * kind of colour vision; the third of the stacked blues is light and gets an outline.
 * Which series gets which is decided in blocks/chart_geometry.c, as for the PDF. */
const char *wr_html_series_color(const wr_chart *c, size_t s);
bool wr_html_color_light(const char *color);
#define WR_HTML_SVG_TARGET "#ad2b1a"
#define WR_HTML_SVG_GRID "#dbe0e6"
#define WR_HTML_SVG_AXIS "#737880"
#define WR_HTML_SVG_MUTED "#4f5660"

/* Estimated width of s at a font size (no font metrics in the browser's absence). */
double wr_html_text_width(const char *s, double size, bool bold);
/* <text>: anchor "start", "middle" or "end"; cls one of the classes the style sheet has. */
void wr_html_svg_text(wr_strbuf *o, double x, double y, const char *anchor, const char *cls,
                      const char *s);
/* s centred at x in at most two lines of `width`, broken at a space. */
void wr_html_svg_text_two_lines(wr_strbuf *o, double x, double y, double width, const char *cls,
                                const char *s);
void wr_html_svg_rect(wr_strbuf *o, double x, double y, double w, double h, const char *fill,
                      const char *stroke);
void wr_html_svg_line(wr_strbuf *o, double x0, double y0, double x1, double y1, const char *color,
                      double width, const char *dash);
/* A hatched box: a suppressed value ("<5"), never a bar of a made-up length. */
void wr_html_svg_hatch(const wr_html_plot *g, double x, double y, double w, double h);
/* A point marker: circle, square, triangle or diamond for series 0..3. */
void wr_html_svg_mark(wr_strbuf *o, double x, double y, size_t series, const char *color);

/* A text size (and weight) of the charts, as the shared chart geometry measures text. */
typedef struct {
    double size;
    bool bold;
} wr_html_font;

/* The measure of f (which must outlive it). */
wr_chart_measure wr_html_measure(const wr_html_font *f);

/* The height of the drawing of c, axis and category labels included. */
double wr_html_plot_height(const wr_chart *c);

/* The frame of a plot with the categories along the bottom and the value axis up the
 * left (columns, lines), its grid and tick labels drawn. */
wr_chart_value_frame wr_html_value_frame_draw(const wr_html_plot *g, wr_chart_axis axis);

/* The label of a category under the plot, centred at x in at most two lines of `width`. */
void wr_html_category_label(const wr_html_plot *g, const wr_chart_value_frame *f, double x,
                            double width, const char *label);

/* The note of a chart without rows, starting at x on baseline y. */
void wr_html_no_data(const wr_html_plot *g, double x, double y);

#endif
