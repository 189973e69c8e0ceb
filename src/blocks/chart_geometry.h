/* Chart geometry both renderers share: the value axes (range, round steps, ticks), the
 * mapping of values onto a line, and where bars, columns, points and labels go, as
 * numbers in whatever units the renderer draws in (PDF points with y up, SVG units with
 * y down). The renderers only draw: the PDF and the HTML version of a chart show the
 * same ticks and make the same layout decisions because they ask the same functions.
 *
 * Text widths come from the renderer (its fonts, its units) through wr_chart_measure. */
#ifndef WR_CHART_GEOMETRY_H
#define WR_CHART_GEOMETRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "blocks/chart.h"

/* What the plot says when a chart has no rows. */
#define WR_CHART_NO_DATA "Geen gegevens om te tonen."

/* ---- Axes ---- */

/* The axis of a chart: round steps (1, 2, 2,5 or 5 times a power of ten) covering
 * [lo, hi]. Bars and columns pass a range that includes zero; lines need not. */
typedef struct {
    double min, max, step;
    int decimals; /* decimals the tick labels need */
    int count;    /* number of ticks, min and max included */
} wr_chart_axis;

/* Chooses an axis for data in [lo, hi] with about `target` intervals (at least 2);
 * `integral` keeps steps whole (counts of people have no halves). */
wr_chart_axis wr_chart_axis_for(double lo, double hi, int target, bool integral);

/* The range of the values of a chart that are drawn to scale (stacked rows with their
 * sum, a target included; suppressed cells count with their threshold only when the
 * chart has no other values); 0..0 when there are none. */
void wr_chart_range(const wr_chart *chart, double *lo, double *hi);

/* True when every number drawn to scale in the chart is whole. */
bool wr_chart_integral(const wr_chart *chart);

/* The value axis of bars (plain and stacked): from zero, or from the lowest value when
 * that is negative, to the highest; about one tick per `spacing` along `length` (both in
 * the renderer's units). */
wr_chart_axis wr_chart_bars_axis(const wr_chart *c, double length, double spacing);

/* The value axis of columns: from zero to the highest value; with negative values, to
 * below the lowest, leaving room for its label under the column. */
wr_chart_axis wr_chart_columns_axis(const wr_chart *c);

/* The value axis of a line chart: the values and the target, some air below the lowest
 * point, no negative axis for positive data. A line shows change, not size, so it need
 * not start at zero. */
wr_chart_axis wr_chart_line_axis(const wr_chart *c);

/* The label of tick i: Dutch digits ("1.250", "2,5"), a minus sign (U+2212) before
 * negatives, "%" for percentage charts. */
void wr_chart_tick_label(const wr_chart_axis *axis, int i, bool percent, char *buf,
                         size_t size);

/* Tick i of an axis: its value, whether it is the zero line (drawn as the axis itself)
 * and its label. */
typedef struct {
    double value;
    bool zero;
    char label[48];
} wr_chart_tick;

wr_chart_tick wr_chart_tick_at(const wr_chart_axis *axis, int i, bool percent);

/* ---- Values on a line ---- */

/* A value axis laid along a line: axis.min lands at `from`, axis.max at `to`. */
typedef struct {
    wr_chart_axis axis;
    double from, to;
} wr_chart_scale;

double wr_chart_scale_at(const wr_chart_scale *s, double v);

/* The box of a suppressed value ("<5") drawn from value `from` (0, or where the stacked
 * segments before it end): the threshold's length on the scale, kept within
 * [min_len, max_len], since it shows uncertainty, not a size. Always positive. */
double wr_chart_hatch_length(const wr_chart_scale *s, double from, double threshold,
                             double min_len, double max_len);

/* The value `length` further along the scale than value `from`: where the next stacked
 * segment starts after a box of that length. */
double wr_chart_scale_advance(const wr_chart_scale *s, double from, double length);

/* ---- Text ---- */

/* How wide the renderer sets s[0..len), in its units; `font` is the renderer's own
 * (face and size). */
typedef struct {
    double (*width)(const void *font, const char *s, size_t len);
    const void *font;
} wr_chart_measure;

/* Width of the widest tick label of axis. */
double wr_chart_widest_tick(const wr_chart_axis *axis, bool percent, wr_chart_measure m);

/* wr_chart_label_break's answer for a label that stays on one line. */
#define WR_CHART_ONE_LINE SIZE_MAX

/* Where a category label breaks to fit `width` in at most two lines: the byte offset of
 * the space that leaves the longest first line that fits (the first space when none
 * does); WR_CHART_ONE_LINE when it fits as it is or has no space. */
size_t wr_chart_label_break(const char *s, double width, wr_chart_measure m);

/* The size to set a text of `width` (at `size`) in so that it fits `room`: smaller when
 * it is too wide, else unchanged. */
double wr_chart_fit_size(double size, double width, double room);

/* ---- The plot ---- */

/* The sizes a renderer lays charts out with, in its units. */
typedef struct {
    /* bars */
    double bars_top;     /* above the first row */
    double bar_row;      /* per row */
    double bars_axis;    /* under the last row, for the tick labels */
    double label_gap;    /* between a category label and its bar */
    double value_gap;    /* after the widest value label */
    double stacked_room; /* after stacked bars, which carry their values inside */
    /* columns and lines */
    double plot;            /* the height of the plot itself */
    double category_labels; /* under it, for the category labels */
    double tick_gap;        /* between the tick labels and the plot */
    double right;           /* right of the plot */
} wr_chart_sizes;

