/* The frame every chart shares: title, unit, legend, the plot, and under it the text
 * equivalent and the source. Measured and drawn by the same layout, so the height used
 * for page breaks is the height drawn. */
#include "render/pdf/pdf_chart.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks/block_kind.h"
#include "blocks/chart.h"
#include "blocks/text_equivalent.h"
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
    double w;             /* the width it is laid out in */
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
    return wr_pdf_layout_runs(ctx, &l->runs[which], &st, l->w, &l->text[which]);
}

static double text_h(const wr_pdf_text *t)
{
    return t ? (double)wr_pdf_text_line_count(t) * wr_pdf_text_style(t)->leading : 0;
}

static wr_status build(wr_pdf_ctx *ctx, cmark_node *block, double w, layout *l)
{
    memset(l, 0, sizeof *l);
    l->w = w;
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
    /* The figure's number before its title, in bold: "Figuur 4.1  Inwoners ...". */
    const wr_numbered *num = wr_numbering_find(&ctx->numbers, block);
    if (num && (!wr_pdf_runs_add(&l->runs[TITLE], WR_PDF_RUN_STRONG, num->label, strlen(num->label), NULL) ||
                !wr_pdf_runs_add(&l->runs[TITLE], 0, "\xE2\x80\x82", 3, NULL))) /* en space */
        return wr_pdf_ctx_nomem(ctx);
    if (lay_text(ctx, l, TITLE, c->title, title) != WR_OK ||
        lay_text(ctx, l, CAPTION, c->text, small) != WR_OK ||
        lay_text(ctx, l, SOURCE, l->source, small) != WR_OK)
        return ctx->failure.status;
    l->legend_h = legend(ctx, c, 0, w, 0, false);
    l->plot_h = wr_pdf_plot_height(c);
    l->total = text_h(l->text[TITLE]) + (c->unit ? WR_PDF_CHART_SMALL_LEADING : 0) +
               l->legend_h + PLOT_GAP_BEFORE + l->plot_h + PLOT_GAP_AFTER +
               text_h(l->text[CAPTION]) + text_h(l->text[SOURCE]);
    return WR_OK;
}

/* Draws t from top; outside the figure a paragraph of its own. */
static double draw_text(wr_pdf_ctx *ctx, const wr_pdf_text *t, double x, double top)
{
    if (!t)
        return top;
    bool para = wr_pdf_tags_free_on(ctx->tags, ctx->page);
    if (para)
        wr_pdf_tags_open(ctx->tags, "P");
    const wr_pdf_textstyle *st = wr_pdf_text_style(t);
    double off = wr_pdf_baseline_offset(st->size, st->leading);
    for (size_t i = 0; i < wr_pdf_text_line_count(t); i++)
        wr_pdf_text_draw_line(t, i, ctx->page, x, top - off - (double)i * st->leading);
    if (para)
        wr_pdf_tags_close(ctx->tags);
    return top - text_h(t);
}

/* Draws a laid-out chart from top at x, l->w wide. */
static void draw(wr_pdf_ctx *ctx, const layout *l, const char *label, double x, double top)
{
    double w = l->w;
    /* Title, unit, legend and plot are one Figure, read as its text equivalent; the
     * sentence and the source under it are text. Charts side by side: one Figure each. */
    char *alt = wr_chart_text_equivalent(l->c);
    if (!alt)
        wr_pdf_ctx_nomem(ctx);
    wr_pdf_tags_set_alt(ctx->tags, wr_pdf_tags_open(ctx->tags, "Figure"), alt ? alt : "");
    free(alt);
    wr_pdf_tags_begin(ctx->tags, ctx->page);
    top = draw_text(ctx, l->text[TITLE], x, top);
    if (l->c->unit) {
        wr_pdf_text_left(ctx, WR_PDF_REGULAR, WR_PDF_CHART_SMALL, WR_PDF_COLOR_MUTED, x, top - 8.5, l->c->unit);
        top -= WR_PDF_CHART_SMALL_LEADING;
    }
    legend(ctx, l->c, x, w, top, true);
    top -= l->legend_h + PLOT_GAP_BEFORE;
    wr_pdf_plot p = {ctx, l->c, {x, w, top, l->plot_h, false}};
    wr_pdf_record_chart_open(ctx->record, ctx->npages, label);
    switch (l->c->type) {
    case WR_CHART_BARS: wr_pdf_bars_draw(&p); break;
    case WR_CHART_STACKED: wr_pdf_stacked_draw(&p); break;
    case WR_CHART_COLUMNS: wr_pdf_columns_draw(&p); break;
    default: wr_pdf_line_draw(&p); break;
    }
    wr_pdf_record_chart_close(ctx->record);
    top -= l->plot_h + PLOT_GAP_AFTER;
    wr_pdf_tags_end(ctx->tags, ctx->page);
    wr_pdf_tags_close(ctx->tags);
    top = draw_text(ctx, l->text[CAPTION], x, top);
    draw_text(ctx, l->text[SOURCE], x, top);
    ctx->figures++;
}

