/* Drawing and paginating a measured table: its caption ("Tabel 2.3"), a heavy rule on
 * top, the header row, a rule under it, quiet thin rules between rows and a heavy rule at
 * the end of each page's part. Where it breaks is decided before anything is drawn
 * (pdf_keep.h); a continued part repeats the header under "Tabel 2.3 (vervolg)". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks/spoken_value.h"
#include "render/pdf/pdf_flow.h"
#include "render/pdf/pdf_keep.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"
#include "render/pdf/pdf_table_internal.h"

static void rule(wr_pdf_ctx *ctx, double x, double w, double y, double width, wr_pdf_rgb c)
{
    wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_LAYOUT);
    HPDF_Page_SetLineWidth(ctx->page, (HPDF_REAL)width);
    HPDF_Page_SetRGBStroke(ctx->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
    HPDF_Page_MoveTo(ctx->page, (HPDF_REAL)x, (HPDF_REAL)y);
    HPDF_Page_LineTo(ctx->page, (HPDF_REAL)(x + w), (HPDF_REAL)y);
    HPDF_Page_Stroke(ctx->page);
    wr_pdf_tags_end(ctx->tags, ctx->page);
}

static double table_width(const wr_pdf_table *t)
{
    double w = 0;
    for (size_t c = 0; c < t->ncols; c++)
        w += t->colw[c];
    return w;
}

/* A header cell: every cell of a header row (its column's head), and the first cell of
 * a body row when the first column holds text and the table has more (the row's head),
 * as in the HTML twin. NULL for a data cell. */
static const char *scope_of(const wr_pdf_table *t, size_t r, size_t c)
{
    if (r < t->nheader)
        return "Column";
    return c == 0 && t->ncols > 1 && t->align[0] != WR_PDF_ALIGN_RIGHT ? "Row" : NULL;
}

/* A cell that shows only a sign ("<5", "n<10", "–") is read as words, as in the HTML
 * twin: its content becomes one sequence with that ActualText (the text drawer's own
 * sequences nest inside it and add nothing). True when it opened one. */
static bool speak_sign(wr_pdf_ctx *ctx, const wr_pdf_runs *runs, size_t cell)
{
    char *plain = wr_pdf_runs_text(runs);
    wr_spoken_value v;
    bool speak = plain && wr_spoken_value_of(plain, strlen(plain), &v);
    if (speak) {
        char words[96];
        snprintf(words, sizeof words, "%s%.*s", v.words, (int)v.num_len, v.num);
        wr_pdf_tags_begin_actual(ctx->tags, ctx->page, cell, words);
    }
    free(plain);
    return speak;
}

static void draw_row(wr_pdf_ctx *ctx, const wr_pdf_table *t, size_t r, double x, double top)
{
    double off = wr_pdf_baseline_offset(WR_PDF_TABLE_SIZE, WR_PDF_TABLE_LEADING);
    bool tagged = !wr_pdf_tags_in_artifact(ctx->tags, ctx->page); /* not a repeated header */
    if (tagged)
        wr_pdf_tags_open(ctx->tags, "TR");
    for (size_t c = 0; c < t->ncols; c++) {
        const wr_pdf_text *tx = t->cells[r * t->ncols + c].text;
        const char *scope = scope_of(t, r, c);
        bool spoken = false;
        if (tagged) {
            size_t cell = wr_pdf_tags_open(ctx->tags, scope ? "TH" : "TD");
            wr_pdf_tags_set_scope(ctx->tags, cell, scope);
            spoken = speak_sign(ctx, &t->cells[r * t->ncols + c].runs, cell);
        }
        size_t n = wr_pdf_text_line_count(tx);
        for (size_t k = 0; k < n; k++)
            wr_pdf_text_draw_line(tx, k, ctx->page, x + WR_PDF_CELL_PAD_X,
                                  top - WR_PDF_CELL_PAD_Y - off - (double)k * WR_PDF_TABLE_LEADING);
        if (spoken)
            wr_pdf_tags_end(ctx->tags, ctx->page);
        if (tagged)
            wr_pdf_tags_close(ctx->tags);
        wr_pdf_record_hyphens(ctx, tx, 0, n, "cell");
        x += t->colw[c];
    }
    if (tagged)
        wr_pdf_tags_close(ctx->tags);
}

static double header_height(const wr_pdf_table *t)
{
    double h = 0;
    for (size_t r = 0; r < t->nheader; r++)
        h += t->rowh[r];
    return h;
}

/* Top rule and header rows, right here; repeated on a later page they are an artifact
 * (read once, where the table starts). */
