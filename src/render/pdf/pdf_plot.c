#include "render/pdf/pdf_plot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_measure.h"
#include "render/pdf/pdf_page.h"

wr_pdf_rgb wr_pdf_series_color(const wr_chart *c, size_t s)
{
    static const wr_pdf_rgb sets[][WR_CHART_COLORS] = {
        [WR_CHART_COLORS_CATEGORIES] = {WR_PDF_SERIES_1, WR_PDF_SERIES_2, WR_PDF_SERIES_3,
                                        WR_PDF_SERIES_4},
        [WR_CHART_COLORS_LINES] = {WR_PDF_SERIES_1, WR_PDF_SERIES_2, {0.30, 0.30, 0.30},
                                   WR_PDF_ORDINAL_2},
        [WR_CHART_COLORS_STEPS] = {WR_PDF_SERIES_1, WR_PDF_ORDINAL_2, WR_PDF_SERIES_3,
                                   WR_PDF_SERIES_4},
    };
    wr_chart_color_set set;
    size_t i = wr_chart_series_color(c, s, &set);
    return sets[set][i];
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
    wr_pdf_font font = {ctx, WR_PDF_REGULAR, size};
    size_t cut = wr_chart_label_break(s, width, wr_pdf_measure(&font));
    if (cut == WR_CHART_ONE_LINE) {
        wr_pdf_text_center(ctx, WR_PDF_REGULAR, size, c, x, baseline, s);
        return;
    }
    /* The first line whole, however long. */
    char *first = strndup(s, cut);
    if (!first) {
        wr_pdf_ctx_nomem(ctx);
        return;
    }
    wr_pdf_text_center(ctx, WR_PDF_REGULAR, size, c, x, baseline, first);
    wr_pdf_text_center(ctx, WR_PDF_REGULAR, size, c, x, baseline - size * 1.2, s + cut + 1);
    free(first);
}

static double font_width(const void *font, const char *s, size_t len)
{
    const wr_pdf_font *f = font;
    return wr_pdf_text_width(f->ctx->fonts, f->face, f->size, s, len);
}

wr_chart_measure wr_pdf_measure(const wr_pdf_font *f)
{
    return (wr_chart_measure){font_width, f};
}

const wr_chart_sizes wr_pdf_chart_sizes = {
    .bars_top = 0,
    .bar_row = WR_PDF_CHART_BAR_ROW,
    .bars_axis = 15.0,
    .label_gap = 8.0,
    .value_gap = 8.0,
    .stacked_room = 6.0,
    .plot = WR_PDF_CHART_PLOT_H,
    .category_labels = 24.0,
    .tick_gap = 8.0,
    .right = 0,
};

double wr_pdf_plot_height(const wr_chart *c)
{
    return wr_chart_plot_height(c, &wr_pdf_chart_sizes);
}

wr_chart_value_frame wr_pdf_value_frame_draw(const wr_pdf_plot *p, wr_chart_axis axis,
                                             double top_room)
{
    wr_pdf_font tick = {p->ctx, WR_PDF_REGULAR, 7.5};
    wr_chart_value_frame f = wr_chart_value_frame_for(p->c, &p->box, &wr_pdf_chart_sizes, axis,
                                                      wr_pdf_measure(&tick), top_room);
    /* Grid lines across the plot, tick labels right-aligned left of it. */
    for (int i = 0; i < axis.count; i++) {
        wr_chart_tick t = wr_chart_tick_at(&axis, i, p->c->percent);
        double y = wr_chart_scale_at(&f.scale, t.value);
        wr_pdf_line(p->ctx->page, f.x0, y, f.x1, y, t.zero ? 0.7 : 0.4,
                    t.zero ? WR_PDF_COLOR_AXIS : WR_PDF_COLOR_GRID);
        wr_pdf_text_right(p->ctx, WR_PDF_REGULAR, 7.5, WR_PDF_COLOR_MUTED, f.x0 - 5.0, y - 2.6,
                          t.label);
    }
    return f;
}

void wr_pdf_category_label(const wr_pdf_plot *p, const wr_chart_value_frame *f, double x,
                           double width, const char *label)
{
    wr_pdf_text_two_lines(p->ctx, WR_PDF_CHART_LABEL, WR_PDF_COLOR_TEXT, x, width,
                          f->bottom - 11.0, label);
}

void wr_pdf_no_data(const wr_pdf_plot *p, double x, double y)
{
    wr_pdf_text_left(p->ctx, WR_PDF_ITALIC, WR_PDF_CHART_LABEL, WR_PDF_COLOR_MUTED, x, y,
                     WR_CHART_NO_DATA);
}
