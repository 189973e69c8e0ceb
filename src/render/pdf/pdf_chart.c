/* The frame every chart shares: title, unit, legend, the plot, and under it the text
 * equivalent and the source. Measured and drawn by the same layout, so the height used
 * for page breaks is the height drawn. */
#include "render/pdf/pdf_chart.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks/chart.h"
#include "render/pdf/pdf_chart_bars.h"
#include "render/pdf/pdf_chart_cols.h"
#include "render/pdf/pdf_chart_line.h"
#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_flow.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_plot.h"
#include "render/pdf/pdf_style.h"

#define LEGEND_SWATCH 8.0
#define LEGEND_ROW 13.0
#define PLOT_GAP_BEFORE 8.0
#define PLOT_GAP_AFTER 7.0

typedef struct {
    wr_chart *c;
    char *source;         /* "Bron: ..." */
    wr_pdf_runs runs[3];  /* title, text equivalent, source */
    wr_pdf_text *text[3];
    double legend_h, plot_h, total;
} layout;

enum { TITLE, CAPTION, SOURCE };

/* Lays the legend out from x: the series (when there are several) and the target of a
 * line chart. Draws it when draw is set; returns its height. */
static double legend(wr_pdf_ctx *ctx, const wr_chart *c, double x, double w, double top, bool draw)
{
    size_t series = wr_chart_legend_series(c);
    if (series == 0 && !c->has_target)
        return 0;
    char *target = c->has_target ? wr_chart_target_legend(c) : NULL;
    if (c->has_target && !target) {
        wr_pdf_ctx_nomem(ctx);
        return 0;
    }
    double cx = x, rows = 1;
    for (size_t s = 0; s < series + (c->has_target ? 1 : 0); s++) {
        bool is_target = s == series;
        const char *name = is_target ? target : c->series[s] ? c->series[s] : "";
        double iw = LEGEND_SWATCH + (c->type == WR_CHART_LINE ? 8.0 : 4.0) +
                    wr_pdf_string_width(ctx, WR_PDF_REGULAR, WR_PDF_CHART_LABEL, name);
        if (cx > x && cx + iw > x + w) {
            cx = x;
            rows++;
        }
        if (draw) {
            double base = top - (rows - 1) * LEGEND_ROW - 9.0;
            wr_pdf_rgb col = is_target ? WR_PDF_COLOR_TARGET : wr_pdf_series_color(c, s);
            if (is_target) {
                wr_pdf_dashed_line(ctx->page, cx, base + 3, cx + LEGEND_SWATCH + 4, base + 3, 1.2,
                                   3, 2, col);
            } else if (c->type == WR_CHART_LINE) {
                wr_pdf_line(ctx->page, cx, base + 3, cx + LEGEND_SWATCH + 4, base + 3, 1.8, col);
                wr_pdf_point_mark(ctx->page, cx + LEGEND_SWATCH / 2 + 2, base + 3, 5.5,
                              (wr_pdf_mark)(s % 4), col);
            } else {
                wr_pdf_fill_rect(ctx->page, cx, base - 1, LEGEND_SWATCH, LEGEND_SWATCH, col);
                if (wr_pdf_color_pale(col))
                    wr_pdf_stroke_rect(ctx->page, cx, base - 1, LEGEND_SWATCH, LEGEND_SWATCH, 0.5,
                                       WR_PDF_COLOR_AXIS);
            }
            double tx = cx + LEGEND_SWATCH + (c->type == WR_CHART_LINE ? 8.0 : 4.0);
            wr_pdf_text_left(ctx, WR_PDF_REGULAR, WR_PDF_CHART_LABEL, WR_PDF_COLOR_TEXT, tx, base,
                             name);
        }
        cx += iw + (c->type == WR_CHART_LINE ? 18.0 : 14.0);
    }
    free(target);
    return rows * LEGEND_ROW + 2.0;
}

static void layout_free(layout *l)
{
    for (int i = 0; i < 3; i++) {
        wr_pdf_text_free(l->text[i]);
        wr_pdf_runs_free(&l->runs[i]);
    }
    free(l->source);
    wr_chart_free(l->c);
}

static wr_status lay_text(wr_pdf_ctx *ctx, layout *l, int which, const char *s,
                          wr_pdf_textstyle st)
{
    if (!s || !*s)
        return WR_OK;
    if (!wr_pdf_runs_add(&l->runs[which], 0, s, strlen(s), NULL))
        return wr_pdf_ctx_nomem(ctx);
    return wr_pdf_layout_runs(ctx, &l->runs[which], &st, wr_pdf_ctx_width(ctx), &l->text[which]);
}

static double text_h(const wr_pdf_text *t)
{
    return t ? (double)wr_pdf_text_line_count(t) * wr_pdf_text_style(t)->leading : 0;
}

