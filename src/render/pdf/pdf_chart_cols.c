/* Grouped columns: one group per category (e.g. a quarter), one column per series,
 * horizontal grid lines with the value axis on the left, values above the columns when
 * they fit. */
#include "render/pdf/pdf_chart_cols.h"

#include <math.h>

#include "render/pdf/pdf_draw.h"

#define TOP_ROOM 12.0 /* above the highest column, for its value */
#define VALUE_SIZE 7.5
#define COLUMN_GAP 2.0
#define MAX_COLUMN 34.0
#define MIN_HATCH 3.0
#define MAX_HATCH 10.0

static void column(const wr_pdf_plot *p, const wr_chart_scale *s, const wr_chart_cell *cell,
                   double x, double cw, wr_pdf_rgb col, bool label)
{
    double y0 = wr_chart_scale_at(s, 0), top = y0, baseline;
    bool below = false;
    if (cell->kind == WR_CHART_VALUE) {
        double y1 = wr_chart_scale_at(s, cell->value);
        wr_pdf_fill_rect(p->ctx->page, x, fmin(y0, y1), cw, fabs(y1 - y0), col);
        if (wr_pdf_color_pale(col))
            wr_pdf_stroke_rect(p->ctx->page, x, fmin(y0, y1), cw, fabs(y1 - y0), 0.5,
                               WR_PDF_COLOR_AXIS);
        top = fmax(y0, y1);
        below = cell->value < 0;
        if (below)
            top = y1;
    } else if (cell->kind == WR_CHART_SUPPRESSED) {
        double h = wr_chart_hatch_length(s, 0, cell->value, MIN_HATCH, MAX_HATCH);
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
    wr_chart_value_frame f = wr_pdf_value_frame_draw(p, wr_chart_columns_axis(c), TOP_ROOM);
    wr_pdf_font value = {p->ctx, WR_PDF_REGULAR, VALUE_SIZE};
    wr_chart_columns_layout l = wr_chart_columns_layout_for(c, f.x0, f.x1, COLUMN_GAP, MAX_COLUMN,
                                                            wr_pdf_measure(&value), 2.0);
    for (size_t r = 0; r < c->nrows; r++) {
        for (size_t k = 0; k < c->nseries; k++)
            column(p, &f.scale, &c->rows[r].cells[k], wr_chart_column_x(&l, r, k), l.column,
                   wr_pdf_series_color(c, k), l.labels);
        wr_pdf_category_label(p, &f, wr_chart_slot_center(&l, r), l.slot - 4.0, c->rows[r].label);
    }
    if (c->nrows == 0)
        wr_pdf_no_data(p, f.x0 + 6, f.top - 12.0);
}
