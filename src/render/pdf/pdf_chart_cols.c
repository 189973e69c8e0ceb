/* Grouped columns: one group per category (e.g. a quarter), one column per series,
 * horizontal grid lines with the value axis on the left, values above the columns when
 * they fit. */
#include <math.h>
#include <stdio.h>

#include "render/pdf/pdf_chart_cols.h"

#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_page.h"

#define CATEGORY_LABELS 24.0
#define TOP_ROOM 12.0 /* above the highest column, for its value */
#define VALUE_SIZE 7.5
#define MIN_HATCH 3.0
#define MAX_HATCH 10.0

double wr_pdf_columns_height(const wr_chart *c)
{
    (void)c;
    return WR_PDF_CHART_PLOT_H + CATEGORY_LABELS;
}

/* True when every value label fits above its column. */
static bool labels_fit(const wr_pdf_plot *p, double cw)
{
    for (size_t r = 0; r < p->c->nrows; r++)
        for (size_t s = 0; s < p->c->nseries; s++)
            if (wr_pdf_string_width(p->ctx, WR_PDF_REGULAR, VALUE_SIZE, p->c->rows[r].cells[s].text) >
                cw + 2.0)
                return false;
    return true;
}

static void column(const wr_pdf_plot *p, const wr_pdf_scale *s, const wr_chart_cell *cell,
                   double x, double cw, wr_pdf_rgb col, bool label)
{
    double y0 = wr_pdf_scale_at(s, 0), top = y0, baseline;
    bool below = false;
    if (cell->kind == WR_CHART_VALUE) {
        double y1 = wr_pdf_scale_at(s, cell->value);
        wr_pdf_fill_rect(p->ctx->page, x, fmin(y0, y1), cw, fabs(y1 - y0), col);
        if (wr_pdf_color_pale(col))
            wr_pdf_stroke_rect(p->ctx->page, x, fmin(y0, y1), cw, fabs(y1 - y0), 0.5,
                               WR_PDF_COLOR_AXIS);
        top = fmax(y0, y1);
        below = cell->value < 0;
        if (below)
            top = y1;
    } else if (cell->kind == WR_CHART_SUPPRESSED) {
        double h = wr_pdf_scale_at(s, cell->value) - y0;
        h = h < MIN_HATCH ? MIN_HATCH : h > MAX_HATCH ? MAX_HATCH : h;
        wr_pdf_hatch_rect(p->ctx->page, x, y0, cw, h, WR_PDF_COLOR_AXIS);
        top = y0 + h;
    }
    /* A negative column has its value under it. */
    baseline = below ? top - VALUE_SIZE - 1.5 : top + 3.0;
    /* Suppressed and missing values always say what they are. */
    if (label || cell->kind != WR_CHART_VALUE)
        wr_pdf_text_center(p->ctx, WR_PDF_REGULAR, VALUE_SIZE,
                           cell->kind == WR_CHART_VALUE ? WR_PDF_COLOR_TEXT : WR_PDF_COLOR_MUTED,
                           x + cw / 2.0, baseline, cell->text);
}

void wr_pdf_columns_draw(const wr_pdf_plot *p)
{
    const wr_chart *c = p->c;
    double lo, hi;
    wr_chart_range(c, &lo, &hi);
    /* Below a negative column goes its value: some room under the lowest. */
    double under = lo < 0 ? (fmax(hi, 0) - lo) * 0.08 : 0;
    wr_chart_axis axis = wr_chart_axis_for(lo < 0 ? lo - under : 0, hi > 0 ? hi : 0, 5,
                                           wr_chart_integral(c));
    double x0 = p->x + wr_pdf_tick_width(p, &axis) + 8.0, x1 = p->x + p->w;
    double bottom = p->top - p->h + CATEGORY_LABELS, top = p->top - TOP_ROOM;
    wr_pdf_scale s = wr_pdf_value_grid(p, axis, x0, x1, bottom, top);
    size_t n = c->nrows > 0 ? c->nrows : 1;
    double gw = (x1 - x0) / (double)n, gap = 2.0;
    double cw = (gw * 0.72 - gap * (double)(c->nseries - 1)) / (double)c->nseries;
    if (cw > 34.0)
        cw = 34.0;
    double group = cw * (double)c->nseries + gap * (double)(c->nseries - 1);
    bool labels = labels_fit(p, cw);
    for (size_t r = 0; r < c->nrows; r++) {
        double gx = x0 + gw * (double)r + (gw - group) / 2.0;
        for (size_t k = 0; k < c->nseries; k++)
            column(p, &s, &c->rows[r].cells[k], gx + (cw + gap) * (double)k, cw,
                   wr_pdf_series_color(c, k), labels);
        wr_pdf_text_two_lines(p->ctx, WR_PDF_CHART_LABEL, WR_PDF_COLOR_TEXT,
                              x0 + gw * ((double)r + 0.5), gw - 4.0, bottom - 11.0,
                              c->rows[r].label);
    }
    if (c->nrows == 0)
        wr_pdf_text_left(p->ctx, WR_PDF_ITALIC, WR_PDF_CHART_LABEL, WR_PDF_COLOR_MUTED, x0 + 6,
                         top - 12.0, "Geen gegevens om te tonen.");
}