static wr_status build(wr_pdf_ctx *ctx, cmark_node *block, layout *l)
{
    memset(l, 0, sizeof *l);
    wr_error parsed;
    wr_block_origin origin = wr_block_origin_of(block, ctx->opts->sources);
    wr_status st = wr_chart_parse(cmark_node_get_fence_info(block), cmark_node_get_literal(block), &origin,
                                  &l->c, &parsed);
    if (st != WR_OK)
        return wr_first_error_take(&ctx->failure, st, &parsed);
    const wr_chart *c = l->c;
    /* Figure titles in the text colour: the heading colour marks headings only. */
    wr_pdf_textstyle title = {WR_PDF_SEMIBOLD, WR_PDF_CHART_TITLE_SIZE, WR_PDF_CHART_TITLE_LEADING,
                              WR_PDF_COLOR_TEXT, WR_PDF_ALIGN_LEFT, false};
    wr_pdf_textstyle small = {WR_PDF_REGULAR, WR_PDF_CHART_SMALL, WR_PDF_CHART_SMALL_LEADING,
                              WR_PDF_COLOR_MUTED, WR_PDF_ALIGN_LEFT, true};
    if (c->source) {
        size_t n = strlen(c->source) + 8;
        if (!(l->source = malloc(n)))
            return wr_pdf_ctx_nomem(ctx);
        snprintf(l->source, n, "Bron: %s", c->source);
    }
    if (lay_text(ctx, l, TITLE, c->title, title) != WR_OK ||
        lay_text(ctx, l, CAPTION, c->text, small) != WR_OK ||
        lay_text(ctx, l, SOURCE, l->source, small) != WR_OK)
        return ctx->failure.status;
    l->legend_h = legend(ctx, c, 0, wr_pdf_ctx_width(ctx), 0, false);
    l->plot_h = wr_pdf_plot_height(c);
    l->total = text_h(l->text[TITLE]) + (c->unit ? WR_PDF_CHART_SMALL_LEADING : 0) +
               l->legend_h + PLOT_GAP_BEFORE + l->plot_h + PLOT_GAP_AFTER +
               text_h(l->text[CAPTION]) + text_h(l->text[SOURCE]);
    return WR_OK;
}

static double draw_text(wr_pdf_ctx *ctx, const wr_pdf_text *t, double x, double top)
{
    if (!t)
        return top;
    const wr_pdf_textstyle *st = wr_pdf_text_style(t);
    double off = wr_pdf_baseline_offset(st->size, st->leading);
    for (size_t i = 0; i < wr_pdf_text_line_count(t); i++)
        wr_pdf_text_draw_line(t, i, ctx->page, x, top - off - (double)i * st->leading);
    return top - text_h(t);
}

wr_status wr_pdf_chart_render(wr_pdf_ctx *ctx, cmark_node *block)
{
    layout l;
    double top;
    wr_pdf_markers_drop(ctx);
    if (build(ctx, block, &l) == WR_OK) {
        wr_pdf_gap(ctx, WR_PDF_CHART_BEFORE);
        if (wr_pdf_place(ctx, l.total, 0, &top) == WR_OK) {
            double x = wr_pdf_ctx_left(ctx), w = wr_pdf_ctx_width(ctx);
            top = draw_text(ctx, l.text[TITLE], x, top);
            if (l.c->unit) {
                wr_pdf_text_left(ctx, WR_PDF_REGULAR, WR_PDF_CHART_SMALL, WR_PDF_COLOR_MUTED, x,
                                 top - 8.5, l.c->unit);
                top -= WR_PDF_CHART_SMALL_LEADING;
            }
            legend(ctx, l.c, x, w, top, true);
            top -= l.legend_h + PLOT_GAP_BEFORE;
            wr_pdf_plot p = {ctx, l.c, {x, w, top, l.plot_h, false}};
            switch (l.c->type) {
            case WR_CHART_BARS: wr_pdf_bars_draw(&p); break;
            case WR_CHART_STACKED: wr_pdf_stacked_draw(&p); break;
            case WR_CHART_COLUMNS: wr_pdf_columns_draw(&p); break;
            default: wr_pdf_line_draw(&p); break;
            }
            top -= l.plot_h + PLOT_GAP_AFTER;
            top = draw_text(ctx, l.text[CAPTION], x, top);
            draw_text(ctx, l.text[SOURCE], x, top);
            ctx->figures++;
        }
    }
    layout_free(&l);
    wr_pdf_gap(ctx, WR_PDF_CHART_AFTER);
    return wr_pdf_ctx_check(ctx);
}

double wr_pdf_chart_height(wr_pdf_ctx *ctx, cmark_node *block)
{
    layout l;
    double h = build(ctx, block, &l) == WR_OK ? WR_PDF_CHART_BEFORE + l.total : 0;
    layout_free(&l);
    return h;
}
