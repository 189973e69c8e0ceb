/* Grouped columns: one group per category (e.g. a quarter), one column per series,
 * horizontal grid lines with the value axis on the left, values above the columns when
 * they fit. Suppressed and missing values always say what they are. */
#include "render/html/html_chart_cols.h"

#include <math.h>

#define GAP 3.0
#define MAX_COLUMN 54.0
#define MIN_HATCH 5.0
#define MAX_HATCH 16.0

static void column(const wr_html_plot *g, const wr_chart_scale *s, const wr_chart_cell *cell,
                   double x, double cw, const char *color, bool label)
{
    double y0 = wr_chart_scale_at(s, 0), top = y0, baseline;
    bool below = false;
    if (cell->kind == WR_CHART_VALUE) {
        double y1 = wr_chart_scale_at(s, cell->value);
        wr_html_svg_rect(g->o, x, fmin(y0, y1), cw, fabs(y1 - y0), color, NULL);
        below = cell->value < 0;
        top = below ? fmax(y0, y1) : fmin(y0, y1);
    } else if (cell->kind == WR_CHART_SUPPRESSED) {
        double h = wr_chart_hatch_length(s, 0, cell->value, MIN_HATCH, MAX_HATCH);
        wr_html_svg_hatch(g, x, y0 - h, cw, h);
        top = y0 - h;
    }
    /* A negative column has its value under it. */
    baseline = below ? top + WR_HTML_SVG_TICK + 2.0 : top - 5.0;
    if (label || cell->kind != WR_CHART_VALUE)
        wr_html_svg_text(g->o, x + cw / 2.0, baseline, "middle",
                         cell->kind == WR_CHART_VALUE ? "g-waarde-klein" : "g-stil", cell->text);
}

void wr_html_columns_draw(const wr_html_plot *g)
{
    const wr_chart *c = g->c;
    wr_chart_value_frame f = wr_html_value_frame_draw(g, wr_chart_columns_axis(c));
    wr_html_font value = {WR_HTML_SVG_TICK, false};
    wr_chart_columns_layout l =
        wr_chart_columns_layout_for(c, f.x0, f.x1, GAP, MAX_COLUMN, wr_html_measure(&value), 4.0);
    for (size_t r = 0; r < c->nrows; r++) {
        for (size_t k = 0; k < c->nseries; k++)
            column(g, &f.scale, &c->rows[r].cells[k], wr_chart_column_x(&l, r, k), l.column,
                   wr_html_series_color(c, k), l.labels);
        wr_html_category_label(g, &f, wr_chart_slot_center(&l, r), l.slot - 6.0, c->rows[r].label);
    }
    if (c->nrows == 0)
        wr_html_no_data(g, f.x0 + 8.0, f.top + 18.0);
}
