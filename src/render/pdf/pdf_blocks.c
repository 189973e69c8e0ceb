#include "render/pdf/pdf_blocks.h"

#include <string.h>

#include "blocks/chart.h"
#include "blocks/keyfig.h"
#include "render/pdf/pdf_chart.h"
#include "render/pdf/pdf_cover.h"
#include "render/pdf/pdf_nav.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"
#include "render/pdf/pdf_table.h"

typedef struct {
    double size, leading, before, after;
    wr_pdf_face face;
} heading_style;

static heading_style heading_for(int level)
{
    switch (level) {
    case 1: return (heading_style){WR_PDF_H1_SIZE, WR_PDF_H1_LEADING, WR_PDF_H1_BEFORE,
                                   WR_PDF_H1_AFTER, WR_PDF_BOLD};
    case 2: return (heading_style){WR_PDF_H2_SIZE, WR_PDF_H2_LEADING, WR_PDF_H2_BEFORE,
                                   WR_PDF_H2_AFTER, WR_PDF_BOLD};
    case 3: return (heading_style){WR_PDF_H3_SIZE, WR_PDF_H3_LEADING, WR_PDF_H3_BEFORE,
                                   WR_PDF_H3_AFTER, WR_PDF_SEMIBOLD};
    default: return (heading_style){WR_PDF_H4_SIZE, WR_PDF_H4_LEADING, WR_PDF_H4_BEFORE,
                                    WR_PDF_H4_AFTER, WR_PDF_SEMIBOLD};
    }
}

static bool is_table(cmark_node *node)
{
    const char *type = node ? cmark_node_get_type_string(node) : NULL;
    return type && strcmp(type, "table") == 0;
}

wr_status wr_pdf_layout_runs(wr_pdf_ctx *ctx, const wr_pdf_runs *runs,
                             const wr_pdf_textstyle *style, double width, wr_pdf_text **out)
{
    if (wr_pdf_text_layout(ctx->fonts, ctx->hyph, runs, style, width, out) != WR_OK)
        return wr_pdf_ctx_nomem(ctx);
    return WR_OK;
}

wr_status wr_pdf_flow_text(wr_pdf_ctx *ctx, const wr_pdf_text *t, double x, bool widows)
{
    const wr_pdf_textstyle *st = wr_pdf_text_style(t);
    const double lead = st->leading, off = wr_pdf_baseline_offset(st->size, st->leading);
    size_t total = wr_pdf_text_line_count(t), i = 0;

    while (i < total && ctx->status == WR_OK) {
        double room = wr_pdf_room(ctx);
        size_t fit = room > 0 ? (size_t)((room + 0.01) / lead) : 0;
        size_t rest = total - i, take = rest;
        if (fit < rest) {
            take = fit;
            if (widows && rest >= 2) {
                if (rest - take < 2)
                    take = rest - 2; /* leave two lines for the next page, not one */
                if (take < 2)
                    take = 0;        /* and never one line alone at the page end */
            }
            /* A word is not hyphenated across a page turn: the line goes over with the
             * rest (with both lines when only two would stay, as for orphans). */
            while (widows && take >= 2 && wr_pdf_text_line_hyphen(t, i + take - 1))
                take = take > 2 ? take - 1 : 0;
            if (take == 0 && ctx->fresh)
                take = fit > 0 ? fit : 1; /* a page cannot do better: avoid looping */
            if (take == 0) {
                wr_pdf_page_add(ctx);
                continue;
            }
        }
        double top;
        if (wr_pdf_place(ctx, (double)take * lead, 0, &top) != WR_OK)
            break;
        for (size_t k = 0; k < take; k++) {
            double baseline = top - off - (double)k * lead;
            if (i + k == 0)
                wr_pdf_markers_draw(ctx, baseline);
            wr_pdf_text_draw_line(t, i + k, ctx->page, x, baseline);
        }
        i += take;
        if (i < total)
            wr_pdf_page_add(ctx);
    }
    return wr_pdf_ctx_check(ctx);
}

/* The style of a paragraph; "Noot: ..." right after a table explains that table and is
 * set small and grey, tight under it. */
static wr_pdf_textstyle paragraph_style(const wr_pdf_ctx *ctx, cmark_node *node,
                                        const wr_pdf_runs *runs, bool *note)
{
    *note = is_table(cmark_node_previous(node)) && wr_pdf_runs_start_with(runs, "Noot:");
    if (*note)
        return (wr_pdf_textstyle){WR_PDF_REGULAR, WR_PDF_SMALL_SIZE, WR_PDF_SMALL_LEADING,
                                  WR_PDF_COLOR_MUTED, WR_PDF_ALIGN_LEFT, true};
    bool quote = ctx->quote_depth > 0;
    return (wr_pdf_textstyle){quote ? WR_PDF_ITALIC : WR_PDF_REGULAR, WR_PDF_BODY_SIZE,
                              WR_PDF_BODY_LEADING, quote ? WR_PDF_COLOR_QUOTE : WR_PDF_COLOR_TEXT,
                              WR_PDF_ALIGN_JUSTIFY, true};
}

