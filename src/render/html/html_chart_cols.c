/* Grouped columns: one group per category (e.g. a quarter), one column per series,
 * horizontal grid lines with the value axis on the left, values above the columns when
 * they fit. Suppressed and missing values always say what they are. */
#include "render/html/html_chart_cols.h"

#include <math.h>

#define TOP_ROOM 22.0
#define CATEGORY_LABELS 42.0
#define GAP 3.0
#define MAX_COLUMN 54.0
#define MIN_HATCH 5.0
#define MAX_HATCH 16.0

double wr_svg_columns_height(const wr_chart *c)
{
    (void)c;
    return WR_SVG_PLOT_H + CATEGORY_LABELS;
}

static bool labels_fit(const wr_chart *c, double cw)
{
    for (size_t r = 0; r < c->nrows; r++)
        for (size_t s = 0; s < c->nseries; s++)
            if (wr_svg_text_width(c->rows[r].cells[s].text, WR_SVG_TICK, false) > cw + 4.0)
                return false;
    return true;
}

static void column(const wr_svg *g, const wr_svg_scale *s, const wr_chart_cell *cell, double x,
                   double cw, const char *color, bool label)
{
    double y0 = wr_svg_at(s, 0), top = y0, baseline;
    bool below = false;
    if (cell->kind == WR_CHART_VALUE) {
        double y1 = wr_svg_at(s, cell->value);
        wr_svg_rect(g->o, x, fmin(y0, y1), cw, fabs(y1 - y0), color, NULL);
        below = cell->value < 0;
        top = below ? fmax(y0, y1) : fmin(y0, y1);
    } else if (cell->kind == WR_CHART_SUPPRESSED) {
        double h = y0 - wr_svg_at(s, cell->value);
        h = fmin(fmax(h, MIN_HATCH), MAX_HATCH);
        wr_svg_hatch(g, x, y0 - h, cw, h);
        top = y0 - h;
    }
    /* A negative column has its value under it. */
    baseline = below ? top + WR_SVG_TICK + 2.0 : top - 5.0;
    if (label || cell->kind != WR_CHART_VALUE)
        wr_svg_text(g->o, x + cw / 2.0, baseline, "middle",
                    cell->kind == WR_CHART_VALUE ? "g-waarde-klein" : "g-stil", cell->text);
}

void wr_svg_columns(const wr_svg *g)
{
    const wr_chart *c = g->c;
    double lo, hi;
    wr_chart_range(c, &lo, &hi);
    double under = lo < 0 ? (fmax(hi, 0) - lo) * 0.08 : 0;
    wr_chart_axis axis = wr_chart_axis_for(lo < 0 ? lo - under : 0, hi > 0 ? hi : 0, 5,
                                           wr_chart_integral(c));
    double x0 = wr_svg_tick_width(c, &axis) + 10.0, x1 = WR_SVG_W - 2.0;
    double bottom = g->h - CATEGORY_LABELS, top = TOP_ROOM;
    wr_svg_scale s = wr_svg_value_grid(g, axis, x0, x1, bottom, top);
    size_t n = c->nrows > 0 ? c->nrows : 1;
    double gw = (x1 - x0) / (double)n;
    double cw = fmin((gw * 0.72 - GAP * (double)(c->nseries - 1)) / (double)c->nseries, MAX_COLUMN);
    double group = cw * (double)c->nseries + GAP * (double)(c->nseries - 1);
    bool labels = labels_fit(c, cw);
    for (size_t r = 0; r < c->nrows; r++) {
        double gx = x0 + gw * (double)r + (gw - group) / 2.0;
        for (size_t k = 0; k < c->nseries; k++)
            column(g, &s, &c->rows[r].cells[k], gx + (cw + GAP) * (double)k, cw,
                   wr_svg_series_color(c, k), labels);
        wr_svg_text_two_lines(g->o, x0 + gw * ((double)r + 0.5), bottom + 19.0, gw - 6.0,
                              "g-label", c->rows[r].label);
    }
    if (c->nrows == 0)
        wr_svg_text(g->o, x0 + 8.0, top + 18.0, "start", "g-stil", "Geen gegevens om te tonen.");
}
