#include "render/pdf/pdf_toc.h"

#include <hpdf_pages.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks/contents_block.h"
#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_flow.h"
#include "render/pdf/pdf_nav.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"

static wr_status add_entry(wr_pdf_ctx *ctx, wr_pdf_toc_entry e)
{
    if (ctx->ntoc == ctx->cap_toc) {
        size_t cap = ctx->cap_toc ? ctx->cap_toc * 2 : 32;
        wr_pdf_toc_entry *v = realloc(ctx->toc, cap * sizeof *v);
        if (!v)
            return wr_pdf_ctx_nomem(ctx);
        ctx->toc = v;
        ctx->cap_toc = cap;
    }
    ctx->toc[ctx->ntoc++] = e;
    return WR_OK;
}

/* The dash operator "[0 pitch] 0 d": libharu 2.3 refuses a dash of length 0, which with
 * round caps is what draws dots, so it goes into the page's content stream directly. */
static void dot_dash(HPDF_Page page, double pitch)
{
    char op[64];
    snprintf(op, sizeof op, "[0 %.4g] 0 d\012", pitch);
    HPDF_Stream_WriteStr(((HPDF_PageAttr)page->attr)->stream, op);
}

/* Dots on a grid shared by all entries, so the leaders line up down the page: one stroked
 * line whose dashes of length 0 with round caps are the dots, each as wide as the circle
 * of radius 0.5 it stands for. */
