/* Lines over the categories (a policy indicator over the years) with an optional dashed
 * target. As in the PDF the value axis need not start at zero, a missing or suppressed
 * value breaks the line, and its text stands at the foot. */
#include "render/html/html_chart_line.h"

static void series(const wr_html_plot *g, const wr_chart_scale *s, size_t k, double x0, double x1)
{
    const wr_chart *c = g->c;
    const char *color = wr_html_series_color(c, k);
    /* The line first, in runs of known values, then the markers on top. */
    for (size_t r = 0; r + 1 < c->nrows; r++) {
        const wr_chart_cell *a = &c->rows[r].cells[k], *b = &c->rows[r + 1].cells[k];
        if (a->kind == WR_CHART_VALUE && b->kind == WR_CHART_VALUE)
            wr_html_svg_line(g->o, wr_chart_category_x(x0, x1, c->nrows, r),
                             wr_chart_scale_at(s, a->value),
                             wr_chart_category_x(x0, x1, c->nrows, r + 1),
                             wr_chart_scale_at(s, b->value), color, 2.5, NULL);
    }
    for (size_t r = 0; r < c->nrows; r++) {
        const wr_chart_cell *cell = &c->rows[r].cells[k];
        double x = wr_chart_category_x(x0, x1, c->nrows, r);
        if (cell->kind != WR_CHART_VALUE) {
            wr_html_svg_text(g->o, x, s->from - 6.0 - 15.0 * (double)k, "middle", "g-stil",
                             cell->text);
            continue;
        }
        double y = wr_chart_scale_at(s, cell->value);
        wr_html_svg_mark(g->o, x, y, k, color);
        if (wr_chart_line_value_shown(c, r))
            wr_html_svg_text(g->o, x, y - 11.0, "middle", "g-waarde-klein", cell->text);
    }
}

void wr_html_line_draw(const wr_html_plot *g)
{
    const wr_chart *c = g->c;
    wr_chart_value_frame f = wr_html_value_frame_draw(g, wr_chart_line_axis(c));
    if (c->has_target) {
        double y = wr_chart_scale_at(&f.scale, c->target);
        wr_html_svg_line(g->o, f.x0, y, f.x1, y, WR_HTML_SVG_TARGET, 2.0, "7 4");
    }
    for (size_t k = 0; k < c->nseries; k++)
        series(g, &f.scale, k, f.x0, f.x1);
    double gw = wr_chart_slot_width(f.x0, f.x1, c->nrows);
    for (size_t r = 0; r < c->nrows; r++)
        wr_html_category_label(g, &f, wr_chart_category_x(f.x0, f.x1, c->nrows, r), gw - 6.0,
                               c->rows[r].label);
    if (c->nrows == 0)
        wr_html_no_data(g, f.x0 + 8.0, f.top + 18.0);
}
