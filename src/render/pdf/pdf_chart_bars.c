/* Horizontal bars (one series) and stacked bars: categories down the left, the value
 * axis along the bottom with light vertical grid lines. A suppressed value ("<5") is a
 * hatched box up to the threshold with its label: never a bar of a made-up length. */
#include "render/pdf/pdf_chart_bars.h"

#include <math.h>

#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_page.h"

#define TICK_SPACING 75.0 /* about one tick per this many points */
#define MIN_HATCH 4.0
#define MAX_HATCH 10.0 /* a suppressed value shows uncertainty, not a size */

/* Where labels, bars and values go across the plot. */
static wr_chart_bars_layout layout(const wr_pdf_plot *p)
{
    wr_pdf_font label = {p->ctx, WR_PDF_REGULAR, WR_PDF_CHART_LABEL};
    wr_pdf_font value = {p->ctx, WR_PDF_SEMIBOLD, WR_PDF_CHART_LABEL};
    return wr_chart_bars_layout_for(p->c, &p->box, &wr_pdf_chart_sizes, wr_pdf_measure(&label),
                                    wr_pdf_measure(&value));
}

/* A category label right-aligned at `right`; one too long for its room is set smaller. */
static void draw_label(const wr_pdf_plot *p, const char *label, double right, double mid,
                       double max)
{
    double w = wr_pdf_string_width(p->ctx, WR_PDF_REGULAR, WR_PDF_CHART_LABEL, label);
    double size = wr_chart_fit_size(WR_PDF_CHART_LABEL, w, max);
    wr_pdf_text_right(p->ctx, WR_PDF_REGULAR, size, WR_PDF_COLOR_TEXT, right, mid - size * 0.36,
                      label);
}

/* Grid lines and tick labels; returns the scale. */
static wr_chart_scale grid(const wr_pdf_plot *p, double x0, double x1, double plot_top,
                           double plot_bottom)
{
    wr_chart_scale s = {wr_chart_bars_axis(p->c, x1 - x0, TICK_SPACING), x0, x1};
    for (int i = 0; i < s.axis.count; i++) {
        wr_chart_tick t = wr_chart_tick_at(&s.axis, i, p->c->percent);
        double x = wr_chart_scale_at(&s, t.value);
        wr_pdf_line(p->ctx->page, x, plot_top, x, plot_bottom, t.zero ? 0.7 : 0.4,
                    t.zero ? WR_PDF_COLOR_AXIS : WR_PDF_COLOR_GRID);
        wr_pdf_text_center(p->ctx, WR_PDF_REGULAR, 7.5, WR_PDF_COLOR_MUTED, x, plot_bottom - 10.0,
                           t.label);
    }
    return s;
}

/* One cell as a bar segment from `from` (a value); returns where it ends. */
static double segment(const wr_pdf_plot *p, const wr_chart_scale *s, const wr_chart_cell *cell,
                      double from, double y, double h, wr_pdf_rgb col)
{
    double x0 = wr_chart_scale_at(s, from);
    if (cell->kind == WR_CHART_VALUE) {
        double x1 = wr_chart_scale_at(s, from + cell->value);
        wr_pdf_fill_rect(p->ctx->page, fmin(x0, x1), y, fabs(x1 - x0), h, col);
        if (wr_pdf_color_pale(col))
            wr_pdf_stroke_rect(p->ctx->page, fmin(x0, x1), y, fabs(x1 - x0), h, 0.5,
                               WR_PDF_COLOR_AXIS);
        return from + cell->value;
    }
    if (cell->kind == WR_CHART_SUPPRESSED) {
        double w = wr_chart_hatch_length(s, from, cell->value, MIN_HATCH, MAX_HATCH);
        wr_pdf_hatch_rect(p->ctx->page, x0, y, w, h, WR_PDF_COLOR_AXIS);
        return wr_chart_scale_advance(s, from, w);
    }
    return from;
}

