/* Lines over the categories (e.g. a policy indicator over the years) with an optional
 * dashed target line. The value axis need not start at zero: a line shows change, not
 * size. A missing or suppressed value breaks the line; its text stands at the foot. */
#include "render/pdf/pdf_chart_line.h"

#include "render/pdf/pdf_draw.h"

#define TOP_ROOM 14.0
#define MARK 6.0
#define VALUE_SIZE 7.5

/* The target as a dashed line; it is named in the legend, where no data point can
 * cover its label. */
static void target(const wr_pdf_plot *p, const wr_chart_scale *s, double x0, double x1)
{
    double y = wr_chart_scale_at(s, p->c->target);
    wr_pdf_dashed_line(p->ctx->page, x0, y, x1, y, 1.2, 5, 3, WR_PDF_COLOR_TARGET);
}

static void series(const wr_pdf_plot *p, const wr_chart_scale *s, size_t k, double x0, double x1)
{
    const wr_chart *c = p->c;
    wr_pdf_rgb col = wr_pdf_series_color(c, k);
    HPDF_Page page = p->ctx->page;
    /* The line first, in runs of known values, then the markers on top. */
    for (size_t r = 0; r + 1 < c->nrows; r++) {
        const wr_chart_cell *a = &c->rows[r].cells[k], *b = &c->rows[r + 1].cells[k];
        if (a->kind == WR_CHART_VALUE && b->kind == WR_CHART_VALUE)
            wr_pdf_line(page, wr_chart_category_x(x0, x1, c->nrows, r),
                        wr_chart_scale_at(s, a->value),
                        wr_chart_category_x(x0, x1, c->nrows, r + 1),
                        wr_chart_scale_at(s, b->value), 2.0, col);
    }
    for (size_t r = 0; r < c->nrows; r++) {
        const wr_chart_cell *cell = &c->rows[r].cells[k];
        double x = wr_chart_category_x(x0, x1, c->nrows, r);
        if (cell->kind != WR_CHART_VALUE) {
            wr_pdf_text_center(p->ctx, WR_PDF_REGULAR, VALUE_SIZE, WR_PDF_COLOR_MUTED, x,
                                s->from + 4.0 + 9.0 * (double)k, cell->text);
            continue;
        }
        double y = wr_chart_scale_at(s, cell->value);
        wr_pdf_point_mark(page, x, y, MARK, (wr_pdf_mark)(k % 4), col);
        if (wr_chart_line_value_shown(c, r))
            wr_pdf_text_center(p->ctx, WR_PDF_SEMIBOLD, VALUE_SIZE, WR_PDF_COLOR_TEXT, x,
                               y + MARK / 2.0 + 3.5, cell->text);
    }
}

void wr_pdf_line_draw(const wr_pdf_plot *p)
{
    const wr_chart *c = p->c;
    wr_chart_value_frame f = wr_pdf_value_frame_draw(p, wr_chart_line_axis(c), TOP_ROOM);
    if (c->has_target)
        target(p, &f.scale, f.x0, f.x1);
    for (size_t k = 0; k < c->nseries; k++)
        series(p, &f.scale, k, f.x0, f.x1);
    double gw = wr_chart_slot_width(f.x0, f.x1, c->nrows);
    for (size_t r = 0; r < c->nrows; r++)
        wr_pdf_category_label(p, &f, wr_chart_category_x(f.x0, f.x1, c->nrows, r), gw - 4.0,
                              c->rows[r].label);
    if (c->nrows == 0)
        wr_pdf_no_data(p, f.x0 + 6, f.top - 12.0);
}
