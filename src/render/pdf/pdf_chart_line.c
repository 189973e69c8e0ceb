/* Lines over the categories (e.g. a policy indicator over the years) with an optional
 * dashed target line. The value axis need not start at zero: a line shows change, not
 * size. A missing or suppressed value breaks the line; its text stands at the foot. */
#include "render/pdf/pdf_chart_line.h"

#include <stdlib.h>

#include "blocks/chart_labels.h"
#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_page.h"

#define TOP_ROOM 14.0
#define MARK 6.0
#define VALUE_SIZE 7.5
/* A value label's box: the comma's tail below the baseline, the digits' height above. */
#define LABEL_DESCENT (0.12 * VALUE_SIZE)
#define LABEL_H (0.84 * VALUE_SIZE)

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
        wr_pdf_point_mark(page, x, wr_chart_scale_at(s, cell->value), MARK, (wr_pdf_mark)(k % 4), col);
    }
}

/* Every line, marker and the target as obstacles for the value labels. */
static void obstacles(const wr_pdf_plot *p, const wr_chart_value_frame *f, wr_chart_labels *l)
{
    const wr_chart *c = p->c;
    if (c->has_target) {
        double y = wr_chart_scale_at(&f->scale, c->target);
        wr_chart_labels_add_segment(l, f->x0, y, f->x1, y);
    }
    for (size_t k = 0; k < c->nseries; k++)
        for (size_t r = 0; r < c->nrows; r++) {
            const wr_chart_cell *a = &c->rows[r].cells[k];
            if (a->kind != WR_CHART_VALUE)
                continue;
            double x = wr_chart_category_x(f->x0, f->x1, c->nrows, r), y = wr_chart_scale_at(&f->scale, a->value);
            wr_chart_labels_add_rect(l, (wr_chart_rect){x - MARK / 2, y - MARK / 2, x + MARK / 2, y + MARK / 2});
            const wr_chart_cell *b = r + 1 < c->nrows ? &c->rows[r + 1].cells[k] : NULL;
            if (b && b->kind == WR_CHART_VALUE)
                wr_chart_labels_add_segment(l, x, y, wr_chart_category_x(f->x0, f->x1, c->nrows, r + 1),
                                            wr_chart_scale_at(&f->scale, b->value));
        }
}

/* The value labels, each where it meets no line, marker, target or other label. */
static void values(const wr_pdf_plot *p, const wr_chart_value_frame *f, wr_chart_labels *l)
{
    const wr_chart *c = p->c;
    for (size_t k = 0; k < c->nseries; k++)
        for (size_t r = 0; r < c->nrows; r++) {
            const wr_chart_cell *cell = &c->rows[r].cells[k];
            if (cell->kind != WR_CHART_VALUE || !wr_chart_line_value_shown(c, r))
                continue;
            double x = wr_chart_category_x(f->x0, f->x1, c->nrows, r), y = wr_chart_scale_at(&f->scale, cell->value);
            double w = wr_pdf_string_width(p->ctx, WR_PDF_SEMIBOLD, VALUE_SIZE, cell->text);
            wr_chart_rect b = wr_chart_labels_place(l, x, y, MARK / 2, w, LABEL_H);
            double baseline = b.y0 + LABEL_DESCENT;
            wr_pdf_text_center(p->ctx, WR_PDF_SEMIBOLD, VALUE_SIZE, WR_PDF_COLOR_TEXT, (b.x0 + b.x1) / 2, baseline,
                               cell->text);
            wr_pdf_record_chart_label(p->ctx->record, cell->text, b.x0, b.y0, b.x1, b.y1, (int)k);
        }
}

/* The lines as drawn, run by run, for the layout record. */
static void record_lines(const wr_pdf_plot *p, const wr_chart_value_frame *f)
{
    const wr_chart *c = p->c;
    if (!p->ctx->record)
        return;
    double *xy = malloc(2 * (c->nrows ? c->nrows : 1) * sizeof *xy);
    if (!xy)
        return;
    for (size_t k = 0; k < c->nseries; k++) {
        size_t n = 0;
        for (size_t r = 0; r <= c->nrows; r++) {
            const wr_chart_cell *a = r < c->nrows ? &c->rows[r].cells[k] : NULL;
            if (a && a->kind == WR_CHART_VALUE) {
                xy[2 * n] = wr_chart_category_x(f->x0, f->x1, c->nrows, r);
                xy[2 * n + 1] = wr_chart_scale_at(&f->scale, a->value);
                n++;
                continue;
            }
            if (n >= 2)
                wr_pdf_record_chart_line(p->ctx->record, (int)k, xy, n);
            n = 0;
        }
    }
    free(xy);
}

void wr_pdf_line_draw(const wr_pdf_plot *p)
{
    const wr_chart *c = p->c;
    wr_chart_value_frame f = wr_pdf_value_frame_draw(p, wr_chart_line_axis(c), TOP_ROOM);
    if (c->has_target)
        target(p, &f.scale, f.x0, f.x1);
    for (size_t k = 0; k < c->nseries; k++)
        series(p, &f.scale, k, f.x0, f.x1);
    wr_chart_labels l;
    wr_chart_labels_init(&l, (wr_chart_rect){f.x0, f.bottom, p->box.x + p->box.w, p->box.top}, true);
    obstacles(p, &f, &l);
    values(p, &f, &l);
    wr_chart_labels_free(&l);
    record_lines(p, &f);
    double gw = wr_chart_slot_width(f.x0, f.x1, c->nrows);
    for (size_t r = 0; r < c->nrows; r++)
        wr_pdf_category_label(p, &f, wr_chart_category_x(f.x0, f.x1, c->nrows, r), gw - 4.0,
                              c->rows[r].label);
    if (c->nrows == 0)
        wr_pdf_no_data(p, f.x0 + 6, f.top - 12.0);
}
