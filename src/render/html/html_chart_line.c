/* Lines over the categories (a policy indicator over the years) with an optional dashed
 * target. As in the PDF the value axis need not start at zero, a missing or suppressed
 * value breaks the line, and its text stands at the foot. */
#include "render/html/html_chart_line.h"

#include "blocks/chart_labels.h"

#define MARK 5.0      /* the markers' radius */
#define VALUE_PX 12.0 /* .g-waarde-klein */

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
        wr_html_svg_mark(g->o, x, wr_chart_scale_at(s, cell->value), k, color);
    }
}

/* The value labels where they meet no line, marker, target or other label, as in the
 * PDF (blocks/chart_labels.h). */
static void values(const wr_html_plot *g, const wr_chart_value_frame *f)
{
    const wr_chart *c = g->c;
    wr_chart_labels l;
    wr_chart_labels_init(&l, (wr_chart_rect){f->x0, g->box.top, g->box.x + g->box.w, f->bottom}, false);
    if (c->has_target) {
        double y = wr_chart_scale_at(&f->scale, c->target);
        wr_chart_labels_add_segment(&l, f->x0, y, f->x1, y);
    }
    for (size_t k = 0; k < c->nseries; k++)
        for (size_t r = 0; r < c->nrows; r++) {
            const wr_chart_cell *a = &c->rows[r].cells[k];
            if (a->kind != WR_CHART_VALUE)
                continue;
            double x = wr_chart_category_x(f->x0, f->x1, c->nrows, r), y = wr_chart_scale_at(&f->scale, a->value);
            wr_chart_labels_add_rect(&l, (wr_chart_rect){x - MARK, y - MARK, x + MARK, y + MARK});
            const wr_chart_cell *b = r + 1 < c->nrows ? &c->rows[r + 1].cells[k] : NULL;
            if (b && b->kind == WR_CHART_VALUE)
                wr_chart_labels_add_segment(&l, x, y, wr_chart_category_x(f->x0, f->x1, c->nrows, r + 1),
                                            wr_chart_scale_at(&f->scale, b->value));
        }
    for (size_t k = 0; k < c->nseries; k++)
        for (size_t r = 0; r < c->nrows; r++) {
            const wr_chart_cell *cell = &c->rows[r].cells[k];
            if (cell->kind != WR_CHART_VALUE || !wr_chart_line_value_shown(c, r))
                continue;
            double x = wr_chart_category_x(f->x0, f->x1, c->nrows, r), y = wr_chart_scale_at(&f->scale, cell->value);
            double w = wr_html_text_width(cell->text, VALUE_PX, true);
            wr_chart_rect b = wr_chart_labels_place(&l, x, y, MARK, w, 0.96 * VALUE_PX);
            wr_html_svg_text(g->o, (b.x0 + b.x1) / 2, b.y1 - 0.14 * VALUE_PX, "middle", "g-waarde-klein",
                             cell->text);
        }
    wr_chart_labels_free(&l);
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
    values(g, &f);
    double gw = wr_chart_slot_width(f.x0, f.x1, c->nrows);
    for (size_t r = 0; r < c->nrows; r++)
        wr_html_category_label(g, &f, wr_chart_category_x(f.x0, f.x1, c->nrows, r), gw - 6.0,
                               c->rows[r].label);
    if (c->nrows == 0)
        wr_html_no_data(g, f.x0 + 8.0, f.top + 18.0);
}
