#include "render/pdf/pdf_tiles.h"

#include <stdlib.h>
#include <string.h>

#include "blocks/keyfig.h"
#include "blocks/text_equivalent.h"
#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_flow.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"

#define VALUE_LEADING 25.0
#define CHANGE_LEADING 10.5
#define ARROW_ROOM 9.0
#define MIN_VALUE_SIZE 12.0

typedef struct {
    wr_pdf_runs runs[2]; /* label, change */
    wr_pdf_text *label, *change;
    double value_size;
} tile;

typedef struct {
    wr_keyfigs *k;
    tile *t;
    size_t per_row, rows;
    double tile_w;
    double *row_h;
    size_t *row_label_lines; /* the figures of a row stand on one line */
} tiles;

static void tiles_free(tiles *ts)
{
    if (ts->t) {
        for (size_t i = 0; i < ts->k->count; i++) {
            wr_pdf_text_free(ts->t[i].label);
            wr_pdf_text_free(ts->t[i].change);
            wr_pdf_runs_free(&ts->t[i].runs[0]);
            wr_pdf_runs_free(&ts->t[i].runs[1]);
        }
    }
    free(ts->t);
    free(ts->row_h);
    free(ts->row_label_lines);
    wr_keyfigs_free(ts->k);
}

static wr_status lay(wr_pdf_ctx *ctx, wr_pdf_runs *runs, const char *s, wr_pdf_textstyle st,
                     double w, wr_pdf_text **out)
{
    if (!wr_pdf_runs_add(runs, 0, s, strlen(s), NULL))
        return wr_pdf_ctx_nomem(ctx);
    return wr_pdf_layout_runs(ctx, runs, &st, w, out);
}

static double tile_height(const tile *t, size_t label_lines)
{
    double h = 2 * WR_PDF_TILE_PAD + WR_PDF_TILE_ACCENT + 3.0 + VALUE_LEADING;
    h += (double)label_lines * WR_PDF_TILE_LABEL_LEADING;
    if (t->change)
        h += 2.0 + (double)wr_pdf_text_line_count(t->change) * CHANGE_LEADING;
    return h;
}

static wr_status build(wr_pdf_ctx *ctx, cmark_node *block, tiles *ts)
{
    memset(ts, 0, sizeof *ts);
    wr_error parsed;
    wr_block_origin origin = wr_block_origin_of(block, ctx->opts->sources);
    wr_status st = wr_keyfigs_parse(cmark_node_get_literal(block), &origin, &ts->k, &parsed);
    if (st != WR_OK)
        return wr_first_error_take(&ctx->failure, st, &parsed);
    size_t n = ts->k->count;
    ts->rows = wr_keyfigs_rows(n);
    ts->per_row = wr_keyfigs_per_row(n);
    double w = wr_pdf_ctx_width(ctx);
    ts->tile_w = (w - WR_PDF_TILE_GAP * (double)(ts->per_row - 1)) / (double)ts->per_row;
    ts->t = calloc(n ? n : 1, sizeof *ts->t);
    ts->row_h = calloc(ts->rows ? ts->rows : 1, sizeof *ts->row_h);
    ts->row_label_lines = calloc(ts->rows ? ts->rows : 1, sizeof *ts->row_label_lines);
    if (!ts->t || !ts->row_h || !ts->row_label_lines)
        return wr_pdf_ctx_nomem(ctx);
    double inner = ts->tile_w - 2 * WR_PDF_TILE_PAD;
    /* Short texts in narrow boxes: broken between words only. */
    wr_pdf_textstyle lst = {WR_PDF_SEMIBOLD, WR_PDF_TILE_LABEL_SIZE, WR_PDF_TILE_LABEL_LEADING,
                            WR_PDF_COLOR_MUTED, WR_PDF_ALIGN_LEFT, false};
    wr_pdf_textstyle cst = {WR_PDF_REGULAR, WR_PDF_TILE_CHANGE_SIZE, CHANGE_LEADING,
                            WR_PDF_COLOR_MUTED, WR_PDF_ALIGN_LEFT, false};
    for (size_t i = 0; i < n && ctx->failure.status == WR_OK; i++) {
        const wr_keyfig *f = &ts->k->items[i];
        tile *t = &ts->t[i];
        double cw = inner - (f->trend == WR_KEYFIG_NONE ? 0 : ARROW_ROOM);
        if (lay(ctx, &t->runs[0], f->label, lst, inner, &t->label) != WR_OK ||
            (f->change && lay(ctx, &t->runs[1], f->change, cst, cw, &t->change) != WR_OK))
            break;
        /* A figure too wide for its tile is set smaller rather than overflowing. */
        t->value_size = WR_PDF_TILE_VALUE_SIZE;
        double vw = wr_pdf_string_width(ctx, WR_PDF_BOLD, t->value_size, f->value);
        if (vw > inner)
            t->value_size = t->value_size * inner / vw;
        if (t->value_size < MIN_VALUE_SIZE)
            t->value_size = MIN_VALUE_SIZE;
        size_t *lines = &ts->row_label_lines[i / ts->per_row];
        if (wr_pdf_text_line_count(t->label) > *lines)
            *lines = wr_pdf_text_line_count(t->label);
    }
    for (size_t i = 0; i < n && ctx->failure.status == WR_OK; i++) {
        double h = tile_height(&ts->t[i], ts->row_label_lines[i / ts->per_row]);
        if (h > ts->row_h[i / ts->per_row])
            ts->row_h[i / ts->per_row] = h;
    }
    return ctx->failure.status;
}

