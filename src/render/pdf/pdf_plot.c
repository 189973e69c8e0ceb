#include "render/pdf/pdf_plot.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_page.h"

wr_pdf_rgb wr_pdf_series_color(const wr_chart *c, size_t s)
{
    static const wr_pdf_rgb cat[] = {WR_PDF_SERIES_1, WR_PDF_SERIES_2, WR_PDF_SERIES_3,
                                     WR_PDF_SERIES_4};
    /* Lines need colours dark enough to see as thin strokes. */
    static const wr_pdf_rgb lines[] = {WR_PDF_SERIES_1, WR_PDF_SERIES_2, {0.30, 0.30, 0.30},
                                       WR_PDF_ORDINAL_2};
    static const wr_pdf_rgb ord3[] = {WR_PDF_SERIES_1, WR_PDF_ORDINAL_2, WR_PDF_SERIES_3,
                                      WR_PDF_SERIES_4};
    if (c->type == WR_CHART_LINE)
        return lines[s % WR_PDF_SERIES_COUNT];
    if (c->type == WR_CHART_STACKED)
        return c->nseries == 2 ? (s == 0 ? ord3[0] : ord3[2]) : ord3[s % WR_PDF_SERIES_COUNT];
    return cat[s % WR_PDF_SERIES_COUNT];
}

bool wr_pdf_color_pale(wr_pdf_rgb c)
{
    return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b > 0.75;
}

void wr_pdf_text_left(wr_pdf_ctx *ctx, wr_pdf_face f, double size, wr_pdf_rgb c, double x,
                      double baseline, const char *s)
{
    wr_pdf_draw_string(ctx, ctx->page, f, size, c, x, baseline, s);
}

void wr_pdf_text_center(wr_pdf_ctx *ctx, wr_pdf_face f, double size, wr_pdf_rgb c, double x,
                        double baseline, const char *s)
{
    double w = wr_pdf_string_width(ctx, f, size, s);
    wr_pdf_draw_string(ctx, ctx->page, f, size, c, x - w / 2.0, baseline, s);
}

void wr_pdf_text_right(wr_pdf_ctx *ctx, wr_pdf_face f, double size, wr_pdf_rgb c, double x,
                       double baseline, const char *s)
{
    double w = wr_pdf_string_width(ctx, f, size, s);
    wr_pdf_draw_string(ctx, ctx->page, f, size, c, x - w, baseline, s);
}

void wr_pdf_text_two_lines(wr_pdf_ctx *ctx, double size, wr_pdf_rgb c, double x, double width,
                           double baseline, const char *s)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", s);
    if (wr_pdf_string_width(ctx, WR_PDF_REGULAR, size, buf) <= width) {
        wr_pdf_text_center(ctx, WR_PDF_REGULAR, size, c, x, baseline, buf);
        return;
    }
    /* Break at the space that leaves the longest first line that fits. */
    char *cut = NULL;
    for (char *sp = strchr(buf, ' '); sp; sp = strchr(sp + 1, ' ')) {
        *sp = '\0';
        bool fits = wr_pdf_string_width(ctx, WR_PDF_REGULAR, size, buf) <= width;
        *sp = ' ';
        if (!fits && cut)
            break;
        cut = sp;
        if (!fits)
            break;
    }
    if (!cut) {
        wr_pdf_text_center(ctx, WR_PDF_REGULAR, size, c, x, baseline, buf);
        return;
    }
    *cut = '\0';
    wr_pdf_text_center(ctx, WR_PDF_REGULAR, size, c, x, baseline, buf);
    wr_pdf_text_center(ctx, WR_PDF_REGULAR, size, c, x, baseline - size * 1.2, cut + 1);
}

double wr_pdf_scale_at(const wr_pdf_scale *s, double v)
{
    double span = s->axis.max - s->axis.min;
    return s->from + (span > 0 ? (v - s->axis.min) / span : 0) * (s->to - s->from);
}

/* The y axis: grid lines across [x0, x1] and tick labels right-aligned left of x0. */
wr_pdf_scale wr_pdf_value_grid(const wr_pdf_plot *p, wr_chart_axis axis, double x0, double x1,
                               double bottom, double top)
{
    wr_pdf_scale s = {axis, bottom, top};
    for (int i = 0; i < axis.count; i++) {
        char tick[48];
        double v = axis.min + i * axis.step, y = wr_pdf_scale_at(&s, v);
        bool zero = fabs(v) < axis.step * 1e-6;
        wr_pdf_line(p->ctx->page, x0, y, x1, y, zero ? 0.7 : 0.4,
                    zero ? WR_PDF_COLOR_AXIS : WR_PDF_COLOR_GRID);
        wr_chart_tick_label(&axis, i, p->c->percent, tick, sizeof tick);
        wr_pdf_text_right(p->ctx, WR_PDF_REGULAR, 7.5, WR_PDF_COLOR_MUTED, x0 - 5.0, y - 2.6, tick);
    }
    return s;
}

/* Width of the widest tick label, for the left margin of the plot. */
double wr_pdf_tick_width(const wr_pdf_plot *p, const wr_chart_axis *axis)
{
    double w = 0;
    for (int i = 0; i < axis->count; i++) {
        char tick[48];
        wr_chart_tick_label(axis, i, p->c->percent, tick, sizeof tick);
        double tw = wr_pdf_string_width(p->ctx, WR_PDF_REGULAR, 7.5, tick);
        if (tw > w)
            w = tw;
    }
    return w;
}
