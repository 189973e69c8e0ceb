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

#define WR_SVG_W 720.0
/* The PDF's text column is 453.5 pt wide and a bar chart asks for a tick every 75 pt;
 * the same density here keeps the two axes alike. */
#define WR_SVG_TICK_SPACING (75.0 * WR_SVG_W / 453.5)
#define WR_SVG_LABEL 13.0 /* category labels and values */
#define WR_SVG_TICK 12.0  /* tick labels */
#define WR_SVG_PLOT_H 240.0

typedef struct {
    wr_strbuf *o;
    const wr_chart *c;
    size_t id;  /* grafiek_N: for the hatch pattern's id */
    double h;   /* height of the drawing */
} wr_svg;

/* Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by every
 * kind of colour vision; the third of the stacked blues is light and gets an outline. */
const char *wr_svg_series_color(const wr_chart *c, size_t s);
bool wr_svg_color_light(const char *color);
#define WR_SVG_TARGET "#ad2b1a"
#define WR_SVG_GRID "#dbe0e6"
#define WR_SVG_AXIS "#737880"
#define WR_SVG_MUTED "#4f5660"

/* Estimated width of s at a font size (no font metrics in the browser's absence). */
double wr_svg_text_width(const char *s, double size, bool bold);
/* <text>: anchor "start", "middle" or "end"; cls one of the classes the style sheet has. */
void wr_svg_text(wr_strbuf *o, double x, double y, const char *anchor, const char *cls,
                 const char *s);
/* s centred at x in at most two lines of `width`, broken at a space. */
void wr_svg_text_two_lines(wr_strbuf *o, double x, double y, double width, const char *cls,
                           const char *s);
void wr_svg_rect(wr_strbuf *o, double x, double y, double w, double h, const char *fill,
                 const char *stroke);
void wr_svg_line(wr_strbuf *o, double x0, double y0, double x1, double y1, const char *color,
                 double width, const char *dash);
/* A hatched box: a suppressed value ("<5"), never a bar of a made-up length. */
void wr_svg_hatch(const wr_svg *g, double x, double y, double w, double h);
/* A point marker: circle, square, triangle or diamond for series 0..3. */
void wr_svg_mark(wr_strbuf *o, double x, double y, size_t series, const char *color);

typedef struct {
    wr_chart_axis axis;
    double from, to; /* where axis.min and axis.max land */
} wr_svg_scale;

double wr_svg_at(const wr_svg_scale *s, double v);
/* A vertical value axis: grid lines across [x0, x1], tick labels left of x0. */
wr_svg_scale wr_svg_value_grid(const wr_svg *g, wr_chart_axis axis, double x0, double x1,
                               double bottom, double top);
double wr_svg_tick_width(const wr_chart *c, const wr_chart_axis *axis);

#endif