/* A line chart can stand in a grid of small multiples beside the next one. */
static bool multiple(wr_pdf_ctx *ctx, cmark_node *node)
{
    return wr_block_is_line_chart(node, ctx->opts->sources);
}

size_t wr_pdf_chart_row(wr_pdf_ctx *ctx, cmark_node *block)
{
    if (!multiple(ctx, block))
        return 1;
    cmark_node *prev = cmark_node_previous(block), *next = cmark_node_next(block);
    size_t before = 0;
    for (; multiple(ctx, prev); prev = cmark_node_previous(prev))
        before++;
    /* A run of line charts: pairs from its start, the last one alone at half width. */
    if (before % 2 == 1)
        return 0; /* drawn with the one before it */
    if (!multiple(ctx, next) && before == 0)
        return 1;
    return multiple(ctx, next) ? 2 : 1;
}

/* The width of one chart of a row of `per_row` (a lone line chart of a run keeps the
 * grid's width, so all the multiples share one scale of drawing). */
static double column_width(wr_pdf_ctx *ctx, size_t per_row)
{
    return per_row <= 1 ? wr_pdf_ctx_width(ctx)
                        : (wr_pdf_ctx_width(ctx) - WR_PDF_CHART_GUTTER * (double)(per_row - 1)) / (double)per_row;
}

static size_t grid_columns(wr_pdf_ctx *ctx, cmark_node *block, size_t n)
{
    if (n == 2)
        return 2;
    return multiple(ctx, block) && multiple(ctx, cmark_node_previous(block)) ? 2 : 1;
}

static const char *figure_label(wr_pdf_ctx *ctx, cmark_node *block)
{
    const wr_numbered *num = wr_numbering_find(&ctx->numbers, block);
    return num ? num->label : "";
}

static void record_chart(wr_pdf_ctx *ctx, cmark_node *block, double top)
{
    const wr_numbered *num = wr_numbering_find(&ctx->numbers, block);
    wr_strbuf d = {0};
    wr_strbuf_puts(&d, "\"label\": ");
    wr_pdf_record_str(&d, num ? num->label : "");
    wr_pdf_record_placed(ctx, "chart", top, wr_strbuf_cstr(&d));
    wr_strbuf_free(&d);
}

wr_status wr_pdf_chart_render(wr_pdf_ctx *ctx, cmark_node *block, size_t n)
{
    layout l[2];
    size_t built = 0;
    double top, total = 0;
    size_t cols = grid_columns(ctx, block, n);
    double w = column_width(ctx, cols);
    wr_pdf_markers_drop(ctx);
    for (cmark_node *b = block; built < n && b; b = cmark_node_next(b)) {
        if (build(ctx, b, w, &l[built]) != WR_OK)
            break;
        if (l[built].total > total)
            total = l[built].total;
        built++;
    }
    if (built == n) {
        wr_pdf_gap(ctx, WR_PDF_CHART_BEFORE);
        if (wr_pdf_place(ctx, total, 0, &top) == WR_OK) {
            double x = wr_pdf_ctx_left(ctx);
            cmark_node *b = block;
            for (size_t i = 0; i < n; i++, b = cmark_node_next(b)) {
                record_chart(ctx, b, top);
                draw(ctx, &l[i], figure_label(ctx, b), x + (double)i * (w + WR_PDF_CHART_GUTTER), top);
            }
        }
    }
    for (size_t i = 0; i < built; i++)
        layout_free(&l[i]);
    wr_pdf_gap(ctx, WR_PDF_CHART_AFTER);
    return wr_pdf_ctx_check(ctx);
}

double wr_pdf_chart_height(wr_pdf_ctx *ctx, cmark_node *block)
{
    size_t n = wr_pdf_chart_row(ctx, block);
    double w = column_width(ctx, grid_columns(ctx, block, n ? n : 1)), h = 0;
    cmark_node *b = block;
    for (size_t i = 0; i < (n ? n : 1) && b; i++, b = cmark_node_next(b)) {
        layout l;
        if (build(ctx, b, w, &l) == WR_OK && WR_PDF_CHART_BEFORE + l.total > h)
            h = WR_PDF_CHART_BEFORE + l.total;
        layout_free(&l);
    }
    return h;
}