static void draw_header(wr_pdf_ctx *ctx, const wr_pdf_table *t, double x, bool repeated)
{
    double w = table_width(t), top;
    if (wr_pdf_place_here(ctx, header_height(t), &top) != WR_OK)
        return;
    rule(ctx, x, w, top, WR_PDF_RULE_HEAVY, WR_PDF_COLOR_RULE_DARK);
    if (repeated)
        wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_REPEAT);
    for (size_t r = 0; r < t->nheader; r++) {
        draw_row(ctx, t, r, x, top);
        top -= t->rowh[r];
    }
    if (repeated)
        wr_pdf_tags_end(ctx->tags, ctx->page);
    if (t->nheader > 0)
        rule(ctx, x, w, top, WR_PDF_RULE_MID, WR_PDF_COLOR_RULE_DARK);
}

/* The caption over a table: its number in bold, then what it shows when that says more
 * than the heading above; on a continued part, "(vervolg)" after the number. */
typedef struct {
    wr_pdf_runs runs;
    wr_pdf_text *text;
} caption;

#define CAPTION_GAP 3.0 /* between the caption and the table's top rule */

static wr_status caption_make(wr_pdf_ctx *ctx, const wr_numbered *num, bool continued, double width,
                              caption *cap)
{
    *cap = (caption){{0}, NULL};
    if (!num)
        return WR_OK;
    static const char *const more = " (vervolg)", *const space = "\xE2\x80\x82"; /* en space */
    bool ok = wr_pdf_runs_add(&cap->runs, WR_PDF_RUN_STRONG, num->label, strlen(num->label), NULL);
    if (ok && continued)
        ok = wr_pdf_runs_add(&cap->runs, 0, more, strlen(more), NULL);
    else if (ok && num->caption_adds)
        ok = wr_pdf_runs_add(&cap->runs, 0, space, strlen(space), NULL) &&
             wr_pdf_runs_add(&cap->runs, 0, num->caption, strlen(num->caption), NULL);
    if (!ok)
        return wr_pdf_ctx_nomem(ctx);
    wr_pdf_textstyle st = {WR_PDF_REGULAR, WR_PDF_SMALL_SIZE, WR_PDF_SMALL_LEADING, WR_PDF_COLOR_MUTED,
                           WR_PDF_ALIGN_LEFT, false};
    return wr_pdf_layout_runs(ctx, &cap->runs, &st, width, &cap->text);
}

static void caption_free(caption *cap)
{
    wr_pdf_text_free(cap->text);
    wr_pdf_runs_free(&cap->runs);
}

static double caption_height(const caption *cap)
{
    return cap->text ? (double)wr_pdf_text_line_count(cap->text) * WR_PDF_SMALL_LEADING + CAPTION_GAP : 0;
}

/* The caption, right here: the table's Caption (the HTML twin's <caption>), or on a
 * continued part an artifact. */
static void draw_caption(wr_pdf_ctx *ctx, const caption *cap, double x, bool continued)
{
    double top;
    if (!cap->text || wr_pdf_place_here(ctx, caption_height(cap), &top) != WR_OK)
        return;
    if (continued)
        wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_REPEAT);
    else
        wr_pdf_tags_open(ctx->tags, "Caption");
    double off = wr_pdf_baseline_offset(WR_PDF_SMALL_SIZE, WR_PDF_SMALL_LEADING);
    for (size_t i = 0; i < wr_pdf_text_line_count(cap->text); i++)
        wr_pdf_text_draw_line(cap->text, i, ctx->page, x, top - off - (double)i * WR_PDF_SMALL_LEADING);
    if (continued)
        wr_pdf_tags_end(ctx->tags, ctx->page);
    else
        wr_pdf_tags_close(ctx->tags);
}

/* The height a fresh page leaves for the body rows of a continued part. */
static double full_room(const wr_pdf_table *t, const caption *more)
{
    return WR_PDF_BODY_TOP - WR_PDF_MARGIN_BOTTOM - caption_height(more) - header_height(t);
}

static void record_part(wr_pdf_ctx *ctx, const wr_pdf_table *t, const wr_numbered *num, size_t part,
                        size_t rows, double top)
{
    if (!ctx->record)
        return;
    wr_strbuf d = {0};
    wr_strbuf_puts(&d, "\"label\": ");
    wr_pdf_record_str(&d, num ? num->label : "");
    wr_strbuf_printf(&d, ", \"part\": %zu, \"rows\": %zu, \"of\": %zu", part, rows, t->nrows - t->nheader);
    wr_pdf_record_block(ctx->record, ctx->npages, "table", top, ctx->y, wr_strbuf_cstr(&d));
    wr_strbuf_free(&d);
}

/* Draws one part of the table: caption, header, rows [from, from + rows), bottom rule. A
 * continued part's caption and header are artifacts: the table is read once, as in the
 * HTML twin. */
