/* Horizontal bars (one series) and stacked bars: categories down the left, the value
 * axis along the bottom with light vertical grid lines. A suppressed value ("<5") is a
 * hatched box up to the threshold with its label: never a bar of a made-up length. */
#include <math.h>

#include "render/pdf/pdf_chart_bars.h"

#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_page.h"

#define AXIS_LABELS 15.0
#define LABEL_GAP 8.0
#define MIN_HATCH 4.0
#define MAX_HATCH 10.0 /* a suppressed value shows uncertainty, not a size */

double wr_pdf_bars_height(const wr_chart *c)
{
    size_t rows = c->nrows > 0 ? c->nrows : 1;
    return (double)rows * WR_PDF_CHART_BAR_ROW + AXIS_LABELS;
}

/* Width of the category labels, at most a third of the chart; longer labels shrink. */
static double label_width(const wr_pdf_plot *p)
{
    double w = 0;
    for (size_t r = 0; r < p->c->nrows; r++) {
        double lw = wr_pdf_string_width(p->ctx, WR_PDF_REGULAR, WR_PDF_CHART_LABEL,
                                        p->c->rows[r].label);
        if (lw > w)
            w = lw;
    }
    return w > p->w / 3.0 ? p->w / 3.0 : w;
}

/* Room right of the longest bar for its value label. */
static double value_room(const wr_pdf_plot *p)
{
    double w = 0;
    if (p->c->type == WR_CHART_STACKED)
        return 6.0;
    for (size_t r = 0; r < p->c->nrows; r++) {
        double vw = wr_pdf_string_width(p->ctx, WR_PDF_SEMIBOLD, WR_PDF_CHART_LABEL,
                                        p->c->rows[r].cells[0].text);
        if (vw > w)
            w = vw;
    }
    return w + 8.0;
}

static void draw_label(const wr_pdf_plot *p, const char *label, double right, double mid, double max)
{
    double size = WR_PDF_CHART_LABEL;
    double w = wr_pdf_string_width(p->ctx, WR_PDF_REGULAR, size, label);
    if (w > max && w > 0)
        size = size * max / w;
    wr_pdf_text_right(p->ctx, WR_PDF_REGULAR, size, WR_PDF_COLOR_TEXT, right, mid - size * 0.36,
                      label);
}

/* Grid lines and tick labels; returns the scale. */
static wr_pdf_scale grid(const wr_pdf_plot *p, double x0, double x1, double plot_top,
                         double plot_bottom)
{
    double lo, hi;
    wr_chart_range(p->c, &lo, &hi);
    int target = (int)((x1 - x0) / 75.0);
    wr_pdf_scale s = {wr_chart_axis_for(lo < 0 ? lo : 0, hi > 0 ? hi : 0, target,
                                        wr_chart_integral(p->c)),
                      x0, x1};
    for (int i = 0; i < s.axis.count; i++) {
        char tick[48];
        double v = s.axis.min + i * s.axis.step, x = wr_pdf_scale_at(&s, v);
        bool zero = fabs(v) < s.axis.step * 1e-6;
        wr_pdf_line(p->ctx->page, x, plot_top, x, plot_bottom, zero ? 0.7 : 0.4,
                    zero ? WR_PDF_COLOR_AXIS : WR_PDF_COLOR_GRID);
        wr_chart_tick_label(&s.axis, i, p->c->percent, tick, sizeof tick);
        wr_pdf_text_center(p->ctx, WR_PDF_REGULAR, 7.5, WR_PDF_COLOR_MUTED, x, plot_bottom - 10.0,
                           tick);
    }
    return s;
}