/* Lays out a paragraph node; *runs must be freed by the caller, *t too. */
static wr_status paragraph_layout(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_runs *runs,
                                  wr_pdf_text **t, bool *note)
{
    *t = NULL;
    *note = false;
    if (!wr_pdf_runs_collect(node, runs))
        return wr_pdf_ctx_nomem(ctx);
    wr_pdf_textstyle st = paragraph_style(ctx, node, runs, note);
    return wr_pdf_layout_runs(ctx, runs, &st, wr_pdf_ctx_width(ctx), t);
}

/* Whether the runs end in a colon: a line that introduces what follows ("Een moeder uit
 * Schalkwijk, over geldzorgen:" before her story). */
static bool introduces(const wr_pdf_runs *runs)
{
    for (size_t r = runs->n; r-- > 0;) {
        const wr_pdf_run *run = &runs->v[r];
        size_t len = run->len;
        while (len > 0 && run->text[len - 1] == ' ')
            len--;
        if (len > 0)
            return run->text[len - 1] == ':';
    }
    return false;
}

/* A short introducing paragraph moves to the next page with the start of what it
 * introduces rather than end a page on its own. */
static void keep_with_next(wr_pdf_ctx *ctx, cmark_node *node, const wr_pdf_text *t)
{
    size_t n = wr_pdf_text_line_count(t);
    cmark_node *next = cmark_node_next(node);
    if (!next || n > 3 || ctx->fresh)
        return;
    double h = (double)n * wr_pdf_text_style(t)->leading;
    double keep = WR_PDF_PARA_GAP + wr_pdf_block_lead(ctx, next);
    if (wr_pdf_room(ctx) + 0.01 < h + keep)
        wr_pdf_page_add(ctx);
}

static wr_status paragraph(wr_pdf_ctx *ctx, cmark_node *node)
{
    wr_pdf_runs runs = {0};
    wr_pdf_text *t = NULL;
    bool note;
    if (paragraph_layout(ctx, node, &runs, &t, &note) == WR_OK) {
        if (note)
            wr_pdf_gap_set(ctx, WR_PDF_NOTE_GAP);
        else if (introduces(&runs))
            keep_with_next(ctx, node, t);
        wr_pdf_flow_text(ctx, t, wr_pdf_ctx_left(ctx), true);
    }
    wr_pdf_text_free(t);
    wr_pdf_runs_free(&runs);
    if (note)
        wr_pdf_gap(ctx, WR_PDF_TABLE_AFTER);
    else
        wr_pdf_gap(ctx, ctx->tight ? WR_PDF_TIGHT_GAP : WR_PDF_PARA_GAP);
    return ctx->status;
}

/* What a paragraph needs at the bottom of a page to start there: two lines (more when
 * those end in a hyphen), or all of them when it has three or fewer (a 3-line paragraph
 * cannot split 2 + 1). */
static double paragraph_lead(wr_pdf_ctx *ctx, cmark_node *node)
{
    wr_pdf_runs runs = {0};
    wr_pdf_text *t = NULL;
    bool note;
    double lead = 0;
    if (paragraph_layout(ctx, node, &runs, &t, &note) == WR_OK) {
        size_t n = wr_pdf_text_line_count(t), k = n <= 3 ? n : 2;
        while (k < n && wr_pdf_text_line_hyphen(t, k - 1))
            k++; /* flow_text does not end a page on a hyphen */
        lead = (double)k * wr_pdf_text_style(t)->leading;
    }
    wr_pdf_text_free(t);
    wr_pdf_runs_free(&runs);
    return lead;
}

static wr_status heading(wr_pdf_ctx *ctx, cmark_node *node)
{
    heading_style hs = heading_for(cmark_node_get_heading_level(node));
    wr_pdf_textstyle st = {hs.face, hs.size, hs.leading, WR_PDF_COLOR_HEADING, WR_PDF_ALIGN_LEFT,
                           false};
    wr_pdf_runs runs = {0};
    wr_pdf_text *t = NULL;
    if (!wr_pdf_runs_collect(node, &runs)) {
        wr_pdf_runs_free(&runs);
        return wr_pdf_ctx_nomem(ctx);
    }
    wr_pdf_gap(ctx, hs.before);
    if (wr_pdf_layout_runs(ctx, &runs, &st, wr_pdf_ctx_width(ctx), &t) == WR_OK) {
        size_t n = wr_pdf_text_line_count(t);
        double keep = hs.after + wr_pdf_block_lead(ctx, cmark_node_next(node)), top;
        /* Never a heading at the bottom of a page: it moves along with what follows. */
        if (wr_pdf_place(ctx, (double)n * hs.leading, keep, &top) == WR_OK) {
            wr_pdf_nav_placed(ctx, top);
            double off = wr_pdf_baseline_offset(hs.size, hs.leading);
            for (size_t i = 0; i < n; i++) {
                double baseline = top - off - (double)i * hs.leading;
                if (i == 0)
                    wr_pdf_markers_draw(ctx, baseline);
                wr_pdf_text_draw_line(t, i, ctx->page, wr_pdf_ctx_left(ctx), baseline);
            }
        }
    }
    wr_pdf_text_free(t);
    wr_pdf_runs_free(&runs);
    wr_pdf_gap(ctx, hs.after);
    return wr_pdf_ctx_check(ctx);
}