static void leader(wr_pdf_ctx *ctx, double from, double to, double baseline)
{
    wr_pdf_rgb c = WR_PDF_COLOR_MUTED;
    double pitch = WR_PDF_TOC_DOT_PITCH;
    double x = WR_PDF_MARGIN_X + pitch * (double)(long)((from - WR_PDF_MARGIN_X) / pitch + 1);
    size_t dots = 0;
    for (double at = x; at <= to; at += pitch)
        dots++;
    if (!dots)
        return;
    double y = baseline + 0.6;
    HPDF_Page page = ctx->page;
    wr_pdf_tags_artifact_begin(ctx->tags, page, WR_PDF_ARTIFACT_LAYOUT);
    HPDF_Page_GSave(page);
    HPDF_Page_SetRGBStroke(page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
    HPDF_Page_SetLineWidth(page, 1.0f);
    HPDF_Page_SetLineCap(page, HPDF_ROUND_END);
    dot_dash(page, pitch);
    /* Half a pitch past the last dot, so rounding cannot drop it and no dot follows. */
    HPDF_Page_MoveTo(page, (HPDF_REAL)x, (HPDF_REAL)y);
    HPDF_Page_LineTo(page, (HPDF_REAL)(x + pitch * ((double)dots - 0.5)), (HPDF_REAL)y);
    HPDF_Page_Stroke(page);
    HPDF_Page_GRestore(page);
    wr_pdf_tags_end(ctx->tags, page);
}

static wr_status entry(wr_pdf_ctx *ctx, size_t head, int depth, bool first)
{
    const wr_pdf_heading *h = &ctx->heads[head];
    bool top = depth == 0;
    wr_pdf_textstyle st = {top ? WR_PDF_SEMIBOLD : WR_PDF_REGULAR,
                           top ? WR_PDF_TOC_SIZE_TOP : WR_PDF_TOC_SIZE_SUB,
                           top ? WR_PDF_TOC_LEADING_TOP : WR_PDF_TOC_LEADING_SUB,
                           top ? WR_PDF_COLOR_HEADING : WR_PDF_COLOR_TEXT, WR_PDF_ALIGN_LEFT, false};
    double indent = depth * WR_PDF_TOC_INDENT, left = WR_PDF_MARGIN_X + indent;
    double right = WR_PDF_MARGIN_X + WR_PDF_TEXT_W;
    double width = WR_PDF_TEXT_W - indent - WR_PDF_TOC_NUMBER_W - 18.0;
    wr_pdf_runs runs = {0};
    wr_pdf_text *t = NULL;
    if (!wr_pdf_runs_add(&runs, 0, h->text, strlen(h->text), NULL)) {
        wr_pdf_runs_free(&runs);
        return wr_pdf_ctx_nomem(ctx);
    }
    if (top && !first)
        wr_pdf_gap(ctx, WR_PDF_TOC_GROUP_GAP);
    double topy;
    if (wr_pdf_layout_runs(ctx, &runs, &st, width, &t) == WR_OK) {
        size_t n = wr_pdf_text_line_count(t);
        double off = wr_pdf_baseline_offset(st.size, st.leading), baseline = 0;
        if (wr_pdf_place(ctx, (double)n * st.leading, 0, &topy) == WR_OK) {
            /* The entry is a link to its heading: its text, and its page number once
             * known. */
            size_t link = wr_pdf_tags_open(ctx->tags, "Link");
            for (size_t i = 0; i < n; i++) {
                baseline = topy - off - (double)i * st.leading;
                wr_pdf_text_draw_line(t, i, ctx->page, left, baseline);
            }
            wr_pdf_tags_close(ctx->tags);
            double end = left + wr_pdf_text_line_width(t, n - 1);
            leader(ctx, end + 4.0, right - WR_PDF_TOC_NUMBER_W + 2.0, baseline);
            wr_pdf_toc_entry e = {head, ctx->npages - 1, link, st.face, st.size, baseline,
                                  left, topy - (double)n * st.leading, right, topy};
            add_entry(ctx, e);
        }
    }
    wr_pdf_text_free(t);
    wr_pdf_runs_free(&runs);
    wr_pdf_gap(ctx, top ? 2.0 : 0.0);
    return wr_pdf_ctx_check(ctx);
}

wr_status wr_pdf_toc_render(wr_pdf_ctx *ctx, cmark_node *block)
{
    char *title = wr_contents_title(cmark_node_get_literal(block));
    if (!title)
        return wr_pdf_ctx_nomem(ctx);
    double topy;
    if (wr_pdf_page_break(ctx) != WR_OK || wr_pdf_place(ctx, WR_PDF_TOC_TITLE_SIZE * 1.3, 0, &topy) != WR_OK) {
        free(title);
        return ctx->failure.status;
    }
    /* A level below the document's title, as in the HTML twin; the first heading when
     * nothing came before. */
    wr_pdf_tags_open(ctx->tags, ctx->cover_first || ctx->heads_done > 0 ? "H2" : "H1");
    wr_pdf_draw_string(ctx, ctx->page, WR_PDF_BOLD, WR_PDF_TOC_TITLE_SIZE, WR_PDF_COLOR_HEADING,
                       WR_PDF_MARGIN_X, topy - WR_PDF_TOC_TITLE_SIZE * 1.05, title);
    wr_pdf_tags_close(ctx->tags);
    free(title);
    wr_pdf_gap(ctx, WR_PDF_TOC_TITLE_AFTER);

    int min_level = WR_CONTENTS_MAX_LEVEL;
    for (size_t i = ctx->heads_done; i < ctx->nheads; i++)
        if (ctx->heads[i].level < min_level)
            min_level = ctx->heads[i].level;
    bool first = true;
    /* TOC and TOCI nest as the HTML twin's lists and items do. */
    int depth = -1;
    wr_pdf_tags_open(ctx->tags, "TOC");
    for (size_t i = ctx->heads_done; i < ctx->nheads && ctx->failure.status == WR_OK; i++) {
        if (ctx->heads[i].level > WR_CONTENTS_MAX_LEVEL)
            continue;
        int d = ctx->heads[i].level - min_level;
        if (d > depth + 1)
            d = depth + 1;
        if (d > depth && depth >= 0)
            wr_pdf_tags_open(ctx->tags, "TOC");
        else if (d <= depth)
            wr_pdf_tags_close(ctx->tags); /* the TOCI before */
        for (; depth > d; depth--) {
            wr_pdf_tags_close(ctx->tags); /* its TOC */
            wr_pdf_tags_close(ctx->tags); /* the TOCI around it */
        }
        depth = d;
        wr_pdf_tags_open(ctx->tags, "TOCI");
        entry(ctx, i, ctx->heads[i].level - min_level, first);
        first = false;
    }
    for (; depth > 0; depth--) {
        wr_pdf_tags_close(ctx->tags);
        wr_pdf_tags_close(ctx->tags);
    }
    if (depth == 0)
        wr_pdf_tags_close(ctx->tags);
    wr_pdf_tags_close(ctx->tags); /* the TOC */
    /* The report itself starts on the next page. */
    return wr_pdf_page_add(ctx);
}

wr_status wr_pdf_toc_finish(wr_pdf_ctx *ctx)
{
    const double right = WR_PDF_MARGIN_X + WR_PDF_TEXT_W;
    for (size_t i = 0; i < ctx->ntoc && ctx->failure.status == WR_OK; i++) {
        const wr_pdf_toc_entry *e = &ctx->toc[i];
        const wr_pdf_heading *h = &ctx->heads[e->head];
        if (!h->placed)
            continue;
        char num[32];
        snprintf(num, sizeof num, "%zu", h->page + 1);
        double w = wr_pdf_string_width(ctx, e->face, e->size, num);
        wr_pdf_tags_begin_for(ctx->tags, ctx->pages[e->page], e->link);
        wr_pdf_draw_string(ctx, ctx->pages[e->page], e->face, e->size, WR_PDF_COLOR_TEXT,
                           right - w, e->baseline, num);
        wr_pdf_tags_end(ctx->tags, ctx->pages[e->page]);
        HPDF_Destination dst = wr_pdf_nav_destination(ctx, h);
        HPDF_Rect r = {(HPDF_REAL)e->x0, (HPDF_REAL)e->y0, (HPDF_REAL)e->x1, (HPDF_REAL)e->y1};
        HPDF_Annotation a = dst ? HPDF_Page_CreateLinkAnnot(ctx->pages[e->page], r, dst) : NULL;
        if (a) {
            HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
            wr_pdf_annot_printable(a);
            char what[600];
            snprintf(what, sizeof what, "%s, pagina %s", h->text, num);
            wr_pdf_tags_annot(ctx->tags, e->link, ctx->pages[e->page], a, what);
        }
        wr_pdf_ctx_check(ctx);
    }
    return ctx->failure.status;
}