/* One cell as a bar segment from `from` (a value); returns where it ends. */
static double segment(const wr_pdf_plot *p, const wr_pdf_scale *s, const wr_chart_cell *cell,
                      double from, double y, double h, wr_pdf_rgb col)
{
    double x0 = wr_pdf_scale_at(s, from);
    if (cell->kind == WR_CHART_VALUE) {
        double x1 = wr_pdf_scale_at(s, from + cell->value);
        wr_pdf_fill_rect(p->ctx->page, fmin(x0, x1), y, fabs(x1 - x0), h, col);
        if (wr_pdf_color_pale(col))
            wr_pdf_stroke_rect(p->ctx->page, fmin(x0, x1), y, fabs(x1 - x0), h, 0.5,
                               WR_PDF_COLOR_AXIS);
        return from + cell->value;
    }
    if (cell->kind == WR_CHART_SUPPRESSED) {
        double w = wr_pdf_scale_at(s, from + cell->value) - x0;
        w = w < MIN_HATCH ? MIN_HATCH : w > MAX_HATCH ? MAX_HATCH : w;
        wr_pdf_hatch_rect(p->ctx->page, x0, y, w, h, WR_PDF_COLOR_AXIS);
        /* Where the next segment starts: the box's end, in values. */
        double span = s->axis.max - s->axis.min, px = s->to - s->from;
        return from + (px > 0 ? w * span / px : 0);
    }
    return from;
}

static bool empty(const wr_pdf_plot *p)
{
    if (p->c->nrows > 0)
        return false;
    wr_pdf_text_left(p->ctx, WR_PDF_ITALIC, WR_PDF_CHART_LABEL, WR_PDF_COLOR_MUTED, p->x,
                     p->top - 12.0, "Geen gegevens om te tonen.");
    return true;
}

void wr_pdf_bars_draw(const wr_pdf_plot *p)
{
    const wr_chart *c = p->c;
    if (empty(p))
        return;
    double lw = label_width(p), x0 = p->x + lw + LABEL_GAP, x1 = p->x + p->w - value_room(p);
    double bottom = p->top - p->h + AXIS_LABELS;
    wr_pdf_scale s = grid(p, x0, x1, p->top, bottom);
    wr_pdf_rgb col = wr_pdf_series_color(c, 0);
    for (size_t r = 0; r < c->nrows; r++) {
        const wr_chart_cell *cell = &c->rows[r].cells[0];
        double mid = p->top - ((double)r + 0.5) * WR_PDF_CHART_BAR_ROW;
        double y = mid - WR_PDF_CHART_BAR_H / 2.0;
        draw_label(p, c->rows[r].label, x0 - LABEL_GAP, mid, lw);
        double end = segment(p, &s, cell, 0, y, WR_PDF_CHART_BAR_H, col);
        double ex = wr_pdf_scale_at(&s, end);
        const double size = WR_PDF_CHART_LABEL;
        if (cell->kind == WR_CHART_VALUE && cell->value < 0)
            wr_pdf_text_right(p->ctx, WR_PDF_SEMIBOLD, size, WR_PDF_COLOR_TEXT, ex - 4.0,
                              mid - size * 0.36, cell->text);
        else
            wr_pdf_text_left(p->ctx, cell->kind == WR_CHART_VALUE ? WR_PDF_SEMIBOLD : WR_PDF_REGULAR,
                             size, cell->kind == WR_CHART_VALUE ? WR_PDF_COLOR_TEXT
                                                                : WR_PDF_COLOR_MUTED,
                             ex + 4.0, mid - size * 0.36, cell->text);
    }
}

void wr_pdf_stacked_draw(const wr_pdf_plot *p)
{
    const wr_chart *c = p->c;
    if (empty(p))
        return;
    double lw = label_width(p), x0 = p->x + lw + LABEL_GAP, x1 = p->x + p->w - value_room(p);
    double bottom = p->top - p->h + AXIS_LABELS;
    wr_pdf_scale s = grid(p, x0, x1, p->top, bottom);
    for (size_t r = 0; r < c->nrows; r++) {
        double mid = p->top - ((double)r + 0.5) * WR_PDF_CHART_BAR_ROW;
        double y = mid - WR_PDF_CHART_BAR_H / 2.0, at = 0;
        draw_label(p, c->rows[r].label, x0 - LABEL_GAP, mid, lw);
        for (size_t k = 0; k < c->nseries; k++) {
            const wr_chart_cell *cell = &c->rows[r].cells[k];
            wr_pdf_rgb col = wr_pdf_series_color(c, k);
            double from = wr_pdf_scale_at(&s, at);
            at = segment(p, &s, cell, at, y, WR_PDF_CHART_BAR_H, col);
            double to = wr_pdf_scale_at(&s, at);
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