static void draw_part(wr_pdf_ctx *ctx, const wr_pdf_table *t, const caption *cap, size_t from, size_t rows,
                      double x, bool continued)
{
    double w = table_width(t);
    draw_caption(ctx, cap, x, continued);
    draw_header(ctx, t, x, continued);
    for (size_t r = from; r < from + rows && ctx->failure.status == WR_OK; r++) {
        double top;
        /* Never split a row; one taller than a page overflows rather than loops. */
        if (wr_pdf_place_here(ctx, t->rowh[r], &top) != WR_OK)
            break;
        if (r > from && t->total[r])
            rule(ctx, x, w, top, WR_PDF_RULE_MID, WR_PDF_COLOR_RULE_DARK);
        else if (r > from)
            rule(ctx, x, w, top, WR_PDF_RULE_THIN, WR_PDF_COLOR_RULE_LIGHT);
        draw_row(ctx, t, r, x, top);
    }
    if (ctx->failure.status == WR_OK)
        rule(ctx, x, w, ctx->y, WR_PDF_RULE_HEAVY, WR_PDF_COLOR_RULE_DARK);
}

wr_status wr_pdf_table_render(wr_pdf_ctx *ctx, cmark_node *node, double keep_after)
{
    wr_pdf_table *t = NULL;
    double x = wr_pdf_ctx_left(ctx);
    if (wr_pdf_table_build(ctx, node, wr_pdf_ctx_width(ctx), &t) != WR_OK)
        return ctx->failure.status;
    wr_pdf_markers_drop(ctx); /* a table as first thing in a list item: no marker */
    const wr_numbered *num = wr_numbering_find(&ctx->numbers, node);
    caption cap, more;
    size_t *parts = NULL;
    if (caption_make(ctx, num, false, wr_pdf_ctx_width(ctx), &cap) == WR_OK &&
        caption_make(ctx, num, true, wr_pdf_ctx_width(ctx), &more) == WR_OK &&
        !(parts = malloc((t->nrows + 2) * sizeof *parts)))
        wr_pdf_ctx_nomem(ctx);
    if (ctx->failure.status == WR_OK) {
        size_t first = t->nheader, n = t->nrows - first; /* body rows [first, nrows) */
        wr_pdf_gap(ctx, WR_PDF_TABLE_BEFORE);
        wr_pdf_tags_open(ctx->tags, "Table");
        double room = wr_pdf_room(ctx) - caption_height(&cap) - header_height(t);
        size_t count = wr_pdf_table_split(t->rowh + first, n, room, full_room(t, &more), ctx->fresh,
                                          keep_after, parts);
        size_t at = first;
        bool drawn = false;
        for (size_t p = 0; p < count && ctx->failure.status == WR_OK; p++) {
            if (parts[p] == 0 && !drawn) { /* the table starts on the next page */
                wr_pdf_page_add(ctx);
                continue;
            }
            if (drawn && wr_pdf_page_add(ctx) != WR_OK)
                break;
            double top = ctx->fresh ? ctx->y : ctx->y - ctx->gap;
            draw_part(ctx, t, drawn ? &more : &cap, at, parts[p], x, drawn);
            record_part(ctx, t, num, p, parts[p], top);
            at += parts[p];
            drawn = true;
        }
        if (!drawn && ctx->failure.status == WR_OK) /* a table of only a header */
            draw_part(ctx, t, &cap, at, 0, x, false);
        wr_pdf_tags_close(ctx->tags);
    }
    free(parts);
    caption_free(&cap);
    caption_free(&more);
    wr_pdf_table_free(t);
    wr_pdf_gap(ctx, WR_PDF_TABLE_AFTER);
    return wr_pdf_ctx_check(ctx);
}

double wr_pdf_table_lead(wr_pdf_ctx *ctx, cmark_node *node, double keep_after)
{
    wr_pdf_table *t = NULL;
    if (wr_pdf_table_build(ctx, node, wr_pdf_ctx_width(ctx), &t) != WR_OK)
        return 0;
    const wr_numbered *num = wr_numbering_find(&ctx->numbers, node);
    caption cap, more;
    double h = 0;
    if (caption_make(ctx, num, false, wr_pdf_ctx_width(ctx), &cap) == WR_OK &&
        caption_make(ctx, num, true, wr_pdf_ctx_width(ctx), &more) == WR_OK)
        h = caption_height(&cap) + header_height(t) +
            wr_pdf_table_start_rows(t->rowh + t->nheader, t->nrows - t->nheader, full_room(t, &more), keep_after);
    caption_free(&cap);
    caption_free(&more);
    wr_pdf_table_free(t);
    return h;
}