/* Whether node is a "Noot:" paragraph (which then belongs to the table before it). */
static bool is_note(wr_pdf_ctx *ctx, cmark_node *node)
{
    if (!node || cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH)
        return false;
    wr_pdf_runs runs = {0};
    bool ok = wr_pdf_runs_collect(node, &runs);
    bool note = ok && wr_pdf_runs_start_with(&runs, "Noot:");
    wr_pdf_runs_free(&runs);
    if (!ok)
        wr_pdf_ctx_nomem(ctx);
    return note;
}

/* Room a table's last row keeps below it: the start of its note, if one follows. */
static double table_keep(wr_pdf_ctx *ctx, cmark_node *table)
{
    cmark_node *next = cmark_node_next(table);
    return is_note(ctx, next) ? WR_PDF_NOTE_GAP + paragraph_lead(ctx, next) : 0;
}

double wr_pdf_block_lead(wr_pdf_ctx *ctx, cmark_node *node)
{
    if (!node)
        return 0;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        return paragraph_lead(ctx, node);
    case CMARK_NODE_HEADING: {
        heading_style hs = heading_for(cmark_node_get_heading_level(node));
        return hs.before + hs.leading + hs.after +
               wr_pdf_block_lead(ctx, cmark_node_next(node));
    }
    case CMARK_NODE_LIST:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_BLOCK_QUOTE:
        return wr_pdf_block_lead(ctx, cmark_node_first_child(node));
    case CMARK_NODE_CODE_BLOCK: {
        const char *info = cmark_node_get_fence_info(node);
        if (wr_chart_is_block(info))
            return wr_pdf_chart_height(ctx, node);
        if (wr_keyfigs_is_block(info))
            return wr_pdf_tiles_height(ctx, node);
        return 3 * WR_PDF_CODE_LEADING + 2 * WR_PDF_CODE_PAD; /* same 2 + 2 rule, roughly */
    }
    default:
        if (is_table(node))
            return WR_PDF_TABLE_BEFORE + wr_pdf_table_lead(ctx, node, table_keep(ctx, node));
        return 0;
    }
}

/* Fenced blocks whose info string names a cover, contents, key figures or a chart;
 * anything else is code. */
static wr_status special_block(wr_pdf_ctx *ctx, cmark_node *node)
{
    const char *info = cmark_node_get_fence_info(node);
    if (wr_pdf_cover_is_block(info))
        return wr_pdf_cover_render(ctx, node);
    if (wr_pdf_toc_is_block(info))
        return wr_pdf_toc_render(ctx, node);
    if (wr_keyfigs_is_block(info))
        return wr_pdf_tiles_render(ctx, node);
    if (wr_chart_is_block(info))
        return wr_pdf_chart_render(ctx, node);
    return wr_pdf_code_render(ctx, node);
}

static wr_status block(wr_pdf_ctx *ctx, cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        return paragraph(ctx, node);
    case CMARK_NODE_HEADING:
        return heading(ctx, node);
    case CMARK_NODE_LIST:
        return wr_pdf_list_render(ctx, node);
    case CMARK_NODE_BLOCK_QUOTE:
        return wr_pdf_quote_render(ctx, node);
    case CMARK_NODE_CODE_BLOCK:
        return special_block(ctx, node);
    case CMARK_NODE_THEMATIC_BREAK:
        /* In these reports a horizontal rule separates parts: each starts a page. */
        return wr_pdf_page_break(ctx);
    case CMARK_NODE_HTML_BLOCK:
        return ctx->status; /* raw HTML has no place in a PDF */
    default:
        if (is_table(node))
            return wr_pdf_table_render(ctx, node, table_keep(ctx, node));
        return wr_pdf_blocks_render(ctx, node); /* unknown containers: their content */
    }
}

wr_status wr_pdf_blocks_render(wr_pdf_ctx *ctx, cmark_node *parent)
{
    for (cmark_node *n = cmark_node_first_child(parent); n && ctx->status == WR_OK;
         n = cmark_node_next(n))
        block(ctx, n);
    return ctx->status;
}
