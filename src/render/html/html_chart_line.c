/* Lines over the categories (a policy indicator over the years) with an optional dashed
 * target. As in the PDF the value axis need not start at zero, a missing or suppressed
 * value breaks the line, and its text stands at the foot. */
#include "render/html/html_chart_line.h"

#include <math.h>

#define TOP_ROOM 22.0
#define CATEGORY_LABELS 42.0

double wr_svg_line_height(const wr_chart *c)
{
    (void)c;
    return WR_SVG_PLOT_H + CATEGORY_LABELS;
}

static void series(const wr_svg *g, const wr_svg_scale *s, size_t k, double x0, double x1,
                   bool labels)
{
    const wr_chart *c = g->c;
    const char *color = wr_svg_series_color(c, k);
    /* The line first, in runs of known values, then the markers on top. */
    for (size_t r = 0; r + 1 < c->nrows; r++) {
        const wr_chart_cell *a = &c->rows[r].cells[k], *b = &c->rows[r + 1].cells[k];
        if (a->kind == WR_CHART_VALUE && b->kind == WR_CHART_VALUE)
            wr_svg_line(g->o, wr_chart_category_x(x0, x1, c->nrows, r), wr_svg_at(s, a->value),
                        wr_chart_category_x(x0, x1, c->nrows, r + 1), wr_svg_at(s, b->value), color, 2.5, NULL);
    }
    for (size_t r = 0; r < c->nrows; r++) {
        const wr_chart_cell *cell = &c->rows[r].cells[k];
        double x = wr_chart_category_x(x0, x1, c->nrows, r);
        if (cell->kind != WR_CHART_VALUE) {
            wr_svg_text(g->o, x, s->from - 6.0 - 15.0 * (double)k, "middle", "g-stil", cell->text);
            continue;
        }
        double y = wr_svg_at(s, cell->value);
        wr_svg_mark(g->o, x, y, k, color);
        if (labels || r + 1 == c->nrows)
            wr_svg_text(g->o, x, y - 11.0, "middle", "g-waarde-klein", cell->text);
    }
}

void wr_svg_lines(const wr_svg *g)
{
    const wr_chart *c = g->c;
    wr_chart_axis axis = wr_chart_line_axis(c);
    double x0 = wr_svg_tick_width(c, &axis) + 10.0, x1 = WR_SVG_W - 2.0;
    double bottom = g->h - CATEGORY_LABELS, top = TOP_ROOM;
    wr_svg_scale s = wr_svg_value_grid(g, axis, x0, x1, bottom, top);
    if (c->has_target) {
        double y = wr_svg_at(&s, c->target);
        wr_svg_line(g->o, x0, y, x1, y, WR_SVG_TARGET, 2.0, "7 4");
    }
    /* Values at every point for one line; for several only at the last, to stay legible. */
    bool labels = c->nseries == 1 && c->nrows <= 10;
    for (size_t k = 0; k < c->nseries; k++)
        series(g, &s, k, x0, x1, labels);
    double gw = (x1 - x0) / (double)(c->nrows > 0 ? c->nrows : 1);
    for (size_t r = 0; r < c->nrows; r++)
        wr_svg_text_two_lines(g->o, wr_chart_category_x(x0, x1, c->nrows, r), bottom + 19.0, gw - 6.0, "g-label",
                              c->rows[r].label);
    if (c->nrows == 0)
        wr_svg_text(g->o, x0 + 8.0, top + 18.0, "start", "g-stil", "Geen gegevens om te tonen.");
}