/* The layout and grid of a bar chart; false, with a note, when it has no rows. */
static bool begin(const wr_pdf_plot *p, wr_chart_bars_layout *l, wr_chart_scale *s)
{
    if (p->c->nrows == 0) {
        wr_pdf_no_data(p, p->box.x, p->box.top - 12.0);
        return false;
    }
    *l = layout(p);
    *s = grid(p, l->x0, l->x1, p->box.top, l->bottom);
    return true;
}

void wr_pdf_bars_draw(const wr_pdf_plot *p)
{
    const wr_chart *c = p->c;
    wr_chart_bars_layout l;
    wr_chart_scale s;
    if (!begin(p, &l, &s))
        return;
    wr_pdf_rgb col = wr_pdf_series_color(c, 0);
    for (size_t r = 0; r < c->nrows; r++) {
        const wr_chart_cell *cell = &c->rows[r].cells[0];
        double mid = wr_chart_bar_mid(p->c, &p->box, &wr_pdf_chart_sizes, r);
        double y = mid - WR_PDF_CHART_BAR_H / 2.0;
        draw_label(p, c->rows[r].label, l.x0 - wr_pdf_chart_sizes.label_gap, mid, l.label_w);
        double end = segment(p, &s, cell, 0, y, WR_PDF_CHART_BAR_H, col);
        double ex = wr_chart_scale_at(&s, end);
        const double size = WR_PDF_CHART_LABEL;
        bool value = cell->kind == WR_CHART_VALUE;
        if (value && cell->value < 0)
            wr_pdf_text_right(p->ctx, WR_PDF_SEMIBOLD, size, WR_PDF_COLOR_TEXT, ex - 4.0,
                              mid - size * 0.36, cell->text);
        else
            wr_pdf_text_left(p->ctx, value ? WR_PDF_SEMIBOLD : WR_PDF_REGULAR, size,
                             value ? WR_PDF_COLOR_TEXT : WR_PDF_COLOR_MUTED, ex + 4.0,
                             mid - size * 0.36, cell->text);
    }
}

void wr_pdf_stacked_draw(const wr_pdf_plot *p)
{
    const wr_chart *c = p->c;
    wr_chart_bars_layout l;
    wr_chart_scale s;
    if (!begin(p, &l, &s))
        return;
    for (size_t r = 0; r < c->nrows; r++) {
        double mid = wr_chart_bar_mid(p->c, &p->box, &wr_pdf_chart_sizes, r);
        double y = mid - WR_PDF_CHART_BAR_H / 2.0, at = 0;
        draw_label(p, c->rows[r].label, l.x0 - wr_pdf_chart_sizes.label_gap, mid, l.label_w);
        for (size_t k = 0; k < c->nseries; k++) {
            const wr_chart_cell *cell = &c->rows[r].cells[k];
            wr_pdf_rgb col = wr_pdf_series_color(c, k);
            double from = wr_chart_scale_at(&s, at);
            at = segment(p, &s, cell, at, y, WR_PDF_CHART_BAR_H, col);
            double to = wr_chart_scale_at(&s, at);
            /* The value inside its segment when it fits; white on the dark blue. */
            double tw = wr_pdf_string_width(p->ctx, WR_PDF_SEMIBOLD, 7.5, cell->text);
            if (cell->kind == WR_CHART_VALUE && to - from >= tw + 6.0) {
                bool dark = !wr_pdf_color_pale(col) && 0.299 * col.r + 0.587 * col.g +
                                                               0.114 * col.b < 0.45;
                wr_pdf_text_center(p->ctx, WR_PDF_SEMIBOLD, 7.5,
                                   dark ? (wr_pdf_rgb){1, 1, 1} : WR_PDF_COLOR_TEXT,
                                   (from + to) / 2.0, mid - 2.7, cell->text);
            }
            if (k > 0 && cell->kind != WR_CHART_MISSING)
                wr_pdf_line(p->ctx->page, from, y, from, y + WR_PDF_CHART_BAR_H, 0.8,
                            (wr_pdf_rgb){1, 1, 1});
        }
    }
}