/* The height of the plot of c: a row per category for bars (one when there are none),
 * a fixed height and the category labels under it for columns and lines. */
double wr_chart_plot_height(const wr_chart *c, const wr_chart_sizes *z);

/* Where a plot is drawn: `top` is the edge it starts from and `h` its height, so it
 * reaches to top + h when y grows downwards (SVG) and to top - h when it grows upwards
 * (PDF). */
typedef struct {
    double x, w;   /* left edge and width */
    double top, h;
    bool y_down;
} wr_chart_box;

/* The y `d` into the box from its top edge, and from its bottom edge. */
double wr_chart_box_below_top(const wr_chart_box *b, double d);
double wr_chart_box_above_bottom(const wr_chart_box *b, double d);

/* ---- Categories along the axis (columns, lines) ---- */

/* The width of each of n categories between x0 and x1 (at least one category). */
double wr_chart_slot_width(double x0, double x1, size_t n);

/* The centre of category i of n between x0 and x1. */
double wr_chart_category_x(double x0, double x1, size_t n, size_t i);

/* ---- Bars ---- */

/* Bars across the box: the category labels right-aligned before the bars, at most a
 * third of the width (longer ones are set smaller), the bars from x0 to x1 with the
 * value axis at `bottom`, and room after them for the values. */
typedef struct {
    double label_w; /* room for the category labels */
    double x0, x1;  /* where the value axis runs */
    double bottom;  /* where the tick labels hang from */
} wr_chart_bars_layout;

/* `label` measures the category labels, `value` the value labels after the bars. */
wr_chart_bars_layout wr_chart_bars_layout_for(const wr_chart *c, const wr_chart_box *b,
                                              const wr_chart_sizes *z, wr_chart_measure label,
                                              wr_chart_measure value);

/* The middle of the bar of row r. */
double wr_chart_bar_mid(const wr_chart *c, const wr_chart_box *b, const wr_chart_sizes *z, size_t r);
/* The height of one row of bars: lower with "formaat: klein". */
double wr_chart_bar_row(const wr_chart *c, const wr_chart_sizes *z);

/* ---- Columns and lines ---- */

/* A plot with the categories along the bottom and the value axis up the left: the
 * categories run from x0 (after the tick labels) to x1, the values from bottom (above
 * the category labels) to top (`top_room` under the box's top, for the value over the
 * highest column or point). */
typedef struct {
    double x0, x1;
    double bottom, top;
    wr_chart_scale scale;
} wr_chart_value_frame;

/* `ticks` measures the tick labels of axis. */
wr_chart_value_frame wr_chart_value_frame_for(const wr_chart *c, const wr_chart_box *b,
                                              const wr_chart_sizes *z, wr_chart_axis axis,
                                              wr_chart_measure ticks, double top_room);

/* ---- Columns ---- */

/* Grouped columns between x0 and x1: one slot per category, its columns (one per series,
 * `gap` apart, at most `max_column` wide) taking 72% of it and centred in it. `labels`
 * is whether every value label fits above its column (within `label_slack`); when not,
 * only suppressed and missing values say what they are. */
typedef struct {
    double x0;
    double slot;   /* width of one category */
    double column; /* width of one column */
    double gap;
    double group;  /* the columns of one category together */
    bool labels;
} wr_chart_columns_layout;

wr_chart_columns_layout wr_chart_columns_layout_for(const wr_chart *c, double x0, double x1,
                                                    double gap, double max_column,
                                                    wr_chart_measure value,
                                                    double label_slack);

/* The left edge of the column of series k in category r. */
double wr_chart_column_x(const wr_chart_columns_layout *l, size_t r, size_t k);

/* The centre of category r, where its label goes. */
double wr_chart_slot_center(const wr_chart_columns_layout *l, size_t r);

/* ---- Lines ---- */

/* Whether point r of a line chart shows its value: every point of a single line of up
 * to ten points; with more lines or points only the last, to stay legible; none with
 * "waarden: geen". */
bool wr_chart_line_value_shown(const wr_chart *c, size_t r);

/* ---- Legend and colours ---- */

/* How many series the legend names: all of them when there are two or more, none for
 * one (its title says what it is). */
size_t wr_chart_legend_series(const wr_chart *c);

/* The colour sets every renderer has, each of WR_CHART_COLORS colours: categorical
 * colours; colours dark enough to see as thin lines; lightness steps of one hue for
 * ordered (stacked) series. */
#define WR_CHART_COLORS 4
typedef enum {
    WR_CHART_COLORS_CATEGORIES,
    WR_CHART_COLORS_LINES,
    WR_CHART_COLORS_STEPS
} wr_chart_color_set;

/* The target's entry in a legend: its label and the target as written ("Streefwaarde
 * 2026: 11,0%"), "Doel" when it has no label; whole, however long. The caller frees it;
 * NULL when out of memory. */
char *wr_chart_target_legend(const wr_chart *c);

/* Which colour series s of c gets: the set (by the chart's type) and, as the result,
 * the place in it. Two stacked series take the first and third step, to stand apart. */
size_t wr_chart_series_color(const wr_chart *c, size_t s, wr_chart_color_set *set);

#endif