static double total_height(const tiles *ts)
{
    double h = 0;
    for (size_t r = 0; r < ts->rows; r++)
        h += ts->row_h[r] + (r > 0 ? WR_PDF_TILE_GAP : 0);
    return h;
}

static double draw_text(wr_pdf_ctx *ctx, const wr_pdf_text *t, double x, double top)
{
    const wr_pdf_textstyle *st = wr_pdf_text_style(t);
    double off = wr_pdf_baseline_offset(st->size, st->leading);
    for (size_t i = 0; i < wr_pdf_text_line_count(t); i++)
        wr_pdf_text_draw_line(t, i, ctx->page, x, top - off - (double)i * st->leading);
    return top - (double)wr_pdf_text_line_count(t) * st->leading;
}

static void draw_tile(wr_pdf_ctx *ctx, const wr_keyfig *f, const tile *t, double x, double top,
                      double w, double h, size_t label_lines)
{
    wr_pdf_fill_rect(ctx->page, x, top - h, w, h, WR_PDF_COLOR_TINT);
    wr_pdf_fill_rect(ctx->page, x, top - WR_PDF_TILE_ACCENT, w, WR_PDF_TILE_ACCENT,
                     WR_PDF_SERIES_1);
    double ix = x + WR_PDF_TILE_PAD;
    double y = top - WR_PDF_TILE_ACCENT - WR_PDF_TILE_PAD;
    draw_text(ctx, t->label, ix, y);
    y -= (double)label_lines * WR_PDF_TILE_LABEL_LEADING + 3.0;
    wr_pdf_draw_string(ctx, ctx->page, WR_PDF_BOLD, t->value_size, WR_PDF_SERIES_1, ix,
                       y - VALUE_LEADING + 6.0, f->value);
    y -= VALUE_LEADING + 2.0;
    if (!t->change)
        return;
    double tx = ix;
    if (f->trend != WR_KEYFIG_NONE) {
        double mid = y - CHANGE_LEADING / 2.0 - 0.2;
        if (f->trend == WR_KEYFIG_SAME)
            wr_pdf_fill_rect(ctx->page, ix, mid - 0.7, 5.5, 1.4, WR_PDF_COLOR_MUTED);
        else
            wr_pdf_triangle(ctx->page, ix + 2.75, mid, 5.5, f->trend == WR_KEYFIG_UP,
                            WR_PDF_COLOR_MUTED);
        tx += ARROW_ROOM;
    }
    draw_text(ctx, t->change, tx, y);
}

/* A row of tiles is one Figure, read as its labels and figures. */
static void begin_row(wr_pdf_ctx *ctx, const wr_keyfigs *k, size_t from, size_t to)
{
    char *alt = wr_keyfigs_text_equivalent(k, from, to);
    if (!alt)
        wr_pdf_ctx_nomem(ctx);
    wr_pdf_tags_set_alt(ctx->tags, wr_pdf_tags_open(ctx->tags, "Figure"), alt ? alt : "");
    free(alt);
    wr_pdf_tags_begin(ctx->tags, ctx->page);
}

wr_status wr_pdf_tiles_render(wr_pdf_ctx *ctx, cmark_node *block, double keep)
{
    tiles ts;
    wr_pdf_markers_drop(ctx);
    if (build(ctx, block, &ts) == WR_OK && ts.k->count > 0) {
        double top;
        wr_pdf_gap(ctx, WR_PDF_CHART_BEFORE);
        if (wr_pdf_place(ctx, total_height(&ts), keep, &top) == WR_OK) {
            wr_pdf_record_placed(ctx, "tiles", top, NULL);
            double x0 = wr_pdf_ctx_left(ctx);
            for (size_t i = 0; i < ts.k->count; i++) {
                size_t row = i / ts.per_row, col = i % ts.per_row;
                if (col == 0)
                    begin_row(ctx, ts.k, i, i + ts.per_row);
                double rt = top;
                for (size_t r = 0; r < row; r++)
                    rt -= ts.row_h[r] + WR_PDF_TILE_GAP;
                draw_tile(ctx, &ts.k->items[i], &ts.t[i],
                          x0 + (ts.tile_w + WR_PDF_TILE_GAP) * (double)col, rt, ts.tile_w,
                          ts.row_h[row], ts.row_label_lines[row]);
                if (col + 1 == ts.per_row || i + 1 == ts.k->count) {
                    wr_pdf_tags_end(ctx->tags, ctx->page);
                    wr_pdf_tags_close(ctx->tags);
                }
            }
        }
        wr_pdf_gap(ctx, WR_PDF_CHART_AFTER);
    }
    tiles_free(&ts);
    return wr_pdf_ctx_check(ctx);
}

double wr_pdf_tiles_height(wr_pdf_ctx *ctx, cmark_node *block)
{
    tiles ts;
    double h = build(ctx, block, &ts) == WR_OK ? WR_PDF_CHART_BEFORE + total_height(&ts) : 0;
    tiles_free(&ts);
    return h;
}
